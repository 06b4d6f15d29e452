"""Helpers of the export tests: request an export, read the file it answers, fetch every page
of the list it comes from (to compare the two)."""

import csv
import io

import pytest
from openpyxl import load_workbook

from app.core.storage import LocalStorage


@pytest.fixture
def private_storage(app, tmp_path, monkeypatch):
    """The private storage in this test's own folder."""
    root = tmp_path / "private"
    monkeypatch.setitem(app.config, "PRIVATE_FOLDER", str(root))
    monkeypatch.setitem(app.extensions, "private_storage", LocalStorage(root))
    return root


def export(client, name: str, filters: dict | None = None, fmt: str = "csv"):
    return client.post("/api/v1/exports", json={"name": name, "format": fmt,
                                                "filters": filters or {}})


def table_of(response) -> list[list]:
    """The rows of an exported file, header first: CSV cells as text, XLSX cells as stored."""
    if response.mimetype == "text/csv":
        return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    book = load_workbook(io.BytesIO(response.data), read_only=True)
    try:
        return [list(row) for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def column(table: list[list], header: str) -> list[str]:
    """One column's cells below the header, as text."""
    at = table[0].index(header)
    return ["" if row[at] is None else str(row[at]) for row in table[1:]]


def listed(client, path: str, key: str, **query) -> list[str]:
    """`key` of every item of a list endpoint, page after page, as text."""
    values, page = [], 1
    while True:
        body = client.get(path, query_string={**query, "page": page, "per_page": 100}).json
        values += [str(item[key]) for item in body["items"]]
        if page * 100 >= body["total"]:
            return values
        page += 1
