"""State treaty data: loaded from the shared reference, names from pycountry / Babel."""

from __future__ import annotations

from datetime import date

import pytest

from complaint_builder.domain.case import Art22Status, StateDataOverride
from complaint_builder.domain.states import all_states, state_choices, state_name, treaties_for


class DescribeTreatyData:
    def it_holds_every_row_of_the_reference(self):
        assert len(all_states()) == 195

    def it_has_the_kazakhstan_dates_of_the_seed_file(self):
        kz = treaties_for("KZ")
        assert kz.op1_party == date(2009, 6, 30)
        assert kz.op1_in_force == date(2009, 9, 30)
        assert kz.op1_reservation_same_matter is False
        assert kz.cat_party == date(1998, 8, 26)
        assert kz.cat_in_force == date(1998, 9, 25)  # CAT art. 27(2): 30th day after deposit
        assert kz.cat_art22 is Art22Status.YES
        assert kz.cat_art22_declaration == date(2008, 2, 21)

    def it_dates_early_cat_parties_from_the_convention_entry_into_force(self):
        assert treaties_for("AR").cat_in_force == date(1987, 6, 26)  # deposited 1986, CAT art. 27(1)

    @pytest.mark.parametrize(("iso2", "effective"), [("BY", date(2023, 2, 8)), ("JM", date(1998, 1, 23)), ("TT", date(2000, 6, 27))])
    def it_records_denunciations(self, iso2, effective):
        assert treaties_for(iso2).op1_denounced_effective == effective

    @pytest.mark.parametrize(("iso2", "reservation"), [("AT", True), ("FR", True), ("DE", True), ("ES", True), ("SE", True), ("NL", False), ("KZ", False), ("US", None)])
    def it_reads_same_matter_reservations(self, iso2, reservation):
        assert treaties_for(iso2).op1_reservation_same_matter is reservation

    def it_keeps_year_only_accessions_as_years_not_dates(self):
        st = treaties_for("ST")
        assert st.op1_party is None
        assert st.year_only_for("OP1") == 2017

    def it_treats_a_blank_art22_column_as_unknown(self):
        assert treaties_for("US").cat_art22 is Art22Status.UNKNOWN

    def it_returns_none_for_an_unknown_code(self):
        assert treaties_for("XX") is None


class DescribeOverride:
    def it_lets_the_lawyer_confirm_an_art22_declaration(self):
        checked = treaties_for("US", StateDataOverride(cat_art22_declaration_date=date(2030, 1, 1), checked_source="UNTC IV-9"))
        assert checked.cat_art22 is Art22Status.YES
        assert checked.cat_art22_declaration == date(2030, 1, 1)
        assert checked.overridden == "UNTC IV-9"

    def it_changes_nothing_without_values(self):
        assert treaties_for("KZ", StateDataOverride()) == treaties_for("KZ")


class DescribeNames:
    @pytest.mark.parametrize(("iso2", "locale", "name"), [("KZ", "en", "Kazakhstan"), ("KZ", "ru", "Казахстан"), ("RU", "fr", "Russie"), ("DE", "es", "Alemania")])
    def it_names_states_from_cldr(self, iso2, locale, name):
        assert state_name(iso2, locale) == name

    def it_lists_choices_sorted_by_name(self):
        names = [name for _, name in state_choices()]
        assert names == sorted(names)
        assert ("KZ", "Kazakhstan") in state_choices()


@pytest.mark.parametrize(
    ("reference", "number"),
    [("7", 7), ("14(3)(g)", 14), ("art. 7", 7), ("Article 9(1)", 9), ("ART 21", 21), ("ст. 19", 19), ("Статья 21", 21), ("2(3)", 2), ("123", None), ("x7", None)],
)
def test_article_references_are_read_as_lawyers_write_them(reference, number):
    from complaint_builder.domain.treaties import article_number

    assert article_number(reference) == number
