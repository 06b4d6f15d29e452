"""Marketing's services. Importing them registers what they add to lower packages: share
targets, price adjusters (group prices before coupons, so a coupon's threshold reads the group
price), metrics, event receivers, an auto-tag rule's object, the timeline's sources."""

from app.marketing.services import groups, coupons, materials  # noqa: F401, I001  (this order)
from app.marketing import sources  # noqa: F401, E402  (the timeline sources)
