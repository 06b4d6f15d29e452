"""Spreadsheets in and out: CSV (as Excel in China saves it) and XLSX, through one interface.

An import reads its file through `read_table()` with its `Columns`: the header names the
columns, data rows come one at a time (so a file past the row cap is refused without reading
the rest), and each row loads through the schema the API uses for the same object. A file that
cannot be read is a ValidationError on `file` naming the row ("第 N 行：..."), never a 500.
"""

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, BinaryIO

from flask import current_app
from marshmallow import Schema
from marshmallow import ValidationError as SchemaError
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException

from app.core.errors import ValidationError

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIMETYPE = "text/csv; charset=utf-8"

# The csv module's bound on a cell (process-wide, so left as it is): 131,072 characters,
# four times what an Excel cell holds.
CSV_CELL_MAX = csv.field_size_limit()
EXCEL_MAX_ROWS = 1_048_576
ZIP_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the Excel 97-2003 workbook (OLE2)
# What openpyxl raises on a damaged or hostile workbook, while opening it or reading a row
# (SyntaxError covers XML parse errors, ArithmeticError dates past the calendar).
BROKEN_XLSX = (InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, OSError,
               KeyError, IndexError, ValueError, TypeError, AttributeError, SyntaxError,
               ArithmeticError)
# Excel runs a CSV cell (or an XLSX string openpyxl took for one) starting so as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


@dataclass(frozen=True)
class Column:
    """A column of an import file: the schema field it fills, the headers it may have (any
    case; the first is its label in messages) and how a cell's text becomes the field's value
    (`parse` raises ValueError with the message for text it cannot read)."""

    field: str
    headers: tuple[str, ...]
    parse: Callable[[str], Any] = str

    @property
    def label(self) -> str:
        return self.headers[0]


class Columns:
    """The columns of one kind of import file, and how a row of them loads through a schema."""

    def __init__(self, *columns: Column):
        self.by_field = {column.field: column for column in columns}
        self.by_header = {header.lower(): column for column in columns
                          for header in column.headers}
        self._order = {column.field: i for i, column in enumerate(columns)}

    def label(self, field: str) -> str:
        column = self.by_field.get(field)
        return column.label if column else field

    def load(self, schema: Schema, cells: dict[str, str], *,
             partial: Iterable[str] = ()) -> tuple[dict, list[str]]:
        """The row's values as `schema` loads them and no messages, or ({}, its messages).

        A cell `parse` cannot read gets its message, and the schema does not ask for it again.
        """
        data, unreadable = {}, {}
        for field, text in cells.items():
            try:
                data[field] = self.by_field[field].parse(text)
            except ValueError as error:
                unreadable[field] = [str(error)]
        try:
            values = schema.load(data, partial=(*partial, *unreadable))
        except SchemaError as error:
            return {}, self.messages({**unreadable, **error.messages})
        return ({}, self.messages(unreadable)) if unreadable else (values, [])

    def messages(self, errors: dict) -> list[str]:
        """marshmallow's {field: messages, nested to any depth} as "列名：message" lines, in
        the columns' order; a message about the whole row keeps no label."""
        lines = []
        for field in sorted(errors, key=lambda name: self._order.get(name, len(self._order))):
            for message in _leaves(errors[field]):
                lines.append(message if field == "_schema" else f"{self.label(field)}：{message}")
        return list(dict.fromkeys(lines))


def _leaves(messages) -> Iterator[str]:
    if isinstance(messages, dict):
        messages = messages.values()
    elif isinstance(messages, str):
        yield messages
        return
    for found in messages:
        yield from _leaves(found)


class RowErrors(dict):
    """The messages of every bad row by row number; one bad row imports nothing."""

    def add(self, number: int, messages: list[str]) -> None:
        if messages:
            self.setdefault(str(number), []).extend(messages)

    def raise_any(self) -> None:
        if self:
            raise ValidationError(f"{len(self)} 行有错误，未导入任何数据",
                                  fields={"rows": dict(self)})


def file_error(problem: str, message: str = "文件无法读取") -> ValidationError:
    return ValidationError(message, fields={"file": [problem]})


class Table:
    """An import file opened by `read_table()`: `fields` are the columns its header names;
    iterating gives (row number, {field: text}) for each data row, blank cells left out."""

    def __init__(self, records: Iterator[list[str]], columns: Columns, max_rows: int):
        self._records = records
        self.max_rows = max_rows
        header = next(records, None)
        if header is None:
            raise file_error("文件是空的")
        _check_cells(1, header)
        names = [name.strip() for name in header]
        if not any(names):
            raise file_error("第 1 行：应为列名（表头），不能是空行")
        self._positions: dict[str, int] = {}
        for i, name in enumerate(names):
            column = columns.by_header.get(name.lower())
            if column is None:
                continue
            if column.field in self._positions:
                first = names[self._positions[column.field]]
                raise file_error(f"第 1 行：「{name}」列重复" if first == name
                                 else f"第 1 行：「{first}」和「{name}」是同一列，只能留一列")
            self._positions[column.field] = i
        self.fields = frozenset(self._positions)
        self.columns = columns

    def require(self, *groups: str | tuple[str, ...]) -> None:
        """Raise ValidationError unless the header has each column (a tuple: one of them)."""
        missing = []
        for group in groups:
            fields = (group,) if isinstance(group, str) else group
            if not self.fields & set(fields):
                labels = "、".join(self.columns.label(field) for field in fields)
                either = "（至少要有一列）" if len(fields) > 1 else ""
                missing.append(f"缺少列: {labels}{either}")
        if missing:
            raise ValidationError("文件缺少必需的列", fields={"file": missing})

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        rows = 0
        try:
            for number, record in enumerate(self._records, start=2):
                if not any(cell.strip() for cell in record):
                    continue
                rows += 1
                if rows > self.max_rows:
                    raise file_error(f"第 {number} 行：超过 {self.max_rows} 行的上限，请分批导入",
                                     f"一次最多导入 {self.max_rows} 行")
                _check_cells(number, record)
                cells = {field: record[i].strip() for field, i in self._positions.items()
                         if i < len(record)}
                yield number, {field: text for field, text in cells.items() if text}
        finally:
            self._records.close()
        if not rows:
            raise ValidationError("文件中没有数据行", fields={"file": ["没有数据行"]})


