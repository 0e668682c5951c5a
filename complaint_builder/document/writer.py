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
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
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
        self.lines = 0.0
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

    def _append_parts(self, p: etree._Element, parts: Parts) -> int:
        """Append ``parts`` as runs of ``p``; return the number of characters added."""
        if parts is None or isinstance(parts, (str, Todo, Bold, Italic)):
            parts = (parts,)
        chars = 0
        for part in parts:
            if part is None or part == "":
                continue
            if isinstance(part, str):
                text = clean(part)
                p.append(self._run(text))
            elif isinstance(part, Todo):
                what = clean(part.what)
                if what not in self.placeholders:
                    self.placeholders.append(what)
                text = todo_text(what)
                p.append(self._run(text, todo=True))
            elif isinstance(part, Bold):
                text = clean(part.text)
                p.append(self._run(text, bold=True))
            else:
                text = clean(part.text)
                p.append(self._run(text, italic=True))
            chars += len(text)
        return chars

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
        chars = self._append_parts(p, parts)
        self._sect_pr.addprevious(p)
        per_line = max(20, (TEXT_WIDTH - _INDENT.get(style or "", 0)) // CHAR_TWIPS)
        scale = 1.3 if style in ("Title", "Heading1") else 1.0
        self.lines += -(-int(chars * scale) // per_line) + 0.45 + _EXTRA_LINES.get(style or "", 0.0)
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
        row_lines = 1
        for cell, width in zip(cells, twips):
            tc = _sub(tr, "tc")
            tc_pr = _sub(tc, "tcPr")
            _sub(tc_pr, "tcW", w=width, type="dxa")
            if header:
                _sub(tc_pr, "shd", val="clear", color="auto", fill="D9D9D9")
            p = _sub(tc, "p")
            _sub(_sub(p, "pPr"), "pStyle", val=base.STYLE_TABLE_TEXT)
            chars = self._append_parts(p, cell)
            per_line = max(4, (int(width) - 216) // TABLE_CHAR_TWIPS)
            row_lines = max(row_lines, -(-chars // per_line))
        # 10 pt lines are ~0.8 of a body line, plus cell padding.
        self.lines += row_lines * 0.8 + 0.25

    # -- output -----------------------------------------------------------------------------
    def to_bytes(self, title: str, subject: str, created: datetime) -> bytes:
        props = self.doc.core_properties
        props.title = clean(title)[:255]
        props.subject = clean(subject)[:255]
        # Fixed dates: the same case on the same day gives the same document metadata.
        props.created = created
        props.modified = created
        return save_package(self.doc, created)

    def estimated_pages(self) -> float:
        """Estimate printed pages from the lines the text fills (verified against LibreOffice in tests)."""
        return self.lines / LINES_PER_PAGE

# Layout model for the page estimate: 12 pt Times on A4 with 2.5/2 cm margins gives ~46 lines of
# ~86 characters (average glyph ≈ 108 twips); 10 pt table text ≈ 90 twips a glyph.
LINES_PER_PAGE = 46.0
CHAR_TWIPS = 108
TABLE_CHAR_TWIPS = 90
TEXT_WIDTH = base.PAGE_WIDTH - base.MARGIN_LEFT - base.MARGIN_RIGHT
# Left indent of each paragraph style (twips) and the space around it, in lines.
_INDENT = {base.STYLE_NUMBERED: 567, base.STYLE_NUMBERED_SUB: 1134, base.STYLE_BULLET: 567}
_EXTRA_LINES = {"Title": 1.2, "Subtitle": 1.0, "Heading1": 1.6, "Heading2": 1.1, "Heading3": 0.9,
                base.STYLE_BULLET: 0.2}


def save_package(doc, stamp: datetime) -> bytes:
    """Return the document as DOCX bytes with fixed ZIP timestamps (python-docx stamps "now").

    Same steps as ``OpcPackage.save`` / ``PackageWriter.write``; only the ZIP entries differ, so
    the same case on the same day gives byte-identical files.
    """
    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def write(uri, blob: bytes) -> None:
            info = zipfile.ZipInfo(uri.membername, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, blob)

        write(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        write(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            write(part.partname, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri, part.rels.xml)
    return buffer.getvalue()
