"""Browser journey of a consultation on phones (Debian's chromium): a customer asks a question
on a rep's shop page, the rep answers it from 咨询预约 with the help of the knowledge base, and
the customer finds the answer in 我的咨询. Runs against `live_server` (the demo seeded) at
375x667 with touch and fails on any console error. Screenshots go to $SHOTS_DIR.
"""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in

QUESTION = "请问这周六下午门店营业吗？想带家人来看看降噪耳机。"
OWN_WORDS = "周六下午我都在店里，来之前给我打个电话就好。"


def rep01(db):
    from app.org.models import User

    return db.session.scalar(select(User).filter_by(username="rep01"))


@browser_test
def test_customer_asks_the_rep_answers_and_the_customer_sees_the_answer(live_server, phone,
                                                                       browser, db):
    rep = rep01(db)
    code, rep_name = rep.shop_code, rep.name
    page, problems = phone

    # given a customer with no login opens rep01's shop
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/visits$")):
        page.goto(f"{live_server}/s/{code}")
    services = page.locator(".shop-services")
    expect(services).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "shop-services")

    # when they tap 咨询顾问 and send a question
    services.get_by_role("button", name="咨询顾问").tap()
    sheet = page.locator(".ask-sheet")
    expect(sheet.get_by_role("heading", name="咨询顾问")).to_be_visible()
    sheet.get_by_role("button", name="发送").tap()
    expect(sheet.get_by_text("请写下您的问题")).to_be_visible()  # nothing sent while blank
    sheet.get_by_label("您的问题").fill(QUESTION)
    screenshot(page, "shop-ask-sheet")
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/consultations$")) as sent:
        sheet.get_by_role("button", name="发送").tap()

    # then it is sent, and 我的咨询 lists it, waiting for the rep
    assert sent.value.status == 201
    assert sent.value.request.post_data_json == {"question": QUESTION, "product_id": None}
    expect(page).to_have_url(re.compile(rf"/s/{code}/messages$"))
    mine = page.locator(".my-message", has_text=QUESTION)
    expect(mine).to_contain_text("等待顾问回复")
    assert_fits_phone(page)
    screenshot(page, "shop-messages-waiting")

    # and on a product page 咨询 asks about that product
    page.goto(f"{live_server}/s/{code}")
    page.locator(".product-card, .featured-card").first.tap()
    expect(page).to_have_url(re.compile(rf"/s/{code}/p/\d+"))
    product_name = page.locator(".product-info__name").inner_text()
    page.locator(".product-actions__ask").tap()
    expect(page.locator(".ask-sheet .shop-sheet__about")).to_contain_text(product_name)
    screenshot(page, "shop-product-ask-sheet")

    # when the rep, on their own phone, opens 咨询预约 from the home screen
    with phone_page(browser) as (rep_page, rep_problems):
        sign_in(rep_page, live_server, "rep01")
        expect(rep_page).to_have_url(re.compile(r"/rep$"))
        tile = rep_page.locator(".entry-grid .van-grid-item", has_text="咨询预约")
        expect(tile.locator(".van-badge")).to_be_visible()
        tile.tap()
        expect(rep_page).to_have_url(re.compile(r"/rep/inbox"))

        # then the question waits in 待回复
        waiting = rep_page.locator('.inbox-section[data-section="waiting"]')
        item = waiting.locator(".inbox-item", has_text=QUESTION)
        expect(item).to_be_visible()
        assert_fits_phone(rep_page)
        screenshot(rep_page, "rep-inbox")

        # when they tap 回答, find the shipping article in the knowledge base and insert it
        item.get_by_role("button", name="回答").tap()
        answer_sheet = rep_page.locator(".answer-sheet")
        expect(answer_sheet.locator(".answer-sheet__question")).to_contain_text(QUESTION)
        search = answer_sheet.get_by_placeholder("搜索知识库")
        search.fill("发货")
        with rep_page.expect_response(re.compile(r"/api/v1/articles\?")) as found:
            search.press("Enter")
        assert found.value.ok
        result = answer_sheet.locator(".kb-result", has_text="下单后多久发货？")
        expect(result).to_be_visible()
        result.get_by_role("button", name="插入 下单后多久发货？").tap()
        answer = answer_sheet.get_by_label("回答")
        expect(answer).to_have_value(re.compile("48 小时内发出"))

        # and write their own words in place of it, and send
        answer.fill(OWN_WORDS)
        assert_fits_phone(rep_page)
        screenshot(rep_page, "rep-answer-sheet")
        with rep_page.expect_response(re.compile(r"/api/v1/consultations/\d+/answer$")) as done:
            answer_sheet.get_by_role("button", name="发送回答").tap()

        # then the question is answered and moves to 已回复, unread by the customer yet
        assert done.value.status == 200
        assert done.value.request.post_data_json == {"answer": OWN_WORDS}
        expect(answer_sheet).to_be_hidden()
        answered = rep_page.locator('.inbox-section[data-section="rest"] .inbox-item',
                                    has_text=QUESTION)
        expect(answered).to_contain_text(OWN_WORDS)
        expect(answered).to_contain_text("顾客未读")
        expect(waiting.locator(".inbox-item", has_text=QUESTION)).to_have_count(0)
        screenshot(rep_page, "rep-inbox-answered")
        assert rep_problems == []

    # when the customer opens the shop again, 我的咨询 shows a new answer
    page.goto(f"{live_server}/s/{code}")
    messages = page.locator(".shop-service--messages")
    expect(messages.locator(".van-badge")).to_have_text("1")
    with page.expect_response(re.compile(r"/my-messages/seen$")):
        messages.tap()

    # then the answer is under the question, from the rep, marked new
    mine = page.locator(".my-message", has_text=QUESTION)
    expect(mine.locator(".my-message__text")).to_have_text(OWN_WORDS)
    expect(mine).to_contain_text(f"顾问 {rep_name} 回复")
    expect(mine.get_by_text("新回复")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "shop-messages-answered")

    # and once seen, it is not new any more
    page.reload()
    expect(page.locator(".my-message", has_text=QUESTION).locator(".my-message__text")) \
        .to_have_text(OWN_WORDS)
    expect(page.locator(".my-message", has_text=QUESTION).get_by_text("新回复")).to_have_count(0)
    assert problems == []


