"""Inputs every rule shares, and the criteria whose test is the same for several bodies.

Each criterion is a small pure function ``(Facts) -> Finding``; it reads only the case, the State
data and the judging date carried by ``Facts``, never a clock, a file or a request. Section numbers
(§) refer to ``shared/domain/admissibility.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import sources as src
from ..domain.case import (
    AuthorRole,
    Body,
    Case,
    Claim,
    DecisionType,
    OtherProcedure,
    ProcedureBody,
    ProcedureStatus,
    StateControl,
    Treaty,
    Victim,
    VictimEffect,
    VictimStatus,
)
from ..domain.states import StateTreaties, state_name, treaties_for
from ..i18n import N_, _, current_locale
from .findings import STATUS_ORDER, Deadline, Finding, Status

# Procedures of international investigation or settlement (§9): treaty bodies and regional systems.
COUNTING_PROCEDURES = frozenset(
    {
        ProcedureBody.HRC, ProcedureBody.CAT, ProcedureBody.CEDAW, ProcedureBody.CERD,
        ProcedureBody.CRPD, ProcedureBody.CED, ProcedureBody.CRC, ProcedureBody.CESCR,
        ProcedureBody.CMW, ProcedureBody.ECTHR, ProcedureBody.IACHR, ProcedureBody.IACTHR,
        ProcedureBody.ACHPR, ProcedureBody.AFCHPR,
    }
)
# Extra-conventional mechanisms that study situations: not "another procedure" (§9, Dhakal v. Nepal).
NON_COUNTING_PROCEDURES = frozenset(
    {ProcedureBody.WGEID, ProcedureBody.SPECIAL_RAPPORTEUR, ProcedureBody.HRC_COMPLAINT_PROCEDURE}
)

_UNABLE_TO_ACT = frozenset(
    {VictimStatus.INCOMMUNICADO, VictimStatus.DISAPPEARED, VictimStatus.DEAD, VictimStatus.MINOR, VictimStatus.INCAPACITATED}
)
_REACHABLE = frozenset({VictimStatus.ALIVE_FREE, VictimStatus.DETAINED_REACHABLE})

BODY_TREATY = {Body.HRC: Treaty.ICCPR, Body.CAT: Treaty.CAT}


@dataclass(frozen=True, slots=True)
class Facts:
    """The case as one body sees it on the judging date."""

    case: Case
    body: Body
    as_of: date
    treaties: StateTreaties | None
    claims: tuple[Claim, ...]
    state_label: str  # the State's name in the current language, looked up once

    @classmethod
    def of(cls, case: Case, body: Body, as_of: date) -> Facts:
        treaty = BODY_TREATY.get(body)
        claims = case.claims_under(treaty) if treaty else case.claims
        treaties = treaties_for(case.state, case.state_override) if case.state else None
        label = state_name(case.state, current_locale()) if case.state else _("the State")
        return cls(case, body, as_of, treaties, claims, label)

    def finding(
        self,
        criterion: str,
        status: Status,
        explanation: str,
        source: str,
        advice: str = "",
        *,
        leading_case: str = "",
        topic: str = "review",
        claims: tuple[str, ...] = (),
        deadlines: tuple[Deadline, ...] = (),
        unverified: bool = False,
        knocked_out: tuple[str, ...] = (),
    ) -> Finding:
        return Finding(criterion, self.body, status, explanation, source, advice, leading_case, topic, claims, deadlines, unverified, knocked_out)

    def victims(self) -> tuple[Victim, ...]:
        """Return the victims; an author who is the victim counts as one even if not listed again."""
        if self.case.victims:
            return self.case.victims
        if self.case.author_is_victim:
            return (Victim(person=self.case.author.person),)
        return ()

    def same_matter_procedures(self) -> tuple[OtherProcedure, ...]:
        """Return the other procedures concerning the same victim and facts (or not yet said)."""
        return tuple(p for p in self.case.other_procedures if p.same_author is not False and p.same_facts is not False)


def add_years(day: date, years: int) -> date:
    """Return the same calendar day ``years`` later (29 February falls back to 28 February)."""
    if not 1 <= day.year + years <= 9999:
        return date.max if years > 0 else date.min  # beyond the calendar: never reached
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def iso(day: date | None) -> str:
    return day.isoformat() if day else _("unknown date")


def worst(statuses: list[Status]) -> Status:
    """Return the most serious status (fail, then warning, then needs_info; pass if none)."""
    return min(statuses, key=STATUS_ORDER.__getitem__, default=Status.PASS)


def checked_note(treaties: StateTreaties) -> str:
    """Return the sentence saying the user checked the State data, or nothing."""
    if not treaties.overridden:
        return ""
    return " " + _("(Data checked by the user: %(where)s.)") % {"where": treaties.overridden}


# --- §4 competence.ratione_loci ---------------------------------------------------------------

def ratione_loci(f: Facts) -> Finding:
    """Return whether the victim was within the State's jurisdiction when the facts occurred."""
    source = src.CAT_JURISDICTION if f.body is Body.CAT else src.OP1_JURISDICTION if f.body is Body.HRC else src.WGAD_MANDATE
    criterion = "competence.ratione_loci"
    if f.body is Body.WGAD and f.case.detention is not None and f.case.detention.deprived_of_liberty:
        return f.finding(criterion, Status.PASS, _("The person is or was held by the authorities of %(state)s.") % {"state": f.state_label}, source, topic="detention")
    controls = [e.state_control for e in f.case.events]
    if not controls:
        return f.finding(criterion, Status.NEEDS_INFO, _("No events are described, so it is not known where the facts took place."), source, _("Describe the events and say where they happened."), topic="events")
    if None in controls:
        return f.finding(criterion, Status.NEEDS_INFO, _("For some events it is not said whether they happened on the State's territory or under its control."), source, _("For each event, say where it happened and who was in control."), topic="events")
    if all(c is StateControl.NONE for c in controls):
        return f.finding(criterion, Status.FAIL, _("None of the events took place on the State's territory or under its authority or effective control."), source, _("A complaint lies only against the State that had jurisdiction over the victim; consider the State responsible."), topic="events")
    if any(c in (StateControl.NONE, StateControl.AGENTS_ABROAD, StateControl.OCCUPIED_OR_DISPUTED) for c in controls):
        return f.finding(criterion, Status.WARNING, _("Some events happened abroad, on occupied or disputed territory, or outside the State's control: the State's jurisdiction over them must be argued."), source, _("Explain for each such event how the State exercised authority or effective control over the victim."), topic="events")
    return f.finding(criterion, Status.PASS, _("The events took place on the State's territory or in its custody."), source, topic="events")


