"""A new user's path through the wizard in a real browser, with axe-core on every page.

Kazakhstan, Committee against Torture: from the start page to the review, back three steps and
forward again, a validation error fixed, a reload mid-step, and the panel reacting to a pending remedy.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def check_accessibility(page: Page, axe_source) -> None:
    """Run axe-core on the page; fail on any serious or critical violation."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_source))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{page.url}: " + "; ".join(bad)


def save_and_continue(page: Page) -> None:
    page.get_by_role("button", name="Save and continue").last.click()
    page.wait_for_load_state("load")


def panel_text(page: Page) -> str:
    return page.locator("#panel-content").inner_text()


def test_a_new_cat_case_from_start_to_review(page: Page, live_server: str, axe_source) -> None:
    page.goto(live_server + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My cases")
    check_accessibility(page, axe_source)
    page.get_by_role("link", name="Start a new case").click()

    # Start
    expect(page.get_by_text("Step 1 of")).to_be_visible()
    check_accessibility(page, axe_source)
    page.get_by_label("A short name for this case").fill("Иванов против Казахстана")
    page.get_by_label("Committee against Torture (CAT, article 22)").check()
    page.get_by_label("Russian").check()
    save_and_continue(page)

    # State and dates
    expect(page.get_by_text("Step 2 of 9")).to_be_visible()
    check_accessibility(page, axe_source)
    page.get_by_label("Which State is responsible?").select_option("KZ")
    page.get_by_label("When will you submit the complaint?").fill("2026-11-01")
    save_and_continue(page)

    # People
    expect(page.get_by_role("heading", level=1)).to_have_text("People")
    page.get_by_label("Who is submitting the complaint?").select_option("victim")
    page.locator("#author-person-name").fill("Иван Иванович Иванов")
    page.get_by_role("button", name="Add a victim").click()
    expect(page.locator("#victims-0-person-name")).to_be_visible()
    page.locator("#victims-0-person-name").fill("Иван Иванович Иванов")
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # What happened
    expect(page.get_by_role("heading", level=1)).to_have_text("What happened")
    page.get_by_role("button", name="Add an event").click()
    page.locator("#events-0-date_from").fill("2024-01-10")
    page.locator("#events-0-description").fill("Задержан и избит в ИВС г. Актау")
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # Rights
    expect(page.get_by_role("heading", level=1)).to_have_text("Rights violated")
    page.get_by_label("Article 1: Definition of torture").check()
    page.locator("#facts_1").fill("Удары по почкам, удушение пакетом")
    page.get_by_label("Article 16: Other cruel, inhuman or degrading treatment").check()
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # Domestic remedies
    expect(page.get_by_role("heading", level=1)).to_have_text("Domestic remedies")
    page.get_by_role("button", name="Add a remedy").click()
    page.locator("#domestic_remedies-0-level").select_option("prosecutor")
    page.locator("#domestic_remedies-0-authority").fill("Прокуратура г. Актау")
    page.locator("#domestic_remedies-0-date_filed").fill("2024-02-01")
    page.locator("#domestic_remedies-0-date_decided").fill("2024-06-01")
    page.locator("#domestic_remedies-0-outcome").select_option("dismissed")
    page.locator("#domestic_remedies-0-final-0").check()
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # Other procedures: none
    expect(page.get_by_role("heading", level=1)).to_have_text("Other international procedures")
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # Urgency and confirmations (no detention step for the CAT)
    expect(page.get_by_role("heading", level=1)).to_have_text("Urgency and confirmations")
    expect(page.get_by_text("Step 8 of 9")).to_be_visible()
    page.locator("#has_risk-1").check()
    page.get_by_label("What do you ask the committee to recommend?").fill("Расследование и компенсация")
    page.get_by_label("The facts I have given are true to the best of my knowledge").check()
    check_accessibility(page, axe_source)
    save_and_continue(page)

    # Review
    expect(page.get_by_role("heading", level=1)).to_have_text("Review")
    expect(page.get_by_role("heading", name="Committee against Torture (CAT, article 22)")).to_be_visible()
    expect(page.get_by_role("heading", name="The three bodies compared")).to_be_visible()
    check_accessibility(page, axe_source)

    # Back three steps with the browser, nothing lost; then forward again.
    page.go_back()
    expect(page.get_by_label("What do you ask the committee to recommend?")).to_have_value("Расследование и компенсация")
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Other international procedures")
    page.go_back()
    expect(page.locator("#domestic_remedies-0-authority")).to_have_value("Прокуратура г. Актау")
    expect(page.locator("#domestic_remedies-0-outcome")).to_have_value("dismissed")
    page.go_forward()
    page.go_forward()
    expect(page.get_by_label("The facts I have given are true to the best of my knowledge")).to_be_checked()
    page.go_forward()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review")

    # The jump list: back to the events with the step's own buttons.
    page.get_by_role("link", name="What happened").click()
    expect(page.locator("#events-0-description")).to_have_value("Задержан и избит в ИВС г. Актау")

    # A validation error: an end before the start. Everything typed stays; fix it and go on.
    page.locator("#events-0-date_to").fill("2023-12-31")
    page.locator("#events-0-place").fill("ИВС Актау")
    save_and_continue(page)
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    check_accessibility(page, axe_source)
    summary.get_by_role("link").first.click()
    expect(page.locator("#events-0-date_to")).to_be_focused()
    expect(page.locator("#events-0-date_to")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#events-0-place")).to_have_value("ИВС Актау")
    page.locator("#events-0-date_to").fill("2024-01-12")
    save_and_continue(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Rights violated")
    expect(page.locator("#facts_1")).to_have_value("Удары по почкам, удушение пакетом")

    # Reload mid-step: the saved answers come back.
    page.reload()
    expect(page.get_by_label("Article 1: Definition of torture")).to_be_checked()
    expect(page.get_by_label("Article 16: Other cruel, inhuman or degrading treatment")).to_be_checked()

    # The panel reacts when the remedy is marked pending (live, then saved).
    page.get_by_role("button", name="Domestic remedies").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Domestic remedies")
    before = panel_text(page)
    assert page.locator('#panel-content a[href$="/remedies"]').count() == 0
    page.locator("#domestic_remedies-0-date_decided").fill("")
    page.locator("#domestic_remedies-0-final-2").check()
    page.locator("#domestic_remedies-0-outcome").select_option("pending")
    expect(page.locator('#panel-content a[href$="/remedies"]').first).to_be_visible()
    assert panel_text(page) != before
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".flash--success")).to_have_text("Saved.")
    expect(page.locator('#panel-content a[href$="/remedies"]').first).to_be_visible()
    check_accessibility(page, axe_source)


def test_every_other_page_is_accessible(page: Page, live_server: str, axe_source) -> None:
    page.goto(live_server + "/new")
    page.get_by_label("A short name for this case").fill("Дело для WGAD")
    page.get_by_label("I am not sure: help me choose").check()
    save_and_continue(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Help me choose")
    check_accessibility(page, axe_source)
    page.get_by_label("Working Group on Arbitrary Detention").check()
    page.get_by_role("button", name="Choose and continue").click()
    expect(page.get_by_text("Step 2 of 10")).to_be_visible()
    for step in ("detention", "procedures", "parties"):
        page.get_by_role("button", name=re.compile({"detention": "^Detention$", "procedures": "^Other international", "parties": "^People$"}[step])).click()
        check_accessibility(page, axe_source)
    page.goto(live_server + "/")
    check_accessibility(page, axe_source)
    page.get_by_role("link", name=re.compile("^Delete")).first.click()
    check_accessibility(page, axe_source)
    page.goto(live_server + "/import")
    check_accessibility(page, axe_source)
    page.goto(live_server + "/cases/0123456789abcdef0123456789abcdef/state")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    check_accessibility(page, axe_source)


def test_the_app_works_under_its_own_content_security_policy(browser, live_server: str) -> None:
    context = browser.new_context(bypass_csp=False)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    try:
        page.goto(live_server + "/new")
        page.get_by_label("A short name for this case").fill("CSP")
        page.get_by_label("Committee against Torture (CAT, article 22)").check()
        save_and_continue(page)
        page.get_by_label("Which State is responsible?").select_option("KZ")
        save_and_continue(page)
        page.get_by_role("button", name="Rights violated").click()
        # the script runs: the facts of an unticked right are hidden, and shown once it is ticked
        expect(page.locator("#facts_3")).to_be_hidden()
        page.get_by_label("Article 3: No return to a risk of torture").check()
        expect(page.locator("#facts_3")).to_be_visible()
        page.get_by_role("button", name="Urgency and confirmations").click()
        expect(page.locator("#urgent_risk-description")).to_be_hidden()
        page.locator("#has_risk-0").check()
        expect(page.locator("#urgent_risk-description")).to_be_visible()
        assert violations == []
    finally:
        context.close()


def test_an_error_on_a_group_of_choices(page: Page, live_server: str, axe_source) -> None:
    page.goto(live_server + "/new")
    page.get_by_label("A short name for this case").fill("Без органа")
    save_and_continue(page)
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Error:"))
    summary.get_by_role("link").first.click()
    expect(page.locator("#body-0")).to_be_focused()
    expect(page.get_by_label("A short name for this case")).to_have_value("Без органа")
    check_accessibility(page, axe_source)


def test_keyboard_only(page: Page, live_server: str) -> None:
    page.goto(live_server + "/new")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    page.get_by_label("A short name for this case").focus()
    page.keyboard.type("Клавиатура")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first body: the HRC
    page.get_by_label("A short name for this case").focus()
    page.keyboard.press("Enter")  # Enter saves and continues, never removes
    expect(page.get_by_text("Step 2 of 9")).to_be_visible()


def test_in_russian(page: Page, live_server: str, axe_source) -> None:
    page.goto(live_server + "/")
    page.get_by_role("button", name="Русский").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("link", name="Начать новое дело").click()
    page.get_by_label("Короткое название дела").fill("Дело Ёлкина — «пытки» в Актау")
    page.get_by_label("Комитет против пыток (КПП, статья 22)").check()
    page.get_by_role("button", name="Сохранить и продолжить").last.click()
    expect(page.get_by_text("Шаг 2 из 9")).to_be_visible()
    page.get_by_label("Какое государство несёт ответственность?").select_option("KZ")
    expect(page.locator("#state option:checked")).to_have_text("Казахстан")
    check_accessibility(page, axe_source)
    page.get_by_role("button", name="Сохранить и продолжить").last.click()
    page.goto(live_server + "/")
    expect(page.get_by_role("link", name="Дело Ёлкина — «пытки» в Актау", exact=True)).to_be_visible()


def test_without_javascript(browser, live_server: str) -> None:
    """The wizard works fully with JavaScript switched off: rows, jumps, errors, the review in print."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server + "/new")
        page.get_by_label("A short name for this case").fill("Без JavaScript")
        page.get_by_label("Working Group on Arbitrary Detention").check()
        save_and_continue(page)
        expect(page.get_by_text("Step 2 of 10")).to_be_visible()
        page.get_by_role("button", name="What happened").click()
        page.get_by_role("button", name="Add an event").click()
        page.locator("#events-0-description").fill("Арест на митинге")
        page.locator("#events-0-date_from").fill("2024-02-01")
        page.locator("#events-0-date_to").fill("2024-01-01")
        save_and_continue(page)
        expect(page.locator(".error-summary")).to_be_visible()
        expect(page.locator("#events-0-description")).to_have_value("Арест на митинге")
        page.locator("#events-0-date_to").fill("2024-02-15")
        save_and_continue(page)
        expect(page.get_by_role("heading", level=1)).to_have_text("Rights violated")
        expect(page.locator("#facts_19")).to_be_visible()  # no script: every facts box is shown
        page.get_by_role("button", name="Detention").click()
        page.locator("#detention-place").fill("ИВС Алматы")
        page.get_by_role("button", name="Save and go back").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Other international procedures")
        page.get_by_role("button", name="Review").click()
        expect(page.get_by_role("heading", name="Working Group on Arbitrary Detention")).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".wizard__side")).to_be_hidden()
        expect(page.locator(".report").first).to_be_visible()
    finally:
        context.close()
