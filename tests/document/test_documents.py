"""Open every generated DOCX with python-docx and check its structure and content."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Mm

from complaint_builder.document import build_documents, build_set, build_zip, render
from complaint_builder.document.finding_text import as_submission, long_dates
from complaint_builder.document.labels import fmt_date
from complaint_builder.domain.case import AuthorRole, Body
from complaint_builder.rules.engine import assess, filing_date
from complaint_builder.rules.findings import Status

from .conftest import (
    AS_OF,
    all_text,
    example_cases,
    headings,
    hrc_case_ru,
    huge_case,
    open_docx,
    pre_op1_case,
    sparse_case,
    wgad_case,
)

# documents.md §A sections 1-11 (the admissibility section is ours, from the findings).
HRC_CAT_HEADINGS = [
    "General information",
    "Complainant (author) and main correspondent",
    "Alleged victim(s)",
    "Counsel or other representative",
    "Preliminary questions",
    "Facts",
    "Exhaustion of domestic remedies",
    "Admissibility",
    "The complaint: how the facts violate the Covenant",
    "Remedies sought",
    "Checklist of supporting documents and list of annexes",
    "Date and signature",
]
# documents.md §B sections 1-9.
WGAD_HEADINGS = [
    "General information",
    "Identity of the person deprived of liberty",
    "Arrest",
    "Detention",
    "Circumstances and why the deprivation of liberty is arbitrary",
    "Steps taken before domestic courts and authorities",
    "Other international procedures",
    "Source of the communication and consent",
    "Confidentiality",
    "Remedies sought",
    "Checklist of supporting documents and list of annexes",
    "Date and signature",
]
MEMO_HEADINGS = ["Read first", "Case reference", "Summary of facts and claims", "Findings", "Deadlines",
                 "Forum choice", "Open questions and rules to be confirmed", "Risks for the client", "How to file"]


def docs_of(case, as_of=AS_OF):
    result = build_set(case, as_of)
    return result, {d.kind: open_docx(d.data) for d in result.documents}


class DescribeBuildDocuments:
    def it_returns_every_applicable_document_with_telling_names(self):
        files = build_documents(hrc_case_ru(), AS_OF)
        names = [name for name, _data in files]
        # Dated on the case's submission date (1 Dec 2026), named by body, kind and case.
        assert names == [
            "HRC_communication_zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.docx",
            "HRC_authorisation_zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.docx",
            "HRC_interim-measures_zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.docx",
            "HRC_annexes_zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.docx",
            "HRC_memo_zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.docx",
        ]
        for _name, data in files:
            assert data[:2] == b"PK"

    def it_skips_the_authorisation_when_the_author_is_the_victim(self):
        case = hrc_case_ru()
        case = type(case)(**{**{f: getattr(case, f) for f in case.__dataclass_fields__},
                             "author": type(case.author)(person=case.author.person, role=AuthorRole.VICTIM),
                             "victims": (), "counsel": None, "urgent_risk": None})
        kinds = [d.kind for d in build_set(case, AS_OF).documents]
        assert kinds == ["communication", "annexes", "memo"]

    def it_writes_an_urgent_appeal_for_the_wgad(self):
        kinds = [d.kind for d in build_set(wgad_case(), AS_OF).documents]
        assert kinds == ["communication", "authorisation", "urgent-appeal", "annexes", "memo"]

    def it_writes_only_the_memo_when_no_body_is_chosen(self):
        case = sparse_case()
        case = type(case)(**{**{f: getattr(case, f) for f in case.__dataclass_fields__}, "body": None})
        result, docs = docs_of(case)
        assert [d.kind for d in result.documents] == ["memo"]
        assert result.documents[0].filename.startswith("ALL_memo_case_")
        assert "No body chosen" in all_text(docs["memo"])

    def it_zips_the_same_files(self):
        name, data = build_zip(hrc_case_ru(), AS_OF)
        assert name == "zhanaozen-pytki-i-nespravedlivyy-sud-erlan-sagintaev_2026-12-01.zip"
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            assert archive.namelist() == [n for n, _d in build_documents(hrc_case_ru(), AS_OF)]
            for member in archive.namelist():
                open_docx(archive.read(member))

    def it_is_deterministic(self):
        assert build_zip(hrc_case_ru(), AS_OF) == build_zip(hrc_case_ru(), AS_OF)

    @pytest.mark.parametrize(("name", "case"), example_cases() or [pytest.param("none", None, marks=pytest.mark.skip(reason="no examples/ yet"))])
    def it_renders_every_example_case(self, name, case):
        result, docs = docs_of(case)
        assert "memo" in docs and (case.body is None or "communication" in docs)
        for doc in docs.values():
            assert headings(doc) or doc.paragraphs


class DescribeCommunication:
    def it_follows_the_model_form_for_the_hrc(self):
        _result, docs = docs_of(hrc_case_ru())
        assert headings(docs["communication"]) == HRC_CAT_HEADINGS

    def it_follows_the_model_form_for_the_cat_and_skips_absent_counsel(self):
        _result, docs = docs_of(sparse_case())
        expected = [h.replace("the Covenant", "the Convention") for h in HRC_CAT_HEADINGS
                    if h != "Counsel or other representative"]
        assert headings(docs["communication"]) == expected

    def it_follows_the_questionnaire_for_the_wgad(self):
        _result, docs = docs_of(wgad_case())
        doc = docs["communication"]
        assert headings(doc) == WGAD_HEADINGS
        text = all_text(doc)
        assert "Category II" in text and "Category III" in text
        assert "Criminal Code art. 164" in text
        assert "URGENT APPEAL requested" in text

    def it_carries_the_facts_dates_and_cyrillic_text(self):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        text = all_text(docs["communication"])
        for event in case.events:
            assert event.description.split("\n\n")[0] in text
            assert fmt_date(event.date_from) in text
        assert "Врач не был допущен." in text  # second paragraph of a description
        assert "Ерлан Сагинтаев" in text and "Верховный суд Республики Казахстан" in text
        assert "Заключение судебно-медицинской экспертизы от 21.12.2023" in text
        assert "Пересмотреть приговор и выплатить компенсацию." in text
        assert "30 September 2009" in text  # OP1 in force for Kazakhstan (states.csv)
        assert "REQUEST FOR INTERIM MEASURES (rule 94)" in text

    def it_lists_facts_in_date_order(self):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        text = all_text(docs["communication"])
        positions = [text.index(fmt_date(d)) for d in (date(2023, 12, 17), date(2024, 1, 10), date(2024, 6, 4))]
        assert positions == sorted(positions)

    def it_puts_remedies_and_annexes_in_tables(self):
        case = hrc_case_ru()
        result, docs = docs_of(case)
        doc = docs["communication"]
        remedies = next(t for t in doc.tables if t.rows[0].cells[0].text == "No." and "Remedy" in t.rows[0].cells[1].text)
        assert len(remedies.rows) == 1 + len(case.domestic_remedies)
        row = [c.text for c in remedies.rows[3].cells]
        assert row[2] == "Верховный суд Республики Казахстан"
        assert row[3] == "1 October 2024" and row[4] == "3 March 2025"
        annexes = next(t for t in doc.tables if t.rows[0].cells[0].text == "Annex")
        numbers = [r.cells[0].text for r in annexes.rows[1:]]
        assert numbers == [str(i) for i in range(1, len(numbers) + 1)]
        # The body cites the annex the table lists (documents.md §E: numbering the body refers to).
        supreme = next(r for r in annexes.rows[1:] if "Decision of Верховный суд" in r.cells[1].text)
        assert f"Annex {supreme.cells[0].text}" in row[6] or supreme.cells[0].text in row[6]
        evidence = next(r for r in annexes.rows[1:] if r.cells[1].text == "Показания сокамерника")
        assert f"Annex {evidence.cells[0].text}" in all_text(doc) or "Annexes " in all_text(doc)

    def it_answers_each_condition_from_the_findings_with_their_sources(self):
        case = hrc_case_ru()
        filed = filing_date(case, AS_OF)
        assessment = assess(case, Body.HRC, filed)
        _result, docs = docs_of(case)
        text = all_text(docs["communication"])
        for finding in assessment.findings:
            assert finding.source in text, finding.criterion
            if finding.status is Status.PASS:
                assert as_submission(finding.explanation) in text

    def it_renders_from_an_assessment_directly(self):
        case = hrc_case_ru()
        assessment = assess(case, Body.HRC, filing_date(case, AS_OF))
        doc = open_docx(render(case, assessment))
        assert headings(doc) == HRC_CAT_HEADINGS

    def it_marks_missing_data_with_highlighted_placeholders(self):
        result, docs = docs_of(sparse_case())
        doc = docs["communication"]
        todo_runs = [r for p in doc.paragraphs for r in p.runs if r.text.startswith("[to complete:")]
        assert len(todo_runs) >= 8
        assert all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in todo_runs)
        text = all_text(doc)
        for what in ("full name of the author", "the facts, in chronological order, with dates and places",
                     "the articles violated and why the facts violate each of them"):
            assert f"[to complete: {what}]" in text
        placeholders = result.document("communication").placeholders
        assert "full name of the author" in placeholders

    def it_numbers_paragraphs_with_word_numbering(self):
        _result, docs = docs_of(hrc_case_ru())
        doc = docs["communication"]
        numbered = [p for p in doc.paragraphs if p.style.name == "Numbered Paragraph"]
        assert len(numbered) > 15
        assert not any(re.match(r"\d+\.\s", p.text) for p in numbered)  # no typed "1."
        num_pr = doc.styles["Numbered Paragraph"].element.pPr.numPr
        num_id = num_pr.numId.val
        numbering = doc.part.numbering_part.element
        nums = {n.numId: n for n in numbering.num_lst}
        assert num_id in nums
        abstract_id = nums[num_id].abstractNumId.val
        fmt = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract_id}"]/w:lvl[@w:ilvl="0"]/w:numFmt/@w:val')
        assert fmt == ["decimal"]
        assert doc.styles["Heading 1"].element.pPr.numPr is not None

    def it_cites_the_interim_measures_paragraph_by_its_number(self):
        result, docs = docs_of(hrc_case_ru())
        doc = docs["communication"]
        numbered = [p for p in doc.paragraphs if p.style.name == "Numbered Paragraph"]
        banner = next(p.text for p in doc.paragraphs if p.text.startswith("REQUEST FOR INTERIM MEASURES"))
        n = int(banner.split("paragraph ")[1].split(",")[0])
        assert numbered[n - 1].text.startswith("Interim measures requested: yes.")
        assert f"(paragraph {n})" in all_text(docs["interim-measures"])


class DescribeLayout:
    @pytest.mark.parametrize("kind", ["communication", "authorisation", "interim-measures", "annexes", "memo"])
    def it_is_a4_with_header_page_numbers_and_a_cyrillic_font(self, kind):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        doc = docs[kind]
        section = doc.sections[0]
        assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
        assert Mm(15) <= section.left_margin <= Mm(30) and Mm(15) <= section.right_margin <= Mm(30)
        header = " ".join(p.text for p in section.header.paragraphs)
        # Drafts are dated on the filing date; the memo on the day it is written.
        assert case.title in header and ("25 November 2026" if kind == "memo" else "1 December 2026") in header
        footer_xml = section.footer._element.xml
        assert 'w:instr=" PAGE "' in footer_xml and "NUMPAGES" in footer_xml
        fonts = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")[0]
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            assert fonts.get(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}") == "Times New Roman"


class DescribeOtherDocuments:
    def it_writes_an_authorisation_ready_to_sign(self):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        text = all_text(docs["authorisation"])
        assert "Ерлан Сагинтаев" in text and "Игорь Петров" in text
        assert "2 March 1984" in text and "1 February 2024" in text
        assert "Human Rights Committee" in text and "Kazakhstan" in text
        assert "articles 7 and 14(3)(g) of the Covenant" in text
        assert "not be published" in text  # confidentiality requested
        assert "Signature of" in text

    def it_lets_a_relative_sign_for_a_victim_who_cannot(self):
        _result, docs = docs_of(pre_op1_case())
        text = all_text(docs["authorisation"])
        assert "who cannot sign (deceased)" in text
        assert "The victim died in 2007." in text and "mother" in text

    def it_writes_the_interim_measures_request(self):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        doc = docs["interim-measures"]
        text = all_text(doc)
        assert doc.paragraphs[0].text == "URGENT — Request for interim measures under rule 94"
        assert headings(doc) == ["Irreparable harm feared", "Imminence", "Measure requested",
                                 "Link to the main communication", "Evidence, date and signature"]
        assert "Special Rapporteur on new communications and interim measures" in text
        assert "Отказ в лечении после избиения; давление 200/120." in text
        assert "10 December 2026" in text

    def it_writes_the_wgad_urgent_appeal(self):
        _result, docs = docs_of(wgad_case())
        text = all_text(docs["urgent-appeal"])
        assert "URGENT APPEAL" in text and "Colony No. 12, Petropavlovsk" in text
        assert "to release him or give him immediate access to a cardiologist" in text

    def it_writes_the_annex_list_with_the_communications_numbers(self):
        result, docs = docs_of(hrc_case_ru())
        comm = next(t for t in docs["communication"].tables if t.rows[0].cells[0].text == "Annex")
        annex = next(t for t in docs["annexes"].tables if t.rows[0].cells[0].text == "Annex")
        assert [[c.text for c in r.cells] for r in comm.rows] == [[c.text for c in r.cells] for r in annex.rows]


class DescribeMemo:
    def it_has_every_part_of_section_f(self):
        _result, docs = docs_of(hrc_case_ru())
        assert headings(docs["memo"]) == MEMO_HEADINGS

    def it_shows_every_finding_of_every_body_with_its_source(self):
        case = hrc_case_ru()
        filed = filing_date(case, AS_OF)
        _result, docs = docs_of(case)
        text = all_text(docs["memo"])
        for body in (Body.HRC, Body.CAT, Body.WGAD):
            for finding in assess(case, body, filed).findings:
                assert long_dates(finding.explanation) in text, (body, finding.criterion)
                assert finding.source in text
                if finding.leading_case:
                    assert finding.leading_case in text
        assert "Forum choice" in text and "Human Rights Committee (chosen)" in text

    def it_lists_every_placeholder_of_the_drafts_at_the_top(self):
        result, docs = docs_of(sparse_case())
        memo = docs["memo"]
        paragraphs = [p.text for p in memo.paragraphs]
        top = paragraphs[: paragraphs.index("Case reference")]
        for document in result.documents[:-1]:
            for placeholder in document.placeholders:
                assert placeholder in top

    def it_states_blocking_problems_at_the_top_and_still_drafts(self):
        case = pre_op1_case()
        result, docs = docs_of(case)
        assert "communication" in docs
        assessment = assess(case, Body.HRC, filing_date(case, AS_OF))
        blocking = assessment.by_status(Status.FAIL)
        assert blocking, "the engine should block HRC events before OP1 came into force"
        paragraphs = [p.text for p in docs["memo"].paragraphs]
        top = "\n".join(paragraphs[: paragraphs.index("Case reference")])
        assert "would very likely find the communication inadmissible" in top
        for finding in blocking:
            assert long_dates(finding.explanation) in top
        assert any("inadmissible" in w for w in result.warnings)

    def it_lists_deadlines_from_the_findings(self):
        case = hrc_case_ru()
        _result, docs = docs_of(case)
        text = all_text(docs["memo"])
        filed = filing_date(case, AS_OF)
        for body in (Body.HRC, Body.CAT, Body.WGAD):
            for deadline in assess(case, body, filed).deadlines:
                assert deadline.label in text and fmt_date(deadline.on) in text
        assert "10 December 2026" in text  # the urgent risk's date


class DescribePageLimit:
    def it_warns_when_the_communication_would_exceed_fifty_pages(self):
        result, docs = docs_of(huge_case())
        assert result.document("communication").estimated_pages > 50
        assert any("50-page limit" in w for w in result.warnings)
        assert "50-page limit" in all_text(docs["memo"])

    def it_does_not_warn_for_a_normal_case(self):
        result = build_set(hrc_case_ru(), AS_OF)
        assert not any("page" in w for w in result.warnings)
