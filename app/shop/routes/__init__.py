"""The shop API: HQ catalog, the rep's shop, the public shop, orders and commission."""

from app.shop.routes.catalog import blp as catalog_blp
from app.shop.routes.orders import blp as orders_blp
from app.shop.routes.public import blp as public_blp
from app.shop.routes.rep import blp as rep_blp

BLUEPRINTS = (catalog_blp, rep_blp, public_blp, orders_blp)
