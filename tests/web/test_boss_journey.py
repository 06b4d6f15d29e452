"""The boss's journey on a phone: the team dashboard is live (a follow-up a rep has just
logged shows within the refresh), the rep table sorts, a rep's day opens and the boss guides
it, the rep reads the comment; the charts fit 375x667 with every label whole."""

import re

from playwright.sync_api import expect
from sqlalchemy import select

from app.clients import services as clients
from app.customers.models import Customer
from app.org.models import User
from tests.web.browser import assert_fits_phone, browser_test, phone_page, screenshot, sign_in


def figure(page, metric: str):
    return page.locator(f".team-figures .team-figure[data-metric='{metric}'] .metric__value")


@browser_test
def test_a_boss_sees_the_day_live_sorts_the_reps_and_guides_a_reps_day(live_server, phone, db,
                                                                      browser):
    page, problems = phone
    page.clock.install()
    rep = db.session.scalar(select(User).filter_by(username="rep01"))

    # given the boss on the team dashboard
    sign_in(page, live_server, "boss01")
    expect(page).to_have_url(re.compile(r"/boss$"))
    expect(figure(page, "follow_up")).to_be_visible()
    before = int(figure(page, "follow_up").inner_text())

    # when a rep of the team logs a follow-up, and the page's refresh comes round
    customer = db.session.scalar(select(Customer).where(Customer.rep_id == rep.id,
                                                        Customer.status == "customer"))
    clients.log_follow_up(rep, customer, kind="call", content="电话回访，约了周六到店")
    db.session.commit()
    page.clock.fast_forward(31_000)

    # then today's figures count it
    expect(figure(page, "follow_up")).to_have_text(str(before + 1))
    expect(page.locator(".trend-chart svg")).to_have_count(2)
    assert_fits_phone(page)
    screenshot(page, "boss-dashboard")

    # when the boss opens the rep table and sorts it by follow-ups
    page.locator(".team-reps .card__extra").tap()
    expect(page).to_have_url(re.compile(r"/boss/reps\?"))
    page.locator(".rep-table th[data-metric='follow_up'] button").tap()

    # then the reps are in that order, the top three marked
    expect(page.locator(".rep-table th[data-metric='follow_up']")).to_have_attribute(
        "aria-sort", "descending")
    rows = page.locator(".rep-table tbody tr")
    expect(rows.first).to_be_visible()
    column = page.locator(".rep-table thead th").evaluate_all(
        "(cells) => cells.findIndex((cell) => cell.dataset.metric === 'follow_up')")
    values = [int(v) for v in rows.evaluate_all(
        f"(rows) => rows.map((row) => row.cells[{column}].innerText)")]
    assert values == sorted(values, reverse=True) and values[0] > 0
    expect(page.locator(".rep-table .is-top").first).to_be_visible()
    screenshot(page, "boss-rep-table")

    # when the boss opens the rep's day
    page.locator(f".rep-table tbody tr[data-rep='{rep.id}']").tap()

    # then the day shows the follow-up just logged, and the day's timeline
    expect(page).to_have_url(re.compile(rf"/boss/reps/{rep.id}$"))
    expect(page.get_by_text("电话回访，约了周六到店")).to_be_visible()
    expect(page.locator(".rep-day__timeline")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, "boss-rep-day")

    # when the boss leaves a comment on the day
    page.get_by_role("button", name="督导这一天").tap()
    page.locator(".guidance-sheet textarea").fill("回访很及时，周六到店记得带上新品试用装")
    page.get_by_role("button", name="发送督导").tap()
    expect(page).to_have_url(re.compile(r"/guidance/\d+$"))
    assert problems == []

    # then the rep finds it in their notifications and reads it in the thread
    with phone_page(browser) as (rep_page, rep_problems):
        sign_in(rep_page, live_server, "rep01")
        expect(rep_page).to_have_url(re.compile(r"/rep$"))
        rep_page.goto(f"{live_server}/notifications")
        rep_page.get_by_text("的工作").first.tap()
        expect(rep_page).to_have_url(re.compile(r"/guidance/\d+$"))
        expect(rep_page.locator(".guidance-message")).to_contain_text("周六到店记得带上新品试用装")
        assert rep_problems == []


LABELS = """(el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('svg text')].filter((t) => t.textContent.trim()).map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, left: r.left - box.left, right: r.right - box.left,
                 top: r.top - box.top, bottom: r.bottom - box.top, width: box.width,
                 height: box.height };
    });
}"""


def overlapping(labels):
    return [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1:]
            if a["left"] < b["right"] and b["left"] < a["right"]
            and a["top"] < b["bottom"] and b["top"] < a["bottom"]]


@browser_test
def test_the_charts_keep_every_label_whole_on_a_phone(live_server, phone):
    page, problems = phone
    sign_in(page, live_server, "boss01")
    expect(page.locator(".trend-chart svg")).to_have_count(2)

    for grain, buckets in (("按日", 30), ("按周", 12), ("按月", 12)):
        page.locator(".team-trend__grain").get_by_text(grain).tap()
        page.wait_for_timeout(600)  # the new option's animation
        for chart in page.locator(".trend-chart").all():
            chart.scroll_into_view_if_needed()
            labels = chart.evaluate(LABELS)
            # every label inside the chart, none over another
            clipped = [label["text"] for label in labels if label["left"] < 0
                       or label["right"] > label["width"] or label["top"] < 0
                       or label["bottom"] > label["height"]]
            assert clipped == [], (grain, clipped)
            assert overlapping(labels) == [], grain
            # the x axis names enough buckets to read (at least one in six), the last one too
            dates = [label["text"] for label in labels if re.fullmatch(r"\d+/\d+|\d+月",
                                                                       label["text"])]
            assert len(dates) >= buckets // 6, (grain, dates)
        screenshot(page, f"boss-trend-{buckets}-{grain}")
    assert problems == []
