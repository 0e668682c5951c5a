"""Downloads of the drafted documents (the documents module is written separately: test it if present)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from complaint_builder.domain import codec
from complaint_builder.web import wizard as wizard_module

document = pytest.importorskip("complaint_builder.document")
if not hasattr(document, "build_documents") or not hasattr(document, "build_zip"):
    pytest.skip("complaint_builder.document has no build_documents/build_zip yet", allow_module_level=True)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cat-torture-prosecutor-refused.json"


@pytest.fixture
def case_id(store):
    return store.create(codec.from_dict(json.loads(EXAMPLE.read_text(encoding="utf-8"))))


class DescribeDownloads:
    def it_links_them_from_the_review(self, wizard, case_id):
        html = wizard.page(case_id, "review")
        assert f'href="/cases/{case_id}/documents"' in html
        assert f'href="/cases/{case_id}/documents.zip"' in html

    def it_lists_and_serves_each_docx(self, client, case_id):
        html = client.get(f"/cases/{case_id}/documents").get_data(as_text=True)
        assert f'href="/cases/{case_id}/documents/0"' in html
        response = client.get(f"/cases/{case_id}/documents/0")
        assert response.status_code == 200
        assert response.mimetype == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        assert "attachment" in response.headers["Content-Disposition"]
        assert zipfile.is_zipfile(io.BytesIO(response.data))  # a DOCX is a ZIP package

    def it_serves_the_zip(self, client, case_id):
        response = client.get(f"/cases/{case_id}/documents.zip")
        assert response.status_code == 200 and response.mimetype == "application/zip"
        with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
            assert any(name.endswith(".docx") for name in archive.namelist())

    def it_answers_404_for_an_unknown_document_or_case(self, client, case_id):
        assert client.get(f"/cases/{case_id}/documents/999").status_code == 404
        assert client.get("/cases/0123456789abcdef0123456789abcdef/documents.zip").status_code == 404

    def it_says_when_drafting_is_unavailable(self, client, wizard, case_id, monkeypatch):
        monkeypatch.setattr(wizard_module, "_document_api", lambda: None)
        assert "not available yet" in wizard.page(case_id, "review")
        assert client.get(f"/cases/{case_id}/documents.zip").status_code == 404


class DescribeDraftingFailures:
    def it_answers_422_in_the_layout(self, client, case_id, monkeypatch):
        def broken(case, as_of):
            raise ValueError("ZIP does not support timestamps before 1980")

        monkeypatch.setattr(document, "build_zip", broken)
        response = client.get(f"/cases/{case_id}/documents.zip")
        assert response.status_code == 422
        assert "could not be drafted" in response.get_data(as_text=True)

    @pytest.mark.parametrize("day", ["1900-01-01", "1979-12-31", "2100-12-31"])
    def it_never_crashes_on_extreme_imported_dates(self, client, store, day):
        case = codec.from_dict({"title": "extreme", "body": "hrc", "state": "KZ", "submission_date": day, "events": [{"date_from": day}]})
        case_id = store.create(case)
        assert client.get(f"/cases/{case_id}/review").status_code == 200
        for url in (f"/cases/{case_id}/documents", f"/cases/{case_id}/documents.zip", f"/cases/{case_id}/documents/0"):
            assert client.get(url).status_code in (200, 404, 422)
