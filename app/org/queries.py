"""Read side of the org: the user list's query, shared by the list endpoint and its export."""

from sqlalchemy import Select, or_, select

from app.core.access import scoped
from app.org.models import User


def user_list(actor, filters: dict) -> Select:
    """Users `actor` may see (a rep themselves, a boss their subtree, HQ everyone), by role,
    org unit, state and a search of name, username or phone."""
    query = scoped(select(User), User, actor).order_by(User.id)
    if "role" in filters:
        query = query.where(User.role == filters["role"])
    if "org_unit_id" in filters:
        query = query.where(User.org_unit_id == filters["org_unit_id"])
    if "active" in filters:
        query = query.where(User.active == filters["active"])
    if "q" in filters:
        term = filters["q"]
        query = query.where(or_(*(column.icontains(term, autoescape=True)
                                  for column in (User.name, User.username, User.phone))))
    return query
