"""gunicorn settings read from the project directory (`gunicorn wsgi:app` finds this file);
command-line flags override them."""

from app.core.server import install

install()  # gunicorn's own refusals (414, 431, 400) in the app's JSON error body
