"""Committee against Torture (art. 22) criteria: State party and declaration, ratione temporis
around the Convention and the declaration, ratione materiae, past examination (art. 22(5)(a)) and the
delay heuristic (admissibility.md §§2-3, 7, 10, 11)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from complaint_builder.domain.case import (
    Art22Status,
    Body,
    Claim,
    DecisionType,
    Event,
    PostAnchorKind,
    ProcedureBody,
    ProcedureStatus,
    RemedyOutcome,
    StateControl,
    StateDataOverride,
    Treaty,
)
from complaint_builder.rules.engine import assess as engine_assess
from complaint_builder.rules.findings import Status
from tests.rules.conftest import (
    CAT_REMEDIES,
    KZ_ART22,
    KZ_CAT_IN_FORCE,
    cat,
    make_case,
    procedure,
    remedy,
    text_of,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO
DAY = timedelta(days=1)


# --- §3 competence.state_party -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "filed", "outcome", "words"),
    [
        ("KZ", KZ_ART22 - DAY, FAIL, "after the filing date"),
        ("KZ", KZ_ART22, PASS, "2008-02-21"),
        ("KZ", date(2013, 5, 15), PASS, "accepted individual complaints"),
        ("FR", date(2013, 5, 15), PASS, "1988-06-23"),
        ("NL", date(2013, 5, 15), PASS, "date is not in our data"),
        ("IN", date(2013, 5, 15), FAIL, "not a party"),
        ("JM", date(2013, 5, 15), FAIL, "not a party"),
        ("CN", date(2013, 5, 15), NEEDS_INFO, "do not show"),
        ("US", date(2013, 5, 15), NEEDS_INFO, "do not show"),
        ("AF", date(2013, 5, 15), NEEDS_INFO, "do not show"),
        ("BY", date(2013, 5, 15), NEEDS_INFO, "article 22"),
        ("FJ", date(2019, 1, 1), WARNING, "incomplete"),
        ("GM", date(2019, 1, 1), WARNING, "incomplete"),
        ("ST", date(2019, 1, 1), WARNING, "incomplete"),
        ("XX", date(2013, 5, 15), NEEDS_INFO, "no treaty data"),
    ],
    ids=[
        "kz-filed-day-before-art22-declaration",
        "kz-filed-on-declaration-day",
        "kz-2013-torture-case",
        "france-declaration-dated",
        "netherlands-declared-date-unknown",
        "india-not-cat-party",
        "jamaica-not-cat-party",
        "china-art22-unknown",
        "usa-art22-unknown",
        "afghanistan-art22-unknown",
        "belarus-art22-unknown",
        "fiji-cat-year-only-unverified",
        "gambia-cat-year-only-unverified",
        "sao-tome-cat-year-only-unverified",
        "unknown-state-code",
    ],
)
def test_state_party(state, filed, outcome, words):
    f = cat("competence.state_party", state=state, submission_date=filed)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


@pytest.mark.parametrize("state", ["CN", "US", "AF", "BY", "QA", "AG", "LK", "UG"])
def test_unknown_art22_data_is_needs_info_never_pass_or_fail(state):
    f = cat("competence.state_party", state=state)
    assert f.status is NEEDS_INFO
    assert f.unverified
    assert "treaty collection" in text_of(f)


@pytest.mark.parametrize(
    ("state", "override", "outcome", "words"),
    [
        ("CN", StateDataOverride(cat_art22=Art22Status.NO, checked_source="UNTC IV-9"), FAIL, "has not made"),
        ("CN", StateDataOverride(cat_art22=Art22Status.YES, cat_art22_declaration_date=date(2010, 1, 1), checked_source="UNTC IV-9"), PASS, "untc iv-9"),
        ("LK", StateDataOverride(cat_art22_declaration_date=date(2014, 1, 1), checked_source="hypothetical"), FAIL, "after the filing date"),
        ("KZ", StateDataOverride(cat_art22=Art22Status.NO, checked_source="hypothetical withdrawal"), FAIL, "has not made"),
        ("NL", StateDataOverride(cat_art22_declaration_date=date(1988, 12, 21), checked_source="CAT/C/68/D/863/2018"), PASS, "1988-12-21"),
    ],
    ids=[
        "china-checked-no-declaration",
        "china-checked-declaration-dated",
        "sri-lanka-declaration-after-filing",
        "kz-declaration-withdrawn",
        "netherlands-date-entered",
    ],
)
def test_state_data_override_changes_cat_state_party(state, override, outcome, words):
    f = cat("competence.state_party", state=state, state_override=override)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


# --- §2 competence.ratione_temporis --------------------------------------------------------------


def _ev(start, end=None, *, continuing=False, kind=None):
    return Event(date_from=start, date_to=end, description="Event.", place="Aktau", state_control=StateControl.CUSTODY, continuing=continuing, post_anchor_kind=kind)


@pytest.mark.parametrize(
    ("events", "outcome", "words"),
    [
        ((_ev(KZ_CAT_IN_FORCE - DAY),), FAIL, "before"),
        ((_ev(KZ_CAT_IN_FORCE),), WARNING, "declaration"),
        ((_ev(date(2007, 3, 1)),), WARNING, "failure to investigate"),
        ((_ev(KZ_ART22 - DAY),), WARNING, "2008-02-21"),
        ((_ev(KZ_ART22),), PASS, "after its article 22 declaration"),
        ((_ev(date(2011, 12, 17), date(2011, 12, 19)),), PASS, "2008-02-21"),
        ((_ev(date(2007, 3, 1), date(2008, 3, 1)),), WARNING, "precede"),
        ((_ev(date(1997, 5, 1)), _ev(date(2009, 1, 1), kind=PostAnchorKind.REMEDY_REFUSAL)), FAIL, "refusals to reopen"),
        ((_ev(date(1997, 5, 1), continuing=True),), WARNING, "continued"),
        ((_ev(date(2012, 1, 1)), Event(description="Undated.")), NEEDS_INFO, "no date"),
    ],
    ids=[
        "kz-torture-day-before-cat-in-force",
        "kz-torture-on-day-cat-in-force-before-declaration",
        "gerasimov-march-2007-torture",
        "kz-torture-day-before-declaration",
        "kz-torture-on-declaration-day",
        "zhanaozen-custody-2011",
        "torture-2007-investigation-into-2008",
        "torture-1997-only-refusals-after",
        "detention-since-1997-continuing",
        "one-event-undated",
    ],
)
def test_ratione_temporis_kazakhstan(events, outcome, words):
    f = cat("competence.ratione_temporis", events=events)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_pre_declaration_facts_cite_gerasimov():
    f = cat("competence.ratione_temporis", events=(_ev(date(2007, 3, 1)),))
    assert "Gerasimov" in f.leading_case


def test_declaration_date_unknown_is_a_warning_for_recent_facts():
    f = cat("competence.ratione_temporis", state="NL", events=(_ev(date(2012, 1, 1)),))
    assert f.status is WARNING
    assert "not in our data" in text_of(f)


# --- §7 competence.ratione_materiae --------------------------------------------------------------


def _claims(*articles, treaty=Treaty.CAT):
    return tuple(Claim(treaty, a, "Facts.", ("Evidence",)) for a in articles)


@pytest.mark.parametrize(
    ("claims", "outcome", "words"),
    [
        (_claims("1", "12", "15"), PASS, "torture"),
        (_claims("16"), PASS, "torture"),
        (_claims("3"), PASS, "torture"),
        (_claims("2(1)", "14"), PASS, "torture"),
        (_claims("1", "20"), WARNING, "20"),
        (_claims("22"), FAIL, "22"),
        (_claims("7", "14", treaty=Treaty.ICCPR), NEEDS_INFO, "framed under the covenant"),
        (_claims("10", treaty=Treaty.ICCPR), NEEDS_INFO, "framed under the covenant"),
        (_claims("19", "21", treaty=Treaty.ICCPR), FAIL, "no counterpart"),
        ((), NEEDS_INFO, "no article"),
    ],
    ids=[
        "torture-investigation-confession",
        "ill-treatment-short-of-torture",
        "removal-to-risk-of-torture",
        "prevention-and-redress",
        "torture-plus-inquiry-procedure-article",
        "procedural-article-only",
        "torture-framed-as-iccpr-art7",
        "detention-conditions-framed-as-iccpr-art10",
        "assembly-and-expression-claims",
        "no-article-chosen",
    ],
)
def test_ratione_materiae(claims, outcome, words):
    f = cat("competence.ratione_materiae", claims=claims)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


# --- §10 same_matter.examined (CAT: past and present) -------------------------------------------


def _concluded(body=ProcedureBody.ECTHR, decision=DecisionType.MERITS_JUDGMENT, **kw):
    return procedure(body, ProcedureStatus.CONCLUDED, date_concluded=date(2013, 1, 10), decision_type=decision, **kw)


@pytest.mark.parametrize(
    ("procs", "outcome", "words"),
    [
        ((), PASS, "no other"),
        ((_concluded(ProcedureBody.HRC),), FAIL, "human rights committee"),
        ((_concluded(ProcedureBody.ECTHR),), FAIL, "already examined"),
        ((_concluded(decision=DecisionType.INADMISSIBLE_MERITS_BASED),), FAIL, "merits"),
        ((_concluded(decision=DecisionType.SINGLE_JUDGE_UNREASONED),), WARNING, "not uniform"),
        ((_concluded(decision=DecisionType.INADMISSIBLE_PROCEDURAL),), PASS, "procedural"),
        ((_concluded(decision=DecisionType.STRUCK_OUT),), PASS, "strike-out"),
        ((procedure(ProcedureBody.ECTHR, ProcedureStatus.WITHDRAWN, struck_out_on=date(2012, 11, 1)),), PASS, "strike-out"),
        ((_concluded(decision=DecisionType.UNKNOWN),), NEEDS_INFO, "not known"),
        ((_concluded(decision=None),), NEEDS_INFO, "not known"),
        ((_concluded(same_rights=False),), WARNING, "different rights"),
        ((_concluded(same_facts=False),), PASS, "no other"),
        ((_concluded(ProcedureBody.WGAD),), WARNING, "wgad"),
        ((_concluded(ProcedureBody.WGEID),), PASS, "no other"),
    ],
    ids=[
        "nothing-elsewhere",
        "hrc-views-on-same-torture",
        "ecthr-judgment-on-same-torture",
        "ecthr-manifestly-ill-founded",
        "ecthr-single-judge-unreasoned",
        "ecthr-six-month-rule",
        "ecthr-struck-out",
        "ecthr-withdrawn-and-struck-out",
        "ground-unknown",
        "decision-type-not-given",
        "ecthr-examined-other-rights-only",
        "other-facts",
        "wgad-opinion-on-detention",
        "wgeid-file",
    ],
)
def test_same_matter_examined_past_limb(procs, outcome, words):
    f = cat("same_matter.examined", other_procedures=procs)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_cat_past_examination_bars_whatever_the_state():
    # No reservation is needed under the CAT: the Netherlands (no OP1 reservation) is barred too.
    f = cat("same_matter.examined", state="NL", other_procedures=(_concluded(),))
    assert f.status is FAIL
    assert "J.D. v. Switzerland" in f.leading_case


# --- §11 delay (no fixed limit; never fail on time alone) ---------------------------------------

LAST = date(2012, 5, 20)  # court's review of the refusal to investigate


@pytest.mark.parametrize(
    ("filed", "remedies", "outcome"),
    [
        (date(2013, 5, 15), CAT_REMEDIES, PASS),
        (date(2017, 5, 20), CAT_REMEDIES, PASS),
        (date(2017, 5, 21), CAT_REMEDIES, WARNING),
        (date(2025, 1, 1), CAT_REMEDIES, WARNING),
        (date(2013, 5, 15), (remedy(outcome=RemedyOutcome.PENDING, date_decided=None),), PASS),
        (date(2013, 5, 15), (remedy(date_decided=None),), NEEDS_INFO),
    ],
    ids=[
        "filed-a-year-after-refusal",
        "last-day-of-five-year-heuristic",
        "day-after-five-year-heuristic",
        "thirteen-years-later",
        "investigation-still-pending",
        "decision-dates-missing",
    ],
)
def test_delay_heuristic(filed, remedies, outcome):
    f = cat("delay", submission_date=filed, domestic_remedies=remedies)
    assert f.status is outcome, f.explanation
    assert f.status is not FAIL
    if outcome is WARNING:
        assert f.unverified
        assert "heuristic" in text_of(f)


def test_cat_runs_every_criterion():
    case = make_case(Body.CAT)
    ids = [f.criterion for f in engine_assess(case, Body.CAT, case.submission_date).findings]
    assert ids == [
        "competence.state_party",
        "competence.ratione_temporis",
        "competence.ratione_loci",
        "competence.ratione_personae",
        "anonymity",
        "competence.ratione_materiae",
        "same_matter.pending",
        "same_matter.examined",
        "exhaustion",
        "delay",
        "substantiation",
        "abuse",
    ]


def test_baseline_cat_case_is_admissible_on_every_criterion():
    case = make_case(Body.CAT)
    findings = engine_assess(case, Body.CAT, case.submission_date).findings
    assert {f.criterion: f.status for f in findings if f.status is not PASS} == {}
