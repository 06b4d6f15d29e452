"""The demo against the product's own rules: every figure and funnel in it is one the product
could have made (its history is played through the services, app.seed.timeline)."""

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import func, select

from app.clients import queries as book
from app.clients import services as clients
from app.clients import timeline
from app.clients.models import STAGES, CustomerRfm, CustomerSnapshot, StageChange
from app.core.company import get_company
from app.core.db import utcnow
from app.core.events import check_counters
from app.core.models import ActivityEvent, DailyCounter
from app.core.storage import MEDIA_URL, check_pdf, get_storage
from app.customers.models import Customer
from app.dashboard.queries import today
from app.extensions import db
from app.marketing.models import Material, MaterialOpen
from app.marketing.services import material_figures
from app.org.models import User
from app.shop.models import CommissionEntry, Order, OrderLine, Product, ProductDay
from app.shop.product_days import check_product_days
from app.strategies import queries as guidance
from app.strategies.services import Facts, matching

PAID = ("paid", "completed")


def test_every_stage_was_reached_by_recorded_moves(demo):
    """The bulk-written demo had 308 of 330 customers past 画像 with no stage change."""
    moves = defaultdict(list)
    for change in db.session.scalars(select(StageChange).order_by(StageChange.at,
                                                                  StageChange.id)):
        moves[change.customer_id].append(change)
    customers = db.session.scalars(select(Customer)).all()

    assert {c.stage for c in customers} >= {"profiled", "reached", "interested", "deal", "super"}
    for customer in customers:
        chain = moves[customer.id]
        if customer.stage == "profiled":
            assert chain == [] and customer.stage_changed_at is None, customer.id
            continue
        assert chain[0].from_stage == "profiled", customer.id
        assert [c.from_stage for c in chain[1:]] == [c.to_stage for c in chain[:-1]]
        assert chain[-1].to_stage == customer.stage
        assert chain[-1].at == customer.stage_changed_at
        assert all(STAGES.index(c.to_stage) > STAGES.index(c.from_stage) for c in chain)


def test_customers_who_spent_past_the_threshold_are_super(demo):
    """Seven demo customers had spent past it and none was 超级."""
    threshold = get_company().stage_super_spend
    spent = db.session.execute(
        select(Order.customer_id, func.sum(Order.paid_amount))
        .where(Order.status.in_(PAID)).group_by(Order.customer_id)).all()
    big = [customer_id for customer_id, total in spent if total >= threshold]

    assert big
    stages = dict(db.session.execute(select(Customer.id, Customer.stage)
                                     .where(Customer.id.in_(big))).all())
    assert set(stages.values()) == {"super"}


def test_nothing_a_customer_did_comes_before_their_first_visit(demo):
    """52 demo customers had visits before their first visit."""
    early = db.session.scalar(
        select(func.count()).select_from(ActivityEvent)
        .join(Customer, Customer.id == ActivityEvent.customer_id)
        .where(ActivityEvent.occurred_at < Customer.first_visit_at))
    early_orders = db.session.scalar(
        select(func.count()).select_from(Order).join(Customer, Customer.id == Order.customer_id)
        .where(Order.placed_at < Customer.first_visit_at))

    assert (early, early_orders) == (0, 0)
    visits = db.session.execute(
        select(Customer.visit_count, func.count(ActivityEvent.id))
        .join(ActivityEvent, (ActivityEvent.customer_id == Customer.id)
              & (ActivityEvent.verb == "visit"))
        .group_by(Customer.id)).all()
    assert all(counted == logged for counted, logged in visits)


def test_the_counters_are_the_events(demo):
    days = db.session.scalars(select(DailyCounter.day).distinct()).all()

    assert len(days) >= 21
    assert [check_counters(day, repair=False)["drift"] for day in days] == [[]] * len(days)


def test_stock_sales_and_commission_follow_from_the_orders(demo):
    sold = dict(db.session.execute(
        select(OrderLine.product_id, func.sum(OrderLine.quantity))
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.status.not_in(("cancelled", "refunded")))
        .group_by(OrderLine.product_id)).all())
    products = db.session.scalars(select(Product)).all()

    assert all(p.sold == sold.get(p.id, 0) for p in products)
    assert all(p.stock is None or p.stock >= 0 for p in products)
    completed = set(db.session.scalars(select(Order.id).where(Order.status == "completed")))
    earned = set(db.session.scalars(select(CommissionEntry.order_id)
                                    .where(CommissionEntry.kind == "earning")))
    assert completed and completed <= earned


def test_unpaid_orders_are_of_the_last_day(demo):
    """An unpaid order holds its stock for a day: older ones would all expire at once."""
    placed = db.session.scalars(select(Order.placed_at).where(Order.status == "pending")).all()

    assert placed
    assert min(placed) > utcnow() - timedelta(days=1)


