"""LibreOffice (headless) converts the drafts to PDF: the key facts survive and the length is plausible."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from complaint_builder.document import build_set
from complaint_builder.document.labels import fmt_date

from .conftest import AS_OF, convert_to_pdf, hrc_case_ru, huge_case, needs_soffice, pdf_pages, pdf_text, wgad_case

pytestmark = [needs_soffice, pytest.mark.slow]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, object]]:
    """Convert every document of three cases in one LibreOffice run; map "case/kind" → (pdf, doc)."""
    outdir = tmp_path_factory.mktemp("pdf")
    sources: dict[str, tuple[Path, object]] = {}
    for label, case in (("hrc", hrc_case_ru()), ("wgad", wgad_case()), ("huge", huge_case())):
        for document in build_set(case, AS_OF).documents:
            if label == "huge" and document.kind != "communication":
                continue
            path = outdir / document.filename
            path.write_bytes(document.data)
            sources[f"{label}/{document.kind}"] = (path, document)
    converted = convert_to_pdf([p for p, _d in sources.values()], outdir)
    return {key: (converted[path], document) for key, (path, document) in sources.items()}


def squash(text: str) -> str:
    """Join the PDF's text into one line: layout breaks lines anywhere."""
    return re.sub(r"\s+", " ", text)


class DescribePdf:
    def it_keeps_the_key_facts_and_the_cyrillic_text(self, pdfs):
        case = hrc_case_ru()
        text = squash(pdf_text(pdfs["hrc/communication"][0]))
        assert "Communication to the Human Rights Committee" in text
        for needle in ("Ерлан Сагинтаев", "Айгуль Нурланова", "Верховный суд Республики Казахстан",
                       "Задержан в Жанаозене", "Врач не был допущен.", fmt_date(case.events[0].date_from),
                       "3 March 2025", "REQUEST FOR INTERIM MEASURES"):
            assert needle in text, needle
        assert "[to complete:" not in text or "highlight" not in text  # placeholders are plain text in PDF
        assert re.search(r"Page 1 of \d+", text)

    def it_renders_every_other_document(self, pdfs):
        assert "Request for interim measures under rule 94" in squash(pdf_text(pdfs["hrc/interim-measures"][0]))
        assert "Ерлан Сагинтаев" in squash(pdf_text(pdfs["hrc/authorisation"][0]))
        assert "Показания сокамерника" in squash(pdf_text(pdfs["hrc/annexes"][0]))
        memo = squash(pdf_text(pdfs["hrc/memo"][0]))
        assert "Admissibility memo" in memo and "Forum choice" in memo
        wgad = squash(pdf_text(pdfs["wgad/communication"][0]))
        assert "Working Group on Arbitrary Detention" in wgad and "Владимир Козлов" in wgad
        assert "URGENT APPEAL" in squash(pdf_text(pdfs["wgad/urgent-appeal"][0]))

    @pytest.mark.parametrize(("key", "low", "high"), [
        ("hrc/communication", 3, 15), ("hrc/authorisation", 1, 2), ("hrc/interim-measures", 1, 4),
        ("hrc/annexes", 1, 3), ("hrc/memo", 2, 15), ("wgad/communication", 3, 12), ("wgad/urgent-appeal", 1, 4),
    ])
    def it_has_a_plausible_page_count(self, pdfs, key, low, high):
        assert low <= pdf_pages(pdfs[key][0]) <= high

    def it_confirms_the_page_limit_warning(self, pdfs):
        pdf, document = pdfs["huge/communication"]
        assert pdf_pages(pdf) > 50
        assert document.estimated_pages > 50

    @pytest.mark.parametrize("key", ["hrc/communication", "hrc/memo", "wgad/communication", "huge/communication"])
    def it_estimates_the_length_within_a_page_or_a_tenth(self, pdfs, key):
        pdf, document = pdfs[key]
        actual = pdf_pages(pdf)  # whole pages: the estimate's last page is partly filled
        assert abs(math.ceil(document.estimated_pages) - actual) <= max(1.0, 0.1 * actual), (document.estimated_pages, actual)
