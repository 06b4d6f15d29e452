"""Browser journeys through the staff pages of the shop on a phone (Debian's chromium).

A rep stocks and shares their shelf, looks at the radar, orders and commission; HQ adds a
product and pins one onto every shelf; a boss reads the team's orders. Each journey runs
against `live_server` (the demo seeded) at 375x667 with touch and fails on any console error.
Screenshots go to $SHOTS_DIR.
"""

import json
import re
from urllib.request import urlopen

from playwright.sync_api import Page, expect
from sqlalchemy import select

from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in


def add_product(db, name: str, price: int = 12900, **values):
    """A product on sale that no shelf has yet (the demo's catalog may or may not exist)."""
    from app.shop.models import Product

    product = Product(name=name, subtitle="轻便防水，出差必备", price=price,
                      list_price=price + 3000, on_sale=True, sort_order=0, **values)
    db.session.add(product)
    db.session.commit()
    return product


def go_back(page: Page) -> None:
    page.locator(".van-nav-bar__left").tap()


def signed_in_as(page: Page, live_server: str, login: str, home: str) -> None:
    sign_in(page, live_server, login)
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))


@browser_test
def test_rep_puts_a_product_on_the_shelf_features_it_and_shares_it(live_server, phone, db):
    from app.org.models import User

    # given a product on sale that rep01 does not have on the shelf
    product = add_product(db, "旅行收纳包 测试款")
    rep = db.session.scalar(select(User).filter_by(username="rep01"))
    page, problems = phone
    signed_in_as(page, live_server, "rep01", "/rep")
    expect(page.locator(".entry-grid", has_text="微店经营")).to_contain_text("我的提成")
    assert_fits_phone(page)
    screenshot(page, "rep-home-tiles")

    # when the rep opens 货架管理, then 添加商品
    page.locator(".entry-grid").get_by_text("货架管理").tap()
    expect(page).to_have_url(re.compile(r"/rep/shelf$"))
    expect(page.locator(".van-nav-bar__title")).to_have_text("货架管理")
    expect(page.locator(".page-loading")).to_have_count(0)
    assert_fits_phone(page)
    screenshot(page, "rep-shelf-before")
    page.locator(".van-nav-bar").get_by_role("button", name="添加商品").tap()
    expect(page).to_have_url(re.compile(r"/rep/catalog$"))

    # and finds the product by name and puts it on the shelf
    page.get_by_placeholder("搜索商品名称").fill("旅行收纳包")
    page.get_by_placeholder("搜索商品名称").press("Enter")
    card = page.locator(f'.catalog-item[data-product-id="{product.id}"]')
    expect(card).to_contain_text("¥129.00")
    expect(card).to_contain_text("提成")
    with page.expect_response(re.compile(r"/api/v1/shelf/items$")) as added:
        card.get_by_role("button", name="上架到货架").tap()
    assert added.value.status == 201
    expect(card.get_by_role("button", name="已在货架")).to_be_disabled()
    assert_fits_phone(page)
    screenshot(page, "rep-catalog")

    # then, back on the shelf, the product is there
    go_back(page)
    expect(page).to_have_url(re.compile(r"/rep/shelf$"))
    item = page.locator(f'.shelf-item[data-product-id="{product.id}"]')
    expect(item).to_be_visible()
    expect(item.get_by_role("switch")).to_have_attribute("aria-checked", "false")

    # when the rep makes it 主推
    with page.expect_response(re.compile(r"/api/v1/shelf/items/\d+$")) as featured:
        item.get_by_role("switch").tap()
    assert featured.value.ok
    assert featured.value.request.post_data_json == {"featured": True}

    # then it shows as featured
    expect(item.get_by_role("switch")).to_have_attribute("aria-checked", "true")
    expect(item.locator(".name-tag")).to_have_text("主推")
    item.scroll_into_view_if_needed()
    assert_fits_phone(page)
    screenshot(page, "rep-shelf-featured")

    # when the rep shares it, the sheet shows the product's link with a share token
    with page.expect_response(re.compile(r"/api/v1/shares$")) as shared:
        item.get_by_role("button", name="分享").tap()
    assert shared.value.request.post_data_json == {
        "object_type": "product", "object_id": product.id, "channel": "link"}
    sheet = page.locator(".share-sheet")
    link = sheet.get_by_test_id("share-link")
    expect(link).to_contain_text(f"{live_server}/s/{rep.shop_code}/p/{product.id}?t=")
    expect(sheet.get_by_role("button", name="复制链接")).to_be_in_viewport(ratio=1)
    screenshot(page, "rep-share-link")

    # and the poster tab draws a poster image for a "poster" share
    with page.expect_response(re.compile(r"/api/v1/shares$")) as poster_share:
        sheet.get_by_role("tab", name="生成海报").tap()
    assert poster_share.value.request.post_data_json["channel"] == "poster"
    poster = sheet.locator("img.share-poster__image")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                           arg=poster.element_handle())
    expect(sheet).to_contain_text("长按图片保存或发送给朋友")
    assert_fits_phone(page)
    screenshot(page, "rep-share-poster")
    assert problems == []


