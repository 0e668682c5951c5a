"""Criteria shared by the bodies (rules/common.py): loci, personae, anonymity, same matter pending,
substantiation, abuse. Sections (§) are those of shared/domain/admissibility.md."""

from __future__ import annotations

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
    Event,
    Person,
    ProcedureBody,
    ProcedureStatus,
    StateControl,
    Treaty,
    Victim,
    VictimEffect,
    VictimStatus,
    WgadCategory,
    WgadGround,
)
from complaint_builder.rules.findings import Status
from tests.rules.conftest import (
    CAT_VICTIM,
    VICTIM,
    cat,
    hrc,
    finding,
    make_case,
    person,
    procedure,
    text_of,
    wgad,
)

PASS, FAIL, WARNING, NEEDS_INFO = Status.PASS, Status.FAIL, Status.WARNING, Status.NEEDS_INFO


def _event(control: StateControl | None, place: str = "Almaty") -> Event:
    return Event(date_from=date(2012, 4, 28), description="Detention.", place=place, state_control=control)


# --- §4 competence.ratione_loci ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("controls", "outcome", "words"),
    [
        ((StateControl.TERRITORY,), PASS, "territory"),
        ((StateControl.CUSTODY,), PASS, "custody"),
        ((StateControl.TERRITORY, StateControl.AGENTS_ABROAD), WARNING, "abroad"),
        ((StateControl.OCCUPIED_OR_DISPUTED,), WARNING, "occupied"),
        ((StateControl.TERRITORY, StateControl.NONE), WARNING, "control"),
        ((StateControl.NONE,), FAIL, "jurisdiction"),
        ((StateControl.NONE, StateControl.NONE), FAIL, "jurisdiction"),
        ((None,), NEEDS_INFO, "event"),
        ((), NEEDS_INFO, "events"),
    ],
    ids=[
        "on-kazakh-territory",
        "in-police-custody",
        "consulate-abroad-among-events",
        "occupied-or-disputed-territory",
        "one-event-outside-state-control",
        "private-persons-abroad-no-link",
        "all-events-abroad-no-link",
        "place-not-said",
        "no-events-described",
    ],
)
@pytest.mark.parametrize("body", [Body.HRC, Body.CAT], ids=["hrc", "cat"])
def test_ratione_loci_treaty_bodies(body, controls, outcome, words):
    events = tuple(_event(c) for c in controls)
    f = finding(make_case(body, events=events), "competence.ratione_loci")
    assert f.status is outcome
    assert words in text_of(f)


def test_ratione_loci_wgad_passes_whenever_the_state_holds_the_person():
    f = wgad("competence.ratione_loci", events=(_event(StateControl.NONE),))
    assert f.status is PASS
    assert "held" in text_of(f)


# --- §5 competence.ratione_personae --------------------------------------------------------------

NO_AUTH = Authorisation(written=False)
NO_AUTH_REASON = Authorisation(written=False, why_absent="He is held incommunicado; the family could not reach him.")
FULL_AUTH = Authorisation(written=True, signed_on=date(2013, 1, 10), covers_this_complaint=True)


def _victim(status: VictimStatus | None, **kw) -> Victim:
    return replace(VICTIM, status_now=status, **kw)


def _author(role: AuthorRole | None, link: str = "") -> Author:
    return Author(person=Person(name="Айгуль Нурланова"), role=role, link_to_victim=link)


