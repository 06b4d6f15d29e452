"""The periods the boss view reads: today, yesterday, this week, this month or a chosen range,
each in company days and each with the period it is compared with."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.errors import ValidationError

PERIOD_KINDS = ("today", "yesterday", "week", "month", "range")
MAX_RANGE_DAYS = 366


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length before this one: the day before; the same weekdays
        of last week; the same days of last month (as many as last month has); for a range,
        the days just before it."""
        if self.kind == "week":
            return Period(self.kind, self.start - timedelta(days=7), self.end - timedelta(days=7))
        if self.kind == "month":
            last_month_end = self.start - timedelta(days=1)
            start = last_month_end.replace(day=1)
            end = start + timedelta(days=min(self.days, last_month_end.day) - 1)
            return Period(self.kind, start, end)
        length = timedelta(days=self.days)
        return Period(self.kind, self.start - length, self.end - length)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "days": self.days}


def period_of(kind: str, today: date, start: date | None = None,
              end: date | None = None) -> Period:
    """The period `kind` as of `today` (company day); week and month run up to today."""
    if kind == "today":
        return Period(kind, today, today)
    if kind == "yesterday":
        day = today - timedelta(days=1)
        return Period(kind, day, day)
    if kind == "week":
        return Period(kind, today - timedelta(days=today.weekday()), today)
    if kind == "month":
        return Period(kind, today.replace(day=1), today)
    if kind != "range":
        raise ValidationError(fields={"period": [f"应为 {', '.join(PERIOD_KINDS)} 之一"]})
    if start is None or end is None:
        missing = "start" if start is None else "end"
        raise ValidationError(fields={missing: ["自选时段需填开始和结束日期"]})
    if end < start:
        raise ValidationError(fields={"end": ["结束日期不能早于开始日期"]})
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError(fields={"end": [f"时段最长 {MAX_RANGE_DAYS} 天"]})
    return Period(kind, start, end)


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of the month of `day`."""
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
