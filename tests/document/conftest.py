"""Fixture cases and helpers for the document tests (the wizard worker owns tests/conftest.py)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from complaint_builder.domain.case import (
    Author,
    AuthorRole,
    Authorisation,
    Body,
    Case,
    Claim,
    Confirmations,
    Detention,
    DetentionType,
    DomesticRemedy,
    Event,
    HarmKind,
    LegalBasisKind,
    NotUsedReason,
    OtherProcedure,
    Person,
    ProcedureBody,
    ProcedureStatus,
    RemedyLevel,
    RemedyOutcome,
    Treaty,
    UrgentRisk,
    Victim,
    VictimStatus,
    WgadCategory,
    WgadGround,
)
from complaint_builder.domain.codec import from_dict

AS_OF = date(2026, 11, 25)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SOFFICE = shutil.which("soffice") or ("/usr/bin/soffice" if Path("/usr/bin/soffice").exists() else None)


def hrc_case_ru() -> Case:
    """A complete HRC case written in Russian: every section of §A has data."""
    return Case(
        title="Жанаозен: пытки и несправедливый суд (Ерлан Сагинтаев)",
        body=Body.HRC,
        state="KZ",
        submission_date=date(2026, 12, 1),
        languages=("ru", "kk"),
        author=Author(
            person=Person(name="Айгуль Нурланова", nationality="Казахстан", address="ул. Абая 10, Алматы",
                          email="a.nurlanova@example.org", phone="+7 701 000 00 00"),
            role=AuthorRole.LAWYER, organisation="Казахстанское бюро (пример)", link_to_victim="адвокат защиты"),
        victims=(Victim(person=Person(name="Ерлан Сагинтаев", nationality="Казахстан", date_of_birth=date(1984, 3, 2),
                                      place_of_birth="Жанаозен", sex="мужской", address="Жанаозен, мкр. 3"),
                        status_now=VictimStatus.DETAINED_REACHABLE, whereabouts="Исправительная колония, Актау"),),
        authorisation=Authorisation(written=True, signed_on=date(2024, 2, 1), covers_this_complaint=True),
        counsel=Person(name="Игорь Петров", address="пр. Достык 5, Алматы", email="petrov@example.org"),
        confidentiality_requested=True,
        events=(
            Event(date_from=date(2024, 6, 4), description="Приговор Актауского городского суда: признание, полученное под пыткой, принято как доказательство.", place="Актау"),
            Event(date_from=date(2023, 12, 17), date_to=date(2023, 12, 19),
                  description="Задержан в Жанаозене; избит дубинками и задушен пакетом в городском отделе полиции, чтобы получить признание.\n\nВрач не был допущен.",
                  place="Жанаозен"),
            Event(date_from=date(2024, 1, 10), description="Жалоба прокурору Мангистауской области о пытках (ст. 146 УК).", place="Актау"),
        ),
        claims=(
            Claim(Treaty.ICCPR, "7", "Избиение и удушение в полиции с целью получить признание.",
                  ("Заключение судебно-медицинской экспертизы от 21.12.2023", "Показания сокамерника")),
            Claim(Treaty.ICCPR, "14(3)(g)", "Признание, полученное под пыткой, использовано в суде.",
                  ("Протокол судебного заседания",)),
        ),
        domestic_remedies=(
            DomesticRemedy(level=RemedyLevel.PROSECUTOR, authority="Прокуратура Мангистауской области",
                           date_filed=date(2024, 1, 10), date_decided=date(2024, 2, 10), outcome=RemedyOutcome.DISMISSED,
                           raised_in_substance=True),
            DomesticRemedy(level=RemedyLevel.APPEAL, authority="Мангистауский областной суд",
                           date_filed=date(2024, 7, 1), date_decided=date(2024, 9, 12), outcome=RemedyOutcome.DISMISSED,
                           raised_in_substance=True),
            DomesticRemedy(level=RemedyLevel.CASSATION, authority="Верховный суд Республики Казахстан",
                           date_filed=date(2024, 10, 1), date_decided=date(2025, 3, 3), outcome=RemedyOutcome.DISMISSED,
                           final=True, raised_in_substance=True),
            DomesticRemedy(level=RemedyLevel.CONSTITUTIONAL, outcome=RemedyOutcome.NOT_USED,
                           not_used_reason_type=NotUsedReason.NO_SUCH_REMEDY,
                           not_used_reason="Индивидуальная жалоба в Конституционный суд не касается приговоров."),
        ),
        remedies_answered=True,
        other_procedures_answered=True,
        urgent_risk=UrgentRisk(kind=HarmKind.HEALTH_IN_DETENTION, description="Отказ в лечении после избиения; давление 200/120.",
                               by_date=date(2026, 12, 10)),
        remedies_sought="Расследовать пытки и привлечь виновных к ответственности.\n\nПересмотреть приговор и выплатить компенсацию.",
        confirmations=Confirmations(facts_true=True, all_procedures_disclosed=True, respectful_language=True),
    )


def wgad_case() -> Case:
    return Case(
        title="Kozlov — arbitrary detention",
        body=Body.WGAD,
        state="KZ",
        languages=("en",),
        author=Author(person=Person(name="Алия Турусбекова", address="Almaty", email="aliya@example.org"),
                      role=AuthorRole.RELATIVE, link_to_victim="wife"),
        victims=(Victim(person=Person(name="Владимир Козлов", nationality="Kazakhstan", date_of_birth=date(1960, 4, 1)),
                        status_now=VictimStatus.DETAINED_REACHABLE, whereabouts="Colony No. 12, Petropavlovsk"),),
        authorisation=Authorisation(written=True, signed_on=date(2026, 10, 1)),
        events=(Event(date_from=date(2026, 1, 23), description="Arrested at home in Almaty by the National Security Committee.",
                      place="Almaty"),
                Event(date_from=date(2026, 10, 8), description="Sentenced to 7.5 years for 'inciting social discord'.",
                      place="Aktau")),
        detention=Detention(deprived_of_liberty=True, detention_type=DetentionType.POST_CONVICTION, start=date(2026, 1, 23), place="Colony No. 12, Petropavlovsk",
                            authority="National Security Committee", legal_basis_kind=LegalBasisKind.STATED,
                            legal_basis_given="Criminal Code art. 164 (inciting social discord)"),
        wgad_grounds=(WgadGround(WgadCategory.II, "Detained for speeches criticising the Government at rallies."),
                      WgadGround(WgadCategory.III, "Trial closed to the public; lawyer denied access for 10 days.")),
        domestic_remedies=(DomesticRemedy(level=RemedyLevel.APPEAL, authority="Mangistau Regional Court",
                                          date_filed=date(2026, 10, 20), outcome=RemedyOutcome.PENDING),),
        remedies_answered=True,
        other_procedures=(OtherProcedure(body=ProcedureBody.SPECIAL_RAPPORTEUR, reference="KAZ 3/2026",
                                         date_filed=date(2026, 3, 1), status=ProcedureStatus.PENDING),),
        other_procedures_answered=True,
        urgent_risk=UrgentRisk(kind=HarmKind.HEALTH_IN_DETENTION, description="Heart condition; no treatment in the colony.",
                               measure_requested="to release him or give him immediate access to a cardiologist"),
        remedies_sought="Immediate release and compensation.",
    )


def sparse_case() -> Case:
    """A case the user has barely started: most required sections must show placeholders."""
    return Case(title="", body=Body.CAT, state="KZ")


def pre_op1_case() -> Case:
    """Events before OP1 entered into force for Kazakhstan (30 Sep 2009): HRC temporis fails."""
    return Case(
        title="A.P.-like case (events 2004-2007)",
        body=Body.HRC,
        state="KZ",
        submission_date=date(2016, 5, 1),
        author=Author(person=Person(name="A.P.", nationality="Kazakhstan", address="Almaty", email="ap@example.org"),
                      role=AuthorRole.RELATIVE, link_to_victim="mother"),
        victims=(Victim(person=Person(name="P.P."), status_now=VictimStatus.DEAD),),
        authorisation=Authorisation(written=False, why_absent="The victim died in 2007."),
        events=(Event(date_from=date(2004, 3, 1), description="Arrest and ill-treatment in police custody.", place="Almaty"),
                Event(date_from=date(2007, 5, 2), description="Death in a psychiatric ward.", place="Almaty")),
        claims=(Claim(Treaty.ICCPR, "6", "Death in State custody."), Claim(Treaty.ICCPR, "7", "Ill-treatment.")),
        domestic_remedies=(DomesticRemedy(level=RemedyLevel.PROSECUTOR, authority="Almaty prosecutor",
                                          date_filed=date(2007, 6, 1), date_decided=date(2007, 8, 1),
                                          outcome=RemedyOutcome.DISMISSED, final=True, raised_in_substance=True),),
        remedies_answered=True,
        other_procedures_answered=True,
        confirmations=Confirmations(facts_true=True, all_procedures_disclosed=True, respectful_language=True),
    )


LONG_PARAGRAPH = ("В камере не было ни окна, ни вентиляции; задержанного били по почкам и ступням, требуя "
                  "подписать признание, и угрожали его семье. ") * 14


def huge_case() -> Case:
    """A communication far over the 50-page limit (documents.md §G)."""
    base = hrc_case_ru()
    events = tuple(Event(date_from=date(2024, 1, 1 + i % 28), description="\n\n".join([LONG_PARAGRAPH] * 6), place="Актау")
                   for i in range(24))
    return Case(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, "events": events,
                   "title": "Очень длинное сообщение"})


def example_cases() -> list[tuple[str, Case]]:
    if not EXAMPLES.is_dir():
        return []
    return [(p.stem, from_dict(json.loads(p.read_text(encoding="utf-8")))) for p in sorted(EXAMPLES.glob("*.json"))]


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def all_text(doc) -> str:
    """Return the text of the body paragraphs, every table cell, and the header."""
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def headings(doc, level: int = 1) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def convert_to_pdf(paths: list[Path], outdir: Path) -> dict[Path, Path]:
    """Convert DOCX files with LibreOffice in one run, with its own profile (ENV-NOTES.md)."""
    assert SOFFICE is not None
    profile = outdir / f"lo-profile-{uuid.uuid4().hex}"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), *map(str, paths)],
        check=False, capture_output=True, timeout=240,
    )
    out = {}
    for path in paths:
        pdf = outdir / (path.stem + ".pdf")
        # Exit code 0 does not prove the PDF exists (two soffice runs sharing a profile): check the file.
        assert pdf.exists(), f"LibreOffice wrote no PDF for {path.name}"
        out[path] = pdf
    return out


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


needs_soffice = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                   reason="LibreOffice (soffice) or poppler-utils (pdftotext) not installed")


@pytest.fixture
def as_of() -> date:
    return AS_OF
