"""The customer book API: customers and their follow-ups, HQ's tag vocabulary."""

from app.clients.routes.book import blp as book_blp
from app.clients.routes.records import blp as records_blp
from app.clients.routes.rules import blp as rules_blp
from app.clients.routes.today import blp as today_blp
from app.clients.routes.vocabulary import blp as vocabulary_blp

BLUEPRINTS = (book_blp, vocabulary_blp, today_blp, rules_blp, records_blp)
