"""The baseline: a bare Flask hello-world, served by gunicorn exactly like `wsgi:app`."""

from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello, World!"
