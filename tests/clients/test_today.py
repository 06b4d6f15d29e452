"""Today's list (今日待办): each source with its reason at the edges, one card per customer,
the ranking, and who sees whose cards."""

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import update

from app.clients import services
from app.clients.models import CustomerFlag
from app.clients.today import today_list
from app.core.db import utcnow
from app.core.models import ActivityEvent
from app.extensions import db
from app.inbox import services as inbox
from tests.clients.builders import customer
from tests.shop.builders import customer_of, save, today, visit
from tests.sql import statements

# Saturday 10 May 2025, 12:00 in Shanghai (the company's zone).
NOW = datetime(2025, 5, 10, 4, 0, tzinfo=UTC)
START_OF_TODAY = datetime(2025, 5, 9, 16, 0, tzinfo=UTC)  # 00:00 in Shanghai
START_OF_TOMORROW = START_OF_TODAY + timedelta(days=1)


def due(rep, customer_, due_at, next_action: str = "回访报价", **values):
    follow_up = services.log_follow_up(rep, customer_, kind="call", content="电话沟通",
                                       next_action=next_action, due_at=due_at, **values)
    save()
    return follow_up


def cards(user, now=NOW) -> dict:
    result = today_list(user, now)
    db.session.rollback()
    return result


def reasons(result: dict) -> dict[int, list[tuple[str, str]]]:
    """customer id -> [(kind, text)] of their card, best first."""
    return {card["customer"].id: [(r.kind, r.text) for r in card["reasons"]]
            for card in result["items"]}


# --- follow-ups --------------------------------------------------------------------------------

def test_follow_ups_due_by_the_end_of_today_say_how_late_they_are(org):
    # given follow-ups of rep A1 due at the edges of today, in the company's zone
    rep = org.rep_a1
    now_, late2, yesterday_night, tonight, tomorrow, done, undated = (
        customer(rep) for _ in range(7))
    due(rep, now_, NOW)
    due(rep, late2, NOW - timedelta(days=2))
    due(rep, yesterday_night, START_OF_TODAY - timedelta(minutes=1), next_action="")
    due(rep, tonight, START_OF_TOMORROW - timedelta(microseconds=1))
    due(rep, tomorrow, START_OF_TOMORROW)
    services.complete_follow_up(rep, due(rep, done, NOW - timedelta(days=1)))
    due(rep, undated, None)
    save()

    # when the rep's list is made at noon
    found = reasons(cards(rep))

    # then what is due today or earlier is there, with how late; the rest is not
    assert found == {
        now_.id: [("follow_up_due", "今天 12:00 到期：回访报价")],
        late2.id: [("follow_up_overdue", "跟进已逾期 2 天：回访报价")],
        yesterday_night.id: [("follow_up_overdue", "跟进已逾期 1 天：电话沟通")],
        tonight.id: [("follow_up_due", "今天 23:59 到期：回访报价")],
    }


def test_a_long_next_action_is_shortened(org):
    rep = org.rep_a1
    mine = customer(rep)
    due(rep, mine, NOW, next_action="带上三款新茶的样品和报价单去店里当面讲解一下")

    assert reasons(cards(rep))[mine.id] == [
        ("follow_up_due", "今天 12:00 到期：带上三款新茶的样品和报价单去店里当面讲解…")]


# --- hot leads ---------------------------------------------------------------------------------

def opened(rep, anon_id: str, times: int):
    for _ in range(times):
        found = visit(rep, anon_id=anon_id).customer
    return found


def test_three_opens_in_24_hours_make_a_hot_lead_two_do_not(org):
    # given visitors who opened the rep's links 3, 2 and 5 times
    rep = org.rep_a1
    three, two, five = (opened(rep, f"visitor-{n}-000000", n) for n in (3, 2, 5))

    found = reasons(cards(rep, utcnow()))

    assert found == {three.id: [("hot_lead", "24 小时内打开 3 次")],
                     five.id: [("hot_lead", "24 小时内打开 5 次")]}
    assert two.id not in found


