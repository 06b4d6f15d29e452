"""Browser journeys through what a new user of the demo saw wrong: raw metric keys on the home,
a guidance page with no advice and cards without inner padding, no 今天 for a follow-up, a long
form whose red fields stay off-screen, number fields that did not say their range. Runs against
`live_server` (the demo seeded) at 375x667 with touch and fails on any console error.
"""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect
from sqlalchemy import select

from app.customers.models import Customer
from app.org.models import User
from app.shop.models import Order
from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in

COMPANY_ZONE = ZoneInfo("Asia/Shanghai")
GUTTER = 16  # --gutter in app.css


def signed_in_as(page: Page, live_server: str, login: str, home: str) -> None:
    sign_in(page, live_server, login)
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))


def padding_left(page: Page, selector: str) -> float:
    return page.locator(selector).first.evaluate(
        "(element) => parseFloat(getComputedStyle(element).paddingLeft)")


def a_paying_customer_of(db, username: str) -> Customer:
    rep = db.session.scalar(select(User).where(User.username == username))
    return db.session.scalars(select(Customer).join(Order, Order.customer_id == Customer.id)
                              .where(Customer.rep_id == rep.id, Order.status == "completed")
                              .order_by(Customer.id).limit(1)).first()


@browser_test
def test_the_home_names_its_figures_and_the_guidance_page_has_advice_in_padded_cards(
        live_server, phone, db):
    page, problems = phone
    buyer = a_paying_customer_of(db, "rep01")

    # when rep01 opens the home
    signed_in_as(page, live_server, "rep01", "/rep")

    # then every figure of today is named in Chinese, none by its key (shelf.add)
    labels = page.locator(".today-metrics .metric__label")
    expect(labels.first).to_be_visible()
    assert all(not re.search(r"[a-z_.]", text) for text in labels.all_inner_texts())
    screenshot(page, "rep-home-figures")

    # when they open a paying customer's guidance page
    page.goto(f"{live_server}/rep/customers/{buyer.id}/guidance")
    advice = page.locator(".guidance-section", has_text="推荐策略")

    # then it has advice, in cards whose text keeps off the edges
    expect(advice.locator(".strategy-card").first).to_be_visible()
    expect(advice).not_to_contain_text("暂无匹配的策略")
    expect(page.locator(".guidance-head")).not_to_contain_text("近一年无付款订单")
    assert padding_left(page, ".guidance-head") == GUTTER
    assert padding_left(page, ".guidance-section") == GUTTER
    card, name = advice.bounding_box(), advice.locator(".strategy-card__name").first.bounding_box()
    assert name["x"] - card["x"] >= GUTTER
    assert_fits_phone(page)
    screenshot(page, "rep-guidance")
    assert problems == []


