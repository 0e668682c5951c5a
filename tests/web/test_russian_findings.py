"""The admissibility findings, case-file errors, article catalogue and CLI messages are in Russian too."""

from __future__ import annotations

import html as html_lib
import io
import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "translations" / "ru" / "LC_MESSAGES" / "messages.po"
EXAMPLE = ROOT / "examples" / "hrc-rally-delay.json"
# Where the strings this catalogue must cover are marked (babel.cfg extracts them all).
SOURCES = ("complaint_builder/rules/", "complaint_builder/domain/", "complaint_builder/cli.py")
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-z]")


def _import_example(wizard) -> str:
    """Import the example through the import form and return the review page it lands on."""
    from werkzeug.datastructures import FileStorage, MultiDict
    from werkzeug.test import encode_multipart

    fields = MultiDict({"csrf_token": wizard.token("/import"), "file": FileStorage(io.BytesIO(EXAMPLE.read_bytes()), EXAMPLE.name)})
    boundary, body = encode_multipart(fields)
    response = wizard.client.post("/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 302 and response.location.endswith("/review"), response.status_code
    review = wizard.client.get(response.location)
    assert review.status_code == 200
    return html_lib.unescape(review.get_data(as_text=True))


def _core_messages():
    """Yield the catalogue's messages extracted from the rules, the domain and the CLI."""
    from babel.messages.extract import extract_from_dir

    ids = set()
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map=[("complaint_builder/**.py", "python")], keywords={"_": None, "N_": None}
    ):
        if filename.replace("\\", "/").startswith(SOURCES):
            ids.add(message)
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="ru")
    return ids, catalog


class DescribeRussianReview:
    def it_shows_the_delay_finding_in_russian(self, client, wizard):
        client.post("/language", data={"csrf_token": wizard.token("/"), "lang": "ru", "next": "/"})
        page = _import_example(wizard)
        assert "Сообщение представлено более чем через пять лет после окончательного внутреннего решения" in page
        assert "злоупотребление правом на представление сообщений" in page
        assert "Filed more than five years" not in page

    def it_keeps_the_english_finding_in_english(self, wizard):
        page = _import_example(wizard)
        assert "Filed more than five years" in page
        assert "Сообщение представлено более чем через пять лет" not in page


class DescribeCatalogue:
    def it_translates_every_core_message_with_the_same_placeholders(self):
        ids, catalog = _core_messages()
        assert len(ids) > 400  # the extraction found the rules, the domain and the CLI
        problems = []
        for msgid in sorted(ids):
            message = catalog.get(msgid)
            if message is None or message.fuzzy or not message.string:
                problems.append(f"untranslated: {msgid!r}")
            elif sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(message.string)):
                problems.append(f"placeholders differ: {msgid!r} -> {message.string!r}")
        assert not problems, "\n".join(problems)

    def it_keeps_citations_untranslated(self):
        _ids, catalog = _core_messages()
        for msgid in (
            "The CAT requires exhaustion only of remedies likely to bring effective relief (art. 22(5)(b)); where the prosecutor refused to investigate torture, the CAT route is often easier on exhaustion than the HRC route.",
        ):
            assert "art. 22(5)(b)" in catalog.get(msgid).string
