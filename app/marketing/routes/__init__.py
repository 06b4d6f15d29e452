"""Marketing's blueprints: the staff API of materials and plays, the customer's pages."""

from app.marketing.routes.materials import blp as materials_blp
from app.marketing.routes.plays import blp as plays_blp
from app.marketing.routes.public import blp as public_blp
from app.marketing.routes.public_materials import blp as public_materials_blp

BLUEPRINTS = [materials_blp, plays_blp, public_materials_blp, public_blp]
