"""The DOCX documents of a case (shared/domain/documents.md): build them one by one or as a ZIP.

``build_documents(case, as_of)`` returns ``[(file name, DOCX bytes), …]`` for every document that
applies; ``build_zip(case, as_of)`` returns ``(zip name, ZIP bytes)``; ``build_set(case, as_of)``
returns the same with the warnings (page limit, languages, blocking problems) and placeholders.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.case import Body, Case
from ..rules.engine import compare_forums, filing_date
from ..rules.findings import Status
from .complaint import Rendered, render, render_annex_list_doc, render_authorisation_doc, render_communication, render_memo, render_urgent_doc
from .base import zip_date_time
from .context import Context
from .labels import BODY_CODES, BODY_NAMES, slugify
from .sections.memo import DraftNotes
from ..i18n import _

log = logging.getLogger(__name__)

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    kind: str
    filename: str
    data: bytes
    placeholders: tuple[str, ...]
    estimated_pages: float


@dataclass(frozen=True, slots=True)
class DocumentSet:
    slug: str
    filed_on: date
    documents: tuple[GeneratedDocument, ...]
    warnings: tuple[str, ...]

    def files(self) -> list[tuple[str, bytes]]:
        return [(d.filename, d.data) for d in self.documents]

    def document(self, kind: str) -> GeneratedDocument | None:
        return next((d for d in self.documents if d.kind == kind), None)

    @property
    def zip_name(self) -> str:
        return f"{self.slug}_{self.filed_on.isoformat()}.zip"


def file_name(body: Body | None, kind: str, slug: str, on: date) -> str:
    """Return e.g. ``HRC_communication_kozlov-v-kazakhstan_2026-11-25.docx``."""
    prefix = BODY_CODES[body] if body is not None else "ALL"
    return f"{prefix}_{kind}_{slug}_{on.isoformat()}.docx"


def build_set(case: Case, as_of: date) -> DocumentSet:
    """Render every document that applies to ``case`` as if filed on its submission date (or ``as_of``)."""
    filed_on = filing_date(case, as_of)
    comparison = compare_forums(case, filed_on)
    slug = slugify(case.title)
    body = case.body
    warnings: list[str] = []
    headline = ""
    rendered: list[Rendered] = []
    if body is not None:
        assessment = comparison.route(body).assessment
        ctx = Context.build(case, body, as_of, filed_on, assessment, comparison)
        communication = render_communication(ctx)
        rendered.append(communication)
        if not case.author_is_victim:  # §C: a representative needs the victim's authorisation
            rendered.append(render_authorisation_doc(ctx))
        if case.urgent_risk is not None:  # §D1 / §D2
            rendered.append(render_urgent_doc(ctx, communication.extra.get("im_paragraph", 0)))
        rendered.append(render_annex_list_doc(ctx))
        warnings.extend(w for r in rendered for w in r.warnings)
        blocking = assessment.by_status(Status.FAIL)
        if blocking:
            headline = _("The %(body)s would very likely find the case inadmissible (%(n)d blocking problem(s)); "
                         "see the top of the memo.") % {"body": _(BODY_NAMES[body]), "n": len(blocking)}
    else:
        warnings.append(_("No body chosen: only the admissibility memo was produced."))
    warnings = list(dict.fromkeys(warnings))
    drafts = [DraftNotes(r.title, r.placeholders) for r in rendered]
    # The memo states the blocking problems themselves at its top; the headline is for the callers.
    memo = render_memo(case, body, comparison, as_of, filed_on, warnings, drafts)
    if headline:
        warnings.insert(0, headline)
    rendered.append(memo)
    for warning in warnings:
        log.info("%s: %s", slug, warning)
    documents = tuple(
        GeneratedDocument(r.kind, file_name(body, r.kind, slug, filed_on), r.data, r.placeholders, r.estimated_pages)
        for r in rendered
    )
    return DocumentSet(slug=slug, filed_on=filed_on, documents=documents, warnings=tuple(warnings))


def build_documents(case: Case, as_of: date) -> list[tuple[str, bytes]]:
    """Return ``(file name, DOCX bytes)`` for every document that applies to ``case``."""
    return build_set(case, as_of).files()


def zip_documents(documents: DocumentSet) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in documents.files():
            # A fixed timestamp: the same case gives the same archive; DOCX is already compressed.
            info = zipfile.ZipInfo(name, date_time=zip_date_time(datetime.combine(documents.filed_on, time(12))))
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, data)
    return buffer.getvalue()


def build_zip(case: Case, as_of: date) -> tuple[str, bytes]:
    """Return ``(zip file name, ZIP bytes)`` holding every document of ``case``."""
    documents = build_set(case, as_of)
    return documents.zip_name, zip_documents(documents)


__all__ = ["DOCX_MIME", "DocumentSet", "GeneratedDocument", "build_documents", "build_set", "build_zip",
           "file_name", "render"]
