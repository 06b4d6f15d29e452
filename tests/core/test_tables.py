"""Spreadsheets in and out: CSV as Excel in China writes it, and XLSX, read within bounds."""

import csv
import io
import struct
import tracemalloc
import zipfile
from datetime import datetime

import pytest
from marshmallow import Schema, fields, validate
from openpyxl import Workbook, load_workbook

from app.core.errors import ValidationError
from app.core.tables import CSV_CELL_MAX, Column, Columns, Table, read_table, write_table

ROWS = [{"name": "龙井", "price": "12.80"}, {"name": "普洱", "price": "8"}]


def parse_price(text: str) -> int:
    if not text.isdigit():
        raise ValueError("应为整数")
    return int(text)


COLUMNS = Columns(Column("name", ("名称", "name")), Column("price", ("售价", "price"), parse_price),
                  Column("stock", ("库存",)), Column("added", ("上架时间",)))


def read(filename: str, raw: bytes, max_rows: int = 100) -> list[tuple[int, dict]]:
    return list(read_table(filename, raw, COLUMNS, max_rows))


def cells(filename: str, raw: bytes, max_rows: int = 100) -> list[dict]:
    return [row for _, row in read(filename, raw, max_rows)]


def refused(filename: str, raw: bytes, max_rows: int = 100) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        read(filename, raw, max_rows)
    assert raised.value.status == 422
    return raised.value


def file_problem(error: ValidationError) -> str:
    [problem] = error.fields["file"]
    return problem


