"""A lawyer imports a case, reviews it and downloads the drafts in a real browser, then opens them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cat-torture-prosecutor-refused.json"


def import_example(page: Page, live_server: str) -> None:
    page.goto(live_server + "/import")
    page.set_input_files("input[type=file]", str(EXAMPLE))
    page.locator("main").get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review")


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_zip_of_drafts_downloads_and_every_file_opens(page: Page, live_server: str, tmp_path: Path) -> None:
    import_example(page, live_server)
    with page.expect_download() as info:
        page.get_by_role("link", name="All documents (ZIP)").click()
    download = info.value
    assert download.suggested_filename.endswith(".zip")
    target = tmp_path / download.suggested_filename
    download.save_as(target)

    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert any(n.startswith("CAT_communication_") for n in names), names
        assert any(n.startswith("CAT_memo_") for n in names), names
        assert any(n.startswith("CAT_authorisation_") for n in names), names  # the author is a lawyer
        documents = {n: docx.Document(io.BytesIO(archive.read(n))) for n in names if n.endswith(".docx")}
    communication = all_text(next(d for n, d in documents.items() if n.startswith("CAT_communication_")))
    assert "Ерлан Сагинтаев" in communication
    assert "CAT art. 22(5)(b)" in communication  # exhaustion answered with its legal source
    memo = all_text(next(d for n, d in documents.items() if n.startswith("CAT_memo_")))
    assert "exhaustion" in memo.lower()


def test_one_document_downloads_from_the_list(page: Page, live_server: str, tmp_path: Path) -> None:
    import_example(page, live_server)
    page.get_by_role("link", name="Drafted documents, one by one").click()
    link = page.locator("main a[href*='/documents/']").first
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(".docx")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert docx.Document(str(target)).paragraphs
