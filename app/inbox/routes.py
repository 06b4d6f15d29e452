"""Consultations and bookings: sent from the public shop page, worked in the rep's inbox; and
the knowledge base (HQ writes, staff read)."""

from flask_login import current_user

from app.core.access import (
    ROLE_HQ,
    ROLE_REP,
    get_scoped_or_404,
    login_required,
    public,
    roles_required,
)
from app.core.api import Blueprint, PageArgsSchema, page_of, paginate
from app.core.ratelimit import public_write_limit as write_limit
from app.customers.services import customer_for
from app.customers.visitors import current_visitor, remember_visitor, visitor_anon_id
from app.inbox import queries, schemas, services
from app.inbox.models import Booking, Consultation
from app.shop.queries import find_shop
from app.shop.routes.public import SHOP
from app.shop.services import catalog

public_blp = Blueprint("inbox_public", __name__, url_prefix="/api/v1/shops",
                       description="顾客在微店咨询与预约（无需登录）")
blp = Blueprint("inbox", __name__, url_prefix="/api/v1", description="咨询预约与知识库")


# --- the customer, on the shop page ------------------------------------------------------------

def _visitor_customer(rep):
    """The visitor's customer record, made now if this is their first word (as a visit would)."""
    customer, _ = customer_for(rep, visitor_anon_id())
    remember_visitor(customer)
    return customer


@public_blp.route(SHOP + "/consultations", methods=["POST"])
@public_blp.arguments(schemas.AskSchema)
@public_blp.response(201, schemas.CustomerConsultationSchema)
@public
@write_limit
def ask(data, code):
    """Ask the shop's rep a question, optionally about a product of the catalog."""
    rep, _ = find_shop(code)
    product = (catalog.get_product(data["product_id"], on_sale_only=True)
               if data["product_id"] else None)
    return services.ask(rep, _visitor_customer(rep), data["question"], product)


@public_blp.route(SHOP + "/bookings", methods=["POST"])
@public_blp.arguments(schemas.BookSchema)
@public_blp.response(201, schemas.CustomerBookingSchema)
@public
@write_limit
def book(data, code):
    """Book a visit or an appointment (a future time, with an offset); the rep confirms it."""
    rep, _ = find_shop(code)
    return services.book(rep, _visitor_customer(rep), **data)


@public_blp.route(SHOP + "/my-messages", methods=["GET"])
@public_blp.response(200, schemas.MyMessagesSchema)
@public
def my_messages(code):
    """This visitor's questions and bookings in this shop, with answers and replies."""
    rep, _ = find_shop(code)
    return queries.customer_messages(rep, current_visitor())


@public_blp.route(SHOP + "/my-messages/seen", methods=["POST"])
@public_blp.response(200, schemas.MyMessagesSchema)
@public
@write_limit
def my_messages_seen(code):
    """Mark every answer and reply of this visitor in this shop as seen."""
    rep, _ = find_shop(code)
    customer = current_visitor()
    if customer is not None:
        services.mark_seen(rep, customer)
    return queries.customer_messages(rep, customer)


@public_blp.route(SHOP + "/my-bookings/<bigid:booking_id>/cancel", methods=["POST"])
@public_blp.response(200, schemas.CustomerBookingSchema)
@public
@write_limit
def cancel_my_booking(code, booking_id):
    """Cancel one of this visitor's bookings while it is requested or confirmed."""
    rep, _ = find_shop(code)
    booking = services.customer_booking(rep, current_visitor(), booking_id)
    return services.transition(booking, "cancel")


# --- the rep's inbox ---------------------------------------------------------------------------

@blp.route("/inbox", methods=["GET"])
@blp.arguments(schemas.InboxArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.InboxItemSchema))
@login_required
def inbox(args, page):
    """Consultations and bookings of the customers I may see, newest first."""
    return queries.inbox_page(current_user, page, **args)


@blp.route("/inbox/counts", methods=["GET"])
@blp.response(200, schemas.InboxCountsSchema)
@login_required
def inbox_counts():
    """What waits for an answer: for the badge on the home screen."""
    return queries.counts(current_user)


