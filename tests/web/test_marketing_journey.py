"""Browser journeys of the marketing plays on a phone (Debian's chromium): a rep shares a
coupon from 营销百宝箱, a customer with no login claims it and orders with it, the rep finds the
claim on the customer's timeline and the boss on the dashboard; two customers form a group of
two through the group's own link (a third, too late, opens a new group in one tap) and both see
it succeed once the rep confirms both payments; HQ and a boss make plays through their forms.
Each runs against `live_server` (the demo seeded) at 375x667 and fails on any console error.
Screenshots go to $SHOTS_DIR.
"""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from tests.marketing.builders import campaign, coupon
from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in
from tests.web.test_shop_journey import rep01, settled, shelved_product

FIRST = {"name": "李女士", "phone": "13912345678", "address": "上海市浦东新区张杨路 500 号 3 楼"}
SECOND = {"name": "王先生", "phone": "13987654321", "address": "上海市徐汇区漕溪北路 88 号"}
THIRD = {"name": "赵小姐", "phone": "13711112222", "address": "上海市静安区南京西路 1 号"}


def admin(db):
    from app.org.models import User

    return db.session.scalar(select(User).filter_by(username="admin"))


def fill_contact(page, person: dict) -> None:
    page.get_by_placeholder("您的称呼").fill(person["name"])
    page.get_by_placeholder("11 位手机号").fill(person["phone"])
    page.get_by_placeholder("省市区、街道、门牌号").fill(person["address"])


def shared_link(page) -> str:
    """The link of the share sheet once it is made."""
    link = page.get_by_test_id("share-link")
    expect(link).to_have_text(re.compile(r"^http://"))
    return link.inner_text()


def place_order(page) -> dict:
    """Tap 提交订单 and return the placed order's answer (201)."""
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as placed:
        page.get_by_role("button", name="提交订单").tap()
    assert placed.value.status == 201, placed.value.text()
    expect(page.get_by_text("感谢您的订购")).to_be_visible()
    return placed.value.json()


def join_through_link(page, link: str, group_id: int) -> None:
    """Open a group's link and join it: 立即参团, the order form, then the group's page."""
    page.goto(link)
    expect(page.locator(".group-status")).to_contain_text("还差 1 人拼团成功")
    page.get_by_role("button", name="立即参团").tap()
    expect(page.locator(".order-lines__play")).to_have_text("参团 · 两人成团 保温杯（2人团）")
    fill_contact(page, SECOND)
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as joined:
        page.get_by_role("button", name="提交订单").tap()
    assert joined.value.status == 201
    assert joined.value.request.post_data_json["promotions"] == {
        "group_buy": {"group_id": group_id}}
    page.get_by_role("button", name="查看拼团进度").tap()