def csv_bytes(rows, encoding="utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet(raw: bytes, sheet_xml: bytes) -> bytes:
    """The workbook `raw` with its first sheet's XML replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.namelist():
            data = sheet_xml if member == "xl/worksheets/sheet1.xml" else source.read(member)
            target.writestr(member, data)
    return out.getvalue()


def sheet_xml(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


# --- CSV ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_is_read_in_utf8_with_or_without_bom_and_in_gb18030(app, encoding):
    raw = "名称,售价\n龙井,12.80\n普洱,8\n".encode(encoding)

    assert cells("商品.csv", raw) == ROWS


def test_headers_match_in_any_case_cells_are_trimmed_and_blank_rows_skipped_but_counted(app):
    raw = " 名称 , PRICE ,其他\n 龙井 ,12.80,x\n,,\n   ,  \n普洱,8,\n\n".encode()

    assert read("x.csv", raw) == [(2, ROWS[0]), (5, ROWS[1])]  # the numbers a person sees


def test_a_short_csv_row_leaves_blank_cells_out_and_a_long_one_is_cut(app):
    raw = "名称,售价\n龙井\n普洱,8,多余\n".encode()

    assert cells("x.csv", raw) == [{"name": "龙井"}, {"name": "普洱", "price": "8"}]


def test_quoted_csv_cells_keep_commas_and_newlines_and_count_as_one_row(app):
    raw = '名称,库存\n"龙井,特级","第一行\n第二行"\n普洱,1\n'.encode()

    assert read("x.csv", raw) == [(2, {"name": "龙井,特级", "stock": "第一行\n第二行"}),
                                  (3, {"name": "普洱", "stock": "1"})]


@pytest.mark.parametrize(("raw", "problem"), [
    (b"", "文件是空的"),
    ("\n名称,售价\n龙井,1\n".encode(), "第 1 行：应为列名（表头），不能是空行"),
])
def test_an_empty_file_or_one_without_a_header_is_refused(app, raw, problem):
    assert file_problem(refused("x.csv", raw)) == problem


def test_a_header_without_data_rows_is_refused(app):
    error = refused("x.csv", "名称,售价\n,\n".encode())

    assert (error.message, error.fields) == ("文件中没有数据行", {"file": ["没有数据行"]})


@pytest.mark.parametrize(("header", "problem"), [
    ("名称,售价,名称", "第 1 行：「名称」列重复"),
    ("名称,售价,NAME", "第 1 行：「名称」和「NAME」是同一列，只能留一列"),
])
def test_two_headers_of_one_column_are_refused(app, header, problem):
    assert file_problem(refused("x.csv", f"{header}\n龙井,1,普洱\n".encode())) == problem


def test_unknown_columns_are_ignored_even_when_repeated(app):
    assert cells("x.csv", "名称,备注,备注\n龙井,a,b\n".encode()) == [{"name": "龙井"}]


def test_undecodable_bytes_name_the_line(app):
    raw = "名称,售价\n龙井,1\n".encode() + b"\xff\xfe\x81,1\n"

    assert file_problem(refused("x.csv", raw)) == "第 3 行：无法识别文件编码，请保存为 UTF-8 CSV"


def test_a_cell_past_the_csv_limit_is_refused_naming_its_row(app):
    raw = csv_bytes([["名称", "售价"], ["龙井", "1"], ["x" * (CSV_CELL_MAX + 1), "2"]])

    assert file_problem(refused("x.csv", raw)) == f"第 3 行：有单元格超过 {CSV_CELL_MAX} 个字符"


def test_a_nul_in_a_csv_cell_is_refused_naming_its_row(app):
    raw = "名称,售价\n龙井,1\n普\x00洱,2\n".encode()

    assert file_problem(refused("x.csv", raw)) == (
        "第 3 行：含有空字符（NUL），请检查文件是否为表格文本")


@pytest.mark.parametrize(("raw", "problem"), [
    (xlsx([["名称", "售价"], ["龙井", 1]]), "这是 Excel（.xlsx）文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "不支持旧版 .xls 文件"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\x00\x81", "无法识别文件编码"),
])
def test_a_binary_file_named_csv_is_refused(app, raw, problem):
    assert problem in file_problem(refused("商品.csv", raw))


# --- XLSX --------------------------------------------------------------------------------------

def test_xlsx_cells_are_read_as_text_whole_numbers_without_decimals(app):
    raw = xlsx([["名称", "售价", "库存", "上架时间", "空"],
                ["龙井", 12.8, 20, datetime(2026, 11, 23, 9, 30), None],
                ["普洱", 8.0, 0, None, None],
                [None, None, None, None, None],
                ["饼干", 2, None, None, None]])

    assert read("商品.XLSX", raw) == [
        (2, {"name": "龙井", "price": "12.8", "stock": "20", "added": "2026-11-23T09:30:00"}),
        (3, {"name": "普洱", "price": "8", "stock": "0"}),
        (5, {"name": "饼干", "price": "2"})]


def test_xlsx_with_a_numeric_header_reads_it_as_text(app):
    columns = Columns(Column("name", ("名称",)), Column("year", ("2026",)))

    assert list(read_table("x.xlsx", xlsx([["名称", 2026], ["龙井", 1]]), columns, 10)) == [
        (2, {"name": "龙井", "year": "1"})]


def test_a_sheet_that_claims_every_column_and_skips_to_its_last_rows_reads_what_it_has(app):
    raw = xlsx([["名称", "售价"], ["龙井", 1]])
    huge = (sheet_xml(raw).replace(b'<dimension ref="A1:B2"', b'<dimension ref="A1:XFD1048576"')
            .replace(b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr">'
                                      b"<is><t>P</t></is></c></row></sheetData>"))

    assert read("x.xlsx", with_sheet(raw, huge)) == [(2, {"name": "龙井", "price": "1"}),
                                                     (1048576, {"name": "P"})]


@pytest.mark.parametrize("raw", [b"", b"not a workbook", b"PK\x03\x04broken zip",
                                 csv_bytes([["名称", "售价"], ["龙井", "1"]])])
def test_a_file_named_xlsx_that_is_none_is_refused(app, raw):
    assert file_problem(refused("x.xlsx", raw)) == "不是有效的 Excel（.xlsx）文件"


def test_broken_xml_in_a_sheet_is_refused_naming_the_row(app):
    raw = xlsx([["名称", "售价"], ["龙井", 1]])

    broken = with_sheet(raw, sheet_xml(raw).replace(b"</sheetData>", b"<row><c></sheetData>"))

    assert file_problem(refused("x.xlsx", broken)).startswith("第 3 行：无法读取")


def test_a_nul_in_an_xlsx_cell_is_refused(app):
    raw = xlsx([["名称", "售价"], ["龙井", 1]])

    nul = with_sheet(raw, sheet_xml(raw).replace("龙井".encode(), b"&#0;"))

    assert "无法读取" in file_problem(refused("x.xlsx", nul))  # XML cannot hold one at all


def bomb(unpacked: int) -> bytes:
    """A valid workbook whose sheet unpacks to `unpacked` bytes of rows, in a tiny zip."""
    raw = xlsx([["名称", "售价"], ["龙井", 1]])
    head, tail = sheet_xml(raw).split(b"</sheetData>")
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.namelist():
            if member != "xl/worksheets/sheet1.xml":
                target.writestr(member, source.read(member))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(head)
            block = row * (2**20 // len(row))
            for _ in range(unpacked // len(block)):
                sheet.write(block)
            sheet.write(b"</sheetData>" + tail)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(app):
    limit = app.config["IMPORT_XLSX_MAX_BYTES"]
    raw = bomb(2 * limit)
    assert len(raw) < limit // 100  # given a tiny file that unpacks past the bound

    tracemalloc.start()
    try:
        error = refused("bomb.xlsx", raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert file_problem(error) == f"Excel 文件解压后超过 {limit // 2**20} MB，请分批导入"
    assert peak < 2**20 + 2 * len(raw)  # nothing was unpacked


def lie_about_sizes(raw: bytes, size: int) -> bytes:
    """The zip with every central directory entry declaring `size` unpacked bytes."""
    data = bytearray(raw)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + 24:at + 28] = struct.pack("<I", size)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def test_a_zip_that_lies_about_its_sizes_is_read_no_further_than_it_declares(app):
    limit = app.config["IMPORT_XLSX_MAX_BYTES"]
    raw = lie_about_sizes(bomb(2 * limit), 60_000)

    problem = file_problem(refused("bomb.xlsx", raw, max_rows=10**6))

    assert "无法读取" in problem  # the sheet ends at 60,000 bytes, its CRC then fails


def test_an_entity_bomb_in_a_sheet_is_refused(app):
    raw = xlsx([["名称", "售价"], ["龙井", 1]])
    entities = b'<!ENTITY a0 "xxxxxxxxxx">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10))
    laughs = sheet_xml(raw).replace("龙井".encode(), b"&a9;")
    laughs = laughs.replace(b"<worksheet", b"<!DOCTYPE worksheet [" + entities + b"]><worksheet",
                            1)

    assert "无法读取" in file_problem(refused("x.xlsx", with_sheet(raw, laughs)))


# --- the row cap -------------------------------------------------------------------------------

def test_reading_stops_at_the_first_row_past_the_cap():
    # given a source of rows that fails if asked for more than the header and cap + 1 rows
    def records(limit):
        yield ["名称", "售价"]
        yield from [["龙井", "1"]] * (limit + 1)
        raise AssertionError("read past the cap")

    # when a table of at most 3 rows is read
    with pytest.raises(ValidationError) as raised:
        list(Table(records(3), COLUMNS, max_rows=3))

    # then the 4th data row (row 5) is refused, and no row after it was asked for
    assert raised.value.message == "一次最多导入 3 行"
    assert raised.value.fields == {"file": ["第 5 行：超过 3 行的上限，请分批导入"]}


def test_a_file_at_the_cap_is_read_whole_and_blank_rows_do_not_count(app):
    raw = csv_bytes([["名称", "售价"], ["a", "1"], [], ["b", "2"], ["", ""], ["c", "3"]])

    assert len(cells("x.csv", raw, max_rows=3)) == 3


def test_a_csv_past_the_cap_is_refused_without_reading_the_rest(app):
    # given 4 rows, then a row that could not be read at all
    raw = csv_bytes([["名称", "售价"]] + [["龙井", "1"]] * 4 + [["x" * (CSV_CELL_MAX + 1)]])

    # when at most 3 are allowed, the cap is what refuses it: reading stopped before the bad row
    assert refused("x.csv", raw, max_rows=3).message == "一次最多导入 3 行"
    assert file_problem(refused("x.csv", raw, max_rows=10)) == (  # as a control
        f"第 6 行：有单元格超过 {CSV_CELL_MAX} 个字符")


def test_an_xlsx_past_the_cap_is_refused_without_reading_the_rest(app):
    # given 4 rows and 3,000 more (far past what the XML parser reads ahead), then broken XML
    raw = xlsx([["名称", "售价"]] + [["龙井", n] for n in range(4)]
               + [["普洱", n] for n in range(3000)])
    broken = with_sheet(raw, sheet_xml(raw).replace(b"</sheetData>", b"<row><c></sheetData>"))

    assert refused("x.xlsx", broken, max_rows=3).message == "一次最多导入 3 行"
    assert "无法读取" in file_problem(refused("x.xlsx", broken, max_rows=5000))  # as a control


# --- rows through a schema ---------------------------------------------------------------------

class ProductRowSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(max=3))
    price = fields.Integer(required=True, validate=validate.Range(max=100))
    stock = fields.List(fields.String(validate=validate.Length(max=1)))


def test_a_row_loads_through_the_schema_with_its_cells_parsed():
    assert COLUMNS.load(ProductRowSchema(), {"name": "龙井", "price": "12"}) == (
        {"name": "龙井", "price": 12}, [])


def test_row_messages_name_the_column_in_the_columns_order():
    stock = Columns(Column("name", ("名称",)), Column("price", ("售价",), parse_price),
                    Column("stock", ("库存",), lambda text: text.split(",")))

    # an unreadable price is its parse message, and not also "required"
    assert stock.load(ProductRowSchema(), {"price": "abc", "name": "长名字啊", "stock": "a,bb"}) \
        == ({}, ["名称：长度不能超过 3", "售价：应为整数", "库存：长度不能超过 1"])
    assert stock.load(ProductRowSchema(), {"name": "茶", "price": "200"}) == (
        {}, ["售价：应小于等于 100"])


# --- exports -----------------------------------------------------------------------------------

SHEETS = {"汇总": [["账号", "金额(元)"], ["rep_a1", "12.80"], ["rep_b1", "-5.00"]],
          "明细": [["订单号", "金额(元)"], ["N1", "12.80"]]}


def test_write_table_as_xlsx_keeps_every_sheet_with_a_frozen_header():
    book = load_workbook(io.BytesIO(write_table(SHEETS, "xlsx")))

    assert book.sheetnames == ["汇总", "明细"]
    for title, rows in SHEETS.items():
        assert [list(r) for r in book[title].iter_rows(values_only=True)] == rows
        assert book[title].freeze_panes == "A2"


def test_write_table_as_csv_is_the_first_sheet_with_a_bom():
    raw = write_table(SHEETS, "csv")

    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["账号,金额(元)", "rep_a1,12.80",
                                                    "rep_b1,-5.00"]


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1)", "\t=1"]


def test_text_that_looks_like_a_formula_is_exported_as_text():
    sheets = {"客户": [["姓名"], *([name] for name in FORMULAS), ["-5.00"], ["普通"]]}

    as_csv = list(csv.reader(io.StringIO(write_table(sheets, "csv").decode("utf-8-sig"))))
    book = load_workbook(io.BytesIO(write_table(sheets, "xlsx")))
    as_xlsx = [cell for (cell,) in book.active.iter_rows(min_row=2)]

    assert [row[0] for row in as_csv[1:]] == ["'" + name for name in FORMULAS] + ["-5.00", "普通"]
    assert [(cell.value, cell.data_type) for cell in as_xlsx] == [
        (value, "s") for value in [*FORMULAS, "-5.00", "普通"]]


@pytest.mark.parametrize(("fmt", "filename"), [("csv", "out.csv"), ("xlsx", "out.xlsx")])
def test_what_is_written_reads_back(app, fmt, filename):
    columns = Columns(Column("account", ("账号",)), Column("amount", ("金额(元)",)))

    rows = list(read_table(filename, write_table(SHEETS, fmt), columns, 10))

    assert rows == [(2, {"account": "rep_a1", "amount": "12.80"}),
                    (3, {"account": "rep_b1", "amount": "-5.00"})]


# --- the upload itself -------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/api/v1/products/import", "/api/v1/users/import",
                                 "/api/v1/customers/import"])
def test_an_upload_past_max_content_length_is_a_json_413(app, as_hq, url):
    raw = b"a" * (app.config["MAX_CONTENT_LENGTH"] + 1)

    response = as_hq.post(url, data={"file": (io.BytesIO(raw), "x.csv")},
                          content_type="multipart/form-data")

    assert response.status_code == 413
    assert response.json["error"]["code"] == "payload_too_large"
