"""``exhaustion`` (admissibility.md §8): remedy by remedy, claim by claim, with the exceptions.

HRC: OP1 arts 2 and 5(2)(b) ("unreasonably prolonged"). CAT: art. 22(5)(b) (also "unlikely to bring
effective relief"). WGAD: no exhaustion rule (informational ``pass``).
"""

from __future__ import annotations

from datetime import date

from ..domain import sources as src
from ..domain.case import (
    Body,
    DomesticRemedy,
    HarmKind,
    NotUsedReason,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    SuspensiveEffect,
    Treaty,
)
from ..domain.treaties import article_number
from ..i18n import _
from .common import Facts, add_years, worst
from .findings import STATUS_ORDER, Finding, Status

CRITERION = "exhaustion"

# Remedies that never have to be used (§8 "Ignore"): non-judicial bodies (Nyaya v. Nepal),
# discretionary humanitarian applications (Shodeinde v. Canada), petitions to a prosecutor for a
# supervisory protest against a final judgment (Malei v. Belarus).
_NOT_REQUIRED_KINDS = frozenset({RemedyKind.NON_JUDICIAL, RemedyKind.HUMANITARIAN_DISCRETIONARY})
_NOT_REQUIRED_LEVELS = frozenset({RemedyLevel.PROSECUTOR_REVIEW_PETITION, RemedyLevel.OMBUDSMAN})

_EXCUSING = frozenset(
    {
        NotUsedReason.NO_SUCH_REMEDY, NotUsedReason.NO_SUSPENSIVE_EFFECT,
        NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE, NotUsedReason.UNAFFORDABLE_FEE_NO_LEGAL_AID,
        NotUsedReason.REPRISALS_SUBSTANTIATED, NotUsedReason.STATE_DUTY_EX_OFFICIO,
        NotUsedReason.OBJECTIVE_IMPEDIMENT,
    }
)
_ADVERSE_PRACTICE = frozenset({NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE, NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES})
_USED = frozenset({RemedyOutcome.DISMISSED, RemedyOutcome.GRANTED, RemedyOutcome.PARTLY_GRANTED})
_INVESTIGATION_LEVELS = frozenset({RemedyLevel.CRIMINAL_COMPLAINT, RemedyLevel.PROSECUTOR, RemedyLevel.COURT_CHALLENGE_OF_REFUSAL})
_SUPREME_LEVELS = frozenset({RemedyLevel.SUPREME_COURT, RemedyLevel.SUPERVISORY})

# Claims about torture or ill-treatment: the remedy is a criminal complaint leading to an
# investigation; once used, parallel avenues (civil damages) are not required (I.K. v. Norway).
_TORTURE_ARTICLES = {Treaty.ICCPR: frozenset({7, 10}), Treaty.CAT: frozenset({1, 2, 4, 11, 12, 13, 14, 15, 16})}

PROLONGED_PROMPT_YEARS = 2  # [seed] practice threshold: a prompt for a warning, never proof
INVESTIGATION_STALLED_YEARS = 6  # Ramírez Martínez v. Mexico (CAT 500/2012): six years without progress


def _years_between(start: date, end: date) -> float:
    return (end - start).days / 365.25


def _lasted(start: date, end: date, years: int) -> bool:
    """Return True once ``years`` calendar years have run from ``start`` (the anniversary counts)."""
    return add_years(start, years) <= end


def _required(remedy: DomesticRemedy) -> bool:
    return remedy.kind not in _NOT_REQUIRED_KINDS and remedy.level not in _NOT_REQUIRED_LEVELS


def _label(index: int, remedy: DomesticRemedy) -> str:
    name = remedy.authority.strip() or remedy.level.value.replace("_", " ")
    return _("Remedy %(number)d (%(name)s)") % {"number": index + 1, "name": name}


def _is_torture_claim(f: Facts, article: str) -> bool:
    treaty = Treaty.CAT if f.body is Body.CAT else Treaty.ICCPR
    return article_number(article) in _TORTURE_ARTICLES[treaty]


def _removal_case(f: Facts) -> bool:
    """Return True for a complaint against removal (CAT art. 3, or an urgent risk of removal)."""
    risk = f.case.urgent_risk
    return (risk is not None and risk.kind is HarmKind.REMOVAL) or any(
        c.treaty is Treaty.CAT and article_number(c.article) == 3 for c in f.case.claims
    )