@pytest.mark.parametrize(("seconds_before", "hot"), [(0, True), (1, False)])
def test_the_24_hours_count_back_from_now_inclusive(org, seconds_before, hot):
    # given three opens, the first of them exactly 24 hours (plus `seconds_before`) ago
    rep = org.rep_a1
    lead = opened(rep, "visitor-edge-0000", 3)
    now = utcnow()
    first = db.session.scalars(
        ActivityEvent.__table__.select().with_only_columns(ActivityEvent.id)
        .where(ActivityEvent.customer_id == lead.id, ActivityEvent.verb == "visit")
        .order_by(ActivityEvent.id).limit(1)).one()
    db.session.execute(update(ActivityEvent).where(ActivityEvent.id == first).values(
        occurred_at=now - timedelta(hours=24, seconds=seconds_before)))
    db.session.commit()

    assert (lead.id in reasons(cards(rep, now))) is hot


def test_the_threshold_is_a_setting(app, org, monkeypatch):
    monkeypatch.setitem(app.config, "HOT_LEAD_OPENS", 2)
    two = opened(org.rep_a1, "visitor-two-00000", 2)

    assert reasons(cards(org.rep_a1, utcnow()))[two.id] == [("hot_lead", "24 小时内打开 2 次")]


# --- flags -------------------------------------------------------------------------------------

def flag(customer_, kind: str, recent: int, previous: int, reason: str = "夜间计算"):
    db.session.add(CustomerFlag(customer_id=customer_.id, flag=kind, recent_amount=recent,
                                previous_amount=previous, reason=reason, computed_at=NOW))
    db.session.commit()


def test_fading_and_high_potential_customers_say_by_how_much(org):
    rep = org.rep_a1
    fading, rising, climbing = customer(rep), customer(rep), customer(rep)
    flag(fading, "fading", 40_000, 100_000)
    flag(rising, "high_potential", 25_000, 10_000)
    flag(climbing, "high_potential", 0, 0, "30 天内客户阶段上升 2 级以上")

    assert reasons(cards(rep)) == {
        fading.id: [("fading", "近 90 天消费下降 60%")],
        rising.id: [("high_potential", "近 90 天消费上升 150%")],
        climbing.id: [("high_potential", "30 天内客户阶段上升 2 级以上")],
    }


# --- consultations and bookings ---------------------------------------------------------------

def test_unanswered_consultations_say_how_long_the_customer_waits(org):
    rep = org.rep_a1
    hours, minutes, days, answered = (customer(rep) for _ in range(4))
    inbox.ask(rep, hours, "有礼盒装吗？", at=NOW - timedelta(hours=3, minutes=10))
    inbox.ask(rep, minutes, "几点关门？", at=NOW - timedelta(minutes=20))
    inbox.ask(rep, days, "能开发票吗？", at=NOW - timedelta(days=3))
    inbox.answer(rep, inbox.ask(rep, answered, "包邮吗？", at=NOW - timedelta(hours=5)), "包邮")
    save()

    result = cards(rep)

    assert reasons(result) == {
        hours.id: [("consultation", "咨询未回复 3 小时：有礼盒装吗？")],
        minutes.id: [("consultation", "咨询未回复 20 分钟：几点关门？")],
        days.id: [("consultation", "咨询未回复 3 天：能开发票吗？")],
    }
    scores = {card["customer"].id: card["score"] for card in result["items"]}
    assert scores == {hours.id: 98, minutes.id: 95, days.id: 115}


