"""Names, dates, escaping, languages and translation hooks of the drafts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from complaint_builder import i18n
from complaint_builder.document import build_set
from complaint_builder.document.labels import fmt_date, slugify
from complaint_builder.domain.case import Claim, Event, Person, Treaty, Victim, VictimStatus

from .conftest import AS_OF, all_text, headings, hrc_case_ru, open_docx, wgad_case


class DescribeSlugify:
    @pytest.mark.parametrize(("title", "slug"), [
        ("Козлов v. Казахстан", "kozlov-v-kazakhstan"),
        ("Жанаозен: пытки", "zhanaozen-pytki"),
        ("Қазақстан — әділ сот", "kazakstan-adil-sot"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("Müller & Søn", "muller-søn"),
        ("张伟案", "张伟案"),
        ("", "case"),
        ("...", "case"),
    ], ids=["russian", "russian-colon", "kazakh-letters", "path-traversal", "windows-path", "accents",
            "chinese-kept", "empty", "dots-only"])
    def it_makes_safe_file_names(self, title, slug):
        assert slugify(title) == slug

    def it_limits_the_length(self):
        assert len(slugify("очень " * 40)) <= 60


class DescribeDates:
    def it_writes_un_style_dates(self):
        assert fmt_date(date(2026, 11, 25)) == "25 November 2026"
        assert fmt_date(None) == ""


class DescribeUserText:
    def it_escapes_markup_and_drops_characters_xml_forbids(self):
        case = hrc_case_ru()
        nasty = "Protocol <w:p> & \"quotes\" \x01\x0b end"
        case = replace(case, title="Case <b>&</b>", events=(Event(date_from=date(2024, 1, 1), description=nasty),))
        result = build_set(case, AS_OF)
        for document in result.documents:
            text = all_text(open_docx(document.data))
            assert "Case <b>&</b>" in text
        text = all_text(open_docx(result.document("communication").data))
        assert 'Protocol <w:p> & "quotes"  end' in text

    def it_keeps_single_line_breaks_inside_a_paragraph(self):
        case = replace(hrc_case_ru(), remedies_sought="First line\nsecond line")
        doc = open_docx(build_set(case, AS_OF).document("communication").data)
        assert any("First line\nsecond line" in p.text for p in doc.paragraphs)


class DescribeLanguages:
    def it_flags_a_language_the_wgad_does_not_accept(self):
        result = build_set(replace(wgad_case(), languages=("ru",)), AS_OF)
        assert any("accepts submissions in English, French and Spanish only" in w for w in result.warnings)
        assert any("submission language" in p for p in result.document("communication").placeholders)

    def it_lists_annex_languages_beside_the_filing_language(self):
        text = all_text(open_docx(build_set(hrc_case_ru(), AS_OF).document("communication").data))
        assert "Russian; annexes also in Kazakh" in text


class DescribeSeveralVictims:
    def it_writes_one_block_and_one_authorisation_per_victim(self):
        case = hrc_case_ru()
        second = Victim(person=Person(name="Мария Сагинтаева", date_of_birth=date(2010, 5, 5)), status_now=VictimStatus.MINOR)
        case = replace(case, victims=case.victims + (second,))
        result = build_set(case, AS_OF)
        comm = open_docx(result.document("communication").data)
        assert headings(comm, 2)[:2] == ["Alleged victim 1", "Alleged victim 2"]
        auth = open_docx(result.document("authorisation").data)
        assert [p.text for p in auth.paragraphs if p.style.name == "Title"] == ["Authorisation", "Authorisation"]
        text = all_text(auth)
        assert "Мария Сагинтаева" in text and "who cannot sign (a minor)" in text


class DescribeClaims:
    def it_asks_to_restate_a_claim_under_the_wrong_treaty(self):
        case = replace(hrc_case_ru(), claims=hrc_case_ru().claims + (Claim(Treaty.CAT, "3", "Высылка."),))
        text = all_text(open_docx(build_set(case, AS_OF).document("communication").data))
        assert "Article 3 of the Convention — No return to a risk of torture" in text
        assert "[to complete: restate this claim under the Covenant" in text

    def it_asks_for_a_substantive_article_with_article_2(self):
        case = replace(hrc_case_ru(), claims=(Claim(Treaty.ICCPR, "2(3)", "Нет эффективного средства."),))
        text = all_text(open_docx(build_set(case, AS_OF).document("communication").data))
        assert "the substantive article (arts 6-27) that article 2(3) is invoked together with" in text


class DescribeTranslationHook:
    def it_passes_every_document_phrase_through_the_i18n_hook(self):
        token = i18n.use(lambda message: f"«{message}»")
        try:
            result = build_set(hrc_case_ru(), AS_OF)
        finally:
            i18n.reset(token)
        for document in result.documents:
            doc = open_docx(document.data)
            for heading in headings(doc) + headings(doc, 2):
                if heading.startswith("Article "):
                    continue
                assert heading.startswith("«") or "«" in heading, (document.kind, heading)
            assert "«Page»" in doc.sections[0].footer._element.xml
        # The case's own words are never translated.
        assert "Ерлан Сагинтаев" in all_text(open_docx(result.document("communication").data))


class DescribeUrgency:
    def it_warns_when_the_date_of_the_harm_has_passed(self):
        case = hrc_case_ru()
        case = replace(case, urgent_risk=replace(case.urgent_risk, by_date=date(2026, 11, 1)))
        result = build_set(case, AS_OF)
        assert any("has already passed" in w for w in result.warnings)

    def it_counts_days_from_the_date_of_the_request(self):
        text = all_text(open_docx(build_set(hrc_case_ru(), AS_OF).document("interim-measures").data))
        assert "10 December 2026 (9 days after the date of this request)" in text
