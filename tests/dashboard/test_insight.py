"""Customer insight: every figure, worked out again from the raw customers, stage changes,
orders and events the test made, for a team boss, a branch boss and HQ; the customers behind
each figure; and who may see what."""

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.clients import services, stages
from app.clients.models import FLAGS, SEGMENTS, STAGES
from app.clients.rfm import compute_flags, compute_segments
from app.clients.snapshots import take_snapshot
from app.core.cache import CheckedCache
from app.core.db import utcnow
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.dashboard import figures as dashboard_figures
from app.dashboard.insight_routes import blp
from app.extensions import db
from app.org.models import OrgUnit
from app.shop.models import Order, OrderLine, Product
from tests.clients.builders import book_facts, tagged, vocabulary
from tests.clock import Clock
from tests.factories import ProductFactory
from tests.permissions import BOSS, HQ, check_door, declared, endpoints
from tests.shop.builders import batch, customer_of, move, order, today, visit

INSIGHT = "/api/v1/dashboard/insight"
PRODUCTS = f"{INSIGHT}/products"
PERMISSIONS = {("GET", INSIGHT): {BOSS, HQ}, ("GET", PRODUCTS): {BOSS, HQ}}


@pytest.fixture
def world(org):
    """Each rep's book: visitors, tagged customers, a follow-up, buyers of two products (one
    refunded), a customer set back by hand, a stale one; then the night's segments, flags and
    snapshot."""
    tags = vocabulary(org.admin, {"兴趣": ["茶", "酒"], "来源": ["展会"]})
    tea, cup = ProductFactory(name="龙井", price=5000), ProductFactory(name="茶杯", price=1200)
    with batch():
        for n, rep in enumerate((org.rep_a1, org.rep_a1b, org.rep_a2, org.rep_b1)):
            for _ in range(n + 1):
                tagged(rep, customer_of(rep), tags["茶"])
            called = customer_of(rep, product=tea)
            services.log_follow_up(rep, called, kind="call", content="回访")
            for _ in range(n):
                visit(rep, product=cup)
            buyer = visit(rep, product=tea).customer
            tagged(rep, buyer, tags["酒"], tags["展会"])
            move(order(rep, buyer, product=tea, quantity=n + 1), "pay", actor=rep)
            if n % 2:
                move(order(rep, buyer, product=cup), "pay", "complete", actor=rep)
            else:
                move(order(rep, buyer, product=cup), "pay", "refund", actor=rep)
            stages.set_stage(rep, called, "need", "面谈后")
            stages.set_stage(rep, called, "reached", "退回")
            forgotten = customer_of(rep)
            db.session.execute(update(Customer).where(Customer.id == forgotten.id)
                               .values(created_at=utcnow() - timedelta(days=45)))
    compute_segments(utcnow())
    compute_flags(utcnow())
    take_snapshot(today())
    db.session.commit()
    return {"tags": tags, "tea": tea, "cup": cup}


def subtree(unit: OrgUnit | None) -> set[int]:
    return {u.id for u in db.session.scalars(select(OrgUnit))
            if unit is None or u.path.startswith(unit.path)}


def expected_insight(unit: OrgUnit | None) -> dict:
    """The customer figures of the scope, counted from each customer's raw facts."""
    facts = [f for f in book_facts(utcnow()) if f["unit_id"] in subtree(unit)]
    at, peak = Counter(f["stage"] for f in facts), Counter(f["peak"] for f in facts)
    reached = [sum(peak[s] for s in STAGES[k:]) for k in range(len(STAGES))]
    conversion = [round(reached[k + 1] / reached[k], 4) if reached[k] else None
                  for k in range(len(STAGES) - 1)] + [None]
    segments = Counter(f["segment"] for f in facts if f["segment"])
    return {
        "customers": len(facts),
        "funnel": [(stage, at[stage], reached[k], conversion[k])
                   for k, stage in enumerate(STAGES)],
        "segments": {segment: segments[segment] for segment in SEGMENTS.values()},
        "unsegmented": sum(1 for f in facts if not f["segment"]),
        "flags": {flag: sum(1 for f in facts if flag in f["flags"]) for flag in FLAGS},
        "flagged": {flag: {f["id"] for f in facts if flag in f["flags"]} for flag in FLAGS},
        "stale": sum(1 for f in facts if f["stale"]),
        "tags": Counter(tag_id for f in facts for tag_id in f["tags"]),
    }


