"""The org tree as a tree view shows it, in one call."""

from collections import defaultdict

from sqlalchemy import func, select

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, require_role, scoped
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
