"""Browser journey: a boss exports the team's orders, a short list at once and a long one in
the background with its progress, then fetches it from 我的导出."""

import re

from playwright.sync_api import expect

from app.jobs import runner
from app.jobs.registry import get_job
from tests.exports import private_storage  # noqa: F401 (fixture)
from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in


@browser_test
def test_a_boss_exports_orders_at_once_and_in_the_background(app, live_server, phone,
                                                             monkeypatch, private_storage):  # noqa: F811
    page, problems = phone
    sign_in(page, live_server, "boss01")
    expect(page).not_to_have_url(re.compile(r"/login(\?|$)"))

    # given the team's orders, when the boss exports the completed ones as CSV
    page.goto(f"{live_server}/boss/orders?status=completed")
    page.locator(".nav-export").get_by_role("button", name="导出").tap()
    with page.expect_download() as small:
        page.get_by_role("button", name="CSV 文本（.csv）").tap()

    # then the file is saved at once
    assert small.value.suggested_filename.endswith(".csv")
    assert small.value.suggested_filename.startswith("订单-")

    # when exports that long go to the background and the boss exports again, as Excel
    monkeypatch.setitem(app.config, "EXPORT_SYNC_MAX_ROWS", 1)
    page.locator(".nav-export").get_by_role("button", name="导出").tap()
    with page.expect_response(re.compile(r"/api/v1/exports$")) as queued:
        page.get_by_role("button", name="Excel 表格（.xlsx）").tap()
    assert queued.value.status == 202

    # then a sheet shows the queued export, and once the jobs process wrote it, its link
    sheet = page.locator(".export-sheet")
    expect(sheet).to_contain_text("排队中")
    assert runner.run_job(app, get_job("exports_run")) == "ran"
    expect(sheet).to_contain_text("已完成")
    screenshot(page, "export-done")
    with page.expect_download() as large:
        sheet.get_by_role("link", name="下载文件").tap()
    assert large.value.suggested_filename.endswith(".xlsx")
    assert_fits_phone(page)

    # and 我的导出 keeps it with its link
    page.goto(f"{live_server}/account/exports")
    card = page.locator(".export-card")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("订单 · Excel")
    expect(card.get_by_role("link", name="下载")).to_be_visible()
    screenshot(page, "exports-page")
    assert_fits_phone(page)
    assert problems == []
