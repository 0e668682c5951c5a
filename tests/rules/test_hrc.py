"""Human Rights Committee (OP1) criteria: State party, ratione temporis and materiae, past
examination under a reservation, and the five-year / three-year delay rule (admissibility.md §§2-3,
7, 10, 11)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from complaint_builder.domain.case import (
    Body,
    Claim,
    DecisionType,
    Event,
    NotUsedReason,
    OtherProcedure,
    PostAnchorKind,
    ProcedureBody,
    ProcedureStatus,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    StateControl,
    StateDataOverride,
    Treaty,
)
from complaint_builder.rules.findings import Status
from tests.rules.conftest import (
    HRC_FINAL_DECISION,
    KZ_OP1_IN_FORCE,
    hrc,
    make_case,
    procedure,
    remedy,
    text_of,
    unused,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO
DAY = timedelta(days=1)


# --- §3 competence.state_party -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "filed", "outcome", "words"),
    [
        ("KZ", KZ_OP1_IN_FORCE - DAY, FAIL, "2009-09-30"),
        ("KZ", KZ_OP1_IN_FORCE, PASS, "since 2009-09-30"),
        ("KZ", date(2013, 2, 1), PASS, "kazakhstan"),
        ("MA", date(2022, 7, 21), FAIL, "only on 2022-07-22"),
        ("MA", date(2022, 7, 22), PASS, "since 2022-07-22"),
        ("BY", date(2023, 2, 7), PASS, "denunciation takes effect on 2023-02-08"),
        ("BY", date(2023, 2, 8), FAIL, "denounced"),
        ("BY", date(2024, 6, 1), FAIL, "denounced"),
        ("JM", date(1998, 1, 22), PASS, "denunciation takes effect on 1998-01-23"),
        ("JM", date(1998, 1, 23), FAIL, "denounced"),
        ("JM", date(2013, 2, 1), FAIL, "1998-01-23"),
        ("TT", date(2000, 6, 27), FAIL, "denounced"),
        ("TT", date(2000, 6, 26), PASS, "2000-06-27"),
        ("CN", date(2013, 2, 1), FAIL, "not a party"),
        ("US", date(2013, 2, 1), FAIL, "not a party"),
        ("ST", date(2019, 1, 1), WARNING, "2017"),
        ("CZ", date(2013, 2, 1), WARNING, "succession"),
        ("SK", date(2013, 2, 1), WARNING, "succession"),
        ("XX", date(2013, 2, 1), NEEDS_INFO, "no treaty data"),
        ("", date(2013, 2, 1), NEEDS_INFO, "not chosen"),
    ],
    ids=[
        "kz-filed-day-before-op1-in-force",
        "kz-filed-on-day-op1-in-force",
        "kz-2013-rally-case",
        "morocco-day-before-2022-accession-in-force",
        "morocco-on-day-in-force",
        "belarus-last-day-before-denunciation",
        "belarus-on-denunciation-day",
        "belarus-after-denunciation",
        "jamaica-last-day-before-denunciation",
        "jamaica-on-denunciation-day",
        "jamaica-today",
        "trinidad-on-denunciation-day",
        "trinidad-last-day-before-denunciation",
        "china-not-op1-party",
        "usa-not-op1-party",
        "sao-tome-year-only-op1",
        "czechia-succession-undated",
        "slovakia-succession-undated",
        "unknown-state-code",
        "state-not-chosen",
    ],
)
def test_state_party(state, filed, outcome, words):
    f = hrc("competence.state_party", state=state, submission_date=filed)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_state_party_gives_earliest_filing_date_as_a_deadline():
    f = hrc("competence.state_party", submission_date=date(2009, 7, 1))
    assert f.status is FAIL
    assert [d.on for d in f.deadlines] == [KZ_OP1_IN_FORCE]


def test_belarus_pass_warns_of_last_filing_day():
    f = hrc("competence.state_party", state="BY", submission_date=date(2023, 1, 15))
    assert f.status is PASS
    assert [d.on for d in f.deadlines] == [date(2023, 2, 7)]


@pytest.mark.parametrize(
    ("state", "override", "filed", "outcome"),
    [
        ("ST", StateDataOverride(op1_in_force=date(2017, 1, 23), checked_source="UNTC IV-5, viewed 2026-11-20"), date(2019, 1, 1), PASS),
        ("CZ", StateDataOverride(op1_in_force=date(1991, 6, 12), checked_source="HRC decisions"), date(2013, 2, 1), PASS),
        ("KZ", StateDataOverride(op1_in_force=date(2014, 1, 1), checked_source="hypothetical correction"), date(2013, 2, 1), FAIL),
        ("CN", StateDataOverride(op1_in_force=date(2030, 1, 1)), date(2031, 1, 1), PASS),
    ],
    ids=[
        "sao-tome-date-checked-on-untc",
        "czechia-critical-date-entered",
        "kz-date-corrected-later-than-filing",
        "china-future-accession-entered",
    ],
)
def test_state_data_override_changes_state_party(state, override, filed, outcome):
    f = hrc("competence.state_party", state=state, submission_date=filed, state_override=override)
    assert f.status is outcome
    if outcome is PASS and override.checked_source:
        assert override.checked_source.lower() in text_of(f)


@pytest.mark.parametrize(
    ("state", "filed"),
    [("ST", date(2019, 1, 1)), ("ST", date(2013, 1, 1)), ("CZ", date(2013, 1, 1)), ("ME", date(2013, 1, 1))],
    ids=["sao-tome-2019", "sao-tome-2013", "czechia", "montenegro"],
)
def test_year_only_and_succession_rows_never_pass_or_fail(state, filed):
    f = hrc("competence.state_party", state=state, submission_date=filed)
    assert f.status in (WARNING, NEEDS_INFO)
    assert f.unverified


# --- §2 competence.ratione_temporis --------------------------------------------------------------


def _ev(start, end=None, *, continuing=False, kind=None, control=StateControl.CUSTODY):
    return Event(date_from=start, date_to=end, description="Event.", place="Almaty", state_control=control, continuing=continuing, post_anchor_kind=kind)


BEFORE = KZ_OP1_IN_FORCE - DAY  # 29 Sep 2009
ARREST_2004 = date(2004, 6, 1)

TEMPORIS_ROWS = [
    ((_ev(BEFORE),), FAIL, "before"),
    ((_ev(KZ_OP1_IN_FORCE),), PASS, "after"),
    ((_ev(date(2012, 4, 28)),), PASS, "declared"),
    ((_ev(date(2009, 6, 1), date(2009, 9, 29)),), FAIL, "nothing is said to continue"),
    ((_ev(date(2009, 6, 1), KZ_OP1_IN_FORCE),), WARNING, "continued"),
    ((_ev(date(2009, 6, 1), continuing=True),), WARNING, "continued"),
    ((_ev(ARREST_2004), _ev(date(2012, 1, 10), kind=PostAnchorKind.NEW_ACT_ON_VICTIM)), WARNING, "later acts"),
    ((_ev(ARREST_2004), _ev(date(2012, 1, 10), kind=PostAnchorKind.CONTINUING_SITUATION)), WARNING, "predate"),
    ((_ev(ARREST_2004), _ev(date(2012, 1, 10), kind=PostAnchorKind.PROCEEDINGS_ON_MERITS)), WARNING, "endorsed"),
    ((_ev(ARREST_2004), _ev(date(2010, 3, 1), kind=PostAnchorKind.REMEDY_REFUSAL)), FAIL, "refusals to reopen"),
    ((_ev(ARREST_2004), _ev(date(2010, 3, 1), kind=PostAnchorKind.GENERAL_LEGISLATION)), FAIL, "general laws"),
    ((_ev(ARREST_2004), _ev(date(2010, 3, 1), kind=PostAnchorKind.CONSEQUENCE_ONLY)), FAIL, "consequences"),
    ((_ev(ARREST_2004), _ev(date(2010, 3, 1), kind=PostAnchorKind.DISAPPEARANCE_CONCEALED)), WARNING, "disappearance"),
    ((_ev(ARREST_2004), _ev(date(2010, 3, 1))), WARNING, "depends on what those later events are"),
    ((_ev(date(2012, 4, 28)), Event(description="Undated beating.", state_control=StateControl.CUSTODY)), NEEDS_INFO, "no date"),
    ((), NEEDS_INFO, "no events"),
]
TEMPORIS_IDS = [
    "kz-event-day-before-op1",
    "kz-event-on-day-op1-in-force",
    "kz-rally-2012",
    "pre-op1-detention-ended-before-date",
    "pre-op1-detention-ended-on-date",
    "pre-op1-detention-still-continuing",
    "pre-op1-arrest-new-act-after",
    "pre-op1-arrest-continuing-situation-after",
    "pre-op1-conviction-endorsed-on-merits-after",
    "ap-v-kazakhstan-only-refusals-to-reopen",
    "pre-op1-facts-amnesty-law-after",
    "pre-op1-torture-lasting-illness-after",
    "disappearance-concealed-after-op1",
    "later-event-kind-not-said",
    "one-event-undated",
    "no-events",
]


@pytest.mark.parametrize(("events", "outcome", "words"), TEMPORIS_ROWS, ids=TEMPORIS_IDS)
def test_ratione_temporis_kazakhstan(events, outcome, words):
    f = hrc("competence.ratione_temporis", events=events)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_temporis_fail_cites_ap_v_kazakhstan():
    f = hrc("competence.ratione_temporis", events=(_ev(ARREST_2004), _ev(date(2010, 3, 1), kind=PostAnchorKind.REMEDY_REFUSAL)))
    assert "A.P. v. Kazakhstan" in f.leading_case
    assert "Quliyev" in f.leading_case


def test_disappearance_is_never_a_pass():
    f = hrc("competence.ratione_temporis", events=(_ev(date(2009, 1, 5)), _ev(date(2011, 1, 5), kind=PostAnchorKind.DISAPPEARANCE_CONCEALED)))
    assert f.status is WARNING
    assert f.unverified


@pytest.mark.parametrize(
    ("event_day", "outcome"),
    [(date(1990, 3, 10), FAIL), (date(1991, 5, 1), FAIL), (date(1992, 8, 26), FAIL), (date(1992, 8, 27), PASS)],
    ids=[
        "chile-before-declared-1990-date",
        "chile-after-declared-date-before-op1",
        "chile-day-before-op1-in-force",
        "chile-on-op1-date",
    ],
)
def test_temporis_chile_declaration_and_op1_date(event_day, outcome):
    # Chile: declaration limits competence to acts after 11 Mar 1990; OP1 in force 27 Aug 1992.
    # The later of the two dates is the anchor.
    f = hrc("competence.ratione_temporis", state="CL", events=(_ev(event_day),), submission_date=date(2000, 1, 1))
    assert f.status is outcome, f.explanation


def test_temporis_on_unverified_row_never_fails():
    # Suriname's row is 'unverified'; an event before its OP1 date must give a warning, not a fail.
    f = hrc("competence.ratione_temporis", state="SR", events=(_ev(date(1977, 1, 1)),), submission_date=date(2000, 1, 1))
    assert f.status is WARNING
    assert f.unverified


@pytest.mark.parametrize(
    ("override", "event_day", "outcome"),
    [
        (None, date(2018, 3, 1), NEEDS_INFO),
        (StateDataOverride(op1_in_force=date(2017, 1, 23), checked_source="UNTC IV-5"), date(2018, 3, 1), PASS),
        (StateDataOverride(op1_in_force=date(2017, 1, 23), checked_source="UNTC IV-5"), date(2016, 3, 1), FAIL),
    ],
    ids=["sao-tome-no-date-in-data", "sao-tome-date-checked-event-after", "sao-tome-date-checked-event-before"],
)
def test_temporis_override_supplies_the_anchor(override, event_day, outcome):
    f = hrc("competence.ratione_temporis", state="ST", events=(_ev(event_day),), submission_date=date(2019, 1, 1), state_override=override)
    assert f.status is outcome, f.explanation


# --- §7 competence.ratione_materiae --------------------------------------------------------------


def _claims(*articles, treaty=Treaty.ICCPR):
    return tuple(Claim(treaty, a, "Facts.", ("Evidence",)) for a in articles)


@pytest.mark.parametrize(
    ("claims", "outcome", "words"),
    [
        (_claims("21", "19", "9(1)"), PASS, "covenant"),
        (_claims("7", "2(3)"), PASS, "covenant"),
        (_claims("14(3)(g)"), PASS, "covenant"),
        (_claims("26"), PASS, "covenant"),
        (_claims("1"), FAIL, "1"),
        (_claims("2(3)"), FAIL, "on their own"),
        (_claims("2(1)", "3"), FAIL, "articles 2 and 3"),
        (_claims("1", "19"), WARNING, "1"),
        (_claims("19", "30"), WARNING, "30"),
        (_claims("property"), FAIL, "property"),
        (_claims("1", "12", treaty=Treaty.CAT), NEEDS_INFO, "covenant"),
        ((), NEEDS_INFO, "no article"),
    ],
    ids=[
        "assembly-expression-liberty",
        "torture-with-effective-remedy",
        "forced-confession",
        "autonomous-equality",
        "self-determination-alone",
        "effective-remedy-alone",
        "accessory-articles-only",
        "self-determination-beside-expression",
        "expression-and-non-existent-article",
        "right-to-property-as-such",
        "torture-claims-framed-under-cat",
        "no-article-chosen",
    ],
)
def test_ratione_materiae(claims, outcome, words):
    f = hrc("competence.ratione_materiae", claims=claims)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_materiae_accessory_alone_cites_x_v_norway():
    f = hrc("competence.ratione_materiae", claims=_claims("2(3)"))
    assert "X v. Norway" in f.leading_case


# --- §10 same_matter.examined (HRC: only via a State reservation) --------------------------------


def _concluded(body=ProcedureBody.ECTHR, decision=DecisionType.MERITS_JUDGMENT, **kw):
    return procedure(body, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 10, 1), decision_type=decision, **kw)


@pytest.mark.parametrize(
    ("state", "decision", "outcome", "words"),
    [
        ("AT", DecisionType.MERITS_JUDGMENT, FAIL, "reservation"),
        ("FR", DecisionType.MERITS_JUDGMENT, FAIL, "reservation"),
        ("DE", DecisionType.MERITS_JUDGMENT, FAIL, "reservation"),
        ("ES", DecisionType.INADMISSIBLE_MERITS_BASED, FAIL, "merits"),
        ("SE", DecisionType.INADMISSIBLE_MERITS_BASED, FAIL, "merits"),
        ("AT", DecisionType.INADMISSIBLE_MERITS_BASED, FAIL, "merits"),
        ("AT", DecisionType.INADMISSIBLE_PROCEDURAL, PASS, "procedural"),
        ("AT", DecisionType.SINGLE_JUDGE_UNREASONED, PASS, "without stated reasons"),
        ("FR", DecisionType.SINGLE_JUDGE_UNREASONED, PASS, "no examination"),
        ("AT", DecisionType.STRUCK_OUT, PASS, "no examination"),
        ("AT", DecisionType.UNKNOWN, NEEDS_INFO, "not known"),
        ("AT", None, NEEDS_INFO, "not known"),
        ("KZ", DecisionType.MERITS_JUDGMENT, PASS, "no reservation"),
        ("NL", DecisionType.MERITS_JUDGMENT, PASS, "no reservation"),
        ("BE", DecisionType.INADMISSIBLE_MERITS_BASED, PASS, "no reservation"),
        ("RU", DecisionType.MERITS_JUDGMENT, PASS, "no reservation"),
        ("GY", DecisionType.MERITS_JUDGMENT, WARNING, "could not check"),
        ("MA", DecisionType.INADMISSIBLE_MERITS_BASED, WARNING, "could not check"),
        ("MA", DecisionType.UNKNOWN, WARNING, "could not check"),
        ("MA", DecisionType.INADMISSIBLE_PROCEDURAL, PASS, "without an examination of the merits"),
    ],
    ids=[
        "austria-ecthr-judgment",
        "france-ecthr-judgment",
        "germany-ecthr-judgment",
        "spain-manifestly-ill-founded",
        "sweden-no-appearance-of-violation",
        "austria-manifestly-ill-founded",
        "austria-six-month-time-limit",
        "austria-single-judge-unreasoned",
        "france-single-judge-unreasoned",
        "austria-struck-out",
        "austria-ground-unknown",
        "austria-decision-type-not-given",
        "kazakhstan-no-reservation",
        "netherlands-no-reservation",
        "belgium-no-reservation",
        "russia-declaration-repeats-pending-limb-only",
        "guyana-reservation-data-blank",
        "morocco-reservation-not-checked",
        "morocco-ground-unknown",
        "morocco-procedural-decision",
    ],
)
def test_same_matter_examined_depends_on_reservation(state, decision, outcome, words):
    f = hrc(
        "same_matter.examined",
        state=state,
        other_procedures=(_concluded(decision=decision),),
        submission_date=date(2023, 1, 1),
    )
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


def test_unchecked_reservation_never_fails():
    f = hrc("same_matter.examined", state="GY", other_procedures=(_concluded(),), submission_date=date(2013, 2, 1))
    assert f.status is WARNING
    assert f.unverified


@pytest.mark.parametrize(
    ("procs", "outcome"),
    [
        ((), PASS),
        ((_concluded(same_facts=False),), PASS),
        ((_concluded(body=ProcedureBody.WGAD),), PASS),
        ((_concluded(body=ProcedureBody.HRC),), WARNING),
        ((procedure(ProcedureBody.ECTHR, ProcedureStatus.WITHDRAWN, struck_out_on=date(2012, 6, 1)),), PASS),
        ((procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2014, 1, 1), decision_type=DecisionType.MERITS_JUDGMENT),), PASS),
    ],
    ids=[
        "nothing-concluded",
        "concluded-case-on-other-facts",
        "wgad-opinion-is-not-a-reservation-bar",
        "same-committee-already-decided",
        "ecthr-struck-out-after-withdrawal",
        "ecthr-judgment-after-filing-date",
    ],
)
def test_same_matter_examined_in_austria(procs, outcome):
    f = hrc("same_matter.examined", state="AT", other_procedures=procs, submission_date=date(2013, 2, 1))
    assert f.status is outcome, f.explanation


def test_austria_fail_cites_st_v_austria():
    f = hrc("same_matter.examined", state="AT", other_procedures=(_concluded(),), submission_date=date(2013, 2, 1))
    assert "S.T. v. Austria" in f.leading_case


@pytest.mark.parametrize(
    ("state", "reservation", "outcome"),
    [("KZ", True, FAIL), ("AT", False, PASS), ("GY", True, FAIL), ("GY", False, PASS)],
    ids=["kz-reservation-entered", "austria-reservation-removed", "guyana-checked-yes", "guyana-checked-no"],
)
def test_override_of_reservation_changes_same_matter_examined(state, reservation, outcome):
    override = StateDataOverride(reservation_same_matter=reservation, checked_source="UNTC IV-5 declarations")
    f = hrc("same_matter.examined", state=state, other_procedures=(_concluded(),), state_override=override)
    assert f.status is outcome


# --- §11 delay ------------------------------------------------------------------------------------

D5 = date(2017, 5, 10)  # HRC_FINAL_DECISION + 5 years


@pytest.mark.parametrize(
    ("filed", "reasons", "outcome", "words"),
    [
        (date(2013, 2, 1), "", PASS, "2017-05-10"),
        (D5, "", PASS, "within five years"),
        (D5 + DAY, "", FAIL, "abuse of the right of submission"),
        (D5 + DAY, "Held incommunicado in a colony until 2017 with no access to counsel.", WARNING, "reasons given"),
        (date(2019, 1, 15), "", FAIL, "2017-05-10"),
        (date(2019, 1, 15), "Fear of reprisals after his brother was beaten.", WARNING, "justify"),
    ],
    ids=[
        "filed-nine-months-after-appeal",
        "filed-on-last-day-of-five-years",
        "filed-day-after-five-years-no-reasons",
        "filed-day-after-five-years-with-reasons",
        "filed-seven-years-later-no-reasons",
        "filed-seven-years-later-reprisals-explained",
    ],
)
def test_delay_five_year_limb(filed, reasons, outcome, words):
    f = hrc("delay", submission_date=filed, delay_reasons=reasons)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)
    assert D5 in [d.on for d in f.deadlines]


@pytest.mark.parametrize(
    ("decided", "filed", "outcome"),
    [
        (date(2012, 2, 29), date(2017, 2, 28), PASS),
        (date(2012, 2, 29), date(2017, 3, 1), FAIL),
        (date(2016, 2, 29), date(2021, 2, 28), PASS),
        (date(2016, 2, 29), date(2021, 3, 1), FAIL),
        (date(2015, 2, 28), date(2020, 2, 28), PASS),
        (date(2015, 2, 28), date(2020, 2, 29), FAIL),
    ],
    ids=[
        "decided-29-feb-2012-filed-28-feb-2017",
        "decided-29-feb-2012-filed-1-mar-2017",
        "decided-29-feb-2016-filed-28-feb-2021",
        "decided-29-feb-2016-filed-1-mar-2021",
        "decided-28-feb-2015-filed-28-feb-2020",
        "decided-28-feb-2015-filed-29-feb-2020",
    ],
)
def test_delay_29_february(decided, filed, outcome):
    # 29 February + 5 years has no same day: the period ends on 28 February (the earlier, safer day).
    remedies = (remedy(date_filed=decided - timedelta(days=20), date_decided=decided),)
    f = hrc("delay", submission_date=filed, domestic_remedies=remedies)
    assert f.status is outcome, f.explanation


OTHER_END = date(2016, 6, 1)  # another international procedure concluded; d3 = 2019-06-01


@pytest.mark.parametrize(
    ("filed", "reasons", "outcome"),
    [
        (date(2017, 5, 10), "", PASS),
        (date(2018, 1, 15), "", WARNING),
        (date(2019, 6, 1), "", WARNING),
        (date(2019, 6, 2), "", FAIL),
        (date(2019, 6, 2), "Waited for the CAT decision, then fell ill (medical certificates).", WARNING),
    ],
    ids=[
        "within-five-years-anyway",
        "after-five-within-three-after-cat-decision",
        "last-day-of-three-years",
        "day-after-three-years-no-reasons",
        "day-after-three-years-with-reasons",
    ],
)
def test_delay_three_year_limb_after_another_procedure(filed, reasons, outcome):
    other = procedure(
        ProcedureBody.CAT,
        ProcedureStatus.CONCLUDED,
        date_concluded=OTHER_END,
        decision_type=DecisionType.INADMISSIBLE_PROCEDURAL,
    )
    f = hrc("delay", submission_date=filed, delay_reasons=reasons, other_procedures=(other,))
    assert f.status is outcome, f.explanation
    assert date(2019, 6, 1) in [d.on for d in f.deadlines]


def test_delay_three_year_limb_ignores_wgad_opinion():
    other = OtherProcedure(body=ProcedureBody.WGAD, status=ProcedureStatus.CONCLUDED, date_concluded=OTHER_END, same_author=True, same_facts=True)
    f = hrc("delay", submission_date=date(2018, 1, 15), other_procedures=(other,))
    assert f.status is FAIL


@pytest.mark.parametrize(
    ("filed", "reasons", "outcome"),
    [
        (date(2011, 6, 1), "", WARNING),
        (date(2011, 6, 1), "Imprisoned without access to counsel until 2011.", PASS),
        (date(2009, 1, 10), "", PASS),
        (date(2011, 12, 31), "", WARNING),
        (date(2012, 1, 2), "", FAIL),
    ],
    ids=[
        "pre-2012-six-years-unexplained",
        "pre-2012-six-years-explained",
        "pre-2012-within-five-years",
        "pre-2012-last-day-of-2011",
        "first-days-of-2012-rule-applies",
    ],
)
def test_delay_before_the_2012_rule_is_a_heuristic_that_never_fails(filed, reasons, outcome):
    remedies = (remedy(date_filed=date(2005, 1, 1), date_decided=date(2005, 3, 10)),)
    f = hrc("delay", submission_date=filed, delay_reasons=reasons, domestic_remedies=remedies)
    assert f.status is outcome, f.explanation
    if filed < date(2012, 1, 1):
        assert f.unverified
        assert "heuristic" in text_of(f)


@pytest.mark.parametrize(
    ("remedies", "outcome", "words"),
    [
        (
            (remedy(), remedy(kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY, level=RemedyLevel.SUPERVISORY, date_filed=date(2014, 1, 1), date_decided=date(2016, 1, 1))),
            FAIL,
            "2012-05-10",
        ),
        (
            (remedy(), remedy(level=RemedyLevel.PROSECUTOR_REVIEW_PETITION, date_filed=date(2014, 1, 1), date_decided=date(2016, 1, 1))),
            FAIL,
            "2012-05-10",
        ),
        ((remedy(), remedy(kind=RemedyKind.NON_JUDICIAL, level=RemedyLevel.OMBUDSMAN, date_decided=date(2016, 1, 1))), FAIL, "2012-05-10"),
        ((remedy(date_decided=date(2014, 1, 20)),), PASS, "2014-01-20"),
    ],
    ids=[
        "supervisory-review-does-not-restart-clock",
        "prosecutor-petition-does-not-restart-clock",
        "ombudsman-does-not-restart-clock",
        "late-appeal-decision-starts-clock",
    ],
)
def test_delay_counts_from_the_last_ordinary_decision(remedies, outcome, words):
    f = hrc("delay", submission_date=date(2018, 1, 15), domestic_remedies=remedies)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


@pytest.mark.parametrize(
    ("remedies", "outcome"),
    [
        ((remedy(outcome=RemedyOutcome.PENDING, date_decided=None),), PASS),
        ((unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NO_SUCH_REMEDY, not_used_reason="No appeal lies."),), WARNING),
        ((remedy(date_decided=None),), NEEDS_INFO),
        ((), NEEDS_INFO),
    ],
    ids=["proceedings-still-pending", "remedies-entirely-excused", "decision-date-missing", "no-remedies-listed"],
)
def test_delay_without_a_start_date(remedies, outcome):
    f = hrc("delay", domestic_remedies=remedies)
    assert f.status is outcome


def test_hrc_runs_every_criterion_in_reference_order():
    from complaint_builder.rules.engine import assess

    case = make_case(Body.HRC)
    ids = [f.criterion for f in assess(case, Body.HRC, case.submission_date).findings]
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


def test_baseline_hrc_case_is_admissible_on_every_criterion():
    from complaint_builder.rules.engine import assess

    case = make_case(Body.HRC)
    findings = assess(case, Body.HRC, case.submission_date).findings
    assert {f.criterion: f.status for f in findings if f.status is not PASS} == {}
    assert HRC_FINAL_DECISION < case.submission_date