def test_the_library_has_advice_for_every_stage_and_segment_of_the_demo(demo):
    """A first-deal 重要发展 customer's guidance said 暂无匹配的策略."""
    pairs = set(db.session.execute(
        select(Customer.stage, CustomerRfm.segment)
        .outerjoin(CustomerRfm, CustomerRfm.customer_id == Customer.id)).all())

    assert ("deal", "important_develop") in pairs
    for stage, segment in pairs:
        facts = Facts(segment=segment, stage=stage, tags={}, flags=(), follow_state="to_follow")
        assert matching(facts), (stage, segment)


def test_every_demo_customer_has_a_guidance_page_with_strategies(demo):
    ids = db.session.scalars(select(Customer.id).order_by(Customer.id)).all()
    without = []
    for start in range(0, len(ids), 200):
        customers = db.session.scalars(select(Customer).where(
            Customer.id.in_(ids[start:start + 200]))).all()
        for customer in book.for_book(customers):
            if not guidance.strategies_for(customer):
                without.append(customer.id)

    assert without == []


def test_the_stale_filter_finds_the_customers_nobody_followed_up(demo):
    stale = db.session.scalars(select(Customer).where(clients.stale_clause())).all()

    assert stale
    assert any(c.last_contact_at is None and c.status == "customer" for c in stale)


def test_the_insight_rollups_are_the_demos_book_and_events(demo):
    # the product rows of every day are the rebuild of its events
    days = db.session.scalars(select(ActivityEvent.day).distinct()).all()
    assert all(check_product_days(day, repair=False)["drift"] == [] for day in days)
    assert db.session.scalar(select(func.sum(ProductDay.opens))) > 100
    assert db.session.scalar(select(func.sum(ProductDay.orders))) > 10
    # a snapshot each night, and today's counts the book as it stands
    snapshot_days = db.session.scalars(select(CustomerSnapshot.day).distinct()).all()
    assert len(snapshot_days) >= 20 and max(snapshot_days) == today()
    total = db.session.scalar(select(func.sum(CustomerSnapshot.count)).where(
        CustomerSnapshot.day == today(), CustomerSnapshot.dimension == "total"))
    assert total == db.session.scalar(select(func.count()).select_from(Customer))


def test_the_materials_library_is_shared_read_and_counted(demo):
    """HQ's library has a material of each kind the demo shows; rep01's links were read by
    known customers and new visitors, each stay reported; the figures follow from it."""
    library = {m.kind: m for m in db.session.scalars(select(Material))}
    assert {"card", "intro", "news", "brochure", "poster", "case"} <= set(library)
    brochure = library["brochure"]
    with get_storage().open_file(brochure.file_url.removeprefix(MEDIA_URL)) as stored:
        assert check_pdf(stored, 10**7) == "pdf"  # as the upload's checks let it through
    assert (brochure.file_type, brochure.file_size > 0) == ("application/pdf", True)

    opens = db.session.scalars(select(MaterialOpen)).all()
    rep = db.session.scalar(select(User).filter_by(username="rep01"))
    assert {o.rep_id for o in opens} == {rep.id}
    assert all(o.share_id is not None and o.seconds > 0 for o in opens)
    assert any(o.new_customer for o in opens) and not all(o.new_customer for o in opens)

    admin = db.session.scalar(select(User).filter_by(username="admin"))
    start, end = material_figures.period(None, None)
    totals = material_figures.summary(admin, {}, start, end, 1, 20)["totals"]
    assert totals["opens"] == len(opens) and totals["shares"] >= 3
    assert totals["new_customers"] >= 1 and totals["seconds_average"] > 0
    # the group orders the same customers placed and paid afterwards followed the opens
    assert totals["orders"] >= 1 and totals["revenue"] > 0
    # and the reader's timeline tells it
    items = timeline.page(opens[0].customer_id, limit=100)["items"]
    assert f"阅读素材「{opens[0].material.title}」" in [i["title"] for i in items]


def test_the_demo_reps_did_their_training_through_the_rules(demo):
    """Courses read on the clock, quizzes scored, check-ins reviewed: the points are the
    completions', and rep01 starts with every task to do."""
    from app.training import queries as training
    from app.training.models import CheckIn, QuizAttempt, TaskProgress

    done = db.session.scalars(select(TaskProgress).where(TaskProgress.state == "done")).all()
    assert len(done) >= 10
    passed = db.session.scalars(select(QuizAttempt).where(QuizAttempt.passed)).all()
    assert passed and all(attempt.points == 10 for attempt in passed)
    assert {c.state for c in db.session.scalars(select(CheckIn))} == {
        "approved", "returned", "submitted"}
    points = db.session.scalar(select(func.sum(DailyCounter.value)).where(
        DailyCounter.metric == "training_points"))
    assert points == sum(row.points for row in done)
    rep01 = db.session.scalar(select(User).where(User.username == "rep01"))
    assert training.counts_of(rep01) == {"todo": 4, "overdue": 0, "done": 0}
