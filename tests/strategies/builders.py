"""Strategy-library data built through the services and committed, so HTTP requests see it."""

from app.strategies import services
from app.strategies.models import Strategy
from tests.shop.builders import save


def strategy(hq, name: str, **values) -> Strategy:
    """A strategy HQ wrote; give at least one condition (segments=[...], tag_ids=[...]...)."""
    made = services.create_strategy(hq, name=name, **values)
    save()
    return made
