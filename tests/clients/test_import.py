"""Customers imported from a spreadsheet: every row checked, one bad row imports nothing, and a
person already in the company (by phone, openid or unionid) is filled in, never duplicated."""

import io
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.clients.models import CustomerTag, CustomerTagChange
from app.customers.models import Customer
from app.extensions import db
from tests.clients.builders import customer, tagged, vocabulary
from tests.shop.builders import counters, events
from tests.shop.test_catalog import csv_bytes, upload

HEADER = ["姓名", "手机", "微信昵称", "性别", "地区", "生日", "备注", "标签"]
ROWS = [
    ["王芳", "13800000001", "芳芳", "女", "上海", "1990/5/1", "老客户介绍", "意向，老客"],
    ["李雷", "138 0000 0002", "", "男", "", "1985年12月3日", "", ""],
]


def import_file(client, raw: bytes, filename: str = "客户.csv"):
    return upload(client, "/api/v1/customers/import", raw, filename)


def xlsx_bytes(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def customers() -> dict[str, Customer]:
    return {c.name or c.nickname: c for c in db.session.scalars(select(Customer))}


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def tags(org):
    return vocabulary(org.admin, {"阶段": ["意向", "老客"], "兴趣": ["茶叶"]})


def assert_imported(response, org, tags):
    assert response.status_code == 201, response.json
    assert response.json == {"created": 2, "updated": 0}
    found = customers()
    wang, li = found["王芳"], found["李雷"]
    assert (wang.phone, wang.nickname, wang.gender, wang.region, wang.birthday, wang.notes) == (
        "13800000001", "芳芳", "female", "上海", date(1990, 5, 1), "老客户介绍")
    assert (li.phone, li.gender, li.birthday, li.nickname) == (
        "13800000002", "male", date(1985, 12, 3), None)
    for made in (wang, li):
        assert (made.rep_id, made.status, made.source, made.stage) == (
            org.rep_a1.id, "customer", "import", "profiled")
        assert made.converted_at is not None
    carried = db.session.scalars(select(CustomerTag).where(CustomerTag.customer_id == wang.id))
    assert {(t.tag_id, t.source, t.applied_by) for t in carried} == {
        (tags["意向"].id, "manual", org.rep_a1.id), (tags["老客"].id, "manual", org.rep_a1.id)}
    assert count(CustomerTagChange) == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_rep_imports_a_csv_in_any_excel_encoding(as_rep, org, tags, encoding):
    # given a CSV with Chinese headers, as Excel in China saves it
    raw = csv_bytes([HEADER, *ROWS], encoding)

    # when rep A1 imports it
    response = import_file(as_rep, raw)

    # then both customers are in A1's book, with their profile and tags
    assert_imported(response, org, tags)


def test_a_rep_imports_an_xlsx_with_excel_cells(as_rep, org, tags):
    # given a workbook whose phone is a number and whose birthday is a date cell
    raw = xlsx_bytes([HEADER,
                      ["王芳", 13800000001, "芳芳", "女", "上海", date(1990, 5, 1), "老客户介绍",
                       "意向;老客"],
                      [None] * 8,  # a blank row is skipped
                      ["李雷", "13800000002", None, "男", None, "1985-12-03", None, None]])

    assert_imported(import_file(as_rep, raw, "客户.XLSX"), org, tags)


def test_english_headers_and_openid_columns_are_read(as_rep, org):
    raw = csv_bytes([["Name", "phone", "gender", "openid", "unionid"],
                     ["Amy", "13800000003", "female", "o_amy_123456", "u_amy_123456"]])

    response = import_file(as_rep, raw)

    assert response.status_code == 201, response.json
    amy = customers()["Amy"]
    assert (amy.phone, amy.gender, amy.openid, amy.unionid) == (
        "13800000003", "female", "o_amy_123456", "u_amy_123456")


def test_imported_customers_are_logged_for_the_rep_not_as_new_customers(as_rep, org, tags):
    import_file(as_rep, csv_bytes([HEADER, *ROWS]))

    logged = events("customer_import")
    assert len(logged) == 2 and {e.rep_id for e in logged} == {org.rep_a1.id}
    assert counters(org.rep_a1).get("customer_import") == 2
    assert "customer_new" not in counters(org.rep_a1)


def test_bad_rows_are_reported_by_number_and_nothing_is_imported(as_rep, org, tags):
    # given a book with one customer, and a file with good rows around bad ones
    customer(org.rep_a1, name="老王", phone="13800000009")
    rows = [HEADER, ROWS[0],
            ["", "", "", "", "", "", "只有备注", ""],                          # row 3: nobody
            ["张三", "1380000", "", "未知", "", "1990-13-01", "", "不存在的标签"],  # row 4
            ROWS[1],
            ["王芳二号", "13800000001", "", "", "", "", "", ""]]                # row 6: repeat

    # when the rep imports it
    response = import_file(as_rep, csv_bytes(rows))

    # then every bad row is listed with its errors, and nothing was written
    assert response.status_code == 422
    assert response.json["error"]["code"] == "validation_error"
    errors = response.json["error"]["fields"]["rows"]
    assert set(errors) == {"3", "4", "6"}
    assert len(errors["4"]) == 3  # phone, gender, birthday (the tag is checked once those pass)
    assert any(message.startswith("手机：") for message in errors["4"])
    assert errors["6"] == ["手机与第 2 行重复"]
    assert list(customers()) == ["老王"]
    assert count(CustomerTag) == 0


def test_unknown_and_ambiguous_tags_are_row_errors(as_rep, org):
    vocabulary(org.admin, {"阶段": ["意向"], "兴趣": ["茶叶", "意向"]})
    rows = [["姓名", "标签"], ["甲", "意向"], ["乙", "兴趣/意向, 茶叶"], ["丙", "咖啡"]]

    response = import_file(as_rep, csv_bytes(rows))

    errors = response.json["error"]["fields"]["rows"]
    assert set(errors) == {"2", "4"}
    assert "组名/标签名" in errors["2"][0] and "不在标签库中" in errors["4"][0]


@pytest.mark.parametrize(("raw", "filename"), [
    (b"", "empty.csv"),
    ("姓名,手机\n".encode(), "header-only.csv"),
    ("地区,备注\n上海,x\n".encode(), "nobody-column.csv"),
    (b"not a workbook", "broken.xlsx"),
])
def test_an_unusable_file_is_422(as_rep, raw, filename):
    response = import_file(as_rep, raw, filename)

    assert response.status_code == 422
    assert "file" in response.json["error"]["fields"]


def test_an_import_past_the_row_cap_is_refused_without_reading_the_rest(as_rep, app, monkeypatch):
    # given a cap of 3 rows, and 4 rows then one no CSV reader takes
    monkeypatch.setitem(app.config, "IMPORT_MAX_ROWS", 3)
    rows = [["姓名"]] + [[f"客户{n}"] for n in range(4)] + [["x" * 131_073]]

    response = import_file(as_rep, csv_bytes(rows))

    # then the cap refuses it at the 4th row, before the unreadable one
    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"file": ["第 5 行：超过 3 行的上限，请分批导入"]}
    assert count(Customer) == 0


