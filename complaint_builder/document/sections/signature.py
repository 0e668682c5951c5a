"""§A.11 / §B.9 Date and signature (required)."""

from __future__ import annotations

from ...i18n import _
from ..context import Context
from ..labels import fmt_date
from ..writer import Writer, value


def render_signature(w: Writer, ctx: Context, signer: str | None = None, capacity: str | None = None) -> None:
    w.heading(_("Date and signature"))
    rep = ctx.representative
    name = signer if signer is not None else (rep.name if ctx.case.counsel is not None and rep else ctx.author_name)
    w.field(_("Place"), value(ctx.case.signing_place.strip(), _("place of signature")))
    w.field(_("Date"), fmt_date(ctx.filed_on))
    w.blank()
    w.p("_______________________________________")
    w.field(_("Signature of"), value(name, _("name of the person signing")))
    if capacity:
        w.field(_("Capacity"), capacity)
