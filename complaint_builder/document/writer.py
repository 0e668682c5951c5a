"""A small, fast writer for one draft on the cached base template.

Paragraphs, runs and tables are written as WordprocessingML text and dropped into the template's
body in one piece (python-docx's ``add_paragraph`` looks styles up by name and builds a Python
proxy per element, which alone cost more than the whole benchmark budget). The output is still an
ordinary package python-docx and Word open. The writer also keeps what the memo needs: every
placeholder it printed, the number Word will give each numbered paragraph (so the text can cite
"paragraph 12"), and a line count for the page estimate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..i18n import _
from . import base

# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF):
# user text pasted from other programs sometimes carries them, and Word would refuse the file.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})

# Layout model for the page estimate: 12 pt Times on A4 with 2.5/2 cm margins gives ~46 lines of
# ~86 characters (average glyph ≈ 108 twips); 10 pt table text ≈ 90 twips a glyph. Checked against
# LibreOffice's page count in tests/document/test_pdf.py.
LINES_PER_PAGE = 46.0
CHAR_TWIPS = 108
TABLE_CHAR_TWIPS = 90
TEXT_WIDTH = base.PAGE_WIDTH - base.MARGIN_LEFT - base.MARGIN_RIGHT
# Left indent of each paragraph style (twips) and the space around it, in lines.
_INDENT = {base.STYLE_NUMBERED: 567, base.STYLE_NUMBERED_SUB: 1134, base.STYLE_BULLET: 567}
_EXTRA_LINES = {"Title": 1.2, "Subtitle": 1.0, "Heading1": 1.6, "Heading2": 1.1, "Heading3": 0.9,
                base.STYLE_BULLET: 0.2}

_TODO_RPR = f'<w:rPr><w:rStyle w:val="{base.STYLE_TO_COMPLETE}"/><w:highlight w:val="yellow"/></w:rPr>'
_RPR = {(False, False): "", (True, False): "<w:rPr><w:b/></w:rPr>", (False, True): "<w:rPr><w:i/></w:rPr>",
        (True, True): "<w:rPr><w:b/><w:i/></w:rPr>"}


def clean(text: str) -> str:
    """Return ``text`` without characters that cannot appear in an XML document."""
    return _ILLEGAL_XML.sub("", text)


def paragraphs_of(text: str) -> list[str]:
    """Split user text into paragraphs at blank lines (single line breaks stay inside)."""
    text = clean(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return [part.strip() for part in _BLANK_LINES.split(text) if part.strip()] if text else []


@dataclass(frozen=True, slots=True)
class Todo:
    """A visible placeholder for missing data: "[to complete: …]", highlighted in yellow."""

    what: str


@dataclass(frozen=True, slots=True)
class Bold:
    text: str


@dataclass(frozen=True, slots=True)
class Italic:
    text: str


Part = str | Todo | Bold | Italic | None
Parts = Part | Sequence[Part]


def value(text: str | None, what: str) -> Part:
    """Return ``text`` if given, else a placeholder asking for ``what``."""
    return text if text else Todo(what)


def todo_text(what: str) -> str:
    return _("[to complete: %(what)s]") % {"what": what}


class Writer:
    """Append styled paragraphs and tables to a draft built on the base template."""

    def __init__(self, header_text: str) -> None:
        self._template = base.template(_("Page"), _("of"))
        self._header_text = clean(header_text)
        self._chunks: list[str] = []
        self.placeholders: list[str] = []
        self.lines = 0.0
        self.paragraph_no = 0
        self.heading_no = 0

    # -- runs -------------------------------------------------------------------------------
    @staticmethod
    def _run(text: str, rpr: str) -> str:
        body = "<w:br/>".join(f'<w:t xml:space="preserve">{line.translate(_ESCAPE)}</w:t>' for line in text.split("\n"))
        return f"<w:r>{rpr}{body}</w:r>"

    def _runs(self, parts: Parts) -> tuple[str, int]:
        """Return the runs for ``parts`` and the number of characters they hold."""
        if parts is None or isinstance(parts, (str, Todo, Bold, Italic)):
            parts = (parts,)
        out = []
        chars = 0
        for part in parts:
            if part is None or part == "":
                continue
            if isinstance(part, str):
                text = clean(part)
                rpr = ""
            elif isinstance(part, Todo):
                what = clean(part.what)
                if what not in self.placeholders:
                    self.placeholders.append(what)
                text = todo_text(what)
                # A character style and direct highlight: it survives pasting into another file.
                rpr = _TODO_RPR
            elif isinstance(part, Bold):
                text = clean(part.text)
                rpr = _RPR[True, False]
            else:
                text = clean(part.text)
                rpr = _RPR[False, True]
            out.append(self._run(text, rpr))
            chars += len(text)
        return "".join(out), chars

    def _paragraph(self, style: str | None, parts: Parts, align: str | None = None,
                   keep_next: bool = False, page_break_before: bool = False) -> int:
        ppr = ""
        if style or align or keep_next or page_break_before:
            ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
                   + ("<w:keepNext/>" if keep_next else "") + ("<w:pageBreakBefore/>" if page_break_before else "")
                   + (f'<w:jc w:val="{align}"/>' if align else "") + "</w:pPr>")
        runs, chars = self._runs(parts)
        self._chunks.append(f"<w:p>{ppr}{runs}</w:p>")
        per_line = max(20, (TEXT_WIDTH - _INDENT.get(style or "", 0)) // CHAR_TWIPS)
        scale = 1.3 if style in ("Title", "Heading1") else 1.0
        self.lines += -(-int(chars * scale) // per_line) + 0.45 + _EXTRA_LINES.get(style or "", 0.0)
        return len(self._chunks) - 1

    # -- paragraphs -------------------------------------------------------------------------
    def title(self, text: Parts) -> None:
        self._paragraph("Title", text)

    def subtitle(self, text: Parts) -> None:
        self._paragraph("Subtitle", text)

    def heading(self, text: Parts, level: int = 1, page_break: bool = False) -> int:
        """Add a heading; level 1 is numbered I., II., … by Word. Return its number (level 1)."""
        self._paragraph(f"Heading{level}", text, page_break_before=page_break)
        if level == 1:
            self.heading_no += 1
            return self.heading_no
        return 0

    def p(self, *parts: Part, align: str | None = None, keep_next: bool = False) -> int:
        """Add a plain paragraph; return a handle for :meth:`fill`."""
        return self._paragraph(None, parts, align=align, keep_next=keep_next)

    def num(self, *parts: Part) -> int:
        """Add a numbered paragraph (Word numbering) and return the number Word will show."""
        self._paragraph(base.STYLE_NUMBERED, parts)
        self.paragraph_no += 1
        return self.paragraph_no

    def sub(self, *parts: Part) -> None:
        """Add a lettered sub-paragraph (a), (b), … under the last numbered paragraph."""
        self._paragraph(base.STYLE_NUMBERED_SUB, parts)

    def bullet(self, *parts: Part) -> None:
        self._paragraph(base.STYLE_BULLET, parts)

    def field(self, label: str, val: Parts) -> None:
        """Add a "Label: value" line, as on the model forms."""
        if val is None or isinstance(val, (str, Todo, Bold, Italic)):
            val = (val,)
        self._paragraph(None, (Bold(label + ": "), *val))

    def fill(self, handle: int, *parts: Part) -> None:
        """Add runs to a paragraph created earlier (e.g. a cross-reference known only at the end)."""
        runs, chars = self._runs(parts)
        chunk = self._chunks[handle]
        self._chunks[handle] = chunk[: -len("</w:p>")] + runs + "</w:p>"
        self.lines += -(-chars // (TEXT_WIDTH // CHAR_TWIPS))

    def blank(self) -> None:
        self._paragraph(None, None)

    def page_break(self) -> None:
        self._chunks.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        self.lines = -(-self.lines // LINES_PER_PAGE) * LINES_PER_PAGE

    # -- tables -----------------------------------------------------------------------------
    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Parts]],
              widths: Sequence[int] | None = None) -> None:
        """Add a bordered table with a repeating header row; ``widths`` in per-mille of the text width."""
        n = len(headers)
        widths = widths or [1000 // n] * n
        twips = [TEXT_WIDTH * w // 1000 for w in widths]
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{base.STYLE_TABLE}"/><w:tblW w:w="5000" w:type="pct"/>'
               '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
               'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        out.extend(f'<w:gridCol w:w="{w}"/>' for w in twips)
        out.append("</w:tblGrid>")
        out.append(self._row([Bold(h) for h in headers], twips, header=True))
        out.extend(self._row(row, twips) for row in rows)
        out.append("</w:tbl>")
        self._chunks.append("".join(out))
        # An empty paragraph after the table keeps two tables from merging when edited.
        self._paragraph(None, None)

    def _row(self, cells: Sequence[Parts], twips: Sequence[int], header: bool = False) -> str:
        out = ["<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else "") + "</w:trPr>"]
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if header else ""
        row_lines = 1
        for cell, width in zip(cells, twips):
            runs, chars = self._runs(cell)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                       f'<w:p><w:pPr><w:pStyle w:val="{base.STYLE_TABLE_TEXT}"/></w:pPr>{runs}</w:p></w:tc>')
            per_line = max(4, (width - 216) // TABLE_CHAR_TWIPS)
            row_lines = max(row_lines, -(-chars // per_line))
        out.append("</w:tr>")
        # 10 pt lines are ~0.8 of a body line, plus cell padding.
        self.lines += row_lines * 0.8 + 0.25
        return "".join(out)

    # -- output -----------------------------------------------------------------------------
    def to_bytes(self, title: str, subject: str, created: datetime) -> bytes:
        """Return the DOCX bytes; ``created`` is fixed so the same case gives the same file."""
        return self._template.assemble("".join(self._chunks), self._header_text, clean(title)[:255],
                                       clean(subject)[:255], created)

    def estimated_pages(self) -> float:
        """Estimate printed pages from the lines the text fills (verified against LibreOffice in tests)."""
        return self.lines / LINES_PER_PAGE
