"""§A.7 Exhaustion of domestic remedies (table, exceptions relied on) and time of submission."""

from __future__ import annotations

from ...domain.case import Body, RemedyOutcome
from ...i18n import _
from ...rules.findings import Status
from ..context import Context
from ..labels import NOT_USED_REASONS, WEAK_REASONS, fmt_date, label
from ..writer import Bold, Todo, Writer
from .blocks import remedies_table, remedy_name, text_paragraphs


def render_remedy_explanations(w: Writer, ctx: Context) -> None:
    """Explain remedies not used (the exception relied on) and pending ones; add the user's notes."""
    for remedy in ctx.case.domestic_remedies:
        name = remedy_name(remedy)
        where = f" ({remedy.authority})" if remedy.authority else ""
        if remedy.outcome is RemedyOutcome.NOT_USED:
            reason = remedy.not_used_reason_type
            if reason is None or reason in WEAK_REASONS:
                # admissibility.md §8: doubts, cost, counsel's error or ignorance do not excuse.
                w.num(_("The author did not use the %(remedy)s%(where)s. ") % {"remedy": name.lower(), "where": where},
                      Todo(_("an exception the Committee accepts for not using it (unavailable, ineffective, "
                             "unreasonably prolonged%(cat)s)") % {"cat": _(", unlikely to bring effective relief") if ctx.body is Body.CAT else ""}))
            else:
                why = f" {remedy.not_used_reason}" if remedy.not_used_reason else ""
                w.num(_("The author did not use the %(remedy)s%(where)s because %(reason)s.%(why)s")
                      % {"remedy": name.lower(), "where": where, "reason": label(NOT_USED_REASONS, reason), "why": why})
        elif remedy.outcome is RemedyOutcome.PENDING:
            w.num(_("The %(remedy)s%(where)s, filed on %(date)s, is still pending. ")
                  % {"remedy": name.lower(), "where": where, "date": fmt_date(remedy.date_filed) or _("[date]")},
                  remedy.note or Todo(_("why the pending remedy need not be awaited (e.g. unreasonably prolonged)")))
        elif remedy.note:
            w.num(Bold(f"{name}{where}: "), remedy.note)


def render_raised_in_substance(w: Writer, ctx: Context) -> None:
    used = [r for r in ctx.case.domestic_remedies if r.outcome not in (None, RemedyOutcome.NOT_USED)]
    if not used:
        return
    if all(r.raised_in_substance for r in used):
        w.num(_("The rights now invoked were raised in substance before the national authorities at each stage."))
    else:
        w.num(_("The rights now invoked were raised in substance before the national authorities: "),
              Todo(_("where and how each claim was put to the national authorities (cite the annexed complaints)")))


def render_complaint_exhaustion(w: Writer, ctx: Context) -> None:
    """§A.7 Exhaustion of domestic remedies (required), with "Time of submission" when needed."""
    w.heading(_("Exhaustion of domestic remedies"))
    case = ctx.case
    if case.domestic_remedies:
        w.num(_("The author used the following domestic remedies:"))
        remedies_table(w, ctx)
        render_remedy_explanations(w, ctx)
        render_raised_in_substance(w, ctx)
        finals = [r for r in case.domestic_remedies if r.final and r.date_decided]
        if finals:
            last = max(finals, key=lambda r: r.date_decided)
            w.num(_("The final domestic decision is that of %(authority)s of %(date)s (%(annex)s).")
                  % {"authority": last.authority or remedy_name(last), "date": fmt_date(last.date_decided),
                     "annex": ctx.annexes.cite(("decision", case.domestic_remedies.index(last))) or _("annexed")})
    elif case.remedies_answered:
        w.num(_("No domestic remedy was used. "),
              Todo(_("why no remedy had to be used (no remedy available, or none effective)")))
    else:
        w.num(Todo(_("the domestic remedies used: authority, dates and results")))
    delay = ctx.finding("delay")
    if case.delay_reasons or (delay is not None and delay.status is not Status.PASS):
        # §A.7: the "Time of submission" sub-heading only when `delay` is not a pass.
        w.heading(_("Time of submission"), level=2)
        text_paragraphs(w, case.delay_reasons, _("reasons for the time taken since the final domestic decision"))
