"""Shared pieces of the browser journeys: the browser, a phone-sized page, sign-in, checks.

Each journey runs against `live_server` (a real server with the demo seeded) at 375x667 with
touch and a Chinese locale, and fails on any console error or uncaught page error. Screenshots
of each screen go to $SHOTS_DIR (default /tmp/shots) for a person to look at.
"""

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 667}
PASSWORD = "demo1234"
STATIC = Path(__file__).resolve().parents[2] / "static"
SHOTS = Path(os.environ.get("SHOTS_DIR") or Path(tempfile.gettempdir()) / "shots")

browser_test = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make system-deps` (make test does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Problems(list):
    """Console errors and uncaught exceptions seen by a page."""

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not _expected_console_error(message):
            self.append(f"console: {message.text} ({message.location.get('url')})")

    def page_error(self, error) -> None:
        self.append(f"page error: {error}")


def _expected_console_error(message: ConsoleMessage) -> bool:
    # Chromium logs every failed request; the app asks GET /api/v1/me on start to learn
    # whether anyone is signed in, and a 401 is the expected answer for a visitor.
    url = message.location.get("url", "")
    return "status of 401" in message.text and url.endswith("/api/v1/me")


@contextmanager
def phone_page(browser):
    """A fresh phone-sized context (no cookies, no service worker): its page and problem log.

    The `phone` fixture is one; a journey with a second person (a customer, then the rep)
    opens another with `with phone_page(browser) as (page, problems):`.
    """
    context = browser.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="zh-CN",
        timezone_id="Asia/Shanghai",
    )
    try:
        context.set_default_timeout(15_000)
        page = context.new_page()
        problems = Problems()
        page.on("console", problems.console)
        page.on("pageerror", problems.page_error)
        yield page, problems
    finally:
        context.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized context (no cookies, no service worker) and its problem log."""
    with phone_page(browser) as opened:
        yield opened


def sign_in(page: Page, base_url: str, login: str, password: str = PASSWORD) -> None:
    page.goto(base_url)
    expect(page).to_have_url(re.compile(r"/login(\?|$)"))
    page.get_by_placeholder("手机号或用户名").fill(login)
    page.get_by_placeholder("请输入密码").fill(password)
    page.get_by_role("button", name="登录").tap()


def assert_fits_phone(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"page is {width}px wide: it scrolls sideways"


def screenshot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