@browser_test
def test_customer_books_a_visit_and_sees_the_reps_confirmation(live_server, phone, browser,
                                                               db):
    code = rep01(db).shop_code
    page, problems = phone

    # given a customer on rep01's shop page
    page.goto(f"{live_server}/s/{code}")

    # when they tap 预约到店, keep 到店拜访, pick tomorrow 10:00 and add a note
    page.locator(".shop-services").get_by_role("button", name="预约到店").tap()
    sheet = page.locator(".book-sheet")
    expect(sheet.get_by_role("radio", name="到店拜访")).to_have_attribute("aria-checked", "true")
    sheet.get_by_role("button", name="提交预约").tap()
    expect(sheet.get_by_text("请选择日期和时间")).to_be_visible()  # nothing sent without a time
    sheet.locator(".book-when").tap()
    picker = page.locator(".book-picker")
    picker.get_by_role("button", name="下一步").tap()
    picker.get_by_role("button", name="确定").tap()
    expect(sheet.locator(".book-when")).to_contain_text("10:00")
    sheet.get_by_label("备注").fill("想看看折叠屏")
    assert_fits_phone(page)
    screenshot(page, "shop-book-sheet")
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/bookings$")) as sent:
        sheet.get_by_role("button", name="提交预约").tap()

    # then it is requested for tomorrow 10:00 in the company's time zone
    assert sent.value.status == 201, sent.value.json()
    body = sent.value.request.post_data_json
    assert (body["kind"], body["note"]) == ("visit", "想看看折叠屏")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT10:00:00\+08:00", body["starts_at"])
    expect(page).to_have_url(re.compile(rf"/s/{code}/messages$"))
    booking = page.locator(".my-booking", has_text="想看看折叠屏")
    expect(booking.locator(".my-booking__status")).to_have_text("待确认")
    screenshot(page, "shop-messages-booking")

    # when the rep confirms it from 咨询预约 with the suggested reply
    with phone_page(browser) as (rep_page, rep_problems):
        sign_in(rep_page, live_server, "rep01")
        expect(rep_page).to_have_url(re.compile(r"/rep$"))
        rep_page.goto(f"{live_server}/rep/inbox?tab=booking")
        item = rep_page.locator('.inbox-section[data-section="waiting"] .inbox-item',
                                has_text="想看看折叠屏")
        item.get_by_role("button", name="确认").tap()
        reply = rep_page.locator(".reply-sheet")
        expect(reply.get_by_label("回复顾客")).to_have_value(re.compile(r"月\d+日 周. 10:00 见"))
        screenshot(rep_page, "rep-booking-reply")
        with rep_page.expect_response(re.compile(r"/api/v1/bookings/\d+/confirm$")) as done:
            reply.get_by_role("button", name="确认并回复").tap()
        assert done.value.status == 200
        expect(rep_page.locator('.inbox-section[data-section="rest"] .inbox-item',
                                has_text="想看看折叠屏")).to_contain_text("已确认")
        assert rep_problems == []

    # then the customer sees it confirmed, with the reply
    page.reload()
    page.get_by_role("tab", name=re.compile("预约")).tap()
    booking = page.locator(".my-booking", has_text="想看看折叠屏")
    expect(booking.locator(".my-booking__status")).to_have_text("已确认")
    expect(booking.locator(".my-message__text")).to_contain_text("10:00 见")
    expect(booking.get_by_role("button", name="取消预约")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "shop-messages-booking-confirmed")
    assert problems == []


