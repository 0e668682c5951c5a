"""The base document every draft starts from: styles, numbering, A4 page, header and footer.

Styles are defined here once (STYLE.md, "DOCX"). The template is built a single time per process
with python-docx from its default package, pruned of the parts a draft never uses
(``stylesWithEffects``, the thumbnail, custom XML, 300 kB of latent styles), and kept as ZIP
members. A draft then only supplies its body XML, header text and title: the other members are
copied as they are, so no draft re-parses styles or numbering (issue 5 benchmark).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

# Stand-ins the template carries where each draft puts its own header text and metadata.
HEADER_TOKEN = "@@complaint-builder-header@@"
TITLE_TOKEN = "@@complaint-builder-title@@"
SUBJECT_TOKEN = "@@complaint-builder-subject@@"
DATE_TOKEN = datetime(2001, 2, 3, 4, 5, 6)
DATE_STAMP = "2001-02-03T04:05:06Z"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# A font with Cyrillic coverage on every platform: Word ships Times New Roman; LibreOffice maps it
# to the metric-compatible Liberation Serif. All four rFonts slots are set, so Cyrillic ("cs" is
# complex script, "eastAsia" for CJK fallback) never drops to a theme font without the glyphs.
FONT = "Times New Roman"
FONT_SIZE_HALF_POINTS = 24  # 12 pt

# A4 in twentieths of a point, with 2.5 cm margins (2 cm on the right) — usual for UN filings.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_TOP = MARGIN_BOTTOM = MARGIN_LEFT = 1418
MARGIN_RIGHT = 1134
HEADER_FOOTER_DISTANCE = 709

# Numbering instances (numbering.xml <w:num w:numId>): headings, numbered paragraphs, bullets.
NUM_HEADINGS = 1
NUM_PARAGRAPHS = 2
NUM_BULLETS = 3

# Style ids used by the writer; the names are what Word shows and python-docx reports.
STYLE_NUMBERED = "NumberedParagraph"
STYLE_NUMBERED_SUB = "NumberedSubparagraph"
STYLE_BULLET = "BulletItem"
STYLE_TABLE_TEXT = "TableText"
STYLE_TO_COMPLETE = "ToComplete"
STYLE_TABLE = "TableGrid"

_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'

_STYLES = f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
  <w:rPrDefault><w:rPr>{_FONTS}<w:sz w:val="{FONT_SIZE_HALF_POINTS}"/><w:szCs w:val="{FONT_SIZE_HALF_POINTS}"/>
    <w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
  <w:rPr>{_FONTS}</w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
  <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>
  <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
  <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
  </w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="{NUM_HEADINGS}"/></w:numPr>
  <w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="{STYLE_NUMBERED}"><w:name w:val="Numbered Paragraph"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{NUM_PARAGRAPHS}"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="{STYLE_NUMBERED_SUB}"><w:name w:val="Numbered Subparagraph"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{NUM_PARAGRAPHS}"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="{STYLE_BULLET}"><w:name w:val="Bullet Item"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{NUM_BULLETS}"/></w:numPr>
  <w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="{STYLE_TABLE_TEXT}"><w:name w:val="Table Text"/>
  <w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>
  <w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="{STYLE_TO_COMPLETE}"><w:name w:val="To Complete"/>
  <w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:highlight w:val="yellow"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="{STYLE_TABLE}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


def _level(ilvl: int, fmt: str, text: str, left: int, hanging: int, font: str | None = None) -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
    )


_DASH = "\u2013"

# Real Word numbering (STYLE.md: "paragraph numbers come from Word numbering, not from typed 1.").
# Headings: I., II., … as in UN communications; paragraphs: 1., 2., … continuous through the
# document so the text can cite "paragraph 12"; sub-points (a), (b), …; bullets for memo lists.
_NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="{NUM_HEADINGS}"><w:multiLevelType w:val="singleLevel"/>
  {_level(0, "upperRoman", "%1.", 567, 567)}</w:abstractNum>
<w:abstractNum w:abstractNumId="{NUM_PARAGRAPHS}"><w:multiLevelType w:val="multilevel"/>
  {_level(0, "decimal", "%1.", 567, 567)}{_level(1, "lowerLetter", "(%2)", 1134, 567)}</w:abstractNum>
<w:abstractNum w:abstractNumId="{NUM_BULLETS}"><w:multiLevelType w:val="singleLevel"/>
  {_level(0, "bullet", _DASH, 567, 283)}</w:abstractNum>
<w:num w:numId="{NUM_HEADINGS}"><w:abstractNumId w:val="{NUM_HEADINGS}"/></w:num>
<w:num w:numId="{NUM_PARAGRAPHS}"><w:abstractNumId w:val="{NUM_PARAGRAPHS}"/></w:num>
<w:num w:numId="{NUM_BULLETS}"><w:abstractNumId w:val="{NUM_BULLETS}"/></w:num>
</w:numbering>"""

