"""Auto-tag rules: each kind at its edges, applied on new events and nightly, a manual tag
never touched, every change logged as the rule's, and HQ's API with its refusals."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.clients import rules
from app.clients.models import AutoTagRule, CustomerTag, CustomerTagChange, TagDismissal
from app.core.db import utcnow
from app.core.events import record_event
from app.customers.models import Customer
from app.extensions import db
from app.jobs.registry import get_job
from app.jobs.runner import run_job
from app.shop.models import Order
from tests.clients.builders import customer, tagged, vocabulary
from tests.factories import CategoryFactory, ProductFactory
from tests.shop.builders import move, order, save, visit

NOW = utcnow()
DAY = timedelta(days=1)
SECOND = timedelta(seconds=1)


@pytest.fixture
def tags(org):
    return vocabulary(org.admin, {"行为": ["爱喝茶", "领券达人", "高消费", "沉睡客户"]})


@pytest.fixture
def tea(db):
    category = CategoryFactory(name="茶叶")
    db.session.commit()
    return category


def new_rule(hq, tag, kind: str, **params) -> AutoTagRule:
    made = rules.create_rule(hq, {"name": f"{tag.name}规则", "tag_id": tag.id, "kind": kind,
                                  **params})
    save()
    return made


def carried(customer_) -> dict[str, str]:
    """The tags the customer carries now: name -> source."""
    return {t.tag.name: t.source for t in db.session.scalars(
        select(CustomerTag).where(CustomerTag.customer_id == customer_.id))}


def history(customer_) -> list[tuple]:
    return [(c.tag_name, c.action, c.source, c.actor_id) for c in db.session.scalars(
        select(CustomerTagChange).where(CustomerTagChange.customer_id == customer_.id)
        .order_by(CustomerTagChange.id))]


def viewed(rep, customer_, product, at) -> None:
    """The customer opened the product's page at `at` (as record_visit logs it)."""
    record_event("visit", rep=rep, customer_id=customer_.id, object_type="product",
                 object_id=product.id, at=at)
    save()


def did(verb: str, customer_, at) -> None:
    record_event(verb, customer_id=customer_.id, object_type="customer",
                 object_id=customer_.id, at=at)
    save()


def paid(rep, customer_, amount: int, at):
    """A paid order of `amount` fen, paid at `at`."""
    placed = move(order(rep, customer_, product=ProductFactory(price=amount)), "pay", actor=rep)
    db.session.execute(update(Order).where(Order.id == placed.id).values(paid_at=at))
    save()
    return placed


def last_visit(customer_, at) -> None:
    db.session.execute(update(Customer).where(Customer.id == customer_.id)
                       .values(last_visit_at=at))
    save()


def run(rule, now=NOW) -> dict:
    result = rules.run_rule(db.session.get(AutoTagRule, rule.id), now)
    save()
    return result


# --- each kind at its edges (the nightly run) --------------------------------------------------

@pytest.mark.parametrize(("oldest", "views", "tagged_"), [
    (30 * DAY, 3, True),             # exactly N times, the first exactly D days ago
    (30 * DAY + SECOND, 3, False),   # the first just outside the window: N - 1 in it
    (29 * DAY, 2, False),            # N - 1 times
])
def test_viewed_category_counts_opens_of_the_categorys_products(org, tags, tea, oldest, views,
                                                                tagged_):
    # given a customer who opened tea products `views` times, the first `oldest` ago, and
    # other products more often
    rep, mine = org.rep_a1, customer(org.rep_a1)
    tea_cakes, tea_bricks, coffee = ProductFactory(category=tea), ProductFactory(category=tea), \
        ProductFactory()
    viewed(rep, mine, tea_cakes, NOW - oldest)
    for _ in range(views - 1):
        viewed(rep, mine, tea_bricks, NOW - DAY)
    for _ in range(5):
        viewed(rep, mine, coffee, NOW - DAY)
        record_event("visit", rep=rep, customer_id=mine.id, object_type="shop", at=NOW - DAY)

    # when the rule "tea at least 3 times in 30 days" runs
    rule = new_rule(org.admin, tags["爱喝茶"], "viewed_category", category_id=tea.id,
                    min_count=3, days=30)
    result = run(rule)

    # then the customer carries the tag exactly when the rule matches
    assert carried(mine) == ({"爱喝茶": "rule"} if tagged_ else {})
    assert result == {"added": int(tagged_), "removed": 0, "matched": int(tagged_)}


