"""Browser journey of a rep's day on a phone (Debian's chromium): 今日待办 -> a customer from it ->
the customer's 经营指导书 -> a follow-up with a due date -> a tag.

Runs against `live_server` (the demo seeded: rep01 has overdue follow-ups, flags, consultations
and today's bookings) at 375x667 with touch and fails on any console error.
"""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in

COMPANY_ZONE = ZoneInfo("Asia/Shanghai")  # the demo company's, and the browser's


def open_first_card(page: Page) -> tuple[int, str]:
    card = page.locator(".today-card").first
    expect(card.locator(".today-reason").first).to_be_visible()  # each card says why
    name = card.locator(".today-card__name").inner_text()
    card.locator(".today-card__main").tap()
    expect(page).to_have_url(re.compile(r"/rep/customers/\d+$"))
    return int(page.url.rsplit("/", 1)[1]), name


@browser_test
def test_rep_works_a_customer_from_todays_list(live_server, phone):
    page, problems = phone

    # given rep01 signs in and opens 今日待办 from the home page
    sign_in(page, live_server, "rep01")
    expect(page).to_have_url(re.compile(r"/rep$"))
    page.locator(".entry-grid").get_by_text("今日待办").tap()
    expect(page).to_have_url(re.compile(r"/rep/today$"))
    expect(page.locator(".today-head")).to_contain_text("位客户要跟进")
    assert_fits_phone(page)
    screenshot(page, "rep-today")

    # when they open the first customer of the list
    customer_id, name = open_first_card(page)
    expect(page.locator(".customer-head__name")).to_contain_text(name)

    # and read the customer's 经营指导书
    page.get_by_text("经营指导书").first.tap()
    expect(page).to_have_url(re.compile(rf"/rep/customers/{customer_id}/guidance$"))
    head = page.locator(".guidance-head")
    expect(head).to_contain_text(name)
    expect(head.locator(".stage-tag")).to_be_visible()
    strategies = page.locator(".strategy-card")
    expect(strategies.first.or_(page.get_by_text("暂无匹配的策略"))).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-guidance")

    # and log a WeChat chat from it, the next action due tomorrow
    page.get_by_role("button", name="写跟进").last.tap()
    form = page.locator(".follow-up-form")
    form.get_by_role("radio", name="微信沟通").tap()
    form.get_by_placeholder("聊了什么、客户的反馈").fill("按指导书回访，客户对新品感兴趣")
    form.get_by_placeholder("选填，如 送样品、再次回访").fill("寄新品试用装")
    form.get_by_role("button", name="明天").tap()
    follow_ups = re.compile(rf"/api/v1/customers/{customer_id}/follow-ups$")
    with page.expect_response(follow_ups) as logged:
        form.get_by_role("button", name="保存跟进").tap()

    # then it is saved, due tomorrow at 10:00 company time
    assert logged.value.status == 201
    tomorrow = (datetime.now(COMPANY_ZONE) + timedelta(days=1)).date()
    assert logged.value.request.post_data_json["due_at"] == f"{tomorrow.isoformat()}T10:00:00+08:00"
    expect(form).to_be_hidden()

    # when they go back to the customer and put a tag of the vocabulary on them
    page.locator(".van-nav-bar__left").tap()
    expect(page).to_have_url(re.compile(rf"/rep/customers/{customer_id}$"))
    page.get_by_role("button", name="添加标签").tap()
    sheet = page.locator(".tag-sheet", has_text="添加标签")
    tag = sheet.locator('button[aria-pressed="false"]').first
    tag_name = tag.inner_text().strip()
    with page.expect_response(re.compile(rf"/api/v1/customers/{customer_id}/tags$")) as tagged:
        tag.tap()
    assert tagged.value.ok
    sheet.get_by_role("button", name="完成").tap()

    # then the customer carries the tag and the follow-up heads their timeline
    expect(page.locator(".customer-tags")).to_contain_text(tag_name)
    expect(page.get_by_text("按指导书回访，客户对新品感兴趣").first).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-customer-after-today")
    assert problems == []


@browser_test
def test_hq_adds_a_strategy_to_the_library(live_server, phone):
    page, problems = phone

    # given HQ opens 策略库 from the home page (the demo's strategies listed)
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.locator(".entry-grid").get_by_text("策略库").tap()
    expect(page).to_have_url(re.compile(r"/hq/strategies$"))
    expect(page.locator(".strategy-card").first).to_be_visible()

    # when they add one for customers at 兴趣 who are 高潜力, with an action and a talking point
    page.get_by_role("button", name="新建策略").tap()
    form = page.locator(".strategy-form")
    form.get_by_placeholder("如 重要挽留：专属回访").fill("兴趣高潜：邀约体验")
    form.get_by_role("button", name="兴趣", exact=True).tap()
    form.get_by_role("button", name="高潜力", exact=True).tap()
    form.locator("textarea").nth(0).fill("邀请到店体验新品")
    form.locator("textarea").nth(1).fill("最近到了几款新品，给您留了体验名额")
    # and a product found by name and a link, to send
    materials = form.locator(".strategy-form__materials")
    materials.locator("button", has_text="商品").tap()
    picker = page.locator(".search-picker")
    picker.get_by_placeholder("搜索商品名称").fill("Mate X6")
    with page.expect_response(re.compile(r"/api/v1/products\?.*Mate")):
        picker.get_by_placeholder("搜索商品名称").press("Enter")
    picker.get_by_text("Mate X6", exact=False).first.tap()
    materials.locator("button", has_text="链接").tap()
    dialog = page.locator(".van-dialog")
    dialog.get_by_placeholder("如 新品发布会回放").fill("新品体验预约")
    dialog.get_by_placeholder("https://…").fill("not a link")
    dialog.get_by_role("button", name="确认").tap()
    expect(dialog).to_contain_text("以 http:// 或 https:// 开头")
    dialog.get_by_placeholder("https://…").fill("https://example.com/try")
    dialog.get_by_role("button", name="确认").tap()
    expect(materials.locator(".van-cell")).to_have_count(2)
    screenshot(page, "hq-strategy-form")
    with page.expect_response(re.compile(r"/api/v1/strategies$")) as created:
        form.get_by_role("button", name="保存").tap()

    # then it is saved with those conditions and materials, and listed
    assert created.value.status == 201, created.value.json()
    sent = created.value.request.post_data_json
    assert (sent["stages"], sent["flags"]) == (["interested"], ["high_potential"])
    assert [m["kind"] for m in sent["materials"]] == ["product", "link"]
    assert "Mate X6" in created.value.json()["materials"][0]["title"]
    card = page.locator(".strategy-card", has_text="兴趣高潜：邀约体验")
    expect(card).to_contain_text("阶段：兴趣")
    expect(card).to_contain_text("标记：高潜力")
    expect(card).to_contain_text("素材 2")
    assert_fits_phone(page)
    screenshot(page, "hq-strategies")
    assert problems == []
