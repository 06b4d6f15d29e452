"""The checkout seam, with the adjusters of tests/shop/adjusters.py (a group price holding a
seat of a real table, a coupon, a guard that refuses) registered by the `adjusters` fixture.
"""

import pytest
from sqlalchemy import func, select, update

from app.core.errors import Conflict
from app.extensions import db as _db
from app.shop import pricing
from app.shop.models import CommissionEntry, Order, Product
from app.shop.pricing import Discount, Draft, DraftLine
from app.shop.services import commission
from tests.factories import ProductFactory
from tests.shop.adjusters import releases, seat, seats_left
from tests.shop.builders import customer_of, move, order, visitor


def place(client, rep, lines, promotions=None):
    body = {"items": [{"product_id": p.id, "quantity": q} for p, q in lines],
            "contact_name": "顾客", "contact_phone": "13900000000", "fulfilment": "pickup"}
    if promotions is not None:
        body["promotions"] = promotions
    return client.post(f"/api/v1/shops/{rep.shop_code}/orders", json=body)


def placed_with_seat(org, product, **promotions):
    """An order of two of `product` by a new visitor with a group seat (and more promotions)."""
    return order(org.rep_a1, customer_of(org.rep_a1), product, quantity=2,
                 promotions={"group": {"seat": 1}, **promotions})


# --- pricing an order ------------------------------------------------------------------------

def test_the_order_stores_subtotal_each_discount_with_its_source_and_the_total(
        app, org, as_rep, adjusters):
    # given two products, the first at 100.00 with 10% commission
    cup = ProductFactory(price=10000, commission_rate_bps=1000, stock=10)
    tea = ProductFactory(price=5000, commission_rate_bps=500, stock=10)

    # when a visitor orders two cups at the group price with a 10.00 coupon, and one tea
    response = place(visitor(app), org.rep_a1, [(cup, 2), (tea, 1)],
                     {"group": {"seat": 1}, "coupon": {"off": 1000}})

    # then the lines are at catalog prices, the discounts are listed with their sources,
    # and the total is what is left to pay
    assert response.status_code == 201, response.json
    placed = response.json
    assert placed["subtotal_amount"] == 25000
    assert [(d["source"], d["label"], d["amount"], d["product_id"])
            for d in placed["discounts"]] == [("group", "拼团价", 4000, cup.id),
                                              ("coupon", "满减券", 1000, None)]
    assert placed["total_amount"] == 20000
    # each line keeps its share of the total: its own discount, and the coupon in proportion
    assert [(line["amount"], line["net_amount"]) for line in placed["lines"]] == [
        (20000, 15238), (5000, 4762)]
    staff_view = as_rep.get(f"/api/v1/orders/{placed['id']}").json
    assert [d["ref"] for d in staff_view["discounts"]] == ["1", None]
    assert seats_left() == 1


def test_commission_is_earned_on_what_was_paid_for_each_line(app, org, db, adjusters):
    cup = ProductFactory(price=10000, commission_rate_bps=1000, stock=10)
    tea = ProductFactory(price=5000, commission_rate_bps=500, stock=10)
    placed = place(visitor(app), org.rep_a1, [(cup, 2), (tea, 1)],
                   {"group": {"seat": 1}, "coupon": {"off": 1000}}).json
    fresh = db.session.get(Order, placed["id"])

    move(fresh, "pay", "complete", actor=org.rep_a1)

    [earning] = db.session.scalars(select(CommissionEntry)).all()
    assert earning.amount == commission.line_commission(15238, 1000) + \
        commission.line_commission(4762, 500) == 1524 + 238
    assert fresh.paid_amount == 20000


def test_an_adjuster_sees_what_the_ones_before_it_took_off(org, adjusters):
    # given a coupon larger than what the group price leaves to pay
    cup = ProductFactory(price=1000, stock=10)

    placed = placed_with_seat(org, cup, coupon={"off": 5000})

    # then it takes off only what was left: the order costs nothing, never less
    assert [d.amount for d in placed.discounts] == [400, 1600]
    assert (placed.subtotal_amount, placed.total_amount) == (2000, 0)
    assert [line.net_amount for line in placed.lines] == [0]


def test_without_adjusters_an_order_costs_its_lines(org):
    cup = ProductFactory(price=1234, stock=10)

    placed = order(org.rep_a1, customer_of(org.rep_a1), cup, quantity=3)

    assert placed.discounts == []
    assert placed.subtotal_amount == placed.total_amount == 3702
    assert [line.net_amount for line in placed.lines] == [3702]


