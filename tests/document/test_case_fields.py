"""The case-model fields that replaced placeholders: arrest place and warrant (§B.2), case law per
claim (§A.8), counsel's organisation (§A.4, §C) and the place of signature (§A.11, §B.9, §C)."""

from __future__ import annotations

from dataclasses import replace

from complaint_builder.document import build_set
from complaint_builder.domain.case import Case

from .conftest import AS_OF, all_text, hrc_case_ru, open_docx, wgad_case

PLACE_TODO = "place of signature"
AUTH_PLACE_TODO = "place where the authorisation is signed"
WARRANT_TODO = "whether a warrant was shown, and by which authority it was issued"
ISSUER_TODO = "authority that issued the warrant or decision"


def texts(case: Case) -> tuple[dict[str, str], dict[str, tuple[str, ...]], str]:
    """Return each document's text, each document's placeholders and the top of the memo."""
    result = build_set(case, AS_OF)
    docs = {d.kind: all_text(open_docx(d.data)) for d in result.documents}
    placeholders = {d.kind: d.placeholders for d in result.documents}
    memo = [p.text for p in open_docx(result.document("memo").data).paragraphs]
    top = "\n".join(memo[: memo.index("Case reference")])
    return docs, placeholders, top


def with_detention(case: Case, **changes) -> Case:
    assert case.detention is not None
    return replace(case, detention=replace(case.detention, **changes))


def section(text: str, start: str, end: str) -> str:
    """Return the text between the heading ``start`` and the next heading ``end``."""
    after = text.split(f"\n{start}\n", 1)[1]
    return after.split(f"\n{end}\n", 1)[0]


class DescribeSigningPlace:
    def it_keeps_highlighted_placeholders_listed_in_the_memo_while_missing(self):
        docs, placeholders, top = texts(hrc_case_ru())
        assert f"Place: [to complete: {PLACE_TODO}]" in docs["communication"]
        assert f"Place: [to complete: {AUTH_PLACE_TODO}]" in docs["authorisation"]
        assert PLACE_TODO in placeholders["communication"] and AUTH_PLACE_TODO in placeholders["authorisation"]
        assert PLACE_TODO in top and AUTH_PLACE_TODO in top

    def it_prints_the_place_in_the_signature_block_and_the_authorisation(self):
        docs, placeholders, top = texts(replace(hrc_case_ru(), signing_place="Алматы"))
        signature = docs["communication"].split("\nDate and signature\n", 1)[1]
        assert "Place: Алматы" in signature
        assert "Place: Алматы" in docs["authorisation"]
        for kind in ("communication", "authorisation"):
            assert "[to complete: place" not in docs[kind]
        assert PLACE_TODO not in placeholders["communication"]
        assert AUTH_PLACE_TODO not in placeholders["authorisation"]
        assert PLACE_TODO not in top and AUTH_PLACE_TODO not in top

    def it_prints_the_place_in_the_wgad_signature_block(self):
        docs, _placeholders, top = texts(replace(wgad_case(), signing_place="Almaty"))
        assert "Place: Almaty" in docs["communication"].split("\nDate and signature\n", 1)[1]
        assert PLACE_TODO not in top

    def it_treats_blank_text_as_missing(self):
        docs, _placeholders, top = texts(replace(hrc_case_ru(), signing_place="   "))
        assert f"Place: [to complete: {PLACE_TODO}]" in docs["communication"]
        assert PLACE_TODO in top


