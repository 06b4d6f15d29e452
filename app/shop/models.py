"""Catalog, shops and shelves, share tokens and visitor days, orders and the commission ledger.

Money is integer fen; rates are basis points (1/100 of a percent).
"""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import Scoped
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.customers.models import Customer
from app.extensions import db

ORDER_STATUSES = ("pending", "paid", "completed", "cancelled", "refunded", "expired")
CLOSED_STATUSES = ("cancelled", "refunded", "expired")  # stock and reservations given back
FULFILMENTS = ("delivery", "pickup")
SHARE_CHANNELS = ("wechat", "moments", "poster", "qrcode", "link")
# What a product is for in the range (引流品, 爆品, 主推利润品), so HQ sees which plays feed which.
PRODUCT_ROLES = ("traffic", "hit", "profit")
MAX_STOCK = 10**9 - 1  # what a product's stock may be set to


class Category(TimestampMixin, db.Model):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Product(TimestampMixin, db.Model):
    """An HQ catalog item; every rep's shelf shows it only while it is on sale."""

    __tablename__ = "product"
    __table_args__ = (Index("ix_product_sale_sort", "on_sale", "sort_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    name: Mapped[str] = mapped_column(String(100))
    subtitle: Mapped[str] = mapped_column(String(200), default="")
    cover_url: Mapped[str | None] = mapped_column(String(500))
    gallery: Mapped[list] = mapped_column(JSON, default=list)
    # Rich description as blocks, [{"type": "text", "text": ...}, {"type": "image", "url": ...}]:
    # rich enough for a product page and nothing a browser could run.
    detail: Mapped[list] = mapped_column(JSON, default=list)
    price: Mapped[int] = mapped_column(BigInteger)
    list_price: Mapped[int | None] = mapped_column(BigInteger)
    stock: Mapped[int | None] = mapped_column(Integer)  # None: unlimited
    sold: Mapped[int] = mapped_column(Integer, default=0)
    on_sale: Mapped[bool] = mapped_column(Boolean, default=True)
    commission_rate_bps: Mapped[int | None] = mapped_column(Integer)  # None: company default
    tags: Mapped[list] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str | None] = mapped_column(String(20))  # PRODUCT_ROLES

    category: Mapped[Category | None] = relationship(lazy="joined")


class ShopProfile(TimestampMixin, Scoped, db.Model):
    """How a rep's shop introduces itself; `version` moves with every change to the shop."""

    __tablename__ = "shop_profile"
    __scope_owner__ = "rep_id"

    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(50))
    avatar_url: Mapped[str | None] = mapped_column(String(500))
    greeting: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    wechat_qr_url: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)