def test_bookings_for_today_and_those_awaiting_confirmation(org):
    # given bookings made yesterday: for today (requested, confirmed, declined), for next
    # week (requested, confirmed) and one for this morning's past of yesterday's request
    rep = org.rep_a1
    asked_at = NOW - timedelta(days=1)
    today_requested, today_confirmed, today_declined, week_requested, week_confirmed = (
        customer(rep) for _ in range(5))

    def book(who, starts_at, kind="visit", *actions):
        booking = inbox.book(rep, who, kind, starts_at, at=asked_at)
        for action in actions:
            inbox.transition(booking, action, rep)
        save()

    book(today_requested, START_OF_TODAY + timedelta(hours=15))
    book(today_confirmed, START_OF_TODAY + timedelta(hours=16), "appointment", "confirm")
    book(today_declined, START_OF_TODAY + timedelta(hours=17), "visit", "decline")
    book(week_requested, START_OF_TODAY + timedelta(days=7, hours=10))
    book(week_confirmed, START_OF_TODAY + timedelta(days=7, hours=11), "visit", "confirm")

    assert reasons(cards(rep)) == {
        today_requested.id: [("booking_today", "今天 15:00 到店拜访（待确认）")],
        today_confirmed.id: [("booking_today", "今天 16:00 预约服务")],
        week_requested.id: [("booking_pending", "预约待确认：5月17日 10:00 到店拜访")],
    }


def test_a_request_for_a_time_already_gone_is_not_listed(org):
    rep = org.rep_a1
    late = customer(rep)
    inbox.book(rep, late, "visit", START_OF_TODAY - timedelta(hours=2),
               at=START_OF_TODAY - timedelta(days=2))
    save()

    assert reasons(cards(rep)) == {}


# --- birthdays ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("now", "birthday", "text"), [
    # 00:30 on 10 May in Shanghai, still 9 May in UTC
    (datetime(2025, 5, 9, 16, 30, tzinfo=UTC), date(1990, 5, 10), "生日：今天"),
    (datetime(2025, 5, 9, 16, 30, tzinfo=UTC), date(1990, 5, 9), None),
    # 23:59 on 10 May in Shanghai, then midnight
    (datetime(2025, 5, 10, 15, 59, tzinfo=UTC), date(1990, 5, 10), "生日：今天"),
    (datetime(2025, 5, 10, 16, 0, tzinfo=UTC), date(1990, 5, 10), None),
    # born on 29 February: on 1 March in a year without it, on the day in a leap year
    (datetime(2025, 3, 1, 4, 0, tzinfo=UTC), date(2000, 2, 29), "生日：今天（2月29日生）"),
    (datetime(2025, 2, 28, 4, 0, tzinfo=UTC), date(2000, 2, 29), None),
    (datetime(2024, 2, 29, 4, 0, tzinfo=UTC), date(2000, 2, 29), "生日：今天"),
    (datetime(2024, 3, 1, 4, 0, tzinfo=UTC), date(2000, 2, 29), None),
    (datetime(2025, 3, 1, 4, 0, tzinfo=UTC), date(1990, 3, 1), "生日：今天"),
])
def test_birthdays_are_today_in_the_company_zone(org, now, birthday, text):
    mine = customer(org.rep_a1, birthday=birthday)

    found = reasons(cards(org.rep_a1, now)).get(mine.id)

    assert found == ([("birthday", text)] if text else None)


# --- one card per customer, ranked -------------------------------------------------------------

def test_one_card_per_customer_ranked_by_its_most_urgent_reason(org):
    # given: X overdue 2 days and a birthday; Y a birthday; Z due today; W fading and a birthday
    rep = org.rep_a1
    x, y, z, w = (customer(rep, name=name, birthday=date(1990, 5, 10) if name != "Z" else None)
                  for name in "XYZW")
    due(rep, x, NOW - timedelta(days=2))
    due(rep, z, NOW + timedelta(hours=3))
    flag(w, "fading", 0, 50_000)

    result = cards(rep)

    # then each customer is one card, the most urgent first; a tie goes to more reasons
    assert [(c["customer"].name, c["score"], c["kind"], c["reason"]) for c in result["items"]] \
        == [("X", 104, "follow_up_overdue", "跟进已逾期 2 天：回访报价"),
            ("Z", 80, "follow_up_due", "今天 15:00 到期：回访报价"),
            ("W", 60, "birthday", "生日：今天"),
            ("Y", 60, "birthday", "生日：今天")]
    assert [r.kind for r in result["items"][0]["reasons"]] == ["follow_up_overdue", "birthday"]
    assert [r.kind for r in result["items"][2]["reasons"]] == ["birthday", "fading"]
    # and the header counts every reason by kind
    assert result["total"] == 4 and result["day"] == date(2025, 5, 10)
    assert {k: n for k, n in result["counts"].items() if n} == {
        "follow_up_overdue": 1, "follow_up_due": 1, "birthday": 3, "fading": 1}
    assert set(result["counts"]) >= {"hot_lead", "consultation", "booking_today",
                                     "booking_pending", "high_potential"}


