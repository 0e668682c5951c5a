"""Field helpers shared by the step forms: clean text, optional dates, enum selects, yes/no/unknown."""

from __future__ import annotations

import re
from datetime import date
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import DateField, Field, FieldList, FormField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from markupsafe import Markup, escape
from wtforms.validators import Length, Optional, ValidationError
from wtforms.widgets import html_params

# C0 controls other than tab and newline, DEL and C1 controls, lone surrogates: never wanted in a
# complaint, and XML (DOCX) cannot hold most of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: Any) -> Any:
    """Return ``value`` with control characters removed and line ends normalised."""
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def strip_text(value: Any) -> Any:
    value = clean_text(value)
    return value.strip() if isinstance(value, str) else value


def text(label: Any, limit: int, description: Any = "", **kwargs: Any) -> StringField:
    """Return a one-line text field limited to ``limit`` characters."""
    return StringField(
        label,
        validators=[Length(max=limit, message=_l("Use at most %(max)d characters.", max=limit))],
        filters=[strip_text],
        description=description,
        **kwargs,
    )


def long_text(label: Any, limit: int, description: Any = "", rows: int = 5, **kwargs: Any) -> TextAreaField:
    """Return a multi-line text field limited to ``limit`` characters."""
    return TextAreaField(
        label,
        validators=[Length(max=limit, message=_l("Use at most %(max)d characters.", max=limit))],
        filters=[clean_text],
        description=description,
        render_kw={"rows": rows},
        **kwargs,
    )


EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


def plausible_date(form: Any, field: Field) -> None:
    """Refuse dates no case can hold (they would also overflow the time-limit arithmetic)."""
    if field.data is not None and not EARLIEST <= field.data <= LATEST:
        raise ValidationError(_l("Enter a date between 1900 and 2100."))


def optional_date(label: Any, description: Any = "") -> DateField:
    """Return a date field that may be left empty (YYYY-MM-DD, the format of <input type=date>)."""
    return DateField(
        label,
        validators=[Optional(), plausible_date],
        description=description or _l("For example 2024-03-31."),
        invalid_value_message=_l("Enter a real date, for example 2024-03-31."),
    )


def enum_choices(labels: Mapping[Enum, Any], blank: Any | None = None) -> list[SelectChoice]:
    """Return select choices for the members in ``labels`` (in their order), with an optional blank."""
    out = [SelectChoice("", blank)] if blank is not None else []
    out.extend(SelectChoice(member.value, label) for member, label in labels.items())
    return out


_OPTIONS: dict[tuple[Any, str], list[tuple[str, str, str]]] = {}


def _locale() -> str:
    from flask import has_request_context
    from flask_babel import get_locale

    return str(get_locale() or "en") if has_request_context() else "en"


class FastSelect:
    """Render a select whose options are fixed per language from a cache (the State list has ~200)."""

    def __call__(self, field: Any, **kwargs: Any) -> Markup:
        kwargs.setdefault("id", field.id)
        key = (field.choice_key, _locale())
        options = _OPTIONS.get(key)
        if options is None:
            options = []
            for choice in field._choices_from_input(field.choices) or []:
                value, label = escape(choice.value), escape(choice.label if choice.label is not None else choice.value)
                options.append(
                    (choice.value, f'<option value="{value}">{label}</option>', f'<option selected value="{value}">{label}</option>')
                )
            _OPTIONS[key] = options
        current = field.data if field.data is not None else None
        body = "".join(chosen if value == current else plain for value, plain, chosen in options)
        return Markup(f"<select {html_params(name=field.name, **kwargs)}>{body}</select>")


class CachedSelectField(SelectField):
    """A select over a fixed list of choices, rendered by :class:`FastSelect`; ``choice_key`` names the list."""

    widget = FastSelect()

    def __init__(self, label: Any = None, validators: Any = None, choice_key: Any = None, **kwargs: Any) -> None:
        super().__init__(label, validators, **kwargs)
        self.choice_key = choice_key if choice_key is not None else id(kwargs.get("choices"))


def enum_select(label: Any, labels: Mapping[Enum, Any], blank: bool = True, description: Any = "") -> SelectField:
    """Return a select over an enumeration; ``blank`` adds a "not answered" option first."""
    return CachedSelectField(
        label,
        choice_key=(id(labels), blank),
        choices=enum_choices(labels, _l("— not answered —") if blank else None),
        validators=[Optional()],
        description=description,
        invalid_choice_message=_l("Choose one of the options in the list."),
    )


def enum_value(enum_cls: type[Enum], value: str | None) -> Any:
    """Return the member of ``enum_cls`` for a submitted value, or None for a blank."""
    return enum_cls(value) if value else None


