"""How an order gets paid, behind one interface: offline now, WeChat Pay later.

A provider tells the customer how to pay and confirms a payment; the order service calls it
and never knows which one it is.
"""

from typing import Protocol

from flask import current_app


class PaymentProvider(Protocol):
    name: str

    def instructions(self, order) -> str:
        """What the customer is told after ordering."""

    def confirm(self, order, actor, reference: str | None) -> int:
        """Confirm the order is paid and return the amount received, in fen."""


class OfflinePayment:
    """The customer pays the rep (transfer, cash, card) and the rep or HQ confirms it."""

    name = "offline"

    def instructions(self, order) -> str:
        return "订单已提交，您的专属顾问会尽快与您联系确认付款和配送。"

    def confirm(self, order, actor, reference: str | None) -> int:
        return order.total_amount


PROVIDERS: dict[str, PaymentProvider] = {"offline": OfflinePayment()}


def payment_provider(name: str | None = None) -> PaymentProvider:
    return PROVIDERS[name or current_app.config["PAYMENT_PROVIDER"]]