class DescribeArrest:
    def it_asks_for_the_warrant_while_unanswered(self):
        docs, placeholders, top = texts(wgad_case())
        arrest = section(docs["communication"], "Arrest", "Detention")
        assert f"[to complete: {WARRANT_TODO}]" in arrest
        assert WARRANT_TODO in placeholders["communication"] and WARRANT_TODO in top

    def it_prints_the_warrant_and_its_issuer(self):
        case = with_detention(wgad_case(), warrant_shown=True, warrant_authority="Almaty City Court (sanction of 22 January 2026)")
        docs, placeholders, top = texts(case)
        arrest = section(docs["communication"], "Arrest", "Detention")
        assert "Warrant or other decision of a public authority shown: Yes" in arrest
        assert "Authority that issued it: Almaty City Court (sanction of 22 January 2026)" in arrest
        assert "[to complete" not in arrest
        assert WARRANT_TODO not in placeholders["communication"] and WARRANT_TODO not in top

    def it_asks_for_the_issuer_when_a_warrant_was_shown_without_one(self):
        docs, placeholders, top = texts(with_detention(wgad_case(), warrant_shown=True))
        arrest = section(docs["communication"], "Arrest", "Detention")
        assert f"Authority that issued it: [to complete: {ISSUER_TODO}]" in arrest
        assert WARRANT_TODO not in top and ISSUER_TODO in top

    def it_says_no_warrant_was_shown(self):
        docs, _placeholders, top = texts(with_detention(wgad_case(), warrant_shown=False))
        arrest = section(docs["communication"], "Arrest", "Detention")
        assert "Warrant or other decision of a public authority shown: No" in arrest
        assert "Authority that issued it" not in arrest
        assert WARRANT_TODO not in top

    def it_prefers_the_arrest_place_given_to_the_event_place(self):
        docs, _placeholders, _top = texts(with_detention(wgad_case(), arrest_place="Home, 12 Abay Avenue, Almaty"))
        arrest = section(docs["communication"], "Arrest", "Detention")
        assert "Place of arrest: Home, 12 Abay Avenue, Almaty" in arrest

    def it_falls_back_to_the_place_of_the_event_on_the_arrest_date(self):
        docs, _placeholders, _top = texts(wgad_case())  # no arrest_place; the 23 January 2026 event is in Almaty
        assert "Place of arrest: Almaty" in section(docs["communication"], "Arrest", "Detention")

    def it_asks_for_the_place_when_neither_is_known(self):
        case = with_detention(replace(wgad_case(), events=()), arrest_place="")
        docs, placeholders, top = texts(case)
        assert "Place of arrest: [to complete: place of arrest]" in section(docs["communication"], "Arrest", "Detention")
        assert "place of arrest" in top


class DescribeJurisprudence:
    def it_prints_the_case_law_under_its_article(self):
        base = hrc_case_ru()
        first, second = base.claims
        case = replace(base, claims=(
            replace(first, jurisprudence="Saidova v. Tajikistan (CCPR/C/81/D/964/2001), para. 6.2.\n\n"
                                         "General comment No. 20 (1992), para. 12."),
            second))
        docs, _placeholders, _top = texts(case)
        text = docs["communication"]
        article_7 = text.index("Article 7 of the Covenant")
        article_14 = text.index("Article 14(3)(g) of the Covenant")
        saidova = text.index("Jurisprudence relied on: Saidova v. Tajikistan (CCPR/C/81/D/964/2001), para. 6.2.")
        comment = text.index("General comment No. 20 (1992), para. 12.")
        assert article_7 < saidova < comment < article_14
        assert text.count("Jurisprudence relied on") == 1  # none given for article 14(3)(g)

    def it_prints_nothing_when_none_is_given(self):
        docs, placeholders, _top = texts(hrc_case_ru())
        assert "Jurisprudence relied on" not in docs["communication"]
        assert not any("jurisprudence" in p.lower() for p in placeholders["communication"])

    def it_lists_the_case_law_among_the_rights_invoked_before_the_wgad(self):
        case = replace(wgad_case(), claims=(replace(hrc_case_ru().claims[0], jurisprudence="Opinion No. 45/2016 (Kazakhstan)"),))
        docs, _placeholders, _top = texts(case)
        assert "Jurisprudence relied on: Opinion No. 45/2016 (Kazakhstan)" in docs["communication"]


class DescribeCounselOrganisation:
    def it_names_counsel_organisation_in_section_a4_and_the_authorisation(self):
        base = hrc_case_ru()
        assert base.counsel is not None
        case = replace(base, counsel=replace(base.counsel, organisation="Бюро по правам человека"))
        docs, _placeholders, _top = texts(case)
        counsel = section(docs["communication"], "Counsel or other representative", "Preliminary questions")
        assert "Organisation: Бюро по правам человека" in counsel
        assert "Игорь Петров, Бюро по правам человека, пр. Достык 5, Алматы" in docs["authorisation"]

    def it_does_not_lend_the_authors_organisation_to_counsel(self):
        docs, _placeholders, _top = texts(hrc_case_ru())  # counsel has no organisation; the author has one
        counsel = section(docs["communication"], "Counsel or other representative", "Preliminary questions")
        assert "Organisation" not in counsel
        assert "Игорь Петров, пр. Достык 5, Алматы" in docs["authorisation"]

    def it_names_the_authors_organisation_when_the_author_represents(self):
        docs, _placeholders, _top = texts(replace(hrc_case_ru(), counsel=None))
        assert "Айгуль Нурланова, Казахстанское бюро (пример), ул. Абая 10, Алматы" in docs["authorisation"]
