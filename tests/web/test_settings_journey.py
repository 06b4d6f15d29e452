"""Browser journeys: HQ tunes the customer thresholds and the order holds on 公司设置."""

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


@browser_test
def test_hq_sets_how_long_unpaid_orders_are_held_and_how_many_one_visitor_may_have(
    live_server, phone
):
    page, problems = phone

    # given HQ on 公司设置, with the defaults of a day and three orders
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.goto(f"{live_server}/hq/settings")
    hold = page.locator(".van-field", has_text="保留时间").locator("input")
    cap = page.locator(".van-field", has_text="待付款上限").locator("input")
    expect(hold).to_have_value("24")
    expect(cap).to_have_value("3")

    # when they hold unpaid orders for 48 hours and allow two at a time
    hold.fill("48")
    cap.fill("2")
    with page.expect_response(re.compile(r"/api/v1/company$")) as saved:
        page.get_by_role("button", name="保存").tap()

    # then both are sent and kept
    assert saved.value.status == 200
    assert saved.value.request.post_data_json == {"order_hold_hours": 48, "max_open_orders": 2}
    page.reload()
    expect(hold).to_have_value("48")
    expect(cap).to_have_value("2")
    screenshot(page, "hq-settings-orders")
    assert problems == []


@browser_test
def test_hq_sets_the_limits_of_the_coupons_bosses_make(live_server, phone):
    page, problems = phone

    # given HQ on 公司设置, with the defaults of ¥50 off and 1000 copies
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.goto(f"{live_server}/hq/settings")
    most_off = page.locator(".van-field", has_text="最多优惠").locator("input")
    copies = page.locator(".van-field", has_text="最多发放").locator("input")
    expect(most_off).to_have_value("50")
    expect(copies).to_have_value("1000")

    # when they allow at most ¥20 off and 300 copies
    most_off.fill("20")
    copies.fill("300")
    with page.expect_response(re.compile(r"/api/v1/company$")) as saved:
        page.get_by_role("button", name="保存").tap()

    # then both are sent (money in fen) and kept
    assert saved.value.status == 200
    assert saved.value.request.post_data_json == {"boss_coupon_max_off": 2000,
                                                  "boss_coupon_max_total": 300}
    page.reload()
    expect(most_off).to_have_value("20")
    assert problems == []
