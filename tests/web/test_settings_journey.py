"""Browser journey: HQ tunes the customer thresholds on 公司设置."""

import re

from playwright.sync_api import expect

from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in


@browser_test
def test_hq_tunes_the_customer_thresholds(live_server, phone):
    page, problems = phone

    # given HQ opens 公司设置 from the home page
    sign_in(page, live_server, "admin")
    page.locator(".entry-grid").get_by_text("公司设置").tap()
    expect(page).to_have_url(re.compile(r"/hq/settings$"))
    percent = page.locator(".van-field", has_text="变化幅度").locator("input")
    expect(percent).to_have_value("50")

    # when they type a fall of 0% (out of range): the server's message shows under the field
    percent.fill("0")
    with page.expect_response(re.compile(r"/api/v1/company$")) as rejected:
        page.get_by_role("button", name="保存").tap()
    assert rejected.value.status == 422
    message = rejected.value.json()["error"]["fields"]["flag_change_percent"][0]
    expect(page.locator(".van-field", has_text="变化幅度")
           .locator(".van-field__error-message")).to_have_text(message)

    # when they set 30% and a 超级 spend of 5000 yuan instead
    percent.fill("30")
    page.locator(".van-field", has_text="超级：消费").locator("input").fill("5000")
    with page.expect_response(re.compile(r"/api/v1/company$")) as saved:
        page.get_by_role("button", name="保存").tap()

    # then only the changed settings are sent, in fen for money, and they are kept
    assert saved.value.status == 200
    assert saved.value.request.post_data_json == {"flag_change_percent": 30,
                                                  "stage_super_spend": 500_000}
    page.reload()
    expect(percent).to_have_value("30")
    expect(page.locator(".van-field", has_text="超级：消费").locator("input")).to_have_value("5000")
    assert_fits_phone(page)
    screenshot(page, "hq-settings")
    assert [p for p in problems if "status of 422" not in p] == []
