"""Org units, users and sign-in. Services take the acting user, flush, and never commit."""

import re
import secrets

from flask import current_app
from marshmallow import ValidationError as MarshmallowValidationError
from sqlalchemy import func, or_, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from app.core import ratelimit
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, ROLES, require_role, scoped
from app.core.company import get_company
from app.core.db import lock_for_update, utcnow
from app.core.errors import AppError, Forbidden, NotFound, ValidationError
from app.core.events import declare_metric, record_event, register_metrics
from app.core.fields import MOBILE, USERNAME, text
from app.core.tables import Column, Columns, RowErrors, read_table
from app.extensions import db
from app.org import sessions
from app.org.models import UNIT_KINDS, OrgUnit, User, UserSession, new_shop_code
from app.org.schemas import UserCreateSchema

declare_metric("login", "登录")
register_metrics("user.password", lambda event: {})  # logged for the account, no figure
GENERATED_PASSWORD_BYTES = 9  # 12 url-safe characters, shown once

# Checked against when the account does not exist, so both failures take the same time.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(8), method="scrypt")
MIN_PASSWORD_LENGTH = 8


class InvalidCredentials(AppError):
    status, code, message = 401, "invalid_credentials", "账号或密码错误"


# --- sign-in ---------------------------------------------------------------------------------

def find_by_login(login: str) -> User | None:
    login = login.strip()
    return db.session.scalars(
        select(User).where(or_(User.username == normalize_username(login), User.phone == login))
    ).first()


def _count_attempt(address: str, account: str) -> None:
    """Count a password attempt per client address and per account; RateLimited past either."""
    config = current_app.config
    ratelimit.hit(config["LOGIN_LIMIT_PER_ADDRESS"], "login-address", address)
    ratelimit.hit(config["LOGIN_LIMIT_PER_ACCOUNT"], "login-account", account)


def _clear_attempts(account: str) -> None:
    ratelimit.clear(current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], "login-account", account)


def sign_in(login: str, password: str, address: str, user_agent: str = "") -> User:
    """Return the active user with this phone or username and password, signed in with a new
    session (see org.sessions) on this device.

    Every attempt is counted first, per client address and per account (one count whether the
    account is named by username or phone); a success clears the account's count. Raise
    RateLimited past either limit, and InvalidCredentials, the same answer for an unknown
    user, a wrong password or a disabled account.
    """
    user = find_by_login(login)
    account = f"user:{user.id}" if user else f"login:{login.strip().lower()}"
    _count_attempt(address, account)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        raise InvalidCredentials()
    if not user.check_password(password) or not user.active:
        raise InvalidCredentials()
    _clear_attempts(account)
    sessions.open_session(user, user_agent, address)
    return signed_in(user)


def signed_in(user: User) -> User:
    """Stamp and log a sign-in whose credentials were checked (the demo's reps sign in so,
    without a session)."""
    user.last_login_at = utcnow()
    record_event("login", actor=user, object_type="user", object_id=user.id)
    return user


def change_own_password(user: User, current: UserSession, current_password: str,
                        new_password: str, address: str) -> None:
    """Change the user's own password and end their other sessions, keeping `current`.

    The current password is checked as a sign-in is, counted against the same limits, so
    a stolen session cannot use this to guess it. Raise RateLimited, or ValidationError on
    `current_password` or `new_password`.
    """
    account = f"user:{user.id}"
    _count_attempt(address, account)
    if not user.check_password(current_password):
        raise ValidationError(fields={"current_password": ["当前密码不正确"]})
    _clear_attempts(account)
    errors: dict = {}
    _check_password(new_password, errors, "new_password")
    if not errors and user.check_password(new_password):
        errors["new_password"] = ["新密码不能与当前密码相同"]
    if errors:
        raise ValidationError(fields=errors)
    user.set_password(new_password)
    sessions.revoke_all(user, keep=current)
    record_event("user.password", actor=user, object_type="user", object_id=user.id)
    db.session.flush()


