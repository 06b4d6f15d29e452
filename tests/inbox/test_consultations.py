"""Consultations: a customer asks on a rep's shop page (no login), the rep who owns them is
told, answers (and may revise the answer), and the answer shows to that customer only."""

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app.clients.models import StageChange
from app.clients.services import hand_over
from app.clients.stages import set_stage
from app.core.access import get_scoped_or_404
from app.core.errors import NotFound
from app.core.models import Notification
from app.customers.models import Customer
from app.inbox import services
from app.inbox.models import Consultation
from tests.factories import ProductFactory
from tests.inbox.builders import answered, asked
from tests.shop.builders import counters, customer_of, events, visit, visitor


@pytest.fixture
def shop(org, app):
    """Rep A1's shop and a phone that has opened it (so it is a known visitor)."""
    phone = visitor(app)
    code = org.rep_a1.shop_code
    assert phone.post(f"/api/v1/shops/{code}/visits", json={}).status_code == 200
    return SimpleNamespace(rep=org.rep_a1, code=code, phone=phone,
                           url=f"/api/v1/shops/{code}")


def customer_of_phone(db, phone) -> Customer:
    return db.session.scalar(select(Customer).where(
        Customer.anon_id == phone.get_cookie("qg_vid").value.partition(".")[0]))


def notifications_of(db, user) -> list[Notification]:
    return list(db.session.scalars(select(Notification).where(
        Notification.recipient_id == user.id).order_by(Notification.id)))


# --- asking ------------------------------------------------------------------------------------

def test_a_visitor_asks_and_the_owning_rep_is_told(shop, db):
    # when the visitor asks a question from the shop page
    response = shop.phone.post(f"{shop.url}/consultations", json={"question": "周末营业吗？"})

    # then it is saved for their customer record, unanswered
    assert response.status_code == 201, response.json
    assert response.json["question"] == "周末营业吗？"
    assert response.json["answer"] is None and response.json["unseen"] is False
    customer = customer_of_phone(db, shop.phone)
    consultation = db.session.get(Consultation, response.json["id"])
    assert (consultation.customer_id, consultation.shop_rep_id) == (customer.id, shop.rep.id)
    # and the rep is notified, counted, and the customer has a need
    [note] = [n for n in notifications_of(db, shop.rep) if n.kind == "consultation_new"]
    assert "周末营业吗？" in note.body and note.link == "/rep/inbox?tab=consultation"
    assert [e.customer_id for e in events("consultation")] == [customer.id]
    assert counters(shop.rep)["consultation"] == 1
    assert customer.stage == "need"
    change = db.session.scalars(select(StageChange).where(
        StageChange.customer_id == customer.id)).all()[-1]
    assert (change.to_stage, change.reason) == ("need", "咨询")


def test_asking_about_a_product_names_it(shop, db):
    product = ProductFactory(name="智能电饭煲")

    response = shop.phone.post(f"{shop.url}/consultations",
                               json={"question": "能预约煮饭吗？", "product_id": product.id})

    assert response.status_code == 201
    assert response.json["product"] == {"id": product.id, "name": "智能电饭煲",
                                        "cover_url": product.cover_url}
    [note] = [n for n in notifications_of(db, shop.rep) if n.kind == "consultation_new"]
    assert "智能电饭煲" in note.title


@pytest.mark.parametrize("on_sale", [False, None])
def test_asking_about_a_product_off_sale_or_missing_is_404(shop, db, on_sale):
    product_id = ProductFactory(on_sale=False).id if on_sale is False else 999_999

    response = shop.phone.post(f"{shop.url}/consultations",
                               json={"question": "还有吗？", "product_id": product_id})

    assert response.status_code == 404
    assert db.session.scalar(select(Consultation.id)) is None


@pytest.mark.parametrize("body", [{}, {"question": "   "}, {"question": "问" * 501},
                                  {"question": "有吗", "product_id": "1"}])
def test_a_blank_or_overlong_question_is_422(shop, body):
    response = shop.phone.post(f"{shop.url}/consultations", json=body)

    assert response.status_code == 422