def shown_insight(body: dict) -> dict:
    return {
        "customers": body["customers"],
        "funnel": [(row["stage"], row["customers"], row["reached"], row["conversion"])
                   for row in body["funnel"]],
        "segments": {row["segment"]: row["customers"] for row in body["segments"]},
        "unsegmented": body["unsegmented"],
        "flags": {row["flag"]: row["customers"] for row in body["flags"]},
        "flagged": {row["flag"]: {top["customer"]["id"] for top in row["top"]}
                    for row in body["flags"]},
        "stale": body["stale"]["customers"],
        "tags": Counter({tag["id"]: tag["customers"] for group in body["tag_groups"]
                         for tag in group["tags"] if tag["customers"]}),
    }


def expected_products(unit: OrgUnit | None) -> dict[int, dict]:
    """Opens from the visit events, sales from the orders' lines (today's, in the scope)."""
    units = subtree(unit)
    figures: dict[int, Counter] = {}
    for event in db.session.scalars(select(ActivityEvent).where(
            ActivityEvent.verb == "visit", ActivityEvent.object_type == "product")):
        if event.org_unit_id in units:
            figures.setdefault(event.object_id, Counter())["opens"] += 1
    for line, placed in db.session.execute(select(OrderLine, Order).join(Order)):
        if placed.rep.org_unit_id in units and placed.paid_at is not None:
            sold = figures.setdefault(line.product_id, Counter())
            sold["orders"] += 1
            sold["units"] += line.quantity
            sold["revenue"] += 0 if placed.status == "refunded" else line.net_amount
    return {product_id: {name: counts[name] for name in ("opens", "orders", "units", "revenue")}
            for product_id, counts in figures.items()}


VIEWERS = [  # (who, the unit_id asked for, the unit whose subtree they see)
    ("boss_a1", None, "team_a1"),
    ("boss_a", None, "branch_a"),
    ("boss_a", "team_a2", "team_a2"),
    ("admin", None, None),
    ("admin", "branch_b", "branch_b"),
]


def viewer(app, org, who, asked):
    client = app.test_client().sign_in_as(getattr(org, who))
    query = {"unit_id": getattr(org, asked).id} if asked else {}
    return client, query


@pytest.mark.parametrize(("who", "asked", "sees"), VIEWERS)
def test_the_customer_figures_are_the_scopes_customers_counted_again(app, org, world, who,
                                                                     asked, sees):
    # given the world and its snapshot, when the viewer opens the insight
    client, query = viewer(app, org, who, asked)
    body = client.get(INSIGHT, query_string=query).json

    # then every figure is what the scope's raw rows say
    unit = getattr(org, sees) if sees else None
    assert body["day"] == today().isoformat()
    assert body["unit_id"] == (unit.id if unit else None)
    assert shown_insight(body) == expected_insight(unit)
    assert [group["name"] for group in body["tag_groups"]] == ["兴趣", "来源"]


def test_the_figures_are_not_trivial(app, org, world, as_boss):
    # the world has something in every kind of figure the branch boss sees
    body = as_boss.get(INSIGHT).json
    figures = shown_insight(body)
    assert figures["customers"] == 4 + 6 + 8  # team A1's two reps and team A2's one
    # three called customers reached 需求 and were set back by hand; three buyers got to 复购
    assert [row[2] for row in figures["funnel"]] == [18, 6, 6, 6, 3, 3, 0]
    assert [row[1] for row in figures["funnel"]] == [12, 3, 0, 0, 0, 3, 0]
    assert [row[3] for row in figures["funnel"]] == [0.3333, 1.0, 1.0, 0.5, 1.0, 0.0, None]
    assert figures["stale"] == 3 and figures["flags"]["high_potential"] > 0
    assert sum(figures["segments"].values()) == 3


