"""Writing the audit's read log."""

from app.audit.models import AuditRead
from app.core.access import ROLE_BOSS, ROLE_HQ, require_role
from app.extensions import db

LOGGED_FILTERS = ("rep_id", "customer_id", "kind", "start", "end")


def is_aimed(actor, filters: dict) -> bool:
    """A read aimed at someone else's work: a customer, or a rep who is not the reader.
    The plain list of the reader's whole scope (by kind or date only) is not logged."""
    return "customer_id" in filters or filters.get("rep_id", actor.id) != actor.id


def log_read(actor, filters: dict, address: str | None) -> AuditRead | None:
    """Log one row for this request when it is aimed (is_aimed), with its filters; flushes."""
    require_role(actor, [ROLE_BOSS, ROLE_HQ])
    if not is_aimed(actor, filters):
        return None
    read = AuditRead(reader_id=actor.id, org_unit_id=actor.org_unit_id,
                     address=(address or "")[:64] or None,
                     **{name: filters.get(name) for name in LOGGED_FILTERS})
    db.session.add(read)
    db.session.flush()
    return read
