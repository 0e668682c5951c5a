"""Human Rights Committee, First Optional Protocol to the ICCPR (admissibility.md §§2-13)."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import sources as src
from ..domain.case import Body, DecisionType, Treaty
from ..domain.states import RESERVATION_APPLIED_BY_HRC
from ..domain.treaties import find_article
from ..i18n import _
from .common import (
    COUNTING_PROCEDURES,
    Facts,
    abuse,
    add_years,
    anonymity,
    checked_note,
    decision_of,
    is_concluded,
    iso,
    missing_state,
    procedure_name,
    ratione_loci,
    ratione_personae,
    same_matter_pending,
    substantiation,
)
from .exhaustion import any_pending, entirely_excused, exhaustion, exhaustion_date
from .findings import Deadline, Finding, Status
from .temporal import temporis_finding

# Rule 99(c) (5-year / 3-year limbs) applies to communications received after this date [unverified].
DELAY_RULE_START = date(2012, 1, 1)
MERITS_EXAMINED = frozenset({DecisionType.MERITS_JUDGMENT, DecisionType.INADMISSIBLE_MERITS_BASED})


def state_party(f: Facts) -> Finding:
    """Return whether the State is bound by OP1 on the filing date (OP1 arts 1, 9(2), 12)."""
    criterion = "competence.state_party"
    missing = missing_state(f, criterion, src.OP1_ART_1)
    if missing:
        return missing
    t = f.treaties
    assert t is not None
    state = f.state_label
    checked = checked_note(t)
    if t.op1_denounced_effective and f.as_of >= t.op1_denounced_effective:
        return f.finding(criterion, Status.FAIL, _("%(state)s denounced the Optional Protocol with effect from %(date)s: communications submitted after that date cannot be received.") % {"state": state, "date": iso(t.op1_denounced_effective)}, src.OP1_ART_12, _("Consider the WGAD (no ratification needed) or another procedure the State has accepted."), topic="state")
    if t.op1_party is None:
        year = t.year_only_for("OP1")
        if year:
            return f.finding(criterion, Status.WARNING, _("Our data say %(state)s joined the Optional Protocol in %(year)d, but without the exact date.") % {"state": state, "year": year}, src.OP1_ART_1, _("Confirm the date on the UN Treaty Collection (chapter IV.5) and enter it as checked data."), topic="state", unverified=True)
        if t.confidence == "unverified":
            return f.finding(criterion, Status.WARNING, _("Our data show %(state)s as not a party to the Optional Protocol, but that row is unverified.") % {"state": state}, src.OP1_ART_1, _("Confirm on the UN Treaty Collection (chapter IV.5)."), topic="state", unverified=True)
        return f.finding(criterion, Status.FAIL, _("%(state)s is not a party to the First Optional Protocol: the Committee cannot receive communications against it.") % {"state": state}, src.OP1_ART_1, _("Consider the WGAD for detention, or the CAT if the State accepted art. 22. If the State joined recently, confirm on the UN Treaty Collection and enter the date."), topic="state")
    if t.op1_succession_undated:
        return f.finding(criterion, Status.WARNING, _("%(state)s is bound by the Optional Protocol by succession; the date from which it is bound is a legal question our data leave open.") % {"state": state}, src.OP1_ART_1, _("Check the date the Committee uses for this State in its recent decisions and enter it as checked data."), topic="state", unverified=True)
    if f.as_of < t.op1_in_force:
        return f.finding(criterion, Status.FAIL, _("The Optional Protocol enters into force for %(state)s only on %(date)s.") % {"state": state, "date": iso(t.op1_in_force)}, src.OP1_ART_9_2, _("File on or after that date."), topic="state", deadlines=(Deadline(_("Earliest filing date (OP1 in force)"), t.op1_in_force),))
    deadlines: tuple[Deadline, ...] = ()
    text = _("%(state)s has been bound by the Optional Protocol since %(date)s.") % {"state": state, "date": iso(t.op1_in_force)}
    if t.confidence == "unverified" and not t.overridden:
        return f.finding(criterion, Status.WARNING, text + " " + _("Our data for this State are marked unverified."), src.OP1_ART_1, _("Confirm the dates on the UN Treaty Collection (chapter IV.5) and enter them as checked data."), topic="state", unverified=True)
    if t.op1_denounced_effective:
        last = t.op1_denounced_effective - timedelta(days=1)
        deadlines = (Deadline(_("Last day to file before the denunciation takes effect"), last),)
        text += " " + _("Its denunciation takes effect on %(date)s: file before then.") % {"date": iso(t.op1_denounced_effective)}
    return f.finding(criterion, Status.PASS, text + checked, src.OP1_ART_1, topic="state", deadlines=deadlines)


def ratione_temporis(f: Facts) -> Finding:
    """Return whether the facts fall after OP1's entry into force for the State, or continue after it."""
    criterion = "competence.ratione_temporis"
    missing = missing_state(f, criterion, src.OP1_TEMPORIS)
    if missing:
        return missing
    t = f.treaties
    assert t is not None
    anchor = max(d for d in (t.op1_in_force, t.op1_ratione_temporis_limit) if d) if (t.op1_in_force or t.op1_ratione_temporis_limit) else None
    if anchor is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("Our data hold no date from which the Optional Protocol binds this State."), src.OP1_TEMPORIS, _("Enter the checked entry-into-force date."), topic="state", unverified=True)
    return temporis_finding(f, criterion, anchor, src.OP1_TEMPORIS, declaration=t.op1_ratione_temporis_limit is not None, bound_since=_("the Optional Protocol's entry into force for %(state)s") % {"state": f.state_label}, unverified_data=t.confidence == "unverified" and not t.overridden)