@browser_test
def test_rep_looks_at_the_shop_radar_orders_and_commission(live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "rep01", "/rep")
    grid = page.locator(".entry-grid")

    # the shop profile form, with the shop's address for the preview
    grid.get_by_text("我的微店").tap()
    expect(page).to_have_url(re.compile(r"/rep/shop$"))
    expect(page.get_by_label("店铺名称")).to_be_visible()
    expect(page.locator(".page-tip")).to_contain_text("/s/")
    assert_fits_phone(page)
    screenshot(page, "rep-shop")
    go_back(page)

    # the visitor radar: today's four figures, then visitors or the empty state
    grid.get_by_text("访客雷达").tap()
    expect(page).to_have_url(re.compile(r"/rep/radar$"))
    expect(page.locator(".radar-figures")).to_contain_text("新访客")
    expect(page.locator(".radar-row").first.or_(page.get_by_text("今天还没有访客"))).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-radar")
    go_back(page)

    # the orders, by status, and one order's detail
    grid.get_by_text("我的订单").tap()
    expect(page).to_have_url(re.compile(r"/rep/orders$"))
    cards = page.locator(".order-card")
    expect(cards.first.or_(page.get_by_text("暂无订单"))).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-orders")
    page.locator(".status-tabs").get_by_role("tab", name="已完成").tap()
    expect(page).to_have_url(re.compile(r"/rep/orders\?status=completed$"))
    if cards.count():
        expect(cards.first).to_contain_text("已完成")
        cards.first.tap()
        expect(page).to_have_url(re.compile(r"/rep/orders/\d+$"))
        expect(page.locator(".order-status__label")).to_have_text("已完成")
        expect(page.get_by_role("button", name="退款")).to_be_visible()
        assert_fits_phone(page)
        screenshot(page, "rep-order-detail")
        go_back(page)
        expect(page).to_have_url(re.compile(r"/rep/orders\?status=completed$"))
    go_back(page)

    # the commission: pending, settled and total, then the ledger
    expect(page).to_have_url(re.compile(r"/rep$"))
    grid.get_by_text("我的提成").tap()
    expect(page).to_have_url(re.compile(r"/rep/commission$"))
    expect(page.locator(".commission-summary")).to_contain_text("¥")
    expect(page.locator(".commission-summary__note")).to_contain_text("天结算")
    expect(page.locator(".commission-entry").first.or_(page.get_by_text("还没有提成"))).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "rep-commission")
    assert problems == []