PERSONAE_ROWS = [
    # (author role, authorisation, victims, outcome, words)
    (AuthorRole.VICTIM, Authorisation(), (VICTIM,), PASS, "author is the victim"),
    (AuthorRole.LAWYER, FULL_AUTH, (VICTIM,), PASS, "signed authorisation"),
    (AuthorRole.NGO, FULL_AUTH, (_victim(VictimStatus.DETAINED_REACHABLE),), PASS, "signed authorisation"),
    (AuthorRole.LAWYER, Authorisation(written=True, covers_this_complaint=None), (VICTIM,), WARNING, "covers this complaint"),
    (AuthorRole.LAWYER, Authorisation(written=True, covers_this_complaint=False), (VICTIM,), FAIL, "no authorisation covering"),
    (AuthorRole.LAWYER, NO_AUTH, (VICTIM,), FAIL, "cannot complain for a victim who can act"),
    (AuthorRole.NGO, NO_AUTH, (VICTIM,), FAIL, "cannot complain for a victim who can act"),
    (AuthorRole.NGO, NO_AUTH, (_victim(VictimStatus.DETAINED_REACHABLE),), FAIL, "no written authorisation"),
    (AuthorRole.RELATIVE, NO_AUTH, (VICTIM,), FAIL, "relative"),
    (AuthorRole.OTHER, NO_AUTH, (VICTIM,), FAIL, "third party"),
    (AuthorRole.LAWYER, NO_AUTH_REASON, (VICTIM,), WARNING, "concrete impediment"),
    (AuthorRole.RELATIVE, NO_AUTH_REASON, (_victim(VictimStatus.DEAD),), PASS, "relative acts for a victim who cannot act"),
    (AuthorRole.RELATIVE, NO_AUTH_REASON, (_victim(VictimStatus.DISAPPEARED),), PASS, "cannot act"),
    (AuthorRole.RELATIVE, NO_AUTH_REASON, (_victim(VictimStatus.INCOMMUNICADO),), PASS, "cannot act"),
    (AuthorRole.RELATIVE, NO_AUTH_REASON, (_victim(VictimStatus.MINOR),), PASS, "cannot act"),
    (AuthorRole.RELATIVE, NO_AUTH, (_victim(VictimStatus.DEAD),), WARNING, "no reason"),
    (AuthorRole.NGO, NO_AUTH_REASON, (_victim(VictimStatus.DISAPPEARED),), WARNING, "non-relative"),
    (AuthorRole.LAWYER, NO_AUTH, (_victim(VictimStatus.INCAPACITATED),), WARNING, "no reason"),
    (AuthorRole.VICTIM, Authorisation(), (_victim(VictimStatus.ALIVE_FREE, natural_person=False),), FAIL, "natural persons"),
    (AuthorRole.NGO, FULL_AUTH, (_victim(VictimStatus.ALIVE_FREE, natural_person=False),), FAIL, "company, ngo or party"),
    (AuthorRole.VICTIM, Authorisation(), (_victim(VictimStatus.ALIVE_FREE, effect=VictimEffect.GENERAL_CONCERN),), FAIL, "actio popularis"),
    (AuthorRole.VICTIM, Authorisation(), (_victim(VictimStatus.ALIVE_FREE, effect=VictimEffect.LAW_APPLIES_TO_VICTIM),), PASS, "victim"),
    (AuthorRole.VICTIM, Authorisation(), (_victim(VictimStatus.ALIVE_FREE, effect=VictimEffect.IMMINENT_PERSONAL),), PASS, "victim"),
    (
        AuthorRole.VICTIM,
        Authorisation(),
        (VICTIM, _victim(VictimStatus.ALIVE_FREE, effect=VictimEffect.GENERAL_CONCERN, person=person("Второй автор"))),
        WARNING,
        "not personally affected",
    ),
    (
        AuthorRole.LAWYER,
        FULL_AUTH,
        (VICTIM, _victim(VictimStatus.ALIVE_FREE, natural_person=False, person=person("Партия «Алга!»"))),
        WARNING,
        "legal persons",
    ),
    (None, Authorisation(), (VICTIM,), NEEDS_INFO, "who submits"),
    (AuthorRole.LAWYER, Authorisation(written=None), (VICTIM,), NEEDS_INFO, "written authorisation"),
    (AuthorRole.LAWYER, NO_AUTH, (_victim(None),), NEEDS_INFO, "present situation"),
    (AuthorRole.VICTIM, Authorisation(), (_victim(VictimStatus.ALIVE_FREE, effect=None),), NEEDS_INFO, "personally"),
    (AuthorRole.LAWYER, FULL_AUTH, (), NEEDS_INFO, "no victim"),
]
PERSONAE_IDS = [
    "victim-files-personally",
    "lawyer-with-authorisation-for-this-complaint",
    "ngo-with-authorisation-for-detainee",
    "authorisation-scope-not-confirmed",
    "authorisation-only-for-domestic-case",
    "lawyer-without-authorisation-victim-free",
    "ngo-without-authorisation-victim-free",
    "ngo-without-authorisation-detainee-reachable",
    "relative-for-adult-able-to-act",
    "other-person-without-authorisation",
    "lawyer-without-authorisation-reason-given-victim-reachable",
    "mother-for-dead-son-with-reason",
    "wife-for-disappeared-husband-with-reason",
    "brother-for-incommunicado-detainee-with-reason",
    "parent-for-minor-with-reason",
    "relative-for-dead-victim-no-reason",
    "ngo-for-disappeared-victim-with-reason",
    "lawyer-for-incapacitated-victim-no-reason",
    "company-as-only-victim",
    "party-represented-by-ngo",
    "general-concern-about-a-law",
    "law-in-force-applies-to-author",
    "imminent-personal-risk",
    "co-author-only-generally-concerned",
    "party-listed-beside-its-leader",
    "author-role-not-given",
    "authorisation-status-not-given",
    "no-authorisation-victim-situation-unknown",
    "effect-on-victim-not-given",
    "no-victim-named",
]


