"""`flask seed demo`: a believable company so a new user sees a living system.

HQ, two branches, four teams, two bosses, twenty reps, set up three weeks ago (the catalog,
every rep's shop, the knowledge base, the strategy library, the auto-tag rules), then the
weeks since played in time order through the live services and jobs (app.seed.timeline):
shares, visits, orders and their steps (app.seed.shop), the reps' sign-ins and follow-ups
(app.seed.clients), questions and bookings (app.seed.inbox), each night's jobs; then
HQ's materials, shared by rep01 and read by their customers in the last hours
(app.seed.materials), and HQ's coupons and a group-buy, claimed and joined today
(app.seed.marketing). Stages,
tags, segments, commission and counters are what the product's own rules made of it.
Later issues add theirs here.
"""

import random
from datetime import timedelta

from sqlalchemy import delete, select
from werkzeug.security import generate_password_hash

from app.clients.snapshots import take_snapshot
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.core.company import company_zone, get_company
from app.core.db import clock_at, day_bounds, local_day, utcnow
from app.core.models import NotificationDelivery
from app.core.notifications import mark_all_read, notify
from app.extensions import db
from app.org.models import OrgUnit, User, new_shop_code
from app.org.services import create_unit, update_company
from app.seed.clients import plan_reps
from app.seed.inbox import add_knowledge_base, plan_inbox
from app.seed.marketing import seed_marketing
from app.seed.materials import seed_materials
from app.seed.rules import seed_rules
from app.seed.shop import add_catalog, open_shops, plan_shop
from app.seed.strategies import seed_strategies
from app.seed.timeline import Timeline
from app.seed.training import seed_training

TEAMS = {"华东分公司": ["上海一队", "杭州二队"], "华南分公司": ["广州一队", "深圳二队"]}
BOSSES = [("boss01", "周建国", "华东分公司", "13900000001"),
          ("boss02", "郑丽华", "华南分公司", "13900000002")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞",
         "平", "刚", "桂英", "华", "芳", "强"]
# The demo company's own setting: its reps follow a customer up within a week.
STALE_DAYS = 7


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
    now = utcnow()
    start, _ = day_bounds(local_day(now, company_zone()) - timedelta(days=days), company_zone())
    with clock_at(start):
        admin, bosses, reps, shops = set_up(password, rng)
    timeline = Timeline(start, now, rng)
    plan_shop(timeline, shops)
    plan_reps(timeline, shops)
    plan_inbox(timeline, reps)
    timeline.schedule_jobs()
    timeline.run()
    seed_materials(admin, reps)
    seed_marketing(admin, reps)
    seed_training(admin, bosses, reps)
    # Today's snapshot as the demo stands (the nightly one left out what came since), so the
    # insight page's figures match the customer lists they open.
    take_snapshot(local_day(now, company_zone()))
    # The past's pushes (with NOTIFY_CHANNELS set) are not sent now: only the welcome's are.
    db.session.execute(delete(NotificationDelivery))
    for user in [admin, *bosses, *reps]:  # caught up: a new user starts with the welcome only
        mark_all_read(user)
        notify(user, "welcome", "欢迎使用七个在线", "从首页开始，今天的工作一目了然。", "/")
    db.session.flush()
    return {"rep": "rep01", "boss": "boss01", "hq": "admin", "password": password}


def set_up(password: str, rng: random.Random) -> tuple[User, list[User], list[User], list]:
    """The company on its first day: org, users, catalog, shops, and HQ's library and rules."""
    company = get_company()
    company.name = "七个在线示范公司"
    password_hash = generate_password_hash(password, method="scrypt")
    hq = create_unit(None, "总部", "hq")
    admin = add_user("admin", "总部管理员", ROLE_HQ, hq, password_hash, "13800000000")
    update_company(admin, {"stale_customer_days": STALE_DAYS})
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
    shops = open_shops(reps, add_catalog(admin, hq), rng)
    add_knowledge_base(admin)
    seed_strategies(admin)
    seed_rules(admin)
    return admin, bosses, reps, shops
