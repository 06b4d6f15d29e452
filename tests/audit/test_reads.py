"""Reading the audit for a rep or a customer is logged, one row per request with its filters;
the plain list of the reader's own scope is not."""

import pytest
from sqlalchemy import func, select

from app.audit.models import AuditRead
from tests.audit.builders import every_kind
from tests.clients.builders import vocabulary

URL = "/api/v1/audit/interactions"


@pytest.fixture
def made(org):
    tag = vocabulary(org.admin, {"意向度": ["意向"]})["意向"]
    return every_kind(org.rep_a1, tag)


def reads(db) -> list[AuditRead]:
    return list(db.session.scalars(select(AuditRead).order_by(AuditRead.id)))


def test_a_boss_reading_a_reps_customer_is_logged(as_boss, org, made, db):
    # when the branch boss reads one customer's orders of a day
    response = as_boss.get(URL, query_string={"customer_id": made.customer.id, "kind": "order",
                                              "start": "2026-01-01", "end": "2026-12-31"})

    # then one row says who read what, when and from where
    assert response.status_code == 200, response.json
    [read] = reads(db)
    assert (read.reader_id, read.org_unit_id) == (org.boss_a.id, org.branch_a.id)
    assert (read.customer_id, read.rep_id, read.kind) == (made.customer.id, None, "order")
    assert (read.start.isoformat(), read.end.isoformat()) == ("2026-01-01", "2026-12-31")
    assert read.address == "127.0.0.1"
    assert read.at is not None


def test_a_read_by_rep_is_logged_once_per_request(as_boss, org, made, db):
    first = as_boss.get(URL, query_string={"rep_id": org.rep_a1.id, "per_page": 5})
    as_boss.get(URL, query_string={"rep_id": org.rep_a1.id, "per_page": 5,
                                   "before": first.json["next"]})

    assert [(r.rep_id, r.customer_id) for r in reads(db)] == [(org.rep_a1.id, None)] * 2


@pytest.mark.parametrize("query", [{}, {"kind": "follow_up"}, {"start": "2026-01-01"},
                                   {"rep_id": "self"}])
def test_the_plain_list_of_the_own_scope_is_not_logged(as_boss, org, made, db, query):
    if query.get("rep_id") == "self":
        query = {"rep_id": org.boss_a.id}

    response = as_boss.get(URL, query_string=query)

    assert response.status_code == 200, response.json
    assert reads(db) == []


def test_a_refused_request_logs_nothing(as_boss, org, made, db):
    response = as_boss.get(URL, query_string={"customer_id": made.customer.id, "kind": "x"})

    assert response.status_code == 422
    assert db.session.scalar(select(func.count()).select_from(AuditRead)) == 0


def test_hq_lists_who_read_what(as_hq, as_boss, org, made):
    # given the boss read a customer, then a rep, and HQ an unknown customer
    as_boss.get(URL, query_string={"customer_id": made.customer.id})
    as_boss.get(URL, query_string={"rep_id": org.rep_a1.id, "kind": "stage"})
    as_hq.get(URL, query_string={"customer_id": 999999})

    # when HQ lists the reads
    response = as_hq.get("/api/v1/audit/reads")

    # then each is there, newest first, with the names of who and what
    assert response.status_code == 200, response.json
    assert response.json["total"] == 3
    newest, by_rep, by_customer = response.json["items"]
    assert newest["reader"]["id"] == org.admin.id
    assert newest["customer"] == {"id": 999999, "name": "已合并或不存在的客户"}
    assert by_rep["reader"] == {"id": org.boss_a.id, "name": org.boss_a.name}
    assert by_rep["rep"] == {"id": org.rep_a1.id, "name": org.rep_a1.name}
    assert (by_rep["kind"], by_rep["customer"]) == ("stage", None)
    assert by_customer["customer"] == {"id": made.customer.id, "name": "王女士"}
    assert by_customer["address"] == "127.0.0.1"


def test_the_reads_list_filters_by_reader_rep_and_customer(as_hq, as_boss, org, made):
    as_boss.get(URL, query_string={"customer_id": made.customer.id})
    as_hq.get(URL, query_string={"rep_id": org.rep_a1.id})

    def total(**query):
        return as_hq.get("/api/v1/audit/reads", query_string=query).json["total"]

    assert total(reader_id=org.boss_a.id) == 1
    assert total(rep_id=org.rep_a1.id) == 1
    assert total(customer_id=made.customer.id) == 1
    assert total(customer_id=1234) == 0
