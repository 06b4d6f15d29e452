"""`flask seed scale`: the benchmark data set, built with bulk inserts.

Reps spread over branches and teams, and a month of events with customer ids drawn from
`customers` (the customer table itself arrives with the customer issue).
"""

import random
import time
from datetime import timedelta

from sqlalchemy import insert, select
from werkzeug.security import generate_password_hash

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.events import rebuild_counters
from app.core.models import ActivityEvent
from app.extensions import db
from app.org.models import User, new_shop_code
from app.org.services import create_unit

REPS_PER_TEAM = 10
TEAMS_PER_BRANCH = 10
VERBS = ["visit"] * 50 + ["share"] * 15 + ["login"] * 10 + ["follow_up"] * 10 + \
        ["customer_new"] * 10 + ["order"] * 5
BATCH = 20_000


def seed_scale(reps: int, customers: int, events: int, *, password: str, days: int = 30,
               rng: random.Random | None = None, echo=print) -> dict:
    rng = rng or random.Random(42)
    started = time.perf_counter()
    password_hash = generate_password_hash(password, method="scrypt")
    hq = create_unit(None, "总部", "hq")
    db.session.add(User(username="admin", name="总部管理员", role=ROLE_HQ, org_unit_id=hq.id,
                        password_hash=password_hash))
    team_count = max(1, -(-reps // REPS_PER_TEAM))
    branch_count = max(1, -(-team_count // TEAMS_PER_BRANCH))
    teams = []
    for b in range(branch_count):
        branch = create_unit(None, f"分公司{b + 1:03d}", "branch", hq.id)
        db.session.add(User(username=f"boss{b + 1:03d}", name=f"主管{b + 1:03d}", role=ROLE_BOSS,
                            org_unit_id=branch.id, password_hash=password_hash))
        for _ in range(min(TEAMS_PER_BRANCH, team_count - len(teams))):
            teams.append(create_unit(None, f"团队{len(teams) + 1:04d}", "team", branch.id))
    db.session.execute(insert(User), [
        {"username": f"rep{n:05d}", "name": f"员工{n:05d}", "role": ROLE_REP,
         "org_unit_id": teams[(n - 1) // REPS_PER_TEAM].id, "password_hash": password_hash,
         "shop_code": new_shop_code(), "phone": f"15{n:09d}"}
        for n in range(1, reps + 1)])
    db.session.commit()
    echo(f"org: {branch_count} branches, {len(teams)} teams, {reps} reps "
         f"({time.perf_counter() - started:.1f}s)")
    rep_rows = db.session.execute(
        select(User.id, User.org_unit_id).where(User.role == ROLE_REP)).all()
    zone = company_zone()
    now = utcnow()
    span = days * 86400
    written, touched = 0, set()
    while written < events:
        size = min(BATCH, events - written)
        rows = []
        for _ in range(size):
            rep_id, unit_id = rep_rows[rng.randrange(len(rep_rows))]
            at = now - timedelta(seconds=rng.randrange(span))
            day = local_day(at, zone)
            touched.add(day)
            rows.append({"occurred_at": at, "day": day, "verb": rng.choice(VERBS),
                         "actor_id": rep_id, "rep_id": rep_id, "org_unit_id": unit_id,
                         "customer_id": rng.randint(1, customers) if customers else None,
                         "object_type": None, "object_id": None, "attrs": {}})
        db.session.execute(insert(ActivityEvent), rows)
        db.session.commit()
        written += size
        echo(f"events: {written}/{events} ({time.perf_counter() - started:.1f}s)")
    for day in sorted(touched):
        rebuild_counters(day)
        db.session.commit()
    elapsed = time.perf_counter() - started
    echo(f"counters rebuilt for {len(touched)} days; done in {elapsed:.1f}s")
    return {"reps": reps, "events": events, "days": len(touched), "seconds": round(elapsed, 1)}