@pytest.mark.parametrize(("role", "auth", "victims", "outcome", "words"), PERSONAE_ROWS, ids=PERSONAE_IDS)
def test_ratione_personae_hrc(role, auth, victims, outcome, words):
    author = Author(person=VICTIM.person, role=role) if role is AuthorRole.VICTIM else _author(role)
    f = hrc("competence.ratione_personae", author=author, authorisation=auth, victims=victims)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


@pytest.mark.parametrize(
    ("role", "auth", "status", "outcome"),
    [
        (AuthorRole.LAWYER, FULL_AUTH, VictimStatus.DETAINED_REACHABLE, PASS),
        (AuthorRole.LAWYER, NO_AUTH, VictimStatus.DETAINED_REACHABLE, FAIL),
        (AuthorRole.RELATIVE, NO_AUTH, VictimStatus.ALIVE_FREE, FAIL),
        (AuthorRole.RELATIVE, NO_AUTH_REASON, VictimStatus.DEAD, PASS),
        (AuthorRole.RELATIVE, NO_AUTH_REASON, VictimStatus.INCOMMUNICADO, PASS),
    ],
    ids=[
        "cat-lawyer-with-authorisation",
        "cat-lawyer-without-authorisation-detainee-reachable",
        "cat-relative-for-adult-able-to-act",
        "cat-mother-for-victim-died-in-custody",
        "cat-relative-for-incommunicado-detainee",
    ],
)
def test_ratione_personae_cat(role, auth, status, outcome):
    f = cat(
        "competence.ratione_personae",
        author=_author(role),
        authorisation=auth,
        victims=(replace(CAT_VICTIM, status_now=status),),
    )
    assert f.status is outcome, f.explanation


@pytest.mark.parametrize(
    ("author", "auth", "outcome"),
    [
        (Author(person=Person(name="Серик Абдрахманов"), role=AuthorRole.VICTIM), Authorisation(), PASS),
        (Author(organisation="Kazakhstan Bureau for Human Rights", role=AuthorRole.NGO), FULL_AUTH, PASS),
        (Author(organisation="Kazakhstan Bureau for Human Rights", role=AuthorRole.NGO), NO_AUTH_REASON, PASS),
        (Author(organisation="Kazakhstan Bureau for Human Rights", role=AuthorRole.NGO), NO_AUTH, WARNING),
        (Author(role=AuthorRole.NGO), FULL_AUTH, NEEDS_INFO),
    ],
    ids=[
        "detainee-submits",
        "ngo-with-consent",
        "ngo-explains-why-no-consent",
        "ngo-without-consent-of-detainee-or-family",
        "source-not-named",
    ],
)
def test_ratione_personae_wgad_open_standing(author, auth, outcome):
    f = wgad("competence.ratione_personae", author=author, authorisation=auth)
    assert f.status is outcome
    assert f.status is not FAIL