@browser_test
def test_a_rep_shares_a_coupon_a_customer_claims_and_orders_with_it_and_the_boss_sees_it(
    live_server, phone, browser, db
):
    from app.marketing.models import CouponClaim

    # given HQ's coupon 满100减20 and a ¥129 product on rep01's shelf
    rep = rep01(db)
    template = coupon(admin(db), name="新客专享 满100减20", total=50, valid_days=30)
    product = shelved_product(db, rep, "旅行保温杯 领券款", stock=20)
    code, product_id, template_id = rep.shop_code, product.id, template.id
    page, problems = phone

    with phone_page(browser) as (staff, staff_problems):
        # when the rep opens 营销百宝箱 from their home and shares the coupon
        sign_in(staff, live_server, "rep01")
        expect(staff).to_have_url(re.compile(r"/rep$"))
        staff.get_by_text("营销百宝箱").tap()
        expect(staff).to_have_url(re.compile(r"/rep/toolbox"))
        card = staff.locator(f".play-card[data-coupon-id='{template_id}']")
        expect(card).to_contain_text("满100减20")
        expect(card).to_contain_text("剩余 50/50 张 · 每人限领 1 张")
        expect(card).to_contain_text("领取后 30 天内有效")
        assert_fits_phone(staff)
        screenshot(staff, "marketing-toolbox")
        with staff.expect_response(re.compile(r"/api/v1/shares$")) as made:
            card.get_by_role("button", name="分享").tap()

        # then the share sheet gives the rep's own link to the coupon's page
        assert made.value.request.post_data_json == {
            "object_type": "coupon", "object_id": template_id, "channel": "link"}
        link = shared_link(staff)
        assert re.fullmatch(rf"{live_server}/s/{code}/coupons/{template_id}\?t=[\w-]+", link)
        expect(staff.locator(".share-sheet__title")).to_have_text("分享优惠券：新客专享 满100减20")
        settled(staff.locator(".share-sheet"))
        screenshot(staff, "marketing-share-coupon")

        # and a poster of the coupon, drawn for a share of its own
        sheet = staff.locator(".share-sheet")
        with staff.expect_response(re.compile(r"/api/v1/shares$")) as poster_share:
            sheet.get_by_role("tab", name="生成海报").tap()
        assert poster_share.value.request.post_data_json == {
            "object_type": "coupon", "object_id": template_id, "channel": "poster"}
        staff.wait_for_function("img => img.complete && img.naturalWidth > 0",
                                arg=sheet.locator("img.share-poster__image").element_handle())
        screenshot(staff, "marketing-share-coupon-poster")

        # when a customer with no login opens the link
        with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/visits$")) as visit:
            page.goto(link)

        # then the coupon shows its terms and what is left, and the open is a visit
        ticket = page.locator(".coupon-ticket")
        expect(ticket).to_contain_text("满100减20")
        expect(ticket).to_contain_text("新客专享 满100减20")
        expect(ticket).to_contain_text("剩余 50 张 · 每人限领 1 张")
        expect(page).to_have_title("新客专享 满100减20")
        assert visit.value.request.post_data_json["object_type"] == "coupon"
        assert_fits_phone(page)
        screenshot(page, "marketing-coupon")

        # when they claim it
        with page.expect_response(re.compile(r"/coupons/\d+/claims$")) as claimed:
            page.get_by_role("button", name="立即领取").tap()

        # then it is theirs, credited to the rep's link, and the button says so
        assert claimed.value.status == 201
        assert claimed.value.request.post_data_json == {"token": link.rsplit("t=", 1)[1]}
        expect(page.get_by_text("您已领取 1 张")).to_be_visible()
        expect(page.get_by_role("button", name="立即领取")).to_have_count(0)
        expect(ticket).to_contain_text("剩余 49 张")
        screenshot(page, "marketing-coupon-claimed")

        # and 我的优惠券 lists it, usable
        page.get_by_role("button", name="我的优惠券").tap()
        mine = page.locator(".my-coupons .coupon-ticket").first
        expect(mine).to_contain_text("新客专享 满100减20")
        expect(mine).to_have_attribute("data-state", "unused")
        assert_fits_phone(page)
        screenshot(page, "marketing-my-coupons")

        # when they go to the shop and buy the ¥129 product
        mine.get_by_role("button", name="去使用").tap()
        expect(page.locator(".shop-hero__name")).to_be_visible()
        page.goto(f"{live_server}/s/{code}/order?items={product_id}x1")

        # then the checkout has chosen the coupon and shows the saving before placing
        picker = page.locator(".coupon-picker__cell")
        expect(picker).to_contain_text("-¥20.00")
        expect(page.locator(".van-submit-bar")).to_contain_text("109.00")
        expect(page.locator(".order-submit__saving")).to_have_text("已优惠 ¥20.00")
        picker.tap()
        sheet = page.locator(".coupon-sheet")
        expect(sheet.locator(".coupon-ticket--chosen")).to_contain_text("本单可减 ¥20.00")
        settled(sheet)
        screenshot(page, "marketing-coupon-picker")
        sheet.get_by_role("button", name="不使用优惠券").tap()
        expect(page.locator(".van-submit-bar")).to_contain_text("129.00")
        picker.tap()
        sheet.locator(".coupon-ticket", has_text="新客专享").tap()
        expect(page.locator(".van-submit-bar")).to_contain_text("109.00")

        # when they place the order with it
        fill_contact(page, FIRST)
        order = place_order(page)

        # then the order used that coupon and took ¥20 off
        assert order["subtotal_amount"] == 12900 and order["total_amount"] == 10900
        assert [d["amount"] for d in order["discounts"]] == [2000]
        expect(page.locator(".order-done")).to_contain_text("应付 ¥109.00")
        expect(page.locator(".order-done")).to_contain_text("-¥20.00")
        assert_fits_phone(page)
        screenshot(page, "marketing-coupon-order")
        db.session.expire_all()
        claim = db.session.scalar(select(CouponClaim).filter_by(template_id=template_id))
        assert (claim.state, claim.order_id, claim.discount) == ("used", order["id"], 2000)
        assert problems == []

        # when the rep opens the coupon's 我的数据
        staff.goto(f"{live_server}/rep/toolbox?tab=coupons")
        staff.locator(f".play-card[data-coupon-id='{template_id}']").get_by_role(
            "button", name="我的数据").tap()

        # then it counts the claim and its use, and lists the customer
        expect(staff.locator("[data-figure='claimed'] .metric__value")).to_have_text("1")
        expect(staff.locator("[data-figure='used'] .metric__value")).to_have_text("1")
        expect(staff.locator("[data-figure='discount'] .metric__value")).to_have_text("¥20.00")
        row = staff.locator(".play-row").first
        expect(row).to_contain_text(FIRST["name"])
        expect(row).to_contain_text("已使用")
        assert_fits_phone(staff)
        screenshot(staff, "marketing-coupon-figures")

        # and the customer's timeline shows the claim
        row.tap()
        expect(staff).to_have_url(re.compile(r"/rep/customers/\d+$"))
        staff.get_by_role("tab", name="动态").tap()
        claimed_item = staff.locator(".timeline-item[data-kind='coupon']")
        expect(claimed_item).to_contain_text("领取优惠券")
        expect(claimed_item).to_contain_text("新客专享 满100减20（满100减20）")
        screenshot(staff, "marketing-coupon-timeline")
        assert staff_problems == []

    # when the boss opens the team dashboard, then 领券 counts today's claim
    with phone_page(browser) as (boss, boss_problems):
        sign_in(boss, live_server, "boss01")
        claims = boss.locator(".team-figures .team-figure[data-metric='coupon_claim']")
        expect(claims).to_contain_text("领券")
        expect(claims.locator(".metric__value")).not_to_have_text("0")
        screenshot(boss, "marketing-boss-dashboard")
        assert boss_problems == []


