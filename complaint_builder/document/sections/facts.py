"""§A.6 Facts (required): chronological, with dates and places."""

from __future__ import annotations

from datetime import date

from ...domain.case import Event
from ...i18n import _
from ..context import Context
from ..labels import fmt_date
from ..writer import Bold, Part, Todo, Writer, paragraphs_of


def event_date(event: Event) -> Part:
    if event.date_from is None:
        return Todo(_("date of the event"))
    if event.date_to and event.date_to != event.date_from:
        return _("From %(start)s to %(end)s") % {"start": fmt_date(event.date_from), "end": fmt_date(event.date_to)}
    if event.continuing:
        return _("Since %(start)s (continuing)") % {"start": fmt_date(event.date_from)}
    return fmt_date(event.date_from)


def chronological(events: tuple[Event, ...]) -> list[Event]:
    """Return the events in date order; undated ones last, as the user gave them."""
    return sorted(events, key=lambda e: (e.date_from is None, e.date_from or date.min))


def render_facts(w: Writer, ctx: Context) -> None:
    """Add one numbered paragraph per event (more if its description has several paragraphs)."""
    events = chronological(ctx.case.events)
    if not events:
        w.num(Todo(_("the facts, in chronological order, with dates and places")))
        return
    for event in events:
        head: list[Part] = [Bold(""), event_date(event)]
        if event.place:
            head.append(f", {event.place}")
        head.append(". ")
        paragraphs = paragraphs_of(event.description)
        if not paragraphs:
            w.num(*head, Todo(_("what happened")))
            continue
        w.num(*head, paragraphs[0])
        for text in paragraphs[1:]:
            w.num(text)


def render_complaint_facts(w: Writer, ctx: Context) -> None:
    """§A.6 Facts (required)."""
    w.heading(_("Facts"))
    render_facts(w, ctx)
