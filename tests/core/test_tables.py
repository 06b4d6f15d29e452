"""Spreadsheets in and out: CSV as Excel in China writes it, and XLSX."""

import io
from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from app.core.errors import ValidationError
from app.core.tables import read_rows, write_table

ROWS = [{"名称": "龙井", "售价": "12.80"}, {"名称": "普洱", "售价": "8"}]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_is_read_in_utf8_with_or_without_bom_and_in_gb18030(encoding):
    raw = "名称,售价\n龙井,12.80\n普洱,8\n".encode(encoding)

    assert read_rows("商品.csv", raw) == ROWS


def test_csv_cells_and_headers_are_trimmed_and_blank_rows_dropped():
    raw = " 名称 , 售价 ,\n 龙井 ,12.80,\n,,\n   ,  \n普洱,8\n\n".encode()

    assert read_rows("x.csv", raw) == ROWS  # the unnamed third column is dropped too


def test_a_short_csv_row_is_padded_and_a_long_one_cut():
    raw = "名称,售价\n龙井\n普洱,8,多余\n".encode()

    assert read_rows("x.csv", raw) == [{"名称": "龙井", "售价": ""}, {"名称": "普洱", "售价": "8"}]


def test_quoted_csv_cells_keep_commas_and_newlines():
    raw = '名称,描述\n"龙井,特级","第一行\n第二行"\n'.encode()

    assert read_rows("x.csv", raw) == [{"名称": "龙井,特级", "描述": "第一行\n第二行"}]


def test_an_empty_file_has_no_rows():
    assert read_rows("x.csv", b"") == []
    assert read_rows("x.csv", "名称,售价\n".encode()) == []


def test_undecodable_bytes_are_a_validation_error():
    with pytest.raises(ValidationError) as raised:
        read_rows("x.csv", b"\xff\xfe\xff\xfe\x81")

    assert "file" in raised.value.fields


def xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_cells_are_read_as_text_whole_numbers_without_decimals():
    raw = xlsx([["名称", "售价", "库存", "上架时间", "空"],
                ["龙井", 12.8, 20, datetime(2026, 11, 23, 9, 30), None],
                ["普洱", 8.0, 0, None, None],
                [None, None, None, None, None]])

    assert read_rows("商品.XLSX", raw) == [
        {"名称": "龙井", "售价": "12.8", "库存": "20", "上架时间": "2026-11-23T09:30:00", "空": ""},
        {"名称": "普洱", "售价": "8", "库存": "0", "上架时间": "", "空": ""}]


def test_xlsx_with_a_numeric_header_reads_it_as_text():
    assert read_rows("x.xlsx", xlsx([["名称", 2026], ["龙井", 1]])) == [
        {"名称": "龙井", "2026": "1"}]


@pytest.mark.parametrize("raw", [b"", b"not a workbook", b"PK\x03\x04broken zip"])
def test_a_broken_xlsx_is_a_validation_error(raw):
    with pytest.raises(ValidationError) as raised:
        read_rows("x.xlsx", raw)

    assert "file" in raised.value.fields


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


@pytest.mark.parametrize(("fmt", "filename"), [("csv", "out.csv"), ("xlsx", "out.xlsx")])
def test_what_is_written_reads_back(fmt, filename):
    rows = read_rows(filename, write_table(SHEETS, fmt))

    assert rows == [{"账号": "rep_a1", "金额(元)": "12.80"},
                    {"账号": "rep_b1", "金额(元)": "-5.00"}]