@browser_test
def test_two_customers_form_a_group_of_two_and_both_see_it_succeed(live_server, browser, db):
    from app.marketing.models import BuyGroup

    # given HQ's group-buy of two: a ¥129 product for ¥99, 24 hours to fill
    rep = rep01(db)
    product = shelved_product(db, rep, "旅行保温杯 拼团款", stock=20)
    made = campaign(admin(db), product, name="两人成团 保温杯", group_price=9900)
    code, campaign_id, product_id = rep.shop_code, made.id, product.id

    with phone_page(browser) as (staff, staff_problems), \
            phone_page(browser) as (first, first_problems), \
            phone_page(browser) as (second, second_problems):
        # when the rep shares it from 营销百宝箱's 拼团 tab
        sign_in(staff, live_server, "rep01")
        expect(staff).to_have_url(re.compile(r"/rep$"))
        staff.goto(f"{live_server}/rep/toolbox?tab=group_buys")
        card = staff.locator(f".play-card[data-group-buy-id='{campaign_id}']")
        expect(card).to_contain_text("2人团 ¥99.00 · 24 小时成团")
        screenshot(staff, "marketing-toolbox-group-buys")
        card.get_by_role("button", name="分享").tap()
        link = shared_link(staff)
        assert re.fullmatch(rf"{live_server}/s/{code}/group-buys/{campaign_id}\?t=[\w-]+", link)

        # and the first customer opens it: the product at the group price, no group yet
        first.clock.install()  # their group's page reads the group again every 15 s
        first.goto(link)
        expect(first.locator(".product-info")).to_contain_text("¥99.00")
        expect(first.locator(".product-info")).to_contain_text("¥129.00")
        expect(first.locator(".play-facts")).to_contain_text("2 人成团，开团后 24 小时内凑齐")
        expect(first.locator(".open-groups")).to_have_count(0)
        assert_fits_phone(first)
        screenshot(first, "marketing-group-buy")

        # when they open a group: the order form prices it at the group price, no coupon
        first.get_by_role("button", name="发起拼团").tap()
        expect(first.locator(".order-lines__play")).to_have_text(
            "发起拼团 · 两人成团 保温杯（2人团）")
        expect(first.locator(".van-submit-bar")).to_contain_text("99.00")
        expect(first.locator(".coupon-picker")).to_have_count(0)
        fill_contact(first, FIRST)
        order = place_order(first)
        assert order["total_amount"] == 9900

        # then their group page says one more is needed, with its countdown
        first.get_by_role("button", name="查看拼团进度").tap()
        expect(first).to_have_url(re.compile(rf"/s/{code}/groups/\d+"))
        status = first.locator(".group-status")
        expect(status).to_contain_text("还差 1 人拼团成功")
        expect(status.locator(".play-countdown")).to_have_text(re.compile(r"^2[0-3]:\d\d:\d\d$"))
        expect(status.locator(".group-face")).to_have_count(2)  # the leader and an open seat
        expect(status.locator(".group-face__leader")).to_have_text("团长")
        expect(status.locator(".group-action")).to_have_text("邀请好友参团")
        assert_fits_phone(first)
        screenshot(first, "marketing-group-open")
        group_id = int(re.search(r"/groups/(\d+)", first.url)[1])

        # and someone else starts to join it too
        with phone_page(browser) as (third, third_problems):
            third.goto(f"{live_server}/s/{code}/order?items={product_id}x1&group={group_id}")
            expect(third.locator(".order-lines__play")).to_contain_text("参团")
            fill_contact(third, THIRD)

            # when a friend opens the group's own link the leader forwarded, and joins first
            join_through_link(second, first.url, group_id)

            # then the late joiner is told the group is full, and opens a new one in one tap
            with third.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as full:
                third.get_by_role("button", name="提交订单").tap()
            assert full.value.status == 409 and full.value.json()["error"]["code"] == "group_full"
            dialog = third.locator(".van-dialog")
            expect(dialog).to_contain_text("这个团已经满了，可以开一个新团")
            screenshot(third, "marketing-group-full-offer")
            with third.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as opened:
                dialog.get_by_role("button", name="开新团").tap()
            assert opened.value.status == 201
            assert opened.value.request.post_data_json["promotions"] == {
                "group_buy": {"campaign_id": campaign_id}}
            third.get_by_role("button", name="查看拼团进度").tap()
            expect(third.locator(".group-status")).to_contain_text("还差 1 人拼团成功")
            assert [p for p in third_problems if "status of 409" not in p] == []

        # then the friend's group is full and waits for both payments
        expect(second.locator(".group-status")).to_contain_text("人已满，等待团员付款")
        expect(second.locator(".group-status__mine")).to_contain_text("您已参团，请尽快付款")
        screenshot(second, "marketing-group-full")

        # when the rep opens their groups of the campaign from 营销百宝箱
        staff.goto(f"{live_server}/rep/toolbox?tab=group_buys")
        staff.locator(f".play-card[data-group-buy-id='{campaign_id}']").get_by_role(
            "button", name="我的团与数据").tap()
        expect(staff.locator("[data-figure='opened'] .metric__value")).to_have_text("2")
        screenshot(staff, "marketing-rep-group-figures")
        staff.locator(f".play-row[data-row-id='{group_id}']").tap()

        # and confirms both members' payments from the group's page
        expect(staff).to_have_url(re.compile(rf"/rep/groups/{group_id}$"))
        members = staff.locator(".group-member")
        expect(members).to_have_count(2)
        expect(members.first).to_contain_text(FIRST["name"])
        expect(members.first).to_contain_text("团长")
        screenshot(staff, "marketing-rep-group")
        for index in range(2):
            staff.locator(".group-member").nth(index).get_by_role("button", name="订单").tap()
            expect(staff).to_have_url(re.compile(r"/rep/orders/\d+$"))
            staff.get_by_role("button", name="确认收款").tap()
            staff.locator(".van-dialog").get_by_role("button", name="确认收款").tap()
            expect(staff.locator(".order-status__label")).to_have_text("已付款")
            staff.go_back()
            expect(staff.locator(".group-member").nth(index)).to_have_attribute(
                "data-member-state", "paid")

        # then the group succeeded, and the rep's group page says so
        expect(staff.locator(".group-detail__status")).to_have_attribute("data-state", "succeeded")
        expect(staff.locator(".order-history")).to_contain_text("拼团中 → 已成团")
        screenshot(staff, "marketing-rep-group-succeeded")
        db.session.expire_all()
        assert db.session.get(BuyGroup, group_id).state == "succeeded"

        # and the leader, who kept the group's page open, sees it succeed without a pull
        first.clock.fast_forward(15_000)
        expect(first.locator(".group-status")).to_have_attribute("data-state", "succeeded")
        expect(first.locator(".group-status__headline")).to_have_text("拼团成功")
        expect(first.locator(".group-status__mine")).to_contain_text("拼团成功")
        screenshot(first, "marketing-group-succeeded")

        # and the friend in 我的拼团, marked as news, which opening the page marks seen
        second.goto(f"{live_server}/s/{code}")
        expect(second.locator(".shop-service--groups .van-badge")).to_have_text("1")
        assert_fits_phone(second)
        screenshot(second, "marketing-shop-home")
        with second.expect_response(re.compile(r"/my-groups/seen$")) as seen:
            second.locator(".shop-service--groups").tap()
        assert seen.value.status == 204
        seat = second.locator(".my-group").first
        expect(seat).to_have_attribute("data-group-state", "succeeded")
        expect(seat).to_contain_text("已成团")
        expect(seat.locator(".my-group__new")).to_be_visible()
        assert_fits_phone(second)
        screenshot(second, "marketing-my-groups")
        second.goto(f"{live_server}/s/{code}")
        expect(second.locator(".shop-hero__name")).to_be_visible()
        expect(second.locator(".shop-service--groups .van-badge")).to_have_count(0)

        assert first_problems == [] and second_problems == [] and staff_problems == []

    # and someone opening the group after it succeeded is offered a group of their own
    with phone_page(browser) as (late, late_problems):
        late.goto(f"{live_server}/s/{code}/groups/{group_id}")
        expect(late.locator(".group-action")).to_have_text("开个新团")
        late.locator(".group-action").tap()
        expect(late).to_have_url(re.compile(rf"/s/{code}/order\?.*campaign={campaign_id}"))
        assert late_problems == []


