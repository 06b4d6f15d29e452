"""Authorization in one place.

Every API view declares who may call it with one of the decorators below; a before_request hook
enforces the declaration, and a view without one is refused (and fails the URL-map test).
Every list and detail query goes through scoped() / get_scoped_or_404(): a rep sees their own
records, a boss their org subtree, HQ everything; out of scope is 404, a forbidden role 403.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from flask import Flask, current_app, request
from flask_login import current_user
from sqlalchemy import false, select, true

from app.core.api import SESSION_SCHEME, document_errors
from app.core.errors import AppError, Forbidden, NotFound
from app.extensions import db

ROLE_HQ = "hq_admin"
ROLE_BOSS = "boss"
ROLE_REP = "rep"
ROLES = (ROLE_HQ, ROLE_BOSS, ROLE_REP)


class Unauthenticated(AppError):
    status, code, message = 401, "unauthenticated", "请先登录"


@dataclass(frozen=True)
class AccessRule:
    public: bool = False
    roles: tuple[str, ...] = ROLES


def _declare(rule: AccessRule):
    """Record the rule on the view, and in its OpenAPI operation as a security requirement
    (with the 403 of a role the rule leaves out)."""
    def decorator(view):
        view.access_rule = rule
        doc = {"security": [] if rule.public else [{SESSION_SCHEME: []}]}
        if rule.roles != ROLES:
            doc["description"] = "Roles: " + ", ".join(rule.roles) + "."
            document_errors(view, 403)
        # flask-smorest reads _apidoc["manual_doc"] (what @blp.doc writes) when it documents
        # the route; its decorators above this one carry the attribute up.
        view._apidoc = getattr(view, "_apidoc", {})
        view._apidoc["manual_doc"] = {**view._apidoc.get("manual_doc", {}), **doc}
        return view
    return decorator


def public(view):
    """Anyone may call this view, logged in or not (public shop pages, login)."""
    return _declare(AccessRule(public=True))(view)


def login_required(view):
    """Any logged-in user; what they see is then narrowed by scoped()."""
    return _declare(AccessRule())(view)


def roles_required(*roles: str):
    """Only users with one of these roles; others get 403."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {unknown}")
    return _declare(AccessRule(roles=tuple(roles)))


def rule_of(view) -> AccessRule | None:
    return getattr(view, "access_rule", None)


def enforce_access_rule():
    """before_request: apply the view's declared rule to every /api/ endpoint (Flask answers
    OPTIONS itself with the allowed methods, which are no secret)."""
    if (not request.path.startswith("/api/v1/") or request.endpoint is None
            or request.method == "OPTIONS"):
        return None
    view = current_app.view_functions.get(request.endpoint)
    rule = rule_of(view)
    if rule is None:
        current_app.logger.error("no access rule declared for %s", request.endpoint)
        raise Forbidden(code="access_undeclared")
    if rule.public:
        return None
    if not current_user.is_authenticated:
        raise Unauthenticated()
    if current_user.role not in rule.roles:
        raise Forbidden()
    return None


def register_access(app: Flask) -> None:
    app.before_request(enforce_access_rule)


# --- query scoping ---------------------------------------------------------------------------

class Scoped:
    """Mixin for models reached through the API.

    Set `__scope_owner__` to the column holding the owning rep's user id and `__scope_org__` to
    the column holding the org unit id; or override scope_clause() for a model owned otherwise.
    Without `__scope_org__` a boss sees the records of the reps now in their subtree.
    """

    __scope_owner__: str | None = None
    __scope_org__: str | None = None

    @classmethod
    def scope_clause(cls, user):
        if user.role == ROLE_HQ:
            return true()
        if user.role == ROLE_BOSS:
            if cls.__scope_org__ is None:
                return getattr(cls, cls.__scope_owner__).in_(subtree_user_ids(user.org_unit))
            return getattr(cls, cls.__scope_org__).in_(subtree_ids(user.org_unit))
        if user.role == ROLE_REP:
            return getattr(cls, cls.__scope_owner__) == user.id
        return false()


# The org tree's models, which app.org registers: core sits below org and cannot import it.
_org: dict[str, type] = {}


def register_org_models(unit_model: type, user_model: type) -> None:
    """Name the org unit model (with a materialized `path`) and the user model (with an
    `org_unit_id`) that subtree scoping reads."""
    _org.update(unit=unit_model, user=user_model)


def subtree_ids(unit):
    """Ids of an org unit and all its descendants, as a subquery (materialized path)."""
    units = _org["unit"]
    if unit is None:
        return select(units.id).where(false())
    return select(units.id).where(units.path.startswith(unit.path, autoescape=True))


def subtree_user_ids(unit):
    """Ids of the users of an org unit and its descendants, as a subquery."""
    users = _org["user"]
    return select(users.id).where(users.org_unit_id.in_(subtree_ids(unit)))


def scoped(statement, model: type[Scoped], user):
    """Narrow a select to what `user` may see."""
    if not issubclass(model, Scoped):
        raise TypeError(f"{model.__name__} is not Scoped; declare how it is owned")
    return statement.where(model.scope_clause(user))


def get_scoped_or_404(model: type[Scoped], object_id, user):
    """Load one object the user may see, or raise 404 whether it is missing or out of scope."""
    obj = db.session.scalars(
        scoped(select(model), model, user).where(model.id == object_id)
    ).first()
    if obj is None:
        raise NotFound()
    return obj


def get_or_404(model, object_id, message: str | None = None):
    """Load a company-wide record every staff member may see (catalog, tag vocabulary), or 404."""
    obj = db.session.get(model, object_id)
    if obj is None:
        raise NotFound(message)
    return obj


def require_role(user, roles: Iterable[str]) -> None:
    """For services: raise 403 unless the acting user has one of `roles`."""
    if user.role not in set(roles):
        raise Forbidden()
