"""Admissibility: each condition answered from the engine's findings, with its legal source."""

from __future__ import annotations

from ...domain.case import Body
from ...i18n import N_, _
from ..context import Context
from ..writer import Todo, Writer
from .blocks import render_findings_as_argument

INTRO = {
    Body.HRC: N_("The author submits that the communication meets the conditions of articles 1, 2, 3 and 5 (2) "
                 "of the Optional Protocol:"),
    Body.CAT: N_("The author submits that the complaint meets the conditions of article 22 of the Convention:"),
    Body.WGAD: N_("The Working Group's mandate covers this deprivation of liberty:"),
}


def render_complaint_admissibility(w: Writer, ctx: Context, heading: str | None = None, level: int = 1) -> None:
    """Add the admissibility section (issue 5: "so the secretariat sees each condition answered")."""
    w.heading(heading or _("Admissibility"), level=level)
    if not ctx.findings:
        w.num(Todo(_("the conditions of admissibility (the assessment returned no findings for this case)")))
        return
    w.num(_(INTRO[ctx.body]))
    render_findings_as_argument(w, ctx, ctx.findings)
