"""§A.10 / §E Checklist of supporting documents and the numbered list of annexes."""

from __future__ import annotations

from ...i18n import _
from ..annexes import AUTHORISATION, DECISIONS, EVIDENCE, LEGISLATION, PROCEDURES, annex_date, cite_numbers
from ..context import Context
from ..writer import Italic, Todo, Writer


def render_annex_table(w: Writer, ctx: Context) -> None:
    annexes = ctx.annexes.annexes
    if not annexes:
        w.num(Todo(_("the documents annexed (decisions, complaints, evidence)")))
        return
    rows = []
    for annex in annexes:
        on = annex_date(annex) or (Todo(annex.missing) if annex.missing else "—")
        rows.append((str(annex.number), annex.description, on, annex.group_name))
    w.table([_("Annex"), _("Document"), _("Date"), _("Group")], rows, widths=(90, 560, 170, 180))


def render_checklist(w: Writer, ctx: Context) -> None:
    """The old model form's checklist, answered from the annex plan (documents.md §A.10)."""
    plan = ctx.annexes

    def enclosed(group: int, absent: str) -> str:
        return cite_numbers([a.number for a in plan.in_group(group)]) or absent

    auth_absent = _("not required: the author is the victim") if ctx.case.author_is_victim else _("missing")
    rows = [
        (_("Authorisation to act, or explanation of its absence"), enclosed(AUTHORISATION, auth_absent)),
        (_("Decisions of domestic courts and authorities"), enclosed(DECISIONS, _("none"))),
        (_("Other evidence"), enclosed(EVIDENCE, _("none"))),
        (_("Decisions of other international procedures"), enclosed(PROCEDURES, _("not applicable"))),
        (_("Relevant national legislation"), enclosed(LEGISLATION, _("none"))),
    ]
    w.table([_("Supporting document"), _("Enclosed")], rows, widths=(650, 350))


def render_complaint_annexes(w: Writer, ctx: Context) -> None:
    """§A.10 (required)."""
    w.heading(_("Checklist of supporting documents and list of annexes"))
    render_checklist(w, ctx)
    render_annex_table(w, ctx)
    w.p(Italic(_("Copies are enclosed; the originals are kept by the author. Key passages of documents not in the "
                 "language of submission are translated.")))
