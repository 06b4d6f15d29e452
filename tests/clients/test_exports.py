"""The customer book's export: the list's rows with its filters, scoped as the list is."""

import pytest

from tests.clients.builders import customer, tagged, vocabulary
from tests.exports import column, export, listed, private_storage, table_of  # noqa: F401

pytestmark = pytest.mark.usefixtures("private_storage")


def test_a_rep_exports_only_their_own_customers(as_rep, org):
    # given the rep's customers and a teammate's
    mine = [customer(org.rep_a1, name=f"我的{i}") for i in range(2)]
    customer(org.rep_a1b, name="队友的")

    # when the rep exports the book
    table = table_of(export(as_rep, "customers", fmt="xlsx"))

    # then it holds their own customers, as their list does, with their name as owner
    assert column(table, "客户编号") == listed(as_rep, "/api/v1/customers", "id")
    assert sorted(column(table, "客户编号")) == sorted(str(c.id) for c in mine)
    assert set(column(table, "所属员工")) == {org.rep_a1.name}


def test_a_boss_exports_their_subtree_with_the_lists_filters(app, org):
    # given tagged customers in the boss's branch, and one in another branch
    tags = vocabulary(org.admin, {"意向": ["高", "低"]})
    high = [tagged(org.rep_a1, customer(org.rep_a1, name="甲"), tags["高"]),
            tagged(org.rep_a2, customer(org.rep_a2, name="乙", stage="need"), tags["高"])]
    tagged(org.rep_a1, customer(org.rep_a1, name="低的"), tags["低"])
    tagged(org.rep_b1, customer(org.rep_b1, name="华南"), tags["高"])
    boss = app.test_client().sign_in_as(org.boss_a)

    # when the boss exports the customers tagged 高
    filters = {"tag_ids": [tags["高"].id]}
    table = table_of(export(boss, "customers", filters))

    # then the file is the list's rows with that filter, none outside the subtree
    assert column(table, "客户编号") == listed(boss, "/api/v1/customers", "id",
                                            tag_ids=tags["高"].id)
    assert sorted(column(table, "姓名")) == sorted(c.name for c in high)
    assert column(table, "标签") == ["高", "高"]
    assert set(column(table, "阶段")) == {"画像", "需求"}


def test_a_tag_that_does_not_exist_is_the_lists_422(as_rep):
    # given / when the export names a tag nobody has
    response = export(as_rep, "customers", {"tag_ids": [999]})

    # then it is refused as the list refuses it
    assert response.status_code == 422
    assert "tag_ids" in response.json["error"]["fields"]
