"""`flask seed scale`: the benchmark data set, built with bulk inserts.

Reps spread over branches and teams; customers spread over the reps (about 70% of them buyers,
with a long tail of frequent ones); paid orders over `order_days` (default 400, so the RFM
window of 365 days leaves some out) plus one unpaid (pending, cancelled, refunded) order for
every 20 paid ones; and `days` (default 90) of events: those the shop records for the orders
of that window (placed, paid, completed, cancelled, refunded) and random visits, shares,
logins, follow-ups, ... on those customers, with the daily counters they make (the live
metric functions applied to each generated event, so the counters are what the events say).
Everything is generated and written in batches, so memory stays at a few arrays of one number
per customer or order, and one day's counters.

No order lines: the jobs that read orders (RFM, flags) read the order row only, and a line per
order would need a catalog and double the longest part of the seed.
"""

import heapq
import random
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate, count
from operator import itemgetter

from sqlalchemy import insert, select
from werkzeug.security import generate_password_hash

from app.clients.models import FOLLOW_STATES, STAGES
from app.clients.snapshots import take_snapshot
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.core.company import company_zone
from app.core.db import day_bounds, local_day, utcnow
from app.core.events import metrics_of
from app.core.models import ActivityEvent, DailyCounter
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User, new_shop_code
from app.org.services import create_unit
from app.shop.models import Order, Product, ProductDay, VisitorDay

REPS_PER_TEAM = 10
TEAMS_PER_BRANCH = 10
# The random events' verbs, weighted (orders come from the seeded orders).
VERBS = ["visit"] * 50 + ["share"] * 15 + ["login"] * 10 + ["follow_up"] * 10 + \
        ["customer_new"] * 8 + ["consultation"] * 4 + ["consultation_answered"] * 3 + \
        ["booking"] * 2 + ["booking_answered"] * 2
REP_ONLY_VERBS = {"share", "login"}  # no customer involved
BUYER_SHARE = 0.7
UNPAID_EVERY = 20  # one unpaid order for every 20 paid ones
UNPAID_STATUSES = ("pending", "cancelled", "refunded")
REGIONS = ("上海", "杭州", "南京", "苏州", "广州", "深圳", "北京", "成都", "武汉", "西安")
SOURCES = ["share"] * 6 + ["walk_in"] * 3 + ["import"]
LEAD_STAGES = STAGES[:4]  # profiled .. need: no order yet
SUPER_ORDERS = 15  # paid orders that make a super customer in this data set
BATCH = 20_000
INSIGHT_PRODUCTS = 40
INSIGHT_PRODUCTS_A_DAY = 3  # products with figures, per rep per day


def seed_scale(reps: int, customers: int, events: int, *, password: str, orders: int | None = None,
               days: int = 90, order_days: int = 400, rng: random.Random | None = None,
               echo=print) -> dict:
    """Seed the org, `customers` customers with `orders` paid orders (default 5 per customer)
    and `events` events; returns the row counts and the seconds taken."""
    rng = rng or random.Random(42)
    orders = 5 * customers if orders is None else orders
    if orders and not customers:
        raise ValueError("orders need customers")
    started = time.perf_counter()

    def progress(what: str) -> None:
        echo(f"{what} ({time.perf_counter() - started:.1f}s)")

    rep_rows = _seed_org(reps, password)
    progress(f"org: {reps} reps")
    now = utcnow()
    owners = _draw_owners(rng, customers, orders)
    customer_ids, customer_reps = _seed_customers(rng, customers, rep_rows, owners, now,
                                                  order_days, progress)
    paid, unpaid = _seed_orders(rng, owners, customer_ids, customer_reps, now, order_days,
                                progress)
    days_touched = _seed_events(rng, events, rep_rows, customer_ids, customer_reps, now, days,
                                progress)
    insight_rows = _seed_insight(rng, rep_rows, now, days, progress)
    elapsed = time.perf_counter() - started
    echo(f"counters of {len(days_touched)} days; done in {elapsed:.1f}s")
    return {"reps": reps, "customers": customers, "paid_orders": paid, "unpaid_orders": unpaid,
            "events": events, "days": len(days_touched), **insight_rows,
            "seconds": round(elapsed, 1)}