def ratione_materiae(f: Facts) -> Finding:
    """Return whether each claim invokes a right the Covenant protects (OP1 arts 1, 3)."""
    criterion = "competence.ratione_materiae"
    source = src.OP1_MATERIAE
    if not f.claims:
        if f.case.claims_under(Treaty.CAT):
            return f.finding(criterion, Status.NEEDS_INFO, _("The claims are framed under the Convention against Torture; the Committee applies the Covenant."), source, _("Frame them under the ICCPR: art. 7 (torture), art. 10 (detention), with art. 2(3) for the lack of investigation."), topic="claims")
        return f.finding(criterion, Status.NEEDS_INFO, _("No article of the Covenant is invoked yet."), source, _("Choose the articles violated."), topic="claims")
    invalid, accessory, substantive = [], [], []
    for claim in f.claims:
        article = find_article(Treaty.ICCPR, claim.article)
        if article is None or not article.claimable:
            invalid.append(claim.article)
        elif article.accessory:
            accessory.append(claim.article)
        else:
            substantive.append(claim.article)
    if not substantive:
        if accessory:
            return f.finding(criterion, Status.FAIL, _("Articles 2 and 3 cannot found a claim on their own; they apply only together with a right in articles 6-27."), source, _("Add the substantive article the facts concern (e.g. art. 7 with art. 2(3))."), leading_case=src.CASE_X_NORWAY, topic="claims", claims=tuple(accessory + invalid))
        return f.finding(criterion, Status.FAIL, _("None of the articles invoked (%(articles)s) is a right that can be claimed under the Optional Protocol.") % {"articles": ", ".join(invalid)}, source, _("Invoke rights in Part III of the Covenant (arts 6-27)."), topic="claims", claims=tuple(invalid))
    if invalid:
        return f.finding(criterion, Status.WARNING, _("Article(s) %(articles)s cannot be claimed under the Optional Protocol (art. 1, or not a Covenant right); the other claims can go ahead.") % {"articles": ", ".join(invalid)}, source, _("Drop those claims or reframe them under articles 6-27."), topic="claims", claims=tuple(invalid), knocked_out=tuple(invalid))
    return f.finding(criterion, Status.PASS, _("Every claim invokes a right protected by the Covenant."), source, topic="claims")


