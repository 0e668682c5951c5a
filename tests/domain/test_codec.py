"""JSON in and out of the case model, and the committed JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaint_builder.domain import codec
from complaint_builder.domain.case import Body, Case, DomesticRemedy, RemedyOutcome
from complaint_builder.rules import engine

from tests.domain.strategies import document

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "complaint_builder" / "domain" / "case.schema.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


class DescribeCommittedSchema:
    def it_is_the_schema_generated_from_the_dataclasses(self):
        assert SCHEMA == codec.json_schema(), "run `python -m complaint_builder schema > complaint_builder/domain/case.schema.json`"

    def it_is_a_valid_draft_2020_12_schema(self):
        jsonschema.Draft202012Validator.check_schema(SCHEMA)

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
    def it_accepts_every_example(self, path):
        VALIDATOR.validate(json.loads(path.read_text(encoding="utf-8")))

    def it_accepts_the_export_of_an_empty_case(self):
        VALIDATOR.validate(codec.to_dict(Case()))


class DescribeRoundTrip:
    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
    def it_keeps_every_field_of_the_examples(self, path):
        case = codec.from_dict(json.loads(path.read_text(encoding="utf-8")))
        assert codec.from_dict(json.loads(json.dumps(codec.to_dict(case)))) == case

    def it_keeps_russian_text_intact(self):
        case = Case(title="Дело Сагинтаева: пытки в ИВС", state="KZ")
        text = json.dumps(codec.to_dict(case), ensure_ascii=False)
        assert "пытки в ИВС" in text
        assert codec.from_dict(json.loads(text)).title == "Дело Сагинтаева: пытки в ИВС"

    def it_reads_dates_and_enums_into_types(self):
        case = codec.from_dict({"body": "cat", "domestic_remedies": [{"date_filed": "2012-01-10", "outcome": "pending"}]})
        assert case.body is Body.CAT
        assert case.domestic_remedies[0] == DomesticRemedy(date_filed=date(2012, 1, 10), outcome=RemedyOutcome.PENDING)


class DescribeErrors:
    @pytest.mark.parametrize(
        ("document", "message"),
        [
            pytest.param([], "must be an object", id="not-an-object"),
            pytest.param({"title": 5}, "title: must be text, not a number", id="number-for-text"),
            pytest.param({"body": "echr"}, "body: 'echr' is not one of: hrc, cat, wgad", id="unknown-body"),
            pytest.param({"submission_date": "01.02.2013"}, "submission_date: '01.02.2013' is not a date written YYYY-MM-DD", id="russian-date-format"),
            pytest.param({"submission_date": "2013-02-30"}, "submission_date: '2013-02-30' is not a date", id="impossible-date"),
            pytest.param({"domestic_remedies": [{}, {}, {"date_decided": 20120101}]}, "domestic_remedies[2].date_decided: must be a date", id="remedy-date-number"),
            pytest.param({"victims": [{"person": {"nickname": "x"}}]}, "victims[0].person.nickname: is not a known field", id="unknown-nested-field"),
            pytest.param({"confidentiality_requested": "yes"}, "confidentiality_requested: must be true or false", id="text-for-bool"),
            pytest.param({"title": "x" * 201}, "title: is too long (201 characters; at most 200)", id="too-long"),
            pytest.param({"claims": [{}] * 101}, "claims: has 101 rows; at most 100", id="too-many-rows"),
            pytest.param({"schema_version": 2}, "schema_version: is 2", id="future-version"),
        ],
    )
    def it_names_the_field_path_and_the_problem(self, document, message):
        with pytest.raises(codec.CaseFormatError) as caught:
            codec.from_dict(document)
        assert message in str(caught.value)

    @pytest.mark.parametrize(
        "document",
        [{"title": 5}, {"body": "echr"}, {"domestic_remedies": [{"date_decided": 20120101}]}, {"extra": 1}, {"schema_version": 2}],
    )
    def it_agrees_with_the_schema_on_rejections(self, document):
        assert not VALIDATOR.is_valid(document)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=document(), as_of=st.dates())
def test_any_document_the_schema_accepts_gets_a_verdict_for_every_body(document, as_of):
    VALIDATOR.validate(document)
    case = codec.from_dict(document)
    for assessment in engine.assess_all(case, as_of).values():
        assert assessment.findings
        assert all(f.source and f.explanation for f in assessment.findings)
    assert codec.from_dict(codec.to_dict(case)) == case


_BAD_VALUES = st.one_of(st.integers(), st.floats(allow_nan=False), st.lists(st.integers(), max_size=2), st.text(min_size=201, max_size=210), st.just({"x": 1}))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=document(), key=st.sampled_from(["title", "state", "body", "submission_date", "events", "author", "confirmations"]), bad=_BAD_VALUES)
def test_any_document_the_schema_rejects_gets_a_clear_error(document, key, bad):
    document = dict(document, **{key: bad})
    if VALIDATOR.is_valid(document):
        return  # the replacement happened to be valid (e.g. an empty list)
    with pytest.raises(codec.CaseFormatError) as caught:
        codec.from_dict(document)
    assert str(caught.value).startswith(key)
    assert "\n" not in str(caught.value)


def test_every_field_description_names_a_real_field():
    from complaint_builder.domain.field_docs import FIELD_DOCS

    defs = {"Case": SCHEMA, **SCHEMA["$defs"]}
    for key in FIELD_DOCS:
        cls, name = key.split(".")
        assert name in defs[cls]["properties"], key


@pytest.mark.parametrize("value", ["1899-12-31", "2101-01-01", "9999-12-31", "0001-01-01"])
def test_dates_outside_the_plausible_years_are_rejected_by_codec_and_schema(value):
    with pytest.raises(codec.CaseFormatError, match="outside the years 1900-2100"):
        codec.from_dict({"submission_date": value})
    assert not VALIDATOR.is_valid({"submission_date": value})


def test_the_engine_survives_the_extreme_plausible_dates():
    case = codec.from_dict({"state": "KZ", "submission_date": "2100-12-31", "domestic_remedies": [{"date_filed": "2100-12-30", "date_decided": "2100-12-31", "outcome": "dismissed"}]})
    for assessment in engine.assess_all(case, date(2100, 12, 31)).values():
        assert assessment.findings
