"""``exhaustion`` (admissibility.md §8): remedy by remedy, claim by claim, with the exceptions, the
Kazakhstan seed rule for art. 14 claims, and the CAT's "unlikely to bring effective relief"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.domain.case import (
    Body,
    Claim,
    HarmKind,
    NotUsedReason,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    SuspensiveEffect,
    Treaty,
    UrgentRisk,
)
from complaint_builder.rules.findings import Status
from tests.rules.conftest import (
    CAT_REMEDIES,
    HRC_REMEDIES,
    cat,
    hrc,
    remedy,
    text_of,
    unused,
    wgad,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO
FILED = date(2013, 2, 1)

EXPLANATION = "Concrete facts: the regional court's fee of 5 monthly wages; legal aid refused on 3 March 2012."


def hrc_with(*extra, **overrides):
    """Return the HRC exhaustion finding for the baseline remedies plus ``extra``."""
    return hrc("exhaustion", domestic_remedies=HRC_REMEDIES + tuple(extra), **overrides)


def cat_with(*extra, **overrides):
    return cat("exhaustion", domestic_remedies=CAT_REMEDIES + tuple(extra), **overrides)


def test_baseline_remedies_exhausted():
    f = hrc_with()
    assert f.status is PASS
    assert "last available level" in text_of(f)


# --- pending remedies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pending", "outcome", "words"),
    [
        (remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 8, 1), date_decided=None), FAIL, "still pending"),
        (remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=date(2011, 1, 1), date_decided=None), WARNING, "unreasonably prolonged"),
        (remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 8, 1), date_decided=None, not_used_reason_type=NotUsedReason.PROLONGED), WARNING, "prolonged"),
        (remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=None, date_decided=None), NEEDS_INFO, "date it was filed"),
        (remedy(kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, level=RemedyLevel.SUPERVISORY, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 10, 1), date_decided=None), WARNING, "extraordinary"),
        (remedy(level=RemedyLevel.PROSECUTOR_REVIEW_PETITION, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 10, 1), date_decided=None), PASS, "last available level"),
        (remedy(kind=RemedyKind.NON_JUDICIAL, level=RemedyLevel.OMBUDSMAN, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 10, 1), date_decided=None), PASS, "last available level"),
    ],
    ids=[
        "cassation-pending-six-months",
        "cassation-pending-over-two-years",
        "cassation-pending-said-prolonged",
        "pending-without-filing-date",
        "supervisory-review-pending",
        "prosecutor-protest-petition-pending",
        "ombudsman-complaint-pending",
    ],
)
def test_pending_remedy(pending, outcome, words):
    f = hrc_with(pending)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


@pytest.mark.parametrize(
    ("filed", "as_of", "outcome"),
    [
        (date(2012, 2, 1), date(2014, 1, 31), FAIL),
        (date(2012, 2, 1), date(2014, 2, 1), WARNING),
        (date(2011, 2, 1), date(2013, 2, 1), WARNING),
    ],
    ids=["one-day-short-of-two-years", "two-years-to-the-day-across-29-feb", "two-years-to-the-day-2011-2013"],
)
def test_pending_two_year_prompt_boundary(filed, as_of, outcome):
    pending = remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=filed, date_decided=None)
    f = hrc("exhaustion", domestic_remedies=HRC_REMEDIES + (pending,), submission_date=as_of)
    assert f.status is outcome, f.explanation


@pytest.mark.parametrize(
    ("filed", "outcome", "words"),
    [
        (date(2006, 1, 10), PASS, "unreasonably prolonged"),
        (date(2007, 1, 1), PASS, "unreasonably prolonged"),
        (date(2009, 1, 10), WARNING, "argue"),
        (date(2012, 6, 1), FAIL, "still pending"),
    ],
    ids=[
        "torture-investigation-pending-seven-years",
        "torture-investigation-pending-six-years",
        "torture-investigation-pending-four-years",
        "torture-investigation-opened-eight-months-ago",
    ],
)
def test_pending_criminal_investigation_is_excused_after_six_years(filed, outcome, words):
    investigation = remedy(level=RemedyLevel.CRIMINAL_COMPLAINT, outcome=RemedyOutcome.PENDING, date_filed=filed, date_decided=None)
    claims = (Claim(Treaty.ICCPR, "7", "Beaten in custody.", ("Forensic report",)),)
    f = hrc("exhaustion", claims=claims, domestic_remedies=HRC_REMEDIES + (investigation,))
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


# --- remedies not used: the reasons -------------------------------------------------------------

EXCUSING = [
    NotUsedReason.NO_SUCH_REMEDY,
    NotUsedReason.NO_SUSPENSIVE_EFFECT,
    NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE,
    NotUsedReason.UNAFFORDABLE_FEE_NO_LEGAL_AID,
    NotUsedReason.REPRISALS_SUBSTANTIATED,
    NotUsedReason.STATE_DUTY_EX_OFFICIO,
    NotUsedReason.OBJECTIVE_IMPEDIMENT,
]
NON_EXCUSING = [
    NotUsedReason.GENERAL_DOUBTS,
    NotUsedReason.COST_IN_GENERAL,
    NotUsedReason.COUNSEL_ERROR,
    NotUsedReason.MISTAKEN_BELIEF,
    NotUsedReason.LACK_OF_AWARENESS,
    NotUsedReason.NONE,
    None,
]


@pytest.mark.parametrize("reason", EXCUSING, ids=[r.value for r in EXCUSING])
def test_excusing_reason_with_facts_passes(reason):
    f = hrc_with(unused(RemedyLevel.CASSATION, not_used_reason_type=reason, not_used_reason=EXPLANATION))
    assert f.status is PASS, f.explanation
    assert reason.value.replace("_", " ") in text_of(f)


@pytest.mark.parametrize("reason", EXCUSING, ids=[r.value + "-without-facts" for r in EXCUSING])
def test_excusing_reason_without_facts_is_a_warning(reason):
    f = hrc_with(unused(RemedyLevel.CASSATION, not_used_reason_type=reason, not_used_reason="  "))
    assert f.status is WARNING, f.explanation
    assert "not explained" in text_of(f)


@pytest.mark.parametrize("reason", NON_EXCUSING, ids=[(r.value if r else "no-reason-type") for r in NON_EXCUSING])
def test_non_excusing_reason_fails_even_with_text(reason):
    f = hrc_with(unused(RemedyLevel.CASSATION, not_used_reason_type=reason, not_used_reason="We thought it useless."))
    assert f.status is FAIL, f.explanation
    assert "not used" in text_of(f)
    assert "F.C.S. v. Spain" in f.leading_case


@pytest.mark.parametrize(
    ("reason", "text", "outcome"),
    [
        (NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES, "Ten identical appeals dismissed in 2012.", WARNING),
        (NotUsedReason.PROLONGED, "The main proceedings have lasted three years.", WARNING),
        (NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF, "The court never overturns such refusals.", WARNING),
    ],
    ids=["adverse-practice-in-similar-cases", "prolonged-main-proceedings", "hrc-unlikely-effective-relief-is-cat-wording"],
)
def test_arguable_reasons_are_warnings_under_the_hrc(reason, text, outcome):
    f = hrc_with(unused(RemedyLevel.CASSATION, not_used_reason_type=reason, not_used_reason=text))
    assert f.status is outcome, f.explanation


@pytest.mark.parametrize(
    ("extra", "outcome", "words"),
    [
        (unused(RemedyLevel.PROSECUTOR_REVIEW_PETITION, kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, not_used_reason_type=NotUsedReason.NONE), PASS, "last available level"),
        (unused(RemedyLevel.PROSECUTOR_REVIEW_PETITION, not_used_reason_type=NotUsedReason.GENERAL_DOUBTS), PASS, "last available level"),
        (unused(RemedyLevel.OMBUDSMAN, kind=RemedyKind.NON_JUDICIAL, not_used_reason_type=NotUsedReason.NONE), PASS, "last available level"),
        (unused(RemedyLevel.OTHER, kind=RemedyKind.NON_JUDICIAL, authority="National human rights commission"), PASS, "last available level"),
        (unused(RemedyLevel.OTHER, kind=RemedyKind.HUMANITARIAN_DISCRETIONARY, authority="Presidential pardon"), PASS, "last available level"),
        (unused(RemedyLevel.CONSTITUTIONAL, kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, not_used_reason_type=NotUsedReason.NONE), FAIL, "discretionary"),
        (unused(RemedyLevel.CONSTITUTIONAL, kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, not_used_reason_type=NotUsedReason.GENERAL_DOUBTS), FAIL, "due-diligence"),
        (unused(RemedyLevel.CONSTITUTIONAL, kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, not_used_reason_type=NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES, not_used_reason="Never granted in assembly cases."), WARNING, "similar cases"),
    ],
    ids=[
        "prosecutor-petition-for-protest-not-used",
        "prosecutor-petition-general-doubts",
        "ombudsman-not-used",
        "human-rights-commission-not-used",
        "pardon-not-asked",
        "discretionary-review-open-no-reason",
        "discretionary-review-general-doubts",
        "discretionary-review-adverse-practice",
    ],
)
def test_which_remedies_must_be_used(extra, outcome, words):
    f = hrc_with(extra)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_discretionary_review_failure_cites_krikkerik():
    extra = unused(RemedyLevel.CONSTITUTIONAL, kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, not_used_reason_type=NotUsedReason.NONE)
    assert "Krikkerik" in hrc_with(extra).leading_case


@pytest.mark.parametrize(
    ("reason", "text", "outcome", "words"),
    [
        (None, "", FAIL, "lost"),
        (NotUsedReason.NONE, "", FAIL, "own default"),
        (NotUsedReason.COUNSEL_ERROR, "Lawyer missed the ten-day deadline.", FAIL, "own default"),
        (NotUsedReason.LACK_OF_AWARENESS, "Did not know of the deadline.", FAIL, "not exhausted"),
        (NotUsedReason.OBJECTIVE_IMPEDIMENT, "", FAIL, "own default"),
        (NotUsedReason.OBJECTIVE_IMPEDIMENT, "Held in a punishment cell for the whole appeal period (colony record).", WARNING, "impediment"),
    ],
    ids=[
        "appeal-lost-no-reason",
        "appeal-lost-reason-none",
        "deadline-missed-by-counsel",
        "deadline-missed-unaware",
        "impediment-claimed-not-shown",
        "impediment-shown-with-facts",
    ],
)
def test_remedy_lost_by_default(reason, text, outcome, words):
    lost = remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.LOST_BY_DEFAULT, date_decided=None, not_used_reason_type=reason, not_used_reason=text)
    f = hrc_with(lost)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


# --- raised in substance, outcome and dates -----------------------------------------------------


@pytest.mark.parametrize(
    ("remedies", "outcome", "words"),
    [
        ((replace(HRC_REMEDIES[0], raised_in_substance=False), remedy(raised_in_substance=False)), FAIL, "raised in substance"),
        ((HRC_REMEDIES[0], remedy(raised_in_substance=False)), FAIL, "raised in substance"),
        ((HRC_REMEDIES[0], remedy(raised_in_substance=None)), PASS, "last available level"),
        ((HRC_REMEDIES[0], remedy(outcome=RemedyOutcome.GRANTED)), PASS, "last available level"),
        ((HRC_REMEDIES[0], remedy(outcome=RemedyOutcome.PARTLY_GRANTED)), PASS, "last available level"),
        ((HRC_REMEDIES[0], remedy(outcome=None)), NEEDS_INFO, "outcome"),
        ((HRC_REMEDIES[0], remedy(date_decided=None)), NEEDS_INFO, "date of the decision"),
        ((HRC_REMEDIES[0],), WARNING, "not final"),
        ((), NEEDS_INFO, "no domestic remedy"),
    ],
    ids=[
        "assembly-rights-never-argued-at-any-level",
        "argued-at-first-instance-dropped-on-appeal",
        "raised-in-substance-not-said",
        "appeal-granted",
        "appeal-partly-granted",
        "appeal-outcome-missing",
        "appeal-decision-date-missing",
        "only-first-instance-appeal-open",
        "no-remedies-listed",
    ],
)
def test_remedies_used(remedies, outcome, words):
    f = hrc("exhaustion", domestic_remedies=remedies)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_claim_never_raised_cites_fcs_v_spain():
    never = (replace(HRC_REMEDIES[0], raised_in_substance=False), remedy(raised_in_substance=False))
    f = hrc("exhaustion", domestic_remedies=never)
    assert f.status is FAIL
    assert "F.C.S. v. Spain" in f.leading_case


def test_claim_not_raised_in_substance_at_one_level_knocks_out_that_claim_only():
    # Expression (art. 19) was left out of the cassation complaint; the other claims were argued.
    ladder = HRC_REMEDIES + (
        remedy(level=RemedyLevel.CASSATION, claims=("19",), raised_in_substance=False, date_decided=date(2012, 7, 1)),
    )
    f = hrc("exhaustion", domestic_remedies=ladder)
    assert f.status is WARNING, f.explanation
    assert f.claims == ("19",)


# --- per-claim aggregation (§1) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims_of_unused", "outcome", "knocked_out"),
    [
        (("19",), WARNING, ("19",)),
        (("19", "21"), WARNING, ("19", "21")),
        (("9(1)", "19", "21"), FAIL, ("21", "19", "9(1)")),
        ((), FAIL, ("21", "19", "9(1)")),
    ],
    ids=["one-claim-not-exhausted", "two-of-three-not-exhausted", "every-claim-named", "remedy-covers-all-claims"],
)
def test_per_claim_aggregation(claims_of_unused, outcome, knocked_out):
    extra = unused(RemedyLevel.CASSATION, claims=claims_of_unused, not_used_reason_type=NotUsedReason.GENERAL_DOUBTS)
    f = hrc_with(extra)
    assert f.status is outcome, f.explanation
    assert set(f.claims) == set(knocked_out)
    if outcome is WARNING:
        assert "the others can go ahead" in text_of(f)
        for article in knocked_out:
            assert article in f.explanation


def test_remedy_for_one_claim_does_not_knock_out_another():
    # A remedy listing only art. 19 and pending: art. 19 is knocked out, arts 21 and 9 survive.
    pending = remedy(level=RemedyLevel.CONSTITUTIONAL, claims=("19",), outcome=RemedyOutcome.PENDING, date_filed=date(2012, 9, 1), date_decided=None)
    f = hrc_with(pending)
    assert f.status is WARNING
    assert f.claims == ("19",)


# --- Kazakhstan seed rule: art. 14 without the Supreme Court's decision -------------------------

FAIR_TRIAL = (Claim(Treaty.ICCPR, "14(3)(g)", "Confession under torture used at trial.", ("Judgment",)),)
TRIAL_LADDER = (
    remedy(level=RemedyLevel.FIRST_INSTANCE, date_filed=date(2012, 3, 27), date_decided=date(2012, 6, 4), final=False),
    remedy(level=RemedyLevel.APPEAL, date_filed=date(2012, 6, 14), date_decided=date(2012, 8, 20), final=False),
    remedy(level=RemedyLevel.CASSATION, date_filed=date(2012, 9, 1), date_decided=date(2012, 11, 15), final=True),
)
TRIAL_EVENT_START = date(2012, 3, 27)


@pytest.mark.parametrize(
    ("state", "claims", "extra", "as_of", "outcome"),
    [
        ("KZ", FAIR_TRIAL, (), date(2013, 2, 1), WARNING),
        ("KZ", FAIR_TRIAL, (), date(2014, 4, 3), PASS),
        ("KZ", FAIR_TRIAL, (), date(2014, 6, 1), PASS),
        ("KZ", FAIR_TRIAL, (remedy(level=RemedyLevel.SUPREME_COURT, date_filed=date(2012, 12, 1), date_decided=date(2013, 1, 20)),), date(2013, 2, 1), PASS),
        ("KZ", FAIR_TRIAL, (remedy(level=RemedyLevel.SUPERVISORY, date_filed=date(2012, 12, 1), date_decided=date(2013, 1, 20)),), date(2013, 2, 1), PASS),
        ("KZ", FAIR_TRIAL, (remedy(level=RemedyLevel.SUPREME_COURT, outcome=RemedyOutcome.PENDING, date_filed=date(2012, 12, 1), date_decided=None),), date(2013, 2, 1), FAIL),
        ("KZ", FAIR_TRIAL + (Claim(Treaty.ICCPR, "7", "Beaten.", ("Report",)),), (), date(2013, 2, 1), WARNING),
        ("KZ", (Claim(Treaty.ICCPR, "9(3)", "No prompt judge.", ("Protocol",)),), (), date(2013, 2, 1), PASS),
        ("RU", FAIR_TRIAL, (), date(2013, 2, 1), PASS),
    ],
    ids=[
        "kz-art14-ten-months-no-supreme-court",
        "kz-art14-two-years-and-a-week",
        "kz-art14-over-two-years",
        "kz-art14-supreme-court-decided",
        "kz-art14-supervisory-review-decided",
        "kz-art14-supreme-court-pending-months",
        "kz-art14-and-art7",
        "kz-art9-only-no-seed-rule",
        "russia-art14-seed-rule-is-kazakh-only",
    ],
)
def test_kazakhstan_supreme_court_seed_rule(state, claims, extra, as_of, outcome):
    f = hrc("exhaustion", state=state, claims=claims, domestic_remedies=TRIAL_LADDER + extra, submission_date=as_of)
    assert f.status is outcome, f.explanation
    if outcome is WARNING:
        assert "supreme court" in text_of(f)
        assert "seed" in text_of(f)


def test_seed_rule_is_never_a_fail_for_unused_kazakh_supervisory_review():
    review = unused(RemedyLevel.SUPERVISORY, not_used_reason_type=NotUsedReason.NONE)
    f = hrc("exhaustion", claims=FAIR_TRIAL, domestic_remedies=TRIAL_LADDER + (review,))
    assert f.status is WARNING
    assert "supreme court" in text_of(f)


def test_seed_rule_does_not_apply_to_cat():
    claims = (Claim(Treaty.CAT, "15", "Confession used at trial.", ("Judgment",)),)
    f = cat("exhaustion", claims=claims, domestic_remedies=TRIAL_LADDER)
    assert f.status is PASS


# --- CAT: art. 22(5)(b) "unlikely to bring effective relief" ------------------------------------


@pytest.mark.parametrize(
    ("extra", "outcome", "words"),
    [
        ((), PASS, "last available level"),
        ((unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF, not_used_reason="The prosecutor closed the case without questioning anyone."),), PASS, "effective relief"),
        ((unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF),), WARNING, "mere doubts"),
        ((unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NONE),), WARNING, "refused to investigate"),
        ((unused(RemedyLevel.CIVIL, authority="Civil claim for damages"),), PASS, "last available level"),
        ((unused(RemedyLevel.CIVIL, not_used_reason_type=NotUsedReason.COST_IN_GENERAL),), PASS, "last available level"),
    ],
    ids=[
        "prosecutor-refused-and-court-upheld",
        "further-appeal-unlikely-effective-with-facts",
        "further-appeal-unlikely-effective-no-facts",
        "investigation-refused-further-step-unused",
        "civil-damages-not-required-after-criminal-route",
        "civil-damages-cost-irrelevant",
    ],
)
def test_cat_exhaustion_torture_route(extra, outcome, words):
    f = cat_with(*extra)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_hrc_does_not_excuse_step_after_refused_investigation():
    claims = (Claim(Treaty.ICCPR, "7", "Beaten.", ("Report",)),)
    remedies = CAT_REMEDIES + (unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NONE),)
    assert hrc("exhaustion", claims=claims, domestic_remedies=remedies).status is FAIL
    assert cat("exhaustion", domestic_remedies=remedies).status is WARNING


def test_civil_claim_still_required_where_no_criminal_route_used():
    claims = (Claim(Treaty.CAT, "16", "Degrading conditions.", ("Photos",)),)
    remedies = (unused(RemedyLevel.CIVIL, not_used_reason_type=NotUsedReason.NONE),)
    f = cat("exhaustion", claims=claims, domestic_remedies=remedies)
    assert f.status is FAIL


@pytest.mark.parametrize(
    ("filed", "outcome"),
    [(date(2006, 1, 1), PASS), (date(2010, 1, 1), WARNING), (date(2012, 9, 1), FAIL)],
    ids=["investigation-seven-years-without-progress", "investigation-three-years", "investigation-months-old"],
)
def test_cat_pending_investigation(filed, outcome):
    pending = remedy(level=RemedyLevel.CRIMINAL_COMPLAINT, outcome=RemedyOutcome.PENDING, date_filed=filed, date_decided=None)
    f = cat("exhaustion", domestic_remedies=(pending,))
    assert f.status is outcome, f.explanation


# --- removal cases: only a remedy that can stop the removal counts (Shodeinde v. Canada) ----------

REMOVAL_CLAIM = (Claim(Treaty.CAT, "3", "Deportation to a State where he was tortured before.", ("Medical report",)),)
ASYLUM_REFUSED = remedy(level=RemedyLevel.ADMINISTRATIVE, authority="Migration Service", date_filed=date(2012, 10, 1), date_decided=date(2012, 12, 1), final=False)
APPEAL_REFUSED = remedy(level=RemedyLevel.APPEAL, authority="Regional court", date_filed=date(2012, 12, 10), date_decided=date(2013, 2, 1), final=True)


@pytest.mark.parametrize(
    ("extra", "outcome", "words"),
    [
        ((), PASS, "last available level"),
        ((unused(RemedyLevel.CASSATION, suspensive_effect=SuspensiveEffect.NONE, not_used_reason_type=NotUsedReason.NONE),), PASS, "could not suspend"),
        ((unused(RemedyLevel.CASSATION, suspensive_effect=SuspensiveEffect.ON_REQUEST, not_used_reason_type=NotUsedReason.NONE),), FAIL, "not used"),
        ((unused(RemedyLevel.CASSATION, suspensive_effect=SuspensiveEffect.AUTOMATIC, not_used_reason_type=NotUsedReason.GENERAL_DOUBTS),), FAIL, "not used"),
        ((unused(RemedyLevel.OTHER, kind=RemedyKind.HUMANITARIAN_DISCRETIONARY, authority="Humanitarian residence permit"),), PASS, "last available level"),
    ],
    ids=[
        "asylum-refused-appeal-dismissed",
        "cassation-without-suspensive-effect-not-used",
        "stay-could-be-requested-not-used",
        "automatic-suspension-not-used",
        "humanitarian-application-not-made",
    ],
)
def test_cat_removal_case_exhaustion(extra, outcome, words):
    f = cat("exhaustion", claims=REMOVAL_CLAIM, domestic_remedies=(ASYLUM_REFUSED, APPEAL_REFUSED) + extra)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_suspensive_effect_is_irrelevant_outside_removal_cases():
    extra = unused(RemedyLevel.CASSATION, suspensive_effect=SuspensiveEffect.NONE, not_used_reason_type=NotUsedReason.NONE)
    assert hrc_with(extra).status is FAIL


def test_hrc_removal_risk_counts_only_suspensive_remedies():
    risk = UrgentRisk(kind=HarmKind.REMOVAL, description="Extradition to Uzbekistan", by_date=date(2013, 3, 1))
    extra = unused(RemedyLevel.CASSATION, suspensive_effect=SuspensiveEffect.NONE, not_used_reason_type=NotUsedReason.NONE)
    claims = (Claim(Treaty.ICCPR, "7", "Risk of torture after extradition.", ("Reports",)),)
    assert hrc("exhaustion", claims=claims, urgent_risk=risk, domestic_remedies=HRC_REMEDIES + (extra,)).status is PASS


# --- WGAD ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "remedies",
    [(), (unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NONE),), (remedy(outcome=RemedyOutcome.PENDING, date_decided=None),)],
    ids=["no-remedies", "appeal-not-used", "appeal-pending"],
)
def test_wgad_never_requires_exhaustion(remedies):
    f = wgad("exhaustion", domestic_remedies=remedies)
    assert f.status is PASS
    assert "does not require" in text_of(f)


def test_exhaustion_advice_on_failure_tells_what_to_do():
    f = hrc_with(unused(RemedyLevel.CASSATION, not_used_reason_type=NotUsedReason.NONE))
    assert f.body is Body.HRC
    assert "remaining remedy" in f.advice.lower()
