"""Consistency checks on a decoded case: each problem names its field path and says what is wrong."""

from __future__ import annotations

from datetime import date

from ..i18n import _
from .case import Case
from .codec import CaseFormatError
from .states import is_known_state

FILING_LANGUAGES = ("en", "fr", "ru", "es")  # OHCHR guidance note (documents.md §G)


def problems(case: Case, filing_date: date | None = None) -> list[CaseFormatError]:
    """Return every inconsistency in ``case``; ``filing_date`` bounds the dates of past facts."""
    found: list[CaseFormatError] = []

    def add(path: str, problem: str) -> None:
        found.append(CaseFormatError(path, problem))

    def not_after_filing(path: str, value: date | None) -> None:
        if value is not None and filing_date is not None and value > filing_date:
            add(path, _("%(date)s is after the filing date %(filing)s") % {"date": value.isoformat(), "filing": filing_date.isoformat()})

    def ordered(path: str, later: date | None, earlier: date | None, earlier_name: str) -> None:
        if later is not None and earlier is not None and later < earlier:
            add(path, _("before %(field)s") % {"field": earlier_name})

    if case.state and not is_known_state(case.state):
        add("state", _("%(code)r is not a State we know (use an ISO 3166 code such as KZ)") % {"code": case.state})
    for i, lang in enumerate(case.languages):
        if lang not in FILING_LANGUAGES:
            add(f"languages[{i}]", _("%(language)r is not a filing language (%(allowed)s)") % {"language": lang, "allowed": ", ".join(FILING_LANGUAGES)})
    for i, event in enumerate(case.events):
        path = f"events[{i}]"
        ordered(f"{path}.date_to", event.date_to, event.date_from, "date_from")
        not_after_filing(f"{path}.date_from", event.date_from)
        not_after_filing(f"{path}.date_to", event.date_to)
    for i, remedy in enumerate(case.domestic_remedies):
        path = f"domestic_remedies[{i}]"
        ordered(f"{path}.date_decided", remedy.date_decided, remedy.date_filed, "date_filed")
        not_after_filing(f"{path}.date_filed", remedy.date_filed)
        not_after_filing(f"{path}.date_decided", remedy.date_decided)
    for i, proc in enumerate(case.other_procedures):
        path = f"other_procedures[{i}]"
        ordered(f"{path}.date_concluded", proc.date_concluded, proc.date_filed, "date_filed")
        ordered(f"{path}.struck_out_on", proc.struck_out_on, proc.date_filed, "date_filed")
        ordered(f"{path}.withdrawal_requested_on", proc.withdrawal_requested_on, proc.date_filed, "date_filed")
        not_after_filing(f"{path}.date_filed", proc.date_filed)
        not_after_filing(f"{path}.date_concluded", proc.date_concluded)
    if case.detention is not None:
        ordered("detention.end", case.detention.end, case.detention.start, "start")
        not_after_filing("detention.start", case.detention.start)
    for i, victim in enumerate(case.victims):
        not_after_filing(f"victims[{i}].person.date_of_birth", victim.person.date_of_birth)
    return found
