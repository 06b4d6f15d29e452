"""What a customer's phone downloads to open a shop link, in Debian's chromium.

`measure_opens()` opens a page twice in one fresh phone-sized browser context, as a customer
opening a rep's link and opening it again later: first with an empty cache, then with what
the first open left in the cache. For each open it sums the bytes on the wire (response
headers and bodies as transferred, compressed or not: DevTools' `encodedDataLength`) and
counts the requests that reached the network; `data:` URLs and answers from the cache count
nothing. Used by `make bench` (the `first_open` step) and tests/web/test_first_open.py.
"""

from __future__ import annotations

from playwright.sync_api import Page, sync_playwright

from tests.web.browser import CHROMIUM, CHROMIUM_ARGS, PHONE

# Chromium loads lazy images the nearer below the screen the faster it thinks the network is,
# from what it measured so far: fix its estimate to 4G ("mobile data"), or two opens of one
# page would load different pictures.
MEASURE_ARGS = [*CHROMIUM_ARGS, "--force-effective-connection-type=4G"]
SETTLE_MS = 500  # no request for this long after the page is up: the open is over

# The budget of a shop link on mobile data: the first open with an empty cache, and the open
# after it (the browser's cache does the work; customers get no service worker).
FIRST_OPEN_MAX_BYTES = 350_000
SECOND_OPEN_MAX_BYTES = 30_000


class Wire:
    """Bytes and requests on the network seen through one page's DevTools session."""

    def __init__(self, page: Page):
        self.finished: dict[str, int] = {}
        self.urls: dict[str, str] = {}
        session = page.context.new_cdp_session(page)
        session.on("Network.requestWillBeSent",
                   lambda event: self.urls.__setitem__(event["requestId"], event["request"]["url"]))
        session.on("Network.loadingFinished", self._finished)
        session.send("Network.enable")

    def _finished(self, event: dict) -> None:
        url = self.urls.get(event["requestId"], "")
        if not url.startswith("data:") and event["encodedDataLength"] > 0:
            self.finished[event["requestId"]] = int(event["encodedDataLength"])

    def figures(self) -> dict:
        return {"bytes": sum(self.finished.values()), "requests": len(self.finished)}


def open_once(context, url: str, ready: str | None) -> tuple[dict, int]:
    """One open of `url` in a new tab: its wire figures and the service workers registered."""
    page = context.new_page()
    try:
        wire = Wire(page)
        page.goto(url)
        if ready:
            page.locator(ready).first.wait_for()
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(SETTLE_MS)
        workers = page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)")
        return wire.figures(), workers
    finally:
        page.close()


def measure_opens(base_url: str, path: str, ready: str | None = None) -> dict:
    """First and second open of `path`: {"first": {bytes, requests}, "second": {...},
    "service_workers": registrations after the second open}. `ready` is a CSS selector that
    shows the page has rendered its content."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=MEASURE_ARGS)
        try:
            context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                          has_touch=True, locale="zh-CN",
                                          timezone_id="Asia/Shanghai")
            first, _ = open_once(context, base_url + path, ready)
            second, workers = open_once(context, base_url + path, ready)
            return {"path": path, "first": first, "second": second, "service_workers": workers}
        finally:
            browser.close()
