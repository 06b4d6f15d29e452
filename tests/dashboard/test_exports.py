"""The per-rep table's export: the table's own rows, order and filters, scoped as it is; past
its sync size it runs in the jobs process with its progress."""

from dataclasses import replace

import pytest

from app.core import exports
from app.dashboard import exports as rep_table_exports
from app.jobs import runner
from app.jobs.registry import get_job
from tests.dashboard.test_boss_view import work
from tests.exports import column, export, private_storage, table_of  # noqa: F401
from tests.shop.builders import today

pytestmark = pytest.mark.usefixtures("private_storage")


@pytest.fixture
def shared(org, db):
    work(org.rep_a1, today(), shares=3, visits=1, paid=1)
    work(org.rep_a2, today(), shares=1, visits=0)
    work(org.rep_b1, today(), shares=2, visits=0)
    db.session.commit()
    return org


def test_a_boss_exports_the_rep_table_as_the_page_sorts_it(app, shared):
    boss = app.test_client().sign_in_as(shared.boss_a)

    table = table_of(export(boss, "rep_table", {"period": "today", "sort": "share"}, fmt="xlsx"))
    page = boss.get("/api/v1/dashboard/reps", query_string={"period": "today",
                                                            "sort": "share"}).json

    assert column(table, "员工") == [row["rep"]["name"] for row in page["items"]]
    assert column(table, "分享") == [str(row["values"].get("share", 0)) for row in page["items"]]
    assert column(table, "名次") == [str(row["rank"]) for row in page["items"]]
    assert shared.rep_b1.name not in column(table, "员工")  # another branch
    revenue = column(table, "成交额（元）")
    assert float(revenue[0]) == page["items"][0]["values"]["revenue"] / 100 > 0
    assert column(table, "今日未活跃") == ["", "", "是"]  # rep_a1b did nothing


def test_a_rep_cannot_export_the_rep_table(as_rep, shared):
    assert export(as_rep, "rep_table", {"period": "today"}).status_code == 403


def test_a_long_rep_table_runs_in_the_background_with_progress(app, shared, monkeypatch):
    hq = app.test_client().sign_in_as(shared.admin)
    registered = exports._exports["rep_table"]
    assert registered.sync_max_rows == rep_table_exports.SYNC_MAX_ROWS
    monkeypatch.setitem(exports._exports, "rep_table", replace(registered, sync_max_rows=2))
    monkeypatch.setitem(app.config, "EXPORT_PROGRESS_ROWS", 2)

    created = export(hq, "rep_table", {"period": "month", "sort": "name", "order": "asc"})
    assert created.status_code == 202
    assert created.json["rows_total"] == 4

    assert runner.run_job(app, get_job("exports_run")) == "ran"
    status = hq.get(f"/api/v1/exports/{created.json['id']}").json
    assert (status["status"], status["rows_done"]) == ("done", 4)
    names = column(table_of(hq.get(status["download_url"])), "员工")
    assert names == sorted(names) and len(names) == 4
