"""The engine's finding text, made fit for the document it is printed in.

The engine (``rules/``) writes its explanations for the lawyer: ISO dates, remarks such as
"(tool heuristic)" or "(Data checked by the user: …)", and now and then a clause of advice
("…; describe the steps taken anyway"). The communication prints a met condition as the author's
own submission to the Committee, so there:

* every ISO date (``2013-01-15``) is written the way the documents write dates ("15 January 2013");
* parenthetical remarks about the tool's own workings are left out;
* a sentence, or a clause after ";" or ":", that tells the user what to do is left out.

The memo keeps all of it (with the dates written long-form). The rules stay untouched: this is
presentation only, and it errs on the side of keeping text — an unknown sentence is kept.
"""

from __future__ import annotations

import re
from datetime import date

from ..i18n import _
from .labels import fmt_date

_ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")

# A parenthesis that speaks about the tool, its data or its user, not about the case.
_INTERNAL_WORDS = (r"tool heuristic|heuristic|to be confirmed|our data|checked by the user|the tool\b|"
                   r"unverified|internal note")
_INTERNAL_REMARK = re.compile(r"\s*\((?=[^()]*(?:" + _INTERNAL_WORDS + r"))[^()]*\)", re.IGNORECASE)

# Sentences end at ". ", "! " or "? " before a capital (Latin or Cyrillic) or an opening bracket;
# "art. 22" or "No. 12" do not end one (a digit follows).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«(\[A-ZА-ЯЁ])")
_CLAUSE_SPLIT = re.compile(r"\s*([;:])\s+")

# The first word of an instruction to the user. Words that also start ordinary statements as a
# noun ("State", "Use", "Annex", "Request", "Record of …") are not listed.
_IMPERATIVES = frozenset("""
    add ask attach check choose collect complete confirm consider contact describe disclose do don't
    enter ensure explain file find gather get give include keep make name obtain prepare provide
    remember say see send show sign submit translate try verify wait write
""".split())
# Words that mark a sentence as addressed to the user of the tool.
_TO_THE_USER = re.compile(r"\b(?:you|your|yours|what to do|our data|the tool|the user)\b", re.IGNORECASE)


def long_dates(text: str) -> str:
    """Return ``text`` with every valid ISO date written as the documents write dates."""
    def repl(match: re.Match[str]) -> str:
        try:
            return fmt_date(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return match[0]
    return _ISO_DATE.sub(repl, text) if "-" in text else text


def without_internal_remarks(text: str) -> str:
    """Return ``text`` without parentheses such as "(tool heuristic)" or "(to be confirmed)"."""
    return _INTERNAL_REMARK.sub("", text) if "(" in text else text


def _is_advice(clause: str) -> bool:
    words = clause.lstrip("\"«([ ").split(maxsplit=1)
    if not words:
        return False
    first = words[0].rstrip(",.;:").lower()
    return first in _IMPERATIVES or bool(_TO_THE_USER.search(clause))


def _statement_part(sentence: str) -> str:
    """Return the sentence without clauses of advice ("" if it is advice as a whole)."""
    pieces = _CLAUSE_SPLIT.split(sentence.strip())
    # pieces: clause, separator, clause, separator, …
    if _is_advice(pieces[0]):
        return ""
    kept = pieces[0]
    for i in range(1, len(pieces) - 1, 2):
        separator, clause = pieces[i], pieces[i + 1]
        if _is_advice(clause):
            break  # what follows an instruction belongs to it
        kept += f"{separator} {clause}"
    kept = kept.rstrip(" ;:,")
    if kept and kept[-1] not in ".!?":
        kept += "."
    return kept


def without_advice(text: str) -> str:
    """Return ``text`` without the sentences and trailing clauses that tell the user what to do."""
    sentences = [_statement_part(s) for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    return " ".join(s for s in sentences if s)


def as_submission(text: str) -> str:
    """Return an engine explanation as the author's statement to the Committee."""
    statement = without_advice(without_internal_remarks(long_dates(text)))
    return statement or _("The condition is met.")


def for_the_lawyer(text: str) -> str:
    """Return engine text for a placeholder in a draft: dates long-form, no remarks on the tool."""
    return without_internal_remarks(long_dates(text)).strip()