@browser_test
def test_the_radar_loads_more_visitors_as_the_rep_scrolls(live_server, phone, db):
    from app.org.models import User
    from tests.shop.builders import batch, visit

    # given rep01 has more visitors today than one page of the radar holds
    rep = db.session.scalars(select(User).where(User.username == "rep01")).one()
    with batch():
        for _ in range(25):
            visit(rep)
    page, problems = phone
    signed_in_as(page, live_server, "rep01", "/rep")

    # when the rep opens the radar, one page of visitors shows under the day's figures
    page.goto(f"{live_server}/rep/radar")
    figures = page.locator(".radar-figures .metric__value")
    expect(figures.nth(1)).not_to_have_text("0")
    visitors = int(figures.nth(1).inner_text())
    expect(page.locator(".radar-row")).to_have_count(20)
    screenshot(page, "rep-radar-busy")

    # then scrolling down brings the rest, each visitor once
    for _ in range(visitors // 20 + 1):
        page.locator(".radar-row").last.scroll_into_view_if_needed()
        page.mouse.wheel(0, 4000)
        page.wait_for_timeout(300)
    expect(page.get_by_text("没有更多了")).to_be_visible()
    expect(page.locator(".radar-row")).to_have_count(visitors)
    screenshot(page, "rep-radar-scrolled")
    ids = page.locator(".radar-row").evaluate_all("rows => rows.map(r => r.dataset.customerId)")
    assert len(ids) == len(set(ids)) == visitors
    assert problems == []


@browser_test
def test_hq_adds_a_product_with_a_price_in_yuan(live_server, phone, db):
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")

    # when the admin opens 商品管理 and 新增商品
    page.locator(".entry-grid").get_by_text("商品管理").tap()
    expect(page).to_have_url(re.compile(r"/hq/products$"))
    expect(page.locator(".hq-product").first.or_(page.get_by_text("还没有商品"))).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "hq-products")
    page.get_by_role("button", name="新增商品").tap()
    expect(page).to_have_url(re.compile(r"/hq/products/new$"))

    # and fills the form with prices in yuan and a commission rate in percent
    page.get_by_label("商品名称").fill("城市通勤双肩包")
    page.get_by_label("副标题").fill("15.6 寸电脑仓，防泼水")
    page.get_by_label("售价").fill("299.5")
    page.get_by_label("划线价").fill("399")
    page.get_by_label("库存").fill("80")
    page.get_by_label("提成比例").fill("6.5")
    page.get_by_label("标签").fill("新品，通勤")
    assert_fits_phone(page)
    screenshot(page, "hq-product-form")
    with page.expect_response(re.compile(r"/api/v1/products$")) as created:
        page.get_by_role("button", name="新增商品").last.tap()

    # then the product is created with prices in fen and the rate in basis points
    assert created.value.status == 201
    sent = created.value.request.post_data_json
    assert (sent["price"], sent["list_price"], sent["stock"]) == (29950, 39900, 80)
    assert (sent["commission_rate_bps"], sent["tags"]) == (650, ["新品", "通勤"])

    # and it is listed
    expect(page).to_have_url(re.compile(r"/hq/products$"))
    page.get_by_placeholder("搜索商品名称").fill("通勤双肩包")
    page.get_by_placeholder("搜索商品名称").press("Enter")
    row = page.locator(".hq-product", has_text="城市通勤双肩包")
    expect(row).to_contain_text("¥299.50")
    expect(row).to_contain_text("提成 6.5%")
    expect(row.get_by_role("switch")).to_have_attribute("aria-checked", "true")
    screenshot(page, "hq-products-created")
    assert problems == []


