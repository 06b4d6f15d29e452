"""Sign-in, the current user, the company, org units and users."""

from flask import request, session
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_user, logout_user
from flask_wtf.csrf import generate_csrf
from sqlalchemy import select

from app.core.access import (
    ROLE_BOSS,
    ROLE_HQ,
    get_scoped_or_404,
    login_required,
    public,
    roles_required,
    scoped,
)
from app.core.api import Blueprint, PageArgsSchema, errors, page_of, paginate
from app.core.company import get_company
from app.org import queries, schemas, services, sessions
from app.org.models import OrgUnit, User, UserSession

blp = Blueprint("org", __name__, url_prefix="/api/v1", description="账号、组织与员工")


@blp.route("/auth/csrf", methods=["GET"])
@blp.response(200, schemas.CsrfTokenSchema)
@public
def csrf_token():
    """Issue the CSRF token the PWA sends in the X-CSRFToken header."""
    return {"csrf_token": generate_csrf()}


@blp.route("/auth/login", methods=["POST"])
@blp.arguments(schemas.LoginSchema)
@blp.response(200, schemas.MeSchema)
@public
@errors(401, 429)  # wrong credentials; too many attempts
def login(credentials):
    """Sign in with phone or username and password."""
    user = services.sign_in(credentials["login"], credentials["password"],
                            get_remote_address(), request.user_agent.string)
    session.clear()  # a fresh session (and CSRF token) for every sign-in
    session.permanent = True  # lasts PERMANENT_SESSION_LIFETIME, renewed as it is used
    login_user(user)
    # The new session carries its CSRF secret from its first cookie: a request in flight while
    # the client fetched the token could otherwise put back a cookie without it (the next
    # POST: 403).
    generate_csrf()
    return me_of(user)


@blp.route("/auth/logout", methods=["POST"])
@blp.response(204)
@login_required
def logout():
    """Sign out of this session: its cookie, even a saved copy, is no session any more."""
    sessions.revoke(current_user.current_session)
    end_this_session()


def end_this_session() -> None:
    """Drop the signed-in user and the cookie of this request's session."""
    logout_user()
    session.clear()


def me_of(user: User) -> dict:
    return {"id": user.id, "username": user.username, "name": user.name, "phone": user.phone,
            "role": user.role, "org_unit": user.org_unit, "shop_code": user.shop_code,
            "company": get_company()}


@blp.route("/me", methods=["GET"])
@blp.response(200, schemas.MeSchema)
@login_required
def me():
    """The signed-in user, their org unit and the company settings."""
    return me_of(current_user)


@blp.route("/me/password", methods=["POST"])
@blp.arguments(schemas.PasswordChangeSchema)
@blp.response(204)
@login_required
@errors(429)  # a wrong current password counts against the sign-in limit
def change_password(data):
    """Change my password; my other sessions end, this one stays."""
    services.change_own_password(current_user, current_user.current_session,
                                 data["current_password"], data["new_password"],
                                 get_remote_address())


@blp.route("/me/sessions", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.UserSessionSchema))
@login_required
def list_sessions(page):
    """My sessions still in use, the latest used first; `current` marks this one."""
    result = paginate(sessions.live_sessions(current_user), page)
    for record in result["items"]:
        record.current = record.id == current_user.current_session.id
    return result


@blp.route("/me/sessions/<bigid:session_id>", methods=["DELETE"])
@blp.response(204)
@login_required
def revoke_session(session_id):
    """Sign out one of my sessions (this one too: then this is a sign-out)."""
    record = get_scoped_or_404(UserSession, session_id, current_user)
    sessions.revoke(record)
    if record.id == current_user.current_session.id:
        end_this_session()


@blp.route("/me/sessions/revoke-others", methods=["POST"])
@blp.response(204)
@login_required
def revoke_other_sessions():
    """Sign out all my sessions but this one."""
    sessions.revoke_all(current_user, keep=current_user.current_session)


@blp.route("/company", methods=["GET"])
@blp.response(200, schemas.CompanySchema)
@login_required
def company():
    """Company settings."""
    return get_company()


@blp.route("/company", methods=["PATCH"])
@blp.arguments(schemas.CompanyUpdateSchema, required=False)
@blp.response(200, schemas.CompanySchema)
@roles_required(ROLE_HQ)
def update_company(changes):
    """Edit company settings: name, logo, time zone, commission and customer thresholds."""
    return services.update_company(current_user, changes)


