"""Exports: a small one is the answer, a longer one a job the jobs process writes with its
progress; the file is its requester's alone until it expires; two runners never write one
twice; formula text stays text; rows stream through the writer."""

import contextlib
import io
import tempfile
import threading
import tracemalloc
from datetime import timedelta

import pytest
from marshmallow import Schema, fields
from openpyxl import load_workbook
from sqlalchemy import delete, select, update

from app.core import exports
from app.core.db import utcnow
from app.core.models import Company, ExportJob
from app.core.tables import stream_table
from app.extensions import db
from app.jobs import runner
from app.jobs.registry import get_job
from tests.clients.builders import customer
from tests.exports import column, export, listed, private_storage, table_of  # noqa: F401

pytestmark = pytest.mark.usefixtures("private_storage")


class NumbersArgsSchema(Schema):
    n = fields.Integer(load_default=3)


@pytest.fixture
def numbers(monkeypatch):
    """A test export of n rows, made as they are asked for; `calls` counts its runs."""
    state = {"calls": 0, "pause": None}

    def rows(actor, filters):
        state["calls"] += 1
        if state["pause"]:
            state["pause"]()
        for i in range(filters["n"]):
            yield {"i": i, "text": f"第{i}行", "who": actor.username}

    monkeypatch.setattr(exports, "_exports", dict(exports._exports))
    exports.register_export("numbers", "数字", (("i", "序号"), ("text", "文字"), ("who", "谁")),
                            rows, lambda actor, filters: filters["n"], filters=NumbersArgsSchema)
    return state


@pytest.fixture
def small(app, monkeypatch):
    """Exports of more than 2 rows go to the background; progress is saved every 2 rows."""
    monkeypatch.setitem(app.config, "EXPORT_SYNC_MAX_ROWS", 2)
    monkeypatch.setitem(app.config, "EXPORT_PROGRESS_ROWS", 2)


def run_exports(app) -> str:
    return runner.run_job(app, get_job("exports_run"))


# --- small exports: the file at once ---------------------------------------------------------

def test_a_small_export_is_the_file_itself_with_the_lists_filters(as_rep, org):
    # given the rep's customers at two stages, and another rep's
    need = [customer(org.rep_a1, name=f"需求{i}", stage="need") for i in range(2)]
    customer(org.rep_a1, name="画像", stage="profiled")
    customer(org.rep_a1b, name="别人的", stage="need")

    # when the rep exports the customers at stage 需求 as CSV
    response = export(as_rep, "customers", {"stage": "need"})

    # then the answer is the file: the list's rows with its filter, in its order
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "private, no-store"
    ids = column(table_of(response), "客户编号")
    assert ids == listed(as_rep, "/api/v1/customers", "id", stage="need")
    assert sorted(ids) == sorted(str(c.id) for c in need)


def test_filters_are_checked_by_the_lists_own_schema(as_rep, org):
    # given / when: a stage the list does not know, a filter it does not take, no such export
    bad_stage = export(as_rep, "customers", {"stage": "nope"})
    unknown = export(as_rep, "customers", {"page": 2})
    no_such = export(as_rep, "nothing")
    bad_format = as_rep.post("/api/v1/exports", json={"name": "customers", "format": "pdf"})

    # then each is a 422 naming what is wrong
    assert bad_stage.status_code == 422
    assert "stage" in bad_stage.json["error"]["fields"]["filters"]
    assert unknown.status_code == 422
    assert "page" in unknown.json["error"]["fields"]["filters"]
    assert no_such.status_code == 422
    assert "name" in no_such.json["error"]["fields"]
    assert bad_format.status_code == 422


def test_a_role_the_export_leaves_out_is_refused(as_rep):
    # given / when a rep exports the users list (a boss's and HQ's export)
    response = export(as_rep, "users")

    # then it is refused
    assert response.status_code == 403


def test_formula_text_stays_text_in_both_formats(as_rep, org):
    # given a customer whose name a spreadsheet would run as a formula
    customer(org.rep_a1, name="=HYPERLINK(\"x\")")

    # when exported as CSV and as Excel
    as_csv = table_of(export(as_rep, "customers", fmt="csv"))
    as_xlsx = export(as_rep, "customers", fmt="xlsx")

    # then the CSV cell is quoted and the Excel cell is a string, never a formula
    assert column(as_csv, "姓名") == ["'=HYPERLINK(\"x\")"]
    sheet = load_workbook(io.BytesIO(as_xlsx.data)).active
    name = sheet.cell(row=2, column=1)
    assert (name.value, name.data_type) == ("=HYPERLINK(\"x\")", "s")


# --- long exports: a job with progress -------------------------------------------------------

