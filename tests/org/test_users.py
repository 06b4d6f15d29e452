"""HQ creates, edits and disables users; a whole sales force comes in from CSV or Excel."""

import io

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.org.models import User


def user_count(db) -> int:
    return db.session.scalar(select(func.count()).select_from(User))


def test_hq_creates_a_rep_with_a_shop_code(as_hq, org, client):
    response = as_hq.post("/api/v1/users", json={
        "username": "newrep", "name": "新员工", "phone": "13512345678", "role": "rep",
        "org_unit_id": org.team_b1.id, "password": "first-pass-1"})

    assert response.status_code == 201
    assert len(response.json["shop_code"]) == 16
    client.fetch_csrf()
    login = client.post("/api/v1/auth/login", json={"login": "13512345678",
                                                    "password": "first-pass-1"})
    assert login.status_code == 200


def test_shop_codes_are_unique_and_unguessable(as_hq, org):
    codes = {org.rep_a1.shop_code, org.rep_a1b.shop_code, org.rep_a2.shop_code,
             org.rep_b1.shop_code}

    assert len(codes) == 4
    assert all(len(code) == 16 for code in codes)


def test_every_wrong_field_is_reported_at_once(as_hq, org):
    response = as_hq.post("/api/v1/users", json={
        "username": "rep_a1", "name": "重复", "phone": org.rep_a2.phone, "role": "rep",
        "org_unit_id": org.branch_a.id, "password": "long-enough-1"})

    assert response.status_code == 422
    assert set(response.json["error"]["fields"]) == {"username", "phone", "org_unit_id"}


def test_schema_errors_are_field_errors_in_chinese(as_hq, org):
    response = as_hq.post("/api/v1/users", json={"username": "x", "role": "king", "extra": 1})

    assert response.status_code == 422
    fields = response.json["error"]["fields"]
    assert {"username", "role", "name", "org_unit_id", "password", "extra"} <= set(fields)
    assert fields["name"] == ["必填"]
    assert fields["extra"] == ["不认识的字段"]
    assert fields["role"][0].startswith("应为以下之一")


def test_hq_cannot_disable_themselves(as_hq, org):
    response = as_hq.patch(f"/api/v1/users/{org.admin.id}", json={"active": False})

    assert response.status_code == 422


def test_moving_a_rep_to_a_branch_is_refused(as_hq, org):
    response = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"org_unit_id": org.branch_a.id})

    assert response.status_code == 422
    assert response.json["error"]["fields"]["org_unit_id"] == ["员工必须属于一个团队"]


CSV_OK = """username,name,phone,role,org_unit,password
zhang01,张伟,13600000001,rep,华东分公司/上海一队,
li02,李娜,13600000002,员工,华东分公司/杭州二队,secret-pass-2
wang03,王芳,,boss,华南分公司,
"""


def upload(client, text, encoding="utf-8"):
    return client.post("/api/v1/users/import", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(text.encode(encoding)), "users.csv")})


def test_csv_import_creates_every_row(as_hq, org, db):
    response = upload(as_hq, CSV_OK)

    assert response.status_code == 201
    assert response.json["created"] == 3
    generated = {u["username"]: u["initial_password"] for u in response.json["users"]}
    assert generated["li02"] is None  # given in the file, not echoed
    assert len(generated["zhang01"]) >= 12
    zhang = db.session.scalars(select(User).where(User.username == "zhang01")).one()
    assert zhang.org_unit_id == org.team_a1.id and zhang.shop_code


def test_csv_import_reads_excel_gb18030(as_hq, org):
    assert upload(as_hq, CSV_OK, encoding="gb18030").json["created"] == 3


def test_one_bad_row_imports_nothing_and_every_error_is_reported(as_hq, org, db):
    before = user_count(db)
    bad = CSV_OK + "rep_a1,重名,,rep,华东分公司/上海一队,\nzhao05,赵,,rep,不存在的队,\n" \
                   "li02,李重复,,rep,华东分公司/上海一队,\n"

    response = upload(as_hq, bad)

    assert response.status_code == 422
    rows = response.json["error"]["fields"]["rows"]
    assert rows == {"5": ["用户名：用户名已被使用"],
                    "6": [rows["6"][0]],
                    "7": ["用户名：与第 3 行重复"]}
    assert rows["6"][0].startswith("所属组织：所属组织不存在")
    assert user_count(db) == before


def test_csv_without_required_columns(as_hq, org):
    response = upload(as_hq, "name,phone\n张三,13600000009\n")

    assert response.status_code == 422
    assert "file" in response.json["error"]["fields"]


def test_an_import_past_the_user_cap_is_refused_without_reading_the_rest(as_hq, org, db, app,
                                                                        monkeypatch):
    # given a cap of 2 users, and 3 rows then one no CSV reader takes
    monkeypatch.setitem(app.config, "USER_IMPORT_MAX_ROWS", 2)
    before = user_count(db)

    response = upload(as_hq, CSV_OK + "x" * 131_073 + "\n")

    # then the cap refuses the 3rd row, before the unreadable one
    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"file": ["第 4 行：超过 2 行的上限，请分批导入"]}
    assert user_count(db) == before


def test_users_import_from_xlsx_too(as_hq, org, db):
    book = Workbook()
    for line in CSV_OK.splitlines():
        book.active.append(line.split(","))
    out = io.BytesIO()
    book.save(out)

    response = as_hq.post("/api/v1/users/import", content_type="multipart/form-data",
                          data={"file": (io.BytesIO(out.getvalue()), "users.xlsx")})

    assert response.status_code == 201, response.json
    assert response.json["created"] == 3