@blp.route("/org-units", methods=["GET"])
@blp.arguments(schemas.OrgUnitListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.OrgUnitSchema))
@login_required
def list_units(filters, page):
    """Org units the caller may see, in tree order."""
    query = scoped(select(OrgUnit), OrgUnit, current_user).order_by(OrgUnit.path)
    if "parent_id" in filters:
        query = query.where(OrgUnit.parent_id == filters["parent_id"])
    if "kind" in filters:
        query = query.where(OrgUnit.kind == filters["kind"])
    return paginate(query, page)


@blp.route("/org-tree", methods=["GET"])
@blp.response(200, schemas.OrgTreeUnitSchema(many=True))
@roles_required(ROLE_BOSS, ROLE_HQ)
def org_tree():
    """My org tree in tree order, each unit with its rep counts and bosses (HQ: the company)."""
    return queries.org_tree(current_user)


@blp.route("/org-units", methods=["POST"])
@blp.arguments(schemas.OrgUnitCreateSchema)
@blp.response(201, schemas.OrgUnitSchema)
@roles_required(ROLE_HQ)
def create_unit(data):
    """Add a branch or team."""
    return services.create_unit(current_user, **data)


@blp.route("/org-units/<int:unit_id>", methods=["GET"])
@blp.response(200, schemas.OrgUnitSchema)
@login_required
def get_unit(unit_id):
    """One org unit."""
    return get_scoped_or_404(OrgUnit, unit_id, current_user)


@blp.route("/org-units/<int:unit_id>", methods=["PATCH"])
@blp.arguments(schemas.OrgUnitUpdateSchema, required=False)
@blp.response(200, schemas.OrgUnitSchema)
@roles_required(ROLE_HQ)
def update_unit(changes, unit_id):
    """Rename or move an org unit."""
    return services.update_unit(current_user, get_scoped_or_404(OrgUnit, unit_id, current_user),
                                changes)


@blp.route("/users", methods=["GET"])
@blp.arguments(schemas.UserListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.UserSchema))
@login_required
def list_users(filters, page):
    """Users the caller may see: a rep themselves, a boss their subtree, HQ everyone."""
    return paginate(queries.user_list(current_user, filters), page)


@blp.route("/users", methods=["POST"])
@blp.arguments(schemas.UserCreateSchema)
@blp.response(201, schemas.UserSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def create_user(data):
    """Create a user (a boss: a rep of their subtree, where the company allows)."""
    return services.create_user(current_user, **data)


@blp.route("/users/<int:user_id>", methods=["GET"])
@blp.response(200, schemas.UserSchema)
@login_required
def get_user(user_id):
    """One user."""
    return get_scoped_or_404(User, user_id, current_user)


@blp.route("/users/<int:user_id>", methods=["PATCH"])
@blp.arguments(schemas.UserUpdateSchema, required=False)
@blp.response(200, schemas.UserSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def update_user(changes, user_id):
    """Edit, move, re-role or disable a user (disabling ends their sessions); a boss: the reps
    of their subtree, where the company allows."""
    return services.update_user(current_user, get_scoped_or_404(User, user_id, current_user),
                                changes)


@blp.route("/users/<int:user_id>/password", methods=["POST"])
@blp.arguments(schemas.PasswordResetSchema, required=False)
@blp.response(200, schemas.PasswordResetResultSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def reset_password(data, user_id):
    """Set a user's password (or generate one, shown once) and end all their sessions."""
    return {"password": services.reset_password(
        current_user, get_scoped_or_404(User, user_id, current_user), data.get("password"))}


@blp.route("/users/import", methods=["POST"])
@blp.arguments(schemas.UserImportFileSchema, location="files")
@blp.response(201, schemas.UserImportResultSchema)
@roles_required(ROLE_HQ)
def import_users(files):
    """Onboard users from a CSV or Excel file; one bad row imports nothing."""
    upload = files["file"]
    created = services.import_users(current_user, upload.filename or "", upload.read())
    return {"created": len(created),
            "users": [{"id": u.id, "username": u.username, "name": u.name, "role": u.role,
                       "initial_password": password} for u, password in created]}
