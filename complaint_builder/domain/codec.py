"""JSON in and out for the case model, with a JSON Schema derived from the dataclasses.

One source of truth: the dataclasses in ``case.py``. ``json_schema()`` walks them, the committed
``case.schema.json`` is its output (a test keeps the two equal), and ``from_dict`` decodes with the
same walk so that every error names its field path (``domestic_remedies[2].date_decided``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Callable

from ..i18n import _
from . import case as model
from .case import Case
from .field_docs import FIELD_DOCS

_UNION_TYPES = (typing.Union, types.UnionType)

# Length limits per field name; everything else gets SHORT_TEXT.
_TEXT_LIMITS: dict[str, int] = {
    "description": model.LONG_TEXT,
    "facts": model.LONG_TEXT,
    "remedies_sought": model.LONG_TEXT,
    "delay_reasons": model.MEDIUM_TEXT,
    "why_absent": model.MEDIUM_TEXT,
    "not_used_reason": model.MEDIUM_TEXT,
    "note": model.MEDIUM_TEXT,
    "legal_basis_given": model.MEDIUM_TEXT,
    "measure_requested": model.MEDIUM_TEXT,
    "address": model.MEDIUM_TEXT,
    "confidential_address": model.MEDIUM_TEXT,
    "whereabouts": model.MEDIUM_TEXT,
    "evidence": model.MEDIUM_TEXT,
    "checked_source": model.MEDIUM_TEXT,
    "jurisprudence": model.MEDIUM_TEXT,
}


class CaseFormatError(ValueError):
    """A case document that does not fit the model; ``path`` names the field."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """Return (name, type, required) for each field of dataclass ``cls``."""
    hints = _hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append((f.name, hints[f.name], required))
    return tuple(out)


def _split_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in _UNION_TYPES:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


Decoder = Callable[[Any, str], Any]


@cache
def _decoder(tp: Any, text_limit: int) -> Decoder:
    """Return a function decoding a JSON value of type ``tp`` (built once per type: screening is hot)."""
    inner, optional = _split_optional(tp)
    decode = _inner_decoder(inner, text_limit)
    if not optional:
        def required(value: Any, path: str) -> Any:
            if value is None:
                raise CaseFormatError(path, _("must not be null"))
            return decode(value, path)
        return required

    def nullable(value: Any, path: str) -> Any:
        return None if value is None else decode(value, path)
    return nullable


def _inner_decoder(inner: Any, text_limit: int) -> Decoder:
    if inner is str:
        def text(value: Any, path: str) -> str:
            if type(value) is not str:
                raise CaseFormatError(path, _("must be text, not %(type)s") % {"type": _json_type(value)})
            if len(value) > text_limit:
                raise CaseFormatError(path, _("is too long (%(length)d characters; at most %(limit)d)") % {"length": len(value), "limit": text_limit})
            return value
        return text
    if inner is bool:
        def boolean(value: Any, path: str) -> bool:
            if type(value) is not bool:
                raise CaseFormatError(path, _("must be true or false, not %(type)s") % {"type": _json_type(value)})
            return value
        return boolean
    if inner is int:
        def integer(value: Any, path: str) -> int:
            if type(value) is not int:
                raise CaseFormatError(path, _("must be a whole number, not %(type)s") % {"type": _json_type(value)})
            return value
        return integer
    if inner is date:
        def day(value: Any, path: str) -> date:
            if type(value) is not str:
                raise CaseFormatError(path, _("must be a date written YYYY-MM-DD, not %(type)s") % {"type": _json_type(value)})
            try:
                if len(value) != 10:
                    raise ValueError
                parsed = date.fromisoformat(value)
            except ValueError:
                raise CaseFormatError(path, _("%(value)r is not a date written YYYY-MM-DD") % {"value": value}) from None
            if not model.EARLIEST_DATE <= parsed <= model.LATEST_DATE:
                raise CaseFormatError(path, _("%(value)s is outside the years %(first)d-%(last)d") % {"value": value, "first": model.EARLIEST_DATE.year, "last": model.LATEST_DATE.year})
            return parsed
        return day
    if isinstance(inner, type) and issubclass(inner, Enum):
        members = {m.value: m for m in inner}
        allowed = ", ".join(members)

        def member(value: Any, path: str) -> Enum:
            try:
                return members[value]
            except (KeyError, TypeError):
                raise CaseFormatError(path, _("%(value)r is not one of: %(allowed)s") % {"value": value, "allowed": allowed}) from None
        return member
    if typing.get_origin(inner) is tuple:
        item = _decoder(typing.get_args(inner)[0], text_limit)

        def rows(value: Any, path: str) -> tuple:
            if type(value) is not list:
                raise CaseFormatError(path, _("must be a list, not %(type)s") % {"type": _json_type(value)})
            if len(value) > model.MAX_ROWS:
                raise CaseFormatError(path, _("has %(rows)d rows; at most %(limit)d") % {"rows": len(value), "limit": model.MAX_ROWS})
            return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))
        return rows
    if dataclasses.is_dataclass(inner):
        return lambda value, path: _decode_object(inner, value, path)
    raise TypeError(f"unsupported type {inner!r}")  # a programming error, not bad input


@cache
def _field_decoders(cls: type) -> tuple[dict[str, Decoder], tuple[str, ...]]:
    decoders = {name: _decoder(tp, _TEXT_LIMITS.get(name, model.SHORT_TEXT)) for name, tp, _ in _fields(cls)}
    return decoders, tuple(name for name, _, required in _fields(cls) if required)


def _decode_object(cls: type, value: Any, path: str) -> Any:
    if type(value) is not dict:
        raise CaseFormatError(path, _("must be an object, not %(type)s") % {"type": _json_type(value)})
    decoders, required = _field_decoders(cls)
    kwargs = {}
    for key, raw in value.items():
        decode = decoders.get(key)
        if decode is None:
            raise CaseFormatError(_join(path, str(key)), _("is not a known field"))
        kwargs[key] = decode(raw, _join(path, key))
    for name in required:
        if name not in kwargs:
            raise CaseFormatError(_join(path, name), _("is required"))
    return cls(**kwargs)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, (int, float)):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return type(value).__name__


def from_dict(data: Any) -> Case:
    """Decode a JSON object into a :class:`Case`, or raise :class:`CaseFormatError`."""
    case = _decode_object(Case, data, "")
    if case.schema_version != model.SCHEMA_VERSION:
        raise CaseFormatError("schema_version", _("is %(found)d; this tool reads version %(version)d") % {"found": case.schema_version, "version": model.SCHEMA_VERSION})
    return case


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {name: _encode(getattr(value, name)) for name, _, _ in _fields(type(value))}
    return value


def to_dict(case: Case) -> dict[str, Any]:
    """Encode ``case`` as a JSON-ready dict (every field, so exports are self-describing)."""
    return _encode(case)


def _schema_for(tp: Any, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    inner, optional = _split_optional(tp)
    if inner is str:
        schema: dict[str, Any] = {"type": "string", "maxLength": _TEXT_LIMITS.get(name, model.SHORT_TEXT)}
    elif inner is bool:
        schema = {"type": "boolean"}
    elif inner is int:
        schema = {"type": "integer"}
    elif inner is date:
        schema = {"type": "string", "format": "date", "pattern": r"^(19\d{2}|20\d{2}|2100)-\d{2}-\d{2}$"}
    elif isinstance(inner, type) and issubclass(inner, Enum):
        schema = {"enum": [m.value for m in inner]}
    elif typing.get_origin(inner) is tuple:
        schema = {
            "type": "array",
            "maxItems": model.MAX_ROWS,
            "items": _schema_for(typing.get_args(inner)[0], name, defs),
        }
    elif dataclasses.is_dataclass(inner):
        _define(inner, defs)
        schema = {"$ref": f"#/$defs/{inner.__name__}"}
    else:
        raise TypeError(f"unsupported type {inner!r}")
    if optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first (recursion guard)
    props = {}
    for name, tp, _required in _fields(cls):
        prop = _schema_for(tp, name, defs)
        doc = FIELD_DOCS.get(f"{cls.__name__}.{name}")
        props[name] = {"description": doc, **prop} if doc else prop
    defs[cls.__name__] = {
        "type": "object",
        "additionalProperties": False,
        "properties": props,
        "required": [name for name, _, required in _fields(cls) if required],
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a case document."""
    defs: dict[str, Any] = {}
    _define(Case, defs)
    root = defs.pop("Case")
    root["properties"]["schema_version"] = {"const": model.SCHEMA_VERSION}
    root["properties"]["state"]["pattern"] = "^([A-Z]{2})?$"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://complaint-builder.invalid/case.schema.json",
        "title": "Complaint Builder case",
        "description": "One individual communication to the HRC, CAT or WGAD. Generated from complaint_builder/domain/case.py.",
        **root,
        "$defs": dict(sorted(defs.items())),
    }
