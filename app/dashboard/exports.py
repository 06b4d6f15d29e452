"""The per-rep table (员工排行) as a spreadsheet: the table's own ranking, filters and columns."""

from app.core.access import ROLE_BOSS, ROLE_HQ
from app.core.exports import register_export
from app.dashboard.figures import figure_meta, scope_rep_count, scope_unit
from app.dashboard.queries import period_from, rep_ranking
from app.dashboard.schemas import RepTableArgsSchema

# Each row sums a whole period of a rep's counters: past this many reps, the jobs process
# writes the file and the page shows its progress.
SYNC_MAX_ROWS = 200


def _ranking(actor, filters: dict) -> dict:
    return rep_ranking(scope_unit(actor, filters.get("unit_id")), period_from(filters),
                       sort=filters["sort"], descending=filters["order"] == "desc")


def _count(actor, filters: dict) -> int:
    """How many rows the table has, counted by the database (not by building them)."""
    period = period_from(filters)
    return scope_rep_count(scope_unit(actor, filters.get("unit_id")), period.start, period.end)


def rep_rows(actor, filters: dict):
    """Each rep of the table in its order, with every figure (money in yuan)."""
    metas = figure_meta()
    for row in _ranking(actor, filters)["rows"]:
        values = {meta["metric"]: row["values"].get(meta["metric"], 0) / 100
                  if meta["unit"] == "fen" else row["values"].get(meta["metric"], 0)
                  for meta in metas}
        yield {"rank": row["rank"], "name": row["rep"]["name"],
               "unit": row["rep"]["org_unit"]["name"], **values,
               "active_days": row["active_days"], "idle_today": "是" if row["idle_today"] else "",
               "left": "" if row["rep"]["active"] else "已离职"}


def columns() -> list[tuple[str, str]]:
    """The table's columns: every figure a rep has, money labelled in yuan."""
    figures = [(meta["metric"], meta["label"] + ("（元）" if meta["unit"] == "fen" else ""))
               for meta in figure_meta() if meta["metric"] != "active_reps"]
    return [("rank", "名次"), ("name", "员工"), ("unit", "团队"), *figures,
            ("active_days", "活跃天数"), ("idle_today", "今日未活跃"), ("left", "状态")]


register_export("rep_table", "员工排行", columns, rep_rows, _count,
                filters=RepTableArgsSchema, roles=(ROLE_BOSS, ROLE_HQ),
                sync_max_rows=SYNC_MAX_ROWS)
