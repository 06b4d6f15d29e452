"""The rep's inbox: consultations and bookings of my customers in one timeline, newest first,
filtered by kind and by whether they wait for me; and the counts of the home screen badge."""

from datetime import timedelta

import pytest

from app.core.company import company_zone
from app.core.db import day_bounds, utcnow
from tests.clients.builders import customer
from tests.inbox.builders import answered, asked, booked, moved
from tests.shop.builders import batch, today


@pytest.fixture
def mine(org):
    """Rep A1's inbox, oldest first: an answered question, a requested booking, an unanswered
    question, a confirmed booking; and another rep's question."""
    rep = org.rep_a1
    with batch():
        wang = customer(rep, name="王女士", nickname="小王")
        old = answered(rep, asked(rep, wang, "旧问题"))
        requested = booked(rep, wang, note="看新品")
        new = asked(rep, customer(rep, nickname="微信昵称"), "新问题")
        confirmed = moved(booked(rep, kind="appointment"), "confirm", actor=rep)
        asked(org.rep_b1, question="别人的问题")
    return [old, requested, new, confirmed]


def listed(client, **query) -> list[tuple[str, int]]:
    response = client.get("/api/v1/inbox", query_string=query)
    assert response.status_code == 200, response.json
    return [(item["kind"], item["id"]) for item in response.json["items"]]


def entry(item) -> tuple[str, int]:
    return ("consultation" if hasattr(item, "question") else "booking", item.id)


def test_the_inbox_is_newest_first_with_both_kinds(as_rep, mine):
    response = as_rep.get("/api/v1/inbox")

    assert [(i["kind"], i["id"]) for i in response.json["items"]] == \
        [entry(item) for item in reversed(mine)]
    assert response.json["total"] == 4
    first = response.json["items"][-1]
    assert first["customer"]["name"] == "王女士" and first["customer"]["nickname"] == "小王"
    assert first["consultation"]["answer"] and first["booking"] is None
    booking = response.json["items"][-2]
    assert booking["booking"]["note"] == "看新品" and booking["consultation"] is None


@pytest.mark.parametrize(("query", "expected"), [
    ({"kind": "consultation"}, [2, 0]),
    ({"kind": "booking"}, [3, 1]),
    ({"state": "unanswered"}, [2, 1]),
    ({"state": "answered"}, [3, 0]),
    ({"kind": "consultation", "state": "unanswered"}, [2]),
    ({"kind": "booking", "state": "answered"}, [3]),
    ({"state": "all"}, [3, 2, 1, 0]),
])
def test_the_inbox_filters_by_kind_and_state(as_rep, mine, query, expected):
    assert listed(as_rep, **query) == [entry(mine[i]) for i in expected]


def test_the_inbox_pages_over_both_kinds(as_rep, mine):
    pages = [listed(as_rep, per_page=3, page=1), listed(as_rep, per_page=3, page=2)]

    assert pages == [[entry(item) for item in reversed(mine[1:])], [entry(mine[0])]]


def test_the_inbox_of_one_customer(as_rep, mine):
    assert listed(as_rep, customer_id=mine[0].customer_id) == [entry(mine[1]), entry(mine[0])]


@pytest.mark.parametrize("query", [{"kind": "message"}, {"state": "new"}, {"customer_id": 0}])
def test_an_unknown_filter_is_422(as_rep, query):
    assert as_rep.get("/api/v1/inbox", query_string=query).status_code == 422


def test_the_counts_are_what_waits_for_an_answer(as_rep, org, mine):
    # given a booking starting later today and one declined for today
    start, end = day_bounds(today(), company_zone())
    later_today = max(utcnow() + timedelta(minutes=5), start + timedelta(hours=1))
    if later_today < end:
        booked(org.rep_a1, starts_at=later_today)
        moved(booked(org.rep_a1, starts_at=later_today), "decline", actor=org.rep_a1)

    counts = as_rep.get("/api/v1/inbox/counts").json

    # then: one unanswered question, requested bookings, and the open ones of today
    todays = 1 if later_today < end else 0
    assert counts == {"consultations": 1, "bookings": 1 + todays, "bookings_today": todays,
                      "total": 2 + todays}


def test_answering_takes_a_question_off_the_count(as_rep, mine):
    as_rep.post(f"/api/v1/consultations/{mine[2].id}/answer", json={"answer": "好的"})

    assert as_rep.get("/api/v1/inbox/counts").json["consultations"] == 0
    assert listed(as_rep, state="unanswered") == [entry(mine[1])]