@pytest.mark.parametrize(("oldest", "times", "tagged_"), [
    (7 * DAY, 2, True), (7 * DAY + SECOND, 2, False), (DAY, 1, False)])
def test_did_counts_the_verb_in_the_window(org, tags, oldest, times, tagged_):
    # given a customer who claimed coupons `times` times, the first `oldest` ago, and joined
    # group-buys (another verb) often
    mine = customer(org.rep_a1)
    did("coupon_claim", mine, NOW - oldest)
    for _ in range(times - 1):
        did("coupon_claim", mine, NOW - SECOND)
    for _ in range(3):
        did("groupbuy_join", mine, NOW - SECOND)

    # when "claimed a coupon at least twice in 7 days" runs
    rule = new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=2, days=7)
    run(rule)

    # then
    assert carried(mine) == ({"领券达人": "rule"} if tagged_ else {})


@pytest.mark.parametrize(("amounts", "paid_ago", "days", "tagged_"), [
    ((30_000, 20_000), 90 * DAY, 90, True),           # exactly A, the first exactly D days ago
    ((30_000, 19_999), 90 * DAY, 90, False),          # a fen short
    ((30_000, 20_000), 90 * DAY + SECOND, 90, False),  # the first just outside the window
    ((30_000, 20_000), 900 * DAY, None, True),        # no window: all time
])
def test_spent_at_least_sums_paid_orders(org, tags, amounts, paid_ago, days, tagged_):
    # given a customer with paid orders, the first `paid_ago` ago, and a refunded order
    rep, mine = org.rep_a1, customer(org.rep_a1)
    paid(rep, mine, amounts[0], NOW - paid_ago)
    paid(rep, mine, amounts[1], NOW - DAY)
    move(paid(rep, mine, 100_000, NOW - DAY), "refund", actor=rep)

    # when "spent at least ¥500 (in 90 days)" runs
    rule = new_rule(org.admin, tags["高消费"], "spent_at_least", min_amount=50_000, days=days)
    run(rule)

    # then
    assert carried(mine) == ({"高消费": "rule"} if tagged_ else {})


@pytest.mark.parametrize(("ago", "tagged_"), [(60 * DAY, True), (60 * DAY - SECOND, False)])
def test_no_visit_for_reads_the_last_visit(org, tags, ago, tagged_):
    mine = customer(org.rep_a1)
    last_visit(mine, NOW - ago)

    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    run(rule)

    assert carried(mine) == ({"沉睡客户": "rule"} if tagged_ else {})


# --- on new events -----------------------------------------------------------------------------

def test_a_third_view_of_the_category_tags_the_customer_at_once(org, tags, tea):
    # given the rule "tea at least 3 times in 30 days"
    rule = new_rule(org.admin, tags["爱喝茶"], "viewed_category", category_id=tea.id,
                    min_count=3, days=30)
    rep, product = org.rep_a1, ProductFactory(category=tea)

    # when a visitor opens a tea product's page twice, then a third time
    first = visit(rep, product=product)
    visit(rep, anon_id=first.customer.anon_id, product=product)
    assert carried(first.customer) == {}
    visit(rep, anon_id=first.customer.anon_id, product=product)

    # then the third view tags them, logged as the rule's doing with no actor
    assert carried(first.customer) == {"爱喝茶": "rule"}
    assert history(first.customer) == [("爱喝茶", "add", "rule", None)]
    assert db.session.get(AutoTagRule, rule.id).last_run_at is None  # no full run yet


def test_a_verb_tags_through_its_did_rule_only(org, tags):
    new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=2, days=30)
    mine = customer(org.rep_a1)

    did("groupbuy_join", mine, utcnow())
    did("coupon_claim", mine, utcnow())
    assert carried(mine) == {}
    did("coupon_claim", mine, utcnow())

    assert carried(mine) == {"领券达人": "rule"}