class ShelfItem(Scoped, db.Model):
    """A product a rep chose for their shop, in the rep's order; featured items come first."""

    __tablename__ = "shelf_item"
    __scope_owner__ = "rep_id"
    __table_args__ = (UniqueConstraint("rep_id", "product_id"),
                      Index("ix_shelf_item_rep_position", "rep_id", "position"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    product: Mapped[Product] = relationship(lazy="joined")


class ShelfPin(db.Model):
    """HQ puts a product on every shelf of an org unit's subtree (the root unit: every shelf)."""

    __tablename__ = "shelf_pin"
    __table_args__ = (UniqueConstraint("product_id", "org_unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    product: Mapped[Product] = relationship(lazy="joined")


class ShareToken(Scoped, db.Model):
    """A shared link: the rep credited, what it points at, and who forwarded it.

    A rep's share is a root token; a customer forwarding a page gets a child token that keeps
    the rep and names the customer as referrer, so rep -> customer A -> friend B is kept.
    """

    __tablename__ = "share_token"
    __scope_owner__ = "rep_id"
    __table_args__ = (Index("ix_share_token_rep", "rep_id", "created_at"),
                      Index("ix_share_token_referrer", "referrer_id", "object_type", "object_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    token: Mapped[str] = mapped_column(String(24), unique=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    parent_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("share_token.id"))
    referrer_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("customer.id"))
    object_type: Mapped[str] = mapped_column(String(20))
    object_id: Mapped[int | None] = mapped_column(BigInteger)
    channel: Mapped[str] = mapped_column(String(20), default="link")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VisitorDay(db.Model):
    """Who visited which rep on which day: makes "unique visitors" exact under concurrency."""

    __tablename__ = "visitor_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)


class Order(TimestampMixin, Scoped, db.Model):
    __tablename__ = "orders"
    __scope_owner__ = "rep_id"
    __table_args__ = (Index("ix_orders_rep_placed", "rep_id", "placed_at"),
                      Index("ix_orders_customer_placed", "customer_id", "placed_at"),
                      Index("ix_orders_status_placed", "status", "placed_at"),
                      Index("ix_orders_status_hold", "status", "hold_until"),
                      # what a share and a referrer brought; merges repoint them
                      Index("ix_orders_share", "share_id"),
                      Index("ix_orders_referrer", "referrer_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("customer.id"))
    share_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("share_token.id"))
    referrer_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("customer.id"))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    # The lines at their catalog prices; the total is what is to be paid after the discounts.
    subtotal_amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total_amount: Mapped[int] = mapped_column(BigInteger)
    paid_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    item_count: Mapped[int] = mapped_column(Integer)
    contact_name: Mapped[str] = mapped_column(String(50))
    contact_phone: Mapped[str] = mapped_column(String(20))
    fulfilment: Mapped[str] = mapped_column(String(20), default="delivery")
    address: Mapped[str] = mapped_column(String(200), default="")
    remark: Mapped[str] = mapped_column(String(200), default="")
    payment_method: Mapped[str] = mapped_column(String(20), default="offline")
    payment_ref: Mapped[str | None] = mapped_column(String(64))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Until when an unpaid order keeps its stock; then the expiry job closes it.
    hold_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # cancelled, refunded, expired

    lines: Mapped[list["OrderLine"]] = relationship(
        order_by="OrderLine.id", cascade="all, delete-orphan", back_populates="order")
    transitions: Mapped[list["OrderTransition"]] = relationship(
        order_by="OrderTransition.id", cascade="all, delete-orphan")
    discounts: Mapped[list["OrderDiscount"]] = relationship(
        order_by="OrderDiscount.id", cascade="all, delete-orphan")
    customer: Mapped[Customer] = relationship(foreign_keys=[customer_id])
    rep = relationship("User", lazy="joined")


class OrderLine(db.Model):
    """A product as it was sold: name, price and commission rate copied at order time."""

    __tablename__ = "order_line"
    # a product's buyers (the customer list filtered by product)
    __table_args__ = (Index("ix_order_line_product", "product_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    product_name: Mapped[str] = mapped_column(String(100))
    cover_url: Mapped[str | None] = mapped_column(String(500))
    unit_price: Mapped[int] = mapped_column(BigInteger)
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)  # unit_price x quantity
    # What the customer pays for the line: the amount less its own discounts and its share of
    # the order's; the lines add up to the order's total, and commission is earned on it.
    net_amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    commission_rate_bps: Mapped[int] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderDiscount(db.Model):
    """What a price adjuster (app.shop.pricing) took off an order: a line's price when
    `product_id` is set, else the order's; `ref` names what it reserved (a coupon, a seat)."""

    __tablename__ = "order_discount"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    source: Mapped[str] = mapped_column(String(40))  # the adjuster's registered name
    label: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(BigInteger)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    ref: Mapped[str | None] = mapped_column(String(64))


class OrderTransition(db.Model):
    """Who moved an order from one state to another, when and why."""

    __tablename__ = "order_transition"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: customer/system
    actor_kind: Mapped[str] = mapped_column(String(20))  # user, customer, system
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor = relationship("User", lazy="joined")


class CommissionEntry(Scoped, db.Model):
    """A line of the rep's commission ledger; history is never edited, a refund reverses.

    An earning is written when an order completes and stays frozen until `settle_at`; a
    reversal carries the negative amount and the status its earning had when it was written.
    """

    __tablename__ = "commission_entry"
    __scope_owner__ = "rep_id"
    __table_args__ = (UniqueConstraint("order_id", "kind"),
                      Index("ix_commission_entry_rep", "rep_id", "created_at"),
                      Index("ix_commission_entry_due", "status", "settle_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    order_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orders.id"))
    kind: Mapped[str] = mapped_column(String(20))  # earning, reversal
    amount: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="frozen")  # frozen, settled
    settle_at: Mapped[datetime] = mapped_column(UTCDateTime)
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship()
    rep = relationship("User", lazy="joined")


class ProductDay(db.Model):
    """Per local day, rep, org unit (the rep's when it happened) and product: the product page's
    opens and what was sold of it; kept on write by `app.shop.product_days`, so the boss
    view's product ranking sums these rows and never reads events or orders."""

    __tablename__ = "product_day"
    __table_args__ = (Index("ix_product_day_org_day", "org_unit_id", "day"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True)
    opens: Mapped[int] = mapped_column(Integer, default=0)  # visits of the product page
    orders: Mapped[int] = mapped_column(Integer, default=0)  # paid orders with the product
    units: Mapped[int] = mapped_column(Integer, default=0)  # units in them
    revenue: Mapped[int] = mapped_column(BigInteger, default=0)  # fen: paid less refunded