# --- org units -------------------------------------------------------------------------------

def root_unit() -> OrgUnit | None:
    return db.session.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None))).first()


def create_unit(actor: User | None, name: str, kind: str, parent_id: int | None = None,
                sort_order: int = 0) -> OrgUnit:
    """Add an org unit under `parent_id` (the HQ root when it is the first unit).

    Raise ValidationError if the parent is missing or the kind does not fit the tree.
    """
    if actor is not None:
        require_role(actor, [ROLE_HQ])
    if parent_id is None:
        if root_unit() is not None:
            raise ValidationError(fields={"parent_id": ["请选择上级组织"]})
        if kind != "hq":
            raise ValidationError(fields={"kind": ["根组织必须是总部"]})
        parent = None
    else:
        parent = db.session.get(OrgUnit, parent_id)
        if parent is None:
            raise ValidationError(fields={"parent_id": ["上级组织不存在"]})
        if kind == "hq":
            raise ValidationError(fields={"kind": ["只能有一个总部"]})
        _check_fits(kind, parent)
    unit = OrgUnit(name=name.strip(), kind=kind, parent=parent, sort_order=sort_order)
    db.session.add(unit)
    db.session.flush()
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    unit.depth = parent.depth + 1 if parent else 0
    db.session.flush()
    return unit


_KIND_LABELS = {"hq": "总部", "branch": "分公司", "team": "团队"}


def _check_fits(kind: str, parent: OrgUnit) -> None:
    """A unit sits under one of its own kind or a higher one (HQ > branch > team): a branch
    under a team would put a team's boss above a branch's."""
    if UNIT_KINDS.index(kind) < UNIT_KINDS.index(parent.kind):
        raise ValidationError(fields={"parent_id": [
            f"{_KIND_LABELS[kind]}不能放在{_KIND_LABELS[parent.kind]}之下"]})


def update_unit(actor: User, unit: OrgUnit, changes: dict) -> OrgUnit:
    """Rename or move a unit; a move rewrites the paths of its whole subtree.

    Moves take turns (a lock on the root's row) and check the tree as the one before left it:
    two crossing moves at once (A under B, B under A) would otherwise each pass the check on
    the old paths and make a cycle. Raise ValidationError when moving the unit under itself or
    under a unit of a lower kind (a branch under a team), or moving the root.
    """
    require_role(actor, [ROLE_HQ])
    new_parent_id = changes.get("parent_id")
    if new_parent_id is not None and new_parent_id != unit.parent_id:
        lock_for_update(db.session, OrgUnit, root_unit().id)
        db.session.refresh(unit)
    if "name" in changes:
        unit.name = changes["name"].strip()
    if "sort_order" in changes:
        unit.sort_order = changes["sort_order"]
    if new_parent_id is not None and new_parent_id != unit.parent_id:
        if unit.parent_id is None:
            raise ValidationError(fields={"parent_id": ["总部不能移动"]})
        parent = db.session.get(OrgUnit, new_parent_id, populate_existing=True)
        if parent is None:
            raise ValidationError(fields={"parent_id": ["上级组织不存在"]})
        if parent.is_within(unit):
            raise ValidationError(fields={"parent_id": ["不能移动到自己的下级"]})
        _check_fits(unit.kind, parent)
        old_path, new_path = unit.path, f"{parent.path}{unit.id}/"
        depth_change = parent.depth + 1 - unit.depth
        db.session.execute(
            update(OrgUnit)
            .where(OrgUnit.path.startswith(old_path, autoescape=True))
            .values(path=func.replace(OrgUnit.path, old_path, new_path),
                    depth=OrgUnit.depth + depth_change)
            .execution_options(synchronize_session=False)
        )
        unit.parent_id = parent.id
        # Which HQ pins reach a shop depends on where its rep sits: every shop may change.
        company = get_company()
        company.content_version += 1
        db.session.flush()
        db.session.expire_all()
    db.session.flush()
    return unit


