"""Fixtures of the browser journeys; the helpers they use live in tests/web/browser.py."""

from tests.web.browser import browser, phone  # noqa: F401 (fixtures)
