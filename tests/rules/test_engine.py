"""The engine: verdicts derived from findings, claims knocked out across criteria (§1), the forum
comparison, the finding contract (fixed criterion ids, a source, advice), and the example cases."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.domain.case import (
    Author,
    AuthorRole,
    Authorisation,
    Body,
    Claim,
    Confirmations,
    DecisionType,
    Detention,
    Event,
    NotUsedReason,
    PostAnchorKind,
    ProcedureBody,
    ProcedureStatus,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    StateControl,
    Treaty,
    VictimStatus,
    WgadCategory,
    WgadGround,
)
from complaint_builder.domain.codec import from_dict
from complaint_builder.rules import engine
from complaint_builder.rules.findings import Finding, Status, Verdict, derive_verdict
from tests.rules.conftest import (
    CAT_REMEDIES,
    EXAMPLES,
    HRC_REMEDIES,
    README,
    VICTIM,
    assess,
    make_case,
    procedure,
    remedy,
    unused,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO
TODAY = date(2026, 11, 25)


# --- the fixed vocabulary (shared/domain/README.md) --------------------------------------------


def _readme_criteria() -> dict[str, dict[Body, bool]]:
    """Return each criterion id with the bodies whose column does not say "no" or "—"."""
    rows: dict[str, dict[Body, bool]] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `([a-z_.]+)` \|(.*)\|\s*$", line)
        if not match:
            continue
        cells = [c.strip() for c in match.group(2).split("|")]
        if len(cells) != 3:
            continue
        rows[match.group(1)] = {
            body: not (cell.startswith("no") or cell.startswith("—"))
            for body, cell in zip((Body.HRC, Body.CAT, Body.WGAD), cells)
        }
    return rows


CRITERIA = _readme_criteria()


def test_readme_vocabulary_is_the_one_we_expect():
    assert len(CRITERIA) == 13
    assert "wgad.category" in CRITERIA and "same_matter.examined" in CRITERIA


@pytest.mark.parametrize("body", [Body.HRC, Body.CAT, Body.WGAD], ids=["hrc", "cat", "wgad"])
def test_each_body_reports_the_criteria_its_readme_column_lists(body):
    case = make_case(body)
    ids = {f.criterion for f in assess(case).findings}
    required = {cid for cid, bodies in CRITERIA.items() if bodies[body]}
    assert required <= ids
    assert ids <= set(CRITERIA)
    # The WGAD's "no (always pass, informational)" exhaustion may appear, but only as a pass.
    for f in assess(case).findings:
        if not CRITERIA[f.criterion][body]:
            assert f.status is PASS, f


# --- a corpus of situations, to check the finding contract on every branch reached ----------------

CORPUS = {
    "hrc-baseline": make_case(Body.HRC),
    "cat-baseline": make_case(Body.CAT),
    "wgad-baseline": make_case(Body.WGAD),
    "hrc-filed-before-op1": make_case(Body.HRC, submission_date=date(2009, 9, 29)),
    "hrc-belarus-after-denunciation": make_case(Body.HRC, state="BY", submission_date=date(2024, 1, 1)),
    "hrc-china": make_case(Body.HRC, state="CN"),
    "hrc-sao-tome": make_case(Body.HRC, state="ST", submission_date=date(2019, 1, 1)),
    "hrc-czechia": make_case(Body.HRC, state="CZ"),
    "hrc-no-state": make_case(Body.HRC, state=""),
    "hrc-pre-op1-events": make_case(Body.HRC, events=(Event(date_from=date(2008, 1, 1), state_control=StateControl.CUSTODY),)),
    "hrc-straddling": make_case(Body.HRC, events=(Event(date_from=date(2008, 1, 1), continuing=True, state_control=StateControl.CUSTODY),)),
    "hrc-refusal-only": make_case(
        Body.HRC,
        events=(
            Event(date_from=date(2004, 1, 1), state_control=StateControl.CUSTODY),
            Event(date_from=date(2010, 1, 1), state_control=StateControl.TERRITORY, post_anchor_kind=PostAnchorKind.REMEDY_REFUSAL),
        ),
    ),
    "hrc-no-events": make_case(Body.HRC, events=()),
    "hrc-abroad": make_case(Body.HRC, events=(Event(date_from=date(2012, 1, 1), state_control=StateControl.NONE),)),
    "hrc-ngo-no-authorisation": make_case(Body.HRC, author=Author(organisation="NGO", role=AuthorRole.NGO), authorisation=Authorisation(written=False)),
    "hrc-relative-dead-no-reason": make_case(
        Body.HRC,
        author=Author(person=VICTIM.person, role=AuthorRole.RELATIVE),
        authorisation=Authorisation(written=False),
        victims=(replace(VICTIM, status_now=VictimStatus.DEAD),),
    ),
    "hrc-anonymous": make_case(Body.HRC, author=Author(role=AuthorRole.VICTIM), victims=()),
    "hrc-art-2-only": make_case(Body.HRC, claims=(Claim(Treaty.ICCPR, "2(3)", "No remedy.", ("x",)),)),
    "hrc-art-1-and-19": make_case(Body.HRC, claims=(Claim(Treaty.ICCPR, "1", "x", ("x",)), Claim(Treaty.ICCPR, "19", "x", ("x",)))),
    "hrc-pending-before-cat": make_case(Body.HRC, other_procedures=(procedure(ProcedureBody.CAT),)),
    "hrc-wgad-pending": make_case(Body.HRC, other_procedures=(procedure(ProcedureBody.WGAD),)),
    "hrc-procedures-unanswered": make_case(Body.HRC, other_procedures_answered=False),
    "hrc-austria-ecthr-merits": make_case(
        Body.HRC,
        state="AT",
        other_procedures=(procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 1, 1), decision_type=DecisionType.MERITS_JUDGMENT),),
    ),
    "hrc-austria-ecthr-unknown": make_case(
        Body.HRC,
        state="AT",
        other_procedures=(procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 1, 1), decision_type=DecisionType.UNKNOWN),),
    ),
    "hrc-guyana-ecthr-merits": make_case(
        Body.HRC,
        state="GY",
        other_procedures=(procedure(ProcedureBody.IACHR, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 1, 1), decision_type=DecisionType.MERITS_JUDGMENT),),
    ),
    "hrc-cassation-not-used": make_case(Body.HRC, domestic_remedies=HRC_REMEDIES + (unused(not_used_reason_type=NotUsedReason.GENERAL_DOUBTS),)),
    "hrc-cassation-pending": make_case(
        Body.HRC, domestic_remedies=HRC_REMEDIES + (remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_decided=None, date_filed=date(2012, 9, 1)),)
    ),
    "hrc-one-claim-unexhausted": make_case(
        Body.HRC, domestic_remedies=HRC_REMEDIES + (unused(claims=("19",), not_used_reason_type=NotUsedReason.NONE),)
    ),
    "hrc-no-remedies": make_case(Body.HRC, domestic_remedies=()),
    "hrc-remedy-outcome-missing": make_case(Body.HRC, domestic_remedies=(remedy(outcome=None),)),
    "hrc-kz-art14-no-supreme-court": make_case(Body.HRC, claims=(Claim(Treaty.ICCPR, "14(1)", "Unfair trial.", ("Judgment",)),)),
    "hrc-delay-no-reasons": make_case(Body.HRC, submission_date=date(2019, 1, 15)),
    "hrc-delay-with-reasons": make_case(Body.HRC, submission_date=date(2019, 1, 15), delay_reasons="Reprisals."),
    "hrc-no-evidence": make_case(Body.HRC, claims=(Claim(Treaty.ICCPR, "21", "Detained.", ()),)),
    "hrc-no-facts": make_case(Body.HRC, claims=(Claim(Treaty.ICCPR, "21", "", ()),)),
    "hrc-confirmations-missing": make_case(Body.HRC, confirmations=Confirmations()),
    "hrc-language-not-confirmed": make_case(Body.HRC, confirmations=Confirmations(True, True, False)),
    "cat-china": make_case(Body.CAT, state="CN"),
    "cat-india": make_case(Body.CAT, state="IN"),
    "cat-before-declaration": make_case(Body.CAT, submission_date=date(2008, 2, 1)),
    "cat-pre-declaration-facts": make_case(Body.CAT, events=(Event(date_from=date(2007, 3, 1), state_control=StateControl.CUSTODY),)),
    "cat-iccpr-claims": make_case(Body.CAT, claims=(Claim(Treaty.ICCPR, "19", "x", ("x",)),)),
    "cat-ecthr-merits": make_case(
        Body.CAT,
        other_procedures=(procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2013, 1, 1), decision_type=DecisionType.MERITS_JUDGMENT),),
    ),
    "cat-ecthr-single-judge": make_case(
        Body.CAT,
        other_procedures=(procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2013, 1, 1), decision_type=DecisionType.SINGLE_JUDGE_UNREASONED),),
    ),
    "cat-late": make_case(Body.CAT, submission_date=date(2020, 1, 1)),
    "cat-further-step-unused": make_case(Body.CAT, domestic_remedies=CAT_REMEDIES + (unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NONE),)),
    "wgad-no-detention": make_case(Body.WGAD, detention=Detention(deprived_of_liberty=False)),
    "wgad-detention-unknown": make_case(Body.WGAD, detention=None),
    "wgad-no-category": make_case(Body.WGAD, wgad_grounds=()),
    "wgad-category-iv-not-migrant": make_case(Body.WGAD, wgad_grounds=(WgadGround(WgadCategory.IV, "No review."),)),
    "wgad-released-long-ago": make_case(
        Body.WGAD, detention=replace(make_case(Body.WGAD).detention, released=True, end=date(2012, 2, 12)), submission_date=date(2016, 1, 1)
    ),
    "wgad-ngo-without-consent": make_case(Body.WGAD, author=Author(organisation="NGO", role=AuthorRole.NGO), authorisation=Authorisation(written=False)),
    "wgad-pending-before-hrc": make_case(Body.WGAD, other_procedures=(procedure(ProcedureBody.HRC),)),
}
# Branches that today return a non-pass finding without advice are kept out of this corpus and
# asserted in test_reference_gaps.py instead.


def _all_findings():
    for name, case in CORPUS.items():
        for f in assess(case).findings:
            yield name, f


def test_corpus_reaches_every_status_for_every_body():
    reached = {(f.body, f.status) for _n, f in _all_findings()}
    for body in (Body.HRC, Body.CAT, Body.WGAD):
        for status in (PASS, FAIL, WARNING, NEEDS_INFO):
            assert (body, status) in reached, (body, status)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_finding_contract(name):
    case = CORPUS[name]
    assessment = assess(case)
    for f in assessment.findings:
        assert f.criterion in CRITERIA, f.criterion
        assert f.body is case.body
        assert f.source.strip(), f"{f.criterion}: no legal source"
        assert f.explanation.strip(), f"{f.criterion}: no explanation"
        if f.status is not PASS:
            assert f.advice.strip(), f"{f.criterion} ({f.status}) gives no advice: {f.explanation}"
    assert len({f.criterion for f in assessment.findings}) == len(assessment.findings), "one finding per criterion"


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_verdict_is_derived_from_findings(name):
    assessment = assess(CORPUS[name])
    statuses = {f.status for f in assessment.findings}
    if FAIL in statuses:
        expected = Verdict.LIKELY_INADMISSIBLE
    elif statuses & {WARNING, NEEDS_INFO}:
        expected = Verdict.RISKS_OR_INCOMPLETE
    else:
        expected = Verdict.NO_OBSTACLE_FOUND
    assert assessment.verdict is expected
    assert assessment.admissible is (expected is not Verdict.LIKELY_INADMISSIBLE)


def _f(status: Status, criterion: str = "exhaustion") -> Finding:
    return Finding(criterion, Body.HRC, status, "x", "OP1 art. 5(2)(b)")


@pytest.mark.parametrize(
    ("statuses", "verdict"),
    [
        ((PASS, PASS, PASS), Verdict.NO_OBSTACLE_FOUND),
        ((PASS, FAIL, PASS), Verdict.LIKELY_INADMISSIBLE),
        ((FAIL, WARNING, NEEDS_INFO), Verdict.LIKELY_INADMISSIBLE),
        ((PASS, WARNING), Verdict.RISKS_OR_INCOMPLETE),
        ((PASS, NEEDS_INFO), Verdict.RISKS_OR_INCOMPLETE),
        ((WARNING, NEEDS_INFO), Verdict.RISKS_OR_INCOMPLETE),
        ((), Verdict.NO_OBSTACLE_FOUND),
    ],
    ids=["all-met", "one-fail", "fail-beats-risks", "one-risk", "one-gap", "risks-and-gaps", "nothing-assessed"],
)
def test_derive_verdict(statuses, verdict):
    assert derive_verdict(tuple(_f(s) for s in statuses)) is verdict


def test_sorted_findings_put_blocking_first():
    assessment = assess(CORPUS["hrc-delay-no-reasons"])
    order = [f.status for f in assessment.sorted_findings()]
    assert order[0] is FAIL
    assert order == sorted(order, key=[FAIL, WARNING, NEEDS_INFO, PASS].index)


# --- §1: claims knocked out by different criteria add up -----------------------------------------


def test_claims_knocked_out_by_different_criteria_add_up_to_a_fail():
    # Art. 1 cannot be claimed (materiae) and art. 19 was never taken to the courts (exhaustion).
    case = make_case(
        Body.HRC,
        claims=(Claim(Treaty.ICCPR, "1", "Self-determination.", ("x",)), Claim(Treaty.ICCPR, "19", "Banner.", ("x",))),
        domestic_remedies=(replace(HRC_REMEDIES[0], claims=("1",)), replace(HRC_REMEDIES[1], claims=("1",)), unused(claims=("19",), not_used_reason_type=NotUsedReason.NONE)),
    )
    assessment = assess(case)
    assert assessment.finding("competence.ratione_materiae").status is FAIL
    assert assessment.finding("exhaustion").status is FAIL
    assert assessment.verdict is Verdict.LIKELY_INADMISSIBLE
    assert "no claim is left standing" in assessment.finding("exhaustion").explanation.lower()


def test_a_surviving_claim_keeps_the_complaint_alive():
    case = make_case(
        Body.HRC,
        claims=(
            Claim(Treaty.ICCPR, "1", "Self-determination.", ("x",)),
            Claim(Treaty.ICCPR, "19", "Banner.", ("x",)),
            Claim(Treaty.ICCPR, "21", "Rally.", ("x",)),
        ),
        domestic_remedies=HRC_REMEDIES + (unused(claims=("19",), not_used_reason_type=NotUsedReason.NONE),),
    )
    assessment = assess(case)
    assert assessment.finding("competence.ratione_materiae").status is WARNING
    assert assessment.finding("exhaustion").status is WARNING
    assert assessment.verdict is Verdict.RISKS_OR_INCOMPLETE


# --- forum comparison ------------------------------------------------------------------------------

TORTURE_BOTH_TREATIES = make_case(
    Body.CAT,
    claims=(
        Claim(Treaty.CAT, "1", "Beaten in custody.", ("Forensic report",)),
        Claim(Treaty.ICCPR, "7", "Beaten in custody.", ("Forensic report",)),
    ),
)


@pytest.mark.parametrize(
    ("case", "as_of", "routes"),
    [
        (make_case(Body.HRC), date(2013, 2, 1), {Body.HRC: True, Body.CAT: False, Body.WGAD: True}),
        (make_case(Body.HRC, state="BY"), date(2024, 1, 1), {Body.HRC: False, Body.CAT: False, Body.WGAD: True}),
        (make_case(Body.WGAD, detention=Detention(deprived_of_liberty=False)), date(2012, 2, 5), {Body.WGAD: False}),
        (TORTURE_BOTH_TREATIES, date(2013, 5, 15), {Body.HRC: True, Body.CAT: True}),
        (make_case(Body.CAT, state="IN"), date(2013, 5, 15), {Body.HRC: False, Body.CAT: False}),
    ],
    ids=[
        "kz-rally-hrc-open-cat-no-torture-claim",
        "belarus-2024-hrc-closed-by-denunciation",
        "fined-never-detained-wgad-closed",
        "kz-torture-both-committees-open",
        "india-no-op1-no-cat",
    ],
)
def test_forum_routes(case, as_of, routes):
    comparison = engine.compare_forums(case, as_of)
    assert [r.body for r in comparison.routes] == [Body.HRC, Body.CAT, Body.WGAD]
    for body, is_open in routes.items():
        route = comparison.route(body)
        assert route.open is is_open, (body, route.summary)
        assert route.open is (route.assessment.verdict is not Verdict.LIKELY_INADMISSIBLE)
        if is_open:
            assert route.blocking == ()
            assert route.summary.startswith("Open")
        else:
            assert route.blocking and all(f.status is FAIL for f in route.blocking)
            assert route.summary.startswith("Closed: ")
            assert route.blocking[0].explanation in route.summary


def test_closed_hrc_route_names_the_denunciation():
    route = engine.compare_forums(make_case(Body.HRC, state="BY"), date(2024, 1, 1)).route(Body.HRC)
    assert route.blocking[0].criterion == "competence.state_party"
    assert "denounced" in route.summary


def test_one_committee_at_a_time_note_when_both_are_open():
    notes = " ".join(engine.compare_forums(TORTURE_BOTH_TREATIES, date(2013, 5, 15)).notes)
    assert "One committee at a time" in notes
    assert "art. 22(5)(a)" in notes


def test_no_one_committee_note_when_cat_is_closed():
    notes = " ".join(engine.compare_forums(make_case(Body.HRC), date(2013, 2, 1)).notes)
    assert "One committee at a time" not in notes
    assert "WGAD needs no ratification" in notes


def test_assess_all_and_filing_date():
    case = make_case(Body.HRC, submission_date=None)
    assert engine.filing_date(case, TODAY) == TODAY
    assert engine.filing_date(make_case(Body.HRC), TODAY) == date(2013, 2, 1)
    results = engine.assess_all(make_case(Body.HRC), date(2013, 2, 1))
    assert set(results) == {Body.HRC, Body.CAT, Body.WGAD}
    assert all(a.as_of == date(2013, 2, 1) for a in results.values())


def test_judging_date_is_what_the_caller_passes():
    # Same case, two dates: the five-year limb is met in 2013 and missed in 2019.
    case = make_case(Body.HRC, submission_date=None)
    assert engine.assess(case, Body.HRC, date(2013, 2, 1)).finding("delay").status is PASS
    assert engine.assess(case, Body.HRC, date(2019, 1, 15)).finding("delay").status is FAIL


# --- the example cases ----------------------------------------------------------------------------

EXAMPLE_TABLE = [
    # file, body, verdict, criteria that fail, criteria that warn
    ("cat-torture-prosecutor-refused", Body.CAT, Verdict.NO_OBSTACLE_FOUND, set(), set()),
    ("hrc-fair-trial-supervisory-pending", Body.HRC, Verdict.RISKS_OR_INCOMPLETE, set(), {"exhaustion"}),
    ("wgad-rally-detention", Body.WGAD, Verdict.NO_OBSTACLE_FOUND, set(), set()),
    ("hrc-events-before-op1", Body.HRC, Verdict.LIKELY_INADMISSIBLE, {"competence.ratione_temporis"}, set()),
    ("hrc-same-matter-pending-before-cat", Body.HRC, Verdict.LIKELY_INADMISSIBLE, {"same_matter.pending"}, set()),
    ("hrc-ngo-without-authorisation", Body.HRC, Verdict.LIKELY_INADMISSIBLE, {"competence.ratione_personae"}, set()),
    ("hrc-rally-delay", Body.HRC, Verdict.LIKELY_INADMISSIBLE, {"delay"}, set()),
    ("hrc-rally-fully-admissible", Body.HRC, Verdict.NO_OBSTACLE_FOUND, set(), set()),
    ("wgad-kozlov-categories-ii-iii", Body.WGAD, Verdict.NO_OBSTACLE_FOUND, set(), set()),
]


def test_example_table_covers_every_example_file():
    assert {row[0] for row in EXAMPLE_TABLE} == {p.stem for p in EXAMPLES.glob("*.json")}


@pytest.mark.parametrize(("name", "body", "verdict", "fails", "warns"), EXAMPLE_TABLE, ids=[row[0] for row in EXAMPLE_TABLE])
def test_example_outcome(name, body, verdict, fails, warns):
    case = from_dict(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))
    assert case.body is body
    assert case.submission_date is not None, "examples carry their filing date"
    assessment = engine.assess(case, body, engine.filing_date(case, TODAY))
    assert assessment.verdict is verdict, [(f.criterion, f.status, f.explanation) for f in assessment.findings if f.status is not PASS]
    assert {f.criterion for f in assessment.by_status(FAIL)} == fails
    assert {f.criterion for f in assessment.by_status(WARNING)} == warns
    assert not assessment.by_status(NEEDS_INFO)


def test_example_supervisory_pending_warns_about_extraordinary_remedy():
    case = from_dict(json.loads((EXAMPLES / "hrc-fair-trial-supervisory-pending.json").read_text(encoding="utf-8")))
    f = engine.assess(case, Body.HRC, case.submission_date).finding("exhaustion")
    assert "extraordinary" in f.explanation or "supreme court" in f.explanation.lower()


def test_example_rally_delay_gives_the_five_year_deadline():
    case = from_dict(json.loads((EXAMPLES / "hrc-rally-delay.json").read_text(encoding="utf-8")))
    f = engine.assess(case, Body.HRC, case.submission_date).finding("delay")
    assert date(2017, 5, 10) in [d.on for d in f.deadlines]


def test_example_events_before_op1_cites_ap_v_kazakhstan():
    case = from_dict(json.loads((EXAMPLES / "hrc-events-before-op1.json").read_text(encoding="utf-8")))
    f = engine.assess(case, Body.HRC, case.submission_date).finding("competence.ratione_temporis")
    assert "A.P. v. Kazakhstan" in f.leading_case


def test_examples_do_not_depend_on_today():
    for path in EXAMPLES.glob("*.json"):
        case = from_dict(json.loads(path.read_text(encoding="utf-8")))
        a = engine.assess(case, case.body, engine.filing_date(case, date(2013, 1, 1)))
        b = engine.assess(case, case.body, engine.filing_date(case, date(2040, 1, 1)))
        assert a.verdict is b.verdict, path.name


def test_remedy_kinds_in_examples_are_real_enum_values():
    # Guard the table above against silent JSON drift: every example decodes to the model.
    for path in EXAMPLES.glob("*.json"):
        case = from_dict(json.loads(path.read_text(encoding="utf-8")))
        assert all(isinstance(r.kind, RemedyKind) for r in case.domestic_remedies)
