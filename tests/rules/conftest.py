"""Case builders for the rule tests.

``make_case(body, **overrides)`` starts from a baseline Kazakhstan case that every rule of that body
finds admissible, then changes only the facts a test is about (``dataclasses.replace``). Dates are
passed in: ``assess(case)`` judges the case on its own ``submission_date`` unless ``as_of`` is given,
so no test reads the clock.

The baselines follow the seed scenarios of ``shared/domain/seed-kazakhstan.md`` §5:
HRC — participant in the "rally of dissenters" of 28 April 2012 (arts 9, 19, 21);
CAT — oil worker beaten in Zhanaozen police custody, prosecutor refused to investigate;
WGAD — administrative detention after the Almaty rally of 28 January 2012 (category II).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from complaint_builder.domain.case import (
    Author,
    AuthorRole,
    Authorisation,
    Body,
    Case,
    Claim,
    Confirmations,
    Detention,
    DetentionType,
    DomesticRemedy,
    Event,
    LegalBasisKind,
    OtherProcedure,
    Person,
    ProcedureStatus,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    StateControl,
    Treaty,
    Victim,
    VictimEffect,
    VictimStatus,
    WgadCategory,
    WgadGround,
)
from complaint_builder.rules import engine
from complaint_builder.rules.findings import Assessment, Finding

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
README = Path("/work/shared/domain/README.md")

# Kazakhstan (seed-kazakhstan.md §1; states.csv row KZ).
KZ_OP1_IN_FORCE = date(2009, 9, 30)
KZ_CAT_IN_FORCE = date(1998, 9, 25)  # deposit 26 Aug 1998 + 30 days (CAT art. 27(2))
KZ_ART22 = date(2008, 2, 21)

HRC_FILED = date(2013, 2, 1)
CAT_FILED = date(2013, 5, 15)
WGAD_FILED = date(2012, 2, 5)

# The last ordinary decision of the HRC baseline: the delay clock starts here (§11).
HRC_FINAL_DECISION = date(2012, 5, 10)


def person(name: str) -> Person:
    return Person(name=name, nationality="Kazakhstan")


VICTIM_NAME = "Нурлан Есенов"
VICTIM = Victim(person=person(VICTIM_NAME), status_now=VictimStatus.ALIVE_FREE, effect=VictimEffect.ACTUAL)

ALL_CONFIRMED = Confirmations(facts_true=True, all_procedures_disclosed=True, respectful_language=True)


def remedy(**overrides) -> DomesticRemedy:
    """Return an ordinary remedy decided against the author, with ``overrides`` applied."""
    base = DomesticRemedy(
        kind=RemedyKind.ORDINARY,
        level=RemedyLevel.APPEAL,
        authority="Almaty City Court",
        date_filed=date(2012, 4, 30),
        date_decided=HRC_FINAL_DECISION,
        outcome=RemedyOutcome.DISMISSED,
        final=True,
        raised_in_substance=True,
    )
    return replace(base, **overrides)


def unused(level: RemedyLevel = RemedyLevel.CASSATION, **overrides) -> DomesticRemedy:
    """Return a remedy that was open but not used (no dates), with ``overrides`` applied."""
    base = DomesticRemedy(
        kind=RemedyKind.ORDINARY,
        level=level,
        authority="",
        outcome=RemedyOutcome.NOT_USED,
    )
    return replace(base, **overrides)


def procedure(body, status=ProcedureStatus.PENDING, **overrides) -> OtherProcedure:
    """Return another international procedure on the same victim, facts and rights."""
    base = OtherProcedure(
        body=body,
        reference="No. 1/2013",
        date_filed=date(2012, 9, 1),
        status=status,
        same_author=True,
        same_facts=True,
        same_rights=True,
    )
    return replace(base, **overrides)


HRC_REMEDIES = (
    remedy(
        level=RemedyLevel.FIRST_INSTANCE,
        authority="Specialised administrative court of Almaty",
        date_filed=date(2012, 4, 28),
        date_decided=date(2012, 4, 28),
        final=False,
    ),
    remedy(),
)

HRC_BASE = Case(
    title="Rally of dissenters, 28 April 2012",
    body=Body.HRC,
    state="KZ",
    submission_date=HRC_FILED,
    author=Author(person=person(VICTIM_NAME), role=AuthorRole.VICTIM),
    victims=(VICTIM,),
    events=(
        Event(
            date_from=date(2012, 4, 28),
            date_to=date(2012, 5, 3),
            description="Detained for five days for taking part in a peaceful rally in Almaty.",
            place="Almaty",
            state_control=StateControl.CUSTODY,
        ),
    ),
    claims=(
        Claim(Treaty.ICCPR, "21", "Detention for a peaceful assembly.", ("Court decision of 28 April 2012",)),
        Claim(Treaty.ICCPR, "19", "Sanction for a banner.", ("Court decision of 28 April 2012",)),
        Claim(Treaty.ICCPR, "9(1)", "Five days' detention.", ("Release certificate of 3 May 2012",)),
    ),
    domestic_remedies=HRC_REMEDIES,
    remedies_answered=True,
    other_procedures_answered=True,
    confirmations=ALL_CONFIRMED,
)

CAT_VICTIM = Victim(
    person=person("Ерлан Сагинтаев"), status_now=VictimStatus.DETAINED_REACHABLE, effect=VictimEffect.ACTUAL
)

CAT_REMEDIES = (
    remedy(
        level=RemedyLevel.CRIMINAL_COMPLAINT,
        authority="Mangistau regional prosecutor (CC art. 347-1)",
        date_filed=date(2012, 1, 10),
        date_decided=date(2012, 2, 10),
        final=False,
    ),
    remedy(
        level=RemedyLevel.PROSECUTOR,
        authority="Prosecutor General's Office",
        date_filed=date(2012, 2, 20),
        date_decided=date(2012, 4, 2),
        final=False,
    ),
    remedy(
        level=RemedyLevel.COURT_CHALLENGE_OF_REFUSAL,
        authority="Aktau City Court",
        date_filed=date(2012, 4, 15),
        date_decided=date(2012, 5, 20),
        final=True,
    ),
)

CAT_BASE = Case(
    title="Oil worker beaten in police custody",
    body=Body.CAT,
    state="KZ",
    submission_date=CAT_FILED,
    author=Author(person=person("Айгуль Нурланова"), role=AuthorRole.LAWYER, link_to_victim="defence lawyer"),
    victims=(CAT_VICTIM,),
    authorisation=Authorisation(written=True, signed_on=date(2013, 2, 1), covers_this_complaint=True),
    events=(
        Event(
            date_from=date(2011, 12, 17),
            date_to=date(2011, 12, 19),
            description="Beaten and suffocated in police custody to obtain a confession.",
            place="Zhanaozen city police department",
            state_control=StateControl.CUSTODY,
        ),
    ),
    claims=(
        Claim(Treaty.CAT, "1", "Beatings and suffocation in custody.", ("Forensic report of 21 December 2011",)),
        Claim(Treaty.CAT, "12", "No prompt investigation.", ("Prosecutor's refusal of 10 February 2012",)),
    ),
    domestic_remedies=CAT_REMEDIES,
    remedies_answered=True,
    other_procedures_answered=True,
    confirmations=ALL_CONFIRMED,
)

WGAD_BASE = Case(
    title="Almaty rally of 28 January 2012: administrative detention",
    body=Body.WGAD,
    state="KZ",
    submission_date=WGAD_FILED,
    author=Author(person=person("Серик Абдрахманов"), role=AuthorRole.VICTIM),
    victims=(Victim(person=person("Серик Абдрахманов"), status_now=VictimStatus.ALIVE_FREE),),
    events=(
        Event(
            date_from=date(2012, 1, 28),
            continuing=True,
            description="Arrested at a peaceful rally; 15 days of administrative detention.",
            place="Almaty",
            state_control=StateControl.CUSTODY,
        ),
    ),
    detention=Detention(
        deprived_of_liberty=True,
        detention_type=DetentionType.ADMINISTRATIVE,
        start=date(2012, 1, 28),
        released=False,
        place="Almaty special detention centre",
        legal_basis_kind=LegalBasisKind.STATED,
        legal_basis_given="Code of Administrative Offences, art. 373",
    ),
    wgad_grounds=(WgadGround(WgadCategory.II, "Detained solely for taking part in a peaceful assembly."),),
    domestic_remedies=(remedy(date_filed=date(2012, 1, 30), date_decided=date(2012, 2, 2)),),
    remedies_answered=True,
    other_procedures_answered=True,
    confirmations=ALL_CONFIRMED,
)

BASELINES = {Body.HRC: HRC_BASE, Body.CAT: CAT_BASE, Body.WGAD: WGAD_BASE}


def make_case(body: Body = Body.HRC, **overrides) -> Case:
    """Return the admissible baseline case for ``body`` with ``overrides`` replaced."""
    return replace(BASELINES[body], **overrides)


def assess(case: Case, body: Body | None = None, as_of: date | None = None) -> Assessment:
    """Judge ``case`` before ``body`` (default: its own) on ``as_of`` (default: its submission date)."""
    body = body or case.body
    return engine.assess(case, body, as_of or case.submission_date)


def finding(case: Case, criterion: str, body: Body | None = None, as_of: date | None = None) -> Finding:
    """Return the one finding on ``criterion``."""
    result = assess(case, body, as_of).finding(criterion)
    assert result is not None, f"no finding on {criterion}"
    return result


def hrc(criterion: str, as_of: date | None = None, **overrides) -> Finding:
    return finding(make_case(Body.HRC, **overrides), criterion, Body.HRC, as_of)


def cat(criterion: str, as_of: date | None = None, **overrides) -> Finding:
    return finding(make_case(Body.CAT, **overrides), criterion, Body.CAT, as_of)


def wgad(criterion: str, as_of: date | None = None, **overrides) -> Finding:
    return finding(make_case(Body.WGAD, **overrides), criterion, Body.WGAD, as_of)


def text_of(f: Finding) -> str:
    """Return everything a user reads in a finding, lower-cased."""
    return " ".join((f.explanation, f.advice, f.leading_case, f.source)).lower()