def _covers(remedy: DomesticRemedy, article: str) -> bool:
    if not remedy.claims or article == "*":
        return True
    number = article_number(article)
    return any(article_number(a) == number for a in remedy.claims)


def exhaustion_date(case_remedies: tuple[DomesticRemedy, ...]) -> date | None:
    """Return the date of the last decision in the chain of ordinary remedies (§11 start date).

    Extraordinary and non-required proceedings do not restart the clock (S.P. et al. v. Russia).
    """
    dates = [
        r.date_decided
        for r in case_remedies
        if r.kind is RemedyKind.ORDINARY and _required(r) and r.outcome in _USED and r.date_decided
    ]
    return max(dates) if dates else None


def any_pending(case_remedies: tuple[DomesticRemedy, ...]) -> bool:
    """Return True while a remedy is still pending (the delay clock has not started)."""
    return any(r.outcome is RemedyOutcome.PENDING for r in case_remedies)


def entirely_excused(case_remedies: tuple[DomesticRemedy, ...]) -> bool:
    """Return True where no ordinary remedy was used because every one is excused."""
    ordinary = [r for r in case_remedies if r.kind is RemedyKind.ORDINARY and _required(r)]
    return bool(ordinary) and all(
        r.outcome is RemedyOutcome.NOT_USED and r.not_used_reason_type in _EXCUSING for r in ordinary
    )


def _judge(f: Facts, index: int, remedy: DomesticRemedy, investigation_refused: bool, article: str) -> tuple[Status, str]:
    """Return the status of one remedy for one claim and why."""
    outcome = remedy.outcome
    if outcome in _USED and remedy.date_decided is not None and remedy.raised_in_substance is not False:
        return Status.PASS, ""  # the common case, decided before any message is built
    label = _label(index, remedy)
    if remedy.suspensive_effect is SuspensiveEffect.NONE and _removal_case(f) and outcome is not RemedyOutcome.PENDING:
        # In removal cases only a remedy that can stop the removal counts (Shodeinde v. Canada).
        return Status.PASS, _("%(remedy)s could not suspend the removal, so it need not be used.") % {"remedy": label}
    reason = remedy.not_used_reason_type
    has_text = bool(remedy.not_used_reason.strip())
    if outcome is None:
        return Status.NEEDS_INFO, _("%(remedy)s: its outcome is not given.") % {"remedy": label}
    if outcome in _USED:
        if remedy.date_decided is None:
            return Status.NEEDS_INFO, _("%(remedy)s: the date of the decision is missing.") % {"remedy": label}
        if remedy.raised_in_substance is False:
            # Every level up to the last must have had the issue put to it (F.C.S. v. Spain, para. 6.4).
            return Status.FAIL, _("%(remedy)s: the rights now invoked were not raised in substance before it.") % {"remedy": label}
        return Status.PASS, ""
    if outcome is RemedyOutcome.PENDING:
        if remedy.date_filed is None:
            return Status.NEEDS_INFO, _("%(remedy)s is pending; the date it was filed is missing.") % {"remedy": label}
        years = _years_between(remedy.date_filed, f.as_of)
        if remedy.level in _INVESTIGATION_LEVELS and _lasted(remedy.date_filed, f.as_of, INVESTIGATION_STALLED_YEARS):
            return Status.PASS, _("%(remedy)s has been pending %(years).1f years: an investigation without progress for that long is unreasonably prolonged.") % {"remedy": label, "years": years}
        if _lasted(remedy.date_filed, f.as_of, PROLONGED_PROMPT_YEARS) or reason is NotUsedReason.PROLONGED:
            return Status.WARNING, _("%(remedy)s has been pending %(years).1f years: argue that it is unreasonably prolonged, with the dates of each step.") % {"remedy": label, "years": years}
        if remedy.kind is not RemedyKind.ORDINARY:
            return Status.WARNING, _("%(remedy)s, an extraordinary remedy, is still pending: the Committee does not usually require it, but the State may argue it.") % {"remedy": label}
        return Status.FAIL, _("%(remedy)s is still pending and can still give relief; it is not shown to be unreasonably prolonged.") % {"remedy": label}
    # Not used, or lost through the author's own default.
    if outcome is RemedyOutcome.LOST_BY_DEFAULT:
        if reason is NotUsedReason.OBJECTIVE_IMPEDIMENT and has_text:
            return Status.WARNING, _("%(remedy)s was lost (deadline, withdrawal or fee); the impediment given must be shown to have actually prevented the step.") % {"remedy": label}
        return Status.FAIL, _("%(remedy)s was lost by the author's own default: it counts as not exhausted.") % {"remedy": label}
    if reason is NotUsedReason.PROLONGED:
        return Status.WARNING, _("%(remedy)s was not used because the main proceedings are prolonged: show the delay with dates.") % {"remedy": label}
    if remedy.kind is RemedyKind.EXTRAORDINARY_DISCRETIONARY and reason in _ADVERSE_PRACTICE:
        # Discretionary review: the State must show a prospect of success in cases like the author's;
        # adverse practice is a good answer but not a settled excuse (Krikkerik; Ivanov v. Russia).
        return Status.WARNING, _("%(remedy)s, a discretionary review, was not used because of adverse case law or practice: cite the decisions in similar cases showing it had no prospect of success.") % {"remedy": label}
    if reason in _EXCUSING:
        if has_text:
            return Status.PASS, _("%(remedy)s was not used: %(reason)s.") % {"remedy": label, "reason": reason.value.replace("_", " ")}
        return Status.WARNING, _("%(remedy)s: a recognised reason for not using it is claimed but not explained with facts.") % {"remedy": label}
    if reason is NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF:
        if f.body is Body.CAT and has_text:
            return Status.PASS, _("%(remedy)s was not used: it was unlikely to bring effective relief (CAT art. 22(5)(b)).") % {"remedy": label}
        return Status.WARNING, _("%(remedy)s was not used as ineffective: show that it offered no reasonable prospect of success; mere doubts are not enough.") % {"remedy": label}
    if reason is NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES:
        return Status.WARNING, _("%(remedy)s was not used because of consistent adverse practice: cite the decisions in similar cases.") % {"remedy": label}
    # No reason, or one that does not excuse (general doubts, cost, counsel's error, ...).
    if f.case.state == "KZ" and remedy.level in _SUPREME_LEVELS:
        # Kazakh supervisory review: HRC treatment unverified (seed file §3) -> never fail here.
        return Status.WARNING, _("%(remedy)s (Supreme Court review) was not used: the Committee may require it; obtain it or explain why it is not effective.") % {"remedy": label}
    if f.body is Body.CAT and investigation_refused and _is_torture_claim(f, article):
        return Status.WARNING, _("%(remedy)s was not used; the authorities refused to investigate the torture complaint, so argue that further remedies were unlikely to bring effective relief (CAT arts 12-13, 22(5)(b)).") % {"remedy": label}
    if remedy.kind is RemedyKind.EXTRAORDINARY_DISCRETIONARY:
        return Status.FAIL, _("%(remedy)s, a discretionary review, was open and not used without a specific reason: the due-diligence rule applies.") % {"remedy": label}
    return Status.FAIL, _("%(remedy)s was available and not used, and no recognised reason is given.") % {"remedy": label}


