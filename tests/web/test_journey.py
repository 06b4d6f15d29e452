"""Browser journeys through the PWA shell on a phone-sized screen (Debian's chromium).

Each journey runs against `live_server` (a real server with the demo seeded) at 375x667 with
touch and a Chinese locale, and fails on any console error or uncaught page error. Screenshots
of each screen go to $SHOTS_DIR (default /tmp/shots) for a person to look at.
"""

import hashlib
import json
import re
import urllib.request
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.web.browser import (
    PASSWORD,
    STATIC,
    assert_fits_phone,
    browser_test,
    screenshot,
    sign_in,
)


@browser_test
@pytest.mark.parametrize(
    ("login", "home", "title", "role_label"),
    [
        pytest.param("rep01", "/rep", "我的工作台", "员工", id="rep"),
        pytest.param("boss01", "/boss", "团队看板", "老板", id="boss"),
        pytest.param("admin", "/hq", "总部管理", "总部管理员", id="hq"),
    ],
)
def test_user_signs_in_and_lands_on_the_home_of_their_role(
    live_server, phone, login, home, title, role_label
):
    page, problems = phone

    # given the app opened without a session, when the user signs in through the form
    sign_in(page, live_server, login)

    # then they land on their role's home with their profile, today's counters and the tab bar
    expect(page).to_have_url(re.compile(re.escape(home) + "$"))
    expect(page.locator(".van-nav-bar__title")).to_have_text(title)
    expect(page).to_have_title(f"{title} · 七个在线")
    expect(page.locator(".profile-card__role")).to_have_text(role_label)
    if login == "boss01":
        # the team dashboard: the branch's figures today, and its trend drawn by ECharts
        expect(page.locator(".team-figures .card__title")).to_have_text("华东分公司")
        expect(page.locator(".team-figure").first).to_be_visible()
        expect(page.locator(".trend-chart svg").first).to_be_visible()
    else:
        expect(page.locator(".today-metrics .card__title")).to_have_text("今日数据")
        expect(page.locator(".today-metrics__loading")).to_have_count(0)
    expect(page.get_by_text("消息通知")).to_be_visible()
    expect(page.locator(".app-tabbar")).to_be_visible()
    assert_fits_phone(page)
    screenshot(page, f"home-{home[1:]}")
    assert problems == []


@browser_test
def test_rep_reads_notifications_and_marks_them_all_read(live_server, phone, db):
    from app.core.notifications import notify
    from app.org.models import User

    # given rep01 has the demo's welcome notification and one more, both unread
    rep = db.session.scalar(select(User).filter_by(username="rep01"))
    notify(rep, "system", "新的培训任务", "总部发布了新品话术培训，请在周五前完成。", link="/rep")
    db.session.commit()
    page, problems = phone
    sign_in(page, live_server, "rep01")
    expect(page).to_have_url(re.compile(r"/rep$"))
    expect(page.locator(".notice-entry .count-pill")).to_have_text("2")

    # when the rep opens the notification centre from the home screen
    page.get_by_text("消息通知").tap()

    # then both are listed as unread, newest first (above the demo's notices already read)
    expect(page).to_have_url(re.compile(r"/notifications$"))
    expect(page.locator(".van-nav-bar__title")).to_have_text("消息通知")
    expect(page.locator(".notice--unread")).to_have_count(2)
    expect(page.locator(".notice").first).to_contain_text("新的培训任务")
    assert_fits_phone(page)
    screenshot(page, "notifications")

    # when the rep taps the newest, it is marked read and its link (the home screen) opens
    with page.expect_response(re.compile(r"/api/v1/notifications/\d+/read$")) as read:
        page.locator(".notice").first.tap()
    assert read.value.ok
    expect(page).to_have_url(re.compile(r"/rep$"))
    expect(page.locator(".notice-entry .count-pill")).to_have_text("1")
    expect(page.locator(".app-tabbar .van-badge")).to_have_text("1")

    # when the rep goes back to the centre and marks all read
    page.locator(".app-tabbar").get_by_text("消息").tap()
    expect(page.locator(".notice--unread")).to_have_count(1)
    page.get_by_role("button", name="全部已读").tap()

    # then nothing unread is left, the badge is gone, and the home screen agrees
    expect(page.locator(".notice--unread")).to_have_count(0)
    expect(page.locator(".app-tabbar .van-badge")).to_have_count(0)
    expect(page.get_by_role("button", name="全部已读")).to_be_disabled()
    page.locator(".app-tabbar").get_by_text("首页").tap()
    expect(page).to_have_url(re.compile(r"/rep$"))
    expect(page.locator(".notice-entry")).to_contain_text("暂无未读")
    assert problems == []


@browser_test
def test_wrong_password_shows_the_server_message(live_server, phone):
    page, problems = phone

    # when the user signs in with a wrong password
    with page.expect_response(re.compile(r"/api/v1/auth/login$")) as login:
        sign_in(page, live_server, "rep01", "not-the-password")

    # then the server's message shows as a toast and they stay on the login page
    assert login.value.status == 401
    expect(page.locator(".van-toast")).to_contain_text("账号或密码错误")
    expect(page).to_have_url(re.compile(r"/login"))
    screenshot(page, "login-failed")
    assert [p for p in problems if "/api/v1/auth/login" not in p] == []


