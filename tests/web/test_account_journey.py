"""Browser journey: 账号与安全, a rep signs another device out and changes the password."""

import re

from playwright.sync_api import expect

from tests.web.browser import (
    PASSWORD,
    assert_fits_phone,
    browser_test,
    phone_page,
    screenshot,
    sign_in,
)

NEW_PASSWORD = "a-brand-new-pass-7"


@browser_test
def test_a_rep_signs_out_another_device_and_changes_the_password(live_server, browser, phone):
    page, problems = phone
    with phone_page(browser) as (laptop, laptop_problems):
        # given the rep is signed in on a laptop too, and opens 账号与安全 from the phone's home
        sign_in(laptop, live_server, "rep01")
        expect(laptop).to_have_url(re.compile(r"/rep$"))
        sign_in(page, live_server, "rep01")
        expect(page).to_have_url(re.compile(r"/rep$"))
        page.get_by_text("账号与安全").tap()
        expect(page).to_have_url(re.compile(r"/account$"))
        devices = page.locator(".device")
        expect(devices).to_have_count(2)
        expect(devices.filter(has_text="当前设备")).to_have_count(1)
        assert_fits_phone(page)
        screenshot(page, "account")

        # when the rep signs the other device out
        devices.filter(has_not_text="当前设备").get_by_role("button", name="退出").tap()
        page.locator(".van-dialog").get_by_role("button", name="退出").tap()

        # then only this phone is listed, and the laptop is at the login page at its next step
        expect(devices).to_have_count(1)
        laptop.reload()
        expect(laptop).to_have_url(re.compile(r"/login\?redirect=/rep$"))
        assert laptop_problems == []

    # when the rep types a wrong current password: the server's message is under that field
    page.get_by_label("当前密码").fill("not-my-password")
    page.get_by_label("新密码", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("确认新密码").fill(NEW_PASSWORD)
    with page.expect_response(re.compile(r"/api/v1/me/password$")) as rejected:
        page.get_by_role("button", name="修改密码").tap()
    assert rejected.value.status == 422
    current = page.locator(".van-field", has_text="当前密码")
    expect(current.locator(".van-field__error-message")).to_have_text("当前密码不正确")

    # when they type the right one
    page.get_by_label("当前密码").fill(PASSWORD)
    with page.expect_response(re.compile(r"/api/v1/me/password$")) as changed:
        page.get_by_role("button", name="修改密码").tap()

    # then the password is changed and this phone stays signed in
    assert changed.value.status == 204
    expect(page.get_by_text("密码已修改，其他设备已退出")).to_be_visible()
    page.goto(f"{live_server}/rep")
    expect(page).to_have_url(re.compile(r"/rep$"))
    assert [p for p in problems if "status of 422" not in p] == []
