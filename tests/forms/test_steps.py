"""Step forms map the case to fields and back; they keep what other steps answered."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict

from complaint_builder.domain import codec
from complaint_builder.domain.case import Body, Case, Claim, Treaty
from forms import steps
from forms.fields import clean_text, comma_list, error_list, parse_path, walk

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
FORM_STEPS = ("start", "state", "parties", "events", "claims", "remedies", "procedures", "detention", "urgency")


def load(example: Path) -> Case:
    return codec.from_dict(json.loads(example.read_text(encoding="utf-8")))


def rendered_post(form) -> MultiDict:
    """Return the data a browser would post for ``form`` as rendered from a case."""
    data = MultiDict()

    def add(field):
        if field.type in ("FormField",):
            for sub in field.form:
                add(sub)
        elif field.type == "FieldList":
            for entry in field.entries:
                add(entry)
        elif field.type == "BooleanField":
            if field.data:
                data.add(field.name, "y")
        elif field.type == "LanguagesField":
            for value in field.data or ():
                data.add(field.name, value)
        elif field.type == "CSRFTokenField":
            return
        else:
            value = field._value() if hasattr(field, "_value") else field.data
            data.add(field.name, "" if value is None else str(value))

    for field in form:
        add(field)
    return data


@pytest.fixture
def ctx(app):
    app.config["WTF_CSRF_ENABLED"] = False
    with app.test_request_context():
        yield


def posted(app, step: str, case: Case, data: MultiDict) -> steps.StepForm:
    with app.test_request_context(method="POST", data=data):
        form = steps.form_class(step, case).from_case(case)
        assert form.validate(), form.errors
        return form


class DescribeRoundTrip:
    @pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
    @pytest.mark.parametrize("step", FORM_STEPS)
    def it_gives_back_the_same_case_when_nothing_is_changed(self, app, example, step):
        """Rendering a case and posting it back unchanged changes nothing (but the 'answered' flags)."""
        app.config["WTF_CSRF_ENABLED"] = False
        case = load(example)
        if step == "detention" and case.body is not Body.WGAD:
            case = replace(case, body=Body.WGAD)
        with app.test_request_context():
            form = steps.form_class(step, case).from_case(case)
            data = rendered_post(form)
        result = posted(app, step, case, data).apply(case)
        expected = case
        if step == "remedies":
            expected = replace(expected, remedies_answered=True)
        if step == "procedures":
            expected = replace(expected, other_procedures_answered=True)
        if step == "start":
            expected = replace(expected, body=case.body)
        assert result == expected


class DescribeStartForm:
    def it_leaves_the_body_unanswered_for_a_new_case(self, ctx):
        form = steps.StartForm.from_case(Case())
        assert form.body.data is None and form.languages.data == ["en"]


class DescribeClaimsForm:
    def it_keeps_claims_it_does_not_show(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        case = Case(
            body=Body.CAT,
            claims=(
                Claim(Treaty.ICCPR, "7", "hrc facts"),
                Claim(Treaty.CAT, "1", "first"),
                Claim(Treaty.CAT, "1(1)", "second claim under the same article"),
                Claim(Treaty.CAT, "99", "not in the catalogue"),
                Claim(Treaty.UDHR, "9", "udhr"),
            ),
        )
        form = posted(app, "claims", case, MultiDict({"art_1": "y", "facts_1": "edited", "art_2": "y"}))
        assert form.apply(case).claims == (
            Claim(Treaty.ICCPR, "7", "hrc facts"),
            Claim(Treaty.CAT, "1", "edited"),
            Claim(Treaty.CAT, "1(1)", "second claim under the same article"),
            Claim(Treaty.CAT, "99", "not in the catalogue"),
            Claim(Treaty.UDHR, "9", "udhr"),
            Claim(Treaty.CAT, "2", ""),
        )

    def it_keeps_the_paragraph_only_if_it_names_the_same_article(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        case = Case(body=Body.HRC)
        form = posted(app, "claims", case, MultiDict({"art_14": "y", "ref_14": "14(3)(g)", "art_9": "y", "ref_9": "7"}))
        assert [c.article for c in form.apply(case).claims] == ["9", "14(3)(g)"]

    @pytest.mark.parametrize(("body", "treaty"), [(Body.CAT, Treaty.CAT), (Body.HRC, Treaty.ICCPR), (Body.WGAD, Treaty.ICCPR), (None, Treaty.ICCPR)])
    def it_offers_the_treaty_of_the_body(self, body, treaty):
        assert steps.claims_treaty(Case(body=body)) is treaty


class DescribePartiesForm:
    def it_drops_an_empty_counsel(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        form = posted(app, "parties", Case(), MultiDict({"counsel-name": "", "counsel-email": ""}))
        assert form.apply(Case()).counsel is None


class DescribeRows:
    def it_removes_a_row_before_validation(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        data = MultiDict({"events-0-date_from": "garbage", "events-1-description": "kept"})
        with app.test_request_context(method="POST", data=data):
            form = steps.EventsForm.from_case(Case())
            assert form.remove_row("events", 0)
            assert not form.remove_row("events", 5) and not form.remove_row("nothing", 0)
            assert form.validate()
            assert [e.description for e in form.apply(Case()).events] == ["kept"]


class DescribeFieldHelpers:
    @pytest.mark.parametrize(
        ("raw", "clean"),
        [("a\x00b\x1bc", "abc"), ("line\r\nbreak\rcr", "line\nbreak\ncr"), ("tab\tkept", "tab\tkept"), ("ж\u0085", "ж"), (None, None)],
    )
    def it_cleans_control_characters(self, raw, clean):
        assert clean_text(raw) == clean

    def it_splits_comma_lists(self):
        assert comma_list(" 7, 14(3)(g) ,,\n9 ") == ("7", "14(3)(g)", "9")

    def it_parses_model_paths(self):
        assert parse_path("events[2].date_to") == ["events", 2, "date_to"]
        assert parse_path("victims[0].person.date_of_birth") == ["victims", 0, "person", "date_of_birth"]

    def it_finds_the_field_of_a_model_path(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        with app.test_request_context(method="POST", data={"victims-0-person-name": "x"}):
            form = steps.PartiesForm.from_case(Case())
            assert walk(form, parse_path("victims[0].person.date_of_birth")).id == "victims-0-person-date_of_birth"
            assert walk(form, parse_path("victims[3].person.name")) is None
            assert walk(form, parse_path("events[0].date_to")) is None

    def it_lists_errors_with_the_row_they_are_in(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        with app.test_request_context(method="POST", data={"events-0-date_from": "nope"}):
            form = steps.EventsForm.from_case(Case())
            assert not form.validate()
            assert error_list(form) == [("events-0-date_from", "Event 1: Date (or start date)", "Enter a real date, for example 2024-03-31.")]


class DescribeDetentionForm:
    def it_maps_grounds_to_checkboxes(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        case = Case(body=Body.WGAD)
        form = posted(app, "detention", case, MultiDict({"ground_III": "y", "ground_III_facts": "no lawyer", "ground_I_facts": "ignored"}))
        result = form.apply(case)
        assert [(g.category.value, g.facts) for g in result.wgad_grounds] == [("III", "no lawyer")]
        assert result.detention is None  # nothing answered about the detention itself

    def it_fills_from_the_case(self, ctx):
        case = Case(body=Body.WGAD, submission_date=date(2026, 1, 1))
        form = steps.DetentionForm.from_case(case)
        assert form.detention.form.deprived_of_liberty.data == "unknown"
        assert [box.data for _label, box, _facts in form.grounds] == [False] * 5


def _full(cls, **fixed):
    """Return an instance of dataclass ``cls`` with every field answered (not its default)."""
    import dataclasses
    import typing
    from enum import Enum

    hints = typing.get_type_hints(cls)

    def value_for(tp, name):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if typing.get_origin(tp) in (typing.Union, __import__("types").UnionType) and len(args) == 1:
            tp = args[0]
        if tp is str:
            return f"{name} «ж»"
        if tp is bool:
            return True
        if tp is date:
            return date(2020, 1, 2)
        if isinstance(tp, type) and issubclass(tp, Enum):
            members = list(tp)
            return members[1] if len(members) > 1 else members[0]
        if typing.get_origin(tp) is tuple:
            return (value_for(typing.get_args(tp)[0], name),)
        if dataclasses.is_dataclass(tp):
            return _full(tp)
        raise TypeError(tp)

    values = {}
    for f in dataclasses.fields(cls):
        if f.name in fixed:
            values[f.name] = fixed[f.name]
        elif f.name != "schema_version":
            values[f.name] = value_for(hints[f.name], f.name)
    return cls(**values)


def full_case() -> Case:
    from complaint_builder.domain.case import WgadGround, WgadCategory

    return _full(
        Case,
        body=Body.WGAD,
        state="KZ",
        languages=("ru",),
        claims=(_full(Claim, treaty=Treaty.ICCPR, article="14(3)(g)"),),
        wgad_grounds=(WgadGround(WgadCategory.II, "facts «ж»"),),
    )


class DescribeEveryAnswer:
    @pytest.mark.parametrize("step", FORM_STEPS)
    def it_survives_an_unchanged_save_of_every_step(self, app, step):
        """Every field of the model, set on a case, comes back unchanged after each step is saved as shown.

        A field added to the model later and not yet asked by a form must survive too.
        """
        app.config["WTF_CSRF_ENABLED"] = False
        case = full_case()
        assert validate_problems(case) == []
        with app.test_request_context():
            data = rendered_post(steps.form_class(step, case).from_case(case))
        assert posted(app, step, case, data).apply(case) == case


def validate_problems(case: Case) -> list:
    from complaint_builder.domain.validate import problems

    return problems(case, case.submission_date)


class DescribeEvidence:
    def it_keeps_one_item_per_line(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        case = Case(body=Body.CAT)
        form = posted(app, "claims", case, MultiDict({"art_1": "y", "ev_1": "Справка\r\n\r\n  Показания свидетеля  \n"}))
        assert form.apply(case).claims[0].evidence == ("Справка", "Показания свидетеля")

    def it_refuses_too_long_items(self, app):
        app.config["WTF_CSRF_ENABLED"] = False
        with app.test_request_context(method="POST", data={"art_1": "y", "ev_1": "x" * 2001}):
            form = steps.form_class("claims", Case(body=Body.CAT)).from_case(Case(body=Body.CAT))
            assert not form.validate()
            assert form.ev_1.errors == ["Each line may have at most 2000 characters."]
