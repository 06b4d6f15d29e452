"""Browser journey of the interaction audit (互动记录) on a phone (Debian's chromium): a boss
opens it from the home grid, narrows it by type and by rep, opens a row's customer and keeps
the list to that customer; each read aimed at a rep or customer is logged.

Runs against `live_server` (the demo seeded: boss01 leads 华东分公司, whose reps followed up,
answered and sold for three weeks) at 375x667 with touch and fails on any console error.
"""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from app.audit.models import AuditRead
from app.extensions import db
from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in

INTERACTIONS = re.compile(r"/api/v1/audit/interactions\?")


@browser_test
def test_a_boss_reads_the_interactions_of_a_rep_and_a_customer(live_server, phone):
    page, problems = phone

    # given boss01 signs in and opens 互动记录 from the home grid
    sign_in(page, live_server, "boss01")
    expect(page).to_have_url(re.compile(r"/boss$"))
    page.locator(".entry-grid").get_by_text("互动记录").tap()
    expect(page).to_have_url(re.compile(r"/boss/audit$"))
    rows = page.locator(".audit-list .timeline-item")
    expect(rows.first).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "boss-audit")

    # when they keep the follow-ups only, then one rep's
    with page.expect_response(INTERACTIONS):
        page.get_by_role("tab", name="跟进").tap()
    expect(rows.first).to_have_attribute("data-kind", "follow_up")
    page.get_by_role("button", name=re.compile("全部员工")).tap()
    picker = page.locator(".search-picker")
    rep_row = picker.locator(".search-picker__list .van-cell").nth(1)  # the first rep
    rep_name = rep_row.inner_text().strip()
    with page.expect_response(INTERACTIONS) as by_rep:
        rep_row.tap()
    assert "rep_id=" in by_rep.value.url and by_rep.value.status == 200
    expect(page.locator(".chip--active", has_text=rep_name)).to_be_visible()
    if by_rep.value.json()["items"]:
        expect(rows.first).to_contain_text(f"员工 {rep_name}")
        kinds = {kind for kind in rows.evaluate_all("rows => rows.map(r => r.dataset.kind)")}
        assert kinds == {"follow_up"}

    # and open a row's customer from the whole list, then keep the list to that customer
    page.locator(".chip--active", has_text=rep_name).tap()
    with page.expect_response(INTERACTIONS):
        picker.get_by_text("全部员工").tap()
    with page.expect_response(INTERACTIONS):
        page.get_by_role("tab", name="全部").tap()
    customer_name = rows.first.locator(".timeline-item__actor").inner_text().split(" · ")[0]
    customer_name = customer_name.removeprefix("客户 ").strip()
    rows.first.tap()
    sheet = page.locator(".audit-customer")
    expect(sheet.locator(".search-picker__title")).to_have_text(customer_name)
    expect(sheet.locator(".timeline-item").first).to_be_visible()
    screenshot(page, "boss-audit-customer")
    with page.expect_response(INTERACTIONS) as by_customer:
        sheet.get_by_role("button", name="只看该客户的互动").tap()
    assert "customer_id=" in by_customer.value.url
    expect(sheet).to_be_hidden()
    expect(page.locator(".chip--active", has_text=customer_name)).to_be_visible()
    expect(rows.first).to_contain_text(f"客户 {customer_name}")
    assert_fits_phone(page)

    # then the reads aimed at the rep and at the customer were logged, the plain ones not
    read = db.session.scalars(select(AuditRead).order_by(AuditRead.id)).all()
    assert [(r.kind, r.rep_id is not None, r.customer_id is not None) for r in read] == [
        ("follow_up", True, False), (None, False, True)]
    assert problems == []
