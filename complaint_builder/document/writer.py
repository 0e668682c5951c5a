"""A small, fast writer over one python-docx document.

Paragraphs, runs and tables are built directly as WordprocessingML elements (python-docx's
``add_paragraph`` looks styles up by name on every call, which made the communication slower than
the whole budget). The writer also keeps what the memo needs: every placeholder it printed, the
number of the last numbered paragraph (so the text can cite "paragraph 12"), and a word count for
the page estimate.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from ..i18n import _
from . import base

_W = "{%s}" % base.W_NS
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF):
# user text pasted from other programs sometimes carries them, and lxml would refuse the document.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")


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


def _el(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(_W + tag)
    for key, val in attrs.items():
        element.set(_W + key, val)
    return element


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _W + tag)
    for key, val in attrs.items():
        element.set(_W + key, val)
    return element


class Writer:
    """Append styled paragraphs and tables to a new document built on the base template."""

    def __init__(self, header_text: str) -> None:
        self.doc = base.new_document(_("Page"), _("of"))
        self._body = self.doc.element.body
        self._sect_pr = self._body[-1]
        self.placeholders: list[str] = []
        self.words = 0
        self.table_rows = 0
        self.paragraph_no = 0
        self.heading_no = 0
        header_p = self.doc.sections[0].header._element[0]
        header_p.append(self._run(clean(header_text)))

    # -- runs -------------------------------------------------------------------------------
    def _run(self, text: str, bold: bool = False, italic: bool = False, todo: bool = False) -> etree._Element:
        run = _el("r")
        if bold or italic or todo:
            rpr = _sub(run, "rPr")
            if todo:
                _sub(rpr, "rStyle", val=base.STYLE_TO_COMPLETE)
            if bold:
                _sub(rpr, "b")
            if italic:
                _sub(rpr, "i")
            if todo:
                # Direct formatting too: the highlight survives pasting into another document.
                _sub(rpr, "highlight", val="yellow")
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i:
                _sub(run, "br")
            t = _sub(run, "t")
            t.text = line
            if line[:1].isspace() or line[-1:].isspace():
                t.set(_XML_SPACE, "preserve")
        self.words += len(text.split())
        return run

    def _append_parts(self, p: etree._Element, parts: Parts) -> None:
        if parts is None or isinstance(parts, (str, Todo, Bold, Italic)):
            parts = (parts,)
        for part in parts:
            if part is None or part == "":
                continue
            if isinstance(part, str):
                p.append(self._run(clean(part)))
            elif isinstance(part, Todo):
                what = clean(part.what)
                if what not in self.placeholders:
                    self.placeholders.append(what)
                p.append(self._run(todo_text(what), todo=True))
            elif isinstance(part, Bold):
                p.append(self._run(clean(part.text), bold=True))
            elif isinstance(part, Italic):
                p.append(self._run(clean(part.text), italic=True))

    def _paragraph(self, style: str | None, parts: Parts, align: str | None = None,
                   keep_next: bool = False, page_break_before: bool = False) -> etree._Element:
        p = _el("p")
        if style or align or keep_next or page_break_before:
            ppr = _sub(p, "pPr")
            if style:
                _sub(ppr, "pStyle", val=style)
            if keep_next:
                _sub(ppr, "keepNext")
            if page_break_before:
                _sub(ppr, "pageBreakBefore")
            if align:
                _sub(ppr, "jc", val=align)
        self._append_parts(p, parts)
        self._sect_pr.addprevious(p)
        return p

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

    def p(self, *parts: Part, align: str | None = None, keep_next: bool = False) -> etree._Element:
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

    def fill(self, paragraph: etree._Element, *parts: Part) -> None:
        """Add runs to a paragraph created earlier (e.g. a cross-reference known only at the end)."""
        self._append_parts(paragraph, parts)

    def blank(self) -> None:
        self._paragraph(None, None)

    def page_break(self) -> None:
        p = self._paragraph(None, None)
        _sub(_sub(p, "r"), "br", type="page")

    # -- tables -----------------------------------------------------------------------------
    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Parts]],
              widths: Sequence[int] | None = None) -> None:
        """Add a bordered table with a repeating header row; ``widths`` in per-mille of the text width."""
        text_width = base.PAGE_WIDTH - base.MARGIN_LEFT - base.MARGIN_RIGHT
        n = len(headers)
        widths = widths or [1000 // n] * n
        twips = [str(text_width * w // 1000) for w in widths]
        tbl = _el("tbl")
        tbl_pr = _sub(tbl, "tblPr")
        _sub(tbl_pr, "tblStyle", val=base.STYLE_TABLE)
        _sub(tbl_pr, "tblW", w="5000", type="pct")
        _sub(tbl_pr, "tblLayout", type="fixed")
        _sub(tbl_pr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
             lastColumn="0", noHBand="0", noVBand="1")
        grid = _sub(tbl, "tblGrid")
        for w in twips:
            _sub(grid, "gridCol", w=w)
        self._row(tbl, [Bold(h) for h in headers], twips, header=True)
        for row in rows:
            self._row(tbl, row, twips)
        self._sect_pr.addprevious(tbl)
        # An empty paragraph after the table keeps two tables from merging when edited.
        self._paragraph(None, None)

    def _row(self, tbl: etree._Element, cells: Sequence[Parts], twips: Sequence[str], header: bool = False) -> None:
        tr = _sub(tbl, "tr")
        tr_pr = _sub(tr, "trPr")
        _sub(tr_pr, "cantSplit")
        if header:
            _sub(tr_pr, "tblHeader")
        for cell, width in zip(cells, twips):
            tc = _sub(tr, "tc")
            tc_pr = _sub(tc, "tcPr")
            _sub(tc_pr, "tcW", w=width, type="dxa")
            if header:
                _sub(tc_pr, "shd", val="clear", color="auto", fill="D9D9D9")
            p = _sub(tc, "p")
            _sub(_sub(p, "pPr"), "pStyle", val=base.STYLE_TABLE_TEXT)
            self._append_parts(p, cell)
        self.table_rows += 1

    # -- output -----------------------------------------------------------------------------
    def to_bytes(self, title: str, subject: str, created: datetime) -> bytes:
        props = self.doc.core_properties
        props.title = clean(title)[:255]
        props.subject = clean(subject)[:255]
        # Fixed dates: the same case on the same day gives the same document metadata.
        props.created = created
        props.modified = created
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def estimated_pages(self) -> float:
        """Estimate printed pages: ~420 words a page in 12 pt on A4, plus table rows and headings."""
        return self.words / WORDS_PER_PAGE + self.table_rows * 0.035 + self.heading_no * 0.08


WORDS_PER_PAGE = 420
