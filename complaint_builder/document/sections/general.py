"""§A.1 General information: title, date, one committee, languages, State party and competence."""

from __future__ import annotations

from datetime import date

from ...domain.case import Art22Status, Body
from ...i18n import N_, _
from ..context import Context
from ..labels import ACCEPTED_LANGUAGES, fmt_date, join_words, language_names
from ..writer import Bold, Part, Todo, Writer, value

TITLES = {
    Body.HRC: (
        N_("Communication to the Human Rights Committee"),
        N_("under the Optional Protocol to the International Covenant on Civil and Political Rights"),
    ),
    Body.CAT: (
        N_("Complaint to the Committee against Torture"),
        N_("under article 22 of the Convention against Torture and Other Cruel, Inhuman or Degrading "
           "Treatment or Punishment"),
    ),
    Body.WGAD: (
        N_("Communication to the Working Group on Arbitrary Detention"),
        N_("Model questionnaire to be completed by persons alleging arbitrary arrest or detention"),
    ),
}


def render_title(w: Writer, ctx: Context):
    """Add the title block; return the paragraph reserved for the interim-measures banner."""
    title, subtitle = TITLES[ctx.body]
    w.title(_(title))
    w.subtitle(_(subtitle))
    w.p(Bold(ctx.parties_line()), align="center")
    # §A.1: "REQUEST FOR INTERIM MEASURES — see section 5" in bold under the title; filled in by
    # complaint.py once the section number is known.
    return w.p(align="center") if ctx.case.urgent_risk is not None else None


def competence_date(ctx: Context) -> date | None:
    """Return the date from which the body may examine events (OP1 in force / art. 22 declaration)."""
    if ctx.state is None:
        return None
    if ctx.body is Body.HRC:
        return ctx.state.op1_in_force
    if ctx.body is Body.CAT:
        return ctx.state.cat_art22_declaration if ctx.state.cat_art22 is Art22Status.YES else None
    return None


def _languages(w: Writer, ctx: Context) -> None:
    codes = [c.lower() for c in ctx.case.languages if c]
    accepted = ACCEPTED_LANGUAGES[ctx.body]
    filing = [c for c in codes if c in accepted]
    others = [c for c in codes if c not in accepted]
    parts: list[Part] = []
    if filing:
        parts.append(join_words(language_names(filing)))
    else:
        parts.append(Todo(_("a submission language the %(body)s accepts (%(list)s)")
                          % {"body": ctx.body_name, "list": join_words(language_names(accepted))}))
        ctx.warnings.append(_("The %(body)s accepts submissions in %(list)s only; the case lists %(given)s.")
                            % {"body": ctx.body_name, "list": join_words(language_names(accepted)),
                               "given": join_words(language_names(codes)) or _("no language")})
    if others:
        # §A.1: list a second language when annexes are in another language.
        parts.append("; " + _("annexes also in %(list)s (summary translations provided)")
                     % {"list": join_words(language_names(others))})
    w.field(_("Language(s) of submission"), parts)


def _competence_sentence(ctx: Context) -> list[Part]:
    state = ctx.state
    name = ctx.state_name
    if state is None:
        return [Todo(_("the State party's ratification of the Optional Protocol or its declaration under article 22"))]
    if ctx.body is Body.HRC:
        if state.op1_party is None:
            return [Todo(_("date %(state)s became a party to the Optional Protocol (our data show no ratification; check the UN Treaty Collection)") % {"state": name})]
        parts: list[Part] = [
            _("%(state)s became a party to the Covenant on %(iccpr)s and to the Optional Protocol on %(op1)s. ")
            % {"state": name, "iccpr": fmt_date(state.iccpr_party) or "—", "op1": fmt_date(state.op1_party)}
        ]
        if state.op1_in_force:
            parts.append(_("The Optional Protocol entered into force for the State party on %(date)s.") % {"date": fmt_date(state.op1_in_force)})
        else:
            parts.append(Todo(_("date the Optional Protocol entered into force for the State party")))
        return parts
    # CAT art. 22(1): the State must have declared that it recognises the Committee's competence.
    if state.cat_party is None:
        return [Todo(_("date %(state)s became a party to the Convention (our data show none)") % {"state": name})]
    parts = [_("%(state)s became a party to the Convention on %(cat)s. ") % {"state": name, "cat": fmt_date(state.cat_party)}]
    if state.cat_art22 is Art22Status.YES and state.cat_art22_declaration:
        parts.append(_("It declared under article 22 of the Convention that it recognises the competence of the Committee on %(date)s.")
                     % {"date": fmt_date(state.cat_art22_declaration)})
    elif state.cat_art22 is Art22Status.NO:
        parts.append(Todo(_("the State party's declaration under article 22 (our data show none; check the UN Treaty Collection)")))
    else:
        parts.append(Todo(_("date of the State party's declaration under article 22")))
    return parts


def _temporal_sentence(ctx: Context, since: date | None) -> list[Part]:
    # §A.1 (guidance note): state that the events occurred after that date or continued after it.
    dates = [e.date_from for e in ctx.case.events if e.date_from]
    if not ctx.case.events:
        return [Todo(_("statement that the events occurred after that date"))]
    if since is None:
        return [Todo(_("statement that the events occurred after the date the State party accepted the procedure"))]
    if dates and min(dates) >= since:
        return [_("All the events complained of occurred after that date.")]
    if any(e.continuing or (e.date_to and e.date_to >= since) for e in ctx.case.events):
        return [_("The events began before that date and continued after it; the violations complained of persist after it.")]
    return [Todo(_("why the Committee may examine events that occurred before %(date)s") % {"date": fmt_date(since)})]


def render_complaint_general(w: Writer, ctx: Context) -> None:
    """§A.1 General information (required)."""
    w.heading(_("General information"))
    w.field(_("Addressed to"), _("the %(body)s only") % {"body": ctx.body_name})
    w.field(_("Date"), fmt_date(ctx.filed_on))
    _languages(w, ctx)
    state_label = _("State concerned") if ctx.body is Body.WGAD else _("State party")
    w.field(state_label, value(ctx.state_name, _("State concerned")))
    if ctx.body is Body.WGAD:
        return
    since = competence_date(ctx)
    w.num(*_competence_sentence(ctx), " ", *_temporal_sentence(ctx, since))
    if ctx.state is not None and ctx.state.overridden:
        w.p(_("(Treaty dates as checked by the author: %(source)s.)") % {"source": ctx.state.overridden})