# --- §6 anonymity --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("author", "victims", "confidential", "outcome", "words"),
    [
        (Author(person=VICTIM.person, role=AuthorRole.VICTIM), (VICTIM,), False, PASS, "identified"),
        (Author(person=VICTIM.person, role=AuthorRole.VICTIM), (VICTIM,), True, PASS, "confidentiality"),
        (Author(organisation="Kazakhstan Bureau for Human Rights", role=AuthorRole.NGO), (VICTIM,), False, PASS, "identified"),
        (Author(role=AuthorRole.VICTIM), (), False, NEEDS_INFO, "anonymous"),
        (Author(person=Person(name="   "), role=AuthorRole.LAWYER), (VICTIM,), False, NEEDS_INFO, "author's name"),
        (Author(person=Person(name="Айгуль Нурланова"), role=AuthorRole.LAWYER), (replace(VICTIM, person=Person()),), False, NEEDS_INFO, "victim's name"),
        (Author(person=Person(name="Айгуль Нурланова"), role=AuthorRole.LAWYER), (), False, NEEDS_INFO, "victim"),
    ],
    ids=[
        "author-and-victim-named",
        "named-but-confidentiality-requested",
        "ngo-named-as-author",
        "anonymous-author",
        "blank-author-name",
        "victim-without-name",
        "no-victim-listed",
    ],
)
@pytest.mark.parametrize("body", [Body.HRC, Body.CAT, Body.WGAD], ids=["hrc", "cat", "wgad"])
def test_anonymity(body, author, victims, confidential, outcome, words):
    case = make_case(body, author=author, victims=victims, confidentiality_requested=confidential)
    f = finding(case, "anonymity")
    assert f.status is outcome
    assert words in text_of(f)
    assert f.status is not FAIL or outcome is FAIL


# --- §9 same_matter.pending ----------------------------------------------------------------------

FILED = date(2013, 2, 1)

