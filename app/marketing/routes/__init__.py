"""The marketing API: the materials library (staff and customers)."""

from app.marketing.routes.materials import blp as materials_blp
from app.marketing.routes.public_materials import blp as public_materials_blp

BLUEPRINTS = (materials_blp, public_materials_blp)
