"""离职继承 in one step: a leaving rep is disabled and all their customers, with their history
and open follow-ups, go to an heir by the handover's rules, in one transaction."""

import pytest
from sqlalchemy import select

from app.clients import services
from app.clients.models import FollowUp, Handover
from app.extensions import db
from tests.clients.builders import customer
from tests.factories import RepFactory


def offboard(client, user, **body):
    return client.post(f"/api/v1/users/{user.id}/offboarding", json=body)


@pytest.fixture
def book(org):
    """Rep A1's two customers, one with an open follow-up and one with a done one."""
    first, second = customer(org.rep_a1, name="王女士"), customer(org.rep_a1)
    open_ = services.log_follow_up(org.rep_a1, first, kind="call", content="回访",
                                   due_at=None, next_action="再约")
    done = services.log_follow_up(org.rep_a1, second, kind="visit", content="上门")
    services.complete_follow_up(org.rep_a1, done)
    db.session.commit()
    return [first, second], open_


def test_the_page_is_told_how_many_customers_and_follow_ups_move(as_boss, org, book):
    response = as_boss.get(f"/api/v1/users/{org.rep_a1.id}/offboarding")

    assert response.status_code == 200
    assert response.json == {"customers": 2, "open_follow_ups": 1}


def test_a_leaving_rep_is_disabled_and_their_customers_go_to_the_heir(app, as_boss, org, book):
    # given rep A1 signed in on a phone
    customers, open_follow_up = book
    phone = app.test_client().sign_in_as(org.rep_a1)

    # when boss A offboards them to rep A2
    response = offboard(as_boss, org.rep_a1, to_rep_id=org.rep_a2.id, reason="离职")

    # then A1 is disabled and signed out everywhere
    assert response.status_code == 200, response.json
    assert response.json["user"]["active"] is False
    assert phone.get("/api/v1/me").status_code == 401
    # and every customer, with the open follow-up, is A2's, by one handover
    assert response.json["handover"]["count"] == 2
    db.session.expire_all()
    assert {c.rep_id for c in customers} == {org.rep_a2.id}
    assert db.session.get(FollowUp, open_follow_up.id).rep_id == org.rep_a2.id
    heir = app.test_client().sign_in_as(org.rep_a2)
    assert heir.get(f"/api/v1/customers/{customers[0].id}/follow-ups").json["total"] == 1


def test_a_user_without_customers_needs_no_heir(as_hq, org):
    response = offboard(as_hq, org.rep_b1)

    assert response.status_code == 200
    assert response.json["user"]["active"] is False and response.json["handover"] is None


def test_customers_need_an_heir_and_nothing_changes_without_one(as_hq, org, book):
    response = offboard(as_hq, org.rep_a1)

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"to_rep_id": ["请选择接手客户的员工"]}
    db.session.expire_all()
    assert org.rep_a1.active is True


def test_a_failure_midway_disables_nobody_and_moves_nothing(app, as_hq, org, book):
    # given a phone of rep A1 and an heir who has left too (the handover refuses them only
    # after the rep was disabled)
    customers, _ = book
    phone = app.test_client().sign_in_as(org.rep_a1)
    gone = RepFactory(org_unit=org.team_a1, active=False)

    response = offboard(as_hq, org.rep_a1, to_rep_id=gone.id)

    # then nothing of the offboarding happened: still active, signed in, with the customers
    assert response.status_code == 422
    assert "to_rep_id" in response.json["error"]["fields"]
    db.session.expire_all()
    assert org.rep_a1.active is True
    assert {c.rep_id for c in customers} == {org.rep_a1.id}
    assert phone.get("/api/v1/me").status_code == 200
    assert db.session.scalars(select(Handover)).all() == []


def test_a_crash_after_the_handover_rolls_the_whole_back(app, as_hq, org, book, monkeypatch):
    # given the last step of the handover (telling the reps) failing
    customers, _ = book

    def broken(*args, **kwargs):
        raise RuntimeError("push down")

    monkeypatch.setattr(services, "notify", broken)

    response = offboard(as_hq, org.rep_a1, to_rep_id=org.rep_a2.id)

    assert response.status_code == 500
    db.session.expire_all()
    assert org.rep_a1.active is True
    assert {c.rep_id for c in customers} == {org.rep_a1.id}


def test_a_boss_offboards_within_their_subtree_and_where_allowed(as_boss, as_hq, org, book):
    # an heir or a leaver outside branch A is not found; a boss is nobody a boss offboards
    assert offboard(as_boss, org.rep_a1, to_rep_id=org.rep_b1.id).status_code == 404
    assert offboard(as_boss, org.rep_b1, to_rep_id=org.rep_a2.id).status_code == 404
    assert offboard(as_boss, org.boss_a1).status_code == 403
    # nor anyone where the company keeps people to HQ
    as_hq.patch("/api/v1/company", json={"boss_manages_people": False})
    assert offboard(as_boss, org.rep_a1, to_rep_id=org.rep_a2.id).status_code == 403
    assert as_boss.get(f"/api/v1/users/{org.rep_a1.id}/offboarding").status_code == 403
    db.session.expire_all()
    assert org.rep_a1.active is True


def test_hq_cannot_offboard_themselves(as_hq, org):
    response = offboard(as_hq, org.admin)

    assert response.status_code == 422 and "active" in response.json["error"]["fields"]
