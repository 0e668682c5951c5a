"""Sort the events of a case around a treaty date (ratione temporis, admissibility.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.case import Event, PostAnchorKind

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
