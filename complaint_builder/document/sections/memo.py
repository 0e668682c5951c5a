"""§F Admissibility memo (internal, for the NGO's file; our own format — no UN model exists)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ...domain.case import Body, Case, NotUsedReason, RemedyOutcome
from ...i18n import N_, _
from ...rules.findings import Assessment, Finding, ForumComparison, Status, status_label, verdict_label
from ..finding_text import long_dates
from ..labels import BODY_NAMES, HARM_KINDS, REMEDY_LEVELS, fmt_date, join_words, label
from ..writer import Bold, Italic, Part, Todo, Writer, paragraphs_of
from .blocks import cite_source, criterion_label, criterion_order
from .claims import article_heading
from .facts import chronological, event_date


@dataclass(frozen=True, slots=True)
class DraftNotes:
    """What the other drafts left open: their placeholders, by document."""

    document: str
    placeholders: tuple[str, ...]


def render_memo_top(w: Writer, case: Case, body: Body | None, comparison: ForumComparison,
                    warnings: Sequence[str], drafts: Sequence[DraftNotes]) -> None:
    """Blocking problems, warnings and missing information first, so nothing is hidden (issue 5)."""
    w.heading(_("Read first"))
    if body is not None:
        route = comparison.route(body)
        if route.blocking:
            w.p(Bold(_("The %(body)s would very likely find the communication inadmissible on the facts given. "
                       "The draft was produced anyway; it cannot succeed unless these problems are solved:")
                     % {"body": _(BODY_NAMES[body])}))
            for finding in route.blocking:
                advice = f" {_('What to do:')} {long_dates(finding.advice)}" if finding.advice else ""
                w.bullet(Bold(criterion_label(finding.criterion) + ": "), long_dates(finding.explanation),
                         cite_source(finding), advice)
        else:
            w.p(_("No blocking problem before the %(body)s: %(summary)s")
                % {"body": _(BODY_NAMES[body]), "summary": long_dates(route.summary)})
    else:
        w.p(Bold(_("No body chosen: no communication was drafted. Choose the HRC, the CAT or the WGAD.")))
    if warnings:
        w.heading(_("Warnings"), level=2)
        for warning in warnings:
            w.bullet(warning)
    w.heading(_("Missing information in the drafts"), level=2)
    if not any(d.placeholders for d in drafts):
        w.p(_("None: every field of the drafts is filled in."))
    for draft in drafts:
        if not draft.placeholders:
            continue
        w.p(Bold(draft.document), keep_next=True)
        for item in draft.placeholders:
            w.bullet(item)


def render_memo_reference(w: Writer, case: Case, body: Body | None, as_of: date, filed_on: date) -> None:
    """§F.1 Case reference, memo date, author of the memo, bodies assessed."""
    w.heading(_("Case reference"))
    w.field(_("Case"), case.title or Todo(_("case title")))
    w.field(_("Date of the memo"), fmt_date(as_of))
    w.field(_("Assessed as if filed on"), fmt_date(filed_on))
    w.field(_("Author of the memo"), Todo(_("author of the memo")))
    w.field(_("Body chosen"), _(BODY_NAMES[body]) if body else _("none yet"))
    w.field(_("Bodies assessed"), join_words([_(BODY_NAMES[b]) for b in (Body.HRC, Body.CAT, Body.WGAD)]))


def _first_sentence(text: str, limit: int = 240) -> str:
    paragraphs = paragraphs_of(text)
    if not paragraphs:
        return ""
    first = paragraphs[0]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + " …"


def render_memo_summary(w: Writer, case: Case) -> None:
    """§F.2 Summary of facts (5-10 lines) and claims by article."""
    w.heading(_("Summary of facts and claims"))
    events = chronological(case.events)[:10]
    if not events:
        w.p(Todo(_("the facts")))
    for event in events:
        w.bullet(event_date(event), ": ", _first_sentence(event.description) or Todo(_("what happened")))
    if case.claims:
        w.p(Bold(_("Claims: ")), join_words([article_heading(c) for c in case.claims]))
    else:
        w.p(Bold(_("Claims: ")), Todo(_("the articles invoked")))


def _outcome(finding: Finding) -> str:
    text = status_label(finding.status)
    return text + (" " + _("(rests on a rule to be confirmed)") if finding.unverified else "")


def render_memo_findings(w: Writer, assessments: Sequence[Assessment], chosen: Body | None) -> None:
    """§F.3 Table of findings per body: criterion, outcome, reason, legal source, case."""
    w.heading(_("Findings"))
    for assessment in assessments:
        name = _(BODY_NAMES[assessment.body])
        marker = " " + _("(chosen)") if assessment.body is chosen else ""
        w.heading(f"{name}{marker}", level=2)
        w.p(Bold(_("Verdict: ")), verdict_label(assessment.verdict))
        if not assessment.findings:
            w.p(Italic(_("The engine returned no findings for this body.")))
            continue
        rows = []
        for f in sorted(assessment.sorted_findings(), key=lambda f: (f.status is Status.PASS, criterion_order(f))):
            reason: list[Part] = [long_dates(f.explanation)]
            if f.claims:
                reason += [" ", _("(claims concerned: %(list)s)") % {"list": join_words(list(f.claims))}]
            if f.advice:
                reason += [" ", Bold(_("What to do:")), " ", long_dates(f.advice)]
            rows.append((criterion_label(f.criterion), _outcome(f), reason, f.source or "—", f.leading_case or "—"))
        w.table([_("Criterion"), _("Outcome"), _("Reason"), _("Legal source"), _("Case")], rows,
                widths=(170, 110, 400, 160, 160))


def render_memo_deadlines(w: Writer, case: Case, assessments: Sequence[Assessment], as_of: date) -> None:
    """§F.4 Deadlines: from the findings, pending remedies and the urgent risk."""
    w.heading(_("Deadlines"))
    rows: list[tuple] = []
    for assessment in assessments:
        for deadline in assessment.deadlines:
            rows.append((deadline.on, _(BODY_NAMES[assessment.body]), deadline.label))
    for remedy in case.domestic_remedies:
        if remedy.outcome is RemedyOutcome.PENDING:
            rows.append((remedy.date_filed, _("Domestic"), _("%(remedy)s pending before %(authority)s (filed)")
                         % {"remedy": label(REMEDY_LEVELS, remedy.level), "authority": remedy.authority or "—"}))
    if case.urgent_risk and case.urgent_risk.by_date:
        rows.append((case.urgent_risk.by_date, _("Urgent"), label(HARM_KINDS, case.urgent_risk.kind)))
    if not rows:
        w.p(_("No deadline computed on the facts given."))
        return
    rows.sort(key=lambda r: (r[0] is None, r[0] or date.min))
    table = []
    for on, who, what in rows:
        days = f" ({(on - as_of).days:+d} {_('days')})" if on else ""
        table.append((fmt_date(on) + days if on else "—", who, what))
    w.table([_("Date"), _("Body"), _("Deadline")], table, widths=(250, 200, 550))


def render_memo_forum(w: Writer, comparison: ForumComparison) -> None:
    """§F.5 Forum choice: the three routes side by side, and what choosing one means for the others."""
    w.heading(_("Forum choice"))
    rows = [(_(BODY_NAMES[r.body]), _("open") if r.open else _("closed"), verdict_label(r.assessment.verdict),
             long_dates(r.summary)) for r in comparison.routes]
    w.table([_("Body"), _("Route"), _("Verdict"), _("Why")], rows, widths=(220, 100, 200, 480))
    for note in comparison.notes:
        w.bullet(long_dates(note))


def render_memo_open_questions(w: Writer, assessments: Sequence[Assessment]) -> None:
    """§F.6 Open questions / facts to collect; unverified rules relied on."""
    w.heading(_("Open questions and rules to be confirmed"))
    seen: set[str] = set()
    asked = False
    for assessment in assessments:
        for f in assessment.by_status(Status.NEEDS_INFO):
            key = f.explanation
            if key in seen:
                continue
            seen.add(key)
            asked = True
            w.bullet(Bold(f"{_(BODY_NAMES[f.body])} — {criterion_label(f.criterion)}: "), long_dates(f.explanation),
                     (" " + long_dates(f.advice)) if f.advice else "")
    if not asked:
        w.p(_("The engine asks for no further facts."))
    unverified = [f for a in assessments for f in a.findings if f.unverified]
    if unverified:
        w.p(Bold(_("Findings resting on rules or data marked unverified (check before relying on them):")))
        for f in unverified:
            w.bullet(f"{_(BODY_NAMES[f.body])} — {criterion_label(f.criterion)}", cite_source(f))


def render_memo_risks(w: Writer, case: Case) -> None:
    """§F.7 Risk assessment for the client: reprisals, anonymity, source confidentiality."""
    w.heading(_("Risks for the client"))
    reprisals = any(r.not_used_reason_type is NotUsedReason.REPRISALS_SUBSTANTIATED for r in case.domestic_remedies)
    if reprisals:
        w.bullet(_("The case relies on a risk of reprisals for not using a remedy: consider asking for protection measures."))
    w.bullet(_("Anonymity in the published decision: %(answer)s.")
             % {"answer": _("requested") if case.confidentiality_requested else _("not requested")})
    if case.body is Body.WGAD:
        w.bullet(_("Confidentiality of the source towards the Government (WGAD): %(answer)s.")
                 % {"answer": _("requested") if case.confidentiality_requested else _("not requested")})
    if case.urgent_risk:
        w.bullet(_("Urgent risk: %(harm)s — file the request for interim measures / urgent appeal together with the "
                   "communication and follow up on it.") % {"harm": label(HARM_KINDS, case.urgent_risk.kind)})
    w.bullet(_("Risk of reprisals against the client and the family: "), Todo(_("the lawyer's assessment of reprisal risks")))


# documents.md §G. Addresses marked unverified or in conflict there are not printed as facts.
_FILING = {
    Body.HRC: (
        N_("File through the OHCHR online submission portal, or e-mail the signed form as a scan; post only with "
           "a reason why e-mail was impossible. Check the current petitions e-mail address on ohchr.org (sources "
           "conflict)."),
        N_("Post: Petitions and Urgent Actions Section, OHCHR, United Nations Office at Geneva, 1211 Geneva 10, "
           "Switzerland (address to be confirmed)."),
    ),
    Body.WGAD: (
        N_("E-mail the questionnaire to hrc-wg-ad@un.org; for an urgent appeal write \"URGENT\" in the subject "
           "line (special-procedures mailbox for urgent action: urgent-action@ohchr.org)."),
        N_("Post: Working Group on Arbitrary Detention, OHCHR, United Nations Office at Geneva, 8-14 avenue de la "
           "Paix, 1211 Geneva 10, Switzerland."),
    ),
}
_COMMON_RULES = (
    N_("The communication may not exceed 50 pages (annexes excluded); over 20 pages, add a short summary."),
    N_("Sign and date it (author or representative); send copies of the annexes, keep the originals."),
    N_("One committee only for the same facts; the victim must be identified (ask for anonymity in the decision "
       "instead)."),
    N_("OHCHR does not answer incomplete forms: fill in every highlighted placeholder first."),
)


def render_memo_filing(w: Writer, body: Body | None) -> None:
    """How to file (documents.md §G practical filing rules)."""
    w.heading(_("How to file"))
    if body is None:
        w.p(_("Choose a body first."))
        return
    for line in _FILING[Body.WGAD if body is Body.WGAD else Body.HRC]:
        w.bullet(_(line))
    for line in _COMMON_RULES:
        w.bullet(_(line))
    if body is not Body.WGAD:
        w.bullet(_("Languages: English, French, Russian or Spanish."))
    else:
        w.bullet(_("Languages: English, French or Spanish (Russian is not accepted). The Government is asked to "
                   "reply within 60 days; its reply is sent to the source for comments."))
