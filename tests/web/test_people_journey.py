"""Browser journey: a boss opens 组织架构, then a leaving rep's page on 员工, picks who takes
their customers over, sees how many move, confirms (离职继承); the heir has them."""

import re

from playwright.sync_api import expect
from sqlalchemy import func, select

from app.customers.models import Customer
from app.extensions import db
from app.org.services import get_user_by_username
from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in


def customers_of(username: str) -> int:
    rep = get_user_by_username(username)
    return db.session.scalar(select(func.count()).where(Customer.rep_id == rep.id))


@browser_test
def test_a_boss_offboards_a_rep_and_hands_their_customers_over(live_server, phone):
    page, problems = phone
    leaving = customers_of("rep01")
    heir_before, heir = customers_of("rep05"), get_user_by_username("rep05").name
    assert leaving > 0

    # given boss01 (华东分公司) on the org tree, opened from the home page
    sign_in(page, live_server, "boss01")
    page.locator(".entry-grid").get_by_text("组织架构").tap()
    expect(page).to_have_url(re.compile(r"/boss/org$"))
    units = page.locator(".org-tree__unit")
    expect(units.first).to_contain_text("华东分公司")
    expect(units.first).to_contain_text("主管：周建国")
    assert_fits_phone(page)
    screenshot(page, "boss-org")

    # when they open the first team's people from the tree and then rep01's page
    units.nth(1).tap()
    page.get_by_role("button", name="查看员工").tap()
    expect(page).to_have_url(re.compile(r"/boss/people\?unit="))
    page.locator(".people__row", has_text="rep01").tap()
    expect(page).to_have_url(re.compile(r"/boss/people/\d+$"))
    screenshot(page, "boss-person")

    # and start 离职交接: they are told how many customers move, and pick rep05
    page.locator(".person-form__leave").tap()
    sheet = page.locator(".leave-sheet")
    expect(sheet.locator(".leave-sheet__customers")).to_contain_text(f"{leaving} 位")
    sheet.get_by_role("button", name=f"停用并移交 {leaving} 位客户").tap()
    expect(sheet.locator(".van-field__error-message")).to_have_text("请选择接手客户的员工")
    sheet.locator(".van-field", has_text="接手员工").tap()
    picker = page.locator(".search-picker", has_text="选择接手员工")
    picker.get_by_placeholder("搜索姓名、用户名或手机号").fill(heir)
    picker.get_by_placeholder("搜索姓名、用户名或手机号").press("Enter")
    picker.locator(".search-picker__list .van-cell", has_text=heir).tap()
    screenshot(page, "boss-offboarding")
    sheet.get_by_role("button", name=f"停用并移交 {leaving} 位客户").tap()
    dialog = page.locator(".van-dialog", has_text="确认离职交接")
    expect(dialog).to_contain_text(f"{leaving} 位客户")
    expect(dialog).to_contain_text(heir)
    with page.expect_response(re.compile(r"/api/v1/users/\d+/offboarding$")) as done:
        dialog.get_by_role("button", name="确认停用").tap()

    # then rep01 is disabled and every customer of theirs is rep05's
    assert done.value.status == 200
    expect(page.locator(".van-notice-bar")).to_contain_text("该账号已停用")
    assert customers_of("rep01") == 0
    assert customers_of("rep05") == heir_before + leaving
    assert problems == []


@browser_test
def test_hq_adds_a_rep_with_the_apis_field_errors_and_resets_a_password(live_server, phone):
    page, problems = phone

    # given HQ on 员工, opened from the home page
    sign_in(page, live_server, "admin")
    page.locator(".entry-grid").get_by_text("员工").tap()
    expect(page).to_have_url(re.compile(r"/hq/people$"))
    page.get_by_role("button", name="新增").tap()

    # when they add a rep under a username already taken, in a team picked from the tree
    page.locator(".van-field", has_text="姓名").locator("input").fill("新同事")
    page.locator(".van-field", has_text="用户名").locator("input").fill("rep02")
    page.locator(".van-field", has_text="所属组织").tap()
    page.locator(".search-picker .van-cell", has_text="杭州二队").tap()
    page.get_by_role("button", name="随机生成").tap()
    with page.expect_response(re.compile(r"/api/v1/users$")) as refused:
        page.get_by_role("button", name="添加").tap()

    # then the server's message shows under the field; with a free name the rep is added
    assert refused.value.status == 422
    username = page.locator(".van-field", has_text="用户名")
    expect(username.locator(".van-field__error-message")).to_have_text("用户名已被使用")
    username.locator("input").fill("newrep01")
    with page.expect_response(re.compile(r"/api/v1/users$")) as added:
        page.get_by_role("button", name="添加").tap()
    assert added.value.status == 201
    expect(page).to_have_url(re.compile(r"/hq/people/\d+$"))

    # when they reset the new rep's password: a generated one is shown once
    page.get_by_text("重置密码").tap()
    with page.expect_response(re.compile(r"/password$")) as reset:
        page.locator(".van-dialog", has_text="自动生成").get_by_role("button", name="确认").tap()
    password = reset.value.json()["password"]
    expect(page.locator(".van-dialog", has_text="密码已重置")).to_contain_text(password)
    assert_fits_phone(page)
    screenshot(page, "hq-person-password")
    assert [p for p in problems if "status of 422" not in p] == []
