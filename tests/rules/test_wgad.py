"""Working Group on Arbitrary Detention: no ratification, no exhaustion; deprivation of liberty and
the categories I-V decide (admissibility.md §§2, 3, 7, 14)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.domain.case import (
    Body,
    Detention,
    DetentionType,
    LegalBasisKind,
    WgadCategory,
    WgadGround,
)
from complaint_builder.rules.engine import assess as engine_assess
from complaint_builder.rules.findings import Status
from tests.rules.conftest import WGAD_BASE, make_case, text_of, wgad

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO
DETENTION = WGAD_BASE.detention


@pytest.mark.parametrize(
    ("state", "outcome"),
    [("KZ", PASS), ("CN", PASS), ("BY", PASS), ("JM", PASS), ("ST", PASS), ("XX", PASS), ("", NEEDS_INFO)],
    ids=["kazakhstan", "china-no-op1", "belarus-after-denunciation", "jamaica", "sao-tome-unverified-row", "state-not-in-our-data", "state-not-chosen"],
)
def test_state_party_no_ratification_needed(state, outcome):
    f = wgad("competence.state_party", state=state, submission_date=date(2024, 6, 1))
    assert f.status is outcome


@pytest.mark.parametrize(
    ("detention", "as_of", "outcome"),
    [
        (DETENTION, date(2012, 2, 5), PASS),
        (replace(DETENTION, released=True, end=date(2012, 2, 12)), date(2013, 1, 1), PASS),
        (replace(DETENTION, released=True, end=date(2012, 2, 12)), date(2014, 2, 12), PASS),
        (replace(DETENTION, released=True, end=date(2012, 2, 12)), date(2014, 2, 13), WARNING),
        (replace(DETENTION, start=date(1995, 1, 1)), date(2012, 2, 5), PASS),
    ],
    ids=[
        "still-detained",
        "released-a-year-ago",
        "released-two-years-ago-to-the-day",
        "released-over-two-years-ago",
        "detained-since-1995-no-treaty-date",
    ],
)
def test_ratione_temporis(detention, as_of, outcome):
    f = wgad("competence.ratione_temporis", detention=detention, submission_date=as_of)
    assert f.status is outcome
    assert f.status is not FAIL


@pytest.mark.parametrize(
    ("detention", "outcome", "words"),
    [
        (DETENTION, PASS, "2012-01-28"),
        (replace(DETENTION, detention_type=DetentionType.HOUSE_ARREST), PASS, "deprived of liberty"),
        (replace(DETENTION, detention_type=DetentionType.PSYCHIATRIC), PASS, "deprived of liberty"),
        (Detention(deprived_of_liberty=False), FAIL, "no deprivation of liberty"),
        (Detention(deprived_of_liberty=None), NEEDS_INFO, "deprived of liberty"),
        (None, NEEDS_INFO, "detention"),
        (replace(DETENTION, start=None), NEEDS_INFO, "date"),
    ],
    ids=[
        "administrative-detention",
        "house-arrest",
        "psychiatric-confinement",
        "fined-but-never-detained",
        "detention-not-said",
        "no-detention-section",
        "arrest-date-missing",
    ],
)
def test_ratione_materiae_deprivation_of_liberty(detention, outcome, words):
    f = wgad("competence.ratione_materiae", detention=detention)
    assert f.status is outcome
    assert words in text_of(f)


G = WgadGround


@pytest.mark.parametrize(
    ("grounds", "detention", "state", "outcome", "words"),
    [
        ((G(WgadCategory.II, "Detained for speaking at a rally."),), DETENTION, "KZ", PASS, "ii"),
        ((G(WgadCategory.II, "Speech."), G(WgadCategory.III, "No lawyer for 3 days.")), DETENTION, "KZ", PASS, "ii, iii"),
        ((), DETENTION, "KZ", NEEDS_INFO, "no category"),
        ((G(WgadCategory.III, ""),), DETENTION, "KZ", WARNING, "without facts"),
        ((G(WgadCategory.II, "Speech."), G(WgadCategory.V, "  ")), DETENTION, "KZ", WARNING, "v are chosen without facts"),
        ((G(WgadCategory.IV, "No review of custody for 14 months."),), DETENTION, "KZ", WARNING, "asylum seekers"),
        ((G(WgadCategory.IV, "No review of custody for 14 months."),), replace(DETENTION, detention_type=DetentionType.IMMIGRATION), "KZ", PASS, "iv"),
        ((G(WgadCategory.IV, "Held pending deportation."),), None, "KZ", WARNING, "asylum seekers"),
        ((G(WgadCategory.I, "Held after the 15 days expired."),), replace(DETENTION, legal_basis_kind=LegalBasisKind.EXPIRED), "KZ", PASS, "categories i "),
        ((G(WgadCategory.I, "No basis."),), DETENTION, "KZ", WARNING, "legal basis"),
        ((G(WgadCategory.II, "Speech."),), DETENTION, "CN", WARNING, "universal declaration"),
        ((G(WgadCategory.III, "Closed trial."),), DETENTION, "CN", PASS, "iii"),
    ],
    ids=[
        "category-ii-rally",
        "kozlov-categories-ii-and-iii",
        "no-category-chosen",
        "category-iii-without-facts",
        "category-v-without-facts-beside-ii",
        "category-iv-but-administrative-detention",
        "category-iv-immigration-custody",
        "category-iv-detention-not-described",
        "category-i-kept-after-sentence",
        "category-i-but-basis-stated",
        "category-ii-state-not-iccpr-party",
        "category-iii-state-not-iccpr-party",
    ],
)
def test_wgad_category(grounds, detention, state, outcome, words):
    f = wgad("wgad.category", wgad_grounds=grounds, detention=detention, state=state)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)
    assert f.status is not FAIL


def test_wgad_runs_only_its_own_criteria():
    case = make_case(Body.WGAD)
    ids = [f.criterion for f in engine_assess(case, Body.WGAD, case.submission_date).findings]
    assert set(ids) == {
        "competence.state_party",
        "competence.ratione_temporis",
        "competence.ratione_loci",
        "competence.ratione_personae",
        "anonymity",
        "competence.ratione_materiae",
        "wgad.category",
        "same_matter.pending",
        "exhaustion",
        "substantiation",
    }
    assert "delay" not in ids and "abuse" not in ids and "same_matter.examined" not in ids


def test_no_deprivation_of_liberty_closes_the_wgad_route():
    case = make_case(Body.WGAD, detention=Detention(deprived_of_liberty=False))
    assessment = engine_assess(case, Body.WGAD, case.submission_date)
    assert assessment.verdict.value == "likely_inadmissible"
    assert [f.criterion for f in assessment.by_status(FAIL)] == ["competence.ratione_materiae"]


def test_baseline_wgad_case_is_admissible_on_every_criterion():
    case = make_case(Body.WGAD)
    findings = engine_assess(case, Body.WGAD, case.submission_date).findings
    assert {f.criterion: f.status for f in findings if f.status is not PASS} == {}
