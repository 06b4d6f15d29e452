"""The users list's export: a boss's subtree or HQ's company, with the list's filters."""

import pytest

from tests.exports import column, export, listed, private_storage, table_of  # noqa: F401

pytestmark = pytest.mark.usefixtures("private_storage")


def test_a_boss_exports_the_users_of_their_subtree(as_boss, org):
    # given / when the branch boss exports the reps of their users list
    table = table_of(export(as_boss, "users", {"role": "rep"}))

    # then the file is the list's rows: the branch's reps, none of another branch
    assert column(table, "用户名") == listed(as_boss, "/api/v1/users", "username", role="rep")
    assert sorted(column(table, "用户名")) == ["rep_a1", "rep_a1b", "rep_a2"]
    assert set(column(table, "角色")) == {"员工"}


def test_hq_exports_everyone_it_lists(as_hq, org):
    # given / when HQ exports the users list
    table = table_of(export(as_hq, "users", fmt="xlsx"))

    # then everyone, as the list shows them
    assert column(table, "用户名") == listed(as_hq, "/api/v1/users", "username")
    assert "rep_b1" in column(table, "用户名")
