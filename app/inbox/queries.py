"""Read side of the inbox: the rep's list (consultations and bookings in one timeline), the
badge counts, what a customer sees of their own questions and bookings, knowledge-base search."""

from sqlalchemy import String, and_, case, func, literal_column, or_, select, union_all

from app.core.access import ROLE_HQ, get_or_404, scoped
from app.core.company import company_zone
from app.core.db import day_bounds, local_day, utcnow
from app.core.errors import NotFound
from app.extensions import db
from app.inbox.models import Article, Booking, Consultation

OPEN_BOOKING = ("requested", "confirmed")


def _unanswered(model):
    """A consultation without an answer; a booking the rep has not confirmed or declined."""
    return Consultation.answered_at.is_(None) if model is Consultation \
        else Booking.status == "requested"


def _timeline(model, user, state: str, customer_id: int | None):
    """(kind, id, created_at) of the items of one kind the user may see."""
    # A constant of our own, inlined: a bound parameter has no type PostgreSQL can unite.
    kind = literal_column(f"'{model.__tablename__}'", String).label("kind")
    query = scoped(select(kind, model.id.label("id"),
                          model.created_at.label("created_at")), model, user)
    if state == "unanswered":
        query = query.where(_unanswered(model))
    elif state == "answered":
        query = query.where(~_unanswered(model))
    if customer_id is not None:
        query = query.where(model.customer_id == customer_id)
    return query


def inbox_page(user, page_args: dict, kind: str | None = None, state: str = "all",
               customer_id: int | None = None) -> dict:
    """One page of consultations and bookings in the user's scope, newest first.

    Both kinds are merged into one timeline in SQL (UNION ALL of ids), then the page's items
    are loaded, a query per kind.
    """
    models = [m for m in (Consultation, Booking) if kind in (None, m.__tablename__)]
    parts = [_timeline(model, user, state, customer_id) for model in models]
    rows = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    total = db.session.scalar(select(func.count()).select_from(rows))
    page, per_page = page_args["page"], page_args["per_page"]
    found = db.session.execute(select(rows.c.kind, rows.c.id)
                               .order_by(rows.c.created_at.desc(), rows.c.id.desc())
                               .limit(per_page).offset((page - 1) * per_page)).all()
    loaded = {}
    for model in models:
        ids = [row.id for row in found if row.kind == model.__tablename__]
        if ids:
            loaded.update({(model.__tablename__, item.id): item for item in db.session.scalars(
                select(model).where(model.id.in_(ids)))})
    items = []
    for row in found:
        item = loaded[(row.kind, row.id)]
        items.append({"kind": row.kind, "id": item.id, "created_at": item.created_at,
                      "customer": item.customer, row.kind: item})
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def counts(user) -> dict:
    """For the badge: unanswered consultations, unconfirmed bookings, and open bookings that
    start today (company time)."""
    start, end = day_bounds(local_day(utcnow(), company_zone()), company_zone())
    consultations = db.session.scalar(scoped(
        select(func.count()).select_from(Consultation), Consultation, user)
        .where(_unanswered(Consultation)))
    booking_counts = db.session.execute(scoped(select(
        func.count(case((Booking.status == "requested", 1))),
        func.count(case((and_(Booking.starts_at >= start, Booking.starts_at < end), 1))),
    ).select_from(Booking), Booking, user).where(Booking.status.in_(OPEN_BOOKING))).one()
    return {"consultations": consultations, "bookings": booking_counts[0],
            "bookings_today": booking_counts[1],
            "total": consultations + booking_counts[0]}


def customer_messages(shop_rep, customer) -> dict:
    """The customer's own questions and bookings in this shop, newest first, and how many
    answers or replies they have not seen yet. Nothing for an unknown visitor."""
    if customer is None:
        return {"consultations": [], "bookings": [], "unseen": 0}
    consultations = db.session.scalars(
        select(Consultation).where(Consultation.customer_id == customer.id,
                                   Consultation.shop_rep_id == shop_rep.id)
        .order_by(Consultation.created_at.desc(), Consultation.id.desc()).limit(100)).all()
    bookings = db.session.scalars(
        select(Booking).where(Booking.customer_id == customer.id,
                              Booking.shop_rep_id == shop_rep.id)
        .order_by(Booking.created_at.desc(), Booking.id.desc()).limit(100)).all()
    unseen = sum(1 for c in consultations if c.answered_at and not c.seen_at) + \
        sum(1 for b in bookings if b.replied_at and not b.seen_at)
    return {"consultations": consultations, "bookings": bookings, "unseen": unseen}


# --- the knowledge base --------------------------------------------------------------------------

def articles(user, q: str | None = None, kind: str | None = None,
             product_id: int | None = None, published: bool | None = None):
    """Articles the user may read (staff: published ones; HQ: all, or by `published`).

    `q` matches every one of its words (up to five) in the title, body or keywords; title
    matches come first, then the latest edited.
    """
    query = select(Article)
    if user.role != ROLE_HQ:
        query = query.where(Article.published)
    elif published is not None:
        query = query.where(Article.published == published)
    if kind:
        query = query.where(Article.kind == kind)
    if product_id is not None:
        query = query.where(Article.product_id == product_id)
    order = [Article.updated_at.desc(), Article.id.desc()]
    words = (q or "").split()[:5]
    for word in words:
        query = query.where(or_(Article.title.icontains(word, autoescape=True),
                                Article.body.icontains(word, autoescape=True),
                                Article.keywords.icontains(word, autoescape=True)))
    if words:
        order.insert(0, case((Article.title.icontains(words[0], autoescape=True), 0), else_=1))
    return query.order_by(*order)


def article_or_404(user, article_id: int) -> Article:
    """An article the user may read: an unpublished one is HQ's only (404 for others)."""
    article = get_or_404(Article, article_id, "文章不存在")
    if not article.published and user.role != ROLE_HQ:
        raise NotFound("文章不存在")
    return article
