"""§A.2 Complainant and main correspondent, §A.3 alleged victims, §A.4 counsel."""

from __future__ import annotations

from ...domain.case import AuthorRole
from ...i18n import _
from ..context import Context
from ..labels import DETAINED, ROLE_LABELS, VICTIM_STATUS, label
from ..writer import Part, Todo, Writer, value
from .blocks import person_fields


def capacity(ctx: Context) -> list[Part]:
    """Return the author's capacity: (a) victim, (b) with authorisation, (c) without (§A.2)."""
    case = ctx.case
    author = case.author
    if author.role is None:
        return [Todo(_("capacity in which the author acts (victim, or on behalf of the victim)"))]
    if author.role is AuthorRole.VICTIM:
        return [_("The author submits the communication as the alleged victim.")]
    who = label(ROLE_LABELS, author.role)
    link = author.link_to_victim or who
    auth = case.authorisation
    if auth.written:
        cite = ctx.annexes.cite(("authorisation",))
        return [_("The author acts on behalf of the alleged victim, as %(link)s, with the victim's written authorisation (%(annex)s).")
                % {"link": link, "annex": cite or _("annexed")}]
    if auth.why_absent:
        return [_("The author acts on behalf of the alleged victim without written authorisation, as %(link)s. "
                  "The authorisation could not be obtained because: %(why)s") % {"link": link, "why": auth.why_absent}]
    return [_("The author acts on behalf of the alleged victim, as %(link)s. ") % {"link": link},
            Todo(_("the victim's signed authorisation, or why it cannot be obtained"))]


def render_complaint_author(w: Writer, ctx: Context) -> None:
    """§A.2 Complainant (author) and main correspondent (required)."""
    w.heading(_("Complainant (author) and main correspondent"))
    person_fields(w, ctx.case.author.person, _("the author"))
    if ctx.case.author.organisation and ctx.case.author.organisation != ctx.case.author.person.organisation:
        w.field(_("Organisation"), ctx.case.author.organisation)
    w.num(*capacity(ctx))
    correspondent = ctx.case.counsel.name if ctx.case.counsel and ctx.case.counsel.name else ctx.author_name
    w.num(_("Main correspondent (the person the Secretariat should write to): "),
          value(correspondent, _("name of the main correspondent")))


def render_complaint_victims(w: Writer, ctx: Context) -> None:
    """§A.3 Alleged victim(s) (required if different from the author)."""
    w.heading(_("Alleged victim(s)"))
    case = ctx.case
    if not case.victims:
        if case.author_is_victim:
            w.num(_("The author is the alleged victim (see the previous section)."))
        else:
            w.num(Todo(_("identity of the alleged victim")))
        return
    for i, victim in enumerate(case.victims, 1):
        if len(case.victims) > 1:
            w.heading(_("Alleged victim %(n)d") % {"n": i}, level=2)
        person = victim.person
        who = person.name or _("the alleged victim")
        person_fields(w, person, who, contact_required=False)
        w.field(_("Present address or whereabouts"), value(victim.whereabouts or person.address,
                                                            _("present address or whereabouts of %(who)s") % {"who": who}))
        if victim.status_now is not None:
            status = label(VICTIM_STATUS, victim.status_now)
            if victim.status_now in DETAINED and victim.whereabouts:
                status += " — " + victim.whereabouts
            w.field(_("Situation now"), status)
        else:
            w.field(_("Situation now"), Todo(_("whether %(who)s is detained now, and where") % {"who": who}))


def render_complaint_counsel(w: Writer, ctx: Context) -> None:
    """§A.4 Counsel or other representative (optional: skipped when none is named)."""
    counsel = ctx.case.counsel
    if counsel is None:
        return
    w.heading(_("Counsel or other representative"))
    person_fields(w, counsel, _("counsel"), identity=False)
    cite = ctx.annexes.cite(("authorisation",))
    w.field(_("Authorisation"), cite or _("not required (the author is the victim)"))
