"""`flask seed demo`: a believable company so a new user sees a living system.

HQ, two branches, four teams, two bosses, twenty reps and three weeks of activity: the shop's
catalog, shelves, shares, visits, customers, orders and commission (app.seed.shop), and the
other daily work. Later issues add theirs here.
"""

import random
from datetime import timedelta

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.core.company import company_zone, get_company
from app.core.db import day_bounds, local_day, utcnow
from app.core.events import rebuild_counters
from app.core.models import ActivityEvent
from app.core.notifications import notify
from app.extensions import db
from app.org.models import OrgUnit, User, new_shop_code
from app.org.services import create_unit
from app.seed.inbox import seed_inbox
from app.seed.rules import seed_rules
from app.seed.shop import seed_shop
from app.seed.strategies import seed_strategies

TEAMS = {"华东分公司": ["上海一队", "杭州二队"], "华南分公司": ["广州一队", "深圳二队"]}
BOSSES = [("boss01", "周建国", "华东分公司", "13900000001"),
          ("boss02", "郑丽华", "华南分公司", "13900000002")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞",
         "平", "刚", "桂英", "华", "芳", "强"]
# Daily activity of a rep outside the shop (which app.seed.shop writes): verb -> (low, high).
DAILY_VERBS = {"login": (1, 2), "follow_up": (0, 4)}


def is_seeded() -> bool:
    return db.session.scalar(select(OrgUnit.id).limit(1)) is not None


def add_user(username, name, role, unit, password_hash, phone=None) -> User:
    """Demo users share one precomputed hash: scrypt per user would make seeding slow."""
    user = User(username=username, name=name, role=role, org_unit_id=unit.id, phone=phone,
                password_hash=password_hash,
                shop_code=new_shop_code() if role == ROLE_REP else None)
    db.session.add(user)
    return user


def seed_demo(password: str, days: int = 21, rng: random.Random | None = None) -> dict:
    """Build the demo company; returns the demo logins."""
    rng = rng or random.Random(7)
    company = get_company()
    company.name = "七个在线示范公司"
    password_hash = generate_password_hash(password, method="scrypt")
    hq = create_unit(None, "总部", "hq")
    admin = add_user("admin", "总部管理员", ROLE_HQ, hq, password_hash, "13800000000")
    branches, teams = {}, []
    for branch_name, team_names in TEAMS.items():
        branches[branch_name] = create_unit(None, branch_name, "branch", hq.id)
        teams += [create_unit(None, team, "team", branches[branch_name].id) for team in team_names]
    bosses = [add_user(username, name, ROLE_BOSS, branches[branch], password_hash, phone)
              for username, name, branch, phone in BOSSES]
    reps = []
    for number in range(1, 21):
        name = SURNAMES[number - 1] + GIVEN[(number * 7) % len(GIVEN)]
        reps.append(add_user(f"rep{number:02d}", name, ROLE_REP, teams[(number - 1) % 4],
                             password_hash, f"1370000{number:04d}"))
    db.session.flush()
    touched = add_history(reps, days, rng) | seed_shop(reps, hq.id, days, rng)
    touched |= seed_inbox(admin, reps, rng)
    seed_strategies(admin)
    seed_rules(admin)  # after the vocabulary and the history the rules read
    for day in sorted(touched):
        rebuild_counters(day)
    for user in [admin, *bosses, *reps]:
        notify(user, "welcome", "欢迎使用七个在线", "从首页开始，今天的工作一目了然。", "/")
    db.session.flush()
    return {"rep": "rep01", "boss": "boss01", "hq": "admin", "password": password}


def add_history(reps: list[User], days: int, rng: random.Random) -> set:
    """A few weeks of activity per rep, written as events; returns the days touched."""
    zone = company_zone()
    now = utcnow()
    today = local_day(now, zone)
    rows, touched_days = [], set()
    for rep in reps:
        diligence = rng.uniform(0.3, 1.0)
        for back in range(days, -1, -1):
            day = today - timedelta(days=back)
            start, end = day_bounds(day, zone)
            # Today has activity too, however early it is: events fall between midnight and now.
            span = (min(end, now) - start).total_seconds()
            touched_days.add(day)
            for verb, (low, high) in DAILY_VERBS.items():
                for _ in range(round(rng.randint(low, high) * diligence)):
                    at = start + timedelta(seconds=rng.uniform(0, span))
                    rows.append({"occurred_at": at, "day": day, "verb": verb, "actor_id": rep.id,
                                 "rep_id": rep.id, "org_unit_id": rep.org_unit_id,
                                 "object_type": "user", "object_id": rep.id, "attrs": {}})
    if rows:
        db.session.execute(ActivityEvent.__table__.insert(), rows)
    return touched_days
