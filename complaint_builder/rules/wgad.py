"""Working Group on Arbitrary Detention: a Council mandate, not a treaty (admissibility.md §§3-14).

No ratification and no exhaustion are needed; the questions are whether there is a deprivation of
liberty and under which category (I-V) it is arbitrary.
"""

from __future__ import annotations

from ..domain import sources as src
from ..domain.case import DetentionType, LegalBasisKind, WgadCategory
from ..i18n import _
from .common import (
    Facts,
    add_years,
    anonymity,
    ratione_loci,
    ratione_personae,
    same_matter_pending,
    substantiation,
)
from .exhaustion import exhaustion
from .findings import Finding, Status

RELEASED_LONG_AGO_YEARS = 2  # tool heuristic: the urgency arguments fall away (§2, WGAD)


def state_party(f: Facts) -> Finding:
    """Return that no ratification is needed: the WGAD covers every State."""
    criterion = "competence.state_party"
    if not f.case.state:
        return f.finding(criterion, Status.NEEDS_INFO, _("The State holding the person is not chosen."), src.WGAD_MANDATE, _("Choose the State responsible for the detention."), topic="state")
    return f.finding(criterion, Status.PASS, _("The WGAD can act on any State; no ratification is needed."), src.WGAD_MANDATE, topic="state")


def ratione_temporis(f: Facts) -> Finding:
    """Return that no treaty date limits the WGAD; note where the person was released long ago."""
    criterion = "competence.ratione_temporis"
    detention = f.case.detention
    if detention and detention.released and detention.end and add_years(detention.end, RELEASED_LONG_AGO_YEARS) < f.as_of:
        return f.finding(criterion, Status.WARNING, _("The person was released more than two years ago: the WGAD may still give an opinion, but urgency arguments fall away (tool heuristic)."), src.WGAD_MANDATE, _("Explain why an opinion still matters (compensation, rehabilitation, pattern)."), topic="detention", unverified=True)
    return f.finding(criterion, Status.PASS, _("No treaty date limits the WGAD; it may give an opinion even after release."), src.WGAD_MANDATE, topic="detention", unverified=True)


def ratione_materiae(f: Facts) -> Finding:
    """Return whether there is a deprivation of liberty within the mandate."""
    criterion = "competence.ratione_materiae"
    detention = f.case.detention
    if detention is None or detention.deprived_of_liberty is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not said whether the person was deprived of liberty; the WGAD deals only with detention."), src.WGAD_MATERIAE, _("Describe the arrest and detention."), topic="detention")
    if detention.deprived_of_liberty is False:
        return f.finding(criterion, Status.FAIL, _("There was no deprivation of liberty (arrest, detention, house arrest, psychiatric or immigration custody): the WGAD has no mandate."), src.WGAD_MATERIAE, _("Use the HRC or the CAT for these facts."), topic="detention")
    if detention.start is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("The date the detention began is missing."), src.WGAD_MATERIAE, _("Give the date of arrest."), topic="detention")
    return f.finding(criterion, Status.PASS, _("The person was deprived of liberty from %(date)s.") % {"date": detention.start.isoformat()}, src.WGAD_MATERIAE, topic="detention")


def category(f: Facts) -> Finding:
    """Return whether at least one category I-V is relied on with supporting facts (§14)."""
    criterion = "wgad.category"
    source = src.WGAD_CATEGORIES
    grounds = f.case.wgad_grounds
    if not grounds:
        return f.finding(criterion, Status.NEEDS_INFO, _("No category of arbitrary detention (I-V) is chosen."), source, _("Choose the categories that fit: I no legal basis, II exercise of rights, III unfair trial, IV asylum or migration custody, V discrimination."), topic="detention")
    supported = [g for g in grounds if g.facts.strip()]
    problems = []
    if len(supported) < len(grounds):
        problems.append(_("Categories %(categories)s are chosen without facts.") % {"categories": ", ".join(g.category.value for g in grounds if not g.facts.strip())})
    detention = f.case.detention
    chosen = {g.category for g in grounds}
    if WgadCategory.IV in chosen and (detention is None or detention.detention_type is not DetentionType.IMMIGRATION):
        problems.append(_("Category IV concerns asylum seekers, immigrants or refugees in administrative custody; the detention is not described as such."))
    if WgadCategory.I in chosen and detention is not None and detention.legal_basis_kind is LegalBasisKind.STATED:
        problems.append(_("Category I needs the absence of any legal basis, yet the authorities gave one: explain why it cannot justify the detention."))
    if WgadCategory.II in chosen and f.treaties is not None and f.treaties.iccpr_party is None:
        problems.append(_("The State is not an ICCPR party: base category II on the Universal Declaration (arts 7, 13, 14, 18-21)."))
    if not supported:
        return f.finding(criterion, Status.WARNING, " ".join(problems), source, _("Give the facts behind each category."), topic="detention")
    if problems:
        return f.finding(criterion, Status.WARNING, " ".join(problems), source, _("Support each category with facts, or drop it."), topic="detention")
    return f.finding(criterion, Status.PASS, _("Categories %(categories)s are relied on, each with facts.") % {"categories": ", ".join(g.category.value for g in grounds)}, source, topic="detention")


RULES = (
    state_party,
    ratione_temporis,
    ratione_loci,
    ratione_personae,
    anonymity,
    ratione_materiae,
    category,
    same_matter_pending,
    exhaustion,
    substantiation,
)
