"""Browser journeys of a customer in a rep's public shop on a phone (Debian's chromium).

A customer with no login opens the link a rep shared in WeChat, orders, and finds the order in
我的订单; then the rep sees the visit in the radar and the order in their list. Each journey
runs against `live_server` (the demo seeded) at 375x667 with touch and fails on any console
error. Screenshots go to $SHOTS_DIR.
"""

import re
from datetime import timedelta

from playwright.sync_api import expect
from sqlalchemy import select

from app.core.db import utcnow
from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in

CUSTOMER = {"name": "李女士", "phone": "13912345678", "address": "上海市浦东新区张杨路 500 号 3 楼"}


def shelved_product(db, rep, name: str, stock: int | None, **values):
    """A product of its own on the rep's shelf (the demo's may be on many pages already).

    It borrows a demo product's pictures and category when the demo has a catalog.
    """
    from app.shop.models import Product
    from app.shop.services.shelves import add_to_shelf

    looks = db.session.scalar(select(Product).where(Product.cover_url.is_not(None)).limit(1))
    product = Product(
        name=name, subtitle="双层真空 长效保温 12 小时", price=12900, list_price=15900, stock=stock,
        on_sale=True, sort_order=0, tags=["新品", "限量"],
        cover_url=looks.cover_url if looks else None, gallery=looks.gallery if looks else [],
        category_id=looks.category_id if looks else None,
        detail=[{"type": "text", "text": "316 不锈钢内胆，\n一杯热茶从早到晚都是暖的。"},
                {"type": "text", "text": "<b>不是标记</b>：详情按文字显示。"}],
        **values)
    db.session.add(product)
    db.session.flush()
    add_to_shelf(rep, product.id)
    db.session.commit()
    return product


def settled(locator) -> None:
    """Wait for the element's CSS animations (a sheet sliding in) to finish."""
    locator.evaluate("el => Promise.all(el.getAnimations().map((a) => a.finished))")


def rep01(db):
    from app.org.models import User

    return db.session.scalar(select(User).filter_by(username="rep01"))


