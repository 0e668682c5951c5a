"""Words the documents print for the case model's codes, dates and lists (all through ``_()``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from ..domain.case import (
    AuthorRole,
    Body,
    DetentionType,
    HarmKind,
    LegalBasisKind,
    NotUsedReason,
    ProcedureBody,
    ProcedureStatus,
    RemedyKind,
    RemedyLevel,
    RemedyOutcome,
    Treaty,
    VictimStatus,
    WgadCategory,
)
from ..i18n import N_, _

_MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)


def fmt_date(d: date | None) -> str:
    """Return "25 November 2026" (UN style), or "" for no date."""
    if d is None:
        return ""
    return f"{d.day} {_(_MONTHS[d.month - 1])} {d.year}"


def join_words(items: Sequence[str]) -> str:
    """Return "a", "a and b", "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return _("%(list)s and %(last)s") % {"list": ", ".join(items[:-1]), "last": items[-1]}


BODY_NAMES = {
    Body.HRC: N_("Human Rights Committee"),
    Body.CAT: N_("Committee against Torture"),
    Body.WGAD: N_("Working Group on Arbitrary Detention"),
}
BODY_CODES = {Body.HRC: "HRC", Body.CAT: "CAT", Body.WGAD: "WGAD"}

TREATY_NAMES = {
    Treaty.ICCPR: N_("the International Covenant on Civil and Political Rights"),
    Treaty.CAT: N_("the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
    Treaty.UDHR: N_("the Universal Declaration of Human Rights"),
}
TREATY_SHORT = {Treaty.ICCPR: N_("the Covenant"), Treaty.CAT: N_("the Convention"), Treaty.UDHR: N_("the Universal Declaration")}

LANGUAGES = {"en": N_("English"), "fr": N_("French"), "ru": N_("Russian"), "es": N_("Spanish"),
             "ar": N_("Arabic"), "zh": N_("Chinese"), "kk": N_("Kazakh"), "uk": N_("Ukrainian"),
             "ky": N_("Kyrgyz"), "uz": N_("Uzbek"), "tg": N_("Tajik"), "be": N_("Belarusian"),
             "az": N_("Azerbaijani"), "hy": N_("Armenian"), "ka": N_("Georgian"), "tr": N_("Turkish")}

# documents.md §G: the Petitions Unit works in EN, FR, RU, ES; the WGAD in EN, FR, ES.
ACCEPTED_LANGUAGES = {Body.HRC: ("en", "fr", "ru", "es"), Body.CAT: ("en", "fr", "ru", "es"),
                      Body.WGAD: ("en", "fr", "es")}

ROLE_LABELS = {
    AuthorRole.VICTIM: N_("the alleged victim"),
    AuthorRole.LAWYER: N_("lawyer acting for the alleged victim"),
    AuthorRole.NGO: N_("organisation acting for the alleged victim"),
    AuthorRole.RELATIVE: N_("relative of the alleged victim"),
    AuthorRole.OTHER: N_("other person acting for the alleged victim"),
}

VICTIM_STATUS = {
    VictimStatus.ALIVE_FREE: N_("at liberty"),
    VictimStatus.DETAINED_REACHABLE: N_("detained; can be reached"),
    VictimStatus.INCOMMUNICADO: N_("held incommunicado"),
    VictimStatus.DISAPPEARED: N_("disappeared; whereabouts unknown"),
    VictimStatus.DEAD: N_("deceased"),
    VictimStatus.MINOR: N_("a minor"),
    VictimStatus.INCAPACITATED: N_("unable to act for himself or herself"),
}
# Who cannot sign an authorisation personally (documents.md §C: signer's relationship and reason).
CANNOT_SIGN = {VictimStatus.INCOMMUNICADO, VictimStatus.DISAPPEARED, VictimStatus.DEAD,
               VictimStatus.MINOR, VictimStatus.INCAPACITATED}
DETAINED = {VictimStatus.DETAINED_REACHABLE, VictimStatus.INCOMMUNICADO}

REMEDY_LEVELS = {
    RemedyLevel.FIRST_INSTANCE: N_("First-instance proceedings"),
    RemedyLevel.APPEAL: N_("Appeal"),
    RemedyLevel.CASSATION: N_("Cassation"),
    RemedyLevel.SUPREME_COURT: N_("Supreme Court"),
    RemedyLevel.SUPERVISORY: N_("Supervisory review"),
    RemedyLevel.PROSECUTOR: N_("Complaint to the prosecutor"),
    RemedyLevel.PROSECUTOR_REVIEW_PETITION: N_("Petition to the prosecutor for a review protest"),
    RemedyLevel.CRIMINAL_COMPLAINT: N_("Criminal complaint"),
    RemedyLevel.COURT_CHALLENGE_OF_REFUSAL: N_("Court challenge of a refusal to investigate"),
    RemedyLevel.ADMINISTRATIVE: N_("Administrative complaint"),
    RemedyLevel.CIVIL: N_("Civil claim"),
    RemedyLevel.CONSTITUTIONAL: N_("Constitutional complaint"),
    RemedyLevel.OMBUDSMAN: N_("Complaint to the ombudsman"),
    RemedyLevel.OTHER: N_("Other remedy"),
}
REMEDY_KINDS = {
    RemedyKind.ORDINARY: N_("ordinary"),
    RemedyKind.EXTRAORDINARY_DISCRETIONARY: N_("extraordinary / discretionary"),
    RemedyKind.NON_JUDICIAL: N_("non-judicial"),
    RemedyKind.HUMANITARIAN_DISCRETIONARY: N_("humanitarian / discretionary"),
}
REMEDY_OUTCOMES = {
    RemedyOutcome.PENDING: N_("pending"),
    RemedyOutcome.DISMISSED: N_("dismissed"),
    RemedyOutcome.GRANTED: N_("granted"),
    RemedyOutcome.PARTLY_GRANTED: N_("partly granted"),
    RemedyOutcome.NOT_USED: N_("not used"),
    RemedyOutcome.LOST_BY_DEFAULT: N_("lost for failure to comply with a formal requirement"),
}
NOT_USED_REASONS = {
    NotUsedReason.NO_SUCH_REMEDY: N_("no such remedy is available in law"),
    NotUsedReason.NO_SUSPENSIVE_EFFECT: N_("the remedy has no suspensive effect against removal"),
    NotUsedReason.SETTLED_ADVERSE_CASE_LAW_SAME_ISSUE: N_("the highest courts have settled the same issue against the author"),
    NotUsedReason.CONSISTENT_ADVERSE_PRACTICE_SIMILAR_CASES: N_("consistent adverse practice in similar cases makes the remedy ineffective"),
    NotUsedReason.UNAFFORDABLE_FEE_NO_LEGAL_AID: N_("the fee is unaffordable and no legal aid is available"),
    NotUsedReason.REPRISALS_SUBSTANTIATED: N_("using the remedy would expose the author to reprisals"),
    NotUsedReason.PROLONGED: N_("the remedy is unreasonably prolonged"),
    NotUsedReason.STATE_DUTY_EX_OFFICIO: N_("the authorities had a duty to act of their own motion"),
    NotUsedReason.OBJECTIVE_IMPEDIMENT: N_("an objective impediment prevented its use"),
    NotUsedReason.UNLIKELY_EFFECTIVE_RELIEF: N_("the remedy is unlikely to bring effective relief"),
    NotUsedReason.GENERAL_DOUBTS: N_("doubts about its effectiveness"),
    NotUsedReason.COST_IN_GENERAL: N_("its cost"),
    NotUsedReason.COUNSEL_ERROR: N_("an error of counsel"),
    NotUsedReason.MISTAKEN_BELIEF: N_("a mistaken belief that it was not required"),
    NotUsedReason.LACK_OF_AWARENESS: N_("lack of awareness of the remedy"),
    NotUsedReason.NONE: N_("no reason given"),
}
# admissibility.md §8: these reasons do not excuse non-exhaustion; the draft must not plead them.
WEAK_REASONS = {NotUsedReason.GENERAL_DOUBTS, NotUsedReason.COST_IN_GENERAL, NotUsedReason.COUNSEL_ERROR,
                NotUsedReason.MISTAKEN_BELIEF, NotUsedReason.LACK_OF_AWARENESS, NotUsedReason.NONE}

PROCEDURE_BODIES = {
    ProcedureBody.HRC: N_("UN Human Rights Committee"),
    ProcedureBody.CAT: N_("UN Committee against Torture"),
    ProcedureBody.CEDAW: N_("UN Committee on the Elimination of Discrimination against Women"),
    ProcedureBody.CERD: N_("UN Committee on the Elimination of Racial Discrimination"),
    ProcedureBody.CRPD: N_("UN Committee on the Rights of Persons with Disabilities"),
    ProcedureBody.CED: N_("UN Committee on Enforced Disappearances"),
    ProcedureBody.CRC: N_("UN Committee on the Rights of the Child"),
    ProcedureBody.CESCR: N_("UN Committee on Economic, Social and Cultural Rights"),
    ProcedureBody.CMW: N_("UN Committee on Migrant Workers"),
    ProcedureBody.ECTHR: N_("European Court of Human Rights"),
    ProcedureBody.IACHR: N_("Inter-American Commission on Human Rights"),
    ProcedureBody.IACTHR: N_("Inter-American Court of Human Rights"),
    ProcedureBody.ACHPR: N_("African Commission on Human and Peoples' Rights"),
    ProcedureBody.AFCHPR: N_("African Court on Human and Peoples' Rights"),
    ProcedureBody.WGAD: N_("UN Working Group on Arbitrary Detention"),
    ProcedureBody.WGEID: N_("UN Working Group on Enforced or Involuntary Disappearances"),
    ProcedureBody.SPECIAL_RAPPORTEUR: N_("UN Special Rapporteur"),
    ProcedureBody.HRC_COMPLAINT_PROCEDURE: N_("Human Rights Council complaint procedure"),
    ProcedureBody.OTHER: N_("Other international procedure"),
}
PROCEDURE_STATUS = {
    ProcedureStatus.PENDING: N_("pending"),
    ProcedureStatus.WITHDRAWN: N_("withdrawn"),
    ProcedureStatus.CONCLUDED: N_("concluded"),
}
HARM_KINDS = {
    HarmKind.IMMINENT_TORTURE: N_("imminent torture or ill-treatment"),
    HarmKind.REMOVAL: N_("removal (extradition, deportation or expulsion) to a real risk of torture or other irreparable harm"),
    HarmKind.HEALTH_IN_DETENTION: N_("serious deterioration of health in detention"),
    HarmKind.EXECUTION: N_("imminent execution"),
    HarmKind.THREAT_TO_LIFE: N_("threat to life"),
    HarmKind.OTHER: N_("other irreparable harm"),
}
# documents.md §D1.4: the usual measure for each harm, used when the case names none.
DEFAULT_MEASURES = {
    HarmKind.IMMINENT_TORTURE: N_("to take all measures necessary to protect the alleged victim from torture and ill-treatment, and to allow access to a lawyer and an independent doctor"),
    HarmKind.REMOVAL: N_("to refrain from extraditing, deporting or otherwise removing the alleged victim while the communication is under consideration"),
    HarmKind.HEALTH_IN_DETENTION: N_("to provide the alleged victim without delay with the medical care his or her condition requires, including by an independent doctor"),
    HarmKind.EXECUTION: N_("not to carry out the death sentence while the communication is under consideration"),
    HarmKind.THREAT_TO_LIFE: N_("to take all measures necessary to protect the life of the alleged victim and his or her family"),
    HarmKind.OTHER: N_("to take the measures necessary to avoid irreparable harm to the alleged victim"),
}
DETENTION_TYPES = {
    DetentionType.ARREST: N_("arrest / police custody"),
    DetentionType.PRETRIAL: N_("pre-trial detention"),
    DetentionType.POST_CONVICTION: N_("imprisonment after conviction"),
    DetentionType.ADMINISTRATIVE: N_("administrative detention"),
    DetentionType.HOUSE_ARREST: N_("house arrest"),
    DetentionType.PSYCHIATRIC: N_("psychiatric detention"),
    DetentionType.IMMIGRATION: N_("immigration detention"),
    DetentionType.OTHER: N_("other deprivation of liberty"),
}
LEGAL_BASIS = {
    LegalBasisKind.STATED: N_("a legal basis was invoked by the authorities"),
    LegalBasisKind.NONE: N_("no legal basis was invoked"),
    LegalBasisKind.EXPIRED: N_("the person is held after the sentence was served"),
    LegalBasisKind.AMNESTY: N_("the person is held despite an amnesty"),
}
# WGAD methods of work (A/HRC/33/66 para. 8), in our words (admissibility.md `wgad.category`).
WGAD_CATEGORIES = {
    WgadCategory.I: N_("Category I — no legal basis can be invoked to justify the deprivation of liberty"),
    WgadCategory.II: N_("Category II — the deprivation of liberty results from the exercise of rights and freedoms guaranteed by the Universal Declaration and the Covenant"),
    WgadCategory.III: N_("Category III — the international norms of a fair trial were so gravely violated as to make the deprivation of liberty arbitrary"),
    WgadCategory.IV: N_("Category IV — asylum seekers, immigrants or refugees held in prolonged administrative custody without administrative or judicial review or remedy"),
    WgadCategory.V: N_("Category V — discrimination, aiming at or resulting in ignoring the equality of human beings"),
}

# The criterion ids of shared/domain/README.md, named for the reader.
CRITERIA = {
    "competence.state_party": N_("State party and recognition of competence"),
    "competence.ratione_temporis": N_("Competence ratione temporis"),
    "competence.ratione_loci": N_("Competence ratione loci (jurisdiction)"),
    "competence.ratione_personae": N_("Competence ratione personae (victim status, standing)"),
    "competence.ratione_materiae": N_("Competence ratione materiae"),
    "anonymity": N_("The communication is not anonymous"),
    "substantiation": N_("Sufficient substantiation"),
    "exhaustion": N_("Exhaustion of domestic remedies"),
    "same_matter.pending": N_("The same matter is not being examined under another procedure"),
    "same_matter.examined": N_("The same matter has not been examined under another procedure"),
    "delay": N_("Time of submission"),
    "abuse": N_("No abuse of the right of submission"),
    "wgad.category": N_("Category of arbitrary detention"),
}


def label(table: dict, key: object, default: str = "") -> str:
    """Return the translated label of ``key`` in ``table`` ("" / ``default`` when absent)."""
    text = table.get(key) if key is not None else None
    return _(text) if text else default


def criterion_label(criterion: str) -> str:
    text = CRITERIA.get(criterion)
    return _(text) if text else criterion


def language_names(codes: Sequence[str]) -> list[str]:
    return [_(LANGUAGES[c]) if c in LANGUAGES else c for c in codes]


# -- file names ----------------------------------------------------------------------------------
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєўґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n",
     "o", "u", "u", "h", "i", "yi", "ye", "u", "g"],
))
_NOT_SLUG = re.compile(r"[^\w]+", re.UNICODE)


def slugify(text: str, max_length: int = 60) -> str:
    """Return a file-name-safe slug: Cyrillic transliterated, accents dropped, no separators."""
    out = []
    for ch in text.lower():
        out.append(_CYRILLIC.get(ch, ch))
    text = unicodedata.normalize("NFKD", "".join(out))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # \w keeps letters of scripts we do not transliterate (Chinese, Arabic, Georgian…): they are safe
    # in ZIP entries and on every file system; "/", "\\", ":", dots and spaces are not kept.
    slug = _NOT_SLUG.sub("-", text).replace("_", "-").strip("-")
    slug = re.sub("-{2,}", "-", slug)[:max_length].strip("-")
    return slug or "case"
