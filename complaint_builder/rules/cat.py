"""Committee against Torture, article 22 of the Convention (admissibility.md §§2-13)."""

from __future__ import annotations

from ..domain import sources as src
from ..domain.case import Art22Status, DecisionType, ProcedureBody, Treaty
from ..domain.treaties import article_number, find_article
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
from .exhaustion import any_pending, exhaustion, exhaustion_date
from .findings import Deadline, Finding, Status
from .temporal import split, temporis_finding

DELAY_HEURISTIC_YEARS = 5  # no fixed CAT limit; borrowed from the HRC rule as a prompt only (§11)


def state_party(f: Facts) -> Finding:
    """Return whether the State is a CAT party with an art. 22 declaration in force (art. 22(1))."""
    criterion = "competence.state_party"
    missing = missing_state(f, criterion, src.CAT_ART_22_1)
    if missing:
        return missing
    t = f.treaties
    assert t is not None
    state = f.state_label
    if t.cat_party is None:
        year = t.year_only_for("CAT")
        if year or t.confidence == "unverified":
            return f.finding(criterion, Status.WARNING, _("Our data on whether %(state)s is a party to the Convention are incomplete (year only or unverified), and no art. 22 declaration is known.") % {"state": state}, src.CAT_ART_22_1, _("Check the UN Treaty Collection, chapter IV.9, including its declarations under article 22."), topic="state", unverified=True)
        return f.finding(criterion, Status.FAIL, _("%(state)s is not a party to the Convention against Torture, so it cannot have accepted individual complaints under article 22.") % {"state": state}, src.CAT_ART_22_1, _("Consider the HRC (ICCPR art. 7) if the State accepted the Optional Protocol, or the WGAD for detention."), topic="state")
    if t.cat_art22 is Art22Status.NO:
        return f.finding(criterion, Status.FAIL, _("%(state)s has not made the article 22 declaration: the Committee cannot receive complaints against it.") % {"state": state}, src.CAT_ART_22_1, _("Consider the HRC or the WGAD."), topic="state")
    if t.cat_art22 is Art22Status.UNKNOWN:
        return f.finding(criterion, Status.NEEDS_INFO, _("Our data do not show whether %(state)s has made the article 22 declaration accepting individual complaints.") % {"state": state}, src.CAT_ART_22_1, _("Confirm on the UN Treaty Collection's CAT declarations page (%(page)s) and record the date as checked data.") % {"page": src.UNTC_CAT_DECLARATIONS}, topic="state", unverified=True)
    declared = t.cat_art22_declaration
    checked = checked_note(t)
    if declared is None:
        return f.finding(criterion, Status.PASS, _("%(state)s has made the article 22 declaration (its date is not in our data).") % {"state": state} + checked, src.CAT_ART_22_1, _("Record the date of the declaration when you check it: it matters for facts close to it."), topic="state")
    if f.as_of < declared:
        return f.finding(criterion, Status.FAIL, _("The article 22 declaration of %(state)s dates from %(date)s, after the filing date.") % {"state": state, "date": iso(declared)}, src.CAT_ART_22_1, _("File on or after that date."), topic="state", deadlines=(Deadline(_("Earliest filing date (art. 22 declaration)"), declared),))
    return f.finding(criterion, Status.PASS, _("%(state)s is a party to the Convention and accepted individual complaints under article 22 on %(date)s.") % {"state": state, "date": iso(declared)} + checked, src.CAT_ART_22_1, topic="state")


