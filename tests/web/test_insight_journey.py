"""Browser journey through 客户洞察 on a phone (Debian's chromium).

A boss opens the insight from the home: the funnel, segments and tags are charts whose every
label is drawn inside the chart at 375x667 (none clipped, none dropped); a stage opens the
customers at that stage, and a product of the ranking its buyers. HQ picks a unit. Runs
against `live_server` (the demo seeded, its nightly snapshots taken) and fails on any console
error. Screenshots go to $SHOTS_DIR.
"""

import re

from playwright.sync_api import Page, expect

from tests.web.browser import assert_fits_phone, browser_test, screenshot, sign_in

# Every text element each chart draws, with its box in the chart's own pixels.
CHART_TEXTS = """async () => {
  const echarts = await import('echarts');
  return [...document.querySelectorAll('.insight-bars')].map((el) => {
    const chart = echarts.getInstanceByDom(el);
    const texts = [];
    for (const shape of chart.getZr().storage.getDisplayList(true)) {
      if (shape.type !== 'tspan' || !shape.style.text) continue;
      const box = shape.getBoundingRect().clone();
      const transform = shape.getComputedTransform();
      if (transform) box.applyTransform(transform);
      texts.push({ text: String(shape.style.text), x: box.x, y: box.y, right: box.x + box.width,
                   bottom: box.y + box.height, hidden: Boolean(shape.ignore || shape.invisible) });
    }
    return { label: el.getAttribute('aria-label'), width: chart.getWidth(),
             height: chart.getHeight(), names: chart.getOption().yAxis[0].data, texts };
  });
}"""


def signed_in_as(page: Page, live_server: str, login: str, home: str) -> None:
    sign_in(page, live_server, login)
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))


def assert_every_label_is_drawn_inside(page: Page) -> None:
    charts = page.evaluate(CHART_TEXTS)
    assert charts
    for chart in charts:
        drawn = [t for t in chart["texts"] if not t["hidden"]]
        shown = {t["text"] for t in drawn}
        assert set(chart["names"]) <= shown, (chart["label"], set(chart["names"]) - shown)
        for text in drawn:  # whole pixels: anti-aliasing may reach half a pixel out
            assert text["x"] >= -0.5 and text["right"] <= chart["width"] + 0.5, (
                chart["label"], text)
            assert text["y"] >= -0.5 and text["bottom"] <= chart["height"] + 0.5, (
                chart["label"], text)
        # every bar's label is drawn: one text per row besides its name
        assert len(drawn) >= 2 * len(chart["names"]), chart["label"]


@browser_test
def test_a_boss_reads_the_insight_and_opens_the_customers_behind_a_figure(live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "boss01", "/boss")

    # when the boss opens 客户洞察 from the home
    page.locator(".entry-grid").get_by_text("客户洞察").tap()
    expect(page).to_have_url(re.compile(r"/boss/insight$"))
    expect(page.locator(".insight__as-of")).to_contain_text("统计")

    # then the charts show every stage, segment and tag with its figure, inside the chart
    expect(page.locator(".insight-funnel .insight-bars canvas")).to_be_visible()
    expect(page.locator(".insight-tags .insight-bars").first).to_be_visible()
    page.wait_for_timeout(500)  # the bars' entry animation
    assert_every_label_is_drawn_inside(page)
    assert_fits_phone(page)
    screenshot(page, "boss-insight")
    page.locator(".insight-products").scroll_into_view_if_needed()
    expect(page.locator(".insight-ranking__row").first).to_be_visible()
    screenshot(page, "boss-insight-products")

    # when they tap the stage 成交 under the funnel
    chip = page.locator(".insight-funnel .chip", has_text="成交")
    at_deal = int(chip.inner_text().split()[-1])
    with page.expect_response(re.compile(r"/api/v1/customers\?.*stage=deal")) as listed:
        chip.tap()

    # then the team's customers at 成交 are listed, as many as the figure said
    expect(page).to_have_url(re.compile(r"/boss/customers\?.*stage=deal"))
    assert listed.value.json()["total"] == at_deal > 0
    expect(page.locator(".customer-card").first).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "boss-insight-stage-list")

    # when they go back and tap the best-selling product
    page.go_back()
    row = page.locator(".insight-ranking__row").first
    expect(row).to_be_visible()
    row.tap()

    # then its buyers are listed, with the filter shown as a pill to take off
    expect(page).to_have_url(re.compile(r"/boss/customers\?.*product_id=\d+"))
    expect(page.locator(".tag-pill", has_text="购买过所选商品")).to_be_visible()
    expect(page.locator(".customer-card").first).to_be_visible()
    assert problems == []


@browser_test
def test_hq_picks_a_unit(live_server, phone):
    page, problems = phone
    signed_in_as(page, live_server, "admin", "/hq")
    page.locator(".entry-grid").get_by_text("客户洞察").tap()
    expect(page).to_have_url(re.compile(r"/hq/insight$"))
    company = page.locator(".insight__as-of").inner_text()

    # when HQ picks a branch
    page.locator(".insight__units .van-dropdown-menu__item").tap()
    with page.expect_response(re.compile(r"/dashboard/insight\?unit_id=\d+")) as answered:
        page.locator(".van-dropdown-item__option").nth(1).tap()

    # then the figures are that unit's
    assert answered.value.status == 200
    expect(page.locator(".insight__as-of")).not_to_have_text(company)
    page.wait_for_timeout(500)
    assert_every_label_is_drawn_inside(page)
    screenshot(page, "hq-insight-unit")
    assert problems == []
