"""§A.9 Remedies sought (required): what the author asks the State party to do."""

from __future__ import annotations

from ...domain.case import Body
from ...i18n import _
from ..context import Context
from ..writer import Writer
from .blocks import text_paragraphs


def render_complaint_remedies_sought(w: Writer, ctx: Context) -> None:
    w.heading(_("Remedies sought"))
    text_paragraphs(w, ctx.case.remedies_sought,
                    _("what the author asks the State party to do (release, investigation and prosecution, retrial, "
                      "compensation, rehabilitation, guarantees of non-repetition, not to remove)"),
                    prefix=(_("The author asks the Committee to find that the State party violated the rights invoked "
                              "and to request it to provide an effective remedy, in particular: ")
                            if ctx.body is not Body.WGAD else _("The source asks the Working Group: ")),)
