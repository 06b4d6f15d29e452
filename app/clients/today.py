"""Today's list (今日待办): what a rep should do today, one card per customer, most urgent first.

Each source is one set-based query over the customers the user may see (a rep their own, a
boss their subtree's), at most `TODAY_SOURCE_LIMIT` rows, most urgent first:

- follow-ups not done and due before the end of today in the company time zone (overdue: due
  on an earlier day; due today: any time today, also when that time has passed);
- hot leads: `HOT_LEAD_OPENS` or more visits in the last 24 hours;
- 渐退出 fading and 高潜力 high-potential customers, as the nightly run (rfm.py) flagged them;
- birthdays today (born on 29 February: on 1 March in a year without one);
- and what packages higher in the order register with `register_source()` (app.inbox:
  consultations not answered yet; bookings starting today, and bookings still awaiting the
  rep's confirmation).

Every reason gets a score (`WEIGHTS`); a customer with several reasons is one card listing them
all, scored by the highest, so a rep on a phone reads one card per person to contact. Ties go to
the card with more reasons, then to the older customer. Overdue promises and customers kept
waiting come first, then what is due today, then chances to sell:

| reason            | score                                           |
|-------------------|-------------------------------------------------|
| follow_up_overdue | 100, +2 per day overdue, up to +30              |
| consultation      | 95, +1 per hour waiting, up to +20              |
| booking_today     | 90                                              |
| follow_up_due     | 80                                              |
| booking_pending   | 75                                              |
| hot_lead          | 70, +5 per open above the threshold, up to +20  |
| birthday          | 60                                              |
| fading            | 50                                              |
| high_potential    | 40                                              |
"""

import calendar
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import String, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.clients.models import CustomerFlag, FollowUp
from app.core.access import ROLE_BOSS, ROLE_REP, require_role, scoped
from app.core.company import company_zone, get_company
from app.core.db import day_bounds, local_day
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User

# kind -> (base score, bonus per unit, largest bonus); registered sources add their kinds
WEIGHTS = {
    "follow_up_overdue": (100, 2, 30),  # per day overdue
    "follow_up_due": (80, 0, 0),
    "hot_lead": (70, 5, 20),  # per open above HOT_LEAD_OPENS
    "birthday": (60, 0, 0),
    "fading": (50, 0, 0),
    "high_potential": (40, 0, 0),
}
HOT_LEAD_HOURS = 24


def score(kind: str, units: int = 0) -> int:
    base, per_unit, most = WEIGHTS[kind]
    return base + min(per_unit * max(units, 0), most)


class month_day(FunctionElement):
    """A date column as "MM-DD", which SQLite and PostgreSQL spell apart."""

    type = String()
    inherit_cache = True
    name = "month_day"


@compiles(month_day, "sqlite")
def _month_day_sqlite(element, compiler, **kw):
    return f"strftime('%m-%d', {compiler.process(element.clauses, **kw)})"


@compiles(month_day, "postgresql")
def _month_day_postgresql(element, compiler, **kw):
    return f"to_char({compiler.process(element.clauses, **kw)}, 'MM-DD')"


@dataclass
class Reason:
    kind: str
    text: str
    score: int
    ref_type: str | None = None
    ref_id: int | None = None
    at: datetime | None = None  # when it is due, or happened


@dataclass(frozen=True)
class Today:
    """What every source needs: who asks, when, today's bounds in the company's zone."""

    user: User
    now: datetime
    zone: ZoneInfo
    day: date
    start: datetime
    end: datetime
    limit: int

    def mine(self, statement):
        """The statement (which selects from or joins Customer) narrowed to the user's scope."""
        return scoped(statement, Customer, self.user).limit(self.limit)


def short(text: str, length: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length] + "…"


def clock(at: datetime, zone: ZoneInfo) -> str:
    return f"{at.astimezone(zone):%H:%M}"


# --- the sources: each yields (customer_id, Reason) ------------------------------------------

def _follow_ups(t: Today):
    rows = db.session.execute(t.mine(
        select(FollowUp.id, FollowUp.customer_id, FollowUp.due_at, FollowUp.next_action,
               FollowUp.content)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_at < t.end)
        .order_by(FollowUp.due_at, FollowUp.id)))
    for follow_up_id, customer_id, due_at, next_action, content in rows:
        action = short(next_action or content)
        late = (t.day - local_day(due_at, t.zone)).days
        if late > 0:
            reason = Reason("follow_up_overdue", f"跟进已逾期 {late} 天：{action}",
                            score("follow_up_overdue", late))
        else:
            reason = Reason("follow_up_due", f"今天 {clock(due_at, t.zone)} 到期：{action}",
                            score("follow_up_due"))
        reason.ref_type, reason.ref_id, reason.at = "follow_up", follow_up_id, due_at
        yield customer_id, reason


