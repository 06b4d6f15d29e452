"""The order list's export: the list's rows with its status filter, scoped as the list is."""

import pytest

from tests.exports import column, export, listed, private_storage, table_of  # noqa: F401
from tests.shop.builders import completed_order, customer_of, order

pytestmark = pytest.mark.usefixtures("private_storage")


def test_a_boss_exports_their_subtrees_orders_by_status(app, org):
    # given orders in the boss's branch, paid and pending, and one in another branch
    done = [completed_order(org.rep_a1), completed_order(org.rep_a2)]
    order(org.rep_a1, customer_of(org.rep_a1))
    completed_order(org.rep_b1)
    boss = app.test_client().sign_in_as(org.boss_a)

    # when the boss exports the completed orders
    table = table_of(export(boss, "orders", {"status": "completed"}, fmt="xlsx"))

    # then the file is the list's rows with that filter, none outside the subtree
    assert column(table, "订单号") == listed(boss, "/api/v1/orders", "number",
                                          status="completed")
    assert sorted(column(table, "订单号")) == sorted(o.number for o in done)
    assert set(column(table, "状态")) == {"已完成"}
    first = table[1]
    assert first[table[0].index("应付（元）")] == first[table[0].index("已付（元）")]


def test_a_rep_exports_only_their_own_orders(as_rep, org):
    # given an order of the rep's and one of a teammate's
    mine = order(org.rep_a1, customer_of(org.rep_a1), contact_name="=cmd")
    order(org.rep_a1b, customer_of(org.rep_a1b))

    # when the rep exports their orders
    table = table_of(export(as_rep, "orders"))

    # then only theirs, with the contact's formula-looking name kept as text
    assert column(table, "订单号") == [mine.number]
    assert column(table, "联系人") == ["'=cmd"]