@browser_test
def test_customer_orders_from_a_shared_link_and_the_rep_sees_visit_and_order(
    live_server, phone, browser, db
):
    from app.shop.models import Order
    from app.shop.services.visits import create_share

    # given rep01 shared a product of their shelf in WeChat (8 left in stock)
    rep = rep01(db)
    product = shelved_product(db, rep, "旅行保温杯 测试款 450ml", stock=8)
    share = create_share(rep, "product", product.id, "wechat")
    db.session.commit()
    code, token, product_id, name = rep.shop_code, share.token, product.id, product.name
    page, problems = phone

    # when a customer with no login opens the link
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/visits$")) as visit:
        page.goto(f"{live_server}/s/{code}/p/{product_id}?t={token}")

    # then the product shows with its price, stock and detail, as text only
    expect(page.get_by_role("heading", name=name)).to_be_visible()
    expect(page).to_have_title(name)
    expect(page.locator(".product-info")).to_contain_text("¥129.00")
    expect(page.locator(".product-info")).to_contain_text("¥159.00")
    expect(page.locator(".product-info")).to_contain_text("仅剩 8 件")
    expect(page.locator(".product-rep")).to_contain_text("为您推荐")
    expect(page.get_by_text("<b>不是标记</b>：详情按文字显示。")).to_be_visible()
    # the visit was recorded with the rep's token, and the address now carries the
    # customer's own token, so a forward credits them as referrer
    assert visit.value.request.post_data_json == {
        "token": token, "object_type": "product", "object_id": product_id}
    forward = visit.value.json()["forward_token"]
    assert forward and forward != token
    expect(page).to_have_url(f"{live_server}/s/{code}/p/{product_id}?t={forward}")
    assert_fits_phone(page)
    screenshot(page, "shop-product")

    # when they tap 立即购买, take two and confirm
    page.get_by_role("button", name="立即购买").tap()
    sheet = page.locator(".buy-sheet")
    expect(sheet).to_be_visible()
    sheet.locator(".van-stepper__plus").tap()
    expect(sheet.locator(".van-stepper__input")).to_have_value("2")
    screenshot(page, "shop-buy-sheet")
    sheet.get_by_role("button", name="确定").tap()

    # then the order form shows the product, two of it and the total
    expect(page).to_have_url(re.compile(rf"/s/{code}/order\?items={product_id}x2$"))
    expect(page.locator(".order-line")).to_contain_text(name)
    expect(page.locator(".van-submit-bar")).to_contain_text("258.00")

    # when they submit without their details, the form says what is missing
    page.get_by_role("button", name="提交订单").tap()
    expect(page.get_by_text("请填写手机号")).to_be_visible()
    expect(page.get_by_text("送货上门请填写地址")).to_be_visible()

    # when they fill in their name, phone and address and submit
    page.get_by_placeholder("您的称呼").fill(CUSTOMER["name"])
    page.get_by_placeholder("11 位手机号").fill(CUSTOMER["phone"])
    page.get_by_placeholder("省市区、街道、门牌号").fill(CUSTOMER["address"])
    assert_fits_phone(page)
    screenshot(page, "shop-order-form")
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as placed:
        page.get_by_role("button", name="提交订单").tap()

    # then the order is placed with the token they arrived with and a key for this checkout,
    # and its number shows with until when it is held
    assert placed.value.status == 201
    sent = placed.value.request.post_data_json
    assert sent["token"] == token
    assert sent["items"] == [{"product_id": product_id, "quantity": 2}]
    assert re.fullmatch(r"[0-9a-f]{32}", placed.value.request.headers["idempotency-key"])
    number = placed.value.json()["number"]
    expect(page.get_by_text("感谢您的订购")).to_be_visible()
    expect(page.locator(".order-done")).to_contain_text(number)
    expect(page.locator(".order-done")).to_contain_text("¥258.00")
    expect(page.locator(".order-done")).to_contain_text("顾问会尽快与您联系")
    expect(page.locator(".order-done__hold")).to_have_text(
        re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$"))
    assert_fits_phone(page)
    screenshot(page, "shop-order-done")
    db.session.expire_all()
    order = db.session.scalar(select(Order).filter_by(number=number))
    assert (order.share_id, order.total_amount, order.status) == (share.id, 25800, "pending")

    # when they open 我的订单, the order is there, unpaid
    page.get_by_role("button", name="查看我的订单").tap()
    expect(page).to_have_url(re.compile(rf"/s/{code}/orders$"))
    first = page.locator(".my-order").first
    expect(first).to_contain_text(number)
    expect(first).to_contain_text("待付款")
    expect(first).to_contain_text(name)
    expect(first.locator(".my-order__hold")).to_contain_text("前付款，逾期自动关闭")
    expect(first.get_by_role("button", name="取消订单")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "shop-my-orders")

    # when they go on to the shop itself
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/visits$")) as shop_visit:
        page.locator(".van-nav-bar").get_by_text("店铺").tap()

    # then the rep's shop shows, with the product on its shelf, and its own forward token
    display_name = page.locator(".shop-hero__name")
    expect(display_name).to_be_visible()
    expect(page).to_have_title(display_name.inner_text())
    expect(page.get_by_role("button", name="联系我")).to_be_visible()
    expect(page.locator(".product-card", has_text=name)).to_be_visible()
    assert shop_visit.value.request.post_data_json["object_type"] == "shop"
    shop_forward = shop_visit.value.json()["forward_token"]
    expect(page).to_have_url(f"{live_server}/s/{code}?t={shop_forward}")
    assert_fits_phone(page)
    screenshot(page, "shop-home")
    page.get_by_role("button", name="联系我").tap()
    contact = page.locator(".shop-contact")
    expect(contact.get_by_role("link", name=re.compile("拨打电话"))).to_have_attribute(
        "href", re.compile(r"^tel:1\d{10}$"))
    settled(contact)
    screenshot(page, "shop-contact")
    assert problems == []

    # when the rep signs in on their own phone
    with phone_page(browser) as (staff, staff_problems):
        sign_in(staff, live_server, "rep01")
        expect(staff).to_have_url(re.compile(r"/rep$"))

        # then the radar shows the visitor who opened the product
        staff.goto(f"{live_server}/rep/radar")
        expect(staff.locator("body")).to_contain_text(name)
        screenshot(staff, "shop-rep-radar")

        # and the order is in their list
        staff.goto(f"{live_server}/rep/orders")
        expect(staff.locator("body")).to_contain_text(number)
        screenshot(staff, "shop-rep-orders")
        assert staff_problems == []


@browser_test
def test_sold_out_cannot_be_bought_and_a_lost_race_says_so(live_server, phone, db):
    from app.shop.models import Product

    rep = rep01(db)
    gone = shelved_product(db, rep, "限量礼盒 已售罄款", stock=0)
    last = shelved_product(db, rep, "限量礼盒 最后一件", stock=1)
    code, gone_id, last_id = rep.shop_code, gone.id, last.id
    page, problems = phone

    # when a customer opens the sold-out product
    page.goto(f"{live_server}/s/{code}/p/{gone_id}")

    # then it says so and cannot be bought
    expect(page.locator(".product-info")).to_contain_text("已售罄")
    expect(page.get_by_role("button", name="已售罄")).to_be_disabled()
    expect(page).to_have_url(re.compile(rf"/s/{code}/p/{gone_id}\?t=[\w-]+$"))  # its forward token
    screenshot(page, "shop-product-sold-out")

    # given the order form for the last one, asking for three: it stops at the one left
    page.goto(f"{live_server}/s/{code}/order?items={last_id}x3")
    expect(page.locator(".order-line")).to_contain_text("仅剩 1 件")
    expect(page.locator(".order-line .van-stepper__input")).to_have_value("1")
    expect(page.locator(".order-line .van-stepper__plus")).to_be_disabled()
    # which someone else buys meanwhile
    db.session.get(Product, last_id).stock = 0
    db.session.commit()

    # when the customer submits
    page.get_by_placeholder("您的称呼").fill(CUSTOMER["name"])
    page.get_by_placeholder("11 位手机号").fill(CUSTOMER["phone"])
    page.locator(".van-radio", has_text="到店自提").tap()
    expect(page.get_by_placeholder("省市区、街道、门牌号")).to_have_count(0)
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as placed:
        page.get_by_role("button", name="提交订单").tap()

    # then the server's answer shows next to the product and nothing was ordered
    assert placed.value.status == 409
    expect(page.locator(".order-lines")).to_contain_text("「限量礼盒 最后一件」已售罄")
    expect(page.locator(".order-line .field-error")).to_have_text("已售罄，请返回选择其他商品")
    expect(page.locator(".order-line__stock")).to_have_text("已售罄")
    assert_fits_phone(page)
    screenshot(page, "shop-order-out-of-stock")
    assert [p for p in problems if "status of 409" not in p] == []


@browser_test
def test_a_checkout_whose_answer_was_lost_is_sent_again_and_orders_once(
    live_server, phone, browser, db
):
    from app.shop.models import Order, OrderLine
    from app.shop.services.orders import expire_due

    rep = rep01(db)
    product = shelved_product(db, rep, "旅行保温杯 重试款", stock=50)
    code, product_id = rep.shop_code, product.id
    page, problems = phone

    # given a customer on the order form, with 50 in stock
    page.goto(f"{live_server}/s/{code}/order?items={product_id}x2")
    expect(page.locator(".order-line__stock")).to_have_text("库存 50 件")
    page.get_by_placeholder("您的称呼").fill(CUSTOMER["name"])
    page.get_by_placeholder("11 位手机号").fill(CUSTOMER["phone"])
    page.locator(".van-radio", has_text="到店自提").tap()

    # when their order reaches the server but the answer is lost on the way back
    keys = []

    def lose_the_first_answer(route):
        keys.append(route.request.headers["idempotency-key"])
        if len(keys) == 1:
            route.fetch()  # the server takes the order
            route.abort("connectionreset")
        else:
            route.continue_()

    page.route(re.compile(r"/api/v1/shops/[^/]+/orders$"), lose_the_first_answer)
    page.get_by_role("button", name="提交订单").tap()
    expect(page.get_by_text("网络不可用，请检查网络后重试")).to_be_visible()

    # and they tap 提交订单 again
    with page.expect_response(re.compile(r"/api/v1/shops/[^/]+/orders$")) as retried:
        page.get_by_role("button", name="提交订单").tap()

    # then the retry carries the same key and gets the first order back: one order is made
    assert retried.value.status == 201
    assert retried.value.headers["idempotent-replayed"] == "true"
    assert len(keys) == 2 and keys[0] == keys[1]
    expect(page.get_by_text("感谢您的订购")).to_be_visible()
    db.session.expire_all()
    orders = db.session.scalars(select(Order).join(OrderLine)
                                .where(OrderLine.product_id == product_id)).all()
    assert len(orders) == 1 and orders[0].number == retried.value.json()["number"]
    screenshot(page, "shop-order-retried")

    # when it stays unpaid past its hold and the expiry job runs
    order = orders[0]
    order.placed_at -= timedelta(hours=25)
    order.hold_until -= timedelta(hours=25)
    db.session.commit()
    assert expire_due(utcnow()) == 1
    db.session.commit()

    # then 我的订单 shows it closed, and why
    page.get_by_role("button", name="查看我的订单").tap()
    first = page.locator(".my-order").first
    expect(first.locator(".my-order__status")).to_have_text("超时未付")
    expect(first.locator(".my-order__reason")).to_have_text(
        "超时未付：超过 24 小时未付款，系统已自动关闭订单")
    expect(first.get_by_role("button", name="取消订单")).to_have_count(0)
    assert_fits_phone(page)
    screenshot(page, "shop-my-orders-expired")
    assert [p for p in problems if "ERR_CONNECTION_RESET" not in p] == []

    # and the rep sees the system closed it, with the reason, and no button to move it
    with phone_page(browser) as (staff, staff_problems):
        sign_in(staff, live_server, "rep01")
        expect(staff).to_have_url(re.compile(r"/rep$"))
        staff.goto(f"{live_server}/rep/orders/{order.id}")
        expect(staff.locator(".order-status__label")).to_have_text("超时未付")
        last = staff.locator(".order-history .van-step").last
        expect(last).to_contain_text("待付款 → 超时未付")
        expect(last).to_contain_text("系统")
        expect(last).to_contain_text("原因：超过 24 小时未付款，系统已自动关闭订单")
        expect(staff.locator(".order-actions")).to_have_count(0)
        screenshot(staff, "rep-order-expired")
        assert staff_problems == []
