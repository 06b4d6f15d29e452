"""A page's stay reports arrive out of order and at once (a pagehide beacon racing the last
visibility report): real requests from real threads to a real server, and the stored stay
never goes down."""

import random
from datetime import timedelta

from sqlalchemy import select, update

from app.core.access import ROLE_HQ
from app.core.db import utcnow
from app.marketing.models import MaterialOpen
from app.org.models import User
from tests.marketing.builders import material
from tests.shop.test_concurrency import at_once, buyer_session, rep01_code, same_phone

REPORTS = 20


def test_parallel_stay_reports_keep_the_longest(live_server, db):
    # given a reader who opened a material an hour ago
    hq = db.session.scalar(select(User).where(User.role == ROLE_HQ).limit(1))
    made = material(hq, title="并发阅读")
    code = rep01_code(db)
    phone = buyer_session(live_server)
    page = f"{live_server}/api/v1/shops/{code}/materials/{made.id}"
    open_id = phone.post(f"{page}/opens", json={}, timeout=30).json()["open_id"]
    db.session.execute(update(MaterialOpen).where(MaterialOpen.id == open_id)
                       .values(opened_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    seconds = random.Random(7).sample(range(1, REPORTS + 1), REPORTS)

    # when twenty reports of the same page arrive at once, in any order
    results = at_once([
        lambda session=session, value=value: session.post(
            f"{page}/opens/{open_id}/time", json={"seconds": value}, timeout=120)
        for session, value in zip(same_phone(phone, REPORTS), seconds, strict=True)])

    # then each was taken, none answered less than it said, and the longest is kept
    assert [r.status_code for r in results] == [200] * REPORTS
    assert all(r.json()["seconds"] >= value for r, value in zip(results, seconds, strict=True))
    db.session.expire_all()
    assert db.session.get(MaterialOpen, open_id).seconds == REPORTS
