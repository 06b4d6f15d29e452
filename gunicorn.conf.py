"""gunicorn settings read from the project directory (`gunicorn wsgi:app` finds this file);
command-line flags override them."""

from app.core.server import install

install()  # gunicorn's own refusals (414, 431, 400) in the app's JSON error body

# Threads per worker, and the worker that closes a kept-alive connection now and then so that
# connections spread over the workers (app.core.server).
worker_class = "app.core.server.ThreadWorker"
threads = 2
