"""What gunicorn answers on its own, in the one error body.

gunicorn refuses some requests before the app sees them (a request line over
`limit_request_line`: 414; too many or too large headers: 431; a malformed request: 400) and
writes an HTML page for them. `install()`, run by gunicorn.conf.py in the master before it
forks its workers, makes those answers the JSON error body every other error has.
"""

import json

from gunicorn import util

from app.core.errors import error_body


def write_json_error(sock, status_int: int, reason: str, mesg: str) -> None:
    body = json.dumps(error_body(status_int), ensure_ascii=False).encode()
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


def install() -> None:
    util.write_error = write_json_error