# --- §5 competence.ratione_personae -------------------------------------------------------------

def ratione_personae(f: Facts) -> Finding:
    """Return whether the victim is a victim and the author may act for them."""
    criterion = "competence.ratione_personae"
    case = f.case
    if f.body is Body.WGAD:
        return _wgad_source(f)
    source = src.CAT_VICTIM if f.body is Body.CAT else src.OP1_VICTIM
    victims = f.victims()
    role = case.author.role
    if role is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not said who submits the complaint: the victim or someone acting for the victim."), source, _("Say whether the author is the victim, a lawyer, an NGO or a relative."), topic="parties")
    if not victims:
        return f.finding(criterion, Status.NEEDS_INFO, _("No victim is named."), source, _("Name each person whose rights were violated."), topic="parties")
    if all(not v.natural_person for v in victims):
        return f.finding(criterion, Status.FAIL, _("Only natural persons can be victims; a company, NGO or party cannot complain in its own name."), source, _("Submit the complaint for the individuals personally affected (members, staff, leaders)."), topic="parties")
    effects = [v.effect for v in victims if v.natural_person]
    if None in effects:
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not said how the acts affected each victim personally."), source, _("For each victim, say whether the act already affected them, whether a personal risk is imminent, or whether a law in force applies to them."), topic="parties")
    if all(e is VictimEffect.GENERAL_CONCERN for e in effects):
        return f.finding(criterion, Status.FAIL, _("No victim is personally and directly affected: the Committees do not examine abstract challenges to a law or policy (actio popularis)."), source, _("Show how the act, law or omission has already affected the victim, or exposes them to a real, personal and imminent risk."), topic="parties")
    notes = []
    if any(not v.natural_person for v in victims) or VictimEffect.GENERAL_CONCERN in effects:
        notes.append(_("Some listed victims are legal persons or are not personally affected; their claims will be declared inadmissible."))
    if role is AuthorRole.VICTIM:
        if notes:
            return f.finding(criterion, Status.WARNING, " ".join([_("The author is the victim and submits the complaint personally.")] + notes), source, _affected_victims_advice(), topic="parties")
        return f.finding(criterion, Status.PASS, _("The author is the victim and submits the complaint personally."), source, topic="parties")
    return _representation(f, criterion, source, victims, notes)


