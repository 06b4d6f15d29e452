"""Request and response bodies of consultations, bookings, the inbox and the knowledge base."""

from marshmallow import Schema, fields, validate

from app.core.api import ID, MAX_BIG_ID, PartialSchema
from app.core.fields import JsonBoolean, Moment, text
from app.inbox.models import ARTICLE_KINDS, BOOKING_KINDS, BOOKING_STATUSES

INBOX_KINDS = ("consultation", "booking")
INBOX_STATES = ("unanswered", "answered", "all")


class ProductRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)


def _name_of(relation: str):
    return fields.Function(lambda obj: getattr(obj, relation).name if getattr(obj, relation)
                           else None, allow_none=True, required=True)


# --- what the customer sends and sees (public shop) ------------------------------------------

class AskSchema(Schema):
    question = fields.String(required=True, validate=text(500))
    product_id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=ID,
                                metadata={"description": "Asked from this product's page"})


class BookSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(BOOKING_KINDS),
                         metadata={"description": "visit 到店拜访, appointment 预约服务"})
    starts_at = Moment(required=True, metadata={
        "description": "ISO 8601 with an offset; in the future, within BOOKING_MAX_DAYS_AHEAD"})
    note = fields.String(load_default="", validate=validate.Length(max=500))


class CustomerConsultationSchema(Schema):
    """A question as its asker sees it: never anything about other customers."""

    id = fields.Integer(required=True)
    product = fields.Nested(ProductRefSchema, allow_none=True, required=True)
    question = fields.String(required=True)
    answer = fields.String(allow_none=True, required=True)
    answerer_name = _name_of("answerer")
    answered_at = fields.DateTime(allow_none=True, required=True)
    revised_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    unseen = fields.Function(lambda c: bool(c.answered_at and not c.seen_at), required=True,
                             metadata={"description": "An answer the customer has not seen"})


class CustomerBookingSchema(Schema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    starts_at = fields.DateTime(required=True)
    note = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(BOOKING_STATUSES))
    reply = fields.String(required=True)
    replied_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    unseen = fields.Function(lambda b: bool(b.replied_at and not b.seen_at), required=True,
                             metadata={"description": "A reply the customer has not seen"})


class MyMessagesSchema(Schema):
    consultations = fields.List(fields.Nested(CustomerConsultationSchema), required=True)
    bookings = fields.List(fields.Nested(CustomerBookingSchema), required=True)
    unseen = fields.Integer(required=True)


# --- the rep's inbox -------------------------------------------------------------------------

class InboxCustomerSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(allow_none=True, required=True)
    nickname = fields.String(allow_none=True, required=True)
    phone = fields.String(allow_none=True, required=True)
    avatar_url = fields.String(allow_none=True, required=True)
    stage = fields.String(required=True)


class ConsultationSchema(Schema):
    id = fields.Integer(required=True)
    customer_id = fields.Integer(required=True)
    customer = fields.Nested(InboxCustomerSchema, required=True)
    product = fields.Nested(ProductRefSchema, allow_none=True, required=True)
    question = fields.String(required=True)
    answer = fields.String(allow_none=True, required=True)
    answerer_name = _name_of("answerer")
    answered_at = fields.DateTime(allow_none=True, required=True)
    revised_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    seen_at = fields.DateTime(allow_none=True, required=True,
                              metadata={"description": "When the customer saw the answer"})


class BookingSchema(Schema):
    id = fields.Integer(required=True)
    customer_id = fields.Integer(required=True)
    customer = fields.Nested(InboxCustomerSchema, required=True)
    kind = fields.String(required=True)
    starts_at = fields.DateTime(required=True)
    note = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(BOOKING_STATUSES))
    reply = fields.String(required=True)
    replier_name = _name_of("replier")
    replied_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    closed_at = fields.DateTime(allow_none=True, required=True)
    seen_at = fields.DateTime(allow_none=True, required=True,
                              metadata={"description": "When the customer saw the reply"})


class InboxItemSchema(Schema):
    """One entry of the inbox: a consultation or a booking (the other is null)."""

    kind = fields.String(required=True, validate=validate.OneOf(INBOX_KINDS))
    id = fields.Integer(required=True)
    created_at = fields.DateTime(required=True)
    customer = fields.Nested(InboxCustomerSchema, required=True)
    consultation = fields.Nested(ConsultationSchema, allow_none=True, load_default=None,
                                 dump_default=None)
    booking = fields.Nested(BookingSchema, allow_none=True, load_default=None,
                            dump_default=None)


class InboxArgsSchema(Schema):
    kind = fields.String(validate=validate.OneOf(INBOX_KINDS))
    state = fields.String(load_default="all", validate=validate.OneOf(INBOX_STATES), metadata={
        "description": "unanswered: consultations without an answer, bookings not confirmed "
                       "or declined yet"})
    customer_id = fields.Integer(validate=validate.Range(min=1, max=MAX_BIG_ID))


class InboxCountsSchema(Schema):
    consultations = fields.Integer(required=True, metadata={"description": "Unanswered"})
    bookings = fields.Integer(required=True, metadata={"description": "Waiting to be confirmed"})
    bookings_today = fields.Integer(required=True, metadata={
        "description": "Requested or confirmed, starting today (company time)"})
    total = fields.Integer(required=True, metadata={"description": "consultations + bookings"})


class AnswerSchema(Schema):
    answer = fields.String(required=True, validate=text(2000))


class BookingReplySchema(Schema):
    reply = fields.String(load_default="", validate=validate.Length(max=500),
                          metadata={"description": "Shown to the customer; empty keeps the last"})


# --- the knowledge base ----------------------------------------------------------------------

class ArticleSchema(Schema):
    id = fields.Integer(dump_only=True)
    title = fields.String(required=True, validate=text(100))
    body = fields.String(required=True, validate=text(5000))
    kind = fields.String(required=True, validate=validate.OneOf(ARTICLE_KINDS),
                         metadata={"description": "qa 问答, know_how 产品知识"})
    keywords = fields.String(load_default="", validate=validate.Length(max=200))
    product_id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=ID)
    product_name = fields.Function(lambda a: a.product.name if a.product else None,
                                   dump_only=True, allow_none=True)
    published = JsonBoolean(load_default=True)
    author_name = fields.Function(lambda a: a.author.name, dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class ArticleUpdateSchema(PartialSchema, ArticleSchema):
    """Any of an article's fields."""


class ArticleListArgsSchema(Schema):
    q = fields.String(validate=validate.Length(min=1, max=50),
                      metadata={"description": "Every word in the title, body or keywords"})
    kind = fields.String(validate=validate.OneOf(ARTICLE_KINDS))
    product_id = fields.Integer(validate=ID)
    published = fields.Boolean(metadata={"description": "HQ only; others see published ones"})