def exhaustion(f: Facts) -> Finding:
    """Return whether available and effective domestic remedies were used, or why not."""
    if f.body is Body.WGAD:
        return f.finding(CRITERION, Status.PASS, _("The WGAD does not require domestic remedies to be exhausted; describe the steps taken anyway (questionnaire, domestic steps)."), src.WGAD_MANDATE, topic="remedies", unverified=True)
    source = src.CAT_EXHAUSTION if f.body is Body.CAT else src.OP1_EXHAUSTION
    remedies = f.case.domestic_remedies
    if not remedies:
        return f.finding(CRITERION, Status.NEEDS_INFO, _("No domestic remedy is listed."), source, _("List every complaint, appeal and court decision with dates, or say why no remedy could be used."), topic="remedies")
    articles = [c.article for c in f.claims] or ["*"]
    investigation_refused = any(
        r.level in _INVESTIGATION_LEVELS and r.outcome is RemedyOutcome.DISMISSED for r in remedies
    )
    per_claim: dict[str, list[Status]] = {a: [] for a in articles}
    messages: list[tuple[Status, str]] = []
    torture = {a: _is_torture_claim(f, a) for a in articles}
    criminal_route_used = any(r.level in _INVESTIGATION_LEVELS and r.outcome in _USED for r in remedies)
    for index, remedy in enumerate(remedies):
        if not _required(remedy):
            continue
        judged: dict[bool, tuple[Status, str]] = {}
        skip_civil_for_torture = remedy.level is RemedyLevel.CIVIL and remedy.outcome in (RemedyOutcome.NOT_USED, None) and criminal_route_used
        for article in articles:
            if remedy.claims and not _covers(remedy, article):
                continue
            if skip_civil_for_torture and torture[article]:
                continue  # civil damages not required once the criminal route was used (I.K. v. Norway)
            key = f.body is Body.CAT and investigation_refused and torture[article]
            if key not in judged:  # the verdict on a remedy depends on the claim only in that CAT branch
                judged[key] = _judge(f, index, remedy, investigation_refused, article)
            status, message = judged[key]
            per_claim[article].append(status)
            if message and (status, message) not in messages:
                messages.append((status, message))
    seed = _kazakhstan_supreme_court(f, articles, per_claim)
    if seed:
        messages.append(seed)
    failed = [a for a, statuses in per_claim.items() if Status.FAIL in statuses]
    ordered = sorted(messages, key=lambda m: STATUS_ORDER[m[0]])
    detail = " ".join(m for _s, m in ordered[:4])
    leading = src.CASE_KRIKKERIK if any("discretionary" in m for _s, m in messages) else src.CASE_FCS_SPAIN
    if failed and len(failed) == len(articles):
        return f.finding(CRITERION, Status.FAIL, detail, source, _("Use the remaining remedy before filing, or document why it was unavailable, ineffective or unreasonably prolonged."), leading_case=leading, topic="remedies", claims=tuple(a for a in failed if a != "*"))
    if failed:
        return f.finding(CRITERION, Status.WARNING, _("Claims under article(s) %(articles)s are not exhausted and would likely be declared inadmissible; the others can go ahead.") % {"articles": ", ".join(failed)} + " " + detail, source, _("Drop those claims or exhaust remedies for them first."), leading_case=leading, topic="remedies", claims=tuple(failed), knocked_out=tuple(failed))
    overall = worst([s for statuses in per_claim.values() for s in statuses] + ([seed[0]] if seed else []))
    if overall is Status.PASS:
        ordinary_used = [r for r in remedies if r.kind is RemedyKind.ORDINARY and r.outcome in _USED]
        if ordinary_used and all(r.final is False for r in ordinary_used):
            return f.finding(CRITERION, Status.WARNING, _("The last decision listed is not final: a further ordinary appeal seems open."), source, _("List the further appeal and its outcome, or explain why it was not available."), topic="remedies")
        text = _("Domestic remedies were used up to the last available level, or their non-use is excused.")
        return f.finding(CRITERION, Status.PASS, " ".join([text] + [m for s, m in ordered if s is Status.PASS][:2]), source, topic="remedies")
    advice = {
        Status.WARNING: _("Strengthen the exhaustion section: dates of each step, why any remedy left was unavailable, ineffective or prolonged."),
        Status.NEEDS_INFO: _("Complete the remedies: outcome and dates of each."),
    }[overall]
    if seed:
        source = f"{source}; {src.KZ_SEED_SUPREME_COURT}"
    return f.finding(CRITERION, overall, detail, source, advice, leading_case=src.CASE_RAMIREZ if "prolonged" in detail else "", topic="remedies", unverified=bool(seed))


def _kazakhstan_supreme_court(f: Facts, articles: list[str], per_claim: dict[str, list[Status]]) -> tuple[Status, str] | None:
    """Apply the seed rule: KZ art. 14 claims need the Supreme Court's decision unless 2+ years passed."""
    if f.body is not Body.HRC or f.case.state != "KZ":
        return None
    fair_trial = [a for a in articles if article_number(a) == 14]
    if not fair_trial:
        return None
    remedies = f.case.domestic_remedies
    if any(r.level in _SUPREME_LEVELS and r.outcome in _USED and r.date_decided for r in remedies):
        return None
    # The proceedings start with the first domestic step, not with the facts prosecuted.
    starts = [r.date_filed for r in remedies if r.date_filed]
    if starts and _lasted(min(starts), f.as_of, PROLONGED_PROMPT_YEARS):
        return None
    for article in fair_trial:
        per_claim[article].append(Status.WARNING)
    return Status.WARNING, _("Fair-trial claims against Kazakhstan: practice is to obtain the Supreme Court's final decision unless the proceedings have lasted two years or more.")