PENDING_ROWS = [
    ((), True, PASS, "no other international procedure"),
    ((), False, NEEDS_INFO, "another international body"),
    ((procedure(ProcedureBody.CAT),), True, FAIL, "committee against torture is examining"),
    ((procedure(ProcedureBody.ECTHR),), True, FAIL, "european court"),
    ((procedure(ProcedureBody.CEDAW),), True, FAIL, "cedaw"),
    ((procedure(ProcedureBody.IACHR),), True, FAIL, "inter-american commission"),
    (
        (procedure(ProcedureBody.CAT, ProcedureStatus.WITHDRAWN, withdrawal_requested_on=date(2013, 1, 5)),),
        True,
        FAIL,
        "struck out",
    ),
    (
        (
            procedure(
                ProcedureBody.CAT,
                ProcedureStatus.WITHDRAWN,
                withdrawal_requested_on=date(2013, 1, 5),
                struck_out_on=date(2013, 3, 1),
            ),
        ),
        True,
        FAIL,
        "withdrawal request",
    ),
    (
        (
            procedure(
                ProcedureBody.CAT,
                ProcedureStatus.WITHDRAWN,
                withdrawal_requested_on=date(2012, 12, 1),
                struck_out_on=date(2013, 1, 20),
            ),
        ),
        True,
        PASS,
        "no other international procedure is examining",
    ),
    (
        (procedure(ProcedureBody.CAT, ProcedureStatus.CONCLUDED, date_concluded=date(2012, 12, 1)),),
        True,
        PASS,
        "no other international procedure is examining",
    ),
    ((procedure(ProcedureBody.WGAD),), True, WARNING, "wgad"),
    ((procedure(ProcedureBody.WGEID),), True, PASS, "does not count"),
    ((procedure(ProcedureBody.SPECIAL_RAPPORTEUR),), True, PASS, "does not count"),
    ((procedure(ProcedureBody.HRC_COMPLAINT_PROCEDURE),), True, PASS, "does not count"),
    ((procedure(ProcedureBody.CAT, same_rights=False),), True, WARNING, "different rights"),
    ((procedure(ProcedureBody.CAT, same_facts=False),), True, PASS, "no other international procedure"),
    ((procedure(ProcedureBody.CAT, same_author=False),), True, PASS, "no other international procedure"),
    ((procedure(ProcedureBody.CAT, status=None),), True, NEEDS_INFO, "pending, withdrawn or concluded"),
    ((procedure(ProcedureBody.ECTHR, same_facts=None),), True, NEEDS_INFO, "same victim and facts"),
    ((procedure(ProcedureBody.OTHER),), True, WARNING, "check whether"),
    ((procedure(ProcedureBody.WGAD), procedure(ProcedureBody.ECTHR)), True, FAIL, "european court"),
]
PENDING_IDS = [
    "nothing-elsewhere-question-answered",
    "other-procedures-question-not-answered",
    "same-torture-facts-pending-before-cat",
    "pending-before-ecthr",
    "pending-before-cedaw",
    "pending-before-iachr",
    "withdrawal-requested-no-strike-out",
    "struck-out-only-after-filing",
    "struck-out-before-filing",
    "cat-concluded-before-filing",
    "wgad-opinion-pending",
    "wgeid-file-open",
    "special-rapporteur-letter",
    "council-complaint-procedure",
    "partial-overlap-different-rights",
    "different-facts-same-victim",
    "different-author",
    "status-not-given",
    "same-facts-not-said",
    "unlisted-international-body",
    "wgad-and-ecthr-both-pending",
]


@pytest.mark.parametrize(("procedures", "answered", "outcome", "words"), PENDING_ROWS, ids=PENDING_IDS)
def test_same_matter_pending_hrc(procedures, answered, outcome, words):
    f = hrc("same_matter.pending", other_procedures=procedures, other_procedures_answered=answered)
    assert f.status is outcome, f.explanation
    assert words in text_of(f)


@pytest.mark.parametrize(
    ("procedures", "outcome"),
    [
        ((procedure(ProcedureBody.HRC),), FAIL),
        ((procedure(ProcedureBody.ECTHR, ProcedureStatus.WITHDRAWN, withdrawal_requested_on=date(2013, 4, 1)),), FAIL),
        ((procedure(ProcedureBody.WGAD),), WARNING),
        ((procedure(ProcedureBody.WGEID),), PASS),
        ((procedure(ProcedureBody.CAT),), WARNING),
    ],
    ids=[
        "same-torture-facts-pending-before-hrc",
        "ecthr-withdrawal-requested-not-struck-out",
        "wgad-pending",
        "wgeid-pending",
        "cat-already-has-it-registered",
    ],
)
def test_same_matter_pending_cat(procedures, outcome):
    assert cat("same_matter.pending", other_procedures=procedures).status is outcome


@pytest.mark.parametrize(
    ("procedures", "outcome"),
    [
        ((), PASS),
        ((procedure(ProcedureBody.HRC),), WARNING),
        ((procedure(ProcedureBody.ECTHR),), WARNING),
        ((procedure(ProcedureBody.WGEID),), PASS),
    ],
    ids=["nothing-elsewhere", "detention-pending-before-hrc", "detention-pending-before-ecthr", "wgeid-file"],
)
def test_same_matter_pending_wgad_is_never_a_bar(procedures, outcome):
    f = wgad("same_matter.pending", other_procedures=procedures)
    assert f.status is outcome
    assert f.status is not FAIL


