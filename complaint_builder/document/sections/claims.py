"""§A.8 The complaint: one sub-heading per article, with the facts relied on and the evidence."""

from __future__ import annotations

from ...domain.case import Body, Claim, Treaty
from ...domain.treaties import find_article
from ...i18n import _
from ..context import Context
from ..labels import TREATY_SHORT, label
from ..writer import Bold, Todo, Writer, paragraphs_of
from .blocks import text_paragraphs


def article_heading(claim: Claim) -> str:
    article = find_article(claim.treaty, claim.article)
    ref = claim.article or "?"
    treaty = label(TREATY_SHORT, claim.treaty)
    title = _(article.title) if article else ""
    head = _("Article %(ref)s of %(treaty)s") % {"ref": ref, "treaty": treaty}
    return f"{head} — {title}" if title else head


def render_jurisprudence(w: Writer, claim: Claim) -> None:
    """Add the case law the author relies on for this article (§A.8), if any was given."""
    paragraphs = paragraphs_of(claim.jurisprudence)
    if not paragraphs:
        return  # optional: the author may rely on the facts and the text of the article alone
    w.num(Bold(_("Jurisprudence relied on: ")), paragraphs[0])
    for text in paragraphs[1:]:
        w.num(text)


def render_claims_list(w: Writer, ctx: Context) -> None:
    """List the rights invoked with their facts (WGAD: category II rests on these articles)."""
    for i, claim in enumerate(ctx.case.claims):
        w.heading(article_heading(claim), level=3)
        text_paragraphs(w, claim.facts, _("the facts relied on for article %(ref)s") % {"ref": claim.article or "?"})
        cite = ctx.annexes.cite(("claim", i))
        if cite:
            w.num(_("Evidence: %(annexes)s.") % {"annexes": cite})
        render_jurisprudence(w, claim)


def render_complaint_claims(w: Writer, ctx: Context) -> None:
    """§A.8 Why the facts violate the treaty (required)."""
    treaty = ctx.treaty
    w.heading(_("The complaint: how the facts violate %(treaty)s") % {"treaty": label(TREATY_SHORT, treaty)})
    claims = list(enumerate(ctx.case.claims))
    if not claims:
        w.num(Todo(_("the articles violated and why the facts violate each of them")))
        return
    substantive = [c for _i, c in claims
                   if c.treaty is treaty and not (find_article(c.treaty, c.article) or _NoArticle).accessory]
    for i, claim in claims:
        w.heading(article_heading(claim), level=2)
        if claim.treaty is not treaty:
            # The committee applies only its own treaty (admissibility.md `competence.ratione_materiae`).
            w.num(Todo(_("restate this claim under %(treaty)s: the %(body)s does not apply %(other)s")
                       % {"treaty": label(TREATY_SHORT, treaty), "body": ctx.body_name,
                          "other": label(TREATY_SHORT, claim.treaty)}))
        text_paragraphs(w, claim.facts, _("the facts relied on and why they violate article %(ref)s")
                                  % {"ref": claim.article or "?"})
        cite = ctx.annexes.cite(("claim", i))
        if cite:
            w.num(_("Evidence: %(annexes)s.") % {"annexes": cite})
        render_jurisprudence(w, claim)
        article = find_article(claim.treaty, claim.article)
        if ctx.body is Body.HRC and claim.treaty is Treaty.ICCPR and article and article.accessory and not substantive:
            # admissibility.md §7: arts 2-3 only together with a Part III right.
            w.num(Todo(_("the substantive article (arts 6-27) that article %(ref)s is invoked together with")
                       % {"ref": claim.article}))


class _NoArticle:
    accessory = False