@blp.route("/consultations/<bigid:consultation_id>", methods=["GET"])
@blp.response(200, schemas.ConsultationSchema)
@login_required
def get_consultation(consultation_id):
    """One consultation with the customer and the answer."""
    return get_scoped_or_404(Consultation, consultation_id, current_user)


@blp.route("/consultations/<bigid:consultation_id>/answer", methods=["POST"])
@blp.arguments(schemas.AnswerSchema)
@blp.response(200, schemas.ConsultationSchema)
@roles_required(ROLE_REP)
def answer_consultation(data, consultation_id):
    """Answer my customer's question (again: revise the answer); they see it on the shop page."""
    consultation = get_scoped_or_404(Consultation, consultation_id, current_user)
    return services.answer(current_user, consultation, data["answer"])


@blp.route("/bookings/<bigid:booking_id>", methods=["GET"])
@blp.response(200, schemas.BookingSchema)
@login_required
def get_booking(booking_id):
    """One booking with the customer and my reply."""
    return get_scoped_or_404(Booking, booking_id, current_user)


def _act(booking_id: int, action: str, data: dict) -> Booking:
    booking = get_scoped_or_404(Booking, booking_id, current_user)
    return services.transition(booking, action, current_user, reply=data["reply"])


@blp.route("/bookings/<bigid:booking_id>/confirm", methods=["POST"])
@blp.arguments(schemas.BookingReplySchema, required=False)
@blp.response(200, schemas.BookingSchema)
@roles_required(ROLE_REP)
def confirm_booking(data, booking_id):
    """Confirm a requested booking, with a reply to the customer."""
    return _act(booking_id, "confirm", data)


@blp.route("/bookings/<bigid:booking_id>/decline", methods=["POST"])
@blp.arguments(schemas.BookingReplySchema, required=False)
@blp.response(200, schemas.BookingSchema)
@roles_required(ROLE_REP)
def decline_booking(data, booking_id):
    """Decline a requested or confirmed booking, saying why."""
    return _act(booking_id, "decline", data)


@blp.route("/bookings/<bigid:booking_id>/done", methods=["POST"])
@blp.arguments(schemas.BookingReplySchema, required=False)
@blp.response(200, schemas.BookingSchema)
@roles_required(ROLE_REP)
def complete_booking(data, booking_id):
    """Mark a confirmed booking as having taken place."""
    return _act(booking_id, "done", data)


# --- the knowledge base ------------------------------------------------------------------------

@blp.route("/articles", methods=["GET"])
@blp.arguments(schemas.ArticleListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.ArticleSchema))
@login_required
def list_articles(filters, page):
    """Search the knowledge base (staff see the published articles, HQ every one)."""
    return paginate(queries.articles(current_user, **filters), page)


@blp.route("/articles", methods=["POST"])
@blp.arguments(schemas.ArticleSchema)
@blp.response(201, schemas.ArticleSchema)
@roles_required(ROLE_HQ)
def create_article(data):
    """Write a knowledge-base article."""
    return services.create_article(current_user, **data)


@blp.route("/articles/<int:article_id>", methods=["GET"])
@blp.response(200, schemas.ArticleSchema)
@login_required
def get_article(article_id):
    """One article (an unpublished one is HQ's only)."""
    return queries.article_or_404(current_user, article_id)


@blp.route("/articles/<int:article_id>", methods=["PATCH"])
@blp.arguments(schemas.ArticleUpdateSchema, required=False)
@blp.response(200, schemas.ArticleSchema)
@roles_required(ROLE_HQ)
def update_article(changes, article_id):
    """Edit an article, or publish or withdraw it."""
    return services.update_article(current_user, queries.article_or_404(current_user, article_id),
                                   changes)


@blp.route("/articles/<int:article_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_article(article_id):
    """Delete an article."""
    services.delete_article(current_user, queries.article_or_404(current_user, article_id))


BLUEPRINTS = (public_blp, blp)