def test_paying_tags_and_a_refund_below_the_amount_untags(app, as_rep, org, tags):
    # given "spent at least ¥500 in 30 days" and a customer who pays ¥600
    new_rule(org.admin, tags["高消费"], "spent_at_least", min_amount=50_000, days=30)
    rep, mine = org.rep_a1, customer(org.rep_a1)
    big = move(order(rep, mine, product=ProductFactory(price=60_000)), "pay", actor=rep)
    assert carried(mine) == {"高消费": "rule"}

    # when the order is refunded
    move(big, "refund", actor=rep)

    # then the rule takes its tag off, and the customer's tag history (as the rep reads it)
    # says it was the rule both times
    assert carried(mine) == {}
    changes = as_rep.get(f"/api/v1/customers/{mine.id}/tag-changes").json
    assert sorted((c["tag_name"], c["action"], c["source"], c["actor_name"]) for c in changes) \
        == [("高消费", "add", "rule", None), ("高消费", "remove", "rule", None)]


def test_a_visit_takes_the_sleeping_tag_off(org, tags):
    # given a customer the nightly run tagged as asleep (no visit for 60 days)
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    mine = customer(org.rep_a1)
    last_visit(mine, NOW - 61 * DAY)
    run(rule)
    assert carried(mine) == {"沉睡客户": "rule"}

    # when they open the shop again
    visit(org.rep_a1, anon_id=mine.anon_id)

    # then the tag is gone, logged as the rule's
    assert carried(mine) == {}
    assert history(mine) == [("沉睡客户", "add", "rule", None),
                             ("沉睡客户", "remove", "rule", None)]


def test_a_disabled_rule_does_nothing(org, tags):
    rule = new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=1,
                    days=30)
    rules.update_rule(org.admin, rule, {"enabled": False})
    save()
    mine = customer(org.rep_a1)

    did("coupon_claim", mine, utcnow())
    rules.run_all(utcnow())
    save()

    assert carried(mine) == {}


# --- nightly -----------------------------------------------------------------------------------

def test_the_nightly_job_tags_who_matches_and_untags_who_no_longer_does(app, org, tags):
    # given "claimed a coupon in the last 30 days", one customer who claimed 10 days ago and
    # one who claimed 25 days ago, both before the rule existed
    recent, older, never = (customer(org.rep_a1) for _ in range(3))
    did("coupon_claim", recent, utcnow() - 10 * DAY)
    did("coupon_claim", older, utcnow() - 25 * DAY)
    rule = new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=1,
                    days=30)

    # when the nightly job runs
    assert run_job(app, get_job("auto_tags")) == "ran"

    # then both are tagged, and the rule shows its run
    assert [carried(c) for c in (recent, older, never)] == [{"领券达人": "rule"}] * 2 + [{}]
    ran = db.session.get(AutoTagRule, rule.id)
    assert ran.last_matched == 2 and ran.last_run_at is not None

    # when a run 10 days later finds the older claim out of the window
    totals = rules.run_all(utcnow() + 10 * DAY)
    save()

    # then only that customer loses the tag; each change is logged once, as the rule's
    assert totals == {"rules": 1, "added": 0, "removed": 1}
    assert [carried(c) for c in (recent, older)] == [{"领券达人": "rule"}, {}]
    assert history(recent) == [("领券达人", "add", "rule", None)]
    assert history(older) == [("领券达人", "add", "rule", None),
                              ("领券达人", "remove", "rule", None)]


def test_running_twice_changes_and_logs_nothing_more(org, tags):
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    asleep = customer(org.rep_a1)
    last_visit(asleep, NOW - 90 * DAY)

    first, second = run(rule), run(rule)

    assert (first["added"], second["added"], second["removed"]) == (1, 0, 0)
    assert history(asleep) == [("沉睡客户", "add", "rule", None)]


# --- a manual tag is the rep's -----------------------------------------------------------------

def test_a_manual_tag_is_never_dropped_nor_converted(org, tags):
    # given a sleeping customer the rep tagged as asleep by hand, and the rule for that tag
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    mine = tagged(org.rep_a1, customer(org.rep_a1), tags["沉睡客户"])
    last_visit(mine, NOW - 90 * DAY)

    # when the rule runs while they match, they visit (no longer matching), it runs again
    run(rule)
    assert carried(mine) == {"沉睡客户": "manual"}
    visit(org.rep_a1, anon_id=mine.anon_id)
    result = run(rule)

    # then the tag stays the rep's, and the history holds only the rep's add
    assert carried(mine) == {"沉睡客户": "manual"}
    assert result["removed"] == 0
    assert history(mine) == [("沉睡客户", "add", "manual", org.rep_a1.id)]