def test_a_long_export_runs_in_the_jobs_process_with_progress(app, as_boss, org, small,
                                                               monkeypatch):
    # given five customers in the boss's subtree and one outside it
    for i in range(3):
        customer(org.rep_a1, name=f"甲{i}")
    for i in range(2):
        customer(org.rep_a2, name=f"乙{i}")
    customer(org.rep_b1, name="华南的")

    # when the boss exports the customers (more than EXPORT_SYNC_MAX_ROWS)
    created = export(as_boss, "customers", fmt="xlsx")

    # then the answer is a queued job counting the rows
    assert created.status_code == 202
    job = created.json
    assert (job["status"], job["rows_total"], job["rows_done"]) == ("queued", 5, 0)
    assert job["download_url"] is None and job["label"] == "客户"
    queued = as_boss.get(f"/api/v1/exports/{job['id']}/file")
    assert (queued.status_code, queued.json["error"]["code"]) == (404, "export_not_ready")

    # when the jobs process runs, another connection reads the progress as it is saved
    seen = []
    save = exports._set

    def watched(job_id, **values):
        save(job_id, **values)
        with db.engine.connect() as other:
            seen.append(other.execute(select(ExportJob.status, ExportJob.rows_done)
                                      .where(ExportJob.id == job_id)).one())
    monkeypatch.setattr(exports, "_set", watched)
    assert run_exports(app) == "ran"

    # then the page saw it running at 2 and 4 rows, then done with all five
    assert [tuple(row) for row in seen] == [("running", 2), ("running", 4), ("done", 5)]
    status = as_boss.get(f"/api/v1/exports/{job['id']}").json
    assert (status["status"], status["rows_done"], status["rows_total"]) == ("done", 5, 5)
    assert status["download_url"] == f"/api/v1/exports/{job['id']}/file"

    # and the file holds the list's rows, nothing outside the subtree
    response = as_boss.get(status["download_url"])
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    names = column(table_of(response), "姓名")
    assert column(table_of(response), "客户编号") == listed(as_boss, "/api/v1/customers", "id")
    assert "华南的" not in names and len(names) == 5

    # and my exports list it
    mine = as_boss.get("/api/v1/exports").json
    assert [item["id"] for item in mine["items"]] == [job["id"]]


def test_only_the_requester_can_see_or_fetch_an_export(app, org, small, as_boss, as_hq,
                                                       numbers):
    # given the boss's finished export
    job = export(as_boss, "numbers", {"n": 3}).json
    run_exports(app)
    other_boss = app.test_client().sign_in_as(org.boss_a1)

    # when another boss, and HQ, ask for it
    for client in (other_boss, as_hq):
        # then it does not exist for them
        assert client.get(f"/api/v1/exports/{job['id']}").status_code == 404
        assert client.get(f"/api/v1/exports/{job['id']}/file").status_code == 404
        assert client.get("/api/v1/exports").json["items"] == []
    assert as_boss.get(f"/api/v1/exports/{job['id']}/file").status_code == 200