# --- who sees whose cards ----------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
VIEWERS = {"rep_a1": ("rep_a1",), "rep_a1b": ("rep_a1b",), "boss_a": ("rep_a1", "rep_a1b",
                                                                       "rep_a2"),
           "boss_a1": ("rep_a1", "rep_a1b"), "boss_b": ("rep_b1",)}


@pytest.fixture
def world(org):
    """For each rep: a customer with an overdue follow-up and a birthday today, and a question
    not answered yet."""
    data = {}
    for name in REPS:
        rep = getattr(org, name)
        theirs = customer(rep, name=f"{name}的客户", birthday=today().replace(year=1992))
        due(rep, theirs, utcnow() - timedelta(days=3))
        inbox.ask(rep, theirs, "还有货吗？", at=utcnow() - timedelta(hours=2))
        save()
        data[name] = SimpleNamespace(rep=rep, customer=theirs)
    return SimpleNamespace(**data)


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_sees_the_cards_of_their_scope_only(app, org, world, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))

    response = client.get("/api/v1/today")

    assert response.status_code == 200, response.json
    body = response.json
    expected = {getattr(world, name).customer.id: getattr(org, name).name
                for name in VIEWERS[viewer]}
    assert {card["customer"]["id"]: card["rep"]["name"] for card in body["items"]} == expected
    assert body["total"] == len(expected)
    assert body["counts"]["follow_up_overdue"] == body["counts"]["consultation"] \
        == body["counts"]["birthday"] == len(expected)
    card = body["items"][0]
    assert (card["kind"], card["reason"], card["score"]) == (
        "follow_up_overdue", "跟进已逾期 3 天：回访报价", 106)
    assert [(r["kind"], r["text"]) for r in card["reasons"]] == [
        ("follow_up_overdue", "跟进已逾期 3 天：回访报价"),
        ("consultation", "咨询未回复 2 小时：还有货吗？"), ("birthday", "生日：今天")]
    assert card["customer"]["name"].endswith("的客户") and card["customer"]["stage"]


def test_hq_has_no_list_of_its_own(as_hq, world):
    assert as_hq.get("/api/v1/today").status_code == 403


# --- the due list carries its customers ---------------------------------------------------------

def statements_of(request) -> int:
    """How many SQL statements a request runs."""
    with statements() as seen:
        assert request().status_code == 200
    return len(seen)


def test_the_due_list_names_each_customer_without_a_query_per_row(as_rep, org):
    # given one due follow-up
    rep = org.rep_a1
    first = customer(rep, name="王女士", nickname="茶友")
    due(rep, first, utcnow() - timedelta(hours=1))

    def due_list():
        return as_rep.get("/api/v1/follow-ups/due?per_page=100")

    one = statements_of(due_list)
    # when three more customers have one each
    for n in range(3):
        due(rep, customer_of(rep), utcnow() - timedelta(hours=1), next_action=f"第 {n} 个")

    # then the list costs as many statements as before, and names each customer
    assert statements_of(due_list) == one
    items = due_list().json["items"]
    assert len(items) == 4
    assert items[0]["customer"] == {"id": first.id, "status": "visitor", "name": "王女士",
                                    "nickname": "茶友", "phone": None, "stage": "reached"}
