"""The daily report (每日战报): at each boss's report time (company time zone), one
notification with the team's day against the day before, the top three reps, the reps with
no activity, overdue follow-ups and unanswered consultations.

Exactly once per boss and day: the `daily_report` row is claimed (insert, nothing on
conflict) in the transaction that writes the notification, so a second run, or a second jobs
process at the same moment, finds it taken. A day with no activity in the subtree is claimed
too, without a notification: it gets no report, and no late one either.
"""

from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import func, select, update

from app.clients.models import FollowUp
from app.core.access import ROLE_BOSS, scoped
from app.core.company import company_zone
from app.core.db import insert_if_absent
from app.core.notifications import notify
from app.dashboard.figures import active_today, rep_totals, scope_reps, scope_unit, team_figures
from app.dashboard.periods import period_of
from app.extensions import db
from app.inbox.queries import counts as inbox_counts
from app.org.models import User
from app.supervision.models import DailyReport, ReportSetting

TOP_REPS = 3


def report_day(now: datetime, report_at: str) -> date:
    """The day whose report is due at `now`: today once its report time has passed, else
    yesterday (a report missed while no jobs process ran is sent late rather than never)."""
    local = now.astimezone(company_zone())
    return local.date() if f"{local:%H:%M}" >= report_at else local.date() - timedelta(days=1)


def send_due(now: datetime) -> dict:
    """Write the report of every active boss whose report is due and not yet claimed."""
    default = current_app.config["DAILY_REPORT_AT"]
    times = dict(db.session.execute(select(ReportSetting.user_id, ReportSetting.report_at)).all())
    local_today = now.astimezone(company_zone()).date()
    claimed = {(user_id, day) for user_id, day in db.session.execute(
        select(DailyReport.user_id, DailyReport.day).where(
            DailyReport.day >= local_today - timedelta(days=1)))}
    stats = {"sent": 0, "idle": 0}
    for boss in db.session.scalars(select(User).where(User.role == ROLE_BOSS, User.active)
                                   .order_by(User.id)):
        day = report_day(now, times.get(boss.id, default))
        if (boss.id, day) in claimed:
            continue
        outcome = send_report(boss, day, now)
        if outcome:
            stats[outcome] += 1
    return stats


def send_report(boss: User, day: date, now: datetime) -> str | None:
    """Claim the boss's report of `day` and write it: "sent", "idle" (claimed, nothing
    written: no activity), or None when another run had claimed it."""
    content = report_of(boss, day, now)
    if not insert_if_absent(db.session, DailyReport, {"user_id": boss.id, "day": day,
                                                      "created_at": now}):
        return None
    if content is None:
        return "idle"
    notification = notify(boss, "daily_report", content["title"], content["body"], "/boss")
    db.session.execute(update(DailyReport).where(DailyReport.user_id == boss.id,
                                                 DailyReport.day == day)
                       .values(notification_id=notification.id))
    return "sent"


def report_of(boss: User, day: date, now: datetime) -> dict | None:
    """The report's figures and text, or None for a day without activity in the subtree."""
    unit = scope_unit(boss)
    active = active_today(unit, day)
    if not active:
        return None
    figures = team_figures(unit, period_of("today", day))["figures"]
    reps = {rep.id: rep for rep in scope_reps(unit, day, day)}
    totals = rep_totals(unit, day, day)
    ranked = sorted((rep_id for rep_id, t in totals.items()
                     if t.get("revenue", 0) > 0 or t.get("follow_up", 0) > 0),
                    key=lambda rep_id: (-totals[rep_id].get("revenue", 0),
                                        -totals[rep_id].get("follow_up", 0), rep_id))
    top = [reps[rep_id] for rep_id in ranked[:TOP_REPS]]
    idle = [rep for rep in reps.values() if rep.id not in active]
    overdue = db.session.scalar(scoped(select(func.count()).select_from(FollowUp), FollowUp, boss)
                                .where(FollowUp.done_at.is_(None), FollowUp.due_at < now))
    unanswered = inbox_counts(boss)["consultations"]
    lines = ["团队数据：" + "，".join(
        f"{f['label']} {shown(f['value'], f['unit'])}（前一日 {shown(f['previous'], f['unit'])}）"
        for f in figures if f["value"] or f["previous"])]
    lines.append("前三名：" + ("、".join(rep.name for rep in top) if top else "暂无"))
    lines.append("无动态：" + ("、".join(rep.name for rep in idle) if idle else "无"))
    lines.append(f"逾期跟进 {overdue} 条，未回复咨询 {unanswered} 条")
    return {"title": f"每日战报 · {day.month}月{day.day}日", "body": "\n".join(lines),
            "figures": figures, "top": top, "idle": idle, "overdue": overdue,
            "unanswered": unanswered}


def shown(value: int, unit: str) -> str:
    """A figure as the report writes it: money in yuan."""
    return f"¥{value / 100:,.2f}" if unit == "fen" else str(value)
