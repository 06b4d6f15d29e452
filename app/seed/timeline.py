"""The demo's past, played in time order through the live services.

Every action of the demo's weeks (a share, a visit, an order and each of its steps, a
follow-up, a question, a nightly job) is scheduled at its moment and run, in order, under
core.db.clock_at(moment): each service stamps that moment, records its events and applies
its rules (stage moves, auto tags, commission, counters) exactly as it would live, so every
figure of the demo is one the product made. An action may schedule what follows from it (an
order is paid hours later); nothing is scheduled past now.
"""

import heapq
import itertools
import logging
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from flask import current_app

from app.core.company import company_zone, get_company
from app.core.db import clock_at, day_bounds, local_day
from app.jobs.registry import JOBS
from app.jobs.runner import daily_time, resolve

# When people act, in local hours: reps work 08:00-21:00, customers browse 07:00-23:30.
WORK_HOURS = (8, 21)
BROWSE_HOURS = (7, 23.5)
# Interval jobs (settling commission, reminders) run at most this often in the simulation:
# their own intervals would only add no-op runs.
INTERVAL_STEP = timedelta(hours=1)
# Not played: the outbox sends pushes out of the process, each in a transaction of its own
# (a commit would end the seed's one transaction); the demo's past was never pushed.
UNPLAYED_JOBS = {"notifications_deliver"}


class Timeline:
    """Actions at moments, run in time order (ties in the order they were scheduled)."""

    def __init__(self, start: datetime, now: datetime, rng: random.Random):
        self.start, self.now, self.rng = start, now, rng
        self.zone = company_zone()
        # Held for the whole run: the session keeps only weakly what nobody holds, and every
        # event reads the company (its time zone) again.
        self.company = get_company()
        self._queue: list = []
        self._order = itertools.count()

    def at(self, moment: datetime, action: Callable, *args) -> None:
        """Run action(*args) at `moment`; a moment past now never comes."""
        if moment <= self.now:
            heapq.heappush(self._queue, (moment, next(self._order), action, args))

    def run(self) -> None:
        """Run every action in order; the jobs' progress logs of the past are no news."""
        app_log = logging.getLogger("app")
        level = app_log.level
        app_log.setLevel(max(level, logging.WARNING))
        try:
            while self._queue:
                moment, _, action, args = heapq.heappop(self._queue)
                with clock_at(moment):
                    action(*args)
        finally:
            app_log.setLevel(level)

    def days(self) -> list[date]:
        first, last = local_day(self.start, self.zone), local_day(self.now, self.zone)
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def moments(self, day: date, count: int, hours: tuple[float, float]) -> list[datetime]:
        """`count` random moments of the local day within `hours`, sorted; today's before
        now (in the small hours, between midnight and now, so today always has some)."""
        start, end = day_bounds(day, self.zone)
        low, high = start + timedelta(hours=hours[0]), start + timedelta(hours=hours[1])
        low, high = max(low, self.start), min(high, end, self.now)
        if low >= high:
            low, high = max(start, self.start), min(end, self.now)
        span = (high - low).total_seconds()
        return sorted(low + timedelta(seconds=self.rng.uniform(0, span)) for _ in range(count))

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def schedule_jobs(self) -> None:
        """The jobs process's runs: each daily job at its time of every night (receiving its
        run day), the interval jobs every INTERVAL_STEP."""
        app = current_app._get_current_object()
        for job in JOBS:
            if job.id in UNPLAYED_JOBS:
                continue
            function = resolve(job)
            if job.daily_at:
                hour, minute = daily_time(app, job)
                for day in self.days():
                    moment = self.local(day, hour, minute)
                    if moment >= self.start:
                        self.at(moment, function, day)
            else:
                step = max(INTERVAL_STEP, timedelta(seconds=job.every))
                moment = self.start + step
                while moment <= self.now:
                    self.at(moment, function)
                    moment += step
