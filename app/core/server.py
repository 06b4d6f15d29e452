"""gunicorn as production runs it: what it answers on its own, in the one error body, and the
worker that serves the app.

gunicorn refuses some requests before the app sees them (a request line over
`limit_request_line`: 414; too many or too large headers: 431; a malformed request: 400) and
writes an HTML page for them. `install()`, run by gunicorn.conf.py in the master before it
forks its workers, makes those answers the JSON error body every other error has.

The workers share one listening socket, and the worker that accepted a connection serves every
request on it until it closes. A few long-lived connections (a proxy's pool, a load test's,
phones on one office network behind one keep-alive) can so pile onto one worker while another
idles; `ThreadWorker` closes a connection after KEEPALIVE_REQUESTS requests, as nginx's
`keepalive_requests` does, and the client's next connection goes to whichever worker is free
to accept it first.
"""

import json

from gunicorn import util
from gunicorn.workers import gthread

from app.core.errors import error_body


def write_json_error(sock, status_int: int, reason: str, mesg: str) -> None:
    body = json.dumps(error_body(status_int), ensure_ascii=False).encode()
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


def install() -> None:
    util.write_error = write_json_error


# Requests a kept-alive connection serves before it is closed: one reconnection per hundred
# requests costs little, and spreads connections over the workers again within a second.
KEEPALIVE_REQUESTS = 100


class ThreadWorker(gthread.ThreadWorker):
    """gunicorn's gthread worker, closing a connection after KEEPALIVE_REQUESTS requests."""

    def handle_request(self, req, conn):
        if req.req_number >= KEEPALIVE_REQUESTS:
            req.must_close = True  # answered with "Connection: close"
        return super().handle_request(req, conn)