@pytest.mark.parametrize(("who", "asked", "sees"), VIEWERS)
def test_each_figure_opens_the_customers_behind_it(app, org, world, who, asked, sees):
    # given the insight as the viewer sees it
    client, query = viewer(app, org, who, asked)
    body = client.get(INSIGHT, query_string=query).json
    figures = ([(row["filter"], row["customers"]) for row in body["funnel"]]
               + [(row["filter"], row["customers"]) for row in body["segments"]]
               + [(row["filter"], row["customers"]) for row in body["flags"]]
               + [(body["stale"]["filter"], body["stale"]["customers"])]
               + [(tag["filter"], tag["customers"]) for group in body["tag_groups"]
                  for tag in group["tags"]])

    # when each figure's filter is sent to the customer list, then it lists that many
    for list_filter, customers in figures:
        listed = client.get("/api/v1/customers", query_string={
            **list_filter, "per_page": 1,
            **({"stale": "true"} if list_filter.get("stale") else {})}).json
        assert listed["total"] == customers, list_filter


@pytest.mark.parametrize(("who", "asked", "sees"), VIEWERS)
def test_the_product_ranking_is_the_scopes_opens_and_sales(app, org, world, who, asked, sees):
    # given the world's visits and orders, when the viewer opens today's product ranking
    client, query = viewer(app, org, who, asked)
    body = client.get(PRODUCTS, query_string={**query, "period": "today"}).json

    # then each product's figures are what the events and orders say, best first
    unit = getattr(org, sees) if sees else None
    expected = expected_products(unit)
    shown = {row["product_id"]: {name: row[name] for name in ("opens", "orders", "units",
                                                             "revenue")}
             for row in body["products"]}
    assert shown == expected
    ranked = [(row["orders"], row["opens"], row["revenue"]) for row in body["products"]]
    assert ranked == sorted(ranked, reverse=True)
    for row in body["products"]:
        assert row["conversion"] == (round(row["orders"] / row["opens"], 4)
                                     if row["opens"] else None)
        assert row["filter"] == ({"unit_id": unit.id} if unit else {}) | {
            "product_id": row["product_id"]}
    totals = body["totals"]
    assert totals["orders"] == sum(p["orders"] for p in expected.values())
    assert totals["opens"] == sum(p["opens"] for p in expected.values())
    assert body["period"]["kind"] == "today"


def test_a_products_filter_lists_its_buyers(app, org, world, as_boss):
    # given the branch boss's ranking
    body = as_boss.get(PRODUCTS).json
    tea = next(row for row in body["products"] if row["product_id"] == world["tea"].id)

    # when the tea's filter opens the customer list
    listed = as_boss.get("/api/v1/customers", query_string=tea["filter"]).json

    # then it lists the branch's customers with a paid order of tea
    branch = subtree(org.branch_a)
    buyers = {o.customer_id for o in db.session.scalars(
        select(Order).join(OrderLine).where(OrderLine.product_id == world["tea"].id,
                                            Order.status.in_(("paid", "completed"))))
        if o.rep.org_unit_id in branch}
    assert {c["id"] for c in listed["items"]} == buyers and len(buyers) == 3


def test_the_ranking_sorts_and_keeps_to_its_period(app, org, world, as_hq):
    # when HQ sorts by opens, then asks for a range that ended yesterday
    by_opens = as_hq.get(PRODUCTS, query_string={"sort": "opens", "limit": 1}).json
    before = as_hq.get(PRODUCTS, query_string={
        "period": "range", "start": (today() - timedelta(days=7)).isoformat(),
        "end": (today() - timedelta(days=1)).isoformat()}).json

    # then the most opened comes alone, and the earlier range has nothing
    opens = expected_products(None)
    assert [row["product_id"] for row in by_opens["products"]] == [
        max(opens, key=lambda product_id: opens[product_id]["opens"])]
    assert before["products"] == [] and before["totals"]["conversion"] is None