def same_matter_examined(f: Facts) -> Finding:
    """Return whether a past examination elsewhere bars the HRC: only through a State reservation (§10)."""
    criterion = "same_matter.examined"
    concluded = [p for p in f.same_matter_procedures() if is_concluded(p, f.as_of) and p.body in COUNTING_PROCEDURES]
    if not concluded:
        return f.finding(criterion, Status.PASS, _("No other international body has concluded an examination of the same matter."), src.OP1_ART_5_2_A, topic="procedures")
    same_committee = [p for p in concluded if p.body.value == Body.HRC.value]
    if same_committee:
        return f.finding(criterion, Status.WARNING, _("The Committee itself has already decided this matter; it will not examine it again without new facts."), src.OP1_ART_5_2_A, _("Identify the new facts that justify a new communication."), topic="procedures", unverified=True)
    reservation = f.treaties.op1_reservation_same_matter if f.treaties else None
    merits = [p for p in concluded if decision_of(p) in MERITS_EXAMINED]
    unknown = [p for p in concluded if decision_of(p) in (DecisionType.UNKNOWN, None)]
    names = ", ".join(sorted({procedure_name(p.body) for p in merits or unknown or concluded}))
    if reservation is False:
        return f.finding(criterion, Status.PASS, _("%(state)s made no reservation barring matters already examined: a concluded procedure (%(bodies)s) is no bar under the Optional Protocol, but the three-year limb of the delay rule runs from its end.") % {"state": f.state_label, "bodies": names}, src.OP1_ART_5_2_A, topic="procedures")
    if reservation is None:
        if merits or unknown:
            return f.finding(criterion, Status.WARNING, _("We could not check whether %(state)s made a reservation barring matters already examined by %(bodies)s.") % {"state": f.state_label, "bodies": names}, src.OP1_RESERVATION, _("Check the State's reservations to the Optional Protocol on the UN Treaty Collection and enter the result."), topic="procedures", unverified=True)
        return f.finding(criterion, Status.PASS, _("The other procedure ended without an examination of the merits, so no reservation could bar the complaint."), src.OP1_RESERVATION, topic="procedures")
    if merits:
        # The reservation column was coded from the UN Treaty Collection's declarations text (2015),
        # the check §10 asks for; five States' reservations were also applied in HRC decisions.
        applied = RESERVATION_APPLIED_BY_HRC.get(f.case.state, "")
        return f.finding(criterion, Status.FAIL, _("%(state)s's reservation bars matters already examined, and %(bodies)s examined this matter on its merits (at least in part).") % {"state": f.state_label, "bodies": names}, src.OP1_RESERVATION, _("Only claims or rights not put to the other body (e.g. autonomous art. 26) can still come here. Check the reservation's exact wording on the UN Treaty Collection."), leading_case=applied or src.CASE_ST_AUSTRIA, topic="procedures", unverified=not applied)
    if unknown:
        return f.finding(criterion, Status.NEEDS_INFO, _("%(state)s's reservation bars matters already examined; it is not known whether %(bodies)s looked at the merits.") % {"state": f.state_label, "bodies": names}, src.OP1_RESERVATION, _("Obtain the other body's decision and tell us its stated ground."), topic="procedures")
    return f.finding(criterion, Status.PASS, _("%(state)s's reservation bars matters already examined, but the other body decided on procedural grounds only (or without stated reasons), which is no examination.") % {"state": f.state_label}, src.OP1_RESERVATION, leading_case=src.CASE_ST_AUSTRIA, topic="procedures")


def other_procedure_end(f: Facts) -> date | None:
    """Return when the last concluded international procedure on the same matter ended."""
    ends = [
        p.date_concluded or p.struck_out_on
        for p in f.same_matter_procedures()
        if is_concluded(p, f.as_of) and p.body in COUNTING_PROCEDURES and (p.date_concluded or p.struck_out_on)
    ]
    return max(ends) if ends else None