def test_a_first_time_visitor_who_asks_becomes_a_customer_like_a_visit(app, org, db):
    # given a phone that never opened the shop (no visitor cookie)
    phone = visitor(app)

    # when it asks a question
    response = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/consultations",
                          json={"question": "你好"})

    # then a customer record of the rep is made, as a first visit makes it, and remembered
    assert response.status_code == 201
    customer = customer_of_phone(db, phone)
    assert customer.rep_id == org.rep_a1.id
    assert [e.customer_id for e in events("visitor_new")] == [customer.id]
    # and the next question is the same customer's
    phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/consultations", json={"question": "在吗"})
    assert db.session.scalars(select(Consultation.customer_id)).all() == [customer.id] * 2


def test_a_closed_shop_takes_no_question(client, org):
    client.fetch_csrf()

    response = client.post("/api/v1/shops/nope/consultations", json={"question": "你好"})

    assert response.status_code == 404


def test_asking_in_another_reps_shop_goes_to_the_owning_rep(app, org, db):
    # given a customer of rep A1 (first touch) who opens rep B1's shop
    phone = visitor(app)
    phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={})
    phone.post(f"/api/v1/shops/{org.rep_b1.shop_code}/visits", json={})

    # when they ask there
    phone.post(f"/api/v1/shops/{org.rep_b1.shop_code}/consultations", json={"question": "你好"})

    # then the question is rep A1's to answer (their customer), listed in B1's shop page
    consultation = db.session.scalar(select(Consultation))
    assert consultation.customer.rep_id == org.rep_a1.id
    assert consultation.shop_rep_id == org.rep_b1.id
    assert [n.kind for n in notifications_of(db, org.rep_a1)] == ["consultation_new"]
    assert notifications_of(db, org.rep_b1) == []
    shop_b = phone.get(f"/api/v1/shops/{org.rep_b1.shop_code}/my-messages").json
    shop_a = phone.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-messages").json
    assert [c["question"] for c in shop_b["consultations"]] == ["你好"]
    assert shop_a["consultations"] == []


# --- answering ---------------------------------------------------------------------------------

def test_the_rep_answers_and_the_customer_sees_it_as_new_until_seen(shop, as_rep, db):
    # given a question from the visitor
    asked_id = shop.phone.post(f"{shop.url}/consultations",
                               json={"question": "包邮吗？"}).json["id"]

    # when the rep answers it
    response = as_rep.post(f"/api/v1/consultations/{asked_id}/answer",
                           json={"answer": "满 99 包邮。"})

    # then it is answered, by whom and when, and counted
    assert response.status_code == 200, response.json
    assert response.json["answer"] == "满 99 包邮。"
    assert response.json["answerer_name"] == shop.rep.name
    assert response.json["answered_at"] and response.json["revised_at"] is None
    assert counters(shop.rep)["consultation_answered"] == 1
    # and the customer sees it, marked new, until they have seen it
    mine = shop.phone.get(f"{shop.url}/my-messages").json
    assert mine["unseen"] == 1
    assert [(c["answer"], c["unseen"]) for c in mine["consultations"]] == [("满 99 包邮。", True)]
    seen = shop.phone.post(f"{shop.url}/my-messages/seen").json
    assert seen["unseen"] == 0
    assert shop.phone.get(f"{shop.url}/my-messages").json["consultations"][0]["unseen"] is False