@pytest.mark.parametrize(("rows", "problem"), [
    ([["姓名", "备注"], ["甲", ""], ["乙", "x" * 131_073]], "第 3 行：有单元格超过 131072 个字符"),
    ([["姓名", "备注"], ["甲", "a\x00b"]], "第 2 行：含有空字符（NUL），请检查文件是否为表格文本"),
    ([["姓名", "手机", "手机号"], ["甲", "", ""]],
     "第 1 行：「手机」和「手机号」是同一列，只能留一列"),
])
def test_a_malformed_file_is_422_naming_the_row(as_rep, rows, problem):
    response = import_file(as_rep, csv_bytes(rows))

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"file": [problem]}
    assert count(Customer) == 0


def test_a_row_gets_the_apis_rules_for_a_customer(as_rep, org):
    # given what the API says of a birthday in the future
    mine = customer(org.rep_a1, name="老王")
    api = as_rep.patch(f"/api/v1/customers/{mine.id}", json={"birthday": "2999-01-01"})

    # when a file has the same birthday
    response = import_file(as_rep, csv_bytes([["姓名", "生日"], ["甲", "2999-01-01"]]))

    # then the row says what the API says
    assert api.status_code == 422
    assert response.json["error"]["fields"]["rows"] == {
        "2": [f"生日：{message}" for message in api.json["error"]["fields"]["birthday"]]}


# --- dedupe ----------------------------------------------------------------------------------

@pytest.mark.parametrize("identity", ["phone", "openid", "unionid"])
def test_a_known_person_is_filled_in_not_duplicated(as_rep, org, tags, identity):
    # given rep A1's customer with a name the rep typed, known by phone, openid and unionid
    mine = tagged(org.rep_a1, customer(org.rep_a1, name="王女士", phone="13800000001",
                                       openid="o_wang_123456", unionid="u_wang_123456",
                                       region=None, notes=""), tags["老客"])
    value = getattr(mine, identity)

    # when the rep imports a row naming that person by one of them, with more details
    raw = csv_bytes([["姓名", "地区", "备注", "标签", identity],
                     ["王芳", "上海", "喜欢绿茶", "老客, 茶叶", value]])
    response = import_file(as_rep, raw)

    # then the customer is updated, not duplicated: empty fields filled, the name kept
    assert response.status_code == 201, response.json
    assert response.json == {"created": 0, "updated": 1}
    assert count(Customer) == 1
    db.session.refresh(mine)
    assert (mine.name, mine.region, mine.notes, mine.status) == (
        "王女士", "上海", "喜欢绿茶", "customer")
    assert set(db.session.scalars(select(CustomerTag.tag_id).where(
        CustomerTag.customer_id == mine.id))) == {tags["老客"].id, tags["茶叶"].id}