@browser_test
def test_hq_pins_a_product_to_every_shelf(live_server, phone, db):
    from app.org.models import OrgUnit, User

    # given a product on sale that no shelf has
    product = add_product(db, "商务登机箱 推送款")
    hq_unit = db.session.scalar(select(OrgUnit).filter_by(kind="hq"))
    rep = db.session.scalar(select(User).filter_by(username="rep01"))
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")

    # when the admin opens the product's edit page from 商品管理
    page.locator(".entry-grid").get_by_text("商品管理").tap()
    page.get_by_placeholder("搜索商品名称").fill("推送款")
    page.get_by_placeholder("搜索商品名称").press("Enter")
    page.locator(".hq-product", has_text="商务登机箱 推送款").locator(".product-cell__name").tap()
    expect(page).to_have_url(re.compile(rf"/hq/products/{product.id}$"))

    # then 推送到货架 explains itself and lists no pin yet
    section = page.locator(".product-pins")
    expect(section).to_contain_text("推送后，该组织下所有员工的微店都会展示此商品，员工不能移除。")
    expect(section).to_contain_text("还没有推送")

    # when the admin adds a pin to 全公司 as 主推
    section.get_by_role("button", name="添加推送").tap()
    sheet = page.locator(".pin-sheet")
    expect(sheet.locator(".pin-unit").first).to_contain_text("全公司")
    expect(sheet.locator(".pin-unit", has_text="上海一队")).to_be_visible()
    sheet.get_by_role("switch", name="设为主推").tap()
    expect(sheet.get_by_role("switch", name="设为主推")).to_have_attribute("aria-checked", "true")
    sheet.get_by_role("radio", name="全公司").tap()
    expect(sheet.get_by_role("radio", name="全公司")).to_have_attribute("aria-checked", "true")
    assert_fits_phone(page)
    screenshot(page, "hq-product-pin-sheet")
    with page.expect_response(re.compile(r"/api/v1/pins$")) as pinned:
        sheet.get_by_role("button", name="推送").tap()
    assert pinned.value.status == 201
    assert pinned.value.request.post_data_json == {
        "product_id": product.id, "org_unit_id": hq_unit.id, "featured": True}

    # then the sheet closes and the pin is listed as 全公司, 主推
    expect(sheet).to_be_hidden()
    row = section.locator(".pin-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("全公司")
    expect(row.locator(".pin-row__tag")).to_have_text("主推")
    expect(section).not_to_contain_text("还没有推送")
    expect(page.locator(".van-toast")).to_be_hidden()  # 已推送
    section.scroll_into_view_if_needed()
    assert_fits_phone(page)
    screenshot(page, "hq-product-pins")

    # and rep01's public shop features the product
    shop_url = f"{live_server}/api/v1/shops/{rep.shop_code}"
    with urlopen(shop_url, timeout=10) as response:  # noqa: S310 (the local live server)
        shop = json.load(response)
    assert product.id in [card["id"] for card in shop["featured"]]

    # when the admin removes the pin, after confirming, the list is empty again
    row.get_by_role("button", name="移除推送到全公司").tap()
    dialog = page.locator(".van-dialog")
    expect(dialog).to_contain_text("确定取消推送到「全公司」吗？")
    expect(dialog).not_to_have_class(re.compile(r"enter-active"))  # done fading in
    screenshot(page, "hq-product-pin-remove")
    with page.expect_response(re.compile(r"/api/v1/pins/\d+$")) as removed:
        dialog.get_by_role("button", name="取消推送").tap()
    assert removed.value.status == 204
    expect(row).to_have_count(0)
    expect(section).to_contain_text("还没有推送")
    assert problems == []


@browser_test
def test_hq_and_boss_read_orders_and_hq_opens_the_settlement(live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")

    # HQ sees every order, with the rep of each
    page.locator(".entry-grid").get_by_text("全部订单").tap()
    expect(page).to_have_url(re.compile(r"/hq/orders$"))
    expect(page.locator(".order-card").first).to_contain_text("员工")
    screenshot(page, "hq-orders")
    go_back(page)

    # and picks a period to export the settlement
    page.locator(".entry-grid").get_by_text("提成结算").tap()
    expect(page).to_have_url(re.compile(r"/hq/settlement$"))
    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV").tap()
    assert download.value.suggested_filename.endswith(".csv")
    assert_fits_phone(page)
    screenshot(page, "hq-settlement")

    # a boss reads the team's orders, without the buttons that move them
    page.context.clear_cookies()
    signed_in_as(page, live_server, "boss01", "/boss")
    page.locator(".entry-grid").get_by_text("团队订单").tap()
    expect(page).to_have_url(re.compile(r"/boss/orders$"))
    page.locator(".order-card").first.tap()
    expect(page).to_have_url(re.compile(r"/boss/orders/\d+$"))
    expect(page.locator(".order-status__label")).to_be_visible()
    expect(page.locator(".order-actions")).to_have_count(0)
    assert_fits_phone(page)
    screenshot(page, "boss-order-detail")
    assert problems == []
