"""Render each document of a case: the communication (§A / §B), authorisation (§C), urgent request
(§D), annex list (§E) and admissibility memo (§F) of ``shared/domain/documents.md``.

Each ``render_*`` function returns a :class:`Rendered`: the DOCX bytes plus what the memo and the
callers need to know about it (its placeholders, its estimated length, its warnings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from ..domain.case import Body, Case
from ..i18n import _
from ..rules.findings import Assessment, ForumComparison
from .context import Context
from .labels import BODY_NAMES, fmt_date
from .sections.admissibility import render_complaint_admissibility
from .sections.annex_list import render_annex_table, render_checklist, render_complaint_annexes
from .sections.authorisation import render_authorisation
from .sections.claims import render_complaint_claims
from .sections.exhaustion import render_complaint_exhaustion
from .sections.facts import render_complaint_facts
from .sections.general import render_complaint_general, render_title
from .sections.memo import (
    DraftNotes,
    render_memo_deadlines,
    render_memo_filing,
    render_memo_findings,
    render_memo_forum,
    render_memo_open_questions,
    render_memo_reference,
    render_memo_risks,
    render_memo_summary,
    render_memo_top,
)
from .sections.parties import render_complaint_author, render_complaint_counsel, render_complaint_victims
from .sections.preliminary import RULE_NUMBERS, render_complaint_preliminary
from .sections.remedies_sought import render_complaint_remedies_sought
from .sections.signature import render_signature
from .sections.urgent import render_interim_measures, render_urgent_appeal
from .sections.wgad import (
    render_wgad_arrest,
    render_wgad_circumstances,
    render_wgad_confidentiality,
    render_wgad_detention,
    render_wgad_domestic_steps,
    render_wgad_identity,
    render_wgad_other_procedures,
    render_wgad_source,
)
from .writer import Bold, Writer

# documents.md §G: complaint ≤ 50 pages (annexes excluded); over 20 pages, add a short summary.
PAGE_LIMIT = 50
SUMMARY_THRESHOLD = 20


@dataclass(frozen=True, slots=True)
class Rendered:
    kind: str  # communication, authorisation, interim-measures, urgent-appeal, annexes, memo
    title: str
    data: bytes
    placeholders: tuple[str, ...] = ()
    estimated_pages: float = 0.0
    warnings: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


def _header(ctx_case: Case, doc_title: str, on: date) -> str:
    return f"{ctx_case.title or _('Untitled case')} — {doc_title} — {fmt_date(on)}"


def _created(on: date) -> datetime:
    return datetime.combine(on, time(12, 0))


def _finish(w: Writer, kind: str, title: str, case: Case, on: date, warnings: Sequence[str] = (), **extra) -> Rendered:
    data = w.to_bytes(title=f"{title} — {case.title}", subject=case.title, created=_created(on))
    return Rendered(kind=kind, title=title, data=data, placeholders=tuple(w.placeholders),
                    estimated_pages=w.estimated_pages(), warnings=tuple(warnings), extra=extra)


def communication_title(body: Body) -> str:
    return _("Communication") if body is not Body.CAT else _("Complaint")


def render_communication(ctx: Context) -> Rendered:
    """Render the communication in the order the body expects (§A sections 1-11, or §B 1-9)."""
    title = communication_title(ctx.body)
    w = Writer(_header(ctx.case, title, ctx.filed_on))
    banner = render_title(w, ctx)
    im_paragraph = 0
    if ctx.body is Body.WGAD:
        render_complaint_general(w, ctx)
        render_wgad_identity(w, ctx)
        render_wgad_arrest(w, ctx)
        render_wgad_detention(w, ctx)
        render_wgad_circumstances(w, ctx)
        render_wgad_domestic_steps(w, ctx)
        render_wgad_other_procedures(w, ctx)
        render_wgad_source(w, ctx)
        render_wgad_confidentiality(w, ctx)
        render_complaint_remedies_sought(w, ctx)
        render_complaint_annexes(w, ctx)
        render_signature(w, ctx, capacity=_("source of the communication"))
    else:
        render_complaint_general(w, ctx)
        render_complaint_author(w, ctx)
        render_complaint_victims(w, ctx)
        render_complaint_counsel(w, ctx)
        preliminary_section = w.heading_no + 1
        im_paragraph = render_complaint_preliminary(w, ctx)
        render_complaint_facts(w, ctx)
        render_complaint_exhaustion(w, ctx)
        render_complaint_admissibility(w, ctx)
        render_complaint_claims(w, ctx)
        render_complaint_remedies_sought(w, ctx)
        render_complaint_annexes(w, ctx)
        render_signature(w, ctx)
        if banner is not None:
            w.fill(banner, Bold(_("REQUEST FOR INTERIM MEASURES (rule %(rule)s) — see section %(section)s, paragraph %(para)d, "
                                  "and the separate request filed herewith")
                                % {"rule": RULE_NUMBERS[ctx.body], "section": _roman(preliminary_section), "para": im_paragraph}))
    if banner is not None and ctx.body is Body.WGAD:
        w.fill(banner, Bold(_("URGENT APPEAL requested — see the separate urgent appeal filed herewith")))
    warnings = list(ctx.warnings)
    pages = w.estimated_pages()
    if pages > PAGE_LIMIT:
        warnings.append(_("The %(doc)s would run to about %(pages)d pages, over the %(limit)d-page limit (annexes "
                          "excluded, documents.md §G): shorten it before filing.")
                        % {"doc": title.lower(), "pages": round(pages), "limit": PAGE_LIMIT})
    elif pages > SUMMARY_THRESHOLD:
        warnings.append(_("The %(doc)s runs to about %(pages)d pages: add a short summary at the start (over %(n)d pages).")
                        % {"doc": title.lower(), "pages": round(pages), "n": SUMMARY_THRESHOLD})
    return _finish(w, "communication", title, ctx.case, ctx.filed_on, warnings, im_paragraph=im_paragraph)


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def render_authorisation_doc(ctx: Context) -> Rendered:
    """§C, one letter per victim."""
    title = _("Authorisation") if ctx.body is not Body.WGAD else _("Consent")
    w = Writer(_header(ctx.case, title, ctx.filed_on))
    render_authorisation(w, ctx)
    return _finish(w, "authorisation", title, ctx.case, ctx.filed_on)


def render_urgent_doc(ctx: Context, im_paragraph: int = 0) -> Rendered:
    """§D1 (HRC rule 94 / CAT rule 114) or §D2 (WGAD urgent appeal)."""
    warnings_before = len(ctx.warnings)
    if ctx.body is Body.WGAD:
        title = _("Urgent appeal")
        w = Writer(_header(ctx.case, title, ctx.filed_on))
        render_urgent_appeal(w, ctx)
        kind = "urgent-appeal"
    else:
        title = _("Request for interim measures")
        w = Writer(_header(ctx.case, title, ctx.filed_on))
        render_interim_measures(w, ctx, im_paragraph)
        kind = "interim-measures"
    return _finish(w, kind, title, ctx.case, ctx.filed_on, ctx.warnings[warnings_before:])


def render_annex_list_doc(ctx: Context) -> Rendered:
    """§E, the list of annexes on its own (the same numbers the communication cites)."""
    title = _("List of annexes")
    w = Writer(_header(ctx.case, title, ctx.filed_on))
    w.title(title)
    w.subtitle(ctx.parties_line())
    w.p(_("Annexes to the %(doc)s to the %(body)s dated %(date)s.")
        % {"doc": communication_title(ctx.body).lower(), "body": ctx.body_name, "date": fmt_date(ctx.filed_on)})
    render_annex_table(w, ctx)
    w.heading(_("Checklist"))
    render_checklist(w, ctx)
    return _finish(w, "annexes", title, ctx.case, ctx.filed_on)


def render_memo(case: Case, body: Body | None, comparison: ForumComparison, as_of: date, filed_on: date,
                warnings: Sequence[str] = (), drafts: Sequence[DraftNotes] = ()) -> Rendered:
    """§F, with blocking problems, warnings and every placeholder of the drafts at the top."""
    title = _("Admissibility memo")
    w = Writer(_header(case, title, as_of))
    w.title(title)
    w.subtitle(_("Internal — for the organisation's file, not to be filed"))
    render_memo_top(w, case, body, comparison, warnings, drafts)
    render_memo_reference(w, case, body, as_of, filed_on)
    render_memo_summary(w, case)
    assessments = [r.assessment for r in comparison.routes]
    if body is not None:  # the chosen body first
        assessments.sort(key=lambda a: a.body is not body)
    render_memo_findings(w, assessments, body)
    render_memo_deadlines(w, case, assessments, as_of)
    render_memo_forum(w, comparison)
    render_memo_open_questions(w, assessments)
    render_memo_risks(w, case)
    render_memo_filing(w, body)
    own = [p for p in w.placeholders]
    return _finish(w, "memo", title, case, as_of, own_placeholders=own)


def render(case: Case, assessment: Assessment, as_of: date | None = None,
           comparison: ForumComparison | None = None) -> bytes:
    """Return the DOCX bytes of the communication to ``assessment.body``, written from its findings."""
    filed_on = case.submission_date or assessment.as_of
    ctx = Context.build(case, assessment.body, as_of or assessment.as_of, filed_on, assessment, comparison)
    return render_communication(ctx).data


__all__ = ["BODY_NAMES", "Rendered", "render", "render_communication", "render_authorisation_doc",
           "render_urgent_doc", "render_annex_list_doc", "render_memo"]
