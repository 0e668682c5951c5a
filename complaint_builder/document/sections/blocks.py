"""Blocks several documents share: identity fields, the remedies and procedures tables, findings."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.case import DomesticRemedy, Person, RemedyOutcome
from ...i18n import _
from ...rules.findings import Finding, Status
from ..context import Context
from ..finding_text import as_submission, for_the_lawyer
from ..labels import (
    CRITERIA,
    NOT_USED_REASONS,
    PROCEDURE_BODIES,
    PROCEDURE_STATUS,
    REMEDY_KINDS,
    REMEDY_LEVELS,
    REMEDY_OUTCOMES,
    criterion_label,
    fmt_date,
    label,
)
from ..writer import Bold, Part, Todo, Writer, paragraphs_of, value


def person_fields(w: Writer, person: Person, who: str, *, contact_required: bool = True, identity: bool = True) -> None:
    """Add the identity block of the model forms (documents.md §A.2-3, §B.1).

    ``identity=False`` (counsel §A.4, WGAD source §B.7) asks only for name and contact details.
    """
    w.field(_("Name (family name, first names)"), value(person.name, _("full name of %(who)s") % {"who": who}))
    if person.organisation:  # counsel's law firm or NGO (§A.4)
        w.field(_("Organisation"), person.organisation)
    birth = ", ".join(x for x in (fmt_date(person.date_of_birth), person.place_of_birth) if x)
    if identity:
        w.field(_("Nationality"), value(person.nationality, _("nationality of %(who)s") % {"who": who}))
        w.field(_("Date and place of birth"), value(birth, _("date and place of birth of %(who)s") % {"who": who}))
    else:
        if person.nationality:
            w.field(_("Nationality"), person.nationality)
        if birth:
            w.field(_("Date and place of birth"), birth)
    if person.sex:
        w.field(_("Sex"), person.sex)
    if person.id_document:
        w.field(_("Identity document"), person.id_document)
    w.field(_("Address"), value(person.address, _("address of %(who)s") % {"who": who}))
    if person.confidential_address:
        w.field(_("Address for confidential correspondence"), person.confidential_address)
    if contact_required or person.email or person.phone:
        w.field(_("E-mail"), value(person.email, _("e-mail of %(who)s") % {"who": who}))
        if person.phone:
            w.field(_("Telephone"), person.phone)


def remedy_name(remedy: DomesticRemedy) -> str:
    return label(REMEDY_LEVELS, remedy.level)


def remedies_table(w: Writer, ctx: Context) -> None:
    """Add the table of domestic remedies: remedy, authority, filed, decided, result, annex (§A.7)."""
    rows = []
    for i, remedy in enumerate(ctx.case.domestic_remedies, 1):
        name = remedy_name(remedy)
        if remedy.kind is not None and remedy.kind.value != "ordinary":
            name += f" ({label(REMEDY_KINDS, remedy.kind)})"
        used = remedy.outcome is not RemedyOutcome.NOT_USED
        if remedy.outcome is None:
            result: Part = Todo(_("result of the %(remedy)s") % {"remedy": name.lower()})
        elif used:
            result = label(REMEDY_OUTCOMES, remedy.outcome)
            if remedy.final:
                result += "; " + _("final")
        else:
            result = _("not used: %(reason)s") % {"reason": label(NOT_USED_REASONS, remedy.not_used_reason_type, _("reason to give"))}
        filed: Part = fmt_date(remedy.date_filed) if remedy.date_filed else (
            Todo(_("date filed")) if used else "—")
        decided: Part
        if remedy.date_decided:
            decided = fmt_date(remedy.date_decided)
        elif remedy.outcome is RemedyOutcome.PENDING:
            decided = _("pending")
        elif used:
            decided = Todo(_("date of the decision"))
        else:
            decided = "—"
        authority: Part = remedy.authority or (Todo(_("court or authority")) if used else "—")
        rows.append((str(i), name, authority, filed, decided, result, ctx.annexes.cite(("remedy", i - 1)) or "—"))
    w.table([_("No."), _("Remedy"), _("Authority / court"), _("Filed"), _("Decided"), _("Result"), _("Annex")],
            rows, widths=(60, 170, 220, 125, 125, 175, 125))


def procedures_table(w: Writer, ctx: Context) -> None:
    """Add the table of other international procedures (§A.5b, §B.6)."""
    rows = []
    for i, proc in enumerate(ctx.case.other_procedures):
        status = label(PROCEDURE_STATUS, proc.status) if proc.status else Todo(_("stage or outcome"))
        rows.append((label(PROCEDURE_BODIES, proc.body), proc.reference or "—",
                     fmt_date(proc.date_filed) or Todo(_("date filed")), status,
                     fmt_date(proc.date_concluded) or "—", ctx.annexes.cite(("procedure", i)) or "—"))
    w.table([_("Procedure"), _("Reference"), _("Submitted"), _("Stage / outcome"), _("Ended"), _("Annex")],
            rows, widths=(260, 140, 150, 150, 150, 150))


def criterion_order(finding: Finding) -> int:
    keys = list(CRITERIA)
    return keys.index(finding.criterion) if finding.criterion in keys else len(keys)


def cite_source(finding: Finding) -> str:
    parts = [p for p in (finding.source, finding.leading_case) if p]
    return f" ({'; '.join(parts)})" if parts else ""


def render_findings_as_argument(w: Writer, ctx: Context, findings: Sequence[Finding]) -> None:
    """Answer each admissibility condition from the engine's findings, with its legal source.

    A met condition is stated as the author's submission: dates written out, and without the
    engine's notes to the lawyer (finding_text.py). One the engine flags (blocking, risk or missing
    information) becomes a highlighted placeholder carrying the engine's reason and advice, so the
    lawyer answers it before filing instead of the draft hiding it.
    """
    for finding in sorted(findings, key=criterion_order):
        head = Bold(criterion_label(finding.criterion) + ". ")
        if finding.status is Status.PASS:
            w.num(head, as_submission(finding.explanation), cite_source(finding))
        else:
            advice = f" — {for_the_lawyer(finding.advice)}" if finding.advice else ""
            w.num(head, Todo(_("answer this condition: %(why)s%(advice)s")
                             % {"why": for_the_lawyer(finding.explanation), "advice": advice}),
                  cite_source(finding))


def text_paragraphs(w: Writer, text: str, what: str, prefix: Sequence[Part] = ()) -> list[int]:
    """Add user text as numbered paragraphs (one per blank-line block), or one placeholder."""
    paragraphs = paragraphs_of(text)
    if not paragraphs:
        return [w.num(*prefix, Todo(what))]
    numbers = [w.num(*prefix, paragraphs[0])]
    numbers.extend(w.num(p) for p in paragraphs[1:])
    return numbers
