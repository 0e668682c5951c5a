"""§D1 Request for interim measures (HRC rule 94 / CAT rule 114) and §D2 WGAD urgent appeal."""

from __future__ import annotations

from ...domain.case import Body
from ...i18n import N_, _
from ..context import Context
from ..labels import HARM_KINDS, fmt_date, join_words, label
from ..writer import Bold, Part, Todo, Writer, paragraphs_of, value
from .claims import article_heading
from .facts import chronological, event_date
from .preliminary import RULE_NUMBERS, measure_requested

RAPPORTEURS = {
    Body.HRC: N_("To the Special Rapporteur on new communications and interim measures, Human Rights Committee"),
    Body.CAT: N_("To the Rapporteur on new complaints and interim measures, Committee against Torture"),
}


def _imminence(w: Writer, ctx: Context) -> None:
    risk = ctx.case.urgent_risk
    assert risk is not None
    if risk.by_date:
        if risk.by_date < ctx.as_of:
            ctx.warnings.append(_("The date given for the urgent risk (%(date)s) has already passed.") % {"date": fmt_date(risk.by_date)})
        days = (risk.by_date - ctx.filed_on).days  # counted from the date of the request
        left = _(" (%(days)d days after the date of this request)") % {"days": days} if days >= 0 else ""
        w.num(_("The harm is expected on or before %(date)s%(left)s.") % {"date": fmt_date(risk.by_date), "left": left})
    else:
        w.num(Todo(_("the date by which the harm is expected (flight, hearing, order becoming final)")))
    cite = ctx.annexes.cite(("urgent",))
    if cite:
        w.num(_("Documents proving the risk and its imminence: %(annex)s.") % {"annex": cite})


def _summary(w: Writer, ctx: Context, limit: int = 5) -> None:
    """A short summary of the facts: the first paragraph of the latest events."""
    events = chronological(ctx.case.events)[-limit:]
    if not events:
        w.num(Todo(_("a one-page summary of the facts")))
    for event in events:
        text = paragraphs_of(event.description)
        w.num(event_date(event), ". ", text[0] if text else Todo(_("what happened")))


def render_interim_measures(w: Writer, ctx: Context, main_paragraph: int) -> None:
    """§D1, items 1-6."""
    risk = ctx.case.urgent_risk
    assert risk is not None
    rule = RULE_NUMBERS[ctx.body]
    w.title(_("URGENT — Request for interim measures under rule %(rule)s") % {"rule": rule})
    w.subtitle(ctx.parties_line())
    w.p(Bold(_(RAPPORTEURS[ctx.body])))
    w.field(_("Reference"), _("not yet registered — filed together with the communication dated %(date)s")
            % {"date": fmt_date(ctx.filed_on)})
    w.heading(_("Irreparable harm feared"))
    w.num(_("The alleged victim faces a risk of %(harm)s.") % {"harm": label(HARM_KINDS, risk.kind)})
    for text in paragraphs_of(risk.description) or ():
        w.num(text)
    if not risk.description:
        w.num(Todo(_("the harm feared and why it would be irreparable")))
    w.heading(_("Imminence"))
    _imminence(w, ctx)
    w.heading(_("Measure requested"))
    w.num(_("The author asks the %(rapporteur)s to request the State party, under rule %(rule)s of the Committee's "
            "rules of procedure, %(measure)s.")
          % {"rapporteur": _("Special Rapporteur") if ctx.body is Body.HRC else _("Rapporteur"), "rule": rule,
             "measure": measure_requested(ctx)})
    w.heading(_("Link to the main communication"))
    para = _(" (paragraph %(n)d)") % {"n": main_paragraph} if main_paragraph else ""
    w.num(_("This request is filed together with the communication of the same date, which asks for interim measures "
            "in its preliminary questions%(para)s.") % {"para": para})
    claims = [article_heading(c) for c in ctx.case.claims if c.treaty is ctx.treaty]
    if claims:
        w.num(_("The communication invokes: %(claims)s.") % {"claims": join_words(claims)})
    w.heading(_("Summary of the facts"), level=2)
    _summary(w, ctx)
    w.heading(_("Evidence, date and signature"))
    w.num(_("The evidence is listed in the annexes to the communication."))
    w.field(_("Date"), fmt_date(ctx.filed_on))
    w.blank()
    w.p("_______________________________________")
    rep = ctx.representative
    w.field(_("Signature of"), value(rep.name if rep and ctx.case.counsel else ctx.author_name, _("name of the person signing")))


def render_urgent_appeal(w: Writer, ctx: Context) -> None:
    """§D2 WGAD urgent appeal (humanitarian; does not prejudge the opinion)."""
    risk = ctx.case.urgent_risk
    assert risk is not None
    w.title(_("URGENT APPEAL"))
    w.subtitle(_("To the Working Group on Arbitrary Detention — %(parties)s") % {"parties": ctx.parties_line()})
    w.p(Bold(_("Subject line of the e-mail: URGENT — urgent appeal, %(state)s") % {"state": ctx.state_name or _("[State]")}))
    w.heading(_("Identity of the detained person"))
    people = ctx.victim_persons
    for person in people:
        w.field(_("Name"), value(person.name, _("name of the detained person")))
        w.field(_("Date of birth"), value(fmt_date(person.date_of_birth), _("date of birth")))
        w.field(_("Nationality"), value(person.nationality, _("nationality")))
    if not people:
        w.num(Todo(_("identity of the detained person")))
    d = ctx.case.detention
    w.heading(_("Place of detention now"))
    w.num(value(d.place if d else "", _("present place of detention")))
    w.heading(_("The danger"))
    danger: list[Part] = [_("Continued detention seriously endangers the person: %(harm)s.") % {"harm": label(HARM_KINDS, risk.kind)}]
    w.num(*danger)
    for text in paragraphs_of(risk.description):
        w.num(text)
    if not risk.description:
        w.num(Todo(_("the danger (medical condition, threats, ill-treatment, hunger strike) with dates")))
    _imminence(w, ctx)
    w.heading(_("Brief facts of the arrest and detention"))
    if d is not None:
        w.num(_("Detained since %(date)s by %(authority)s.") % {"date": fmt_date(d.start) or _("[date]"),
                                                             "authority": d.authority or _("[authority]")})
    _summary(w, ctx)
    w.heading(_("What is requested"))
    w.num(_("The source asks the Working Group to send an urgent appeal to the Government of %(state)s asking it %(measure)s, "
            "without prejudging its opinion on whether the detention is arbitrary. A regular communication is filed "
            "in parallel.") % {"state": ctx.state_name or _("[State]"), "measure": measure_requested(ctx)})
    w.heading(_("Source and consent"))
    w.field(_("Source"), value(ctx.author_name, _("name of the source")))
    w.field(_("Contact"), value(ctx.case.author.person.email or ctx.case.author.person.phone, _("e-mail or telephone of the source")))
    if not ctx.case.author_is_victim:
        cite = ctx.annexes.cite(("authorisation",))
        w.field(_("Consent"), cite if ctx.case.authorisation.written and cite else Todo(_("consent of the detained person or the family")))
    w.field(_("Date"), fmt_date(ctx.filed_on))
