"""HQ's settlement sheet: the commission settled in a period of local days, per rep and line."""

import csv
import io
from datetime import datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from app.shop.services import commission
from tests.factories import ProductFactory
from tests.shop.builders import batch, completed_order, customer_of, move, today

SHANGHAI = ZoneInfo("Asia/Shanghai")
SUMMARY_HEADER = ["员工账号", "员工姓名", "组织", "订单数", "提成收入(元)", "退款冲回(元)",
                  "应发提成(元)"]
DETAIL_HEADER = ["结算时间", "员工账号", "员工姓名", "订单号", "类型", "金额(元)"]


def local(day, hour, minute):
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI)


@pytest.fixture
def ledger(org):
    """Commission settled on two local days that are one UTC day, and a later refund.

    Day 1 (23:30 Shanghai): rep A1 earns 10.00 and 20.00 and has 10.00 reversed (refunded
    while frozen); rep B1 earns 5.00. Day 2 (00:30 Shanghai, still day 1 in UTC): rep A2
    earns 30.00. Today: rep B1's order is refunded after settling (-5.00). Rep A1b's
    commission is still frozen.
    """
    day1 = today() + timedelta(days=8)
    day2 = day1 + timedelta(days=1)
    buyer = customer_of(org.rep_a1)  # orders in any rep's shop, for brevity

    def earning(rep, price):
        return completed_order(rep, buyer, product=ProductFactory(price=price,
                                                                  commission_rate_bps=1000))

    with batch():
        refunded = earning(org.rep_a1, 10000)
        kept = earning(org.rep_a1, 20000)
        move(refunded, "refund", actor=org.rep_a1)
        other_branch = earning(org.rep_b1, 5000)
        assert commission.settle_due(local(day1, 23, 30)) == 4
        late = earning(org.rep_a2, 30000)
        assert commission.settle_due(local(day2, 0, 30)) == 1
        move(other_branch, "refund", actor=org.rep_b1)  # settled reversal, today
        earning(org.rep_a1b, 40000)  # frozen
    return SimpleNamespace(day1=day1, day2=day2, refunded=refunded, kept=kept,
                           other_branch=other_branch, late=late)


def export(client, start, end, fmt=None):
    url = f"/api/v1/commission/settlement?start={start.isoformat()}&end={end.isoformat()}"
    return client.get(url + (f"&format={fmt}" if fmt else ""))


def sheets_of(response) -> dict[str, list[list]]:
    book = load_workbook(io.BytesIO(response.data))
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets}


def amounts(row, *columns) -> tuple:
    return tuple(Decimal(str(row[c])) for c in columns)


def test_the_workbook_has_a_summary_and_the_lines(as_hq, org, ledger):
    response = export(as_hq, ledger.day1, ledger.day1)

    assert response.status_code == 200
    assert response.mimetype == \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    stamp = f"{ledger.day1:%Y%m%d}"
    assert f'filename="settlement-{stamp}-{stamp}.xlsx"' in response.headers["Content-Disposition"]
    sheets = sheets_of(response)
    assert list(sheets) == ["结算汇总", "结算明细"]
    summary, lines = sheets["结算汇总"], sheets["结算明细"]
    assert summary[0] == SUMMARY_HEADER and lines[0] == DETAIL_HEADER
    rows = {row[0]: row for row in summary[1:]}
    assert set(rows) == {"rep_a1", "rep_b1"}
    assert rows["rep_a1"][1:4] == [org.rep_a1.name, "上海一队", 2]  # orders, not lines
    assert amounts(rows["rep_a1"], 4, 5, 6) == (Decimal("30.00"), Decimal("-10.00"),
                                                Decimal("20.00"))
    assert rows["rep_b1"][2:4] == ["广州一队", 1]
    assert amounts(rows["rep_b1"], 4, 5, 6) == (Decimal("5.00"), 0, Decimal("5.00"))
    when = f"{ledger.day1:%Y-%m-%d} 23:30"
    by_order = sorted((row[3], row[4], Decimal(str(row[5]))) for row in lines[1:])
    assert by_order == sorted([
        (ledger.refunded.number, "提成", Decimal("10.00")),
        (ledger.refunded.number, "退款冲回", Decimal("-10.00")),
        (ledger.kept.number, "提成", Decimal("20.00")),
        (ledger.other_branch.number, "提成", Decimal("5.00"))])
    assert {row[0] for row in lines[1:]} == {when}
    assert {row[1] for row in lines[1:]} == {"rep_a1", "rep_b1"}


