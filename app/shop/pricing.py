"""The checkout seam: price adjusters that higher packages register (coupons, group prices,
referral rewards) price an order without `shop` knowing them.

`register_adjuster(name, adjuster)` at import of the package's models module, as with
`register_metrics`. Every order runs through every registered adjuster, in registration order,
inside the order's transaction and after its stock is taken:

- `adjuster.adjust(draft, inputs)` reads the draft (customer, rep, lines with product, catalog
  price, quantity and what earlier adjusters left of each) and `inputs`, what the order body
  carries for it under `promotions.<name>` (e.g. the claim of a coupon); it returns the
  discounts it grants (`line_price()` for a line at a lower price, `Discount()` for the order)
  and may reserve what they use in the same transaction (a coupon claim, a group seat: a
  conditional UPDATE that fails when none is left). Raising aborts the order: the whole
  transaction rolls back, stock, order and every reservation with it.
- `adjuster.release(order, discounts)` is called when the order is cancelled, refunded or
  expired, with the order's discounts of this adjuster (maybe none), to give back what it
  reserved. It is called once per order: the transition that closes the order is a conditional
  UPDATE that only one caller wins, and it runs in that caller's transaction.
- `adjuster.hold(order, discounts)`, asked before an order with its discounts is completed,
  says why it may not be yet (a group not formed), or None.

The order stores its subtotal (the lines at catalog prices), each discount with its source
(the adjuster's name) and label, and its total; each line keeps its share of the total
(`net_amount`), on which commission is earned.
"""

from dataclasses import dataclass, field
from typing import Protocol

from app.core.errors import Conflict, ValidationError
from app.customers.models import Customer
from app.org.models import User
from app.shop.models import Order, OrderDiscount, OrderLine, Product


@dataclass(frozen=True)
class Discount:
    """What an adjuster takes off: `amount` fen off the order, or off one line (`product_id`).

    `ref` names what the adjuster reserved for it, for release() to find again.
    """

    amount: int
    label: str
    ref: str | None = None
    product_id: int | None = None


@dataclass
class DraftLine:
    product: Product
    quantity: int
    unit_price: int  # the catalog price, copied at order time
    discount: int = 0  # taken off this line by adjusters so far

    @property
    def amount(self) -> int:
        """What the line costs now, after the line discounts granted so far."""
        return self.unit_price * self.quantity - self.discount


@dataclass
class Draft:
    """The order being priced: the adjusters read it; only their returned discounts change it."""

    order_id: int
    rep: User
    customer: Customer
    lines: list[DraftLine]
    discounts: list[tuple[str, Discount]] = field(default_factory=list)  # (source, discount)

    @property
    def subtotal(self) -> int:
        return sum(line.unit_price * line.quantity for line in self.lines)

    @property
    def total(self) -> int:
        return self.subtotal - sum(discount.amount for _, discount in self.discounts)

    def line(self, product_id: int) -> DraftLine:
        return next(line for line in self.lines if line.product.id == product_id)


def line_price(line: DraftLine, unit_price: int, label: str, ref: str | None = None) -> Discount:
    """The line at `unit_price` a piece instead of what it costs now (a group price)."""
    return Discount(line.amount - unit_price * line.quantity, label, ref, line.product.id)


class PriceAdjuster(Protocol):
    def adjust(self, draft: Draft, inputs: dict) -> list[Discount]:
        """The discounts this adjuster grants the draft; reserve what they use."""

    def release(self, order: Order, discounts: list[OrderDiscount]) -> None:
        """Give back what adjust() reserved for the order, which is now closed."""

    def hold(self, order: Order, discounts: list[OrderDiscount]) -> str | None:
        """Why the order, which has discounts of this adjuster, may not be completed yet."""
        return None


ADJUSTERS: dict[str, PriceAdjuster] = {}


def register_adjuster(name: str, adjuster: PriceAdjuster) -> None:
    """Price every order through `adjuster` too; `name` is the discounts' source and the key
    of its inputs in the order body's `promotions`."""
    ADJUSTERS[name] = adjuster


def check_inputs(promotions: dict) -> None:
    """Raise ValidationError for inputs no registered adjuster reads."""
    unknown = sorted(set(promotions) - set(ADJUSTERS))
    if unknown:
        raise ValidationError("该优惠不可用", fields={"promotions": {
            name: ["不支持的优惠"] for name in unknown}})


def price(draft: Draft, promotions: dict) -> None:
    """Run every adjuster over the draft, applying each one's discounts before the next."""
    for name, adjuster in ADJUSTERS.items():
        for discount in adjuster.adjust(draft, promotions.get(name, {})):
            _apply(draft, name, discount)


def _apply(draft: Draft, source: str, discount: Discount) -> None:
    """Take a discount off the draft; one that is not positive or leaves less than nothing to
    pay is the adjuster's bug, not the customer's (it caps its own discounts)."""
    left = draft.line(discount.product_id).amount if discount.product_id else draft.total
    if not 0 < discount.amount <= left:
        raise ValueError(f"{source}: discount {discount.amount} of {left} left")
    if discount.product_id:
        draft.line(discount.product_id).discount += discount.amount
    draft.discounts.append((source, discount))


def split(amount: int, weights: list[int]) -> list[int]:
    """`amount` in shares proportional to `weights`, in whole fen adding up to it exactly (the
    largest remainders get the odd fen, the first of equal ones first)."""
    base = sum(weights)
    if not amount or not base:
        return [0] * len(weights)
    shares = [amount * weight // base for weight in weights]
    by_remainder = sorted(range(len(weights)),
                          key=lambda i: (amount * weights[i] % base, -i), reverse=True)
    for i in by_remainder[:amount - sum(shares)]:
        shares[i] += 1
    return shares


def net_amounts(draft: Draft) -> list[int]:
    """Each line's share of the total: its amount less its own discounts, less its share of
    the order discounts in proportion to that amount, so the lines add up to the total."""
    amounts = [line.amount for line in draft.lines]
    order_discount = sum(d.amount for _, d in draft.discounts if d.product_id is None)
    return [amount - share
            for amount, share in zip(amounts, split(order_discount, amounts), strict=True)]


def record(order: Order, draft: Draft) -> None:
    """Store the priced draft on the order: discounts, subtotal, total, the lines' shares."""
    for source, discount in draft.discounts:
        order.discounts.append(OrderDiscount(source=source, label=discount.label,
                                             amount=discount.amount, ref=discount.ref,
                                             product_id=discount.product_id))
    lines: dict[int, OrderLine] = {line.product_id: line for line in order.lines}
    for line, net in zip(draft.lines, net_amounts(draft), strict=True):
        lines[line.product.id].net_amount = net
    order.subtotal_amount, order.total_amount = draft.subtotal, draft.total


def release(order: Order) -> None:
    """Tell every adjuster the order is closed, with its own discounts of it."""
    for name, adjuster in ADJUSTERS.items():
        adjuster.release(order, [d for d in order.discounts if d.source == name])


def check_complete(order: Order) -> None:
    """Raise Conflict when an adjuster whose discounts the order carries holds it back."""
    for name, adjuster in ADJUSTERS.items():
        discounts = [d for d in order.discounts if d.source == name]
        reason = adjuster.hold(order, discounts) if discounts else None
        if reason:
            raise Conflict(reason, code="order_on_hold")
