"""The articles a claim can invoke: plain titles, groups and a short hint of what each covers.

HRC: ICCPR Part III (arts 6-27) is justiciable under OP1; arts 2-3 only together with a Part III
right; art. 1 cannot be claimed under OP1 (admissibility.md §7). CAT: arts 1-16 as they apply to an
individual (§7). The catalogue is data; the rules in ``rules/`` decide what is compatible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import N_
from .case import Treaty


@dataclass(frozen=True, slots=True)
class Article:
    treaty: Treaty
    number: int
    title: str
    group: str
    hint: str
    accessory: bool = False  # only together with a substantive article
    claimable: bool = True  # False: cannot found an individual claim at all


_G_LIFE = N_("Life, torture and liberty")
_G_TRIAL = N_("Justice and fair trial")
_G_FREEDOMS = N_("Expression, assembly, association and belief")
_G_PRIVATE = N_("Private and family life, movement")
_G_EQUALITY = N_("Equality and participation")
_G_GENERAL = N_("General obligations (only with another article)")

ICCPR_ARTICLES: tuple[Article, ...] = (
    Article(Treaty.ICCPR, 1, N_("Self-determination of peoples"), _G_GENERAL, N_("Cannot be claimed by an individual under the Optional Protocol."), claimable=False),
    Article(Treaty.ICCPR, 2, N_("Respect and ensure rights; effective remedy"), _G_GENERAL, N_("Art. 2(3): no effective remedy, investigation or reparation — only together with another article."), accessory=True),
    Article(Treaty.ICCPR, 3, N_("Equal rights of men and women"), _G_GENERAL, N_("Only together with another article."), accessory=True),
    Article(Treaty.ICCPR, 6, N_("Right to life"), _G_LIFE, N_("Killings by State agents, deaths in custody, failure to protect or investigate, death penalty.")),
    Article(Treaty.ICCPR, 7, N_("Freedom from torture and ill-treatment"), _G_LIFE, N_("Torture or cruel, inhuman or degrading treatment, forced confessions, no investigation of torture.")),
    Article(Treaty.ICCPR, 8, N_("Freedom from slavery and forced labour"), _G_LIFE, N_("Slavery, servitude, forced or compulsory labour.")),
    Article(Treaty.ICCPR, 9, N_("Liberty and security of person"), _G_LIFE, N_("Arbitrary arrest or detention, no prompt judge, no review of detention, no reasons given.")),
    Article(Treaty.ICCPR, 10, N_("Humane treatment in detention"), _G_LIFE, N_("Conditions of detention, treatment of detainees with dignity.")),
    Article(Treaty.ICCPR, 11, N_("No prison for inability to fulfil a contract"), _G_LIFE, N_("Imprisonment for debt.")),
    Article(Treaty.ICCPR, 12, N_("Freedom of movement"), _G_PRIVATE, N_("Leaving the country, exit bans, choice of residence.")),
    Article(Treaty.ICCPR, 13, N_("Expulsion of aliens"), _G_PRIVATE, N_("Procedural guarantees against expulsion of a lawfully present alien.")),
    Article(Treaty.ICCPR, 14, N_("Fair trial"), _G_TRIAL, N_("Independent court, public hearing, presumption of innocence, defence rights, lawyer, no forced self-incrimination (14(3)(g)), appeal (14(5)).")),
    Article(Treaty.ICCPR, 15, N_("No punishment without law"), _G_TRIAL, N_("Retroactive criminal laws or penalties.")),
    Article(Treaty.ICCPR, 16, N_("Recognition as a person before the law"), _G_TRIAL, N_("Enforced disappearance removing a person from the protection of the law.")),
    Article(Treaty.ICCPR, 17, N_("Privacy, family, home and correspondence"), _G_PRIVATE, N_("Searches, surveillance, interference with family or home, attacks on reputation.")),
    Article(Treaty.ICCPR, 18, N_("Freedom of thought, conscience and religion"), _G_FREEDOMS, N_("Religious practice, conscientious objection.")),
    Article(Treaty.ICCPR, 19, N_("Freedom of opinion and expression"), _G_FREEDOMS, N_("Sanctions for speech, leaflets, journalism, calls at rallies, blocking of media.")),
    Article(Treaty.ICCPR, 20, N_("Ban on war propaganda and incitement to hatred"), _G_FREEDOMS, N_("Rarely a basis for an individual claim.")),
    Article(Treaty.ICCPR, 21, N_("Peaceful assembly"), _G_FREEDOMS, N_("Bans, dispersal, fines or detention for peaceful rallies and pickets.")),
    Article(Treaty.ICCPR, 22, N_("Freedom of association"), _G_FREEDOMS, N_("Refused registration or dissolution of a party, NGO or trade union; strikes.")),
    Article(Treaty.ICCPR, 23, N_("Protection of the family"), _G_PRIVATE, N_("Family unity, marriage.")),
    Article(Treaty.ICCPR, 24, N_("Rights of the child"), _G_PRIVATE, N_("Measures of protection required by a child's status.")),
    Article(Treaty.ICCPR, 25, N_("Political participation"), _G_EQUALITY, N_("Elections, standing as a candidate, access to public service.")),
    Article(Treaty.ICCPR, 26, N_("Equality before the law, non-discrimination"), _G_EQUALITY, N_("Discrimination in any field regulated by the State, including property.")),
    Article(Treaty.ICCPR, 27, N_("Minority rights"), _G_EQUALITY, N_("Culture, religion and language of ethnic, religious or linguistic minorities.")),
)

_G_TORTURE = N_("Torture and ill-treatment")
_G_PROTECTION = N_("Investigation, complaint and redress")
_G_REMOVAL = N_("Removal to a risk of torture")

CAT_ARTICLES: tuple[Article, ...] = (
    Article(Treaty.CAT, 1, N_("Definition of torture"), _G_TORTURE, N_("Severe pain or suffering inflicted intentionally, for a purpose, by or with the acquiescence of an official.")),
    Article(Treaty.CAT, 2, N_("Duty to prevent torture"), _G_TORTURE, N_("Effective measures to prevent torture; no justification, not even orders or emergency.")),
    Article(Treaty.CAT, 3, N_("No return to a risk of torture"), _G_REMOVAL, N_("Extradition, deportation or expulsion to a State where the person faces a real, personal risk of torture.")),
    Article(Treaty.CAT, 4, N_("Torture as a crime"), _G_PROTECTION, N_("Torture punishable by appropriate penalties.")),
    Article(Treaty.CAT, 11, N_("Review of interrogation and custody rules"), _G_PROTECTION, N_("Systematic review of interrogation methods and custody arrangements.")),
    Article(Treaty.CAT, 12, N_("Prompt and impartial investigation"), _G_PROTECTION, N_("Authorities must investigate ex officio where there are grounds to believe torture occurred.")),
    Article(Treaty.CAT, 13, N_("Right to complain"), _G_PROTECTION, N_("Right to complain and have the complaint examined promptly; protection against reprisals.")),
    Article(Treaty.CAT, 14, N_("Redress and compensation"), _G_PROTECTION, N_("Fair and adequate compensation and rehabilitation.")),
    Article(Treaty.CAT, 15, N_("Exclusion of evidence obtained by torture"), _G_PROTECTION, N_("Confessions or statements made under torture used as evidence.")),
    Article(Treaty.CAT, 16, N_("Other cruel, inhuman or degrading treatment"), _G_TORTURE, N_("Ill-treatment not amounting to torture, detention conditions.")),
)

# "7", "14(3)(g)", "art. 7", "Article 9(1)", "ст. 19", "статья 21"
_ARTICLE_NUMBER = re.compile(r"^\s*(?:(?:art(?:icle)?|ст(?:атья)?)\.?\s*)?(\d{1,2})(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def article_number(reference: str) -> int | None:
    """Return the article number in a reference such as "14(3)(g)" or "art. 7"."""
    match = _ARTICLE_NUMBER.match(reference)
    return int(match.group(1)) if match else None


def catalogue(treaty: Treaty) -> tuple[Article, ...]:
    return ICCPR_ARTICLES if treaty is Treaty.ICCPR else CAT_ARTICLES if treaty is Treaty.CAT else ()


@lru_cache(maxsize=4096)
def find_article(treaty: Treaty, reference: str) -> Article | None:
    """Return the catalogue entry for ``reference`` under ``treaty``, or None if it is not there."""
    number = article_number(reference)
    for article in catalogue(treaty):
        if article.number == number:
            return article
    return None