def test_answering_again_revises_the_answer_and_keeps_the_first_answer_time(shop, as_rep, db):
    consultation = asked(shop.rep, customer_of_phone(db, shop.phone))
    first = as_rep.post(f"/api/v1/consultations/{consultation.id}/answer",
                        json={"answer": "明天到货。"}).json
    shop.phone.post(f"{shop.url}/my-messages/seen")

    # when the rep answers a second time
    second = as_rep.post(f"/api/v1/consultations/{consultation.id}/answer",
                         json={"answer": "更正：后天到货。"})

    # then the answer is replaced, its first time kept, the revision dated, counted once
    assert second.status_code == 200
    assert second.json["answer"] == "更正：后天到货。"
    assert second.json["answered_at"] == first["answered_at"]
    assert second.json["revised_at"] is not None
    assert counters(shop.rep)["consultation_answered"] == 1
    # and the customer sees the revision as new
    mine = shop.phone.get(f"{shop.url}/my-messages").json
    assert [(c["answer"], c["unseen"]) for c in mine["consultations"]] == [
        ("更正：后天到货。", True)]


def test_an_answer_is_not_blank(shop, as_rep, db):
    consultation = asked(shop.rep)

    response = as_rep.post(f"/api/v1/consultations/{consultation.id}/answer",
                           json={"answer": "  "})

    assert response.status_code == 422
    assert db.session.get(Consultation, consultation.id).answer is None


def test_customer_a_never_sees_customer_bs_questions_or_answers(app, org, db):
    # given two phones that asked in the same shop, and B's question answered
    code = org.rep_a1.shop_code
    phone_a, phone_b = visitor(app), visitor(app)
    phone_a.post(f"/api/v1/shops/{code}/consultations", json={"question": "A 的问题"})
    b_id = phone_b.post(f"/api/v1/shops/{code}/consultations",
                        json={"question": "B 的问题"}).json["id"]
    answered(org.rep_a1, db.session.get(Consultation, b_id), "给 B 的私密回答")

    # when A opens their messages, and marks them seen
    mine = phone_a.get(f"/api/v1/shops/{code}/my-messages")
    phone_a.post(f"/api/v1/shops/{code}/my-messages/seen")

    # then only A's own question is there, and B's answer stays unseen for B
    assert [c["question"] for c in mine.json["consultations"]] == ["A 的问题"]
    assert "给 B 的私密回答" not in mine.get_data(as_text=True)
    assert phone_b.get(f"/api/v1/shops/{code}/my-messages").json["unseen"] == 1


def test_a_phone_without_a_visitor_cookie_has_no_messages(client, org):
    asked(org.rep_a1)

    response = client.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-messages")

    assert response.json == {"consultations": [], "bookings": [], "unseen": 0}


def test_the_customer_payload_has_no_customer_or_staff_internals(shop, as_rep, db):
    consultation = asked(shop.rep, customer_of_phone(db, shop.phone))
    answered(shop.rep, consultation)

    item = shop.phone.get(f"{shop.url}/my-messages").json["consultations"][0]

    assert set(item) == {"id", "product", "question", "answer", "answerer_name", "answered_at",
                         "revised_at", "created_at", "unseen"}


def test_the_answer_travels_with_the_customer_on_handover(org, db):
    # given a question of rep A1's customer, handed over to rep A1b
    consultation = asked(org.rep_a1)
    hand_over(org.boss_a, org.rep_a1, org.rep_a1b, "调岗", [consultation.customer_id])
    db.session.commit()

    # then the new owner answers it, and the old one no longer can
    with pytest.raises(NotFound):
        get_scoped_or_404(Consultation, consultation.id, org.rep_a1)
    mine = get_scoped_or_404(Consultation, consultation.id, org.rep_a1b)
    assert services.answer(org.rep_a1b, mine, "我来接手").answerer.id == org.rep_a1b.id


def test_a_visit_after_asking_keeps_the_stage_at_need(shop, db):
    shop.phone.post(f"{shop.url}/consultations", json={"question": "你好"})
    customer = customer_of_phone(db, shop.phone)

    for _ in range(3):
        visit(shop.rep, anon_id=customer.anon_id)

    db.session.refresh(customer)
    assert customer.stage == "need"


def test_a_customer_past_need_stays_there(org, db):
    customer = customer_of(org.rep_a1)
    set_stage(org.rep_a1, customer, "deal", "线下成交")
    db.session.commit()

    asked(org.rep_a1, customer)

    db.session.refresh(customer)
    assert customer.stage == "deal"
