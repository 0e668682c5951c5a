"""One Flask-WTF form per wizard step: ``from_case`` fills it, ``apply`` returns the updated case.

Forms check shape only (a real date, a known option, a length limit); legal conclusions come from
the engine. ``apply`` replaces only the fields its step asks about, so answers given elsewhere,
including answers that no longer apply after a change of body, stay in the case.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any, ClassVar

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, Form, FormField, RadioField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from complaint_builder.domain import case as m
from complaint_builder.domain.case import LONG_TEXT, MAX_ROWS, MEDIUM_TEXT, SHORT_TEXT, Case
from complaint_builder.domain.states import state_choices
from complaint_builder.domain.treaties import Article, article_number, catalogue

from . import labels
from .fields import (
    CachedSelectField,
    CommaListField,
    LinesField,
    TriStateField,
    enum_select,
    enum_value,
    long_text,
    optional_date,
    text,
)


class RowForm(Form):
    """A sub-form (a person, a row of a table): no CSRF token of its own."""


def _rows(form_class: type[Form], label: Any) -> FieldList:
    return FieldList(FormField(form_class), label=label, min_entries=0, max_entries=MAX_ROWS)


def _row_models(rows: FieldList, originals: tuple[Any, ...]) -> tuple[Any, ...]:
    """Return the models of the posted rows, each built on the stored row it was rendered from.

    Row ``i`` of a page is posted as ``name-i-…``, so a removed row does not shift the others: each
    keeps the answers that the form does not ask about (fields added to the model later, say).
    """
    out = []
    for entry in rows.entries:
        index = entry.name.rsplit("-", 1)[-1]
        base = originals[int(index)] if index.isdigit() and int(index) < len(originals) else None
        out.append(entry.form.to_model(base))
    return tuple(out)


# -- sub-forms ----------------------------------------------------------------------------------


class PersonForm(RowForm):
    name = text(_l("Full name"), SHORT_TEXT)
    nationality = text(_l("Nationality"), SHORT_TEXT)
    date_of_birth = optional_date(_l("Date of birth"))
    place_of_birth = text(_l("Place of birth"), SHORT_TEXT)
    sex = text(_l("Sex or gender"), SHORT_TEXT)
    id_document = text(_l("Identity document"), SHORT_TEXT, _l("Type and number, for example passport N1234567."))
    address = long_text(_l("Address"), MEDIUM_TEXT, rows=2)
    confidential_address = long_text(
        _l("Confidential address"), MEDIUM_TEXT, _l("An address to be kept from the State, if any."), rows=2
    )
    email = text(_l("Email"), SHORT_TEXT)
    phone = text(_l("Telephone"), SHORT_TEXT)
    organisation = text(_l("Organisation"), SHORT_TEXT, _l("For a representative: the law firm or NGO."))

    def to_model(self, base: m.Person | None = None) -> m.Person:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.Person(),
            name=self.name.data or "",
            nationality=self.nationality.data or "",
            date_of_birth=self.date_of_birth.data,
            place_of_birth=self.place_of_birth.data or "",
            sex=self.sex.data or "",
            id_document=self.id_document.data or "",
            address=self.address.data or "",
            confidential_address=self.confidential_address.data or "",
            email=self.email.data or "",
            phone=self.phone.data or "",
            organisation=self.organisation.data or "",
        )


class AuthorForm(RowForm):
    person = FormField(PersonForm, label="")
    role = enum_select(_l("Who is submitting the complaint?"), labels.AUTHOR_ROLE)
    organisation = text(_l("Organisation"), SHORT_TEXT, _l("If the author acts for an NGO or a law firm."))
    link_to_victim = text(_l("Link to the victim"), SHORT_TEXT, _l("For example: mother, defence lawyer."))

    def to_model(self, base: m.Author | None = None) -> m.Author:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.Author(),
            person=self.person.form.to_model(base.person if base else None),
            role=enum_value(m.AuthorRole, self.role.data),
            organisation=self.organisation.data or "",
            link_to_victim=self.link_to_victim.data or "",
        )


class VictimForm(RowForm):
    person = FormField(PersonForm, label="")
    status_now = enum_select(_l("Where is the victim now?"), labels.VICTIM_STATUS)
    effect = enum_select(_l("How does the violation affect them?"), labels.VICTIM_EFFECT)
    natural_person = BooleanField(_l("The victim is a natural person (not a company or association)"), default=True)
    whereabouts = long_text(_l("Present address or place of detention"), MEDIUM_TEXT, rows=2)

    def to_model(self, base: m.Victim | None = None) -> m.Victim:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.Victim(),
            person=self.person.form.to_model(base.person if base else None),
            status_now=enum_value(m.VictimStatus, self.status_now.data),
            effect=enum_value(m.VictimEffect, self.effect.data),
            natural_person=bool(self.natural_person.data),
            whereabouts=self.whereabouts.data or "",
        )


class AuthorisationForm(RowForm):
    written = TriStateField(_l("Has the victim signed a written authorisation?"))
    signed_on = optional_date(_l("Date it was signed"))
    covers_this_complaint = TriStateField(
        _l("Does it cover this complaint?"), description=_l("Not only the domestic case.")
    )
    why_absent = long_text(
        _l("If there is none: why could it not be obtained?"),
        MEDIUM_TEXT,
        _l("For example: held incommunicado, disappeared, dead."),
        rows=3,
    )

    def to_model(self, base: m.Authorisation | None = None) -> m.Authorisation:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.Authorisation(),
            written=self.written.value,
            signed_on=self.signed_on.data,
            covers_this_complaint=self.covers_this_complaint.value,
            why_absent=self.why_absent.data or "",
        )


class EventForm(RowForm):
    date_from = optional_date(_l("Date (or start date)"))
    date_to = optional_date(_l("End date"), _l("Leave empty for a single day or if it continues."))
    description = long_text(_l("What happened"), LONG_TEXT, rows=4)
    place = text(_l("Place"), SHORT_TEXT)
    state_control = enum_select(_l("Where did it happen?"), labels.STATE_CONTROL)
    continuing = BooleanField(_l("It continues today, or its effects do"))
    post_anchor_kind = enum_select(
        _l("What kind of event is it?"),
        labels.POST_ANCHOR_KIND,
        description=_l("Matters when it happened after the treaty came into force for the State."),
    )

    def to_model(self, base: m.Event | None = None) -> m.Event:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.Event(),
            date_from=self.date_from.data,
            date_to=self.date_to.data,
            description=self.description.data or "",
            place=self.place.data or "",
            state_control=enum_value(m.StateControl, self.state_control.data),
            continuing=bool(self.continuing.data),
            post_anchor_kind=enum_value(m.PostAnchorKind, self.post_anchor_kind.data),
        )


class RemedyForm(RowForm):
    level = enum_select(_l("Which authority or court level?"), labels.REMEDY_LEVEL, blank=False)
    kind = enum_select(_l("Kind of remedy"), labels.REMEDY_KIND, blank=False)
    authority = text(_l("Name of the authority or court"), SHORT_TEXT, _l("For example: Mangistau Regional Court."))
    date_filed = optional_date(_l("Date filed"))
    date_decided = optional_date(_l("Date decided"))
    outcome = enum_select(_l("Outcome"), labels.REMEDY_OUTCOME)
    final = TriStateField(_l("Is this decision final (no further ordinary remedy)?"))
    claims = CommaListField(
        _l("Articles raised in it"), description=_l("Comma-separated, for example 7, 14. Leave empty for all claims.")
    )
    raised_in_substance = TriStateField(_l("Was the substance of the complaint put to this authority?"))
    not_used_reason_type = enum_select(_l("If not used: why not?"), labels.NOT_USED_REASON)
    not_used_reason = long_text(_l("Explain why it was not used"), MEDIUM_TEXT, rows=2)
    suspensive_effect = enum_select(_l("Does it stop a removal (suspensive effect)?"), labels.SUSPENSIVE_EFFECT)
    note = long_text(_l("Note"), MEDIUM_TEXT, rows=2)

    def to_model(self, base: m.DomesticRemedy | None = None) -> m.DomesticRemedy:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.DomesticRemedy(),
            kind=enum_value(m.RemedyKind, self.kind.data) or m.RemedyKind.ORDINARY,
            level=enum_value(m.RemedyLevel, self.level.data) or m.RemedyLevel.OTHER,
            authority=self.authority.data or "",
            date_filed=self.date_filed.data,
            date_decided=self.date_decided.data,
            outcome=enum_value(m.RemedyOutcome, self.outcome.data),
            final=self.final.value,
            claims=self.claims.items,
            raised_in_substance=self.raised_in_substance.value,
            not_used_reason_type=enum_value(m.NotUsedReason, self.not_used_reason_type.data),
            not_used_reason=self.not_used_reason.data or "",
            suspensive_effect=enum_value(m.SuspensiveEffect, self.suspensive_effect.data),
            note=self.note.data or "",
        )


class ProcedureForm(RowForm):
    body = enum_select(_l("Which body?"), labels.PROCEDURE_BODY, blank=False)
    reference = text(_l("Case number"), SHORT_TEXT)
    date_filed = optional_date(_l("Date filed"))
    status = enum_select(_l("Status"), labels.PROCEDURE_STATUS)
    withdrawal_requested_on = optional_date(_l("Withdrawal requested on"))
    struck_out_on = optional_date(_l("Struck out on"))
    date_concluded = optional_date(_l("Date concluded"))
    decision_type = enum_select(_l("How did it end?"), labels.DECISION_TYPE)
    same_author = TriStateField(_l("Same author or victim?"))
    same_facts = TriStateField(_l("Same facts?"))
    same_rights = TriStateField(_l("Same rights?"))
    note = long_text(_l("Note"), MEDIUM_TEXT, rows=2)

    def to_model(self, base: m.OtherProcedure | None = None) -> m.OtherProcedure:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.OtherProcedure(),
            body=enum_value(m.ProcedureBody, self.body.data) or m.ProcedureBody.OTHER,
            reference=self.reference.data or "",
            date_filed=self.date_filed.data,
            status=enum_value(m.ProcedureStatus, self.status.data),
            withdrawal_requested_on=self.withdrawal_requested_on.data,
            struck_out_on=self.struck_out_on.data,
            date_concluded=self.date_concluded.data,
            decision_type=enum_value(m.DecisionType, self.decision_type.data),
            same_author=self.same_author.value,
            same_facts=self.same_facts.value,
            same_rights=self.same_rights.value,
            note=self.note.data or "",
        )


class DetentionDetailsForm(RowForm):
    deprived_of_liberty = TriStateField(
        _l("Was the person arrested or detained at all?"),
        description=_l("The Working Group examines only deprivations of liberty."),
    )
    detention_type = enum_select(_l("Kind of deprivation of liberty"), labels.DETENTION_TYPE)
    start = optional_date(_l("Detained since"))
    end = optional_date(_l("Released on"))
    released = TriStateField(_l("Has the person been released?"))
    arrest_place = text(_l("Place of arrest"), SHORT_TEXT)
    warrant_shown = TriStateField(_l("Was a warrant or other decision of an authority shown?"))
    warrant_authority = text(_l("Authority that issued it"), SHORT_TEXT)
    place = text(_l("Place of detention"), SHORT_TEXT)
    authority = text(_l("Authority that ordered or holds the detention"), SHORT_TEXT)
    legal_basis_kind = enum_select(_l("Legal basis given by the authorities"), labels.LEGAL_BASIS_KIND)
    legal_basis_given = long_text(_l("Provisions and reasons the authorities gave"), MEDIUM_TEXT, rows=3)

    def to_model(self, base: m.Detention | None = None) -> m.Detention | None:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        detention = replace(
            base or m.Detention(),
            deprived_of_liberty=self.deprived_of_liberty.value,
            detention_type=enum_value(m.DetentionType, self.detention_type.data),
            start=self.start.data,
            end=self.end.data,
            released=self.released.value,
            arrest_place=self.arrest_place.data or "",
            warrant_shown=self.warrant_shown.value,
            warrant_authority=self.warrant_authority.data or "",
            place=self.place.data or "",
            authority=self.authority.data or "",
            legal_basis_kind=enum_value(m.LegalBasisKind, self.legal_basis_kind.data),
            legal_basis_given=self.legal_basis_given.data or "",
        )
        return None if detention == m.Detention() else detention


class StateOverrideForm(RowForm):
    op1_in_force = optional_date(_l("Optional Protocol in force for the State since"))
    cat_art22 = enum_select(_l("Declaration under CAT article 22"), labels.ART22_STATUS)
    cat_art22_declaration_date = optional_date(_l("Date of the article 22 declaration"))
    reservation_same_matter = TriStateField(_l("Reservation on matters already examined elsewhere?"))
    checked_source = long_text(
        _l("Where did you check this?"), MEDIUM_TEXT, _l("For example: UNTC IV-9, viewed 2026-11-20."), rows=2
    )

    def to_model(self, base: m.StateDataOverride | None = None) -> m.StateDataOverride | None:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        override = replace(
            base or m.StateDataOverride(),
            op1_in_force=self.op1_in_force.data,
            cat_art22=enum_value(m.Art22Status, self.cat_art22.data),
            cat_art22_declaration_date=self.cat_art22_declaration_date.data,
            reservation_same_matter=self.reservation_same_matter.value,
            checked_source=self.checked_source.data or "",
        )
        return None if override == m.StateDataOverride() else override


class UrgentRiskForm(RowForm):
    kind = enum_select(_l("What is the risk?"), labels.HARM_KIND, blank=False)
    description = long_text(_l("Describe the risk"), LONG_TEXT, rows=3)
    by_date = optional_date(_l("By when could it happen?"), _l("A flight, a hearing, the order becoming final."))
    measure_requested = long_text(_l("Interim measure you ask for"), MEDIUM_TEXT, rows=2)

    def to_model(self, base: m.UrgentRisk | None = None) -> m.UrgentRisk:
        """Return ``base`` (or an empty one) with this form's answers; fields it does not ask about stay."""
        return replace(
            base or m.UrgentRisk(),
            kind=enum_value(m.HarmKind, self.kind.data) or m.HarmKind.OTHER,
            description=self.description.data or "",
            by_date=self.by_date.data,
            measure_requested=self.measure_requested.data or "",
        )