def _hot_leads(t: Today):
    threshold = current_app.config["HOT_LEAD_OPENS"]
    since = t.now - timedelta(hours=HOT_LEAD_HOURS)
    opens = func.count().label("opens")
    # Only customers seen in the window (the book's index), then their events (the log's).
    rows = db.session.execute(t.mine(
        select(ActivityEvent.customer_id, opens, func.max(ActivityEvent.occurred_at))
        .join(Customer, Customer.id == ActivityEvent.customer_id)
        .where(Customer.last_visit_at >= since, ActivityEvent.verb == "visit",
               ActivityEvent.occurred_at >= since)
        .group_by(ActivityEvent.customer_id).having(opens >= threshold)
        .order_by(opens.desc(), ActivityEvent.customer_id)))
    for customer_id, count, last in rows:
        yield customer_id, Reason("hot_lead", f"{HOT_LEAD_HOURS} 小时内打开 {count} 次",
                                  score("hot_lead", count - threshold), at=last)


def _flags(t: Today):
    days = get_company().flag_period_days
    for flag, biggest, words in (("fading", CustomerFlag.previous_amount, "下降"),
                                 ("high_potential", CustomerFlag.recent_amount, "上升")):
        rows = db.session.scalars(t.mine(
            select(CustomerFlag).join(Customer, Customer.id == CustomerFlag.customer_id)
            .where(CustomerFlag.flag == flag)
            .order_by(biggest.desc(), CustomerFlag.customer_id)))
        for row in rows:
            if row.previous_amount:
                change = round(abs(row.recent_amount - row.previous_amount) * 100
                               / row.previous_amount)
                text = f"近 {days} 天消费{words} {change}%"
            else:  # high potential by stages climbed: the nightly run says so
                text = row.reason
            yield row.customer_id, Reason(flag, text, score(flag), at=row.computed_at)


def _birthdays(t: Today):
    days = [f"{t.day:%m-%d}"]
    leap_day = t.day.month == 3 and t.day.day == 1 and not calendar.isleap(t.day.year)
    if leap_day:
        days.append("02-29")
    rows = db.session.execute(t.mine(
        select(Customer.id, Customer.birthday)
        .where(Customer.birthday.is_not(None), month_day(Customer.birthday).in_(days))
        .order_by(Customer.id)))
    for customer_id, birthday in rows:
        text = "生日：今天" if birthday.month == t.day.month else "生日：今天（2月29日生）"
        yield customer_id, Reason("birthday", text, score("birthday"))


Source = Callable[[Today], Iterable[tuple[int, Reason]]]
SOURCES: list[Source] = [_follow_ups, _hot_leads, _birthdays, _flags]


def register_source(source: Source, weights: dict[str, tuple[int, int, int]]) -> None:
    """Add a source of cards from a package higher in the order, with the scores of its kinds
    ((base, bonus per unit, largest bonus), as in WEIGHTS)."""
    clash = weights.keys() & WEIGHTS.keys()
    if clash:
        raise ValueError(f"today's list kinds already registered: {sorted(clash)}")
    WEIGHTS.update(weights)
    SOURCES.append(source)


def today_list(user, now: datetime) -> dict:
    """The user's ranked cards for the company's today, with the reasons counted per kind."""
    require_role(user, [ROLE_REP, ROLE_BOSS])
    zone = company_zone()
    day = local_day(now, zone)
    start, end = day_bounds(day, zone)
    today = Today(user, now, zone, day, start, end, current_app.config["TODAY_SOURCE_LIMIT"])
    reasons: dict[int, list[Reason]] = defaultdict(list)
    for source in SOURCES:
        for customer_id, reason in source(today):
            reasons[customer_id].append(reason)
    customers = {c.id: c for c in db.session.scalars(
        select(Customer).where(Customer.id.in_(reasons)))} if reasons else {}
    reps = {u.id: u for u in db.session.scalars(select(User).where(
        User.id.in_({c.rep_id for c in customers.values()})))} if customers else {}
    cards = []
    for customer_id, found in reasons.items():
        found.sort(key=lambda r: -r.score)
        customer = customers[customer_id]
        cards.append({"customer": customer, "rep": reps[customer.rep_id], "kind": found[0].kind,
                      "reason": found[0].text, "score": found[0].score, "reasons": found})
    cards.sort(key=lambda c: (-c["score"], -len(c["reasons"]), c["customer"].id))
    counts = Counter(r.kind for found in reasons.values() for r in found)
    return {"day": day, "counts": {kind: counts[kind] for kind in WEIGHTS}, "total": len(cards),
            "items": cards}
