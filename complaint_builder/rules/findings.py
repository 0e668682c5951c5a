"""What the engine returns: findings per criterion, a verdict per body, and the forum comparison."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from ..domain.case import Body
from ..i18n import N_, _


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARNING = "warning"
    NEEDS_INFO = "needs_info"


class Verdict(StrEnum):
    """Derived from the findings (shared/domain/README.md, "Aggregate"); never set by hand."""

    LIKELY_INADMISSIBLE = "likely_inadmissible"
    RISKS_OR_INCOMPLETE = "risks_or_incomplete"
    NO_OBSTACLE_FOUND = "no_obstacle_found"


VERDICT_LABELS = {
    Verdict.LIKELY_INADMISSIBLE: N_("likely inadmissible"),
    Verdict.RISKS_OR_INCOMPLETE: N_("risks or incomplete"),
    Verdict.NO_OBSTACLE_FOUND: N_("no admissibility obstacle found"),
}

STATUS_LABELS = {
    Status.PASS: N_("met"),
    Status.FAIL: N_("blocking"),
    Status.WARNING: N_("risk"),
    Status.NEEDS_INFO: N_("information needed"),
}

# Which part of the case a finding is about: the wizard links each finding to the step that fixes it.
TOPICS = ("start", "state", "parties", "events", "claims", "remedies", "procedures", "detention", "review")

# Order in which findings are shown: blocking first, then risks, then what is unknown.
STATUS_ORDER = {Status.FAIL: 0, Status.WARNING: 1, Status.NEEDS_INFO: 2, Status.PASS: 3}


class Deadline(NamedTuple):
    label: str
    on: date


class Finding(NamedTuple):
    """One criterion's result. A NamedTuple: immutable, and cheap to build ten thousand times a second."""

    criterion: str  # an id from shared/domain/README.md, exactly
    body: Body
    status: Status
    explanation: str  # plain language, for a lawyer
    source: str  # article / rule
    advice: str = ""  # what to do about it
    leading_case: str = ""
    topic: str = "review"
    claims: tuple[str, ...] = ()  # the claims (articles) this finding knocks out or concerns
    deadlines: tuple[Deadline, ...] = ()
    unverified: bool = False  # rests on a rule or datum marked [unverified] in the reference
    knocked_out: tuple[str, ...] = ()  # claims this criterion alone would have declared inadmissible


@dataclass(frozen=True, slots=True)
class Assessment:
    body: Body
    as_of: date
    findings: tuple[Finding, ...]
    verdict: Verdict

    @property
    def admissible(self) -> bool:
        """True unless a finding blocks the complaint (risks and gaps do not)."""
        return self.verdict is not Verdict.LIKELY_INADMISSIBLE

    def by_status(self, status: Status) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is status)

    def sorted_findings(self) -> tuple[Finding, ...]:
        """Return blocking problems first, then risks, then gaps, then what is met."""
        return tuple(sorted(self.findings, key=lambda f: STATUS_ORDER[f.status]))

    def finding(self, criterion: str) -> Finding | None:
        for f in self.findings:
            if f.criterion == criterion:
                return f
        return None

    @property
    def deadlines(self) -> tuple[Deadline, ...]:
        return tuple(d for f in self.findings for d in f.deadlines)


def derive_verdict(findings: tuple[Finding, ...]) -> Verdict:
    """Return the body's verdict: any fail blocks; any risk or gap leaves it open."""
    statuses = {f.status for f in findings}
    if Status.FAIL in statuses:
        return Verdict.LIKELY_INADMISSIBLE
    if Status.WARNING in statuses or Status.NEEDS_INFO in statuses:
        return Verdict.RISKS_OR_INCOMPLETE
    return Verdict.NO_OBSTACLE_FOUND


@dataclass(frozen=True, slots=True)
class Route:
    body: Body
    assessment: Assessment
    open: bool
    summary: str  # one line: why open / closed
    blocking: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class ForumComparison:
    as_of: date
    routes: tuple[Route, ...]
    notes: tuple[str, ...] = field(default=())  # cross-body consequences (one body at a time, ...)

    def route(self, body: Body) -> Route:
        return next(r for r in self.routes if r.body is body)


def verdict_label(verdict: Verdict) -> str:
    return _(VERDICT_LABELS[verdict])


def status_label(status: Status) -> str:
    return _(STATUS_LABELS[status])
