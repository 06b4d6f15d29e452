"""Read side of the org: the tree as a tree view shows it, and the user list's query, shared by
the list endpoint and its export."""

from collections import defaultdict

from sqlalchemy import Select, func, or_, select

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, require_role, scoped, subtree_ids
from app.extensions import db
from app.org.models import OrgUnit, User


def org_tree(actor: User) -> list[OrgUnit]:
    """The caller's tree (HQ: the company; a boss: their subtree), parents before children and
    siblings by sort order, then name. Each unit carries `rep_count` (its own active reps),
    `subtree_rep_count` (with its descendants') and `bosses` (its active bosses): three
    queries, whatever the size of the tree."""
    require_role(actor, [ROLE_BOSS, ROLE_HQ])
    units = list(db.session.scalars(scoped(select(OrgUnit), OrgUnit, actor)))
    active = scoped(select(User.org_unit_id), User, actor).where(User.active.is_(True))
    reps = dict(db.session.execute(
        active.add_columns(func.count()).where(User.role == ROLE_REP)
        .group_by(User.org_unit_id)).all())
    bosses = defaultdict(list)
    for unit_id, boss_id, name in db.session.execute(
            active.add_columns(User.id, User.name).where(User.role == ROLE_BOSS)
            .order_by(User.id)):
        bosses[unit_id].append({"id": boss_id, "name": name})
    by_id = {unit.id: unit for unit in units}
    children = defaultdict(list)
    for unit in units:
        unit.rep_count = unit.subtree_rep_count = reps.get(unit.id, 0)
        unit.bosses = bosses[unit.id]
        children[unit.parent_id if unit.parent_id in by_id else None].append(unit)
    for unit in sorted(units, key=lambda u: u.depth, reverse=True):
        if unit.parent_id in by_id:
            by_id[unit.parent_id].subtree_rep_count += unit.subtree_rep_count
    ordered = []

    def walk(parent_id):
        for unit in sorted(children[parent_id], key=lambda u: (u.sort_order, u.name, u.id)):
            ordered.append(unit)
            walk(unit.id)

    walk(None)
    return ordered


def user_list(actor, filters: dict) -> Select:
    """Users `actor` may see (a rep themselves, a boss their subtree, HQ everyone), by role,
    org unit (or a unit's whole subtree), state and a search of name, username or phone."""
    query = scoped(select(User), User, actor).order_by(User.id)
    if "role" in filters:
        query = query.where(User.role == filters["role"])
    if "org_unit_id" in filters:
        query = query.where(User.org_unit_id == filters["org_unit_id"])
    if "within_unit_id" in filters:
        query = query.where(User.org_unit_id.in_(
            subtree_ids(db.session.get(OrgUnit, filters["within_unit_id"]))))
    if "active" in filters:
        query = query.where(User.active == filters["active"])
    if "q" in filters:
        term = filters["q"]
        query = query.where(or_(*(column.icontains(term, autoescape=True)
                                  for column in (User.name, User.username, User.phone))))
    return query