def _seed_org(reps: int, password: str) -> list[tuple[int, int]]:
    """HQ, branches of teams of reps, a boss per branch; the reps' (id, org unit id)."""
    password_hash = generate_password_hash(password, method="scrypt")
    hq = create_unit(None, "总部", "hq")
    db.session.add(User(username="admin", name="总部管理员", role=ROLE_HQ, org_unit_id=hq.id,
                        password_hash=password_hash))
    team_count = max(1, -(-reps // REPS_PER_TEAM))
    branch_count = max(1, -(-team_count // TEAMS_PER_BRANCH))
    teams = []
    for b in range(branch_count):
        branch = create_unit(None, f"分公司{b + 1:03d}", "branch", hq.id)
        db.session.add(User(username=f"boss{b + 1:03d}", name=f"主管{b + 1:03d}", role=ROLE_BOSS,
                            org_unit_id=branch.id, password_hash=password_hash))
        for _ in range(min(TEAMS_PER_BRANCH, team_count - len(teams))):
            teams.append(create_unit(None, f"团队{len(teams) + 1:04d}", "team", branch.id))
    db.session.execute(insert(User), [
        {"username": f"rep{n:05d}", "name": f"员工{n:05d}", "role": ROLE_REP,
         "org_unit_id": teams[(n - 1) // REPS_PER_TEAM].id, "password_hash": password_hash,
         "shop_code": new_shop_code(), "phone": f"15{n:09d}"}
        for n in range(1, reps + 1)])
    db.session.commit()
    return [tuple(row) for row in db.session.execute(
        select(User.id, User.org_unit_id).where(User.role == ROLE_REP).order_by(User.id))]


def _draw_owners(rng: random.Random, customers: int, orders: int) -> array:
    """The customer (0-based number) of each paid order, in the order they are placed.

    Only buyers get orders, weighted by a log-normal "appetite" so a few buy often and many
    once or twice, as in a real customer book.
    """
    weights = [min(rng.lognormvariate(0, 1), 30) if rng.random() < BUYER_SHARE else 0.0
               for _ in range(customers)]
    cumulative = list(accumulate(weights))
    population = range(customers)
    owners = array("i")
    for start in range(0, orders, BATCH):
        owners.extend(rng.choices(population, cum_weights=cumulative,
                                  k=min(BATCH, orders - start)))
    return owners


def _placed_at(index: int, total: int, now, order_days: int):
    """Orders are placed evenly over the `order_days` before `now`, oldest first."""
    return now - timedelta(seconds=order_days * 86400 * (total - index) / max(total, 1))


def _seed_customers(rng, customers, rep_rows, owners, now, order_days, progress):
    """Customers round-robin over the reps, stage and conversion time agreeing with their
    orders; returns their ids and rep ids in creation order."""
    counts = array("i", bytes(4 * customers))
    first = array("i", [-1]) * customers
    for index, owner in enumerate(owners):
        counts[owner] += 1
        if first[owner] < 0:
            first[owner] = index
    written = 0
    while written < customers:
        rows = []
        for k in range(written, min(written + BATCH, customers)):
            rep_id = rep_rows[k % len(rep_rows)][0]
            bought = counts[k]
            seen = now - timedelta(seconds=rng.randrange(order_days * 86400))
            converted = _placed_at(first[k], len(owners), now, order_days) if bought else None
            if converted is not None and converted < seen:
                seen = converted
            stage = ("super" if bought >= SUPER_ORDERS else "repeat" if bought >= 2
                     else "deal" if bought else rng.choice(LEAD_STAGES))
            rows.append({
                "rep_id": rep_id, "status": "customer" if bought or k % 3 else "visitor",
                "name": f"客户{k + 1:06d}", "phone": f"13{k + 1:09d}",
                "nickname": f"微信用户{k + 1}", "avatar_url": None,
                "gender": rng.choice(("male", "female")), "region": rng.choice(REGIONS),
                "birthday": date(1955, 1, 1) + timedelta(days=rng.randrange(50 * 365)),
                "source": rng.choice(SOURCES), "notes": "",
                "follow_state": "won" if bought else rng.choice(FOLLOW_STATES[:2]),
                "last_contact_at": seen + timedelta(days=rng.randrange(30)),
                "stage": stage, "stage_changed_at": converted or seen,
                "first_visit_at": seen, "last_visit_at": seen + timedelta(days=rng.randrange(60)),
                "visit_count": 1 + bought + rng.randrange(10), "converted_at": converted,
                "created_at": seen, "updated_at": now})
        _write(Customer, rows)
        written += len(rows)
        progress(f"customers: {written}/{customers}")
    ids, reps = array("q"), array("q")
    for customer_id, rep_id in db.session.execute(
            select(Customer.id, Customer.rep_id).order_by(Customer.id)):
        ids.append(customer_id)
        reps.append(rep_id)
    return ids, reps


def _seed_orders(rng, owners, customer_ids, customer_reps, now, order_days, progress):
    """The paid orders of `owners`, oldest first, and one unpaid order every UNPAID_EVERY."""
    total = len(owners)
    zone = company_zone()
    serial = count(1)
    unpaid = 0
    for start in range(0, total, BATCH):
        rows = []
        for index in range(start, min(start + BATCH, total)):
            placed = _placed_at(index, total, now, order_days)
            amount = max(100, round(rng.lognormvariate(9.9, 0.9)))  # median about 200 yuan
            status = "paid" if now - placed < timedelta(days=10) or rng.random() < 0.2 \
                else "completed"
            rows.append(_order_row(next(serial), owners[index], customer_ids, customer_reps,
                                   placed, now, zone, status, amount))
            if index % UNPAID_EVERY == UNPAID_EVERY - 1:
                rows.append(_order_row(next(serial), rng.randrange(len(customer_ids)),
                                       customer_ids, customer_reps, placed, now, zone,
                                       rng.choice(UNPAID_STATUSES), amount))
                unpaid += 1
        _write(Order, rows)
        progress(f"orders: {min(start + BATCH, total)}/{total} paid, {unpaid} unpaid")
    return total, unpaid


def _order_row(serial, k, customer_ids, customer_reps, placed, now, zone, status,
               amount) -> dict:
    """One single-item order row of customer number `k`, paid a few minutes after placing
    unless pending or cancelled; refunded orders keep their paid amount, as the shop does.
    No step is dated after `now` (an order placed a minute ago was paid at most now)."""
    was_paid = status in ("paid", "completed", "refunded")
    paid_at = min(placed + timedelta(minutes=3), now) if was_paid else None
    closed_at = min(placed + timedelta(days=1), now)
    return {
        "number": local_day(placed, zone).strftime("%Y%m%d") + f"{serial:010d}",
        "rep_id": customer_reps[k], "customer_id": customer_ids[k], "share_id": None,
        "referrer_id": None, "status": status, "subtotal_amount": amount, "total_amount": amount,
        "paid_amount": amount if was_paid else 0, "item_count": 1,
        "contact_name": f"客户{k + 1:06d}", "contact_phone": f"13{k + 1:09d}",
        "fulfilment": "delivery", "address": "", "remark": "", "payment_method": "offline",
        "payment_ref": None, "placed_at": placed, "hold_until": placed + timedelta(days=1),
        "paid_at": paid_at,
        "completed_at": placed + timedelta(days=7) if status == "completed" else None,
        "closed_at": closed_at if status in ("cancelled", "refunded") else None,
        "created_at": placed, "updated_at": placed}


def _seed_events(rng, events, rep_rows, customer_ids, customer_reps, now, days, progress):
    """`events` events over the last `days` and the counters they make, day by day.

    The orders placed, paid, completed, cancelled or refunded in the window bring the events
    the shop records for them (so paid orders bring their revenue); the rest are random verbs,
    each on a customer and their rep (or only a rep for logins and shares), at evenly spread
    times. Both streams are merged in time order, so a day's counters are complete when the
    next day begins and only one day's counters are held at a time. Returns the local days
    touched.
    """
    zone = company_zone()
    unit_of = dict(rep_rows)
    start = now - timedelta(days=days)
    orders = _window_orders(start)
    plain = max(0, events - orders.event_count)
    stream = heapq.merge(_order_events(orders, start),
                         _random_events(rng, plain, rep_rows, customer_ids, customer_reps,
                                        start, now),
                         key=itemgetter(0))
    day, day_ends = None, None
    counters, visited, rows, written, touched = defaultdict(int), {}, [], 0, []

    def close_day():
        _write_day(day, counters, visited, unit_of)
        counters.clear()
        visited.clear()

    for at, verb, rep_id, customer_id, order_id, attrs in stream:
        if day_ends is None or at >= day_ends:
            if day is not None:
                close_day()
            day = local_day(at, zone)
            day_ends = day_bounds(day, zone)[1]
            touched.append(day)
        if verb == "visit" and customer_id is not None:
            attrs = {"first_today": customer_id not in visited}
            visited[customer_id] = rep_id
        row = _EventRow(occurred_at=at, day=day, verb=verb,
                        actor_id=None if verb in CUSTOMER_VERBS else rep_id, rep_id=rep_id,
                        org_unit_id=unit_of[rep_id], customer_id=customer_id,
                        object_type="order" if order_id else None, object_id=order_id,
                        attrs=attrs)
        for metric, value in metrics_of(row).items():
            counters[(rep_id, metric)] += value
        rows.append(row)
        if len(rows) == BATCH:
            written += _write_events(rows, written, orders.event_count + plain, progress)
    if rows:
        written += _write_events(rows, written, orders.event_count + plain, progress)
    if day is not None:
        close_day()
    return touched


class _EventRow(dict):
    """An event's row as inserted, read by the metric functions as the event itself
    (attributes), so its counters are computed without building an ORM object per event."""

    __getattr__ = dict.__getitem__


@dataclass
class _WindowOrders:
    """The orders with an event in the window, oldest first, as one array per column."""

    ids: array = field(default_factory=lambda: array("q"))
    reps: array = field(default_factory=lambda: array("q"))
    customers: array = field(default_factory=lambda: array("q"))
    statuses: array = field(default_factory=lambda: array("b"))
    totals: array = field(default_factory=lambda: array("q"))
    paid: array = field(default_factory=lambda: array("q"))
    times: dict = field(default_factory=lambda: {c: array("q") for c in ORDER_TIMES})
    event_count: int = 0


ORDER_TIMES = ("placed_at", "paid_at", "completed_at", "closed_at")
# The order statuses, and the events an order in each has had after "order" (placed).
ORDER_STATUSES = ("pending", "paid", "completed", "cancelled", "refunded")
ORDER_STEPS = {"pending": (), "paid": ("paid",), "completed": ("paid", "completed"),
               "cancelled": ("cancelled",), "refunded": ("paid", "refunded")}
STEP_TIME = {"paid": "paid_at", "completed": "completed_at", "cancelled": "closed_at",
             "refunded": "closed_at"}
STEP_FROM = {"paid": "pending", "completed": "paid", "cancelled": "pending", "refunded": "paid"}
CUSTOMER_VERBS = {"visit", "order"}  # done by the customer: no actor
LONGEST_ORDER = timedelta(days=8)  # placed to last event (completed after 7 days)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def _micros(moment: datetime | None) -> int:
    """A moment as whole microseconds since the epoch (exact, unlike a float timestamp)."""
    return (moment - EPOCH) // MICROSECOND if moment else 0


def _window_orders(start) -> _WindowOrders:
    """Every order placed since LONGEST_ORDER before the window (its later events may fall
    in it), in placing order; counts the events of theirs that fall in the window."""
    orders = _WindowOrders()
    since = _micros(start)
    query = (select(Order.id, Order.rep_id, Order.customer_id, Order.status, Order.total_amount,
                    Order.paid_amount, *(getattr(Order, c) for c in ORDER_TIMES))
             .where(Order.placed_at >= start - LONGEST_ORDER)
             .order_by(Order.placed_at, Order.id).execution_options(yield_per=BATCH))
    for order_id, rep_id, customer_id, status, total, paid, *times in db.session.execute(query):
        orders.ids.append(order_id)
        orders.reps.append(rep_id)
        orders.customers.append(customer_id)
        orders.statuses.append(ORDER_STATUSES.index(status))
        orders.totals.append(total)
        orders.paid.append(paid)
        for column, moment in zip(ORDER_TIMES, times, strict=True):
            orders.times[column].append(_micros(moment))
        steps = ["placed_at"] + [STEP_TIME[step] for step in ORDER_STEPS[status]]
        orders.event_count += sum(orders.times[c][-1] >= since for c in steps)
    return orders


def _order_events(orders: _WindowOrders, start):
    """The window's order events in time order, as the shop records them: "order" when
    placed (by the customer), then one event per transition with the shop's attrs.

    Orders come in placing order and no event precedes its order's placing, so an event
    earlier than the order being read is final: a heap holds only the pending later ones.
    """
    since, pending, serial = _micros(start), [], count()
    for i in range(len(orders.ids)):
        placed = orders.times["placed_at"][i]
        while pending and pending[0][0] <= placed:
            yield _order_event(orders, *heapq.heappop(pending))
        status = ORDER_STATUSES[orders.statuses[i]]
        heapq.heappush(pending, (placed, next(serial), i, "order"))
        for step in ORDER_STEPS[status]:
            heapq.heappush(pending, (orders.times[STEP_TIME[step]][i], next(serial), i, step))
        while pending and pending[0][0] < since:
            heapq.heappop(pending)  # before the window (this order's own events included)
    while pending:
        yield _order_event(orders, *heapq.heappop(pending))


def _order_event(orders: _WindowOrders, at: int, _serial, i: int, step: str) -> tuple:
    """(at, verb, rep, customer, order id, attrs) of one order event, with the attrs of
    app.shop.services.orders: the amount (paid amount once paid), the paid amount, the
    status moved from."""
    total, paid = orders.totals[i], orders.paid[i]
    if step == "order":
        attrs = {"amount": total}
    else:
        attrs = {"amount": paid if step == "paid" else total,
                 "paid_amount": 0 if step == "cancelled" else paid, "from": STEP_FROM[step]}
    return (EPOCH + at * MICROSECOND, "order" if step == "order" else f"order_{step}",
            orders.reps[i], orders.customers[i], orders.ids[i], attrs)


def _random_events(rng, size, rep_rows, customer_ids, customer_reps, start, now):
    """`size` events of VERBS spread evenly from `start` to `now`, in time order."""
    span = (now - start).total_seconds()
    for i in range(size):
        verb = rng.choice(VERBS)
        if customer_ids and verb not in REP_ONLY_VERBS:
            k = rng.randrange(len(customer_ids))
            rep_id, customer_id = customer_reps[k], customer_ids[k]
        else:
            rep_id, customer_id = rep_rows[rng.randrange(len(rep_rows))][0], None
        yield (start + timedelta(seconds=span * (i + rng.random()) / size), verb, rep_id,
               customer_id, None, {})


def _write_events(rows: list, written: int, total: int, progress) -> int:
    """Write a batch of event rows (emptying the list); how many were written."""
    size = len(rows)
    _write(ActivityEvent, rows)
    rows.clear()
    progress(f"events: {written + size}/{total}")
    return size


def _write_day(day, counters: dict, visited: dict, unit_of: dict) -> None:
    """A day's counters (each rep's, in the rep's unit) and who visited which rep that day
    (what keeps the live "unique visitors" exact: a seeded visitor coming back today is no
    new one)."""
    rows = [{"day": day, "rep_id": rep_id, "org_unit_id": unit_of[rep_id], "metric": metric,
             "value": value} for (rep_id, metric), value in counters.items() if value]
    visitors = [{"day": day, "rep_id": rep_id, "customer_id": customer_id}
                for customer_id, rep_id in visited.items()]
    for model, batch in ((DailyCounter, rows), (VisitorDay, visitors)):
        for start in range(0, len(batch), BATCH):
            _write(model, batch[start:start + BATCH])


def _seed_insight(rng, rep_rows, now, days, progress) -> dict:
    """The insight page's rollups at size: today's customer snapshot, and product rows for
    `days` days, INSIGHT_PRODUCTS_A_DAY products a rep a day out of a small catalog. Drawn,
    not rebuilt from events: the scale events name no product (a rebuild of a day's product
    rows from them would empty it)."""
    take_snapshot(local_day(now, company_zone()))
    db.session.commit()
    products = [Product(name=f"商品{n:03d}", price=1000 * n, stock=None)
                for n in range(1, INSIGHT_PRODUCTS + 1)]
    db.session.add_all(products)
    db.session.commit()
    price = {product.id: product.price for product in products}
    today = local_day(now, company_zone())
    rows, written = [], 0
    for back in range(days):
        day = today - timedelta(days=back)
        for rep_id, org_unit_id in rep_rows:
            for product_id in rng.sample(sorted(price), INSIGHT_PRODUCTS_A_DAY):
                opens = rng.randrange(1, 30)
                orders = rng.randrange(opens // 4 + 1)
                units = orders + rng.randrange(orders + 1)
                rows.append({"day": day, "rep_id": rep_id, "org_unit_id": org_unit_id,
                             "product_id": product_id, "opens": opens, "orders": orders,
                             "units": units, "revenue": units * price[product_id]})
        if len(rows) >= BATCH or back == days - 1:
            _write(ProductDay, rows)
            written += len(rows)
            rows = []
            progress(f"product rows: {written} ({back + 1}/{days} days)")
    return {"snapshot_day": today.isoformat(), "product_rows": written}


def _write(model, rows: list[dict]) -> None:
    """One batch through the table's Core insert (an executemany, without the ORM's per-row
    bookkeeping), committed."""
    db.session.execute(model.__table__.insert(), rows)
    db.session.commit()