@browser_test
def test_hq_and_a_boss_make_coupons_and_hq_a_group_buy_through_their_forms(
    live_server, phone, db
):
    from app.marketing.models import CouponTemplate, GroupBuy
    from app.marketing.services.audience import audience_of
    from app.org.models import OrgUnit

    product = shelved_product(db, rep01(db), "旅行保温杯 活动款", stock=30)
    page, problems = phone

    # given HQ on 优惠券 from its home
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.locator(".marketing-entries").get_by_text("优惠券").tap()
    expect(page).to_have_url(re.compile(r"/hq/coupons$"))
    page.get_by_role("button", name="新建").tap()

    # when HQ leaves out the amount, the form says so before sending anything
    page.get_by_placeholder("如 新客满100减20").fill("店庆 满200减30")
    page.get_by_placeholder("使用门槛").fill("200")
    page.get_by_role("button", name="新建优惠券").tap()
    expect(page.get_by_text("请填写金额")).to_be_visible()

    # when HQ fills it in, with 100 copies, and saves
    page.get_by_placeholder("优惠金额").fill("30")
    page.get_by_placeholder("不填即不限量").fill("100")
    assert_fits_phone(page)
    screenshot(page, "marketing-hq-coupon-form")
    page.get_by_role("button", name="新建优惠券").tap()

    # then the list shows it, and its figures are empty for now
    expect(page).to_have_url(re.compile(r"/hq/coupons$"))
    made = db.session.scalar(select(CouponTemplate).filter_by(name="店庆 满200减30"))
    assert (made.kind, made.threshold, made.amount_off, made.total, made.valid_days) == (
        "threshold", 20000, 3000, 100, 30)
    card = page.locator(f".play-card[data-play-id='{made.id}']")
    expect(card).to_contain_text("满200减30")
    expect(card).to_contain_text("剩余 100/100 张")
    screenshot(page, "marketing-hq-coupons")
    card.get_by_role("button", name="数据").tap()
    expect(page.locator("[data-figure='claimed'] .metric__value")).to_have_text("0")
    expect(page.locator(".play-reps")).to_contain_text("这段时间没有数据")

    # when HQ makes an 8.5折 coupon capped at ¥50, valid to a fixed date, for one branch
    branch = db.session.scalar(select(OrgUnit).filter_by(kind="branch").order_by(OrgUnit.id))
    page.goto(f"{live_server}/hq/coupons/new")
    page.get_by_placeholder("如 新客满100减20").fill("分公司 8.5折")
    page.get_by_role("radio", name="折扣券").tap()
    page.get_by_placeholder("如 8.5").fill("8.5")
    page.get_by_placeholder("选填，不填即不封顶").fill("50")
    page.locator(".van-radio", has_text="固定日期").tap()
    page.locator(".datetime-field", has_text="失效时间").tap()
    picker = page.locator(".datetime-field__picker")
    picker.get_by_role("button", name="下一步").tap()
    picker.get_by_role("button", name="确定").tap()
    expect(page.locator(".datetime-field", has_text="失效时间").locator("input")).to_have_value(
        re.compile(r"^\d{4}-\d\d-\d\d 23:59$"))
    page.locator(".audience-field").tap()
    audience = page.locator(".audience-sheet")
    audience.locator(f".van-cell[data-unit-id='{branch.id}']").tap()
    audience.get_by_role("button", name="确定").tap()
    expect(page.locator(".audience-field input")).to_have_value(branch.name)
    screenshot(page, "marketing-hq-percent-coupon")
    page.get_by_role("button", name="新建优惠券").tap()

    # then it takes 15% off, at most ¥50, until 23:59 of the day picked, for that branch
    expect(page).to_have_url(re.compile(r"/hq/coupons$"))
    percent = db.session.scalar(select(CouponTemplate).filter_by(name="分公司 8.5折"))
    assert (percent.kind, percent.percent_off, percent.max_discount, percent.threshold) == (
        "percent", 15, 5000, 0)
    assert percent.valid_days is None and percent.valid_until is not None
    assert audience_of(percent) == [branch.id]

    # when HQ makes a group-buy, picking its product by name
    page.goto(f"{live_server}/hq/group-buys/new")
    page.get_by_placeholder("如 两人成团 保温杯").fill("店庆 两人团")
    page.get_by_placeholder("选择拼团商品").tap()
    picker = page.locator(".search-picker")
    picker.get_by_placeholder("搜索商品名称").fill("活动款")
    picker.get_by_placeholder("搜索商品名称").press("Enter")
    picker.get_by_text(product.name).tap()
    expect(page.locator(".group-buy-form")).to_contain_text("原价 ¥129.00")
    page.locator(".group-buy-form input[name='group_price']").fill("99")
    screenshot(page, "marketing-hq-group-buy-form")
    page.get_by_role("button", name="新建拼团").tap()

    # then it is made for a week from now, and listed
    expect(page).to_have_url(re.compile(r"/hq/group-buys$"))
    group_buy = db.session.scalar(select(GroupBuy).filter_by(name="店庆 两人团"))
    assert (group_buy.product_id, group_buy.group_size, group_buy.group_price) == (
        product.id, 2, 9900)
    assert (group_buy.ends_at - group_buy.starts_at).days == 7
    expect(page.locator(f".play-card[data-play-id='{group_buy.id}']")).to_contain_text(
        "2人团 ¥99.00 · 24 小时成团")
    assert problems == []