@browser_test
def test_hq_searches_and_writes_the_knowledge_base(live_server, phone):
    page, problems = phone

    # given HQ opens 知识库 from the home screen
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.locator(".entry-grid").get_by_text("知识库").tap()
    expect(page).to_have_url(re.compile(r"/hq/articles$"))
    expect(page.locator(".article-card").first).to_be_visible()

    # when they search for 保修, the demo's warranty answer is found
    search = page.get_by_placeholder("搜索标题、内容或关键词")
    search.fill("保修")
    with page.expect_response(re.compile(r"/api/v1/articles\?")):
        search.press("Enter")
    expect(page.locator(".article-card", has_text="保修多久？怎么保修？")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "hq-articles")

    # when they write a new know-how article about a product
    page.locator(".van-nav-bar").get_by_role("button", name="新建").tap()
    form = page.locator(".article-form")
    form.get_by_role("radio", name="产品知识").tap()
    form.get_by_placeholder("如 保修多久？").fill("折叠屏如何贴膜")
    form.get_by_placeholder("员工回答顾客时可一键插入这段文字").fill(
        "内屏出厂自带保护膜，请勿自行撕下，需要更换可到店免费处理。")
    form.get_by_placeholder("选填，空格分隔，如 售后 维修").fill("折叠屏 贴膜 保修")
    form.get_by_placeholder("选填", exact=True).tap()
    picker = page.locator(".search-picker")
    picker.get_by_placeholder("搜索商品名称").fill("Mate X6")
    with page.expect_response(re.compile(r"/api/v1/products\?")):
        picker.get_by_placeholder("搜索商品名称").press("Enter")
    picker.get_by_text("华为 Mate X6 折叠屏", exact=False).first.tap()
    expect(form.locator("input[readonly]")).to_have_value(re.compile("Mate X6"))
    assert_fits_phone(page)
    screenshot(page, "hq-article-form")
    with page.expect_response(re.compile(r"/api/v1/articles$")) as created:
        form.get_by_role("button", name="保存").tap()

    # then it is published, about that product, and the search for 保修 finds it
    assert created.value.status == 201, created.value.json()
    sent = created.value.request.post_data_json
    assert (sent["kind"], sent["published"]) == ("know_how", True) and sent["product_id"]
    card = page.locator(".article-card", has_text="折叠屏如何贴膜")
    expect(card).to_contain_text("产品知识")
    expect(card).to_contain_text("Mate X6")
    assert problems == []