# --- users -----------------------------------------------------------------------------------

def manages_people(actor: User) -> bool:
    """HQ manages everyone; a boss the reps of their subtree, where the company allows."""
    return actor.role == ROLE_HQ or (actor.role == ROLE_BOSS
                                     and get_company().boss_manages_people)


def require_manager(actor: User | None, user: User | None = None) -> None:
    """Raise Forbidden unless `actor` (None: the CLI or the seed) may manage people, and
    `user` when given: a boss only reps of their subtree (another user there is Forbidden, one
    outside it NotFound, as the scope says)."""
    if actor is None:
        return
    if not manages_people(actor):
        raise Forbidden()
    if user is None or actor.role == ROLE_HQ:
        return
    if not user.org_unit.is_within(actor.org_unit):
        raise NotFound()
    if user.role != ROLE_REP:
        raise Forbidden("主管只能管理本团队的员工")


def _unit_for(actor: User | None, unit_id: int) -> OrgUnit | None:
    """The unit a user is placed in: for a boss, one of their subtree (any other is as good as
    missing); for HQ, the CLI and the seed, any."""
    if actor is None or actor.role == ROLE_HQ:
        return db.session.get(OrgUnit, unit_id)
    return db.session.scalars(
        scoped(select(OrgUnit), OrgUnit, actor).where(OrgUnit.id == unit_id)).first()


def _check_role(actor: User | None, role: str, errors: dict) -> None:
    if role not in ROLES:
        errors["role"] = ["角色无效"]
    elif actor is not None and actor.role == ROLE_BOSS and role != ROLE_REP:
        errors["role"] = ["主管只能管理员工，不能设置主管或总部管理员"]


def _check_placement(role: str, unit: OrgUnit | None, errors: dict) -> None:
    if unit is None:
        errors.setdefault("org_unit_id", []).append("所属组织不存在")
    elif role == ROLE_REP and unit.kind != "team":
        errors.setdefault("org_unit_id", []).append("员工必须属于一个团队")
    elif role == ROLE_HQ and unit.kind != "hq":
        errors.setdefault("org_unit_id", []).append("总部管理员必须属于总部")


def _check_rule(rule, value: str, field: str, errors: dict) -> None:
    try:
        rule(value)
    except MarshmallowValidationError as error:
        errors.setdefault(field, []).extend(error.messages)


def _check_profile(errors: dict, *, username: str | None = None, name: str | None = None,
                   phone: str | None = None, exclude_id: int | None = None) -> None:
    """Check the given (already normalized) fields: format, then uniqueness.

    The same rules hold whether a user comes from the API, the CLI or a CSV file. A username
    may not look like a phone number, so a sign-in name always means one account.
    """
    def taken(column, value):
        query = select(User.id).where(column == value)
        if exclude_id is not None:
            query = query.where(User.id != exclude_id)
        return db.session.scalar(query) is not None

    if username is not None:
        _check_rule(USERNAME, username, "username", errors)
        if MOBILE.regex.fullmatch(username):
            errors.setdefault("username", []).append("用户名不能是手机号")
        if "username" not in errors and taken(User.username, username):
            errors["username"] = ["用户名已被使用"]
    if name is not None:
        for rule in text(50):
            _check_rule(rule, name, "name", errors)
    if phone is not None:
        _check_rule(MOBILE, phone, "phone", errors)
        if "phone" not in errors and taken(User.phone, phone):
            errors["phone"] = ["手机号已被使用"]


def normalize_username(username: str) -> str:
    """Usernames are case-insensitive: stored lower-case, so the unique key covers case."""
    return username.strip().lower()


def normalize_phone(phone: str | None) -> str | None:
    return (phone or "").strip() or None


