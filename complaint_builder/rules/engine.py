"""Run the admissibility rules of each body over a case and compare the forums.

Public API (used by the CLI, the wizard and the documents; nothing else reaches into ``rules``):
``assess(case, body, as_of)``, ``assess_all(case, as_of)``, ``compare_forums(case, as_of)`` and
``filing_date(case, today)``.
"""

from __future__ import annotations

from datetime import date

from ..domain.case import Body, Case
from ..i18n import _
from . import cat, hrc, wgad
from .common import Facts
from .findings import (
    Assessment,
    Finding,
    ForumComparison,
    Route,
    Status,
    derive_verdict,
)

RULES = {Body.HRC: hrc.RULES, Body.CAT: cat.RULES, Body.WGAD: wgad.RULES}
ALL_BODIES = (Body.HRC, Body.CAT, Body.WGAD)


def filing_date(case: Case, today: date) -> date:
    """Return the date the case is judged at: its intended submission date, or ``today``."""
    return case.submission_date or today


def assess(case: Case, body: Body, as_of: date) -> Assessment:
    """Return every finding of ``body`` on ``case`` as if filed on ``as_of``, and the verdict."""
    facts = Facts.of(case, body, as_of)
    findings = _claims_knocked_out(tuple(rule(facts) for rule in RULES[body]), facts)
    return Assessment(body=body, as_of=as_of, findings=findings, verdict=derive_verdict(findings))


def _claims_knocked_out(findings: tuple[Finding, ...], facts: Facts) -> tuple[Finding, ...]:
    """Turn per-claim warnings into fails when, together, they leave no claim standing.

    admissibility.md §1: a criterion knocking out some claims warns; when every claim is knocked
    out by some criterion, each criterion responsible for a knocked-out claim reports ``fail``.
    """
    knocked = {claim for f in findings if f.status is Status.WARNING for claim in f.knocked_out}
    if not knocked:
        return findings
    claims = {claim.article for claim in facts.claims}
    if not claims or not claims <= knocked:
        return findings
    prefix = _("Together with the other grounds, no claim is left standing.") + " "
    return tuple(
        f._replace(status=Status.FAIL, explanation=prefix + f.explanation) if f.status is Status.WARNING and f.knocked_out else f
        for f in findings
    )


def assess_all(case: Case, as_of: date, bodies: tuple[Body, ...] = ALL_BODIES) -> dict[Body, Assessment]:
    return {body: assess(case, body, as_of) for body in bodies}


def compare_forums(case: Case, as_of: date) -> ForumComparison:
    """Put the three bodies side by side: which routes are open, which are closed, and why."""
    routes = []
    for body, assessment in assess_all(case, as_of).items():
        blocking = assessment.by_status(Status.FAIL)
        if blocking:
            summary = _("Closed: %(reason)s") % {"reason": blocking[0].explanation}
        elif assessment.by_status(Status.WARNING) or assessment.by_status(Status.NEEDS_INFO):
            summary = _("Open, with risks or missing information to resolve first.")
        else:
            summary = _("Open: no admissibility obstacle found on the facts given.")
        routes.append(Route(body=body, assessment=assessment, open=not blocking, summary=summary, blocking=blocking))
    return ForumComparison(as_of=as_of, routes=tuple(routes), notes=_forum_notes(case, tuple(routes)))


def _forum_notes(case: Case, routes: tuple[Route, ...]) -> tuple[str, ...]:
    notes = []
    open_treaty_bodies = [r.body for r in routes if r.open and r.body in (Body.HRC, Body.CAT)]
    if len(open_treaty_bodies) == 2:
        notes.append(
            _(
                "One committee at a time: the same facts cannot go to both the HRC and the CAT. "
                "While one examines them the other is barred (OP1 art. 5(2)(a); CAT art. 22(5)(a)), and "
                "once the HRC has examined them the CAT is barred for good (CAT art. 22(5)(a) covers "
                "past examination). Choose one committee for these facts."
            )
        )
    notes.append(
        _(
            "The WGAD needs no ratification and no exhaustion of domestic remedies; treaty bodies "
            "have not treated its opinions as another procedure of international investigation "
            "(to be confirmed), so a WGAD opinion on the detention rarely closes the HRC route."
        )
    )
    if any(r.body is Body.CAT and r.open for r in routes):
        notes.append(
            _(
                "The CAT requires exhaustion only of remedies likely to bring effective relief "
                "(art. 22(5)(b)); where the prosecutor refused to investigate torture, the CAT route "
                "is often easier on exhaustion than the HRC route."
            )
        )
    return tuple(notes)
