"""The figures of materials, exactly, on a small scenario: shares, opens, unique openers, new
customers, time read and the orders that followed, per material and in all, by content kind and
by scene; HQ's are everyone's, a boss's their subtree's."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from app.core.db import utcnow
from app.extensions import db
from app.marketing.models import MaterialOpen
from app.shop.models import Order, ShareToken
from tests.factories import ProductFactory
from tests.marketing.builders import material, opened, shared
from tests.shop.builders import move, order, save, today
from tests.sql import statements

DAY = timedelta(days=1)


def ago(days: float):
    return utcnow() - days * DAY


def open_at(rep, made, token, anon_id: str, days_ago: float, seconds: int = 0):
    """The visitor `anon_id` opened the material through the token `days_ago` days ago."""
    result = opened(rep, made, anon_id=anon_id, token=token.token)
    db.session.execute(update(MaterialOpen).where(MaterialOpen.id == result.open.id)
                       .values(opened_at=ago(days_ago), seconds=seconds))
    save()
    return result.visit.customer


def bought(rep, customer, amount: int, days_ago: float, *actions: str) -> Order:
    placed = move(order(rep, customer, product=ProductFactory(price=amount)), *actions,
                  actor=rep)
    db.session.execute(update(Order).where(Order.id == placed.id)
                       .values(placed_at=ago(days_ago)))
    save()
    return placed


@pytest.fixture
def world(org):
    """Three materials (C only for branch B); shares and opens by reps of both branches over
    the last ten days, and a share, an open and an order from twenty days ago."""
    hq, a1, a2, b1 = org.admin, org.rep_a1, org.rep_a2, org.rep_b1
    news = material(hq, "news", title="A", sort_order=1, content_kind="product",
                    scene_channel="online", scene_frequency="high", scene_aim="seeding")
    case = material(hq, "case", title="B", sort_order=2, content_kind="brand",
                    scene_channel="offline", scene_frequency="low", scene_aim="selling")
    south = material(hq, "intro", title="C", sort_order=3, content_kind="product",
                     audience_unit_ids=[org.branch_b.id])
    a1_news, _ = shared(a1, news), shared(a1, news, "moments")
    a2_news, b1_news, b1_case = shared(a2, news), shared(b1, news), shared(b1, case)
    a1_case = shared(a1, case)
    old_share = shared(a1, news)
    db.session.execute(update(ShareToken).where(ShareToken.id.in_([old_share.id, a1_case.id]))
                       .values(created_at=ago(20)))
    save()

    c1 = open_at(a1, news, a1_news, "c1-00000000000001", 9, seconds=60)
    open_at(a1, news, a1_news, "c1-00000000000001", 8, seconds=30)
    bought(a1, c1, 10000, 7, "pay")  # 2 days after c1's first open of A
    open_at(a1, case, a1_case, "c1-00000000000001", 5, seconds=40)
    bought(a1, c1, 3000, 1, "pay", "complete")  # 8 days after A, 4 after B
    c2 = open_at(a2, news, a2_news, "c2-00000000000002", 6)
    bought(a2, c2, 9900, 5)  # never paid
    c3 = open_at(b1, news, b1_news, "c3-00000000000003", 3, seconds=100)
    bought(b1, c3, 7000, 4, "pay", "complete")  # before any open
    open_at(b1, case, b1_case, "c3-00000000000003", 2, seconds=20)
    bought(b1, c3, 5000, 1, "pay", "complete")  # 2 days after A, 1 after B
    c4 = open_at(a1, news, old_share, "c4-00000000000004", 20, seconds=500)
    bought(a1, c4, 8000, 19, "pay")
    return {"A": news, "B": case, "C": south}


def figures(shares=0, opens=0, openers=0, new=0, seconds=0, average=0, orders=0, revenue=0):
    return {"shares": shares, "opens": opens, "openers": openers, "new_customers": new,
            "seconds_total": seconds, "seconds_average": average, "orders": orders,
            "revenue": revenue}


NONE = figures()
HQ_A = figures(shares=4, opens=4, openers=3, new=3, seconds=190, average=48, orders=2,
               revenue=15000)
HQ_B = figures(shares=1, opens=2, openers=2, seconds=60, average=30, orders=2, revenue=8000)
BOSS_A = figures(shares=3, opens=3, openers=2, new=2, seconds=90, average=30, orders=1,
                 revenue=10000)
BOSS_B = figures(opens=1, openers=1, seconds=40, average=40, orders=1, revenue=3000)


def period():
    return {"start": (today() - 9 * DAY).isoformat(), "end": today().isoformat()}


def one(client, made, **query):
    response = client.get(f"/api/v1/materials/{made.id}/figures",
                          query_string={**period(), **query})
    assert response.status_code == 200, response.json
    return response.json


def test_hq_reads_each_materials_figures(as_hq, world):
    assert one(as_hq, world["A"])["figures"] == HQ_A
    assert one(as_hq, world["B"])["figures"] == HQ_B
    assert one(as_hq, world["C"])["figures"] == NONE


def test_a_boss_reads_the_work_of_their_subtree_only(as_boss, world):
    assert one(as_boss, world["A"])["figures"] == BOSS_A
    assert one(as_boss, world["B"])["figures"] == BOSS_B


def test_a_material_the_boss_cannot_see_is_404(app, org, as_boss, world):
    assert as_boss.get(f"/api/v1/materials/{world['C'].id}/figures").status_code == 404
    boss_b = app.test_client().sign_in_as(org.boss_b)
    assert one(boss_b, world["C"])["figures"] == NONE


def test_the_period_bounds_what_counts(as_hq, world):
    # the last three days: c3's opens of A and B (and B's order), nothing of c1 and c2
    recent = one(as_hq, world["A"], start=(today() - 3 * DAY).isoformat())["figures"]
    everything = one(as_hq, world["A"], start=(today() - 30 * DAY).isoformat())["figures"]

    assert recent == figures(shares=4, opens=1, openers=1, new=1, seconds=100, average=100,
                             orders=1, revenue=5000)
    assert everything == figures(shares=5, opens=5, openers=4, new=4, seconds=690,
                                 average=138, orders=3, revenue=23000)


def test_the_list_has_each_material_and_the_totals_by_kind_and_scene(as_hq, world):
    body = as_hq.get("/api/v1/materials/figures", query_string=period()).json

    assert [(row["material"]["title"], row["figures"]) for row in body["items"]] == [
        ("A", HQ_A), ("B", HQ_B), ("C", NONE)]
    # in all, each customer and order once: c1's second order is 8 days after their first
    # open (of A), though 4 after their first of B
    assert body["totals"] == figures(shares=5, opens=6, openers=3, new=3, seconds=250,
                                     average=42, orders=2, revenue=15000)
    kinds = {group["key"]: group["figures"] for group in body["by_content_kind"]}
    assert kinds == {"product": HQ_A, "brand": HQ_B, "activity": NONE, "media": NONE,
                     "category": NONE}
    scenes = {name: {g["key"]: g["figures"] for g in groups}
              for name, groups in body["by_scene"].items()}
    assert scenes == {"channel": {"online": HQ_A, "offline": HQ_B},
                      "frequency": {"high": HQ_A, "low": HQ_B},
                      "aim": {"seeding": HQ_A, "selling": HQ_B}}
    assert body["period"] == period()


def test_the_boss_list_holds_their_materials_and_their_subtrees_work(as_boss, world):
    body = as_boss.get("/api/v1/materials/figures", query_string=period()).json

    assert [(row["material"]["title"], row["figures"]) for row in body["items"]] == [
        ("A", BOSS_A), ("B", BOSS_B)]
    assert body["totals"] == figures(shares=3, opens=4, openers=2, new=2, seconds=130,
                                     average=32, orders=1, revenue=10000)


def test_the_list_filters_and_pages(as_hq, world):
    cases = as_hq.get("/api/v1/materials/figures",
                      query_string={**period(), "kind": "case"}).json
    paged = as_hq.get("/api/v1/materials/figures",
                      query_string={**period(), "per_page": 1, "page": 2}).json

    assert [row["material"]["title"] for row in cases["items"]] == ["B"]
    assert cases["totals"] == HQ_B
    assert (paged["total"], [row["material"]["title"] for row in paged["items"]]) == (3, ["B"])
    assert paged["totals"]["opens"] == 6


def test_the_default_period_is_the_last_thirty_days(as_hq, world):
    body = as_hq.get(f"/api/v1/materials/{world['A'].id}/figures").json

    assert body["period"] == {"start": (today() - 29 * DAY).isoformat(),
                              "end": today().isoformat()}
    assert body["figures"]["opens"] == 5


@pytest.mark.parametrize("query", [{"start": "2026-02-10", "end": "2026-02-01"},
                                   {"start": "2024-01-01", "end": "2025-06-01"},
                                   {"start": "1999-12-31"}, {"end": "nope"}])
def test_a_period_that_does_not_hold_is_422(as_hq, world, query):
    for url in (f"/api/v1/materials/{world['A'].id}/figures", "/api/v1/materials/figures"):
        assert as_hq.get(url, query_string=query).status_code == 422


def test_the_queries_do_not_grow_with_the_materials(as_hq, org, world):
    with statements() as few:
        as_hq.get("/api/v1/materials/figures", query_string=period())
    for i in range(5):
        material(org.admin, title=f"more {i}")
    with statements() as more:
        as_hq.get("/api/v1/materials/figures", query_string=period())

    assert len(more) == len(few)