def test_withdrawal_advice_says_strike_out_is_what_cures_the_bar():
    proc = procedure(ProcedureBody.ECTHR, ProcedureStatus.WITHDRAWN, withdrawal_requested_on=date(2013, 1, 5))
    f = hrc("same_matter.pending", other_procedures=(proc,))
    assert f.status is FAIL
    assert "strike-out" in f.advice.lower()
    assert "Abichou" in f.leading_case


# --- §12 substantiation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims", "outcome", "words"),
    [
        ((Claim(Treaty.ICCPR, "21", "Detained for a rally.", ("Court decision",)),), PASS, "evidence"),
        ((Claim(Treaty.ICCPR, "21", "Detained for a rally.", ()),), WARNING, "21"),
        ((Claim(Treaty.ICCPR, "21", "Detained for a rally.", ("  ",)),), WARNING, "no evidence"),
        (
            (Claim(Treaty.ICCPR, "21", "Detained.", ("Decision",)), Claim(Treaty.ICCPR, "26", "Discrimination.", ())),
            WARNING,
            "26",
        ),
        ((Claim(Treaty.ICCPR, "14", "", ("Judgment",)),), NEEDS_INFO, "14"),
        ((Claim(Treaty.ICCPR, "14", "   ", ()),), NEEDS_INFO, "no facts"),
        ((), NEEDS_INFO, "no claim"),
    ],
    ids=[
        "facts-and-evidence",
        "claim-without-evidence",
        "blank-evidence-line",
        "article-26-listed-without-evidence",
        "article-cited-without-facts",
        "blank-facts",
        "no-claims-yet",
    ],
)
def test_substantiation_hrc_flags_but_never_fails(claims, outcome, words):
    f = hrc("substantiation", claims=claims)
    assert f.status is outcome
    assert words in text_of(f)


def test_substantiation_cat_reads_only_convention_claims():
    iccpr_only = (Claim(Treaty.ICCPR, "7", "Beaten.", ("Report",)),)
    assert cat("substantiation", claims=iccpr_only).status is NEEDS_INFO
    assert cat("substantiation").status is PASS


@pytest.mark.parametrize(
    ("events", "grounds", "outcome"),
    [
        (None, None, PASS),
        ((Event(date_from=date(2012, 1, 28), state_control=StateControl.CUSTODY),), (), NEEDS_INFO),
        ((Event(date_from=date(2012, 1, 28), state_control=StateControl.CUSTODY),), (WgadGround(WgadCategory.II, "Rally."),), PASS),
    ],
    ids=["arrest-described", "nothing-described", "only-category-facts"],
)
def test_substantiation_wgad(events, grounds, outcome):
    overrides = {}
    if events is not None:
        overrides["events"] = events
    if grounds is not None:
        overrides["wgad_grounds"] = grounds
    assert wgad("substantiation", **overrides).status is outcome


# --- §13 abuse ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confirmations", "outcome"),
    [
        (Confirmations(True, True, True), PASS),
        (Confirmations(True, False, True), WARNING),
        (Confirmations(False, True, True), WARNING),
        (Confirmations(True, True, False), WARNING),
        (Confirmations(False, False, False), WARNING),
        (Confirmations(True, True, None), NEEDS_INFO),
        (Confirmations(), NEEDS_INFO),
    ],
    ids=[
        "all-confirmed",
        "parallel-complaint-not-disclosed",
        "facts-not-confirmed-true",
        "insulting-language",
        "nothing-confirmed-negative",
        "language-not-yet-confirmed",
        "no-confirmations",
    ],
)
@pytest.mark.parametrize("body", [Body.HRC, Body.CAT], ids=["hrc", "cat"])
def test_abuse_never_fails_automatically(body, confirmations, outcome):
    f = finding(make_case(body, confirmations=confirmations), "abuse")
    assert f.status is outcome
    assert f.status is not FAIL


def test_abuse_warning_names_hidden_parallel_complaints():
    f = hrc("abuse", confirmations=Confirmations(True, False, True))
    assert "parallel" in text_of(f)