@browser_test
def test_hq_strategy_cards_keep_their_text_off_the_edges(live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")

    page.goto(f"{live_server}/hq/strategies")

    cards = page.locator(".card.strategy-card")
    expect(cards.first).to_be_visible()
    assert cards.count() >= 16  # a strategy for every stage and segment of the demo
    assert padding_left(page, ".card.strategy-card") == GUTTER
    assert_fits_phone(page)
    screenshot(page, "hq-strategies")
    assert problems == []


@browser_test
def test_a_follow_up_can_be_due_today(live_server, phone, db):
    page, problems = phone
    buyer = a_paying_customer_of(db, "rep01")
    signed_in_as(page, live_server, "rep01", "/rep")
    page.goto(f"{live_server}/rep/customers/{buyer.id}")

    # when the rep writes a follow-up due 今天
    page.locator(".customer-write").get_by_role("button", name="写跟进").tap()
    form = page.locator(".follow-up-form")
    form.get_by_placeholder("聊了什么、客户的反馈").fill("电话确认了到店时间")
    form.get_by_role("button", name="今天").tap()
    expect(form.get_by_role("button", name="今天")).to_have_attribute("aria-pressed", "true")
    expect(form.locator(".follow-up-form__due")).not_to_contain_text("已过去")
    screenshot(page, "rep-follow-up-today")
    before = datetime.now(COMPANY_ZONE).replace(second=0, microsecond=0)
    with page.expect_response(re.compile(rf"/api/v1/customers/{buyer.id}/follow-ups$")) as logged:
        form.get_by_role("button", name="保存跟进").tap()
    after = datetime.now(COMPANY_ZONE)

    # then it is due later on the day it was saved, on the hour (in the day's last hour, the
    # next five-minute mark), in the company's time zone
    assert logged.value.status == 201
    due = datetime.fromisoformat(logged.value.request.post_data_json["due_at"])
    assert due.date() in (before.date(), after.date())
    assert before <= due <= after + timedelta(hours=1)
    assert due.minute == 0 or (due.hour == 23 and due.minute % 5 == 0) or due.minute == 59
    assert problems == []


@browser_test
def test_a_long_form_scrolls_to_its_first_red_field_and_numbers_say_their_range(
        live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")
    page.goto(f"{live_server}/hq/products/new")
    form = page.locator(".product-form")
    price, stock = form.locator(".van-field", has_text="售价"), form.locator(".van-field",
                                                                           has_text="库存")

    # when HQ types 14-digit numbers and saves from the bottom of the form
    form.get_by_placeholder("必填").fill("测试商品")
    price.locator("input").fill("12345678901234")
    stock.locator("input").fill("12345678901234")
    submit = page.get_by_role("button", name="新增商品")
    submit.scroll_into_view_if_needed()
    expect(price).not_to_be_in_viewport()
    submit.tap()

    # then each says the range it must be in, and the first red field is on screen
    expect(price.locator(".van-field__error-message")).to_have_text(
        "应在 0 到 1000000000 元之间，最多两位小数")
    expect(stock.locator(".van-field__error-message")).to_have_text(
        "应为 0 到 999999999 之间的整数")
    expect(price).to_be_in_viewport()
    screenshot(page, "hq-product-form-ranges")

    # when the numbers are right but the API refuses a field (a tag of 21 characters)
    price.locator("input").fill("12.80")
    stock.locator("input").fill("100")
    tags = form.locator(".van-field", has_text="标签")
    tags.locator("input").fill("长" * 21)
    submit.scroll_into_view_if_needed()
    expect(tags).not_to_be_in_viewport()
    with page.expect_response(re.compile(r"/api/v1/products$")) as refused:
        submit.tap()

    # then after the 422 the page brings the field the API marked into view
    assert refused.value.status == 422
    expect(tags.locator(".van-field__error-message")).to_be_visible()
    expect(tags).to_be_in_viewport()
    assert_fits_phone(page)
    screenshot(page, "hq-product-form-422")
    assert problems == [] or all("status of 422" in p for p in problems)


@browser_test
def test_a_follow_up_due_today_saved_after_midnight_is_due_on_the_new_day(live_server, phone, db):
    page, problems = phone
    buyer = a_paying_customer_of(db, "rep01")
    # the phone's clock at 23:58:30 tomorrow, company time (a real future, so the due is too)
    late = (datetime.now(COMPANY_ZONE) + timedelta(days=1)).replace(hour=23, minute=58, second=30)
    page.clock.install(time=late)
    signed_in_as(page, live_server, "rep01", "/rep")
    page.goto(f"{live_server}/rep/customers/{buyer.id}")

    # when the rep picks 今天 before midnight and saves after it
    page.locator(".customer-write").get_by_role("button", name="写跟进").tap()
    form = page.locator(".follow-up-form")
    form.get_by_placeholder("聊了什么、客户的反馈").fill("深夜回访")
    form.get_by_role("button", name="今天").tap()
    expect(form.locator(".follow-up-form__due")).to_contain_text("23:59")
    page.clock.fast_forward("02:00")
    with page.expect_response(re.compile(rf"/api/v1/customers/{buyer.id}/follow-ups$")) as logged:
        form.get_by_role("button", name="保存跟进").tap()

    # then it is due on the new day, on the next hour
    assert logged.value.status == 201
    due = datetime.fromisoformat(logged.value.request.post_data_json["due_at"])
    due = due.astimezone(COMPANY_ZONE)
    assert (due.date(), due.hour, due.minute) == ((late + timedelta(days=1)).date(), 1, 0)
    assert problems == []
