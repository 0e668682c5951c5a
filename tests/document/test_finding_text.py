"""The communication states met conditions as the author's submission: no notes to the lawyer, no
advice, dates written out. The memo keeps the engine's text in full (dates written out too)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.document import build_set
from complaint_builder.document.finding_text import as_submission, for_the_lawyer, long_dates, without_advice
from complaint_builder.domain.case import (
    Author,
    AuthorRole,
    Body,
    Case,
    Claim,
    Confirmations,
    DomesticRemedy,
    Event,
    Person,
    RemedyLevel,
    RemedyOutcome,
    StateDataOverride,
    Treaty,
)
from complaint_builder.domain.codec import from_dict
from complaint_builder.rules.engine import assess, filing_date
from complaint_builder.rules.findings import Status

from .conftest import AS_OF, EXAMPLES, all_text, hrc_case_ru, open_docx, wgad_case

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def communication_and_memo(case: Case) -> tuple[str, str]:
    result = build_set(case, AS_OF)
    return (all_text(open_docx(result.document("communication").data)),
            all_text(open_docx(result.document("memo").data)))


def admissibility_section(text: str) -> str:
    return text.split("\nAdmissibility\n", 1)[1].split("\nThe complaint: how the facts violate", 1)[0]


def pre_2012_case() -> Case:
    """Filed in 2011, before HRC rule 99(c): the engine's delay finding is a '(tool heuristic)' pass."""
    return Case(
        title="Filed before the 2012 delay rule",
        body=Body.HRC,
        state="KZ",
        submission_date=date(2011, 6, 1),
        author=Author(person=Person(name="A. B.", nationality="Kazakhstan", address="Almaty", email="ab@example.org"),
                      role=AuthorRole.VICTIM),
        events=(Event(date_from=date(2010, 3, 1), description="Beaten in police custody.", place="Almaty"),),
        claims=(Claim(Treaty.ICCPR, "7", "Beaten in custody.", ("Medical report",)),),
        domestic_remedies=(DomesticRemedy(level=RemedyLevel.APPEAL, authority="Almaty City Court",
                                          date_filed=date(2010, 6, 1), date_decided=date(2010, 12, 1),
                                          outcome=RemedyOutcome.DISMISSED, final=True, raised_in_substance=True),),
        remedies_answered=True,
        other_procedures_answered=True,
        confirmations=Confirmations(facts_true=True, all_procedures_disclosed=True, respectful_language=True),
    )


def example(name: str) -> Case:
    return from_dict(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))


class DescribeLongDates:
    @pytest.mark.parametrize(("text", "expected"), [
        ("on 2013-01-15.", "on 15 January 2013."),
        ("(2008-02-21, deadline 2017-05-10)", "(21 February 2008, deadline 10 May 2017)"),
        ("2024-02-29", "29 February 2024"),
        ("not a date: 2013-02-30", "not a date: 2013-02-30"),
        ("a number 12013-01-155 or 2013-01-15-2", "a number 12013-01-155 or 2013-01-15-2"),
        ("no dates at all", "no dates at all"),
    ], ids=["sentence", "two", "leap-day", "invalid-kept", "embedded-kept", "none"])
    def it_writes_iso_dates_in_the_documents_style(self, text, expected):
        assert long_dates(text) == expected


