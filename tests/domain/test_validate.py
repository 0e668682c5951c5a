"""Consistency checks that name the field path and the problem."""

from __future__ import annotations

from datetime import date

import pytest

from complaint_builder.domain.case import Case, Detention, DomesticRemedy, Event, OtherProcedure
from complaint_builder.domain.validate import problems


def messages(case: Case, filing: date | None = date(2013, 1, 1)) -> list[str]:
    return [str(p) for p in problems(case, filing)]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        pytest.param(Case(state="XX"), "state: 'XX' is not a State we know", id="unknown-state"),
        pytest.param(Case(languages=("kk",)), "languages[0]: 'kk' is not a filing language", id="kazakh-not-a-filing-language"),
        pytest.param(
            Case(domestic_remedies=(DomesticRemedy(), DomesticRemedy(), DomesticRemedy(date_filed=date(2012, 5, 1), date_decided=date(2012, 4, 1)))),
            "domestic_remedies[2].date_decided: before date_filed",
            id="decision-before-filing",
        ),
        pytest.param(Case(events=(Event(date_from=date(2013, 1, 2)),)), "events[0].date_from: 2013-01-02 is after the filing date 2013-01-01", id="event-after-filing"),
        pytest.param(Case(events=(Event(date_from=date(2012, 5, 2), date_to=date(2012, 5, 1)),)), "events[0].date_to: before date_from", id="event-ends-before-it-starts"),
        pytest.param(Case(other_procedures=(OtherProcedure(date_filed=date(2012, 5, 2), date_concluded=date(2012, 1, 1)),)), "other_procedures[0].date_concluded: before date_filed", id="procedure-concluded-before-filed"),
        pytest.param(Case(detention=Detention(start=date(2012, 5, 2), end=date(2012, 5, 1))), "detention.end: before start", id="release-before-arrest"),
    ],
)
def test_each_problem_names_its_field(case, message):
    assert any(m.startswith(message) for m in messages(case)), messages(case)


def test_a_consistent_case_has_no_problem():
    case = Case(state="KZ", languages=("ru", "en"), events=(Event(date_from=date(2012, 1, 1), date_to=date(2012, 12, 31)),))
    assert messages(case) == []


def test_the_last_day_before_filing_is_allowed():
    assert messages(Case(events=(Event(date_from=date(2013, 1, 1)),))) == []
