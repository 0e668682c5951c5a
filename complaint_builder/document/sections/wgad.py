"""§B WGAD model questionnaire: identity, arrest, detention, why arbitrary, steps, source, confidentiality."""

from __future__ import annotations

from ...domain.case import Person
from ...i18n import _

from ..context import Context
from ..labels import DETENTION_TYPES, LEGAL_BASIS, ROLE_LABELS, WGAD_CATEGORIES, fmt_date, label
from ..writer import Bold, Part, Todo, Writer, value
from .blocks import person_fields, procedures_table, remedies_table, render_findings_as_argument, text_paragraphs
from .claims import render_claims_list
from .exhaustion import render_remedy_explanations
from .facts import render_facts


def detainees(ctx: Context) -> list[Person]:
    return ctx.victim_persons


def render_wgad_identity(w: Writer, ctx: Context) -> None:
    """§B.1 Identity of the person deprived of liberty."""
    w.heading(_("Identity of the person deprived of liberty"))
    people = detainees(ctx)
    if not people:
        w.num(Todo(_("identity of the person deprived of liberty")))
        return
    start = ctx.case.detention.start if ctx.case.detention else None
    for i, person in enumerate(people, 1):
        if len(people) > 1:
            w.heading(_("Person %(n)d") % {"n": i}, level=2)
        who = person.name or _("the detained person")
        person_fields(w, person, who, contact_required=False)
        if person.date_of_birth and start:
            age = start.year - person.date_of_birth.year - (
                (start.month, start.day) < (person.date_of_birth.month, person.date_of_birth.day))
            w.field(_("Age at the time of detention"), str(age))


def _arrest_place(ctx: Context) -> str:
    """Return the place of arrest given, else the place of an event on the day detention began."""
    detention = ctx.case.detention
    if detention and detention.arrest_place.strip():
        return detention.arrest_place.strip()
    if detention and detention.start:
        for event in ctx.case.events:
            if event.date_from == detention.start and event.place:
                return event.place
    return ""


def render_wgad_arrest(w: Writer, ctx: Context) -> None:
    """§B.2 Arrest."""
    w.heading(_("Arrest"))
    d = ctx.case.detention
    if d is None:
        w.num(Todo(_("date, place and circumstances of the arrest")))
        return
    w.field(_("Date of arrest"), value(fmt_date(d.start), _("date of arrest")))
    w.field(_("Place of arrest"), value(_arrest_place(ctx), _("place of arrest")))
    w.field(_("Forces who carried out the arrest (or are believed to have)"), value(d.authority, _("forces who carried out the arrest")))
    shown = _("Warrant or other decision of a public authority shown")
    if d.warrant_shown is None:
        w.field(shown, Todo(_("whether a warrant was shown, and by which authority it was issued")))
    elif d.warrant_shown:
        w.field(shown, _("Yes"))
        w.field(_("Authority that issued it"), value(d.warrant_authority.strip(), _("authority that issued the warrant or decision")))
    else:
        w.field(shown, _("No"))
        if d.warrant_authority.strip():  # a decision existed but was not shown
            w.field(_("Authority that issued it"), d.warrant_authority.strip())
    w.field(_("Legislation applied"), value(d.legal_basis_given, _("legislation invoked for the arrest")))


def render_wgad_detention(w: Writer, ctx: Context) -> None:
    """§B.3 Detention."""
    w.heading(_("Detention"))
    d = ctx.case.detention
    if d is None:
        w.num(Todo(_("date detention began, places of detention and the authority holding the person")))
        return
    w.field(_("Type of deprivation of liberty"), value(label(DETENTION_TYPES, d.detention_type), _("type of detention")))
    w.field(_("Date detention began"), value(fmt_date(d.start), _("date detention began")))
    if d.start:
        end = d.end if d.end else ctx.filed_on
        days = (end - d.start).days
        if d.end or d.released:
            duration = _("%(days)d days (released on %(date)s)") % {"days": days, "date": fmt_date(d.end) or _("[date]")}
        else:
            duration = _("%(days)d days so far, continuing") % {"days": days}
        w.field(_("Duration"), duration)
    w.field(_("Forces holding the person / authority that ordered the detention"), value(d.authority, _("authority holding the person")))
    w.field(_("Place(s) of detention, transfers and present place"), value(d.place, _("place of detention")))
    reasons: list[Part] = []
    if d.legal_basis_kind is not None:
        reasons.append(label(LEGAL_BASIS, d.legal_basis_kind))
    if d.legal_basis_given:
        reasons.append((": " if reasons else "") + d.legal_basis_given)
    w.field(_("Reasons given by the authorities and legislation applied"),
            reasons or [Todo(_("reasons and legal provisions given by the authorities"))])