@browser_test
def test_a_page_of_another_role_sends_the_user_to_their_own_home(live_server, phone):
    page, problems = phone

    # given a visitor who follows a link to the boss dashboard
    page.goto(f"{live_server}/boss")
    expect(page).to_have_url(re.compile(r"/login\?redirect=/boss$"))

    # when a rep signs in
    page.get_by_placeholder("手机号或用户名").fill("rep01")
    page.get_by_placeholder("请输入密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").tap()

    # then the guard sends them to the rep home, and logging out returns to the login page
    expect(page).to_have_url(re.compile(r"/rep$"))
    page.get_by_role("button", name="退出登录").tap()
    page.locator(".van-dialog").get_by_role("button", name="退出").tap()
    expect(page).to_have_url(re.compile(r"/login$"))
    page.goto(f"{live_server}/rep")
    expect(page).to_have_url(re.compile(r"/login\?redirect=/rep$"))
    assert problems == []


@browser_test
def test_signing_out_waits_for_the_requests_in_flight(live_server, phone):
    page, problems = phone
    api_events = []
    page.on("request", lambda r: api_events.append(("request", urlparse(r.url).path)))
    page.on("response", lambda r: api_events.append(("response", urlparse(r.url).path)))
    held = []
    page.route(re.compile(r"/api/v1/dashboard/today$"), lambda route: held.append(route))

    # given a rep whose home screen still waits for today's figures
    with page.expect_request(re.compile(r"/api/v1/dashboard/today$")):
        sign_in(page, live_server, "rep01")
    expect(page).to_have_url(re.compile(r"/rep$"))

    # when they sign out, and only then the figures' request goes on
    page.get_by_role("button", name="退出登录").tap()
    page.locator(".van-dialog").get_by_role("button", name="退出").tap()
    held[0].continue_()

    # then the sign-out waited for it (it was answered while signed in, not with a 401), and
    # the session ended: the login page, also when the rep's home is opened again
    expect(page).to_have_url(re.compile(r"/login$"))
    answered = api_events.index(("response", "/api/v1/dashboard/today"))
    assert api_events.index(("request", "/api/v1/auth/logout")) > answered
    page.goto(f"{live_server}/rep")
    expect(page).to_have_url(re.compile(r"/login\?redirect=/rep$"))
    assert problems == []


@browser_test
def test_installed_app_shows_the_offline_page_without_network(live_server, phone):
    page, problems = phone

    # given the service worker has installed the app shell
    sign_in(page, live_server, "rep01")
    expect(page).to_have_url(re.compile(r"/rep$"))
    page.wait_for_function("navigator.serviceWorker.controller !== null")

    # when the phone loses its network and the app is reopened
    page.context.set_offline(True)
    page.reload()

    # then the cached shell loads and sends the user to the offline page
    expect(page).to_have_url(re.compile(r"/static/offline\.html$"))
    expect(page.get_by_role("heading", name="网络不可用")).to_be_visible()
    screenshot(page, "offline")

    # and once the network is back, "重新加载" returns to the app
    page.context.set_offline(False)
    page.get_by_role("button", name="重新加载").tap()
    expect(page).to_have_url(re.compile(r"/rep$"))
    offline_noise = ("ERR_INTERNET_DISCONNECTED", "Failed to fetch")
    assert [p for p in problems if not any(noise in p for noise in offline_noise)] == []


def fetch(url: str):
    return urllib.request.urlopen(url)  # noqa: S310 (always the local live server)


def test_manifest_and_service_worker_are_served_with_their_types(live_server):
    # when the browser fetches the manifest and the service worker from the root
    with fetch(f"{live_server}/manifest.webmanifest") as manifest:
        manifest_type = manifest.headers["Content-Type"]
        manifest_body = manifest.read().decode()
    with fetch(f"{live_server}/sw.js") as worker:
        worker_type = worker.headers["Content-Type"]
        worker_body = worker.read().decode()

    # then each has the type an installable PWA needs
    assert manifest_type.startswith("application/manifest+json")
    assert '"start_url": "/"' in manifest_body
    assert "javascript" in worker_type
    assert re.search(r"const CACHE_VERSION = '[0-9a-f]{16}';", worker_body)


def test_service_worker_precaches_every_shell_file_by_its_versioned_url(client):
    # given the files the staff app needs to start offline (not the API docs' nor the
    # customer shell's, which never registers the worker), each at its versioned URL
    needed = {"/", "/static/offline.html", "/manifest.webmanifest",
              "/static/icons/favicon-32.png"}  # the offline page names its icon plainly
    for pattern in ("js/**/*.js", "css/*.css", "icons/*.png", "vendor/**/*.js", "vendor/**/*.css"):
        for path in STATIC.glob(pattern):
            if not path.is_relative_to(STATIC / "vendor" / "redoc") and \
                    not path.is_relative_to(STATIC / "vendor" / "vant-shop"):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
                needed.add(f"/static/{path.relative_to(STATIC)}?v={digest}")

    # when reading the precache list of the service worker as served
    source = client.get("/sw.js").text
    shell = set(json.loads(source.split("const SHELL = ", 1)[1].split(";", 1)[0]))

    # then every one of them is listed, and nothing else
    assert sorted(needed - shell) == []
    assert sorted(shell - needed) == []
