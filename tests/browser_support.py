"""Running a browser journey: Playwright driving Debian's Chromium against the live server.

Each journey runs in a thread of its own: Playwright's sync API keeps an event loop in the
thread that runs it, and Django refuses ORM calls from a thread with a running loop. Journeys
only click; the test prepares and checks the database before and after, in its own thread.
The browser is never downloaded: ``make test`` installs Debian's ``chromium`` package.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def session_cookie(user, base_url):
    """A signed-in session for ``user``, to hand to the browser instead of typing a password."""
    client = Client()
    client.force_login(user)
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"name": settings.SESSION_COOKIE_NAME, "value": value, "url": base_url}


def screenshot(page, name):
    """Saves a full-page picture under test-artifacts/ to look at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def in_browser(journey, base_url, *, locale="en-GB", timezone_id="Europe/Paris", cookies=()):
    """Runs ``journey(page)`` in a fresh browser context and returns what it returns."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it)")

    def run():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            try:
                context = browser.new_context(base_url=base_url, locale=locale, timezone_id=timezone_id)
                context.add_cookies(list(cookies))
                context.set_default_timeout(15_000)
                return journey(context.new_page())
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=180)
