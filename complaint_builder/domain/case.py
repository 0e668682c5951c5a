"""The case model: typed, immutable facts about one communication.

Field names follow ``shared/domain/admissibility.md`` §1 ("Common inputs"), so that each rule can be
read against the reference. The model holds facts only; legal conclusions live in ``rules/``.
A field left ``None`` means "not answered yet" — rules turn that into ``needs_info``, never into a
silent ``pass``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

SCHEMA_VERSION = 1

# Length limits shared by the JSON Schema, the web forms and the request-size guard.
SHORT_TEXT = 200
MEDIUM_TEXT = 2_000
LONG_TEXT = 20_000
MAX_ROWS = 100
# Plausible dates for facts, decisions and filings; also keeps date arithmetic (5-year limits) in range.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class Body(StrEnum):
    HRC = "hrc"
    CAT = "cat"
    WGAD = "wgad"


class Treaty(StrEnum):
    ICCPR = "iccpr"
    CAT = "cat"
    UDHR = "udhr"  # WGAD category II relies on the UDHR where the State is not an ICCPR party


class AuthorRole(StrEnum):
    VICTIM = "victim"
    LAWYER = "lawyer"
    NGO = "ngo"
    RELATIVE = "relative"
    OTHER = "other"


class VictimStatus(StrEnum):
    """Where the victim stands now: decides whether a third party may act without authorisation."""

    ALIVE_FREE = "alive_free"
    DETAINED_REACHABLE = "detained_reachable"
    INCOMMUNICADO = "incommunicado"
    DISAPPEARED = "disappeared"
    DEAD = "dead"
    MINOR = "minor"
    INCAPACITATED = "incapacitated"


class VictimEffect(StrEnum):
    """How the act, law or omission touches the victim (admissibility.md §1, ``victim_effect``)."""

    ACTUAL = "actual"
    IMMINENT_PERSONAL = "imminent_personal"
    LAW_APPLIES_TO_VICTIM = "law_applies_to_victim"
    GENERAL_CONCERN = "general_concern"


class StateControl(StrEnum):
    TERRITORY = "territory"
    CUSTODY = "custody"
    AGENTS_ABROAD = "agents_abroad"
    OCCUPIED_OR_DISPUTED = "occupied_or_disputed"
    NONE = "none"


class PostAnchorKind(StrEnum):
    """What an event after the treaty date is, for ratione temporis (admissibility.md §2)."""

    NEW_ACT_ON_VICTIM = "new_act_on_victim"
    CONTINUING_SITUATION = "continuing_situation"
    PROCEEDINGS_ON_MERITS = "proceedings_on_merits"
    REMEDY_REFUSAL = "remedy_refusal"
    GENERAL_LEGISLATION = "general_legislation"
    CONSEQUENCE_ONLY = "consequence_only"
    DISAPPEARANCE_CONCEALED = "disappearance_concealed"


class RemedyLevel(StrEnum):
    FIRST_INSTANCE = "first_instance"
    APPEAL = "appeal"
    CASSATION = "cassation"
    SUPREME_COURT = "supreme_court"
    SUPERVISORY = "supervisory"
    PROSECUTOR = "prosecutor"
    PROSECUTOR_REVIEW_PETITION = "prosecutor_review_petition"
    CRIMINAL_COMPLAINT = "criminal_complaint"
    COURT_CHALLENGE_OF_REFUSAL = "court_challenge_of_refusal"
    ADMINISTRATIVE = "administrative"
    CIVIL = "civil"
    CONSTITUTIONAL = "constitutional"
    OMBUDSMAN = "ombudsman"
    OTHER = "other"


class RemedyKind(StrEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY_DISCRETIONARY = "extraordinary_discretionary"
    NON_JUDICIAL = "non_judicial"
    HUMANITARIAN_DISCRETIONARY = "humanitarian_discretionary"


class RemedyOutcome(StrEnum):
    PENDING = "pending"
    DISMISSED = "dismissed"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    NOT_USED = "not_used"
    LOST_BY_DEFAULT = "lost_by_default"


class NotUsedReason(StrEnum):
    """Why a remedy was not used (admissibility.md §8). The first group can excuse; the rest cannot."""

    NO_SUCH_REMEDY = "no_such_remedy"
    NO_SUSPENSIVE_EFFECT = "no_suspensive_effect"
    SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE = "settled_adverse_case_law_same_issue"
    CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES = "consistent_adverse_practice_similar_cases"
    UNAFFORDABLE_FEE_NO_LEGAL_AID = "unaffordable_fee_no_legal_aid"
    REPRISALS_SUBSTANTIATED = "reprisals_substantiated"
    PROLONGED = "prolonged"
    STATE_DUTY_EX_OFFICIO = "state_duty_ex_officio"
    OBJECTIVE_IMPEDIMENT = "objective_impediment"
    UNLIKELY_EFFECTIVE_RELIEF = "unlikely_effective_relief"
    GENERAL_DOUBTS = "general_doubts"
    COST_IN_GENERAL = "cost_in_general"
    COUNSEL_ERROR = "counsel_error"
    MISTAKEN_BELIEF = "mistaken_belief"
    LACK_OF_AWARENESS = "lack_of_awareness"
    NONE = "none"


class SuspensiveEffect(StrEnum):
    AUTOMATIC = "automatic"
    ON_REQUEST = "on_request"
    NONE = "none"


class ProcedureBody(StrEnum):
    """Other international procedures. Which ones count as "another procedure" is a rule (§9)."""

    HRC = "hrc"
    CAT = "cat"
    CEDAW = "cedaw"
    CERD = "cerd"
    CRPD = "crpd"
    CED = "ced"
    CRC = "crc"
    CESCR = "cescr"
    CMW = "cmw"
    ECTHR = "ecthr"
    IACHR = "iachr"
    IACTHR = "iacthr"
    ACHPR = "achpr"
    AFCHPR = "afchpr"
    WGAD = "wgad"
    WGEID = "wgeid"
    SPECIAL_RAPPORTEUR = "special_rapporteur"
    HRC_COMPLAINT_PROCEDURE = "hrc_complaint_procedure"
    OTHER = "other"


class ProcedureStatus(StrEnum):
    PENDING = "pending"
    WITHDRAWN = "withdrawn"
    CONCLUDED = "concluded"


class DecisionType(StrEnum):
    """How another body ended a case (admissibility.md §10)."""

    MERITS_JUDGMENT = "merits_judgment"
    INADMISSIBLE_MERITS_BASED = "inadmissible_merits_based"
    INADMISSIBLE_PROCEDURAL = "inadmissible_procedural"
    SINGLE_JUDGE_UNREASONED = "single_judge_unreasoned"
    STRUCK_OUT = "struck_out"
    UNKNOWN = "unknown"


class DetentionType(StrEnum):
    ARREST = "arrest"
    PRETRIAL = "pretrial"
    POST_CONVICTION = "post_conviction"
    ADMINISTRATIVE = "administrative"
    HOUSE_ARREST = "house_arrest"
    PSYCHIATRIC = "psychiatric"
    IMMIGRATION = "immigration"
    OTHER = "other"


class LegalBasisKind(StrEnum):
    """The basis the authorities gave for the detention (WGAD category I, §14)."""

    STATED = "stated"
    NONE = "none"
    EXPIRED = "expired"  # kept after the sentence was served
    AMNESTY = "amnesty"  # kept despite an amnesty


class WgadCategory(StrEnum):
    I = "I"  # noqa: E741 - the WGAD's own numbering
    II = "II"
    III = "III"
    IV = "IV"
    V = "V"


class HarmKind(StrEnum):
    """Risk of irreparable harm that calls for interim measures / urgent action."""

    IMMINENT_TORTURE = "imminent_torture"
    REMOVAL = "removal"  # extradition, deportation, expulsion
    HEALTH_IN_DETENTION = "health_in_detention"
    EXECUTION = "execution"
    THREAT_TO_LIFE = "threat_to_life"
    OTHER = "other"


class Art22Status(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Person:
    name: str = ""
    nationality: str = ""
    date_of_birth: date | None = None
    place_of_birth: str = ""
    sex: str = ""
    id_document: str = ""
    address: str = ""
    confidential_address: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""  # for counsel: law firm or NGO


@dataclass(frozen=True, slots=True)
class Author:
    person: Person = field(default_factory=Person)
    role: AuthorRole | None = None
    organisation: str = ""
    link_to_victim: str = ""  # "mother", "defence lawyer", "NGO assisting the family"


@dataclass(frozen=True, slots=True)
class Victim:
    person: Person = field(default_factory=Person)
    status_now: VictimStatus | None = None
    effect: VictimEffect | None = VictimEffect.ACTUAL
    natural_person: bool = True
    whereabouts: str = ""  # present address, or place of detention


@dataclass(frozen=True, slots=True)
class Authorisation:
    """Written authorisation of the victim for a representative (admissibility.md §5)."""

    written: bool | None = None
    signed_on: date | None = None
    covers_this_complaint: bool | None = None  # not only the domestic case
    why_absent: str = ""  # why it could not be obtained (incommunicado, death, disappearance)


@dataclass(frozen=True, slots=True)
class Event:
    date_from: date | None = None
    date_to: date | None = None
    description: str = ""
    place: str = ""
    state_control: StateControl | None = StateControl.TERRITORY
    continuing: bool = False
    post_anchor_kind: PostAnchorKind | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    treaty: Treaty = Treaty.ICCPR
    article: str = ""  # "7", "14(3)(g)", "9(1)"
    facts: str = ""
    evidence: tuple[str, ...] = ()
    jurisprudence: str = ""  # Committee case law the author relies on for this article


@dataclass(frozen=True, slots=True)
class DomesticRemedy:
    kind: RemedyKind = RemedyKind.ORDINARY
    level: RemedyLevel = RemedyLevel.OTHER
    authority: str = ""  # "Mangistau Regional Court", "Prosecutor of Aktau (CC art. 347-1)"
    date_filed: date | None = None
    date_decided: date | None = None
    outcome: RemedyOutcome | None = None
    final: bool | None = None  # no further ordinary remedy lies against this decision
    claims: tuple[str, ...] = ()  # articles raised in it; empty: all claims
    raised_in_substance: bool | None = None  # the Covenant / Convention issue was put to it
    not_used_reason_type: NotUsedReason | None = None
    not_used_reason: str = ""
    suspensive_effect: SuspensiveEffect | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class OtherProcedure:
    body: ProcedureBody = ProcedureBody.OTHER
    reference: str = ""
    date_filed: date | None = None
    status: ProcedureStatus | None = None
    withdrawal_requested_on: date | None = None
    struck_out_on: date | None = None
    date_concluded: date | None = None
    decision_type: DecisionType | None = None
    same_author: bool | None = None  # same author / victim
    same_facts: bool | None = None
    same_rights: bool | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Detention:
    """Deprivation of liberty, for the WGAD (questionnaire §§2-3)."""

    deprived_of_liberty: bool | None = None  # False: no arrest or detention at all (WGAD has no mandate)
    detention_type: DetentionType | None = None
    start: date | None = None
    end: date | None = None
    released: bool | None = None
    arrest_place: str = ""
    warrant_shown: bool | None = None  # a warrant or other decision of a public authority was shown
    warrant_authority: str = ""
    place: str = ""
    authority: str = ""  # who ordered / holds the person
    legal_basis_kind: LegalBasisKind | None = None
    legal_basis_given: str = ""  # the provisions and reasons the authorities gave


@dataclass(frozen=True, slots=True)
class WgadGround:
    category: WgadCategory = WgadCategory.I
    facts: str = ""


@dataclass(frozen=True, slots=True)
class UrgentRisk:
    """A risk of irreparable harm: triggers interim measures (HRC r. 94 / CAT r. 114) or urgent action."""

    kind: HarmKind = HarmKind.OTHER
    description: str = ""
    by_date: date | None = None  # flight, hearing, the order becoming final
    measure_requested: str = ""


@dataclass(frozen=True, slots=True)
class Confirmations:
    """The author's confirmations behind the ``abuse`` criterion (admissibility.md §13)."""

    facts_true: bool | None = None
    all_procedures_disclosed: bool | None = None
    respectful_language: bool | None = None


