"""The customer list filtered by org unit and by a product bought: what the insight figures
open."""

from tests.factories import ProductFactory
from tests.shop.builders import customer_of, move, order

CUSTOMERS = "/api/v1/customers"


def ids(response) -> set[int]:
    assert response.status_code == 200, response.json
    return {item["id"] for item in response.json["items"]}


def test_a_unit_narrows_the_list_to_its_reps_customers_within_my_scope(org, as_boss, as_rep):
    # given a customer of each rep
    mine, teammate, other_team, other_branch = (
        customer_of(rep) for rep in (org.rep_a1, org.rep_a1b, org.rep_a2, org.rep_b1))

    # when branch A's boss asks for team A2, team A1 and branch A; and for branch B
    # then each lists its reps' customers, and branch B (outside) is 404
    assert ids(as_boss.get(CUSTOMERS, query_string={"unit_id": org.team_a2.id})) == {
        other_team.id}
    assert ids(as_boss.get(CUSTOMERS, query_string={"unit_id": org.team_a1.id})) == {
        mine.id, teammate.id}
    assert ids(as_boss.get(CUSTOMERS, query_string={"unit_id": org.branch_a.id})) == {
        mine.id, teammate.id, other_team.id}
    assert as_boss.get(CUSTOMERS, query_string={"unit_id": org.branch_b.id}).status_code == 404
    # a rep's own team still lists only their own customers; another team is 404
    assert ids(as_rep.get(CUSTOMERS, query_string={"unit_id": org.team_a1.id})) == {mine.id}
    assert as_rep.get(CUSTOMERS, query_string={"unit_id": org.team_a2.id}).status_code == 404
    assert other_branch.id not in ids(as_boss.get(CUSTOMERS))


def test_a_product_lists_the_customers_who_paid_for_it(org, as_rep):
    # given buyers of tea: paid, completed; and a pending, a refunded and another product's
    rep, tea = org.rep_a1, ProductFactory()
    paid, completed, pending, refunded, other = (customer_of(rep) for _ in range(5))
    move(order(rep, paid, product=tea), "pay", actor=rep)
    move(order(rep, completed, product=tea), "pay", "complete", actor=rep)
    order(rep, pending, product=tea)
    move(order(rep, refunded, product=tea), "pay", "refund", actor=rep)
    move(order(rep, other), "pay", actor=rep)

    # when the list is filtered by tea, then the paying buyers are listed
    assert ids(as_rep.get(CUSTOMERS, query_string={"product_id": tea.id})) == {
        paid.id, completed.id}
