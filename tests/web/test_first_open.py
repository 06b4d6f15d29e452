"""A customer's first and second open of a shop link, in bytes on the wire, against the app
served as in production: gunicorn, APP_ENV=production, the release steps run (migrations,
`flask assets compress`), the demo seeded into a database of its own (bench/run.py's
machinery; `make bench` records the same figures)."""

import re

import pytest
from playwright.sync_api import expect

from bench.first_open import FIRST_OPEN_MAX_BYTES, SECOND_OPEN_MAX_BYTES, measure_opens
from bench.run import Server, app_env, load_settings, prepare_demo
from tests.web.browser import browser_test, phone_page


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    """gunicorn serving wsgi:app on the demo: its base URL and the demo rep's shop code."""
    tmp = tmp_path_factory.mktemp("first-open")
    env = app_env(f"sqlite:///{tmp / 'shop.db'}")
    _, ids = prepare_demo(env)
    server = Server("app", "wsgi:app", load_settings(), env, tmp)
    server.start()
    try:
        server.wait_ready("/")
        yield server.base_url, ids["shop_code"]
    finally:
        server.stop()


@browser_test
def test_a_shop_links_first_open_is_light_and_the_second_almost_free(production_server):
    base_url, shop_code = production_server

    # when a phone with an empty cache opens the shop link, then opens it again later
    opens = measure_opens(base_url, f"/s/{shop_code}", ready=".shop-hero")

    # then the first open stays within the budget, the second takes almost nothing, and no
    # service worker was installed for the customer
    assert opens["first"]["bytes"] <= FIRST_OPEN_MAX_BYTES, opens
    assert opens["second"]["bytes"] <= SECOND_OPEN_MAX_BYTES, opens
    assert opens["service_workers"] == 0


@browser_test
def test_leaving_the_shop_for_a_staff_page_loads_the_full_app(live_server, browser):
    with phone_page(browser) as (page, problems):
        # given the customer shell of a shop page
        page.goto(f"{live_server}/s/nosuchshop")
        expect(page.locator("html[data-shell=customer]")).to_have_count(1)

        expect(page.locator(".page--shop")).to_be_visible()

        # when the app routes to a page outside the shop (here: back to the sign-in page)
        page.evaluate("history.pushState({}, '', '/login');"
                      "dispatchEvent(new PopStateEvent('popstate', {state: {}}))")

        # then the page is loaded anew in the full shell, where its components exist
        expect(page).to_have_url(re.compile(r"/login$"))
        expect(page.locator("html[data-shell=customer]")).to_have_count(0)
        expect(page.get_by_role("button", name="登录")).to_be_visible()
        assert [p for p in problems if "404" not in p] == []
