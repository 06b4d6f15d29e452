"""Marketing's blueprints: the staff API of plays, the customer's pages."""

from app.marketing.routes.plays import blp as plays_blp
from app.marketing.routes.public import blp as public_blp

BLUEPRINTS = [plays_blp, public_blp]
