"""The session cookie is renewed by API calls only, when the server renews the session; a
request without one opens an empty session without building the signer (the public shop's
visitors come without a session).

A permanent session is re-sent with every response by default, static files included; a file
request still in flight while the user signs in or out would then put the old cookie back
(and undo the logout, or drop the fresh CSRF token). So SESSION_REFRESH_EACH_REQUEST is off:
only a changed session sets the cookie, and an API call in which the server moved the
session's last use (`renew()`, at most once a minute) changes it. The cookie then lasts as
long as the server's record of it, and the other calls save signing and sending it again.

Static and uploaded files never open the session at all: they are the same for everyone, and
a session merely looked at (Flask-Login does on every response) would add `Vary: Cookie`, so
a phone would revalidate its year-cached files whenever a cookie changed.
"""

from flask import request, session
from flask.sessions import SecureCookieSessionInterface

from app.core.storage import MEDIA_URL


class SessionInterface(SecureCookieSessionInterface):
    def open_session(self, app, request):
        if request.path.startswith((f"{app.static_url_path}/", MEDIA_URL)):
            return self.make_null_session(app)
        if app.secret_key and not request.cookies.get(self.get_cookie_name(app)):
            return self.session_class()
        return super().open_session(app, request)



def renew() -> None:
    """Send this request's session cookie again, with a fresh lifetime (API calls only)."""
    if request.path.startswith("/api/"):
        session.modified = True