def test_a_rep_adding_a_rule_tag_makes_it_theirs(as_rep, org, tags):
    # given a sleeping customer the rule tagged
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    mine = customer(org.rep_a1)
    last_visit(mine, NOW - 90 * DAY)
    run(rule)

    # when the rep puts the same tag on by hand
    response = as_rep.post(f"/api/v1/customers/{mine.id}/tags",
                           json={"tag_id": tags["沉睡客户"].id})

    # then it is the rep's: shown so, logged as theirs, and a visit no longer takes it off
    assert response.status_code == 200
    assert [(t["name"], t["source"]) for t in response.json["tags"]] == [("沉睡客户", "manual")]
    visit(org.rep_a1, anon_id=mine.anon_id)
    assert carried(mine) == {"沉睡客户": "manual"}
    assert history(mine) == [("沉睡客户", "add", "rule", None),
                             ("沉睡客户", "add", "manual", org.rep_a1.id)]


def test_a_rule_tag_taken_off_by_hand_stays_off_while_they_match(as_rep, org, tags):
    # given "claimed a coupon in the last 30 days" and a customer it tagged
    rule = new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=1,
                    days=30)
    mine = customer(org.rep_a1)
    did("coupon_claim", mine, NOW)
    assert carried(mine) == {"领券达人": "rule"}

    # when the rep takes it off by hand
    tag_id = tags["领券达人"].id
    assert as_rep.delete(f"/api/v1/customers/{mine.id}/tags/{tag_id}").status_code == 200

    # then neither a new claim nor the nightly run puts it back while they still match
    did("coupon_claim", mine, NOW + SECOND)
    assert run(rule)["added"] == 0
    assert carried(mine) == {}
    assert db.session.scalar(select(TagDismissal.dismissed_by)) == org.rep_a1.id

    # when a run finds them out of the window, the dismissal is forgotten, and a claim
    # 40 days on tags them again
    run(rule, NOW + 40 * DAY)
    assert db.session.scalar(select(TagDismissal.customer_id)) is None
    did("coupon_claim", mine, NOW + 40 * DAY)
    assert carried(mine) == {"领券达人": "rule"}
    assert history(mine) == [("领券达人", "add", "rule", None),
                             ("领券达人", "remove", "manual", org.rep_a1.id),
                             ("领券达人", "add", "rule", None)]


def test_a_rep_adding_back_a_dismissed_tag_clears_the_dismissal(as_rep, org, tags):
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)
    mine = customer(org.rep_a1)
    last_visit(mine, NOW - 90 * DAY)
    run(rule)
    tag_id = tags["沉睡客户"].id
    as_rep.delete(f"/api/v1/customers/{mine.id}/tags/{tag_id}")

    as_rep.post(f"/api/v1/customers/{mine.id}/tags", json={"tag_id": tag_id})

    assert carried(mine) == {"沉睡客户": "manual"}
    assert db.session.scalar(select(TagDismissal.customer_id)) is None


# --- HQ's API ----------------------------------------------------------------------------------

def test_hq_sets_lists_changes_runs_and_deletes_a_rule(as_hq, org, tags, tea):
    # when HQ adds a rule
    created = as_hq.post("/api/v1/tag-rules", json={
        "name": "爱喝茶", "tag_id": tags["爱喝茶"].id, "kind": "viewed_category",
        "category_id": tea.id, "min_count": 3, "days": 30})

    # then it is stored with its parameters, enabled, never run
    assert created.status_code == 201, created.json
    rule = created.json
    assert {k: rule[k] for k in ("kind", "category_id", "category_name", "verb", "min_count",
                                 "days", "min_amount", "enabled", "last_run_at")} == {
        "kind": "viewed_category", "category_id": tea.id, "category_name": "茶叶", "verb": None,
        "min_count": 3, "days": 30, "min_amount": None, "enabled": True, "last_run_at": None}
    assert rule["tag"]["name"] == "爱喝茶"

    # when HQ redefines it as another kind: the old parameters go
    changed = as_hq.patch(f"/api/v1/tag-rules/{rule['id']}",
                          json={"kind": "no_visit_for", "days": 60, "enabled": False})
    assert changed.status_code == 200, changed.json
    assert (changed.json["category_id"], changed.json["min_count"], changed.json["days"],
            changed.json["enabled"]) == (None, None, 60, False)

    # a disabled rule cannot be run; enabled, it runs and says what it did
    assert as_hq.post(f"/api/v1/tag-rules/{rule['id']}/run").status_code == 409
    as_hq.patch(f"/api/v1/tag-rules/{rule['id']}", json={"enabled": True})
    asleep = customer(org.rep_a1)
    last_visit(asleep, utcnow() - 61 * DAY)
    ran = as_hq.post(f"/api/v1/tag-rules/{rule['id']}/run")
    assert ran.status_code == 200 and ran.json == {"added": 1, "removed": 0, "matched": 1}
    [listed] = as_hq.get("/api/v1/tag-rules").json
    assert listed["last_matched"] == 1 and listed["last_run_at"] is not None

    # when HQ deletes it, the tags it applied stay
    assert as_hq.delete(f"/api/v1/tag-rules/{rule['id']}").status_code == 204
    assert as_hq.get("/api/v1/tag-rules").json == []
    assert carried(asleep) == {"爱喝茶": "rule"}