def _check_password(password: str, errors: dict, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        errors.setdefault(field, []).append(f"密码至少 {MIN_PASSWORD_LENGTH} 位")


def create_user(actor: User | None, *, username: str, name: str, role: str, org_unit_id: int,
                password: str, phone: str | None = None) -> User:
    """Create a user; a rep also gets a shop code. `actor` None means the CLI or the seed;
    a boss adds reps to their subtree (require_manager).

    Raise Forbidden, or ValidationError listing every field that is wrong.
    """
    require_manager(actor)
    username, name, phone = normalize_username(username), name.strip(), normalize_phone(phone)
    errors: dict = {}
    _check_role(actor, role, errors)
    _check_placement(role, _unit_for(actor, org_unit_id), errors)
    _check_profile(errors, username=username, name=name, phone=phone)
    _check_password(password, errors)
    if errors:
        raise ValidationError(fields=errors)
    user = User(username=username, name=name, role=role, org_unit_id=org_unit_id,
                phone=phone, shop_code=new_shop_code() if role == ROLE_REP else None)
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    if actor is not None:
        record_event("user.create", actor=actor, object_type="user", object_id=user.id)
    return user


def update_user(actor: User, user: User, changes: dict) -> User:
    """Change a user's profile, placement, role, password or active flag.

    Disabling a user or changing the password ends their sessions; moving a rep leaves the
    counters of their work where it was done (they carry the unit of the moment). `actor`
    None means the CLI; a boss edits the reps of their subtree (require_manager).
    Raise Forbidden, NotFound, or ValidationError.
    """
    require_manager(actor, user)
    changes = dict(changes)
    if "username" in changes:
        changes["username"] = normalize_username(changes["username"])
    if "name" in changes:
        changes["name"] = changes["name"].strip()
    if "phone" in changes:
        changes["phone"] = normalize_phone(changes["phone"])
    errors: dict = {}
    role = changes.get("role", user.role)
    unit_id = changes.get("org_unit_id", user.org_unit_id)
    if "role" in changes or "org_unit_id" in changes:
        _check_role(actor, role, errors)
        _check_placement(role, _unit_for(actor, unit_id), errors)
    _check_profile(errors, username=changes.get("username"), name=changes.get("name"),
                   phone=changes.get("phone"), exclude_id=user.id)
    if "password" in changes:
        _check_password(changes["password"], errors)
    if changes.get("active") is False and actor is not None and user.id == actor.id:
        errors["active"] = ["不能停用自己"]
    if errors:
        raise ValidationError(fields=errors)
    for field in ("username", "name", "phone"):
        if field in changes:
            setattr(user, field, changes[field])
    moved = unit_id != user.org_unit_id
    user.role, user.org_unit_id = role, unit_id
    if role == ROLE_REP and user.shop_code is None:
        user.shop_code = new_shop_code()
    if "password" in changes:
        user.set_password(changes["password"])
    if "active" in changes and changes["active"] != user.active:
        user.active = changes["active"]
    if "password" in changes or changes.get("active") is False:
        sessions.revoke_all(user)
    db.session.flush()
    if moved:
        db.session.expire(user, ["org_unit"])
    return user


def reset_password(actor: User, user: User, password: str | None = None) -> str | None:
    """Give `user` a new password (`password`, or a generated one, returned to be shown once)
    and end all their sessions, by update_user's rules. Raise Forbidden, NotFound, or
    ValidationError on `password`."""
    generated = None if password else secrets.token_urlsafe(GENERATED_PASSWORD_BYTES)
    update_user(actor, user, {"password": password or generated})
    record_event("user.password", actor=actor, object_type="user", object_id=user.id,
                 attrs={"reset": True})
    return generated


ROLE_ALIASES = {"rep": ROLE_REP, "员工": ROLE_REP, "boss": ROLE_BOSS, "老板": ROLE_BOSS,
                "主管": ROLE_BOSS, "hq_admin": ROLE_HQ, "总部管理员": ROLE_HQ}


def resolve_unit(ref: str) -> OrgUnit | None:
    """An org unit by id, or by the names on the path below HQ ("华东分公司/华东一队")."""
    ref = ref.strip()
    if re.fullmatch(r"[0-9]{1,9}", ref):  # what an INTEGER id holds
        return db.session.get(OrgUnit, int(ref))
    unit = root_unit()
    for name in filter(None, (part.strip() for part in ref.split("/"))):
        if unit is None:
            return None
        unit = db.session.scalars(
            select(OrgUnit).where(OrgUnit.parent_id == unit.id, OrgUnit.name == name)
        ).first()
    return unit


def _role(text: str) -> str:
    role = ROLE_ALIASES.get(text) or ROLE_ALIASES.get(text.lower())
    if role is None:
        raise ValueError("角色无效（可填 rep/员工、boss/主管、hq_admin/总部管理员）")
    return role


def _unit_id(text: str) -> int:
    unit = resolve_unit(text)
    if unit is None:
        raise ValueError("所属组织不存在（填组织 id，或总部以下的名称路径，如 华东分公司/一队）")
    return unit.id


# Headers accepted in an import file (Chinese or English) and how each cell becomes a
# UserCreateSchema field: a row is checked as the API checks a new user.
IMPORT_COLUMNS = Columns(
    Column("username", ("用户名", "username"), normalize_username),
    Column("name", ("姓名", "name")),
    Column("phone", ("手机", "phone")),
    Column("role", ("角色", "role"), _role),
    Column("org_unit_id", ("所属组织", "org_unit"), _unit_id),
    Column("password", ("密码", "password")),
)
user_create_schema = UserCreateSchema()


def _check_new_user(values: dict, first_rows: dict, number: int) -> dict:
    """What the schema cannot know of a row: taken or repeated names and phones, placement."""
    errors: dict = {}
    for field in ("username", "phone"):
        if values.get(field):
            first = first_rows.setdefault((field, values[field]), number)
            if first != number:
                errors[field] = [f"与第 {first} 行重复"]
    _check_profile(errors, username=values["username"], name=values["name"],
                   phone=values.get("phone"))
    _check_placement(values["role"], db.session.get(OrgUnit, values["org_unit_id"]), errors)
    return errors


def import_users(actor: User | None, filename: str, raw: bytes) -> list[tuple[User, str | None]]:
    """Onboard a sales force from a CSV or XLSX file: every row is checked, and one bad row
    imports nothing.

    Columns: username, name, phone, role, org_unit (id or path of names), password (blank: a
    password is generated and returned). Raise ValidationError with the row-level errors.
    """
    if actor is not None:
        require_role(actor, [ROLE_HQ])
    table = read_table(filename, raw, IMPORT_COLUMNS,
                       current_app.config["USER_IMPORT_MAX_ROWS"])
    table.require("username", "name", "role", "org_unit_id")
    first_rows: dict[tuple[str, str], int] = {}
    planned, row_errors = [], RowErrors()
    for number, cells in table:
        values, messages = IMPORT_COLUMNS.load(user_create_schema, cells, partial=["password"])
        if values:
            messages = IMPORT_COLUMNS.messages(_check_new_user(values, first_rows, number))
        row_errors.add(number, messages)
        planned.append(values)
    row_errors.raise_any()
    created = []
    for values in planned:
        generated = None if values.get("password") else secrets.token_urlsafe(
            GENERATED_PASSWORD_BYTES)
        user = create_user(None, **{**values, "password": values.get("password") or generated})
        created.append((user, generated))
    if actor is not None:
        record_event("user.import", actor=actor, attrs={"count": len(created)})
    return created


def get_user_by_username(username: str) -> User:
    user = db.session.scalars(
        select(User).where(User.username == normalize_username(username))).first()
    if user is None:
        raise NotFound()
    return user


def update_company(actor: User, changes: dict):
    """Edit the company's settings (HQ only): the schema names which, and their ranges."""
    require_role(actor, [ROLE_HQ])
    company = get_company()
    for field, value in changes.items():
        setattr(company, field, value)
    if changes.keys() & {"name", "logo_url"}:
        company.content_version += 1  # every public shop shows the company's name and logo
    db.session.flush()
    return company

