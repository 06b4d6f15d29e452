"""Price adjusters for the tests of the checkout seam (app.shop.pricing), and their seat table.

`SeatAdjuster` plays a group price: it takes a seat from a table created for the tests by a
conditional UPDATE in the order's transaction, and gives it back when the order closes, writing
each release down. `CouponAdjuster` plays an order-level discount with nothing reserved;
`RefusingAdjuster` refuses an order when asked to. The `seats` and `adjusters` fixtures are in
tests/shop/conftest.py.
"""

from sqlalchemy import BigInteger, Column, Integer, MetaData, Table, select, update

from app.core.errors import Conflict
from app.extensions import db as _db
from app.shop.models import Order
from app.shop.pricing import Discount, Draft, PriceAdjuster, line_price

# Not in the app's metadata: the migrations test compares that with the migrations.
TEST_TABLES = MetaData()
seat = Table("test_seat", TEST_TABLES, Column("id", Integer, primary_key=True),
             Column("seats_left", Integer, nullable=False))
seat_release = Table("test_seat_release", TEST_TABLES, Column("id", Integer, primary_key=True),
                     Column("order_id", BigInteger, nullable=False),
                     Column("seat_id", Integer, nullable=False))


class SeatAdjuster(PriceAdjuster):
    """A group price: 80% of the first line's price for an order that takes a seat."""

    def adjust(self, draft: Draft, inputs: dict) -> list[Discount]:
        if "seat" not in inputs:
            return []
        taken = _db.session.execute(
            update(seat).where(seat.c.id == inputs["seat"], seat.c.seats_left >= 1)
            .values(seats_left=seat.c.seats_left - 1)).rowcount
        if taken != 1:
            raise Conflict("拼团名额已满", code="no_seat")
        line = draft.lines[0]
        return [line_price(line, line.unit_price * 8 // 10, "拼团价", ref=str(inputs["seat"]))]

    def release(self, order: Order, discounts) -> None:
        for discount in discounts:
            _db.session.execute(update(seat).where(seat.c.id == int(discount.ref))
                                .values(seats_left=seat.c.seats_left + 1))
            _db.session.execute(seat_release.insert().values(order_id=order.id,
                                                             seat_id=int(discount.ref)))


class CouponAdjuster(PriceAdjuster):
    """So many fen off the order, at most what is left to pay."""

    def adjust(self, draft: Draft, inputs: dict) -> list[Discount]:
        return [Discount(min(inputs["off"], draft.total), "满减券")] if "off" in inputs else []

    def release(self, order: Order, discounts) -> None:
        pass


class RefusingAdjuster(PriceAdjuster):
    """Refuses an order whose inputs say so (after the seat adjuster took a seat for it)."""

    def adjust(self, draft: Draft, inputs: dict) -> list[Discount]:
        if inputs.get("refuse"):
            raise Conflict("优惠已失效", code="promotion_gone")
        return []

    def release(self, order: Order, discounts) -> None:
        pass


def seats_left() -> int:
    return _db.session.scalar(select(seat.c.seats_left).where(seat.c.id == 1))


def releases() -> list[int]:
    return list(_db.session.scalars(select(seat_release.c.order_id)))