# Footer "Page X of Y": PAGE and NUMPAGES fields, with cached results so viewers show a number.
_FOOTER_P = f"""<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="Footer"/></w:pPr>
<w:r><w:t xml:space="preserve">{{page}} </w:t></w:r>
<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>
<w:r><w:t xml:space="preserve"> {{of}} </w:t></w:r>
<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"""


def _replace_children(element, xml: str) -> None:
    """Replace the children of ``element`` by those of the root in ``xml``."""
    for child in list(element):
        element.remove(child)
    for child in parse_xml(xml):
        element.append(child)


_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_rels(part, reltypes: set[str]) -> None:
    for rid, rel in list(part.rels.items()):
        if rel.reltype in reltypes:
            del part.rels[rid]


def _build_template(page_word: str, of_word: str) -> bytes:
    doc = Document()
    _replace_children(doc.styles.element, _STYLES)
    _replace_children(doc.part.numbering_part.element, _NUMBERING)
    # Parts a draft never uses: they made the minimal python-docx file 800 kB of XML to parse.
    _drop_rels(doc.part, {_STYLES_WITH_EFFECTS, RT.CUSTOM_XML, RT.WEB_SETTINGS})
    _drop_rels(doc.part.package, {RT.THUMBNAIL})

    section = doc.sections[0]
    sect_pr = section._sectPr
    for child in list(sect_pr):
        sect_pr.remove(child)
    for child in parse_xml(
        f'<w:sectPr xmlns:w="{W_NS}"><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_FOOTER_DISTANCE}" w:footer="{HEADER_FOOTER_DISTANCE}" '
        'w:gutter="0"/></w:sectPr>'
    ):
        sect_pr.append(child)

    header = section.header
    header.is_linked_to_previous = False
    header.paragraphs[0].style = doc.styles["Header"]
    header.paragraphs[0].add_run(HEADER_TOKEN)
    footer = section.footer
    footer.is_linked_to_previous = False
    footer_el = footer._element
    for child in list(footer_el):
        footer_el.remove(child)
    footer_el.append(parse_xml(_FOOTER_P.format(page=page_word, of=of_word)))

    body = doc.element.body
    for child in list(body):
        if child.tag != f"{{{W_NS}}}sectPr":
            body.remove(child)
    props = doc.core_properties
    props.author = "Complaint Builder"
    props.last_modified_by = "Complaint Builder"
    props.comments = ""
    props.revision = 1
    props.title = TITLE_TOKEN
    props.subject = SUBJECT_TOKEN
    props.created = props.modified = DATE_TOKEN
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Template:
    """The base package split so that a draft only supplies its body, header text and metadata."""

    entries: tuple[tuple[str, bytes], ...]  # every member, in order; three are rewritten per draft
    document_head: str  # word/document.xml up to the body's sectPr
    document_tail: str  # from the sectPr to the end
    header_member: str
    header_xml: str  # holds HEADER_TOKEN

    def assemble(self, body_xml: str, header_text: str, title: str, subject: str, created: datetime) -> bytes:
        """Return DOCX bytes: the template with ``body_xml`` as its body (fixed ZIP timestamps)."""
        stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        replaced = {
            "word/document.xml": (self.document_head + body_xml + self.document_tail).encode("utf-8"),
            self.header_member: self.header_xml.replace(HEADER_TOKEN, xml_escape(header_text)).encode("utf-8"),
        }
        date_time = zip_date_time(created)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.entries:
                if name == "docProps/core.xml":
                    data = (data.decode("utf-8").replace(TITLE_TOKEN, xml_escape(title))
                            .replace(SUBJECT_TOKEN, xml_escape(subject)).replace(DATE_STAMP, stamp).encode("utf-8"))
                else:
                    data = replaced.get(name, data)
                # Fixed timestamps: the same case on the same day gives byte-identical files.
                info = zipfile.ZipInfo(name, date_time=date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        return buffer.getvalue()


def zip_date_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """Return ``moment`` as a ZIP timestamp, clamped to the years ZIP can store (1980-2107)."""
    if moment.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    if moment.year > 2107:
        return (2107, 12, 31, 23, 59, 58)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def template_bytes(page_word: str = "Page", of_word: str = "of") -> bytes:
    """Return the base document as bytes, built once per language of the footer."""
    return _build_template(page_word, of_word)


@cache
def template(page_word: str = "Page", of_word: str = "of") -> Template:
    """Return the cached base package, split for :meth:`Template.assemble`."""
    with zipfile.ZipFile(io.BytesIO(template_bytes(page_word, of_word))) as archive:
        entries = tuple((info.filename, archive.read(info)) for info in archive.infolist())
    members = dict(entries)
    document = members["word/document.xml"].decode("utf-8")
    cut = document.index("<w:sectPr", document.index("<w:body"))
    header_member = next(name for name, data in entries if name.startswith("word/header") and HEADER_TOKEN.encode() in data)
    return Template(entries=entries, document_head=document[:cut], document_tail=document[cut:],
                    header_member=header_member, header_xml=members[header_member].decode("utf-8"))
