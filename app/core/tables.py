"""Spreadsheets in and out: CSV (as Excel in China saves it) and XLSX, through one interface."""

import csv
import io
import zipfile
from datetime import datetime

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.core.errors import ValidationError

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIMETYPE = "text/csv; charset=utf-8"


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or GB18030, which Excel in China uses for CSV."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(fields={"file": ["无法识别文件编码，请保存为 UTF-8 CSV"]})


def read_rows(filename: str, raw: bytes) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX file as {header: text}; blank rows are dropped."""
    if filename.lower().endswith(".xlsx"):
        try:
            sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).active
        except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError):
            raise ValidationError(fields={"file": ["无法读取 Excel 文件"]}) from None
        values = [["" if cell is None else _cell_text(cell) for cell in row]
                  for row in sheet.iter_rows(values_only=True)]
    else:
        values = list(csv.reader(io.StringIO(decode_text(raw))))
    if not values:
        return []
    header = [name.strip() for name in values[0]]
    rows = []
    for row in values[1:]:
        if any(str(cell).strip() for cell in row):
            rows.append({name: str(row[i]).strip() if i < len(row) else ""
                         for i, name in enumerate(header) if name})
    return rows


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def write_table(sheets: dict[str, list[list]], fmt: str) -> bytes:
    """Sheets of rows (first row the header) as XLSX, or the first sheet as CSV for Excel."""
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(next(iter(sheets.values())))
        return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
