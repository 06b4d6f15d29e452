"""Browser journeys of the materials library on a phone (Debian's chromium): a rep finds a
material in 营销素材 and shares it; a customer with no login opens the link and reads it (the
open recorded, the stay reported once the page is hidden); the rep sees the read in the radar
and on the customer's timeline, and HQ in the material's figures. HQ publishes a brochure
through its form, the upload's refusal shown on the file's field. Each runs against
`live_server` (the demo seeded) at 375x667 and fails on any console error. Screenshots go to
$SHOTS_DIR.
"""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from tests.marketing import files
from tests.marketing.builders import material
from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in
from tests.web.test_shop_journey import rep01, settled

STORY = "张女士去年换了全屋智能家电，\n顾问上门调试了三次，现在她是我们的老顾客。"


def admin(db):
    from app.org.models import User

    return db.session.scalar(select(User).filter_by(username="admin"))


def hide(page) -> None:
    """The phone shows another app: the page's visibility turns hidden, as a browser says it."""
    page.evaluate("""() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
    }""")


@browser_test
def test_a_rep_shares_a_material_a_customer_reads_it_and_rep_and_hq_see_the_read(
    live_server, phone, browser, db
):
    from app.marketing.models import MaterialOpen

    # given HQ's customer testimonial with a story in two lines
    made = material(admin(db), "testimonial", title="客户见证：张女士的智能新家",
                    summary="从选购到上门调试，一位顾问跟到底",
                    body=[{"type": "text", "text": STORY}], tags=["智能家居"])
    title, material_id, code = made.title, made.id, rep01(db).shop_code
    staff, staff_problems = phone

    # when rep01 opens 营销素材 from their home and picks the kind 客户见证
    sign_in(staff, live_server, "rep01")
    expect(staff).to_have_url(re.compile(r"/rep$"))
    staff.locator(".entry-grid").get_by_text("营销素材").tap()
    expect(staff).to_have_url(re.compile(r"/rep/materials$"))
    with staff.expect_response(re.compile(r"/api/v1/materials\?.*kind=testimonial")):
        staff.get_by_role("button", name="客户见证").tap()

    # then only testimonials are listed, theirs among them
    card = staff.locator(f'.material-card[data-material-id="{material_id}"]')
    expect(card).to_contain_text(title)
    expect(card).to_contain_text("客户见证")
    expect(staff.locator(".material-card")).to_have_count(1)
    assert_fits_phone(staff)
    screenshot(staff, "material-rep-list")

    # when they preview it, then it is the customer's page, and their own open is no read
    with staff.expect_response(re.compile(rf"/materials/{material_id}/opens$")) as preview:
        card.get_by_role("button", name="预览").tap()
    assert preview.value.json()["recorded"] is False
    expect(staff.get_by_role("heading", name=title)).to_be_visible()
    expect(staff.locator(".material-preview")).to_contain_text("预览")
    staff.locator(".material-back").tap()

    # when they share it, then the sheet gives a link of their shop and a poster
    with staff.expect_response(re.compile(r"/api/v1/shares$")) as shared:
        staff.locator(f'.material-card[data-material-id="{material_id}"]').get_by_role(
            "button", name="分享").tap()
    assert shared.value.request.post_data_json == {
        "object_type": "material", "object_id": material_id, "channel": "link"}
    link = staff.get_by_test_id("share-link")
    expect(link).to_have_text(re.compile(rf"/s/{code}/materials/{material_id}\?t=[\w-]+$"))
    url = link.inner_text()
    settled(staff.locator(".share-sheet"))
    screenshot(staff, "material-share-link")
    staff.get_by_role("tab", name="生成海报").tap()
    poster = staff.locator(".share-poster__image")
    expect(poster).to_have_js_property("complete", True)
    assert poster.evaluate("img => img.naturalWidth") > 0
    screenshot(staff, "material-share-poster")

    with phone_page(browser) as (page, problems):
        # when a customer with no login opens the link
        with page.expect_response(re.compile(rf"/materials/{material_id}/opens$")) as opened:
            page.goto(url)

        # then the material shows with its story as text, who shared it, and the shop's way in
        expect(page.get_by_role("heading", name=title)).to_be_visible()
        expect(page).to_have_title(title)
        expect(page.locator(".material__body")).to_have_text(STORY)
        expect(page.locator(".material-rep")).to_contain_text("为您分享")
        expect(page.get_by_role("button", name="进店逛逛")).to_be_visible()
        # the open is recorded with the rep's token, and the address carries the customer's
        # own token, so a forward credits them as referrer
        answer = opened.value.json()
        assert answer["recorded"] is True and answer["new_visitor"] is True
        assert opened.value.request.post_data_json == {"token": url.rsplit("t=", 1)[1]}
        expect(page).to_have_url(re.compile(rf"\?t={answer['forward_token']}$"))
        assert_fits_phone(page)
        screenshot(page, "material-customer")

        # when they read a while and switch to another app
        page.wait_for_timeout(2200)
        with page.expect_request(re.compile(rf"/opens/{answer['open_id']}/time$")) as told:
            hide(page)

        # then the page told how long it was in front, and the open keeps it
        seconds = told.value.post_data_json["seconds"]
        assert seconds >= 2
        assert told.value.response().ok
        db.session.expire_all()
        read = db.session.get(MaterialOpen, answer["open_id"])
        assert (read.seconds, read.new_customer) == (seconds, True)
        customer_id = read.customer_id
        assert problems == []

    # when the rep looks at the radar, then the read is there by the material's name
    staff.goto(f"{live_server}/rep/radar")
    row = staff.locator(f'.radar-row[data-customer-id="{customer_id}"]')
    expect(row).to_contain_text(f"素材「{title}」")
    expect(row).to_contain_text("新访客")
    screenshot(staff, "material-rep-radar")

    # and on the customer's timeline: 阅读素材「…」 with how long they read
    row.tap()
    expect(staff).to_have_url(re.compile(rf"/rep/customers/{customer_id}$"))
    staff.get_by_role("tab", name="动态").tap()
    read_item = staff.locator(".timeline-item", has_text=f"阅读素材「{title}」")
    expect(read_item).to_contain_text(f"停留 {seconds}秒")
    read_item.scroll_into_view_if_needed()
    assert_fits_phone(staff)
    screenshot(staff, "material-rep-timeline")
    assert staff_problems == []

    with phone_page(browser) as (hq, hq_problems):
        # when HQ opens the material's figures from 营销素材
        sign_in(hq, live_server, "admin")
        expect(hq).to_have_url(re.compile(r"/hq$"))
        hq.locator(".entry-grid").get_by_text("营销素材").tap()
        hq.locator(f'.material-card[data-material-id="{material_id}"]').get_by_role(
            "button", name="数据").tap()

        # then the open, its reader, the new customer and the two shares (link, poster) count
        expect(hq).to_have_url(re.compile(rf"/hq/materials/{material_id}/figures$"))
        expect(hq.locator(".material-figures__head")).to_contain_text(title)
        figure = hq.locator(".material-totals")
        for key, value in (("opens", "1"), ("openers", "1"), ("new_customers", "1"),
                           ("shares", "2"), ("seconds_average", f"{seconds}秒")):
            expect(figure.locator(f'[data-figure="{key}"] .metric__value')).to_have_text(value)
        assert_fits_phone(hq)
        screenshot(hq, "material-hq-figures")

        # and in the figures of every material, under 客户见证's row and its content kind's
        hq.goto(f"{live_server}/hq/materials/figures")
        row = hq.locator(f'.material-figure-row[data-material-id="{material_id}"]')
        expect(row).to_contain_text("分享 2 · 打开 1 · 1 人 · 新客 1")
        expect(hq.locator('[data-content-kind="product"]')).to_be_visible()
        assert_fits_phone(hq)
        screenshot(hq, "material-hq-all-figures")
        assert hq_problems == []