def test_an_expired_export_is_gone_and_its_file_pruned(app, org, small, as_boss, numbers,
                                                       private_storage):  # noqa: F811
    # given a finished export past its EXPORT_TTL_HOURS
    job_id = export(as_boss, "numbers", {"n": 3}).json["id"]
    run_exports(app)
    job = db.session.get(ExportJob, job_id)
    assert job.expires_at - job.finished_at == timedelta(hours=24)
    key = job.file_key
    assert (private_storage / key).exists()
    db.session.execute(update(ExportJob).where(ExportJob.id == job_id)
                       .values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()

    # when the requester fetches it, then it is a 404
    response = as_boss.get(f"/api/v1/exports/{job_id}/file")
    assert (response.status_code, response.json["error"]["code"]) == (404, "export_expired")
    assert as_boss.get(f"/api/v1/exports/{job_id}").json["download_url"] is None

    # when the prune job runs, then the file is deleted
    assert runner.run_job(app, get_job("exports_prune")) == "ran"
    assert not (private_storage / key).exists()
    assert db.session.get(ExportJob, job_id).file_key is None


def test_the_file_is_outside_the_public_media(app, org, small, as_boss, numbers, client):
    # given a finished export
    job_id = export(as_boss, "numbers", {"n": 3}, fmt="xlsx").json["id"]
    run_exports(app)
    key = db.session.get(ExportJob, job_id).file_key

    # when anyone asks /media/ for its key, then there is nothing there
    assert client.get(f"/media/{key}").status_code == 404


def test_a_failed_export_keeps_its_error(app, org, small, as_boss, numbers):
    # given an export whose rows fail to come
    def broken():
        raise RuntimeError("database gone")
    numbers["pause"] = broken
    job_id = export(as_boss, "numbers", {"n": 3}).json["id"]

    # when the jobs process runs it
    run_exports(app)

    # then it failed with a message for its requester, and the job run itself did not fail
    job = as_boss.get(f"/api/v1/exports/{job_id}").json
    assert (job["status"], job["error"]) == ("failed", exports.FAILED)
    assert as_boss.get(f"/api/v1/exports/{job_id}/file").status_code == 404


def test_a_disabled_requester_gets_no_file(app, org, small, as_boss, numbers):
    # given an export queued by a boss who is then disabled
    job_id = export(as_boss, "numbers", {"n": 3}).json["id"]
    org.boss_a.active = False
    db.session.commit()

    # when the jobs process runs, then nothing is written
    run_exports(app)
    job = db.session.get(ExportJob, job_id)
    assert (job.status, job.file_key, numbers["calls"]) == ("failed", None, 0)


def test_an_export_left_running_by_a_dead_process_fails(app, org, small, as_boss, numbers):
    # given an export claimed by a process that died a lease's length ago
    job_id = export(as_boss, "numbers", {"n": 3}).json["id"]
    long_ago = utcnow() - timedelta(seconds=app.config["JOBS_LEASE_SECONDS"] + 1)
    db.session.execute(update(ExportJob).where(ExportJob.id == job_id).values(
        status="running", started_at=long_ago, progress_at=long_ago))
    db.session.commit()

    # when the jobs process runs, then it is failed with a message saying so
    run_exports(app)
    job = db.session.get(ExportJob, job_id)
    assert (job.status, job.error) == ("failed", exports.STALLED)


def test_a_user_may_have_only_a_few_exports_waiting(app, org, small, as_boss, numbers,
                                                    monkeypatch):
    # given the boss has EXPORT_MAX_PENDING exports queued
    monkeypatch.setitem(app.config, "EXPORT_MAX_PENDING", 2)
    for _ in range(2):
        assert export(as_boss, "numbers", {"n": 3}).status_code == 202

    # when they ask for one more, then it is refused until one is done
    refused = export(as_boss, "numbers", {"n": 3})
    assert (refused.status_code, refused.json["error"]["code"]) == (409, "too_many_exports")
    run_exports(app)
    assert export(as_boss, "numbers", {"n": 3}).status_code == 202


def test_two_runners_never_write_one_export_twice(app, org, small, as_boss, numbers):
    # given three queued exports
    ids = [export(as_boss, "numbers", {"n": 3}).json["id"] for _ in range(3)]
    # and each export's rows are slow to start, so two runners overlap
    gate = threading.Barrier(2, timeout=2)

    def overlap():
        with contextlib.suppress(threading.BrokenBarrierError):  # the other had none left
            gate.wait()
    numbers["pause"] = overlap

    # when two jobs processes run the exports at once (their own app contexts)
    results = []

    def work():
        with app.app_context():
            results.append(exports.run_queued())
            db.session.remove()
    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # then each export was written once, by one of them
    assert numbers["calls"] == 3
    assert sum(result["done"] for result in results) == 3
    done = db.session.scalars(select(ExportJob.status).where(ExportJob.id.in_(ids))).all()
    assert done == ["done"] * 3


# --- streaming -------------------------------------------------------------------------------

def _peak_memory(fmt: str, rows: int) -> int:
    def table():
        yield ["序号", "名称", "金额"]
        for i in range(rows):
            yield [i, f"客户{i:06d}，一段稍长一些的文字", i * 1.5]
    tracemalloc.start()
    try:
        with tempfile.TemporaryFile() as out:
            stream_table(out, {"表": table()}, fmt)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_rows_stream_through_the_writer(fmt):
    # given / when a table of 1,000 rows and one of 10,000 are written
    # then the larger one needs hardly more memory: rows are not kept
    assert _peak_memory(fmt, 10_000) < 1.5 * _peak_memory(fmt, 1_000)


def test_rows_come_from_the_database_a_batch_at_a_time(org):
    # given five customers
    for i in range(5):
        customer(org.rep_a1, name=f"客户{i}")
    from app.clients.queries import customer_list

    # when the book's query is read in batches of two
    pages = list(exports.batches(customer_list(org.rep_a1, {}), size=2))

    # then the rows come two at a time, and count_of counts them all
    assert [len(page) for page in pages] == [2, 2, 1]
    assert exports.count_of(customer_list(org.rep_a1, {})) == 5


def test_an_export_reading_a_missing_company_row_still_saves_its_progress(app, as_boss, org,
                                                                          small):
    # given a long export of customers, and no company row yet (it is made on first use)
    for i in range(3):
        customer(org.rep_a1, name=f"甲{i}")
    job_id = export(as_boss, "customers").json["id"]
    db.session.execute(delete(Company))
    db.session.commit()

    # when the jobs process writes it (its progress saved beside the session reading rows)
    run_exports(app)

    # then it is done: the reading session held no write lock while progress was saved
    assert db.session.get(ExportJob, job_id).status == "done"
