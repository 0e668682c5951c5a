"""Refresh translations/ru from the template and compile it: ``python translations/tools/update_ru.py``.

Run ``pybabel extract -F babel.cfg -k _l -k lazy_gettext -k N_ --no-location --sort-output
-o translations/messages.pot .`` first. Existing Russian translations are kept.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    with (ROOT / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    po_path = ROOT / "ru" / "LC_MESSAGES" / "messages.po"
    po_path.parent.mkdir(parents=True, exist_ok=True)
    if po_path.exists():
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale="ru")
        catalog.update(template, no_fuzzy_matching=True)
    else:
        template.locale = "ru"
        catalog = template
    catalog.fuzzy = False
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    with po_path.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, catalog)


if __name__ == "__main__":
    main()