def delay(f: Facts) -> Finding:
    """Return whether the filing is within 5 years of exhaustion / 3 years of another procedure (r. 99(c))."""
    criterion = "delay"
    source = src.HRC_RULE_99_C
    remedies = f.case.domestic_remedies
    exhausted = exhaustion_date(remedies)
    other_end = other_procedure_end(f)
    explained = bool(f.case.delay_reasons.strip())
    if exhausted is None:
        if entirely_excused(remedies):
            return f.finding(criterion, Status.WARNING, _("No domestic decision starts the five-year period, since remedies are excused; file promptly."), source, _("File as soon as the complaint is ready, and explain in it why no domestic decision exists."), leading_case=src.CASE_SP_RUSSIA, topic="remedies")
        if any_pending(remedies):
            return f.finding(criterion, Status.PASS, _("Domestic proceedings are still pending, so the five-year period has not started."), source, topic="remedies")
        return f.finding(criterion, Status.NEEDS_INFO, _("The date of the final domestic decision is not known, so the five-year period cannot be computed."), source, _("Give the date of the last decision of each remedy."), topic="remedies")
    d5 = add_years(exhausted, 5)
    deadlines = [Deadline(_("HRC: five years after the final domestic decision"), d5)]
    d3 = add_years(other_end, 3) if other_end else None
    if d3:
        deadlines.append(Deadline(_("HRC: three years after the other international procedure ended"), d3))
    deadlines_t = tuple(deadlines)
    if f.as_of < DELAY_RULE_START:
        late = f.as_of > d5 or (d3 is not None and f.as_of > d3)
        if late and not explained:
            return f.finding(criterion, Status.WARNING, _("Before 2012 there was no fixed period, but a delay of more than five years without explanation was sometimes held abusive (tool heuristic)."), source, _("Explain the delay."), leading_case=src.CASE_DS_RUSSIA, topic="remedies", deadlines=deadlines_t, unverified=True)
        return f.finding(criterion, Status.PASS, _("Before 2012 no fixed period applied; the delay is not notable or is explained (tool heuristic)."), source, topic="remedies", deadlines=deadlines_t, unverified=True)
    if f.as_of <= d5:
        return f.finding(criterion, Status.PASS, _("Filed within five years of the final domestic decision of %(date)s (last day: %(d5)s).") % {"date": iso(exhausted), "d5": iso(d5)}, source, topic="remedies", deadlines=deadlines_t)
    if d3 is not None and f.as_of <= d3:
        return f.finding(criterion, Status.WARNING, _("More than five years after the final domestic decision, but within three years of the end of the other international procedure: the rule is ambiguous whether the three-year limb extends the five years."), source, _("Explain the timeline and file as soon as possible."), leading_case=src.CASE_SP_RUSSIA, topic="remedies", deadlines=deadlines_t)
    if explained:
        return f.finding(criterion, Status.WARNING, _("Filed more than five years after the final domestic decision (%(date)s); the Committee will judge whether the reasons given justify the delay.") % {"date": iso(exhausted)}, source, _("Legal illiteracy, not knowing the Committee, or imprisonment with access to a lawyer usually do not justify delay."), leading_case=src.CASE_SP_RUSSIA, topic="remedies", deadlines=deadlines_t)
    return f.finding(criterion, Status.FAIL, _("Filed more than five years after the final domestic decision (%(date)s, deadline %(d5)s) with no reason for the delay: likely an abuse of the right of submission.") % {"date": iso(exhausted), "d5": iso(d5)}, source, _("Only a reason that justifies the delay in all the circumstances can save the complaint; give it."), leading_case=src.CASE_SP_RUSSIA + "; " + src.CASE_DS_RUSSIA, topic="remedies", deadlines=deadlines_t)


RULES = (
    state_party,
    ratione_temporis,
    ratione_loci,
    ratione_personae,
    anonymity,
    ratione_materiae,
    same_matter_pending,
    same_matter_examined,
    exhaustion,
    delay,
    substantiation,
    abuse,
)
