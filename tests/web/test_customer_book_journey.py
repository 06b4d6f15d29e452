"""Browser journey through the customer book on a phone (Debian's chromium).

HQ sets up a tag group and a tag in 标签管理; a rep opens 我的客户, tags a customer, logs a
follow-up due tomorrow and finds it in 待跟进. Runs against `live_server` (the demo seeded) at
375x667 with touch and fails on any console error. Screenshots go to $SHOTS_DIR.
"""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in

COMPANY_ZONE = ZoneInfo("Asia/Shanghai")  # the demo company's, and the browser's
STAGES_FROM_REACHED = ("reached", "interested", "need", "deal", "repeat", "super")


def signed_in_as(page: Page, live_server: str, login: str, home: str) -> None:
    sign_in(page, live_server, login)
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))


def go_back(page: Page) -> None:
    page.locator(".van-nav-bar__left").tap()


def hq_adds_the_tag_tea(page: Page, live_server: str) -> None:
    signed_in_as(page, live_server, "admin", "/hq")
    page.locator(".entry-grid").get_by_text("标签管理").tap()
    expect(page).to_have_url(re.compile(r"/hq/tags$"))
    expect(page.locator(".tag-group", has_text="消费")).to_be_visible()  # the demo vocabulary

    # a new group 爱好
    page.locator(".van-nav-bar").get_by_role("button", name="新建分组").tap()
    dialog = page.locator(".group-dialog")
    dialog.get_by_placeholder("如 兴趣、家庭、消费能力").fill("爱好")
    with page.expect_response(re.compile(r"/api/v1/tag-groups$")) as created:
        dialog.get_by_role("button", name="保存").tap()
    assert created.value.status == 201
    group = page.locator(".tag-group", has_text="爱好")
    expect(group).to_contain_text("0 个标签")

    # and in it the tag 茶叶, in green
    group.get_by_role("button", name="添加标签").tap()
    sheet = page.locator(".tag-form")
    sheet.get_by_placeholder("如 茶叶").fill("茶叶")
    sheet.get_by_role("radio", name="绿色").tap()
    expect(sheet.get_by_role("radio", name="绿色")).to_have_attribute("aria-checked", "true")
    assert_fits_phone(page)
    screenshot(page, "hq-tag-form")
    with page.expect_response(re.compile(r"/api/v1/tags$")) as tagged:
        sheet.get_by_role("button", name="保存").tap()
    assert tagged.value.status == 201
    assert tagged.value.request.post_data_json["name"] == "茶叶"
    assert tagged.value.request.post_data_json["color"] == "#07A35A"
    expect(sheet).to_be_hidden()
    expect(group.get_by_role("button", name="编辑标签 茶叶")).to_be_visible()
    expect(group).to_contain_text("1 个标签")
    assert_fits_phone(page)
    screenshot(page, "hq-tags")


