"""The list of annexes (documents.md §E), numbered once so the body text can cite "Annex 3".

Groups follow §E in order; within a group, annexes go in date order (undated last, in the order
the user gave them). Every section asks the plan for the numbers of what it mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..domain.case import Body, Case, RemedyOutcome
from ..i18n import N_, _
from .labels import PROCEDURE_BODIES, REMEDY_LEVELS, fmt_date, join_words, label

# documents.md §E, groups 1-8.
GROUPS = (
    N_("Authorisation"),
    N_("Identity"),
    N_("Domestic decisions"),
    N_("Complaints and appeals"),
    N_("Evidence"),
    N_("Other international procedures"),
    N_("National legislation"),
    N_("Reports"),
)
AUTHORISATION, IDENTITY, DECISIONS, COMPLAINTS, EVIDENCE, PROCEDURES, LEGISLATION, REPORTS = range(8)

_DECIDED = {RemedyOutcome.DISMISSED, RemedyOutcome.GRANTED, RemedyOutcome.PARTLY_GRANTED,
            RemedyOutcome.LOST_BY_DEFAULT}


@dataclass(frozen=True, slots=True)
class Annex:
    number: int
    group: int
    description: str
    on: date | None
    missing: str = ""  # what the user still has to supply about this annex (e.g. its date)

    @property
    def group_name(self) -> str:
        return _(GROUPS[self.group])


@dataclass(slots=True)
class AnnexPlan:
    annexes: list[Annex] = field(default_factory=list)
    _refs: dict[tuple, list[int]] = field(default_factory=dict)

    def numbers(self, *keys: tuple) -> list[int]:
        out: list[int] = []
        for key in keys:
            out.extend(n for n in self._refs.get(key, ()) if n not in out)
        return sorted(out)

    def cite(self, *keys: tuple) -> str:
        """Return "Annex 3", "Annexes 3 and 4" or "" for what ``keys`` name."""
        return cite_numbers(self.numbers(*keys))

    def in_group(self, group: int) -> list[Annex]:
        return [a for a in self.annexes if a.group == group]


def cite_numbers(numbers: list[int]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return _("Annex %(n)d") % {"n": numbers[0]}
    return _("Annexes %(list)s") % {"list": join_words([str(n) for n in numbers])}


def _sort_key(item: tuple) -> tuple:
    group, on, order = item[0], item[2], item[5]
    return (group, on is None, on or date.min, order)


def plan_annexes(case: Case, body: Body) -> AnnexPlan:
    """Return the numbered annexes the documents for ``body`` refer to."""
    # (group, description, date, missing, keys, order)
    raw: list[tuple] = []

    def add(group: int, description: str, on: date | None, keys: Iterable[tuple], missing: str = "") -> None:
        raw.append((group, description, on, missing, tuple(keys), len(raw)))

    if not case.author_is_victim:
        auth = case.authorisation
        if auth.written is False and auth.why_absent:
            add(AUTHORISATION, _("Explanation why the victim's authorisation could not be obtained, "
                                 "with supporting document"), None, [("authorisation",)])
        elif body is Body.WGAD:
            add(AUTHORISATION, _("Consent of the detained person or the family to the submission"),
                auth.signed_on, [("authorisation",)])
        else:
            add(AUTHORISATION, _("Authorisation signed by the alleged victim"), auth.signed_on,
                [("authorisation",)], "" if auth.signed_on else _("date the authorisation was signed"))
    victims = case.victims
    for i, victim in enumerate(victims):
        name = victim.person.name or _("the alleged victim")
        add(IDENTITY, _("Copy of the identity document of %(name)s") % {"name": name}, None, [("identity", i)])
    if not victims and case.author_is_victim:
        add(IDENTITY, _("Copy of the identity document of the author"), None, [("identity", 0)])

    for i, remedy in enumerate(case.domestic_remedies):
        level = label(REMEDY_LEVELS, remedy.level)
        authority = remedy.authority or level
        if remedy.outcome is RemedyOutcome.NOT_USED:
            continue
        if remedy.date_filed is not None or remedy.outcome is not None:
            add(COMPLAINTS, _("%(level)s: complaint / appeal to %(authority)s") % {"level": level, "authority": authority},
                remedy.date_filed, [("remedy", i)], "" if remedy.date_filed else _("date the complaint was filed"))
        if remedy.outcome in _DECIDED or remedy.date_decided is not None:
            add(DECISIONS, _("Decision of %(authority)s") % {"authority": authority}, remedy.date_decided,
                [("remedy", i), ("decision", i)], "" if remedy.date_decided else _("date of the decision"))

    seen: dict[str, int] = {}
    for i, claim in enumerate(case.claims):
        for item in claim.evidence:
            text = item.strip()
            if not text:
                continue
            if text in seen:
                raw[seen[text]] = raw[seen[text]][:4] + (raw[seen[text]][4] + (("claim", i),),) + raw[seen[text]][5:]
                continue
            seen[text] = len(raw)
            add(EVIDENCE, text, None, [("claim", i)])
    if case.detention is not None and body is Body.WGAD:
        add(EVIDENCE, _("Detention records: arrest report, detention orders, court rulings on detention"),
            case.detention.start, [("detention",)])
    if case.urgent_risk is not None:
        add(EVIDENCE, _("Documents showing the risk and its imminence (order, hearing notice, medical report)"),
            case.urgent_risk.by_date, [("urgent",)])

    for i, proc in enumerate(case.other_procedures):
        name = label(PROCEDURE_BODIES, proc.body)
        ref = f" ({proc.reference})" if proc.reference else ""
        add(PROCEDURES, _("Correspondence and decisions of the %(body)s%(ref)s") % {"body": name, "ref": ref},
            proc.date_concluded or proc.date_filed, [("procedure", i)])

    if case.detention is not None and case.detention.legal_basis_given:
        add(LEGISLATION, _("Text of the provisions applied: %(law)s") % {"law": case.detention.legal_basis_given},
            None, [("legislation",)])

    plan = AnnexPlan()
    for number, (group, description, on, missing, keys, _order) in enumerate(sorted(raw, key=_sort_key), 1):
        plan.annexes.append(Annex(number, group, description, on, missing))
        for key in keys:
            plan._refs.setdefault(key, []).append(number)
    return plan


def annex_date(annex: Annex) -> str:
    return fmt_date(annex.on)