@browser_test
def test_a_boss_team_coupon_beyond_hqs_limits_says_which_and_saves_within_them(
    live_server, phone, db
):
    from app.core.company import get_company
    from app.marketing.models import CouponTemplate

    page, problems = phone

    # given a boss on a new team coupon: the form says HQ's limits
    sign_in(page, live_server, "boss01")
    expect(page).to_have_url(re.compile(r"/boss$"))
    page.get_by_text("团队优惠券").tap()
    page.get_by_role("button", name="新建").tap()
    expect(page.locator(".play-form__tip")).to_contain_text(
        "团队优惠券最多优惠 ¥50.00，最多发放 1000 张")

    # when they ask for ¥60 off with no total
    page.get_by_placeholder("如 新客满100减20").fill("团队券 满300减60")
    page.get_by_placeholder("使用门槛").fill("300")
    page.get_by_placeholder("优惠金额").fill("60")
    with page.expect_response(re.compile(r"/api/v1/coupons$")) as refused:
        page.get_by_role("button", name="新建优惠券").tap()

    # then each field beyond HQ's limits says so
    assert refused.value.status == 422
    expect(page.get_by_text("团队优惠券最多优惠 ¥50.00").last).to_be_visible()
    expect(page.get_by_text("团队优惠券最多发放 1000 张").last).to_be_visible()
    screenshot(page, "marketing-boss-coupon-refused")

    # when they keep within them, it is saved for their team
    page.get_by_placeholder("优惠金额").fill("50")
    page.get_by_placeholder("必填").fill("200")
    page.get_by_role("button", name="新建优惠券").tap()
    expect(page).to_have_url(re.compile(r"/boss/coupons$"))
    made = db.session.scalar(select(CouponTemplate).filter_by(name="团队券 满300减60"))
    assert made.org_unit_id is not None and made.amount_off == 5000
    expect(page.locator(f".play-card[data-play-id='{made.id}']")).to_contain_text("团队券")

    # when HQ has stopped team coupons, the boss is told so
    get_company().boss_coupon_max_off = 0
    db.session.commit()
    page.get_by_role("button", name="新建").tap()
    page.get_by_placeholder("如 新客满100减20").fill("团队券 满100减10")
    page.get_by_placeholder("使用门槛").fill("100")
    page.get_by_placeholder("优惠金额").fill("10")
    page.get_by_placeholder("必填").fill("10")
    with page.expect_response(re.compile(r"/api/v1/coupons$")) as forbidden:
        page.get_by_role("button", name="新建优惠券").tap()
    assert forbidden.value.status == 403
    expect(page.get_by_text("总部未允许团队自建优惠券")).to_be_visible()
    assert [p for p in problems if not re.search(r"status of 4(22|03)", p)] == []