@browser_test
def test_rep_tags_a_customer_logs_a_follow_up_and_finds_it_due(live_server, phone):
    page, problems = phone

    # given HQ has a tag group 爱好 with the tag 茶叶
    hq_adds_the_tag_tea(page, live_server)
    page.context.clear_cookies()

    # when rep01 opens 我的客户 from the home page
    signed_in_as(page, live_server, "rep01", "/rep")
    tiles = page.locator(".entry-grid", has_text="客户经营")
    expect(tiles).to_contain_text("待跟进")
    tiles.get_by_text("我的客户").tap()
    expect(page).to_have_url(re.compile(r"/rep/customers$"))
    expect(page.locator(".funnel")).to_contain_text("客户阶段")
    expect(page.locator(".customer-card").first).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-customers")

    # and keeps to the customers at 画像 (not contacted yet), then opens the first
    page.locator(".customer-filters").get_by_role("button", name="画像", exact=True).tap()
    expect(page).to_have_url(re.compile(r"/rep/customers\?stage=profiled$"))
    card = page.locator(".customer-card").first
    expect(card.locator(".stage-tag")).to_have_text("画像")
    name = card.locator(".customer-card__name").inner_text()
    card.tap()
    expect(page).to_have_url(re.compile(r"/rep/customers/\d+$"))
    customer_id = int(page.url.rsplit("/", 1)[1])
    head = page.locator(".customer-head")
    expect(head.locator(".customer-head__name")).to_contain_text(name)
    expect(head.locator(".stage-tag")).to_have_text("画像")
    assert_fits_phone(page)
    screenshot(page, "rep-customer")

    # and puts the tag 茶叶 on them from the vocabulary
    page.get_by_role("button", name="添加标签").tap()
    sheet = page.locator(".tag-sheet", has_text="添加标签")
    expect(sheet).to_contain_text("爱好")
    tea = sheet.get_by_role("button", name="茶叶")
    with page.expect_response(re.compile(rf"/api/v1/customers/{customer_id}/tags$")) as tagged:
        tea.tap()
    assert tagged.value.ok
    expect(tea).to_have_attribute("aria-pressed", "true")
    screenshot(page, "rep-customer-tag-sheet")
    sheet.get_by_role("button", name="完成").tap()
    expect(sheet).to_be_hidden()
    expect(page.locator(".customer-tags")).to_contain_text("茶叶")
    expect(page.get_by_role("button", name="移除标签 茶叶")).to_be_visible()

    # and writes a follow-up: a WeChat chat, the next action due 明天
    page.locator(".customer-write").get_by_role("button", name="写跟进").tap()
    form = page.locator(".follow-up-form")
    form.get_by_role("radio", name="微信沟通").tap()
    form.get_by_placeholder("聊了什么、客户的反馈").fill("介绍了新到的武夷岩茶，客户想先试喝")
    form.get_by_placeholder("选填，如 有意向、约好见面").fill("有意向")
    form.get_by_placeholder("选填，如 送样品、再次回访").fill("送岩茶试喝装")
    form.get_by_role("button", name="明天").tap()
    expect(form.locator(".follow-up-form__due")).to_contain_text("10:00 提醒我")
    expect(form.get_by_role("button", name="保存跟进")).to_be_in_viewport()
    assert_fits_phone(page)
    screenshot(page, "rep-follow-up-form")
    follow_ups = re.compile(rf"/api/v1/customers/{customer_id}/follow-ups$")
    with page.expect_response(follow_ups) as logged:
        form.get_by_role("button", name="保存跟进").tap()

    # then it is saved, due tomorrow at 10:00 in the company's time zone
    assert logged.value.status == 201
    sent = logged.value.request.post_data_json
    tomorrow = (datetime.now(COMPANY_ZONE) + timedelta(days=1)).date()
    assert (sent["kind"], sent["next_action"]) == ("wechat", "送岩茶试喝装")
    assert sent["due_at"] == f"{tomorrow.isoformat()}T10:00:00+08:00"
    assert "follow_state" not in sent

    # and it heads the log, with its next action and 编辑 (within 24 hours) and 完成
    expect(form).to_be_hidden()
    entry = page.locator(".follow-up").first
    expect(entry).to_contain_text("介绍了新到的武夷岩茶，客户想先试喝")
    expect(entry).to_contain_text("微信沟通")
    expect(entry.locator(".follow-up__next")).to_contain_text("送岩茶试喝装")
    expect(entry.locator(".follow-up__due")).to_contain_text("明天 10:00")
    expect(entry.get_by_role("button", name="编辑")).to_be_visible()
    expect(entry.get_by_role("button", name="完成")).to_be_visible()

    # and the first contact moved the customer on to 触达 (or further)
    stage = head.locator(".stage-tag")
    expect(stage).to_have_attribute("data-stage", re.compile("|".join(STAGES_FROM_REACHED)))
    expect(head).to_contain_text("跟进中")
    entry.scroll_into_view_if_needed()
    assert_fits_phone(page)
    screenshot(page, "rep-customer-followed")

    # when the rep opens 待跟进 from the home page
    go_back(page)
    expect(page).to_have_url(re.compile(r"/rep/customers\?stage=profiled$"))
    go_back(page)
    expect(page).to_have_url(re.compile(r"/rep$"))
    tiles.get_by_text("待跟进").tap()
    expect(page).to_have_url(re.compile(r"/rep/follow-ups$"))

    # then the follow-up is listed under 未来7天, with the customer
    upcoming = page.locator('.due-section[data-section="upcoming"]')
    expect(upcoming.locator(".list-section__title")).to_contain_text("未来7天")
    item = upcoming.locator(".due-item", has_text="送岩茶试喝装")
    expect(item).to_be_visible()
    expect(item.locator(".due-item__name")).to_have_text(name)
    expect(item.locator(".due-item__time")).to_have_text("明天 10:00")
    assert_fits_phone(page)
    screenshot(page, "rep-follow-ups")

    # and tapping it opens the customer
    item.tap()
    expect(page).to_have_url(re.compile(rf"/rep/customers/{customer_id}$"))
    expect(page.locator(".follow-up").first).to_contain_text("送岩茶试喝装")
    assert problems == []