def render_wgad_circumstances(w: Writer, ctx: Context) -> None:
    """§B.4 Circumstances, then one paragraph per WGAD category relied on."""
    w.heading(_("Circumstances and why the deprivation of liberty is arbitrary"))
    render_facts(w, ctx)
    grounds = ctx.case.wgad_grounds
    if not grounds:
        w.num(Todo(_("the category (I-V) of arbitrary detention relied on and the facts for it")))
    for ground in grounds:
        w.heading(label(WGAD_CATEGORIES, ground.category), level=2)
        text_paragraphs(w, ground.facts, _("facts showing category %(cat)s") % {"cat": ground.category.value})
    if ctx.case.claims:
        w.heading(_("Rights invoked"), level=2)
        render_claims_list(w, ctx)
    if ctx.findings:
        w.heading(_("Mandate of the Working Group"), level=2)
        render_findings_as_argument(w, ctx, ctx.findings)


def render_wgad_domestic_steps(w: Writer, ctx: Context) -> None:
    """§B.5 Steps taken domestically (exhaustion is not required by the WGAD)."""
    w.heading(_("Steps taken before domestic courts and authorities"))
    if ctx.case.domestic_remedies:
        w.num(_("The following steps were taken to establish the detention and obtain release:"))
        remedies_table(w, ctx)
        render_remedy_explanations(w, ctx)
    elif ctx.case.remedies_answered:
        w.num(_("No domestic step was possible or effective: "), Todo(_("why no domestic step was possible or effective")))
    else:
        w.num(Todo(_("steps taken before domestic courts and authorities, and their results")))


def render_wgad_other_procedures(w: Writer, ctx: Context) -> None:
    """§B.6 Other procedures (admissibility.md `same_matter.pending`)."""
    w.heading(_("Other international procedures"))
    if ctx.case.other_procedures:
        w.num(_("The case has been submitted to the following mechanisms:"))
        procedures_table(w, ctx)
    elif ctx.case.other_procedures_answered:
        w.num(_("The case has not been submitted to another UN or regional mechanism."))
    else:
        w.num(Todo(_("whether the case is before another UN or regional mechanism")))


def render_wgad_source(w: Writer, ctx: Context) -> None:
    """§B.7 Source and consent (consent of the detainee or the family is required: TJWG)."""
    w.heading(_("Source of the communication and consent"))
    author = ctx.case.author
    person_fields(w, author.person, _("the source"), identity=False)
    if author.organisation and author.organisation != author.person.organisation:
        w.field(_("Organisation"), author.organisation)
    relation = author.link_to_victim or label(ROLE_LABELS, author.role)
    w.field(_("Relationship to the detained person"), value(relation, _("relationship of the source to the detained person")))
    if ctx.case.author_is_victim:
        w.num(_("The communication is submitted by the detained person."))
    elif ctx.case.authorisation.written:
        w.num(_("The detained person or the family consents to this communication (%(annex)s).")
              % {"annex": ctx.annexes.cite(("authorisation",)) or _("annexed")})
    elif ctx.case.authorisation.why_absent:
        w.num(_("The consent of the detained person could not be obtained: %(why)s. ") % {"why": ctx.case.authorisation.why_absent},
              Todo(_("consent of the family, or why it cannot be given")))
    else:
        w.num(Todo(_("consent of the detained person or the family (required)")))


def render_wgad_confidentiality(w: Writer, ctx: Context) -> None:
    """§B.8 Confidentiality of the source and publication of the detainee's name."""
    w.heading(_("Confidentiality"))
    if ctx.case.confidentiality_requested:
        w.num(Bold(_("Yes. ")), _("The source asks that its identity be kept confidential and that the name of the "
                                  "detained person not be published in the opinion without further consultation."))
    else:
        w.num(Bold(_("No. ")), _("The source does not ask for confidentiality; the name of the detained person may be "
                                 "published in the opinion."))