@browser_test
def test_a_coupon_page_says_why_it_cannot_be_claimed(live_server, phone, browser, db):
    from datetime import timedelta

    from app.core.db import utcnow

    rep = rep01(db)
    hq = admin(db)
    gone = coupon(hq, name="限量一张 满100减20", total=1)
    later = coupon(hq, name="明日开抢 满100减20", claim_from=utcnow() + timedelta(days=1))
    code, gone_id, later_id = rep.shop_code, gone.id, later.id
    page, problems = phone

    # given the last copy claimed by someone else
    with phone_page(browser) as (other, _):
        other.goto(f"{live_server}/s/{code}/coupons/{gone_id}")
        other.get_by_role("button", name="立即领取").tap()
        expect(other.get_by_text("您已领取 1 张")).to_be_visible()

    # when a customer opens it, then it is 已领完 and cannot be claimed
    page.goto(f"{live_server}/s/{code}/coupons/{gone_id}")
    expect(page.locator(".coupon-claim")).to_have_text("已领完")
    expect(page.locator(".coupon-claim")).to_be_disabled()
    expect(page.locator(".coupon-ticket")).to_have_class(re.compile(r"coupon-ticket--off"))
    screenshot(page, "marketing-coupon-sold-out")

    # and one whose claiming starts tomorrow says so
    page.goto(f"{live_server}/s/{code}/coupons/{later_id}")
    expect(page.locator(".coupon-claim")).to_have_text("领取尚未开始")
    expect(page.locator(".coupon-claim")).to_be_disabled()

    # and one that does not exist says that, with the way into the shop
    page.goto(f"{live_server}/s/{code}/coupons/999999")
    expect(page.get_by_text("优惠券不存在或已停止发放")).to_be_visible()
    page.get_by_role("button", name="去店铺看看").tap()
    expect(page.locator(".shop-hero__name")).to_be_visible()
    assert [p for p in problems if "status of 404" not in p] == []