class TriStateField(RadioField):
    """Yes / no / not known, for ``bool | None`` answers."""

    def __init__(self, label: Any = None, validators: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault(
            "choices",
            [SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No")), SelectChoice("unknown", _l("Not known"))],
        )
        kwargs.setdefault("invalid_choice_message", _l("Choose yes, no or not known."))
        super().__init__(label, validators, **kwargs)

    def process_data(self, value: Any) -> None:
        self.data = {True: "yes", False: "no"}.get(value, "unknown")

    def process_formdata(self, valuelist: list[str]) -> None:
        if valuelist:
            self.data = valuelist[0]

    @property
    def value(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.data)


def comma_list(value: str) -> tuple[str, ...]:
    """Return the non-empty, stripped items of a comma- or newline-separated list."""
    return tuple(item.strip() for item in re.split(r"[,\n]", value or "") if item.strip())


def walk(form: Any, path: Iterable[str | int]) -> Field | None:
    """Return the field at a model path (``["events", 2, "date_to"]``) in a form, or None."""
    node: Any = form
    for part in path:
        if isinstance(node, FormField):
            node = node.form
        if isinstance(part, int):
            if not isinstance(node, FieldList) or part >= len(node.entries):
                return None
            node = node.entries[part]
        else:
            node = node._fields.get(part) if hasattr(node, "_fields") else None
            if node is None:
                return None
    return node if isinstance(node, Field) else None


def parse_path(path: str) -> list[str | int]:
    """Split ``events[2].date_to`` into ``["events", 2, "date_to"]``."""
    out: list[str | int] = []
    for name, index in re.findall(r"([A-Za-z_]\w*)|\[(\d+)\]", path):
        out.append(name if name else int(index))
    return out


def error_list(form: Any, prefix: str = "") -> list[tuple[str, str, str]]:
    """Return (field id, label, message) for every error in ``form``, nested rows included."""
    out: list[tuple[str, str, str]] = []
    for field in form:
        if field.type in {"CSRFTokenField", "HiddenField", "SubmitField"}:
            for message in field.errors if isinstance(field.errors, list) else []:
                out.append(("", str(field.label.text), str(message)))
            continue
        if isinstance(field, FormField):
            label = f"{prefix}{field.label.text}: " if field.label.text else prefix
            out.extend(error_list(field.form, label))
        elif isinstance(field, FieldList):
            for number, entry in enumerate(field.entries, start=1):
                entry_label = f"{prefix}{field.label.text} {number}: "
                if isinstance(entry, FormField):
                    out.extend(error_list(entry.form, entry_label))
                else:
                    out.extend((entry.id, entry_label.rstrip(": "), str(m)) for m in entry.errors)
        else:
            out.extend((field.id, f"{prefix}{field.label.text}", str(m)) for m in field.errors)
    return out


class CommaListField(StringField):
    """A tuple of short strings, typed as a comma-separated list ("7, 14(3)(g)")."""

    def process_data(self, value: Any) -> None:
        if isinstance(value, (tuple, list)):
            self.data = ", ".join(str(v) for v in value)
        else:
            self.data = value or ""

    @property
    def items(self) -> tuple[str, ...]:
        return comma_list(self.data or "")


class LinesField(TextAreaField):
    """A tuple of texts, one per line (the evidence for a claim)."""

    def __init__(self, label: Any = None, item_limit: int = 2_000, max_items: int = 100, **kwargs: Any) -> None:
        kwargs.setdefault("filters", [clean_text])
        super().__init__(label, **kwargs)
        self.item_limit = item_limit
        self.max_items = max_items

    def process_data(self, value: Any) -> None:
        self.data = "\n".join(value) if isinstance(value, (tuple, list)) else (value or "")

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in (self.data or "").split("\n") if line.strip())

    def pre_validate(self, form: Any) -> None:
        items = self.items
        if len(items) > self.max_items:
            raise ValidationError(_l("Give at most %(max)d lines.", max=self.max_items))
        if any(len(item) > self.item_limit for item in items):
            raise ValidationError(_l("Each line may have at most %(max)d characters.", max=self.item_limit))


def _attrs(attrs: Mapping[str, Any]) -> str:
    out = []
    for key, value in attrs.items():
        if value is True:
            out.append(f" {key}")
        elif value is not None and value is not False:
            out.append(f' {key}="{escape(value)}"')
    return "".join(out)


def render_control(field: Field, css: str = "input", **attrs: Any) -> Markup:
    """Return the HTML control of ``field`` (WTForms' widgets, written out once for speed).

    The markup is what WTForms would produce for these field types; selects keep their own widget.
    """
    kind = field.type
    name, ident = escape(field.name), escape(field.id)
    extra = _attrs(attrs)
    maxlength = getattr(field.flags, "maxlength", None)
    limit = f' maxlength="{maxlength}"' if maxlength else ""
    if kind == "BooleanField":
        checked = " checked" if field.data else ""
        return Markup(f'<input{checked} id="{ident}" name="{name}" type="checkbox" value="y"{extra}>')
    if kind in ("TextAreaField", "LinesField"):
        rows = (field.render_kw or {}).get("rows")
        rows_attr = f' rows="{rows}"' if rows else ""
        value = escape(field._value())
        return Markup(f'<textarea class="{css} input--textarea" id="{ident}"{limit} name="{name}"{rows_attr}{extra}>\r\n{value}</textarea>')
    if kind in ("SelectField", "CachedSelectField"):
        return field(class_=f"{css} input--select", **attrs)
    if kind == "DateField":
        value = escape(field._value())
        return Markup(f'<input class="{css} input--date" id="{ident}" name="{name}" type="date" value="{value}"{extra}>')
    if kind == "FileField":
        return Markup(f'<input class="{css}" id="{ident}" name="{name}" type="file"{extra}>')
    value = escape(field._value())
    return Markup(f'<input class="{css}" id="{ident}"{limit} name="{name}" type="text" value="{value}"{extra}>')


def render_choices(field: Field) -> Markup:
    """Return the radio buttons (or, for several answers, checkboxes) of a choice field, each labelled."""
    multiple = isinstance(field.data, (list, tuple))
    kind = "checkbox" if multiple else "radio"
    selected = {str(v) for v in field.data} if multiple else {str(field.data)}
    name, out = escape(field.name), []
    for number, choice in enumerate(field._choices_from_input(field.choices) or []):
        ident = escape(f"{field.id}-{number}")
        checked = " checked" if str(choice.value) in selected else ""
        label = escape(choice.label if choice.label is not None else choice.value)
        out.append(
            f'<div class="choice"><input{checked} id="{ident}" name="{name}" type="{kind}" value="{escape(choice.value)}">'
            f' <label for="{ident}">{label}</label></div>'
        )
    return Markup("".join(out))