def ratione_temporis(f: Facts) -> Finding:
    """Return whether the facts postdate the Convention's entry into force and the art. 22 declaration."""
    criterion = "competence.ratione_temporis"
    missing = missing_state(f, criterion, src.CAT_TEMPORIS)
    if missing:
        return missing
    t = f.treaties
    assert t is not None
    in_force = t.cat_in_force
    if in_force is None:
        return f.finding(criterion, Status.NEEDS_INFO, _("Our data hold no date from which the Convention binds this State."), src.CAT_TEMPORIS, _("Enter the checked date of the State's accession or ratification."), topic="state", unverified=True)
    finding = temporis_finding(f, criterion, in_force, src.CAT_TEMPORIS, declaration=False, bound_since=_("the Convention's entry into force for %(state)s") % {"state": f.state_label}, unverified_data=t.confidence == "unverified" and not t.overridden)
    if finding.status is not Status.PASS:
        return finding
    # Facts after the Convention bound the State but before the art. 22 declaration: examined where
    # the effects (typically the failure to investigate) continued after it [unverified formula].
    declared = t.cat_art22_declaration
    if declared is None:
        if t.cat_art22 is Art22Status.YES:
            return f.finding(criterion, Status.WARNING, _("The facts postdate the Convention's entry into force; the date of the article 22 declaration is not in our data, so facts before it cannot be checked."), src.CAT_TEMPORIS, _("Record the declaration's date."), topic="state", unverified=True)
        return finding
    parts = split(f.case.events, declared)
    if parts.before or parts.straddling:
        return f.finding(criterion, Status.WARNING, _("Some facts precede the article 22 declaration of %(date)s: the Committee has examined such complaints where the effects, typically the failure to investigate, continued after the declaration.") % {"date": iso(declared)}, src.CAT_TEMPORIS, _("Show what continued after the declaration (the investigation refused or never opened)."), leading_case=src.CASE_GERASIMOV, topic="events", unverified=True)
    return f.finding(criterion, Status.PASS, _("All the events took place after the Convention bound %(state)s and after its article 22 declaration (%(date)s).") % {"state": f.state_label, "date": iso(declared)}, src.CAT_TEMPORIS, topic="events")


def ratione_materiae(f: Facts) -> Finding:
    """Return whether the claims concern torture or ill-treatment under the Convention (art. 22(1)-(2))."""
    criterion = "competence.ratione_materiae"
    source = src.CAT_MATERIAE
    if not f.claims:
        iccpr = f.case.claims_under(Treaty.ICCPR)
        if any(article_number(c.article) in (6, 7, 10) for c in iccpr):
            return f.finding(criterion, Status.NEEDS_INFO, _("The claims are framed under the Covenant; the Committee against Torture applies the Convention."), source, _("Frame the torture facts under the Convention: arts 1 and 2 (torture), 16 (ill-treatment), 12-14 (investigation, complaint, redress), 15 (confession)."), topic="claims")
        if iccpr:
            return f.finding(criterion, Status.FAIL, _("The Convention covers only torture, ill-treatment and removal to a risk of torture; the claims (ICCPR arts %(articles)s) have no counterpart in it.") % {"articles": ", ".join(c.article for c in iccpr)}, source, _("Use the HRC or the WGAD for these claims."), topic="claims")
        return f.finding(criterion, Status.NEEDS_INFO, _("No article of the Convention is invoked yet."), source, _("Choose the articles violated."), topic="claims")
    invalid = [c.article for c in f.claims if find_article(Treaty.CAT, c.article) is None]
    if len(invalid) == len(f.claims):
        return f.finding(criterion, Status.FAIL, _("None of the articles invoked (%(articles)s) creates an obligation an individual can invoke under article 22.") % {"articles": ", ".join(invalid)}, source, _("Invoke arts 1-3 or 11-16 of the Convention."), topic="claims", claims=tuple(invalid))
    if invalid:
        return f.finding(criterion, Status.WARNING, _("Article(s) %(articles)s are not usually invoked by individuals; the other claims can go ahead.") % {"articles": ", ".join(invalid)}, source, _("Drop those claims or reframe them under arts 1-3 or 11-16."), topic="claims", claims=tuple(invalid), knocked_out=tuple(invalid))
    return f.finding(criterion, Status.PASS, _("The claims concern torture or ill-treatment within the Convention."), source, topic="claims")


