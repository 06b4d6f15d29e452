"""Every periodic job of every domain, in one declarative list (the Redash way).

A job is a plain function in `<domain>/jobs.py`; `daily_at` ("HH:MM", company time zone, or the
name of a config key holding it) or `every` (seconds) says when it runs. The run key makes a
run idempotent: a daily job runs once per run day (its function receives that local date), an
interval job once per interval.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    id: str
    func: str  # "module:function"
    daily_at: str | None = None
    every: int | None = None


JOBS: list[Job] = [
    Job("counters_check", "app.core.jobs:check_counters_of_the_day_before",
        daily_at="COUNTERS_CHECK_AT"),
    Job("notifications_deliver", "app.core.jobs:deliver_notifications", every=15),
    Job("job_history_prune", "app.jobs.runner:prune_history", daily_at="03:30"),
    Job("idempotency_prune", "app.core.jobs:prune_idempotency_keys", every=3600),
    Job("exports_run", "app.core.jobs:run_exports", every=10),
    Job("exports_prune", "app.core.jobs:prune_exports", every=3600),
    Job("sessions_prune", "app.org.jobs:prune_sessions", daily_at="03:35"),
    Job("commission_settle", "app.shop.jobs:settle_commission", every=600),
    Job("orders_expire", "app.shop.jobs:expire_orders", every=60),
    Job("coupons_expire", "app.marketing.jobs:expire_coupons", every=300),
    Job("groups_expire", "app.marketing.jobs:expire_groups", every=60),
    Job("follow_up_reminders", "app.clients.jobs:remind_follow_ups", every=300),
    Job("rfm_segments", "app.clients.jobs:compute_segments", daily_at="RFM_AT"),
    Job("auto_tags", "app.clients.jobs:apply_auto_tags", daily_at="AUTO_TAGS_AT"),
    Job("training_reminders", "app.training.jobs:remind_training", every=300),
    Job("daily_reports", "app.supervision.jobs:send_daily_reports", every=300),
    Job("customer_snapshot", "app.clients.jobs:snapshot_customers",
        daily_at="CUSTOMER_SNAPSHOT_AT"),
]


def get_job(job_id: str) -> Job:
    for job in JOBS:
        if job.id == job_id:
            return job
    raise KeyError(job_id)
