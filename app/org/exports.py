"""The users list as a spreadsheet: the list's own query and filters, a row per user."""

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.core.exports import batches, count_of, local_time, register_export
from app.org.queries import user_list
from app.org.schemas import UserListArgsSchema

ROLE_NAMES = {ROLE_REP: "员工", ROLE_BOSS: "主管", ROLE_HQ: "总部管理员"}
COLUMNS = (("username", "用户名"), ("name", "姓名"), ("phone", "手机"), ("role", "角色"),
           ("org_unit", "组织"), ("active", "状态"), ("shop_code", "店铺码"),
           ("last_login_at", "最近登录"), ("created_at", "创建时间"))


def user_rows(actor, filters: dict):
    for page in batches(user_list(actor, filters)):
        for user in page:
            yield (user.username, user.name, user.phone, ROLE_NAMES.get(user.role, user.role),
                   user.org_unit.name, "启用" if user.active else "停用", user.shop_code,
                   local_time(user.last_login_at), local_time(user.created_at))


# A rep's list is themselves alone: nothing to export.
register_export("users", "员工", COLUMNS, user_rows,
                lambda actor, filters: count_of(user_list(actor, filters)),
                filters=UserListArgsSchema, roles=(ROLE_BOSS, ROLE_HQ))