@dataclass(frozen=True, slots=True)
class StateDataOverride:
    """Treaty facts the lawyer has checked (e.g. on the UN Treaty Collection), overriding our data."""

    op1_in_force: date | None = None
    cat_art22: Art22Status | None = None
    cat_art22_declaration_date: date | None = None
    reservation_same_matter: bool | None = None
    checked_source: str = ""  # where it was checked: "UNTC IV-9, viewed 2026-11-20"


@dataclass(frozen=True, slots=True)
class Case:
    title: str = ""
    body: Body | None = None
    state: str = ""  # ISO 3166-1 alpha-2
    submission_date: date | None = None  # None: today
    languages: tuple[str, ...] = ("en",)
    author: Author = field(default_factory=Author)
    victims: tuple[Victim, ...] = ()
    authorisation: Authorisation = field(default_factory=Authorisation)
    counsel: Person | None = None
    confidentiality_requested: bool = False
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    domestic_remedies: tuple[DomesticRemedy, ...] = ()
    remedies_answered: bool = False  # the user went through the remedies question (even if none)
    other_procedures: tuple[OtherProcedure, ...] = ()
    other_procedures_answered: bool = False
    detention: Detention | None = None
    wgad_grounds: tuple[WgadGround, ...] = ()
    delay_reasons: str = ""
    urgent_risk: UrgentRisk | None = None
    remedies_sought: str = ""
    signing_place: str = ""
    confirmations: Confirmations = field(default_factory=Confirmations)
    state_override: StateDataOverride | None = None
    schema_version: int = SCHEMA_VERSION

    @property
    def author_is_victim(self) -> bool:
        return self.author.role is AuthorRole.VICTIM

    def claims_under(self, treaty: Treaty) -> tuple[Claim, ...]:
        """Return the claims invoking ``treaty``."""
        return tuple(c for c in self.claims if c.treaty is treaty)