def test_another_reps_customer_is_refused(as_rep, org):
    # given a person rep A1b already has
    theirs = customer(org.rep_a1b, name="赵六", phone="13800000006")

    # when rep A1 imports the same phone
    response = import_file(as_rep, csv_bytes([["姓名", "手机"], ["赵六", "13800000006"],
                                              ["新人", "13800000007"]]))

    # then that row is refused and nothing is imported
    assert response.status_code == 422
    assert response.json["error"]["fields"]["rows"] == {"2": ["该客户已属于其他员工"]}
    assert count(Customer) == 1
    db.session.refresh(theirs)
    assert theirs.rep_id == org.rep_a1b.id


def test_two_rows_of_one_known_person_and_two_known_people_are_row_errors(as_rep, org):
    known = customer(org.rep_a1, name="甲", phone="13800000001", openid="o_jia_123456",
                     unionid="u_jia_123456")
    customer(org.rep_a1, name="乙", phone="13800000002")
    rows = [["姓名", "手机", "openid", "unionid"],
            ["甲", "13800000001", "", ""],
            ["甲", "", known.openid, ""],             # row 3: the same person as row 2
            ["谁", "13800000002", "", known.unionid]]  # row 4: names two customers

    errors = import_file(as_rep, csv_bytes(rows)).json["error"]["fields"]["rows"]

    assert errors == {"3": ["与第 2 行是同一位客户"],
                      "4": ["手机、openid、unionid 对应了多位已有客户，请先合并重复客户"]}


def test_a_rep_cannot_import_into_another_reps_book(as_rep, org):
    raw = csv_bytes([["姓名", "所属员工"], ["甲", "rep_a1"], ["乙", "rep_a2"]])

    response = import_file(as_rep, raw)

    assert response.json["error"]["fields"]["rows"] == {"3": ["所属员工：只能导入到自己的客户中"]}


# --- HQ ---------------------------------------------------------------------------------------

def test_hq_imports_into_the_books_its_rows_name(as_hq, org, tags):
    # given rep A2's customer known by phone
    known = customer(org.rep_a2, name="老客户", phone="13800000002")
    raw = csv_bytes([["姓名", "手机", "标签", "所属员工"],
                     ["新客户", "13800000001", "意向", "REP_A1"],
                     ["", "13800000002", "意向", "rep_a2"]])

    # when HQ imports a file naming each row's rep (the current owner for the known one)
    response = import_file(as_hq, raw)

    # then the new customer is A1's, the known one stays A2's and is tagged, by HQ
    assert response.status_code == 201, response.json
    assert response.json == {"created": 1, "updated": 1}
    assert customers()["新客户"].rep_id == org.rep_a1.id
    db.session.refresh(known)
    assert (known.rep_id, known.name) == (org.rep_a2.id, "老客户")
    assert {(t.customer_id, t.applied_by) for t in db.session.scalars(select(CustomerTag))} == {
        (customers()["新客户"].id, org.admin.id), (known.id, org.admin.id)}
    assert counters(org.rep_a1).get("customer_import") == 1


def test_hq_cannot_move_a_customer_by_import(as_hq, org):
    customer(org.rep_a2, name="老客户", phone="13800000002")
    rows = [["姓名", "手机", "所属员工"],
            ["老客户", "13800000002", "rep_a1"],  # another owner: a handover, not an import
            ["甲", "", ""],                         # no owner
            ["乙", "", "boss_a"],                   # not a rep
            ["丙", "", "nobody"]]

    response = import_file(as_hq, csv_bytes(rows))

    errors = response.json["error"]["fields"]["rows"]
    assert errors["2"] == ["该客户已属于其他员工"]
    assert errors["3"] == ["所属员工：必填"]
    assert "不是在职员工" in errors["4"][0] and "不是在职员工" in errors["5"][0]
    assert count(Customer) == 1


def test_hq_needs_the_owner_column(as_hq):
    response = import_file(as_hq, csv_bytes([["姓名"], ["甲"]]))

    assert response.status_code == 422
    assert response.json["error"]["fields"]["file"] == ["缺少列: 所属员工"]


@pytest.mark.parametrize(("who", "has_owner"), [("as_rep", False), ("as_hq", True)])
def test_the_template_has_the_roles_columns_and_the_vocabulary(request, tags, who, has_owner):
    response = request.getfixturevalue(who).get("/api/v1/customers/import-template")

    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.data))
    header = [cell.value for cell in book.worksheets[0][1]]
    assert header[:3] == ["姓名", "手机", "微信昵称"]
    assert ("所属员工" in header) is has_owner
    assert [row for row in book["标签库"].iter_rows(min_row=2, values_only=True)] == [
        ("阶段", "意向"), ("阶段", "老客"), ("兴趣", "茶叶")]


def test_the_template_imports_as_it_is_filled(as_hq, org):
    # given HQ's template with one row typed under its headers
    book = load_workbook(io.BytesIO(as_hq.get("/api/v1/customers/import-template").data))
    header = [cell.value for cell in book.worksheets[0][1]]
    book.worksheets[0].append([{"姓名": "甲", "所属员工": "rep_b1"}.get(h) for h in header])
    out = io.BytesIO()
    book.save(out)

    response = import_file(as_hq, out.getvalue(), "客户导入模板.xlsx")

    assert response.status_code == 201, response.json
    assert customers()["甲"].rep_id == org.rep_b1.id
