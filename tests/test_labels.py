"""Every status and kind the API returns has its Chinese label in one place, static/js/labels.js
(STYLE.md, front end): a code the server adds without a label there fails here.

Metrics are the exception by design: each is declared with its label and unit in
core.events (declare_metric) and comes with its figure from the API, so a dashboard shows a
new metric without a change here (tests/core/test_events.py checks every one is declared).
"""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.audit.queries import KINDS as AUDIT_KINDS
from app.clients import today
from app.clients.models import (
    FLAGS,
    FOLLOW_STATES,
    FOLLOW_UP_KINDS,
    RULE_KINDS,
    RULE_VERBS,
    SEGMENTS,
    STAGES,
)
from app.clients.schemas import GENDERS
from app.core.access import ROLES
from app.core.exports import FORMATS as EXPORT_FORMATS
from app.core.models import EXPORT_STATUSES
from app.inbox.models import ARTICLE_KINDS, BOOKING_KINDS, BOOKING_STATUSES
from app.marketing.models import (
    CLAIM_STATES,
    CONTENT_KINDS,
    COUPON_KINDS,
    COUPON_SCOPES,
    GROUP_STATES,
    MATERIAL_KINDS,
    MEMBER_STATES,
    SCENE_AIMS,
    SCENE_CHANNELS,
    SCENE_FREQUENCIES,
)
from app.org.models import UNIT_KINDS
from app.shop.models import FULFILMENTS, ORDER_STATUSES
from app.supervision.models import SUBJECTS, TARGET_SUBJECTS
from app.training.models import (
    ATTEMPT_STATES,
    CHECKIN_STATES,
    PROGRESS_STATES,
    QUESTION_KINDS,
    TASK_KINDS,
    TASK_STATES,
)
from app.training.queries import state_of
from app.training.schemas import MINE_STATES, TaskSchema

LABELS_JS = Path(__file__).resolve().parent.parent / "static" / "js" / "labels.js"


def exported_objects() -> dict[str, set[str]]:
    """`export const NAME = { key: '...', ... };` of labels.js as NAME -> its keys."""
    source = LABELS_JS.read_text(encoding="utf-8")
    found = {}
    for name, body in re.findall(r"export const (\w+) = \{(.*?)\};", source, re.S):
        found[name] = set(re.findall(r"^\s*'?([\w.]+)'?\s*:", body.replace(", ", ",\n"), re.M))
    return found


@pytest.mark.parametrize(("labels", "codes"), [
    ("ROLE_LABELS", ROLES),
    ("ORG_KIND_LABELS", UNIT_KINDS),
    ("ORDER_STATUS_LABELS", ORDER_STATUSES),
    ("FULFILMENT_LABELS", FULFILMENTS),
    ("STAGE_LABELS", STAGES),
    ("FOLLOW_STATE_LABELS", FOLLOW_STATES),
    ("FOLLOW_UP_KIND_LABELS", FOLLOW_UP_KINDS),
    ("SEGMENT_LABELS", SEGMENTS.values()),
    ("FLAG_LABELS", FLAGS),
    ("RULE_KIND_LABELS", RULE_KINDS),
    ("RULE_VERB_LABELS", RULE_VERBS),
    ("GENDER_LABELS", GENDERS),
    ("BOOKING_KIND_LABELS", BOOKING_KINDS),
    ("BOOKING_STATUS_LABELS", BOOKING_STATUSES),
    ("ARTICLE_KIND_LABELS", ARTICLE_KINDS),
    ("GUIDANCE_SUBJECT_LABELS", SUBJECTS),
    ("TARGET_SUBJECT_LABELS", TARGET_SUBJECTS),
    ("AUDIT_KIND_LABELS", AUDIT_KINDS),
    ("EXPORT_STATUS_LABELS", EXPORT_STATUSES),
    ("EXPORT_FORMAT_LABELS", EXPORT_FORMATS),
    ("COUPON_KIND_LABELS", COUPON_KINDS),
    ("COUPON_SCOPE_LABELS", COUPON_SCOPES),
    ("CLAIM_STATE_LABELS", CLAIM_STATES),
    ("GROUP_STATE_LABELS", GROUP_STATES),
    ("MEMBER_STATE_LABELS", MEMBER_STATES),
    ("MATERIAL_KIND_LABELS", MATERIAL_KINDS),
    ("CONTENT_KIND_LABELS", CONTENT_KINDS),
    ("SCENE_CHANNEL_LABELS", SCENE_CHANNELS),
    ("SCENE_FREQUENCY_LABELS", SCENE_FREQUENCIES),
    ("SCENE_AIM_LABELS", SCENE_AIMS),
    ("TASK_KIND_LABELS", TASK_KINDS),
    ("TASK_STATE_LABELS", TASK_STATES),
    ("TASK_PROGRESS_LABELS", (*PROGRESS_STATES, *MINE_STATES)),
    ("CHECKIN_STATE_LABELS", CHECKIN_STATES),
    ("ATTEMPT_STATE_LABELS", ATTEMPT_STATES),
    ("QUESTION_KIND_LABELS", QUESTION_KINDS),
    ("TASK_ROLE_LABELS", TaskSchema().fields["roles"].inner.validators[0].choices),
])
def test_every_code_has_its_chinese_label(labels, codes):
    assert set(codes) <= exported_objects()[labels]


def test_every_reason_of_todays_list_has_its_label(app):
    # the sources higher packages register (inbox) are in once the app is built
    assert set(today.WEIGHTS) <= exported_objects()["TODAY_KIND_LABELS"]


def test_every_state_of_a_persons_task_has_its_label():
    # given a task that started an hour ago and is due in an hour
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    task = SimpleNamespace(start_at=now - timedelta(hours=1), due_at=now + timedelta(hours=1))

    # when its state is told before, during and after its window, and with each progress
    states = {state_of(task, None, moment) for moment in (
        now - timedelta(hours=2), now, now + timedelta(hours=2))}
    states |= {state_of(task, SimpleNamespace(state=state), now) for state in PROGRESS_STATES}

    # then each has its label
    assert states <= exported_objects()["TASK_PROGRESS_LABELS"]
