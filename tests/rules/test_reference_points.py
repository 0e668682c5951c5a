"""Points where the engine once contradicted shared/domain/admissibility.md, now fixed.

Each test states the reference's expected outcome; they failed against the engine at commit b12f603
and guard the fixes (calendar anniversaries, unverified rows, discretionary review, substantiation,
advice on every non-pass finding, reservations read from the UNTC text).
Each test's docstring names the criterion, the input, the expected outcome with its §, and what the
engine returned.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.domain.case import (
    Author,
    AuthorRole,
    Authorisation,
    Claim,
    DecisionType,
    Event,
    NotUsedReason,
    ProcedureBody,
    ProcedureStatus,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    StateControl,
    Treaty,
    VictimEffect,
)
from complaint_builder.rules.findings import Status
from tests.rules.conftest import (
    HRC_REMEDIES,
    VICTIM,
    cat,
    hrc,
    person,
    procedure,
    remedy,
    unused,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO


# --- competence.state_party (§3) ------------------------------------------------------------------


@pytest.mark.parametrize("state", ["GM", "SR"], ids=["gambia-row-unverified", "suriname-row-unverified"])
def test_state_party_on_unverified_row_is_never_a_pass(state):
    """§3 outcomes: `warning` (data flagged unverified for that State); README: an [unverified] datum
    must never alone produce a pass/fail. Input: HRC, State GM or SR (states.csv confidence
    'unverified'; OP1 dates present), filed 2013-02-01. Expected: warning. Engine: pass."""
    f = hrc("competence.state_party", state=state)
    assert f.status is WARNING


# --- exhaustion (§8): the 2-year and 6-year prompts on the anniversary ----------------------------


def test_pending_remedy_two_years_to_the_day_without_leap_day():
    """§8 `warning`: remedy pending ≥ 2 years [seed]. Input: HRC baseline + cassation pending, filed
    2013-03-01, judged 2015-03-01 (exactly two calendar years, no 29 Feb between). Expected: warning.
    Engine: fail — it counts years as days/365.25 (730/365.25 = 1.9986 < 2), so the anniversary
    passes only when a 29 February falls inside the span."""
    pending = remedy(level=RemedyLevel.CASSATION, outcome=RemedyOutcome.PENDING, date_filed=date(2013, 3, 1), date_decided=None)
    f = hrc("exhaustion", domestic_remedies=HRC_REMEDIES + (pending,), submission_date=date(2015, 3, 1))
    assert f.status is WARNING, f.explanation


def test_torture_investigation_six_years_to_the_day():
    """§8 `unreasonably_prolonged`: investigations without progress for six years (Ramírez Martínez,
    CAT 500/2012) are prolonged; the engine's own threshold is 6 years. Input: HRC art. 7 claim,
    criminal complaint pending since 2009-03-01, judged 2015-03-01 (six calendar years, one leap
    day). Expected: pass (excused). Engine: warning (2191/365.25 = 5.9986 < 6)."""
    investigation = remedy(level=RemedyLevel.CRIMINAL_COMPLAINT, outcome=RemedyOutcome.PENDING, date_filed=date(2009, 3, 1), date_decided=None)
    claims = (Claim(Treaty.ICCPR, "7", "Beaten in custody.", ("Forensic report",)),)
    f = hrc("exhaustion", claims=claims, domestic_remedies=HRC_REMEDIES + (investigation,), submission_date=date(2015, 3, 1))
    assert f.status is PASS, f.explanation


FAIR_TRIAL = (Claim(Treaty.ICCPR, "14(3)(g)", "Confession under torture used at trial.", ("Judgment",)),)


def test_kazakh_seed_rule_lifts_on_the_second_anniversary():
    """§8 seed rule: warning only while the proceedings have lasted < 2 years ("except where the
    proceedings have lasted 2 years or more"). Input: HRC, KZ, art. 14(3)(g); first-instance trial
    filed 2012-03-27 (earliest date in the case), appeal and cassation decided, no Supreme Court;
    judged 2014-03-27. Expected: pass (no seed warning). Engine: warning (730/365.25 < 2)."""
    ladder = (
        remedy(level=RemedyLevel.FIRST_INSTANCE, date_filed=date(2012, 3, 27), date_decided=date(2012, 6, 4), final=False),
        remedy(level=RemedyLevel.APPEAL, date_filed=date(2012, 6, 14), date_decided=date(2012, 8, 20), final=False),
        remedy(level=RemedyLevel.CASSATION, date_filed=date(2012, 9, 1), date_decided=date(2012, 11, 15), final=True),
    )
    f = hrc("exhaustion", claims=FAIR_TRIAL, domestic_remedies=ladder, submission_date=date(2014, 3, 27))
    assert f.status is PASS, f.explanation


def test_kazakh_seed_rule_counts_the_proceedings_not_the_events():
    """§8 seed rule: "proceedings have lasted 2 years or more". Input: HRC, KZ, art. 14(3)(g); the
    speech later prosecuted was made on 2010-03-01 (event), the trial began 2012-06-01, appeal
    decided 2012-11-01, no Supreme Court decision; judged 2013-02-01 (proceedings: 8 months).
    Expected: warning (obtain the Supreme Court's decision). Engine: pass — it measures from the
    earliest event date as well as the remedies, so an old event silences the seed rule."""
    ladder = (
        remedy(level=RemedyLevel.FIRST_INSTANCE, date_filed=date(2012, 6, 1), date_decided=date(2012, 8, 1), final=False),
        remedy(level=RemedyLevel.APPEAL, date_filed=date(2012, 8, 20), date_decided=date(2012, 11, 1), final=True),
    )
    events = (Event(date_from=date(2010, 3, 1), description="Speech at a meeting, prosecuted in 2012.", place="Aktau", state_control=StateControl.TERRITORY),)
    f = hrc("exhaustion", claims=FAIR_TRIAL, events=events, domestic_remedies=ladder)
    assert f.status is WARNING, f.explanation
    assert "supreme court" in f.explanation.lower()


@pytest.mark.parametrize("level", [RemedyLevel.CONSTITUTIONAL, RemedyLevel.SUPERVISORY], ids=["constitutional-complaint", "supervisory-review"])
def test_discretionary_review_left_unused_for_settled_case_law_is_a_warning(level):
    """§8 (discretionary review of final judgments): "Engine: unused + {consistent_adverse_practice_
    similar_cases, settled_adverse_case_law_same_issue} → warning"; outcomes: `warning` "only
    extraordinary / discretionary remedies left unused". Input: HRC, State RU, baseline remedies +
    an extraordinary_discretionary review not used, reason settled_adverse_case_law_same_issue with
    an explanation. Expected: warning. Engine: pass (the general excusing list wins)."""
    review = unused(
        level,
        kind=RemedyKind.EXTRAORDINARY_DISCRETIONARY,
        not_used_reason_type=NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE,
        not_used_reason="The Constitutional Court upheld the assembly law in 2011 on the very same point.",
    )
    f = hrc("exhaustion", state="RU", domestic_remedies=HRC_REMEDIES + (review,))
    assert f.status is WARNING, f.explanation


# --- same_matter.examined (§10): reservations read from the UNTC declarations text ----------------


@pytest.mark.parametrize("state", ["IT", "PL", "NO"], ids=["italy", "poland", "norway"])
def test_reservation_read_from_the_untc_text_bars_but_is_flagged(state):
    """§10 asks for a UNTC check before a reservation may produce `fail`. states.csv codes the
    same-matter column from the UN Treaty Collection's declarations text (2015 scrape, each State's
    text read in full; STATES-SOURCE.md), which is that check. Decision: `fail`, marked unverified
    (no HRC decision applying it was read) and telling the lawyer to check the exact wording.
    Input: HRC, State IT/PL/NO, ECtHR merits judgment concluded 2012-10-01, filed 2013-02-01."""
    ecthr = procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 10, 1), decision_type=DecisionType.MERITS_JUDGMENT)
    f = hrc("same_matter.examined", state=state, other_procedures=(ecthr,))
    assert f.status is FAIL, f.explanation
    assert f.unverified
    assert "exact wording" in f.advice


def test_reservation_applied_in_an_hrc_decision_cites_it():
    ecthr = procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 10, 1), decision_type=DecisionType.MERITS_JUDGMENT)
    f = hrc("same_matter.examined", state="FR", other_procedures=(ecthr,))
    assert f.status is FAIL and not f.unverified
    assert "Hebbadj v. France" in f.leading_case


# --- substantiation (§12): one article cited without facts ------------------------------------------


def test_one_article_cited_without_facts_is_a_warning_not_missing_information():
    """§12 outcomes: `warning` (... an article cited without facts ...); `needs_info` (empty facts).
    "Articles listed but not argued (no facts linked to them) are unsubstantiated." Input: HRC
    claims art. 21 (facts + evidence) and art. 26 (no facts). Expected: warning naming 26.
    Engine: needs_info."""
    claims = (Claim(Treaty.ICCPR, "21", "Detained for a rally.", ("Court decision",)), Claim(Treaty.ICCPR, "26", "", ()))
    f = hrc("substantiation", claims=claims)
    assert f.status is WARNING, f.explanation
    assert "26" in f.explanation


# --- the finding contract: advice on every non-pass finding (brief) --------------------------------


def test_personae_warning_for_a_legal_person_co_victim_gives_advice():
    """Brief: every non-pass finding carries advice. Input: HRC, author = victim, second victim a
    political party (natural_person=False). Finding competence.ratione_personae = warning.
    Expected: advice (e.g. drop the party, complain for its members). Engine: advice ''."""
    party = replace(VICTIM, person=person("Партия «Алга!»"), natural_person=False)
    f = hrc("competence.ratione_personae", victims=(VICTIM, party))
    assert f.status is WARNING
    assert f.advice.strip()


def test_personae_warning_for_generally_concerned_co_author_gives_advice():
    """Brief: advice on every non-pass finding. Input: HRC, lawyer with full authorisation; second
    victim only generally concerned (victim_effect general_concern). Finding = warning. Expected:
    advice. Engine: advice ''."""
    other = replace(VICTIM, person=person("Второй автор"), effect=VictimEffect.GENERAL_CONCERN)
    f = hrc(
        "competence.ratione_personae",
        author=Author(person=person("Айгуль Нурланова"), role=AuthorRole.LAWYER),
        authorisation=Authorisation(written=True, covers_this_complaint=True),
        victims=(VICTIM, other),
    )
    assert f.status is WARNING
    assert f.advice.strip()


def test_same_matter_pending_needs_info_gives_advice():
    """Brief: advice on every non-pass finding. Input: HRC, CAT procedure listed with status not
    given. Finding same_matter.pending = needs_info. Expected: advice (say whether it is pending,
    withdrawn or concluded). Engine: advice ''."""
    f = hrc("same_matter.pending", other_procedures=(procedure(ProcedureBody.CAT, status=None),))
    assert f.status is NEEDS_INFO
    assert f.advice.strip()


def test_delay_warning_when_remedies_are_excused_gives_advice():
    """Brief: advice on every non-pass finding. Input: HRC, only remedy an appeal not used for
    no_such_remedy (with facts). Finding delay = warning ("file promptly"). Expected: advice.
    Engine: advice ''."""
    excused = (unused(RemedyLevel.APPEAL, not_used_reason_type=NotUsedReason.NO_SUCH_REMEDY, not_used_reason="No appeal lies."),)
    f = hrc("delay", domestic_remedies=excused)
    assert f.status is WARNING
    assert f.advice.strip()


def test_cat_examined_partial_overlap_warning_gives_advice():
    """Brief: advice on every non-pass finding. Input: CAT, ECtHR merits judgment on the same facts
    but different rights (same_rights=False). Finding same_matter.examined = warning. Expected:
    advice (keep only claims not put to the Court). Engine: advice ''."""
    ecthr = procedure(ProcedureBody.ECTHR, ProcedureStatus.CONCLUDED, date_concluded=date(2013, 1, 10), decision_type=DecisionType.MERITS_JUDGMENT, same_rights=False)
    f = cat("same_matter.examined", other_procedures=(ecthr,))
    assert f.status is WARNING
    assert f.advice.strip()