def _affected_victims_advice() -> str:
    return _("Keep only natural persons who were themselves affected, or show how each was affected personally.")


def _representation(f: Facts, criterion: str, source: str, victims: tuple[Victim, ...], notes: list[str]) -> Finding:
    auth = f.case.authorisation
    role = f.case.author.role
    family = role is AuthorRole.RELATIVE
    if auth.written is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not said whether the victim signed a written authorisation for the author."), source, _("Say whether a signed authorisation exists; if not, say why it could not be obtained."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)
    if auth.written and auth.covers_this_complaint is not False:
        if auth.covers_this_complaint is None:
            return f.finding(criterion, Status.WARNING, _("A written authorisation exists, but it is not confirmed that it covers this complaint to this Committee (not only the domestic case)."), source, _("Obtain an authorisation naming the Committee and this complaint; the tool drafts one."), topic="parties")
        status = Status.WARNING if notes else Status.PASS
        return f.finding(criterion, status, " ".join([_("The author acts for the victim with a signed authorisation covering this complaint.")] + notes), source, _affected_victims_advice() if notes else "", topic="parties")
    # No (valid) authorisation: only where the victim cannot act, and for a reason shown (§5.3).
    statuses = [v.status_now for v in victims if v.natural_person]
    if None in statuses:
        return f.finding(criterion, Status.NEEDS_INFO, _("Without an authorisation, the author may act only if the victim cannot; the victim's present situation is not given."), source, _("Say whether the victim is free, detained and reachable, held incommunicado, disappeared, dead, a minor or incapacitated."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)
    reason = auth.why_absent.strip()
    without = _("no authorisation covering this complaint") if auth.written else _("no written authorisation")
    if any(s in _REACHABLE for s in statuses):
        if reason:
            return f.finding(criterion, Status.WARNING, _("The author has %(without)s although the victim can be reached; the reason given must show a concrete impediment.") % {"without": without}, source, _("Obtain the victim's signed authorisation before filing; a relative or lawyer cannot complain for an adult who can act."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)
        return f.finding(criterion, Status.FAIL, _("The author has %(without)s and the victim is able to give one: a third party (lawyer, NGO or relative) cannot complain for a victim who can act.") % {"without": without}, source, _("Obtain the victim's signed authorisation (the tool drafts the letter), or explain what concretely prevents it."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)
    if family and reason:
        status = Status.WARNING if notes else Status.PASS
        return f.finding(criterion, status, " ".join([_("A relative acts for a victim who cannot act (dead, disappeared, held incommunicado, a minor or incapacitated), and says why.")] + notes), source, _("Annex proof of the relationship and of the victim's situation (death certificate, detention notice)."), topic="parties")
    if family:
        return f.finding(criterion, Status.WARNING, _("A relative acts for a victim who cannot act, but no reason is given for the absence of an authorisation."), source, _("Explain why the victim cannot sign (incommunicado, disappeared, dead) and annex proof."), topic="parties")
    if reason:
        return f.finding(criterion, Status.WARNING, _("A non-relative acts without authorisation for a victim who cannot act; the Committee will look for a close link or another justification."), source, _("Obtain the family's authorisation if possible, and explain the link to the victim."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)
    return f.finding(criterion, Status.WARNING, _("The author acts without authorisation for a victim who cannot act, and gives no reason or link to the victim."), source, _("Obtain the family's authorisation, or explain why it could not be obtained and your link to the victim."), topic="parties", leading_case=src.CASE_Y_AUSTRALIA)


def _wgad_source(f: Facts) -> Finding:
    criterion = "competence.ratione_personae"
    author = f.case.author
    if not author.person.name.strip() and not author.organisation.strip():
        return f.finding(criterion, Status.NEEDS_INFO, _("The source of the communication is not named."), src.WGAD_SOURCE, _("Give the name and address of the person or organisation submitting."), topic="parties")
    if author.role is not AuthorRole.VICTIM and f.case.authorisation.written is False and not f.case.authorisation.why_absent.strip():
        return f.finding(criterion, Status.WARNING, _("Anyone may submit to the WGAD, but the consent of the detainee or the family is asked for and none is recorded."), src.WGAD_SOURCE, _("Obtain the consent of the detainee or the family, or explain why it cannot be had."), topic="parties", unverified=True)
    return f.finding(criterion, Status.PASS, _("Any person or organisation may submit to the WGAD; the source is identified."), src.WGAD_SOURCE, topic="parties")


# --- §6 anonymity -------------------------------------------------------------------------------

def anonymity(f: Facts) -> Finding:
    """Return whether the author and the victim are identified to the body."""
    criterion = "anonymity"
    source = src.CAT_ART_22_2 if f.body is Body.CAT else src.OP1_ART_3 if f.body is Body.HRC else src.WGAD_SOURCE
    author = f.case.author
    if not author.person.name.strip() and not author.organisation.strip():
        return f.finding(criterion, Status.NEEDS_INFO, _("The author's name is missing: a communication cannot be anonymous."), source, _("Give the author's name; ask for confidentiality in the decision instead of anonymity."), topic="parties")
    victims = f.victims()
    if not victims or any(not v.person.name.strip() for v in victims):
        return f.finding(criterion, Status.NEEDS_INFO, _("A victim's name is missing: the victim must be identified to the Committee."), source, _("Name each victim; the published decision can use initials if you ask."), topic="parties")
    note = ""
    if f.case.confidentiality_requested:
        note = " " + _("Confidentiality is requested: the complaint will ask that names be withheld from the published decision.")
    return f.finding(criterion, Status.PASS, _("The author and the victims are identified.") + note, source, topic="parties")


# --- §9 same_matter.pending ---------------------------------------------------------------------

def is_pending(proc: OtherProcedure, as_of: date) -> bool | None:
    """Return whether ``proc`` is still before the other body on ``as_of`` (None: status unknown).

    A withdrawal request does not end the case; only the other body's strike-out does (§9, Abichou).
    """
    if proc.status is None:
        return None
    if proc.status is ProcedureStatus.PENDING:
        return True
    if proc.status is ProcedureStatus.WITHDRAWN:
        return proc.struck_out_on is None or proc.struck_out_on > as_of
    return proc.date_concluded is not None and proc.date_concluded > as_of


def same_matter_pending(f: Facts) -> Finding:
    """Return whether the same matter is being examined under another international procedure."""
    criterion = "same_matter.pending"
    source = {Body.HRC: src.OP1_ART_5_2_A, Body.CAT: src.CAT_ART_22_5_A, Body.WGAD: src.WGAD_COORDINATION}[f.body]
    case = f.case
    if not case.other_procedures:
        if case.other_procedures_answered:
            return f.finding(criterion, Status.PASS, _("No other international procedure has been used for this matter."), source, topic="procedures")
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not said whether the matter was submitted to another international body (the model form asks)."), source, _("List every other international complaint about these facts, or confirm there is none."), topic="procedures")
    fails, warnings, infos, notes = [], [], [], []
    for proc in case.other_procedures:
        name = procedure_name(proc.body)
        if proc.same_author is False or proc.same_facts is False:
            continue
        pending = is_pending(proc, f.as_of)
        if pending is None or proc.same_author is None or proc.same_facts is None:
            infos.append(_("%(body)s: say whether it concerns the same victim and facts, and whether it is pending, withdrawn or concluded.") % {"body": name})
            continue
        if not pending:
            continue
        partial = proc.same_rights is False
        withdrawal = proc.status is ProcedureStatus.WITHDRAWN
        if proc.body.value == f.body.value:
            warnings.append(_("%(body)s: this Committee already has the matter registered; a second communication on the same facts will be joined or rejected.") % {"body": name})
        elif f.body is Body.WGAD:
            if proc.body in COUNTING_PROCEDURES:
                warnings.append(_("%(body)s is examining the same detention; the WGAD may defer to it (coordination rule, to be confirmed).") % {"body": name})
        elif proc.body in COUNTING_PROCEDURES:
            if partial:
                warnings.append(_("%(body)s is examining the same facts under different rights: only claims not put to it can go ahead.") % {"body": name})
            elif withdrawal:
                fails.append(_("%(body)s still has the same matter: a withdrawal request does not end it until the case is struck out.") % {"body": name})
            else:
                fails.append(_("%(body)s is examining the same matter.") % {"body": name})
        elif proc.body is ProcedureBody.WGAD:
            warnings.append(_("The WGAD is examining the same facts: probably not \"another procedure\", but it must be disclosed."))
        elif proc.body in NON_COUNTING_PROCEDURES:
            notes.append(_("%(body)s does not count as another procedure of international investigation or settlement; disclose it anyway.") % {"body": name})
        else:
            warnings.append(_("%(body)s: check whether it is a procedure of international investigation or settlement.") % {"body": name})
    topic = "procedures"
    if fails:
        advice = _("Choose one body: wait until the other body has closed the case (decision, or strike-out after a formal withdrawal) before filing here.")
        if f.body is Body.CAT:
            advice += " " + _("Under the CAT a past examination on the merits will still bar the complaint (art. 22(5)(a)).")
        return f.finding(criterion, Status.FAIL, " ".join(fails + warnings), source, advice, leading_case=src.CASE_ABICHOU, topic=topic)
    if warnings:
        return f.finding(criterion, Status.WARNING, " ".join(warnings + notes), source, _("Disclose every other procedure in the complaint and explain why it is not the same matter."), topic=topic)
    if infos:
        return f.finding(criterion, Status.NEEDS_INFO, " ".join(infos), source, _("Complete each other procedure: same victim and facts or not, and whether it is pending, withdrawn or concluded."), topic=topic)
    text = _("No other international procedure is examining the same matter.")
    return f.finding(criterion, Status.PASS, " ".join([text] + notes), source, leading_case=src.CASE_DHAKAL if notes else "", topic=topic)


_PROCEDURE_NAMES = {
    ProcedureBody.HRC: N_("the Human Rights Committee"),
    ProcedureBody.CAT: N_("the Committee against Torture"),
    ProcedureBody.CEDAW: N_("the CEDAW Committee"),
    ProcedureBody.CERD: N_("the CERD Committee"),
    ProcedureBody.CRPD: N_("the CRPD Committee"),
    ProcedureBody.CED: N_("the Committee on Enforced Disappearances"),
    ProcedureBody.CRC: N_("the Committee on the Rights of the Child"),
    ProcedureBody.CESCR: N_("the CESCR Committee"),
    ProcedureBody.CMW: N_("the Committee on Migrant Workers"),
    ProcedureBody.ECTHR: N_("the European Court of Human Rights"),
    ProcedureBody.IACHR: N_("the Inter-American Commission on Human Rights"),
    ProcedureBody.IACTHR: N_("the Inter-American Court of Human Rights"),
    ProcedureBody.ACHPR: N_("the African Commission on Human and Peoples' Rights"),
    ProcedureBody.AFCHPR: N_("the African Court on Human and Peoples' Rights"),
    ProcedureBody.WGAD: N_("the Working Group on Arbitrary Detention"),
    ProcedureBody.WGEID: N_("the Working Group on Enforced or Involuntary Disappearances"),
    ProcedureBody.SPECIAL_RAPPORTEUR: N_("a Special Rapporteur"),
    ProcedureBody.HRC_COMPLAINT_PROCEDURE: N_("the Human Rights Council complaint procedure"),
    ProcedureBody.OTHER: N_("another international body"),
}


def procedure_name(body: ProcedureBody) -> str:
    return _(_PROCEDURE_NAMES[body])


# --- §12 substantiation -------------------------------------------------------------------------

def substantiation(f: Facts) -> Finding:
    """Return whether each claim is argued with facts and evidence (a lawyer's judgment: never fail)."""
    criterion = "substantiation"
    if f.body is Body.WGAD:
        grounds = f.case.wgad_grounds
        narrative = any(e.description.strip() for e in f.case.events)
        if not narrative and not any(g.facts.strip() for g in grounds):
            return f.finding(criterion, Status.NEEDS_INFO, _("The circumstances of the arrest and detention are not described."), src.WGAD_SUBSTANTIATION, _("Describe the arrest, the detention and why it is arbitrary, with dates."), topic="events")
        return f.finding(criterion, Status.PASS, _("The circumstances of the detention are described."), src.WGAD_SUBSTANTIATION, topic="events")
    source = src.CAT_SUBSTANTIATION if f.body is Body.CAT else src.OP1_SUBSTANTIATION
    if not f.claims:
        return f.finding(criterion, Status.NEEDS_INFO, _("No claim under this treaty is made yet."), source, _("Choose the articles violated and set out the facts behind each."), topic="claims")
    empty = [c.article for c in f.claims if not c.facts.strip()]
    if empty and len(empty) < len(f.claims):
        return f.finding(criterion, Status.WARNING, _("The articles %(articles)s are cited without facts: an article listed but not argued is unsubstantiated.") % {"articles": ", ".join(empty)}, source, _("Link facts to each article, or drop it."), topic="claims", claims=tuple(empty), leading_case=src.CASE_HERMOSILLA)
    if empty:
        return f.finding(criterion, Status.NEEDS_INFO, _("No facts are linked to the claims under article(s) %(articles)s.") % {"articles": ", ".join(empty)}, source, _("For each article, say which facts show the violation; an article listed but not argued is unsubstantiated."), topic="claims", claims=tuple(empty), leading_case=src.CASE_HERMOSILLA)
    bare = [c.article for c in f.claims if not any(e.strip() for e in c.evidence)]
    if bare:
        return f.finding(criterion, Status.WARNING, _("The claims under article(s) %(articles)s rest on no evidence or explanation why none can be had.") % {"articles": ", ".join(bare)}, source, _("Annex evidence (medical reports, court records, witness statements) or say why it cannot be obtained. The Committee is not a court of appeal: do not ask it only to re-weigh evidence."), topic="claims", claims=tuple(bare), leading_case=src.CASE_HERMOSILLA)
    return f.finding(criterion, Status.PASS, _("Each claim is tied to facts and supporting evidence."), source, topic="claims")


# --- §13 abuse ----------------------------------------------------------------------------------

def abuse(f: Facts) -> Finding:
    """Return whether the author's confirmations rule out an abuse of the right of submission."""
    criterion = "abuse"
    source = src.CAT_ABUSE if f.body is Body.CAT else src.OP1_ABUSE
    c = f.case.confirmations
    answers = (c.facts_true, c.all_procedures_disclosed, c.respectful_language)
    if None in answers:
        return f.finding(criterion, Status.NEEDS_INFO, _("The author has not yet confirmed that the facts are true, that every other procedure is disclosed and that the language is not abusive."), source, _("Give the three confirmations on the review step."), topic="review")
    if not all(answers):
        return f.finding(criterion, Status.WARNING, _("Not every confirmation is given: false facts, hidden parallel complaints or insulting language can make the complaint an abuse of the right of submission."), source, _("Correct the facts, disclose every other procedure and keep the language factual."), topic="review")
    return f.finding(criterion, Status.PASS, _("The author confirms true facts, full disclosure and respectful language."), source, topic="review")


# --- helpers shared by the HRC and the CAT ----------------------------------------------------

def missing_state(f: Facts, criterion: str, source: str) -> Finding | None:
    """Return a needs_info finding when the State is not chosen or not in our data."""
    if not f.case.state:
        return f.finding(criterion, Status.NEEDS_INFO, _("The respondent State is not chosen."), source, _("Choose the State responsible for the violations."), topic="state")
    if f.treaties is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("We hold no treaty data for this State."), source, _("Check the State's status on the UN Treaty Collection and enter it as checked data."), topic="state")
    return None


def is_concluded(proc: OtherProcedure, as_of: date) -> bool:
    """Return whether ``proc`` ended by ``as_of`` (a decision, or a strike-out after withdrawal)."""
    if proc.status is ProcedureStatus.CONCLUDED:
        return proc.date_concluded is None or proc.date_concluded <= as_of
    return proc.status is ProcedureStatus.WITHDRAWN and proc.struck_out_on is not None and proc.struck_out_on <= as_of


def decision_of(proc: OtherProcedure) -> DecisionType | None:
    """Return how ``proc`` ended; a completed withdrawal counts as a strike-out."""
    if proc.status is ProcedureStatus.WITHDRAWN:
        return DecisionType.STRUCK_OUT
    return proc.decision_type
