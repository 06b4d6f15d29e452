"""The daily report (每日战报): at each boss's time, once per boss and day whatever runs it,
none for a day without activity, with the team's day, the top three, the idle reps, overdue
follow-ups and unanswered consultations."""

import threading
from datetime import timedelta

from sqlalchemy import func, select

from app.core.db import clock_at
from app.core.events import record_event
from app.core.models import Notification
from app.extensions import db
from app.inbox import services as inbox
from app.jobs import runner
from app.jobs.registry import get_job
from app.supervision import report
from app.supervision.models import DailyReport
from tests.clients.builders import customer
from tests.factories import RepFactory
from tests.supervision.builders import follow_up, notifications, shanghai

DAY = "2026-11-20"


def at(clock: str):
    return shanghai(f"{DAY}T{clock}")


def run(app, clock: str, day: str = DAY) -> str:
    """The jobs process runs the report job at that time of the day."""
    moment = shanghai(f"{day}T{clock}")
    with clock_at(moment):
        return runner.run_job(app, get_job("daily_reports"), now=moment)


def reports(user) -> list[Notification]:
    return notifications(user, "daily_report")


def titles(user) -> list[str]:
    return [note.title for note in reports(user)]


def busy_day(org):
    """Team A1: rep A1 sold 129 yuan and followed up once, rep A1b followed up twice, a
    newcomer only shared, an idle rep did nothing; team A2: rep A2 sold 300 yuan. Yesterday
    rep A1 followed up once. Open: one follow-up overdue (one done, one due tomorrow), one
    consultation unanswered (one answered)."""
    reps = {"newcomer": RepFactory(name="新人", org_unit=org.team_a1),
            "idle": RepFactory(name="闲人", org_unit=org.team_a1)}
    with clock_at(shanghai("2026-11-19T10:00")):
        follow_up(org.rep_a1)
    with clock_at(at("10:00")):
        record_event("order_paid", actor=org.rep_a1, attrs={"amount": 12_900})
        record_event("order_paid", actor=org.rep_a2, attrs={"amount": 30_000})
        record_event("share", actor=reps["newcomer"])
        overdue = follow_up(org.rep_a1, due_in=timedelta(hours=-1), next_action="送样品")
        done = follow_up(org.rep_a1b, due_in=timedelta(hours=-2))
        follow_up(org.rep_a1b, due_in=timedelta(days=1))
        done.done_at = at("10:30")
        asked = customer(org.rep_a1b, name="问客")
        inbox.ask(org.rep_a1b, asked, "有现货吗？")
        answered = inbox.ask(org.rep_a1b, asked, "包邮吗？")
        inbox.answer(org.rep_a1b, answered, "包邮")
    db.session.commit()
    return reps, overdue


def test_the_report_comes_once_at_the_boss_s_time_even_when_the_job_runs_twice(app, org):
    # given a busy day in team A1 (and some work the day before)
    busy_day(org)

    # when the job runs before 21:00: the day before's report is still due, not today's
    assert run(app, "20:50") == "ran"
    assert titles(org.boss_a1) == ["每日战报 · 11月19日"]

    # when it runs at 21:05 and again at 21:12
    assert run(app, "21:05") == "ran"
    assert run(app, "21:12") == "ran"

    # then the team's boss and the branch's boss have one report of the day each; boss B's
    # subtree was idle: no report, and the day is settled for them too
    assert titles(org.boss_a1) == titles(org.boss_a) == ["每日战报 · 11月19日",
                                                         "每日战报 · 11月20日"]
    assert reports(org.boss_b) == []
    claimed = {(r.user_id, r.day.isoformat(), r.notification_id is not None)
               for r in db.session.scalars(select(DailyReport).where(
                   DailyReport.day == at("00:00").date()))}
    assert claimed == {(org.boss_a1.id, DAY, True), (org.boss_a.id, DAY, True),
                       (org.boss_b.id, DAY, False)}