@pytest.mark.parametrize(("text", "problem"), [
    (CSV_OK + "x" * 131_073 + "\n", "第 5 行：有单元格超过 131072 个字符"),
    (CSV_OK.replace("张伟", "张\x00伟"), "第 2 行：含有空字符（NUL），请检查文件是否为表格文本"),
    ("", "文件是空的"),
])
def test_a_malformed_file_is_422_naming_the_row(as_hq, org, db, text, problem):
    before = user_count(db)

    response = upload(as_hq, text)

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"file": [problem]}
    assert user_count(db) == before


@pytest.mark.parametrize("ref", ["99999999999999999999", "²"])
def test_an_org_unit_reference_past_any_id_is_a_row_error(as_hq, org, ref):
    response = upload(as_hq, f"username,name,role,org_unit\nzhang01,张伟,rep,{ref}\n")

    assert response.status_code == 422
    assert response.json["error"]["fields"]["rows"]["2"][0].startswith("所属组织：所属组织不存在")


def test_an_import_row_gets_the_apis_messages(as_hq, org):
    body = {"username": "pw01", "name": "张", "role": "rep", "org_unit_id": org.team_a1.id,
            "password": "short"}
    api = as_hq.post("/api/v1/users", json=body)

    response = upload(as_hq, "username,name,role,org_unit,password\n"
                             "pw01,张,rep,华东分公司/上海一队,short\n")

    assert api.status_code == 422
    assert response.json["error"]["fields"]["rows"] == {
        "2": [f"密码：{message}" for message in api.json["error"]["fields"]["password"]]}


def test_csv_import_is_hq_only(as_boss, org):
    assert upload(as_boss, CSV_OK).status_code == 403


def test_users_cli_create_and_import(app, org, tmp_path, db):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "create", "--username", "cli01", "--name", "命令行",
                                 "--role", "rep", "--org-unit", "华南分公司/广州一队",
                                 "--password", "cli-pass-123"])
    assert result.exit_code == 0, result.output

    path = tmp_path / "users.csv"
    path.write_text(CSV_OK, encoding="utf-8")
    result = runner.invoke(args=["users", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 users imported" in result.output

    result = runner.invoke(args=["users", "import", str(path)])  # all taken now
    assert result.exit_code == 1
    assert "rows" in result.output

    result = runner.invoke(args=["users", "disable", "cli01"])
    assert result.exit_code == 0
    assert db.session.scalars(select(User).where(User.username == "cli01")).one().active is False


def test_input_rules_that_a_form_cannot_be_trusted_with(as_hq, org):
    base = {"username": "rule01", "name": "规则", "role": "rep", "org_unit_id": org.team_a1.id,
            "password": "long-enough-1"}

    blank_name = as_hq.post("/api/v1/users", json={**base, "name": "   "})
    arabic_digits = as_hq.post("/api/v1/users", json={**base, "phone": "1٠٠٠٠٠٠٠٠٠٠"})
    trailing_newline = as_hq.post("/api/v1/users", json={**base, "phone": "13500000000\n"})
    number_as_flag = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"active": 0})

    assert blank_name.json["error"]["fields"] == {"name": ["不能为空白"]}
    assert "phone" in arabic_digits.json["error"]["fields"]
    assert "phone" in trailing_newline.json["error"]["fields"]
    assert number_as_flag.status_code == 422
    assert as_hq.get(f"/api/v1/users/{org.rep_a1.id}").json["active"] is True


def test_csv_phone_numbers_are_checked(as_hq, org):
    response = upload(as_hq, "username,name,phone,role,org_unit\n"
                             "p01,张,1380000,rep,华东分公司/上海一队\n")

    assert response.json["error"]["fields"]["rows"]["2"] == ["手机：请输入 11 位手机号"]


def test_usernames_are_case_insensitive_and_never_look_like_a_phone(as_hq, org, client):
    base = {"name": "新人", "role": "rep", "org_unit_id": org.team_a1.id,
            "password": "long-enough-1"}

    upper = as_hq.post("/api/v1/users", json={**base, "username": "Rep_A1"})
    phone_shaped = as_hq.post("/api/v1/users", json={**base, "username": org.rep_a1b.phone})
    mixed = as_hq.post("/api/v1/users", json={**base, "username": "Li.Ming"})

    assert upper.json["error"]["fields"]["username"] == ["用户名已被使用"]
    assert phone_shaped.json["error"]["fields"]["username"] == ["用户名不能是手机号"]
    assert mixed.status_code == 201 and mixed.json["username"] == "li.ming"
    client.fetch_csrf()
    assert client.post("/api/v1/auth/login",
                       json={"login": "LI.MING", "password": "long-enough-1"}).status_code == 200


def test_csv_rows_get_the_same_field_rules_as_the_api(as_hq, org):
    long_name = "x" * 60
    response = upload(as_hq, "username,name,phone,role,org_unit\n"
                             f"{long_name},张,,rep,华东分公司/上海一队\n"
                             "bad name!,   ,,rep,华东分公司/上海一队\n")

    rows = response.json["error"]["fields"]["rows"]
    rule = "用户名：用户名为 3-50 位字母、数字、下划线、点或横线"
    assert rows == {"2": [rule], "3": [rule, "姓名：必填"]}  # a blank cell is no name


def test_cli_gets_the_same_field_rules(app, org):
    result = app.test_cli_runner().invoke(args=[
        "users", "create", "--username", "bad name!", "--name", "命令行", "--role", "rep",
        "--org-unit", "华南分公司/广州一队", "--password", "cli-pass-123"])

    assert result.exit_code == 1
    assert "username" in result.output
