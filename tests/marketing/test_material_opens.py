"""The customer's side: a material's public page, its open (a shop visit and an open of its
own, counted), how long the page stayed open, and the open on the customer's timeline."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.core.db import utcnow
from app.customers.models import Customer
from app.extensions import db
from app.marketing.models import MaterialOpen
from app.marketing.services.materials import MAX_STAY_SECONDS
from app.shop.services import shelves
from tests.marketing.builders import material, shared
from tests.shop.builders import counters, events, save, visitor


def page_of(client, rep, made):
    return client.get(f"/api/v1/shops/{rep.shop_code}/materials/{made.id}")


def open_it(client, rep, made, token=None):
    return client.post(f"/api/v1/shops/{rep.shop_code}/materials/{made.id}/opens",
                       json={"token": token})


def report(client, rep, made, open_id, seconds):
    return client.post(f"/api/v1/shops/{rep.shop_code}/materials/{made.id}/opens/{open_id}"
                       "/time", json={"seconds": seconds})


def opens() -> list[MaterialOpen]:
    return list(db.session.scalars(select(MaterialOpen).order_by(MaterialOpen.id)))


def backdate(open_id: int, seconds: int) -> None:
    """The open happened `seconds` ago."""
    db.session.execute(update(MaterialOpen).where(MaterialOpen.id == open_id).values(
        opened_at=utcnow() - timedelta(seconds=seconds)))
    save()


# --- the page -------------------------------------------------------------------------------

def test_the_page_shows_the_material_and_the_shop_but_nothing_internal(app, org):
    made = material(org.admin, "case", title="成功案例", tags=["案例"], content_kind="brand",
                    audience_unit_ids=[org.branch_a.id])

    body = page_of(visitor(app), org.rep_a1, made).json

    assert body["shop"]["code"] == org.rep_a1.shop_code
    assert body["material"] == {
        "id": made.id, "kind": "case", "title": "成功案例", "summary": "一句话介绍",
        "cover_url": None, "body": made.body, "file_url": None, "file_name": None,
        "file_type": None, "file_size": None, "tags": ["案例"]}
    assert body["card"] is None


def test_the_radar_names_the_material_a_visitor_opened(app, org):
    # given a visitor who opened a case study through rep A1's link
    made = material(org.admin, "case", title="成功案例")
    assert open_it(visitor(app), org.rep_a1, made, shared(org.rep_a1, made).token).status_code \
        == 200

    # when the rep looks at the radar, then it names the material, not the shop's home page
    radar = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/radar").json
    assert [o["title"] for o in radar["items"][0]["objects"]] == ["素材「成功案例」"]
    assert radar["recent"][0]["title"] == "素材「成功案例」"


def test_a_business_card_page_shows_the_reps_card(app, org):
    shelves.update_profile(org.rep_a1, {"display_name": "小王的店", "phone": "13800001111",
                                        "greeting": "有事随时找我", "avatar_url": None})
    save()
    card = material(org.admin, "card", title="我的名片")

    body = page_of(visitor(app), org.rep_a1, card).json

    assert {k: body["card"][k] for k in ("rep_name", "display_name", "phone", "greeting",
                                         "unit_name", "code")} == {
        "rep_name": org.rep_a1.name, "display_name": "小王的店", "phone": "13800001111",
        "greeting": "有事随时找我", "unit_name": "上海一队", "code": org.rep_a1.shop_code}
    assert body["card"]["company_name"]


@pytest.mark.parametrize("case", ["off", "other branch", "unknown"])
def test_a_material_that_is_off_or_not_the_reps_is_404(app, org, case):
    made = {"off": lambda: material(org.admin, enabled=False),
            "other branch": lambda: material(org.admin, audience_unit_ids=[org.branch_b.id]),
            "unknown": lambda: type("Gone", (), {"id": 999999})()}[case]()
    phone = visitor(app)

    assert page_of(phone, org.rep_a1, made).status_code == 404
    assert open_it(phone, org.rep_a1, made).status_code == 404
    assert opens() == [] and events("visit") == []


def test_an_unknown_shop_is_404(app, org):
    made = material(org.admin)

    response = visitor(app).get(f"/api/v1/shops/nope/materials/{made.id}")

    assert response.status_code == 404 and response.json["error"]["code"] == "shop_not_found"


# --- opens ----------------------------------------------------------------------------------

def test_an_open_through_a_share_is_a_visit_an_open_and_counted(app, org, db):
    made = material(org.admin, "news")
    token = shared(org.rep_a1, made)
    phone = visitor(app)

    response = open_it(phone, org.rep_a1, made, token.token)

    assert response.status_code == 200, response.json
    body = response.json
    assert body["recorded"] is True and body["new_visitor"] is True
    assert body["forward_token"] and body["forward_token"] != token.token
    assert phone.get_cookie(app.config["VISITOR_COOKIE_NAME"]) is not None
    [row] = opens()
    customer = db.session.get(Customer, row.customer_id)
    assert (row.id, row.material_id, row.rep_id, row.org_unit_id, row.share_id,
            row.new_customer, row.seconds) == (body["open_id"], made.id, org.rep_a1.id,
                                               org.team_a1.id, token.id, True, 0)
    assert customer.rep_id == org.rep_a1.id and customer.source_share_id == token.id
    [visit] = events("visit")
    assert (visit.object_type, visit.object_id, visit.customer_id) == ("material", made.id,
                                                                       customer.id)
    [event] = events("material_open")
    assert (event.rep_id, event.customer_id, event.object_type, event.object_id,
            event.attrs) == (org.rep_a1.id, customer.id, "material", made.id,
                             {"open_id": row.id})
    assert {k: counters(org.rep_a1)[k] for k in ("share", "visit", "visitor",
                                                 "material_open")} == {
        "share": 1, "visit": 1, "visitor": 1, "material_open": 1}


def test_the_same_visitor_opening_again_is_no_new_customer(app, org):
    made = material(org.admin)
    phone = visitor(app)
    first = open_it(phone, org.rep_a1, made).json

    again = open_it(phone, org.rep_a1, made).json

    assert (first["new_visitor"], again["new_visitor"]) == (True, False)
    assert [(o.customer_id, o.new_customer) for o in opens()] == [
        (opens()[0].customer_id, True), (opens()[0].customer_id, False)]
    assert counters(org.rep_a1)["material_open"] == 2
    assert counters(org.rep_a1)["visitor"] == 1


def test_staff_previewing_are_no_readers(org, as_rep, as_hq):
    made = material(org.admin)

    for client in (as_rep, as_hq):
        response = open_it(client, org.rep_a1, made)
        assert response.json == {"open_id": None, "forward_token": None, "new_visitor": False,
                                 "recorded": False}
    assert opens() == [] and events("visit") == []
    off = material(org.admin, enabled=False)
    assert open_it(as_rep, org.rep_a1, off).status_code == 404


def test_the_metric_shows_on_the_boss_view(app, org, as_boss):
    made = material(org.admin)
    open_it(visitor(app), org.rep_a1, made)

    team = as_boss.get("/api/v1/dashboard", query_string={"period": "today"}).json
    table = as_boss.get("/api/v1/dashboard/reps", query_string={
        "period": "today", "sort": "material_open"}).json

    [figure] = [f for f in team["figures"] if f["metric"] == "material_open"]
    assert (figure["label"], figure["value"]) == ("素材打开", 1)
    [top, *_] = table["items"]
    assert (top["rep"]["id"], top["values"]["material_open"]) == (org.rep_a1.id, 1)


# --- how long it stayed open ----------------------------------------------------------------

def test_the_page_reports_its_stay_which_never_goes_down(app, org):
    made = material(org.admin)
    phone = visitor(app)
    open_id = open_it(phone, org.rep_a1, made).json["open_id"]
    backdate(open_id, 600)

    first = report(phone, org.rep_a1, made, open_id, 65)
    lower = report(phone, org.rep_a1, made, open_id, 20)
    higher = report(phone, org.rep_a1, made, open_id, 130)

    assert [r.status_code for r in (first, lower, higher)] == [200, 200, 200]
    assert [r.json["seconds"] for r in (first, lower, higher)] == [65, 65, 130]
    assert opens()[0].seconds == 130


def test_a_stay_is_never_longer_than_the_open_nor_six_hours(app, org):
    made = material(org.admin)
    phone = visitor(app)
    open_id = open_it(phone, org.rep_a1, made).json["open_id"]
    backdate(open_id, 100)

    claimed = report(phone, org.rep_a1, made, open_id, 5000).json["seconds"]
    backdate(open_id, 10 * 3600)
    capped = report(phone, org.rep_a1, made, open_id, 2**31 - 1).json["seconds"]

    assert 100 <= claimed <= 102
    assert capped == MAX_STAY_SECONDS


def test_only_the_visitor_who_opened_it_reports_its_stay(app, org):
    made = material(org.admin)
    other = material(org.admin, title="另一篇")
    phone, stranger = visitor(app), visitor(app)
    open_it(stranger, org.rep_a1, made)  # a visitor of their own, with their own cookie
    open_id = open_it(phone, org.rep_a1, made).json["open_id"]
    backdate(open_id, 600)

    attempts = [report(stranger, org.rep_a1, made, open_id, 60),
                report(visitor(app), org.rep_a1, made, open_id, 60),  # no cookie at all
                report(phone, org.rep_a1, other, open_id, 60),  # another material's path
                report(phone, org.rep_b1, made, open_id, 60),  # another shop
                report(phone, org.rep_a1, made, 10**17, 60)]  # no such open

    assert [r.status_code for r in attempts] == [404] * 5
    assert opens()[1].seconds == 0


@pytest.mark.parametrize("seconds", [-1, 2**31, 1.5, "60", None])
def test_a_stay_that_is_no_count_of_seconds_is_422(app, org, seconds):
    made = material(org.admin)
    phone = visitor(app)
    open_id = open_it(phone, org.rep_a1, made).json["open_id"]

    assert report(phone, org.rep_a1, made, open_id, seconds).status_code == 422


def test_opens_and_stays_share_the_public_write_limit(app, org, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_WRITE_LIMIT", "2 per minute")
    made = material(org.admin)
    phone = visitor(app)
    open_id = open_it(phone, org.rep_a1, made).json["open_id"]

    assert report(phone, org.rep_a1, made, open_id, 0).status_code == 200
    assert report(phone, org.rep_a1, made, open_id, 0).status_code == 429
    assert open_it(phone, org.rep_a1, made).status_code == 429


# --- the timeline ---------------------------------------------------------------------------

def timeline(client, customer_id) -> list[dict]:
    response = client.get(f"/api/v1/customers/{customer_id}/timeline")
    assert response.status_code == 200, response.json
    return response.json["items"]


def test_the_open_is_told_once_on_the_timeline_with_its_stay(app, org, as_rep):
    made = material(org.admin, title="公司简介")
    token = shared(org.rep_a1, made)
    reader, friend = visitor(app), visitor(app)
    first = open_it(reader, org.rep_a1, made, token.token).json
    backdate(first["open_id"], 600)
    report(reader, org.rep_a1, made, first["open_id"], 65)
    forwarded = open_it(friend, org.rep_a1, made, first["forward_token"]).json
    reader_id, friend_id = (o.customer_id for o in opens())

    mine = timeline(as_rep, reader_id)
    theirs = timeline(as_rep, friend_id)

    assert [(i["kind"], i["title"], i["detail"]) for i in mine] == [
        ("material_open", "阅读素材「公司简介」", "停留 1分05秒 · 首次访问")]
    assert (mine[0]["ref_type"], mine[0]["ref_id"]) == ("material", made.id)
    assert [(i["title"], i["detail"]) for i in theirs] == [
        ("阅读素材「公司简介」", "朋友转发的链接 · 首次访问")]
    assert forwarded["recorded"] is True


def test_a_readers_own_forward_is_no_friends_link(app, org, as_rep):
    made = material(org.admin, title="简介")
    phone = visitor(app)
    first = open_it(phone, org.rep_a1, made).json

    open_it(phone, org.rep_a1, made, first["forward_token"])

    [again, _] = timeline(as_rep, opens()[0].customer_id)
    assert again["detail"] == ""


def test_stays_read_in_words():
    from app.marketing.sources import stay

    assert [stay(s) for s in (0, 45, 65, 600, 3600, 3725)] == [
        "0秒", "45秒", "1分05秒", "10分00秒", "1小时00分", "1小时02分"]