def same_matter_examined(f: Facts) -> Finding:
    """Return whether another procedure already examined the same matter (art. 22(5)(a), past limb)."""
    criterion = "same_matter.examined"
    source = src.CAT_ART_22_5_A
    concluded = [p for p in f.same_matter_procedures() if is_concluded(p, f.as_of)]
    counting = [p for p in concluded if p.body in COUNTING_PROCEDURES and p.body is not ProcedureBody.CAT]
    if not counting:
        wgad = [p for p in concluded if p.body is ProcedureBody.WGAD]
        if wgad:
            return f.finding(criterion, Status.WARNING, _("The WGAD gave an opinion on the same facts; whether the Committee treats it as another procedure is not settled."), source, _("Disclose it and explain that the WGAD examined only the detention."), topic="procedures", unverified=True)
        return f.finding(criterion, Status.PASS, _("No other international body has examined the same matter."), source, topic="procedures")
    examined = [p for p in counting if decision_of(p) in (DecisionType.MERITS_JUDGMENT, DecisionType.INADMISSIBLE_MERITS_BASED)]
    if examined:
        names = ", ".join(sorted({procedure_name(p.body) for p in examined}))
        partial = all(p.same_rights is False for p in examined)
        if partial:
            return f.finding(criterion, Status.WARNING, _("%(bodies)s examined the same facts under different rights: only claims not put to it can come here.") % {"bodies": names}, source, _("Keep only the claims never put to the other body, and explain why they differ from those it examined."), topic="procedures")
        return f.finding(criterion, Status.FAIL, _("%(bodies)s has already examined the same matter, at least partly on the merits: the Convention bars a matter that has been examined elsewhere.") % {"bodies": names}, source, _("Only new facts or claims never put to the other body could be brought."), leading_case=src.CASE_JD_SWITZERLAND, topic="procedures")
    unknown = [p for p in counting if decision_of(p) in (DecisionType.UNKNOWN, None)]
    if unknown:
        return f.finding(criterion, Status.NEEDS_INFO, _("It is not known on what ground %(bodies)s closed the case.") % {"bodies": ", ".join(sorted({procedure_name(p.body) for p in unknown}))}, source, _("Obtain the other body's decision and tell us its stated ground."), topic="procedures")
    unreasoned = [p for p in counting if decision_of(p) is DecisionType.SINGLE_JUDGE_UNREASONED]
    if unreasoned:
        return f.finding(criterion, Status.WARNING, _("An unreasoned single-judge decision of the European Court is usually not treated as an examination, but the Committee's practice is not uniform."), source, _("Argue that the decision gives no ground from which a merits examination can be inferred."), leading_case=src.CASE_HA_SWEDEN, topic="procedures")
    return f.finding(criterion, Status.PASS, _("The other procedure ended on procedural grounds or by strike-out, without an examination of the merits."), source, topic="procedures")


def delay(f: Facts) -> Finding:
    """Return a prompt where so much time has passed that examination may be unduly difficult (r. 113(f))."""
    criterion = "delay"
    source = src.CAT_RULE_113_F
    exhausted = exhaustion_date(f.case.domestic_remedies)
    if exhausted is None:
        if any_pending(f.case.domestic_remedies):
            return f.finding(criterion, Status.PASS, _("Domestic proceedings are still pending; no delay runs yet."), source, topic="remedies")
        return f.finding(criterion, Status.NEEDS_INFO, _("The date of the final domestic decision is not known."), source, _("Give the dates of the decisions."), topic="remedies")
    prompt = add_years(exhausted, DELAY_HEURISTIC_YEARS)
    deadlines = (Deadline(_("CAT: file promptly (tool heuristic, five years after the final decision)"), prompt),)
    if f.as_of > prompt:
        return f.finding(criterion, Status.WARNING, _("More than five years have passed since the final domestic decision (%(date)s). The Convention sets no fixed limit, but a delay that makes examination unduly difficult can make the complaint inadmissible (tool heuristic).") % {"date": iso(exhausted)}, source, _("Explain the delay and show that the evidence is still available."), topic="remedies", deadlines=deadlines, unverified=True)
    return f.finding(criterion, Status.PASS, _("Filed within a reasonable time of the final domestic decision (%(date)s).") % {"date": iso(exhausted)}, source, topic="remedies", deadlines=deadlines)


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
