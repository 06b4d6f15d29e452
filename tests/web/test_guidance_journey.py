"""Browser journey of 督导 and 目标 on a phone: boss01 sets rep01's revenue target, sees it on the
boss home, guides a customer of rep01's from the customer page; rep01 sees the target on
their home, opens the notification, reads the thread and replies."""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in


@browser_test
def test_a_boss_guides_a_rep_who_replies(live_server, phone, browser):
    page, problems = phone
    rep = db.session.scalars(select(User).where(User.username == "rep01")).one()
    theirs = db.session.scalars(select(Customer).where(Customer.rep_id == rep.id)
                                .order_by(Customer.id)).first()

    # given boss01 sets rep01's revenue target for the month
    sign_in(page, live_server, "boss01")
    expect(page).to_have_url(re.compile(r"/boss$"))
    page.locator(".target-progress").get_by_text("设置目标").tap()
    expect(page).to_have_url(re.compile(r"/boss/targets$"))
    page.locator("[data-field=who]").tap()
    page.locator(".van-popup").get_by_placeholder("搜索名称").fill(rep.name)
    page.locator(".van-popup").get_by_text(rep.name, exact=True).first.tap()
    page.locator("[data-field=value] input").fill("5000")
    page.get_by_role("button", name="保存目标").tap()
    expect(page.locator(".boss-targets__list")).to_contain_text(f"{rep.name} · 成交额")
    assert_fits_phone(page)

    # when the boss opens the rep's customer and guides it
    page.goto(f"{live_server}/boss/customers/{theirs.id}")
    page.get_by_role("button", name="督导这位客户").tap()
    page.locator(".guidance-sheet textarea").fill("这位客户可以约到店试用")
    page.get_by_role("button", name="发送督导").tap()
    expect(page.get_by_text("已发送，员工会收到通知")).to_be_visible()

    with phone_page(browser) as (rep_page, rep_problems):
        # then rep01 sees the target on their home and the comment in their notifications
        sign_in(rep_page, live_server, "rep01")
        expect(rep_page).to_have_url(re.compile(r"/rep$"))
        expect(rep_page.locator(".target-progress")).to_contain_text("成交额")
        screenshot(rep_page, "rep-targets")
        rep_page.goto(f"{live_server}/notifications")
        rep_page.get_by_text("点评了你的客户").first.tap()
        expect(rep_page).to_have_url(re.compile(r"/guidance/\d+$"))
        expect(rep_page.locator(".guidance-message")).to_contain_text("这位客户可以约到店试用")
        assert_fits_phone(rep_page)
        screenshot(rep_page, "guidance-thread")

        # and replies in the thread
        rep_page.get_by_placeholder("写回复…").fill("好的，周末约她")
        rep_page.get_by_role("button", name="发送").tap()
        expect(rep_page.locator(".guidance-message--mine")).to_contain_text("好的，周末约她")
        assert rep_problems == []
    assert problems == []