def test_the_report_says_the_team_s_day_the_top_three_the_idle_and_what_waits(app, org):
    # given the busy day, with its yesterday
    reps, _ = busy_day(org)

    # when the job runs after 21:00
    run(app, "21:01")

    # then the team boss's report says it all
    [note] = reports(org.boss_a1)
    assert note.title == "每日战报 · 11月20日"
    assert note.link == "/boss"
    lines = note.body.split("\n")
    assert lines[0].startswith("团队数据：活跃员工 3（前一日 1），")
    assert "跟进 3（前一日 1）" in lines[0]
    assert "成交额 ¥129.00（前一日 ¥0.00）" in lines[0]
    assert "分享 1（前一日 0）" in lines[0]
    # by revenue, then follow-ups; the newcomer only shared, so is no top rep
    assert lines[1] == f"前三名：{org.rep_a1.name}、{org.rep_a1b.name}"
    assert lines[2] == "无动态：闲人"
    assert lines[3] == "逾期跟进 1 条，未回复咨询 1 条"
    # and the branch boss's covers team A2 too: rep A2's 300 yuan leads
    [branch] = reports(org.boss_a)
    assert f"前三名：{org.rep_a2.name}、{org.rep_a1.name}、{org.rep_a1b.name}" in branch.body
    assert "成交额 ¥429.00（前一日 ¥0.00）" in branch.body


def test_the_figures_match_the_raw_work_of_the_day(app, org):
    reps, _ = busy_day(org)
    with clock_at(at("21:00")):
        content = report.report_of(org.boss_a1, at("00:00").date(), at("21:00"))

    figures = {f["metric"]: (f["value"], f["previous"]) for f in content["figures"]}
    # counted from what busy_day did: 3 active reps, 3 follow-ups (1 yesterday), 129 yuan
    assert figures["active_reps"] == (3, 1)
    assert figures["follow_up"] == (3, 1)
    assert figures["revenue"] == (12_900, 0)
    assert [rep.id for rep in content["idle"]] == [reps["idle"].id]
    assert (content["overdue"], content["unanswered"]) == (1, 1)


def test_a_boss_chooses_the_time_of_their_report(app, org):
    busy_day(org)
    team_boss = app.test_client().sign_in_as(org.boss_a1)
    assert team_boss.get("/api/v1/daily-report/setting").json == {"report_at": "21:00"}

    changed = team_boss.put("/api/v1/daily-report/setting", json={"report_at": "18:30"})

    assert changed.status_code == 200
    assert team_boss.get("/api/v1/daily-report/setting").json == {"report_at": "18:30"}
    run(app, "18:31")
    assert titles(org.boss_a1) == ["每日战报 · 11月20日"]
    assert titles(org.boss_a) == ["每日战报 · 11月19日"]  # today's still to come at 21:00
    for bad in ("24:00", "9:00", "21:60", "", "21:00:00"):
        response = team_boss.put("/api/v1/daily-report/setting", json={"report_at": bad})
        assert response.status_code == 422, bad
        assert set(response.json["error"]["fields"]) == {"report_at"}


def test_a_day_without_activity_gets_no_report_not_even_later(app, org):
    # given nothing done today in any subtree
    run(app, "21:05")

    # when a rep works after the report time
    with clock_at(at("22:00")):
        record_event("share", actor=org.rep_a1)
    db.session.commit()
    run(app, "22:10")

    # then no boss had a report for the day
    assert db.session.scalar(select(func.count()).select_from(Notification)
                             .where(Notification.kind == "daily_report")) == 0


def test_a_report_missed_in_the_evening_comes_the_next_morning(app, org):
    # given a busy day and no jobs process that evening
    busy_day(org)

    # when the job runs the next morning, before that day's report time
    run(app, "08:00", day="2026-11-21")

    # then the report of the busy day comes (the day before it was missed too)
    assert titles(org.boss_a1) == ["每日战报 · 11月20日"]


def test_two_jobs_processes_at_once_write_one_report_each(app, org):
    # given a busy day, and two processes running the report at the same moment
    busy_day(org)
    barrier, errors = threading.Barrier(2), []

    def send():
        with app.app_context():
            try:
                with clock_at(at("21:05")):
                    barrier.wait()
                    report.send_due(at("21:05"))
                db.session.commit()
            except Exception as error:  # reported below
                errors.append(error)
            finally:
                db.session.remove()

    workers = [threading.Thread(target=send) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    # then each boss of a busy subtree has exactly one report
    assert errors == []
    assert titles(org.boss_a1) == titles(org.boss_a) == ["每日战报 · 11月20日"]