# -- steps --------------------------------------------------------------------------------------


class StepForm(FlaskForm):
    """Base of the step forms: ``ROWS`` names the repeatable lists and the model of an empty row."""

    ROWS: ClassVar[dict[str, type]] = {}

    def __init__(self, *args: Any, case: Case | None = None, locale: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case if case is not None else Case()
        self.locale = locale

    @classmethod
    def from_case(cls, case: Case, locale: str = "en", **kwargs: Any) -> StepForm:
        """Return the form filled from ``case`` (a POST's own data wins over the case)."""
        return cls(obj=case, case=case, locale=locale, **kwargs)

    def apply(self, case: Case) -> Case:  # pragma: no cover - every step overrides it
        raise NotImplementedError

    def remove_row(self, name: str, index: int) -> bool:
        """Drop row ``index`` of list ``name`` before validation; return whether it existed."""
        rows = self._fields.get(name)
        if name not in self.ROWS or rows is None or not 0 <= index < len(rows.entries):
            return False
        del rows.entries[index]
        return True


BODY_CHOICES = [SelectChoice(b.value, label) for b, label in labels.BODY.items()]
HELP_CHOICE = "help"


class LanguagesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def process_data(self, value: Any) -> None:
        self.data = list(value) if value else []


class StartForm(StepForm):
    title = text(_l("A short name for this case"), SHORT_TEXT, _l("Only you see it, for example: Ivanov, Aktau 2024."))
    body = RadioField(
        _l("Where do you want to send the complaint?"),
        choices=[*BODY_CHOICES, SelectChoice(HELP_CHOICE, _l("I am not sure: help me choose"))],
        validators=[InputRequired(_l("Choose a body, or choose “I am not sure”."))],
        invalid_choice_message=_l("Choose one of the options."),
    )
    languages = LanguagesField(
        _l("Languages of the complaint"),
        choices=[SelectChoice(code, label) for code, label in labels.LANGUAGE.items()],
        description=_l("The UN accepts English, French, Russian and Spanish."),
        validators=[Optional()],
        invalid_choice_message=_l("Choose languages from the list."),
    )

    def apply(self, case: Case) -> Case:
        body = case.body if self.body.data == HELP_CHOICE else m.Body(self.body.data)
        return replace(case, title=self.title.data or "", body=body, languages=tuple(self.languages.data or ()))


@cache
def _state_choices(locale: str) -> tuple[SelectChoice, ...]:
    return tuple(SelectChoice(code, name) for code, name in state_choices(locale))


class StateForm(StepForm):
    state = CachedSelectField(
        _l("Which State is responsible?"),
        choice_key="states",
        validators=[Optional()],
        invalid_choice_message=_l("Choose a State from the list."),
    )
    submission_date = optional_date(
        _l("When will you submit the complaint?"), _l("Leave empty to use today. Deadlines are counted to this date.")
    )
    delay_reasons = long_text(
        _l("If time has passed since the last decision: why?"),
        MEDIUM_TEXT,
        _l("Explain any delay in submitting, for example fear of reprisals or waiting for documents."),
        rows=3,
    )
    state_override = FormField(StateOverrideForm, label=_l("Treaty data you have checked yourself"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.state.choices = [SelectChoice("", _l("— choose a State —")), *_state_choices(self.locale)]

    def apply(self, case: Case) -> Case:
        return replace(
            case,
            state=self.state.data or "",
            submission_date=self.submission_date.data,
            delay_reasons=self.delay_reasons.data or "",
            state_override=self.state_override.form.to_model(case.state_override),
        )


class PartiesForm(StepForm):
    ROWS = {"victims": m.Victim}

    author = FormField(AuthorForm, label=_l("Author"))
    victims = _rows(VictimForm, _l("Victim"))
    authorisation = FormField(AuthorisationForm, label=_l("Authorisation"))
    counsel = FormField(PersonForm, label=_l("Counsel"))
    confidentiality_requested = BooleanField(
        _l("Ask the committee not to publish the victim's name"),
    )

    def apply(self, case: Case) -> Case:
        counsel = self.counsel.form.to_model(case.counsel)
        return replace(
            case,
            author=self.author.form.to_model(case.author),
            victims=_row_models(self.victims, case.victims),
            authorisation=self.authorisation.form.to_model(case.authorisation),
            counsel=None if counsel == m.Person() else counsel,
            confidentiality_requested=bool(self.confidentiality_requested.data),
        )


class EventsForm(StepForm):
    ROWS = {"events": m.Event}

    events = _rows(EventForm, _l("Event"))

    def apply(self, case: Case) -> Case:
        return replace(case, events=_row_models(self.events, case.events))


class RemediesForm(StepForm):
    ROWS = {"domestic_remedies": m.DomesticRemedy}

    domestic_remedies = _rows(RemedyForm, _l("Remedy"))

    def apply(self, case: Case) -> Case:
        rows = _row_models(self.domestic_remedies, case.domestic_remedies)
        return replace(case, domestic_remedies=rows, remedies_answered=True)


class ProceduresForm(StepForm):
    ROWS = {"other_procedures": m.OtherProcedure}

    other_procedures = _rows(ProcedureForm, _l("Procedure"))

    def apply(self, case: Case) -> Case:
        rows = _row_models(self.other_procedures, case.other_procedures)
        return replace(case, other_procedures=rows, other_procedures_answered=True)


class DetentionForm(StepForm):
    detention = FormField(DetentionDetailsForm, label=_l("Detention"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        grounds = {g.category: g for g in self.case.wgad_grounds}
        if not self.is_submitted():
            for category in m.WgadCategory:
                ground = grounds.get(category)
                self[f"ground_{category.value}"].data = ground is not None
                self[f"ground_{category.value}_facts"].data = ground.facts if ground else ""

    @property
    def grounds(self) -> list[tuple[Any, Any, Any]]:
        """Return (category label, checkbox, facts field) for each WGAD category."""
        return [
            (labels.WGAD_CATEGORY[c], self[f"ground_{c.value}"], self[f"ground_{c.value}_facts"])
            for c in m.WgadCategory
        ]

    def apply(self, case: Case) -> Case:
        grounds = tuple(
            m.WgadGround(category=c, facts=self[f"ground_{c.value}_facts"].data or "")
            for c in m.WgadCategory
            if self[f"ground_{c.value}"].data
        )
        return replace(case, detention=self.detention.form.to_model(case.detention), wgad_grounds=grounds)


for _category in m.WgadCategory:
    setattr(DetentionForm, f"ground_{_category.value}", BooleanField(labels.WGAD_CATEGORY[_category]))
    setattr(
        DetentionForm,
        f"ground_{_category.value}_facts",
        long_text(_l("Facts that show it"), LONG_TEXT, rows=3),
    )


class UrgencyForm(StepForm):
    has_risk = RadioField(
        _l("Is anyone at risk of irreparable harm before the committee can decide?"),
        choices=[SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No"))],
        validators=[Optional()],
        invalid_choice_message=_l("Choose yes or no."),
    )
    urgent_risk = FormField(UrgentRiskForm, label=_l("Urgent risk"))
    remedies_sought = long_text(
        _l("What do you ask the committee to recommend?"),
        LONG_TEXT,
        _l("For example: release, investigation, compensation, a retrial."),
        rows=4,
    )
    signing_place = text(_l("Place where the complaint will be signed"), SHORT_TEXT, _l("For example: Almaty."))
    facts_true = BooleanField(_l("The facts I have given are true to the best of my knowledge"))
    all_procedures_disclosed = BooleanField(_l("I have told you about every other international procedure"))
    respectful_language = BooleanField(_l("The complaint uses no offensive language"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_submitted():
            self.has_risk.data = "yes" if self.case.urgent_risk else "no"
            confirmations = self.case.confirmations
            self.facts_true.data = bool(confirmations.facts_true)
            self.all_procedures_disclosed.data = bool(confirmations.all_procedures_disclosed)
            self.respectful_language.data = bool(confirmations.respectful_language)

    def apply(self, case: Case) -> Case:
        risk = self.urgent_risk.form.to_model(case.urgent_risk) if self.has_risk.data == "yes" else None
        return replace(
            case,
            urgent_risk=risk,
            remedies_sought=self.remedies_sought.data or "",
            signing_place=self.signing_place.data or "",
            confirmations=replace(
                case.confirmations,
                facts_true=bool(self.facts_true.data),
                all_procedures_disclosed=bool(self.all_procedures_disclosed.data),
                respectful_language=bool(self.respectful_language.data),
            ),
        )


# -- the rights step: one checkbox, reference and facts per catalogue article ------------------------


def claims_treaty(case: Case) -> m.Treaty:
    """Return the treaty whose articles the rights step offers for the case's body."""
    return m.Treaty.CAT if case.body is m.Body.CAT else m.Treaty.ICCPR


class ClaimsFormBase(StepForm):
    TREATY: ClassVar[m.Treaty] = m.Treaty.ICCPR
    ARTICLES: ClassVar[tuple[Article, ...]] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_submitted():
            primary = self._primary_claims(self.case)
            for article in self.ARTICLES:
                claim = primary.get(article.number)
                self[f"art_{article.number}"].data = claim is not None
                self[f"ref_{article.number}"].data = claim.article if claim else ""
                self[f"facts_{article.number}"].data = claim.facts if claim else ""
                self[f"jur_{article.number}"].data = claim.jurisprudence if claim else ""
                self[f"ev_{article.number}"].data = "\n".join(claim.evidence) if claim else ""

    @classmethod
    def _primary_claims(cls, case: Case) -> dict[int, m.Claim]:
        """Return the first claim per catalogue article of this treaty (the one this step edits)."""
        numbers = {a.number for a in cls.ARTICLES}
        out: dict[int, m.Claim] = {}
        for claim in case.claims:
            number = article_number(claim.article)
            if claim.treaty is cls.TREATY and number in numbers and number not in out:
                out[number] = claim
        return out

    def groups(self) -> list[tuple[str, list[tuple[Any, ...]]]]:
        """Return the articles by group: (group, [(article, checkbox, reference, facts, evidence, case law)])."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        for a in self.ARTICLES:
            fields = (
                a,
                self[f"art_{a.number}"],
                self[f"ref_{a.number}"],
                self[f"facts_{a.number}"],
                self[f"ev_{a.number}"],
                self[f"jur_{a.number}"],
            )
            out.setdefault(a.group, []).append(fields)
        return list(out.items())

    def apply(self, case: Case) -> Case:
        primary = self._primary_claims(case)
        primary_ids = {id(c): n for n, c in primary.items()}
        edited: dict[int, m.Claim] = {}
        for a in self.ARTICLES:
            if self[f"art_{a.number}"].data:
                old = primary.get(a.number)
                reference = self[f"ref_{a.number}"].data or str(a.number)
                if article_number(reference) != a.number:
                    reference = str(a.number)
                edited[a.number] = replace(
                    old or m.Claim(),
                    treaty=self.TREATY,
                    article=reference,
                    facts=self[f"facts_{a.number}"].data or "",
                    jurisprudence=self[f"jur_{a.number}"].data or "",
                    evidence=self[f"ev_{a.number}"].items,
                )
        claims: list[m.Claim] = []
        for claim in case.claims:
            number = primary_ids.get(id(claim))
            if number is None:
                claims.append(claim)  # another treaty, or a second claim under the same article
            elif number in edited:
                claims.append(edited.pop(number))
        claims.extend(edited[a.number] for a in self.ARTICLES if a.number in edited)
        return replace(case, claims=tuple(claims))


@cache
def claims_form(treaty: m.Treaty) -> type[ClaimsFormBase]:
    """Return the rights-step form class for ``treaty``'s catalogue."""
    articles = tuple(a for a in catalogue(treaty) if a.claimable)
    attrs: dict[str, Any] = {"TREATY": treaty, "ARTICLES": articles}
    for a in articles:
        attrs[f"art_{a.number}"] = BooleanField(_l("Article %(number)s: %(title)s", number=a.number, title=_l(a.title)))
        attrs[f"ref_{a.number}"] = text(
            _l("Paragraph (optional)"), SHORT_TEXT, _l("For example %(ref)s.", ref=f"{a.number}(1)")
        )
        attrs[f"facts_{a.number}"] = long_text(_l("Facts that show this violation"), LONG_TEXT, rows=3)
        attrs[f"ev_{a.number}"] = LinesField(
            _l("Evidence (one item per line)"),
            item_limit=MEDIUM_TEXT,
            max_items=MAX_ROWS,
            description=_l("For example: medical report of 12 January 2024; statement of a witness."),
            render_kw={"rows": 2},
        )
        attrs[f"jur_{a.number}"] = long_text(
            _l("Committee decisions you rely on (optional)"),
            MEDIUM_TEXT,
            _l("For example: Kozulina v. Belarus, 1773/2008."),
            rows=2,
        )
    return type(f"ClaimsForm_{treaty.value}", (ClaimsFormBase,), attrs)


def form_class(step: str, case: Case) -> type[StepForm]:
    """Return the form class of ``step`` for ``case`` (the rights step depends on the body)."""
    if step == "claims":
        return claims_form(claims_treaty(case))
    return STEP_FORMS[step]


STEP_FORMS: dict[str, type[StepForm]] = {
    "start": StartForm,
    "state": StateForm,
    "parties": PartiesForm,
    "events": EventsForm,
    "remedies": RemediesForm,
    "procedures": ProceduresForm,
    "detention": DetentionForm,
    "urgency": UrgencyForm,
}