@browser_test
def test_hq_publishes_a_brochure_the_upload_refusing_what_is_no_pdf(live_server, phone, tmp_path):
    page, problems = phone
    picture, brochure = tmp_path / "不是手册.png", tmp_path / "选购手册.pdf"
    picture.write_bytes(files.png((40, 40)))
    brochure.write_bytes(files.plain_pdf())

    # given HQ on a new material's form, the kind 产品手册 picked
    sign_in(page, live_server, "admin")
    expect(page).to_have_url(re.compile(r"/hq$"))
    page.goto(f"{live_server}/hq/materials/new")
    page.get_by_role("radio", name="产品手册").tap()
    file_field = page.locator(".van-field", has=page.locator(".material-upload"))

    # when they publish without a file, then the form asks for the PDF
    page.get_by_placeholder("必填").fill("智能家电选购手册")
    page.get_by_role("button", name="发布素材").tap()
    expect(file_field.locator(".van-field__error-message")).to_have_text("请上传 PDF 文件")

    # when they upload a picture, then the server's refusal shows under the file's field
    with page.expect_response(re.compile(r"/api/v1/materials/files\?kind=brochure$")) as refused:
        page.locator('.material-upload input[type="file"]').set_input_files(picture)
    assert refused.value.status == 422
    expect(file_field.locator(".van-field__error-message")).to_contain_text("不是PDF")
    screenshot(page, "material-hq-form-refused")

    # when they upload the PDF and publish
    with page.expect_response(re.compile(r"/api/v1/materials/files\?kind=brochure$")) as stored:
        page.locator('.material-upload input[type="file"]').set_input_files(brochure)
    assert stored.value.status == 201
    expect(page.get_by_test_id("material-file")).to_contain_text("选购手册.pdf")
    expect(file_field.locator(".van-field__error-message")).to_have_count(0)
    assert_fits_phone(page)
    screenshot(page, "material-hq-form")
    with page.expect_response(re.compile(r"/api/v1/materials$")) as published:
        page.get_by_role("button", name="发布素材").tap()

    # then the brochure is in the list, on, with its file's type taken from the file
    assert published.value.status == 201, published.value.text()
    made = published.value.json()
    assert (made["kind"], made["file_type"], made["file_name"]) == (
        "brochure", "application/pdf", "选购手册.pdf")
    expect(page).to_have_url(re.compile(r"/hq/materials$"))
    card = page.locator(f'.material-card[data-material-id="{made["id"]}"]')
    expect(card).to_contain_text("智能家电选购手册")

    # when they switch it off, then it says reps cannot share it any more
    with page.expect_response(re.compile(rf"/api/v1/materials/{made['id']}$")) as switched:
        card.get_by_role("switch").tap()
    assert switched.value.request.post_data_json == {"enabled": False}
    expect(card).to_contain_text("已停用")
    screenshot(page, "material-hq-list")
    assert [p for p in problems if "status of 422" not in p] == []  # the refused upload