def test_a_product_named_in_the_ranking_is_the_catalogs(app, org, world, as_hq):
    body = as_hq.get(PRODUCTS).json
    names = {p.id: p.name for p in db.session.scalars(select(Product))}
    assert {row["product_id"]: row["name"] for row in body["products"]} == {
        world["tea"].id: "龙井", world["cup"].id: "茶杯"}
    assert all(names[row["product_id"]] == row["name"] for row in body["products"])


def test_before_the_first_snapshot_the_figures_are_empty(org, as_boss):
    # given customers but no snapshot yet
    customer_of(org.rep_a1)

    # when the boss opens the insight
    body = as_boss.get(INSIGHT).json

    # then it says there is no snapshot, with every figure at zero
    assert body["day"] is None and body["customers"] == 0
    assert all(row["customers"] == 0 and row["reached"] == 0 for row in body["funnel"])


def test_the_latest_snapshot_is_read(org, as_hq):
    # given a snapshot of yesterday with one customer and today's with two
    customer_of(org.rep_a1)
    take_snapshot(today() - timedelta(days=1))
    customer_of(org.rep_a1)
    take_snapshot(today())
    db.session.commit()

    # then the insight reads today's
    body = as_hq.get(INSIGHT).json
    assert (body["day"], body["customers"]) == (today().isoformat(), 2)


# --- who may see what ------------------------------------------------------------------------

def test_the_permission_table_lists_every_insight_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, {blp.name})}
    assert routes == set(PERMISSIONS)
    for method, rule in endpoints(app, {blp.name}):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS))
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


@pytest.mark.parametrize("url", [INSIGHT, PRODUCTS])
def test_a_unit_outside_the_bosss_subtree_is_not_found(org, as_boss, as_hq, url):
    # given branch A's boss, when they ask for branch B, an ancestor, or a unit that is not
    outside = [org.branch_b.id, org.team_b1.id, org.hq.id, 999_999]

    # then each is 404, as for HQ a unit that does not exist
    for unit_id in outside:
        response = as_boss.get(url, query_string={"unit_id": unit_id})
        assert response.status_code == 404, unit_id
    assert as_hq.get(url, query_string={"unit_id": 999_999}).status_code == 404


def test_a_boss_sees_no_flagged_customer_outside_the_subtree(app, org, world):
    # given the team boss of A1
    body = app.test_client().sign_in_as(org.boss_a1).get(INSIGHT).json

    # then every flagged customer listed belongs to a rep of team A1
    team = {org.rep_a1.id, org.rep_a1b.id}
    listed = [top["customer"]["id"] for row in body["flags"] for top in row["top"]]
    assert listed and {db.session.get(Customer, c).rep_id for c in listed} <= team


@pytest.mark.parametrize("query", [{"period": "range"}, {"period": "decade"},
                                   {"sort": "units"}, {"limit": 0}, {"unit_id": 0}])
def test_bad_arguments_are_refused_with_the_error_body(as_hq, query):
    response = as_hq.get(PRODUCTS, query_string=query)

    assert response.status_code == 422
    assert response.json["error"]["code"] == "validation_error"


def test_kept_insight_is_served_again_as_it_was_built(app, org, world, as_boss, monkeypatch):
    # given insight kept per process as production keeps it (the listed customers included)
    monkeypatch.setitem(app.config, "DASHBOARD_CACHE_SECONDS", 2.0)
    monkeypatch.setattr(dashboard_figures, "_cache",
                        CheckedCache(2.0, clock=Clock(), serve_stale=True))
    first, first_products = as_boss.get(INSIGHT), as_boss.get(PRODUCTS)

    # when the page asks again within the bound (after the first request's session ended)
    again, again_products = as_boss.get(INSIGHT), as_boss.get(PRODUCTS)

    # then it gets the same answer, not an error of objects that left their session
    assert first.status_code == again.status_code == 200
    assert again.json == first.json and again_products.json == first_products.json