class DescribeAsSubmission:
    @pytest.mark.parametrize(("text", "expected"), [
        ("Before 2012 no fixed period applied; the delay is not notable or is explained (tool heuristic).",
         "Before 2012 no fixed period applied; the delay is not notable or is explained."),
        ("The WGAD does not require domestic remedies to be exhausted; describe the steps taken anyway "
         "(questionnaire, domestic steps).",
         "The WGAD does not require domestic remedies to be exhausted."),
        ("Kazakhstan has made the article 22 declaration (its date is not in our data).",
         "Kazakhstan has made the article 22 declaration."),
        ("Bound since 2009-09-30. (Data checked by the user: UNTC IV-5, viewed 2026-11-20.)",
         "Bound since 30 September 2009."),
        ("Its denunciation takes effect on 2027-01-01: file before then.",
         "Its denunciation takes effect on 1 January 2027."),
        ("The ECtHR does not count as another procedure; disclose it anyway.",
         "The ECtHR does not count as another procedure."),
        ("The WGAD may defer to it (coordination rule, to be confirmed).", "The WGAD may defer to it."),
        ("Remedy 4 (constitutional) was not used: no such remedy.",
         "Remedy 4 (constitutional) was not used: no such remedy."),
        ("It was unlikely to bring effective relief (CAT art. 22(5)(b)). The author is identified.",
         "It was unlikely to bring effective relief (CAT art. 22(5)(b)). The author is identified."),
    ], ids=["tool-heuristic", "advice-clause", "our-data", "checked-by-user", "advice-after-colon",
            "disclose-anyway", "to-be-confirmed", "statement-after-colon", "nested-brackets-kept"])
    def it_keeps_only_the_statement_to_the_committee(self, text, expected):
        assert as_submission(text) == expected

    def it_drops_whole_sentences_of_advice(self):
        assert without_advice("The author is identified. Explain the delay. You should annex the decision.") \
            == "The author is identified."

    def it_never_returns_an_empty_submission(self):
        assert as_submission("Explain the delay.") == "The condition is met."

    def it_leaves_placeholder_text_its_advice_but_not_the_tool_remarks(self):
        text = "Filed after 2012-05-10 (tool heuristic). Explain the delay."
        assert for_the_lawyer(text) == "Filed after 10 May 2012. Explain the delay."


class DescribeCommunicationAndMemo:
    def it_omits_tool_heuristics_from_the_communication_but_keeps_them_in_the_memo(self):
        case = pre_2012_case()
        delay = assess(case, Body.HRC, filing_date(case, AS_OF)).finding("delay")
        assert delay is not None and delay.status is Status.PASS and "(tool heuristic)" in delay.explanation
        communication, memo = communication_and_memo(case)
        assert "heuristic" not in communication
        assert "Before 2012 no fixed period applied; the delay is not notable or is explained." in admissibility_section(communication)
        assert delay.explanation in memo  # the memo keeps the remark

    def it_omits_advice_from_the_communication_but_keeps_it_in_the_memo(self):
        communication, memo = communication_and_memo(wgad_case())
        assert "The WGAD does not require domestic remedies to be exhausted." in communication
        assert "describe the steps taken anyway" not in communication
        assert "describe the steps taken anyway" in memo

    def it_omits_the_users_data_check_note_from_the_submission(self):
        case = replace(hrc_case_ru(), state_override=StateDataOverride(op1_in_force=date(2009, 9, 30),
                                                                            checked_source="UNTC IV-5, viewed on 20 November 2026"))
        state_party = assess(case, Body.HRC, filing_date(case, AS_OF)).finding("competence.state_party")
        assert state_party is not None and "Data checked by the user" in state_party.explanation
        communication, memo = communication_and_memo(case)
        assert "Data checked by the user" not in admissibility_section(communication)
        assert "Kazakhstan has been bound by the Optional Protocol since 30 September 2009." in communication
        assert "Data checked by the user" in memo

    @pytest.mark.parametrize("name", ["cat-torture-prosecutor-refused", "hrc-events-before-op1", "wgad-kozlov-categories-ii-iii"])
    def it_writes_finding_dates_long_form(self, name):
        case = example(name)
        findings = assess(case, case.body, filing_date(case, AS_OF)).findings
        assert any(ISO.search(f.explanation) for f in findings), "the example should carry an ISO date in a finding"
        communication, memo = communication_and_memo(case)
        assert not ISO.search(admissibility_section(communication) if case.body is not Body.WGAD else communication)
        for finding in findings:
            for iso in ISO.findall(finding.explanation):
                long = long_dates(iso)
                assert long != iso
                assert long in memo
                if finding.status is Status.PASS:
                    assert long in communication

    def it_writes_the_cat_declaration_date_as_the_documents_do(self):
        communication, memo = communication_and_memo(example("cat-torture-prosecutor-refused"))
        assert "accepted individual complaints under article 22 on 21 February 2008." in communication
        assert "2008-02-21" not in communication and "2008-02-21" not in memo

    @pytest.mark.parametrize("name", sorted(p.stem for p in EXAMPLES.glob("*.json")))
    def it_leaves_no_tool_remark_in_any_example_communication(self, name):
        case = example(name)
        if case.body is None:
            pytest.skip("no body chosen: no communication")
        communication, _memo = communication_and_memo(case)
        for remark in ("heuristic", "to be confirmed", "our data", "checked by the user"):
            assert remark not in communication.lower()
