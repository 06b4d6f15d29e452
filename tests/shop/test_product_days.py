"""Per product per rep per day rows, kept on write, equal a rebuild from the day's events."""

from sqlalchemy import select, update

from app.extensions import db
from app.shop.models import OrderLine, ProductDay
from app.shop.product_days import (
    VALUES,
    check_product_days,
    product_days_from_events,
    rebuild_product_days,
)
from app.shop.services import orders
from tests.factories import ProductFactory
from tests.shop.builders import customer_of, move, save, today, visit


def stored() -> dict[tuple, dict[str, int]]:
    return {(row.day, row.rep_id, row.org_unit_id, row.product_id):
            {name: getattr(row, name) for name in VALUES}
            for row in db.session.scalars(select(ProductDay))}


def cell(opens=0, orders_=0, units=0, revenue=0) -> dict[str, int]:
    return {"opens": opens, "orders": orders_, "units": units, "revenue": revenue}


def basket(rep, customer, *lines):
    """An order of (product, quantity) lines."""
    placed = orders.place_order(rep, customer, items=[{"product_id": p.id, "quantity": q}
                                                      for p, q in lines],
                                contact_name="顾客", contact_phone="13900000000",
                                fulfilment="pickup")
    save()
    return placed


def net(order_, product) -> int:
    return db.session.scalar(select(OrderLine.net_amount).where(
        OrderLine.order_id == order_.id, OrderLine.product_id == product.id))


def test_a_product_page_visit_is_an_open_and_a_shop_visit_is_none(org):
    # given a product
    rep, tea = org.rep_a1, ProductFactory()

    # when its page is opened twice and the shop once
    visit(rep, product=tea)
    visit(rep, product=tea)
    visit(rep)

    # then the product has two opens
    assert stored() == {(today(), rep.id, org.team_a1.id, tea.id): cell(opens=2)}


def test_a_paid_order_counts_each_product_once_with_units_and_what_was_paid(org):
    # given an order of two products, another only placed and a third refunded
    rep, tea, cup = org.rep_a1, ProductFactory(price=5000), ProductFactory(price=1200)
    buyer = customer_of(rep)
    paid = move(basket(rep, buyer, (tea, 2), (cup, 3)), "pay", actor=rep)
    basket(rep, buyer, (tea, 1))  # pending: not a sale
    move(basket(rep, buyer, (cup, 1)), "pay", "refund", actor=rep)

    # then each product counts its paid orders and units, and revenue less the refund
    key = (today(), rep.id, org.team_a1.id)
    assert stored() == {(*key, tea.id): cell(orders_=1, units=2, revenue=net(paid, tea)),
                        (*key, cup.id): cell(orders_=2, units=4, revenue=net(paid, cup))}
    assert net(paid, tea) == 10_000 and net(paid, cup) == 3600


def test_the_work_stays_with_the_unit_it_was_done_in(org):
    # given a rep whose product page was opened, who then moves team
    rep, tea = org.rep_a1, ProductFactory()
    visit(rep, product=tea)
    rep.org_unit_id = org.team_a2.id
    save()

    # when it is opened again
    visit(rep, product=tea)

    # then each team keeps its open
    assert stored() == {(today(), rep.id, org.team_a1.id, tea.id): cell(opens=1),
                        (today(), rep.id, org.team_a2.id, tea.id): cell(opens=1)}


def a_day_of_sales(org):
    tea, cup = ProductFactory(price=5000), ProductFactory(price=1200)
    for rep in (org.rep_a1, org.rep_b1):
        buyer = visit(rep, product=tea).customer
        visit(rep, anon_id=None, product=cup)
        move(basket(rep, buyer, (tea, 1), (cup, 2)), "pay", "complete", actor=rep)
        move(basket(rep, buyer, (cup, 1)), "pay", "refund", actor=rep)
        move(basket(rep, buyer, (tea, 3)), "cancel", actor=rep)
    return tea, cup


def test_the_rows_equal_a_rebuild_from_the_days_events(org):
    # given a day of visits and orders of two reps
    a_day_of_sales(org)

    # when the day is rebuilt from its events
    expected = product_days_from_events(today())
    report = check_product_days(today())

    # then nothing drifted
    assert {(today(), *key): values for key, values in expected.items()} == stored()
    assert report["drift"] == [] and report["cells"] == 4


def test_drift_is_reported_and_repaired(org):
    # given a day of sales and a row knocked off by hand
    tea, _ = a_day_of_sales(org)
    before = stored()
    db.session.execute(update(ProductDay).where(ProductDay.product_id == tea.id,
                                                ProductDay.rep_id == org.rep_a1.id)
                       .values(opens=40))
    db.session.commit()

    # when the day is checked
    report = check_product_days(today())
    db.session.commit()

    # then the one cell is reported and put back
    assert [(d["rep_id"], d["product_id"], d["stored"]["opens"], d["expected"]["opens"])
            for d in report["drift"]] == [(org.rep_a1.id, tea.id, 40, 1)]
    assert stored() == before
    assert rebuild_product_days(today()) == 4
    assert stored() == before
