"""The case list: resume, rename, duplicate, delete with confirmation, export and import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from complaint_builder.domain import codec

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def upload(wizard, content: bytes, name: str = "case.json"):
    """Post ``content`` as the import form's file (the body built in memory, as a browser sends it)."""
    from werkzeug.datastructures import FileStorage, MultiDict
    from werkzeug.test import encode_multipart

    fields = MultiDict({"csrf_token": wizard.token("/import"), "file": FileStorage(io.BytesIO(content), name)})
    boundary, body = encode_multipart(fields)
    return wizard.client.post("/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")


class DescribeCaseList:
    def it_lists_cases_with_their_actions(self, client, wizard):
        case_id = wizard.new_case("Дело <b>Петрова</b>", "hrc")
        html = client.get("/").get_data(as_text=True)
        assert "Дело &lt;b&gt;Петрова&lt;/b&gt;" in html
        for url in (f"/cases/{case_id}", f"/cases/{case_id}/rename", f"/cases/{case_id}/delete", f"/cases/{case_id}/export.json"):
            assert f'href="{url}"' in html
        assert f'action="/cases/{case_id}/duplicate"' in html

    def it_says_when_there_is_none(self, client):
        assert "No case saved yet." in client.get("/").get_data(as_text=True)


class DescribeRename:
    def it_renames(self, client, wizard, store):
        case_id = wizard.new_case("Old")
        assert 'value="Old"' in client.get(f"/cases/{case_id}/rename").get_data(as_text=True)
        response = wizard.post(f"/cases/{case_id}/rename", {"title": "Новое"})
        assert response.status_code == 302
        assert store.load(case_id).title == "Новое"

    def it_refuses_a_too_long_name_and_keeps_it(self, wizard, store):
        case_id = wizard.new_case("Old")
        response = wizard.post(f"/cases/{case_id}/rename", {"title": "ж" * 201})
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert "Use at most 200 characters." in html and "ж" * 201 in html
        assert store.load(case_id).title == "Old"


class DescribeDuplicate:
    def it_copies_every_answer(self, wizard, store):
        case_id = wizard.new_case("Оригинал", "cat")
        wizard.step(case_id, "state", {"state": "KZ"})
        wizard.post(f"/cases/{case_id}/duplicate")
        copies = [s for s in store.list() if s.id != case_id]
        assert len(copies) == 1 and copies[0].title == "Copy of Оригинал"
        assert store.load(copies[0].id).state == "KZ"


class DescribeDelete:
    def it_asks_for_confirmation_first(self, client, wizard, store):
        case_id = wizard.new_case("Удаляемое")
        html = client.get(f"/cases/{case_id}/delete").get_data(as_text=True)
        assert "Delete “Удаляемое”?" in html and "Yes, delete this case" in html
        assert store.load(case_id)  # a GET deletes nothing

    def it_deletes_after_confirmation(self, client, wizard, store):
        case_id = wizard.new_case()
        response = wizard.post(f"/cases/{case_id}/delete")
        assert response.status_code == 302
        assert store.list() == []
        assert client.get(f"/cases/{case_id}/state").status_code == 404


class DescribeExportImport:
    def it_exports_the_json_the_cli_reads(self, client, wizard, store):
        case_id = wizard.new_case("Экспорт", "cat")
        wizard.step(case_id, "state", {"state": "KZ", "submission_date": "2026-11-01"})
        response = client.get(f"/cases/{case_id}/export.json")
        assert response.mimetype == "application/json"
        assert "attachment" in response.headers["Content-Disposition"]
        data = json.loads(response.data)
        assert codec.from_dict(data) == store.load(case_id)
        assert "Экспорт" in response.get_data(as_text=True)  # UTF-8, not \\u escapes

    @pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
    def it_round_trips_every_example(self, client, wizard, store, example):
        original = example.read_bytes()
        response = upload(wizard, original, example.name)
        assert response.status_code == 302 and response.location.endswith("/review")
        case_id = response.location.split("/")[2]
        exported = json.loads(client.get(f"/cases/{case_id}/export.json").data)
        assert codec.from_dict(exported) == codec.from_dict(json.loads(original))
        assert client.get(response.location).status_code == 200

    def it_round_trips_an_export_through_import(self, client, wizard, store):
        case_id = wizard.new_case("Туда и обратно", "wgad")
        wizard.step(case_id, "detention", {"detention-place": "СИЗО", "ground_I": "y"})
        exported = client.get(f"/cases/{case_id}/export.json").data
        response = upload(wizard, exported)
        new_id = response.location.split("/")[2]
        assert store.load(new_id) == store.load(case_id)

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"", "Choose a file to import."),
            (b"{not json", "not valid JSON (line 1, column 2"),
            (b"\xff\xfe\x00", "not UTF-8"),
            (b"[]", "must be an object"),
            (b'{"body": "echr"}', "body: &#39;echr&#39; is not one of: hrc, cat, wgad"),
            (b'{"title": 5}', "title: must be text, not a number"),
            (b'{"events": [{"date_from": "2024-13-01"}]}', "events[0].date_from: &#39;2024-13-01&#39; is not a date"),
            (b'{"surprise": 1}', "surprise: is not a known field"),
            (b'{"schema_version": 99}', "schema_version: is 99"),
            (b"[" * 100000 + b"]" * 100000, "The file"),
        ],
        ids=["empty", "not-json", "not-utf8", "not-object", "bad-enum", "bad-type", "bad-date", "unknown-field", "version", "deep"],
    )
    def it_explains_what_is_wrong_with_a_bad_file(self, wizard, store, content, message):
        response = upload(wizard, content)
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
        assert store.list() == []

    def it_imports_but_warns_about_inconsistent_answers(self, client, wizard, store):
        content = json.dumps({"title": "x", "events": [{"date_from": "2024-02-01", "date_to": "2024-01-01"}]}).encode()
        response = upload(wizard, content)
        assert response.status_code == 302
        html = client.get(response.location).get_data(as_text=True)
        assert "events[0].date_to: before date_from" in html

    def it_refuses_a_file_that_is_too_large(self, wizard, store):
        response = upload(wizard, b" " * (2 * 1024 * 1024 + 10))
        assert response.status_code in (400, 413)
        assert store.list() == []