def test_an_input_for_no_registered_adjuster_is_422(app, org, adjusters):
    cup = ProductFactory(stock=10)

    response = place(visitor(app), org.rep_a1, [(cup, 1)], {"referral": {"code": "x"}})

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"promotions": {"referral": ["不支持的优惠"]}}
    assert _db.session.get(Product, cup.id).stock == 10


@pytest.mark.parametrize("promotions", [{"group": "seat"}, {"": {}}, {"group": [1]},
                                        {f"p{i}": {} for i in range(11)}])
def test_promotions_are_an_object_of_objects_by_name(app, org, promotions):
    response = place(visitor(app), org.rep_a1, [(ProductFactory(), 1)], promotions)

    assert response.status_code == 422
    assert "promotions" in response.json["error"]["fields"]


# --- an adjuster that refuses ----------------------------------------------------------------

def test_an_adjuster_that_raises_aborts_the_order_and_nothing_is_taken(app, org, db, adjusters):
    # given a product with 5 in stock and a seat adjuster registered before a refusing one
    cup = ProductFactory(stock=5)
    phone = visitor(app)

    # when an order takes a seat and the next adjuster refuses it
    response = place(phone, org.rep_a1, [(cup, 2)], {"group": {"seat": 1},
                                                     "guard": {"refuse": True}})

    # then the refusal is the answer, and neither stock nor seat nor order was taken
    assert response.status_code == 409
    assert response.json["error"] == {"code": "promotion_gone", "message": "优惠已失效",
                                      "fields": {}}
    assert db.session.get(Product, cup.id).stock == 5
    assert seats_left() == 2
    assert db.session.scalar(select(func.count()).select_from(Order)) == 0


def test_a_reservation_that_fails_refuses_the_order(app, org, db, adjusters):
    cup = ProductFactory(stock=5)
    db.session.execute(update(seat).values(seats_left=0))
    db.session.commit()

    response = place(visitor(app), org.rep_a1, [(cup, 1)], {"group": {"seat": 1}})

    assert response.status_code == 409 and response.json["error"]["code"] == "no_seat"
    assert db.session.get(Product, cup.id).stock == 5


def test_an_adjusters_bug_is_a_500_and_nothing_is_taken(app, org, db, adjusters, monkeypatch):
    # given an adjuster that takes off more than the order costs
    class Greedy:
        def adjust(self, draft, inputs):
            return [Discount(draft.total + 1, "多减了")]

        def release(self, order, discounts):
            pass

    pricing.register_adjuster("greedy", Greedy())
    cup = ProductFactory(stock=5)

    response = place(visitor(app), org.rep_a1, [(cup, 1)], {"group": {"seat": 1}})

    assert response.status_code == 500
    assert response.json["error"]["code"] == "internal_error"
    assert db.session.get(Product, cup.id).stock == 5 and seats_left() == 2


# --- giving back, exactly once ---------------------------------------------------------------

@pytest.mark.parametrize("path", [("cancel",), ("pay", "refund"), ("pay", "complete", "refund"),
                                  ("expire",)])
def test_a_reservation_is_released_once_when_the_order_closes(org, db, adjusters, path):
    # given an order that took a seat
    placed = placed_with_seat(org, ProductFactory(stock=5))
    assert seats_left() == 1

    # when it is cancelled, refunded or expired
    actor = "system" if path == ("expire",) else org.rep_a1
    move(placed, *path, actor=actor)

    # then the seat is given back, once
    assert seats_left() == 2
    assert releases() == [placed.id]


def test_a_second_close_of_the_same_order_releases_nothing(org, db, adjusters):
    placed = placed_with_seat(org, ProductFactory(stock=5))
    move(placed, "cancel", actor=org.rep_a1)

    for action in ("cancel", "expire", "refund"):
        with pytest.raises(Conflict):
            move(placed, action, actor=org.rep_a1)
        db.session.rollback()

    assert seats_left() == 2 and releases() == [placed.id]


def test_paying_and_completing_release_nothing(org, db, adjusters):
    placed = placed_with_seat(org, ProductFactory(stock=5))

    move(placed, "pay", "complete", actor=org.rep_a1)

    assert seats_left() == 1 and releases() == []


# --- the order's shares of a discount --------------------------------------------------------

def test_an_order_discount_is_shared_by_amount_and_adds_up_to_the_fen():
    # given three lines of 1.00 each and 1.00 off the order
    lines = [DraftLine(ProductFactory.build(id=i), 1, 100) for i in (1, 2, 3)]
    draft = Draft(1, None, None, lines, [("coupon", Discount(100, "券"))])

    # then each line takes a third, the odd fen going to the first
    assert pricing.net_amounts(draft) == [66, 67, 67]
    assert sum(pricing.net_amounts(draft)) == draft.total == 200