def test_a_tag_a_rule_uses_cannot_be_deleted(as_hq, org, tags):
    rule = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)

    refused = as_hq.delete(f"/api/v1/tags/{tags['沉睡客户'].id}")

    assert refused.status_code == 409
    assert refused.json["error"]["code"] == "tag_in_use_by_rule"
    assert "沉睡客户规则" in refused.json["error"]["message"]
    assert as_hq.delete(f"/api/v1/tag-rules/{rule.id}").status_code == 204
    assert as_hq.delete(f"/api/v1/tags/{tags['沉睡客户'].id}").status_code == 204


def field_errors(response) -> dict:
    assert response.status_code == 422, response.json
    assert response.json["error"]["code"] == "validation_error"
    return response.json["error"]["fields"]


INVALID = {
    "a kind's parameter missing": ({"kind": "viewed_category", "min_count": 3, "days": 30},
                                   {"category_id"}),
    "another kind's parameter": ({"kind": "no_visit_for", "days": 60, "min_count": 2},
                                 {"min_count"}),
    "a verb off the list": ({"kind": "did", "verb": "login", "min_count": 1, "days": 7},
                            {"verb"}),
    "an unknown kind": ({"kind": "birthday"}, {"kind"}),
    "no days at all": ({"kind": "no_visit_for", "days": 0}, {"days"}),
    "a negative amount": ({"kind": "spent_at_least", "min_amount": -1}, {"min_amount"}),
    "an unknown category": ({"kind": "viewed_category", "category_id": 999999, "min_count": 3,
                             "days": 30}, {"category_id"}),
    "an unknown tag": ({"kind": "no_visit_for", "days": 60, "tag_id": 999999}, {"tag_id"}),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_a_rule_that_does_not_hold_together_is_refused(as_hq, tags, case):
    body, fields = INVALID[case]

    response = as_hq.post("/api/v1/tag-rules", json={"name": "规则", "tag_id": tags["爱喝茶"].id,
                                                     **body})

    assert set(field_errors(response)) == fields
    assert as_hq.get("/api/v1/tag-rules").json == []


def test_one_rule_per_tag_and_per_name(as_hq, org, tags):
    first = new_rule(org.admin, tags["沉睡客户"], "no_visit_for", days=60)

    same_tag = as_hq.post("/api/v1/tag-rules", json={
        "name": "另一条", "tag_id": tags["沉睡客户"].id, "kind": "no_visit_for", "days": 90})
    same_name = as_hq.post("/api/v1/tag-rules", json={
        "name": first.name, "tag_id": tags["爱喝茶"].id, "kind": "no_visit_for", "days": 90})

    assert "沉睡客户规则" in field_errors(same_tag)["tag_id"][0]
    assert set(field_errors(same_name)) == {"name"}


def test_a_changed_condition_comes_whole(as_hq, org, tags):
    rule = new_rule(org.admin, tags["领券达人"], "did", verb="coupon_claim", min_count=2,
                    days=30)

    partial = as_hq.patch(f"/api/v1/tag-rules/{rule.id}", json={"min_count": 5})
    whole = as_hq.patch(f"/api/v1/tag-rules/{rule.id}", json={
        "kind": "did", "verb": "groupbuy_join", "min_count": 5, "days": 30})

    assert set(field_errors(partial)) == {"kind"}
    assert whole.status_code == 200 and (whole.json["verb"], whole.json["min_count"]) == (
        "groupbuy_join", 5)