def test_the_period_is_in_local_days(as_hq, org, ledger):
    # 00:30 in Shanghai on day 2 is still day 1 in UTC: it belongs to day 2
    second_day = sheets_of(export(as_hq, ledger.day2, ledger.day2))
    both_days = sheets_of(export(as_hq, ledger.day1, ledger.day2))

    assert [row[0] for row in second_day["结算汇总"][1:]] == ["rep_a2"]
    assert second_day["结算明细"][1][0] == f"{ledger.day2:%Y-%m-%d} 00:30"
    assert amounts(second_day["结算汇总"][1], 6) == (Decimal("30.00"),)
    assert [row[0] for row in both_days["结算汇总"][1:]] == ["rep_a1", "rep_a2", "rep_b1"]
    assert len(both_days["结算明细"]) == 1 + 5


def test_a_refund_after_settling_is_deducted_on_the_day_it_happens(as_hq, org, ledger):
    sheets = sheets_of(export(as_hq, today(), today()))

    [row] = sheets["结算汇总"][1:]
    assert row[0] == "rep_b1" and row[3] == 1
    assert amounts(row, 4, 5, 6) == (0, Decimal("-5.00"), Decimal("-5.00"))
    [line] = sheets["结算明细"][1:]
    assert (line[3], line[4], Decimal(str(line[5]))) == (
        ledger.other_branch.number, "退款冲回", Decimal("-5.00"))


def test_frozen_commission_and_other_periods_are_left_out(as_hq, ledger):
    before = today() - timedelta(days=30)
    sheets = sheets_of(export(as_hq, before, today() - timedelta(days=1)))
    everything = sheets_of(export(as_hq, today(), ledger.day2))

    assert sheets == {"结算汇总": [SUMMARY_HEADER], "结算明细": [DETAIL_HEADER]}
    assert "rep_a1b" not in {row[0] for row in everything["结算汇总"]}
    assert len(everything["结算明细"]) == 1 + 6


def test_the_csv_is_the_summary_with_a_bom_for_excel(as_hq, org, ledger):
    response = export(as_hq, ledger.day1, ledger.day1, "csv")

    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.data.startswith(b"\xef\xbb\xbf")
    assert response.headers["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0] == SUMMARY_HEADER
    assert rows[1] == ["rep_a1", org.rep_a1.name, "上海一队", "2", "30.00", "-10.00", "20.00"]
    assert rows[2] == ["rep_b1", org.rep_b1.name, "广州一队", "1", "5.00", "0.00", "5.00"]
    assert len(rows) == 3


@pytest.mark.parametrize("query", [
    "start=2026-03-02&end=2026-03-01",
    "start=2025-01-01&end=2026-01-03",
    "start=2026-03-01",
    "end=2026-03-01",
    "start=2026-03-01&end=2026-03-02&format=pdf",
    "start=yesterday&end=2026-03-02",
])
def test_a_bad_period_is_422(as_hq, query):
    response = as_hq.get(f"/api/v1/commission/settlement?{query}")

    assert response.status_code == 422


def test_end_before_start_names_the_end(as_hq):
    response = as_hq.get("/api/v1/commission/settlement?start=2026-03-02&end=2026-03-01")

    assert "end" in response.json["error"]["fields"]


@pytest.mark.parametrize("who", ["rep", "boss"])
def test_only_hq_exports_the_settlement(role_clients, who):
    response = role_clients[who].get(
        "/api/v1/commission/settlement?start=2026-03-01&end=2026-03-02")

    assert response.status_code == 403