def _check_cells(number: int, record: list[str]) -> None:
    if any("\x00" in cell for cell in record):  # no text column of either database holds one
        raise file_error(f"第 {number} 行：含有空字符（NUL），请检查文件是否为表格文本")


def read_table(filename: str, raw: bytes, columns: Columns, max_rows: int) -> Table:
    """Open an import file: XLSX by its name, anything else as CSV; raise ValidationError for
    a file that cannot be read, or (while iterating) one of more than `max_rows` data rows."""
    if raw.startswith(XLS_MAGIC):
        raise file_error("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV")
    if filename.lower().endswith(".xlsx"):
        return Table(_xlsx_records(raw), columns, max_rows)
    if raw.startswith(ZIP_MAGIC):
        raise file_error("这是 Excel（.xlsx）文件，不是 CSV：请上传扩展名为 .xlsx 的文件")
    return Table(_csv_records(raw), columns, max_rows)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or GB18030, which Excel in China uses for CSV."""
    failures = []
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as error:
            failures.append(error.start)
    # The encoding that read further is likely the file's: name the line where it stopped.
    line = raw.count(b"\n", 0, max(failures)) + 1
    raise file_error(f"第 {line} 行：无法识别文件编码，请保存为 UTF-8 CSV")


def _csv_records(raw: bytes) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(decode_text(raw)))
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problem = (f"有单元格超过 {CSV_CELL_MAX} 个字符" if "field limit" in str(error)
                       else "CSV 格式有误，无法读取")
            raise file_error(f"第 {number} 行：{problem}") from None
        yield record


def _xlsx_records(raw: bytes) -> Iterator[list[str]]:
    """The rows of the active sheet, read as the zip is unpacked, within IMPORT_XLSX_MAX_BYTES.

    The bound is checked on the sizes the zip declares; Python's zipfile stops every member at
    its declared size and checks its CRC, so a member that lies is a BadZipFile, not more data.
    """
    limit = current_app.config["IMPORT_XLSX_MAX_BYTES"]
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > limit:
            raise file_error(f"Excel 文件解压后超过 {limit // 2**20} MB，请分批导入")
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except BROKEN_XLSX:
        raise file_error("不是有效的 Excel（.xlsx）文件") from None
    try:
        sheet = book.active
        if sheet is None or not hasattr(sheet, "reset_dimensions"):
            raise file_error("文件中没有可读取的工作表")
        sheet.reset_dimensions()  # pad rows to their own cells, not to what the file claims
        rows = sheet.iter_rows(values_only=True)
        number = 0
        while True:
            number += 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except BROKEN_XLSX:
                raise file_error(f"第 {number} 行：无法读取，Excel 文件已损坏") from None
            if number > EXCEL_MAX_ROWS:  # a row number past it, and openpyxl fills the gap
                raise file_error(f"第 {number} 行：超出 Excel 的最大行数，文件已损坏")
            yield ["" if cell is None else _cell_text(cell) for cell in row]
    finally:
        book.close()


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _inert(value):
    """A text cell as a spreadsheet shows it, never as a formula it would run."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


def _text_cell(sheet, value):
    """openpyxl would store text starting with "=" as a formula: keep it a string cell."""
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def write_table(sheets: dict[str, Iterable[Iterable]], fmt: str) -> bytes:
    """Sheets of rows (first row the header) as XLSX, or the first sheet as CSV for Excel."""
    out = io.BytesIO()
    stream_table(out, sheets, fmt)
    return out.getvalue()


def stream_table(out: BinaryIO, sheets: dict[str, Iterable[Iterable]], fmt: str) -> None:
    """Write sheets of rows (first row the header) to `out` as XLSX, or the first as CSV.

    Rows are consumed one at a time and not kept (openpyxl's write-only mode spools each sheet
    to a temporary file), so an export of any length needs no more memory than a row.
    Text that looks like a formula stays text: quoted in CSV, a string cell in XLSX.
    """
    if fmt == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        text.write("\ufeff")  # the BOM makes Excel read UTF-8
        writer = csv.writer(text)
        for row in next(iter(sheets.values())):
            writer.writerow([_inert(value) for value in row])
        text.flush()
        text.detach()  # leave `out` open for the caller
        return
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append([_text_cell(sheet, value) for value in row])
    book.save(out)
