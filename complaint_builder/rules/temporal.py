"""Sort the events of a case around a treaty date (ratione temporis, admissibility.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain import sources as src
from ..domain.case import Event, PostAnchorKind
from ..i18n import _
from .findings import Finding, Status

if TYPE_CHECKING:
    from .common import Facts

# Post-date events that can bring earlier facts within reach (at most a warning) ...
COUNTING_KINDS = frozenset(
    {PostAnchorKind.NEW_ACT_ON_VICTIM, PostAnchorKind.CONTINUING_SITUATION, PostAnchorKind.PROCEEDINGS_ON_MERITS}
)
# ... and those that cannot: refusals to reopen, amnesty or limitation laws, mere consequences
# (Quliyev v. Azerbaijan 1972/2010 para. 8.3; A.P. v. Kazakhstan 2726/2016).
NON_COUNTING_KINDS = frozenset(
    {PostAnchorKind.REMEDY_REFUSAL, PostAnchorKind.GENERAL_LEGISLATION, PostAnchorKind.CONSEQUENCE_ONLY}
)


@dataclass(frozen=True, slots=True)
class Split:
    before: tuple[Event, ...]  # entirely before the anchor, not continuing
    straddling: tuple[Event, ...]  # began before, lasted or continues past the anchor
    after: tuple[Event, ...]  # began on or after the anchor
    undated: tuple[Event, ...]


def split(events: tuple[Event, ...], anchor: date) -> Split:
    """Return the events before, across and after ``anchor``."""
    before, straddling, after, undated = [], [], [], []
    for event in events:
        if event.date_from is None:
            undated.append(event)
        elif event.date_from >= anchor:
            after.append(event)
        elif event.continuing or (event.date_to is not None and event.date_to >= anchor):
            straddling.append(event)
        else:
            before.append(event)
    return Split(tuple(before), tuple(straddling), tuple(after), tuple(undated))


def later_events_count(after: tuple[Event, ...]) -> bool | None:
    """Return whether post-date events can carry the earlier facts (None: their kind is not given)."""
    kinds = [e.post_anchor_kind for e in after]
    if any(k in COUNTING_KINDS or k is PostAnchorKind.DISAPPEARANCE_CONCEALED for k in kinds):
        return True
    if None in kinds:
        return None
    return False


def temporis_finding(f: "Facts", criterion: str, anchor: date, source: str, *, declaration: bool, bound_since: str, unverified_data: bool) -> Finding:
    """Return the ratione temporis finding for ``anchor`` (shared by the HRC and the CAT)."""
    events = f.case.events
    if not events:
        return f.finding(criterion, Status.NEEDS_INFO, _("No events are dated yet."), source, _("Add the events with their dates."), topic="events")
    parts = split(events, anchor)
    when = _("%(since)s (%(date)s)") % {"since": bound_since, "date": anchor.isoformat()}
    decl = (" " + _("The State also declared that the Committee is competent only for acts after that date.")) if declaration else ""
    if parts.undated:
        return f.finding(criterion, Status.NEEDS_INFO, _("Some events have no date, so it cannot be checked that they happened after %(when)s.") % {"when": when}, source, _("Give a date (or at least a month) for every event."), topic="events")
    if not parts.before and not parts.straddling:
        return f.finding(criterion, Status.PASS, _("All the events took place after %(when)s.") % {"when": when} + decl, source, topic="events")
    if any(e.post_anchor_kind is PostAnchorKind.DISAPPEARANCE_CONCEALED for e in events):
        return f.finding(criterion, Status.WARNING, _("The facts began before %(when)s; an enforced disappearance whose concealment continues may be treated as continuing, but this is not settled.") % {"when": when} + decl, source, _("Show each refusal to disclose the person's fate after the date."), topic="events", unverified=True)
    if parts.straddling:
        return f.finding(criterion, Status.WARNING, _("Some facts began before %(when)s and continued after it: only the part after the date, or its affirmation after the date, can be examined.") % {"when": when} + decl, source, _("Frame the claims on what happened or continued after the date."), leading_case=src.CASE_E_AK_HUNGARY, topic="events")
    if not parts.after:
        status = Status.WARNING if unverified_data else Status.FAIL
        return f.finding(criterion, status, _("Every event took place before %(when)s, and nothing is said to continue after it.") % {"when": when} + decl, source, _("Only facts after the date, or a violation continuing after it, can be examined. Check for later acts against the victim."), leading_case=src.CASE_AP_KAZAKHSTAN, topic="events", unverified=unverified_data)
    counts = later_events_count(parts.after)
    if counts is None:
        return f.finding(criterion, Status.WARNING, _("Some facts predate %(when)s; whether the later events can carry them depends on what those later events are.") % {"when": when} + decl, source, _("For each later event, say whether it is a new act against the victim, a continuing situation, proceedings that endorsed the earlier act, or only a refusal to reopen."), topic="events")
    if counts:
        return f.finding(criterion, Status.WARNING, _("Some facts predate %(when)s: claims resting on them alone will be declared inadmissible; later acts, or proceedings that endorsed the earlier act, can be examined.") % {"when": when} + decl, source, _("Build the claims on the facts after the date."), leading_case=src.CASE_E_AK_HUNGARY, topic="events")
    status = Status.WARNING if unverified_data else Status.FAIL
    return f.finding(criterion, status, _("The facts complained of predate %(when)s; the later events are only refusals to reopen, general laws or consequences of the earlier acts, which do not bring them within reach.") % {"when": when} + decl, source, _("Only a new act or an affirmation of the earlier violation after the date can be examined."), leading_case=src.CASE_AP_KAZAKHSTAN + "; " + src.CASE_QULIYEV, topic="events", unverified=unverified_data)
