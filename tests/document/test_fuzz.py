"""Any case the codec accepts gets a full, openable set of drafts (Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings

from complaint_builder.document import build_set
from complaint_builder.domain.codec import CaseFormatError, from_dict
from tests.domain.strategies import document

from .conftest import AS_OF, all_text, open_docx


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
@example({"body": "hrc", "submission_date": "1979-01-01"})  # ZIP cannot store dates before 1980
@example({"body": "wgad", "submission_date": "2200-01-01", "title": "../x"})
def test_every_decodable_case_gets_openable_drafts(data):
    try:
        case = from_dict(data)
    except CaseFormatError:
        return
    result = build_set(case, AS_OF)
    assert result.documents[-1].kind == "memo"
    for generated in result.documents:
        assert "/" not in generated.filename and "\\" not in generated.filename
        doc = open_docx(generated.data)
        text = all_text(doc)
        assert text.strip()
        if case.title.strip() and generated.kind != "memo":
            assert " — " in doc.sections[0].header.paragraphs[0].text
