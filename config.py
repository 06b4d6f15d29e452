"""Settings: one class per environment, every value overridable from the environment."""

import os
from pathlib import Path

from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent
load_dotenv(BASE_DIR / ".env")


def env(name: str, default=None):
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return default if value in (None, "") else int(value)


def sqlite_url(name: str) -> str:
    instance = BASE_DIR / "instance"
    instance.mkdir(exist_ok=True)
    return f"sqlite:///{instance / name}"


class Config:
    SECRET_KEY = env("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = env("DATABASE_URL") or sqlite_url("qigezaixian.db")
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}

    # Sessions and cookies: HttpOnly always, Secure when served over HTTPS.
    SESSION_COOKIE_NAME = env("SESSION_COOKIE_NAME", "qg_session")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", False)
    PERMANENT_SESSION_LIFETIME = env_int("SESSION_LIFETIME_SECONDS", 14 * 24 * 3600)
    # What a process read of a signed-in session is kept this long (seconds): a session ended,
    # or a user or unit changed, in another process shows within it (app.org.sessions).
    SESSION_CHECK_SECONDS = float(env("SESSION_CHECK_SECONDS", "1"))
    # The cookie is sent again when the session changes, not with every response
    # (app.core.sessions).
    SESSION_REFRESH_EACH_REQUEST = False
    REMEMBER_COOKIE_HTTPONLY = True

    # CSRF: the PWA sends the token in a header; it lives as long as the session.
    WTF_CSRF_HEADERS = ["X-CSRFToken", "X-CSRF-Token"]
    WTF_CSRF_TIME_LIMIT = None
    WTF_CSRF_SSL_STRICT = env_bool("WTF_CSRF_SSL_STRICT", True)

    # Login throttling (Flask-Limiter); use redis:// in production with several workers.
    RATELIMIT_STORAGE_URI = env("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_LIMIT_PER_ACCOUNT = env("LOGIN_LIMIT_PER_ACCOUNT", "5 per minute")
    LOGIN_LIMIT_PER_ADDRESS = env("LOGIN_LIMIT_PER_ADDRESS", "30 per minute")
    # Number of proxies in front of the app whose X-Forwarded-For is trusted.
    PROXY_FIX_X_FOR = env_int("PROXY_FIX_X_FOR", 0)

    # OpenAPI (flask-smorest); the docs page is served from local files.
    API_TITLE = "七个在线 API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_REDOC_PATH = "docs"
    OPENAPI_REDOC_URL = "/static/vendor/redoc/redoc.standalone.js"

    # Company defaults used when the company row is first created.
    COMPANY_NAME = env("COMPANY_NAME", "七个在线示范公司")
    COMPANY_TIMEZONE = env("COMPANY_TIMEZONE", "Asia/Shanghai")
    # The company's time zone is kept per process and read again at most this often (seconds).
    COMPANY_CACHE_SECONDS = float(env("COMPANY_CACHE_SECONDS", "1"))

    # Notifications: channels that deliver beyond the in-app centre (e.g. "wechat" later).
    NOTIFY_CHANNELS = [c for c in env("NOTIFY_CHANNELS", "").split(",") if c]
    NOTIFY_MAX_ATTEMPTS = env_int("NOTIFY_MAX_ATTEMPTS", 6)
    NOTIFY_BACKOFF_SECONDS = env_int("NOTIFY_BACKOFF_SECONDS", 30)

    # Jobs process.
    JOBS_LEASE_SECONDS = env_int("JOBS_LEASE_SECONDS", 600)
    JOBS_DAILY_POLL_SECONDS = env_int("JOBS_DAILY_POLL_SECONDS", 300)
    JOBS_HISTORY_DAYS = env_int("JOBS_HISTORY_DAYS", 14)
    # A run that finds the database locked by another writer (or loses a deadlock) is tried
    # again this many times, after 2, 4, 8, ... seconds, before it counts as failed.
    JOBS_LOCK_RETRIES = env_int("JOBS_LOCK_RETRIES", 5)
    JOBS_LOCK_BACKOFF_SECONDS = env_int("JOBS_LOCK_BACKOFF_SECONDS", 2)
    COUNTERS_CHECK_AT = env("COUNTERS_CHECK_AT", "02:10")

    # Uploads: stored under instance/uploads unless UPLOAD_FOLDER says otherwise.
    UPLOAD_FOLDER = env("UPLOAD_FOLDER")
    UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 5 * 1024 * 1024)
    UPLOAD_MAX_PIXELS_SIDE = env_int("UPLOAD_MAX_PIXELS_SIDE", 6000)
    MAX_CONTENT_LENGTH = env_int("MAX_CONTENT_LENGTH", 8 * 1024 * 1024)
    # Files of HQ's materials (营销素材): a PDF, a video. Their upload alone takes a body this
    # large (app.core.storage.accepts_upload), streamed to disk, never held in memory.
    MATERIAL_PDF_MAX_BYTES = env_int("MATERIAL_PDF_MAX_BYTES", 20 * 1024 * 1024)
    MATERIAL_VIDEO_MAX_BYTES = env_int("MATERIAL_VIDEO_MAX_BYTES", 200 * 1024 * 1024)
    # Spreadsheet imports: data rows per file (users apart: each one's password is hashed with
    # scrypt, about 0.1 s), and what an XLSX may unpack to.
    IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 5000)
    USER_IMPORT_MAX_ROWS = env_int("USER_IMPORT_MAX_ROWS", 200)
    IMPORT_XLSX_MAX_BYTES = env_int("IMPORT_XLSX_MAX_BYTES", 32 * 1024 * 1024)
    # Exports (app.core.exports): up to EXPORT_SYNC_MAX_ROWS rows the file is the answer; a
    # longer one is written by the jobs process, its progress saved every EXPORT_PROGRESS_ROWS
    # rows, kept for EXPORT_TTL_HOURS under PRIVATE_FOLDER (default instance/private, never
    # served by /media/). A user may have EXPORT_MAX_PENDING exports queued or running.
    PRIVATE_FOLDER = env("PRIVATE_FOLDER")
    EXPORT_SYNC_MAX_ROWS = env_int("EXPORT_SYNC_MAX_ROWS", 2000)
    EXPORT_PROGRESS_ROWS = env_int("EXPORT_PROGRESS_ROWS", 1000)
    EXPORT_TTL_HOURS = env_int("EXPORT_TTL_HOURS", 24)
    EXPORT_MAX_PENDING = env_int("EXPORT_MAX_PENDING", 3)

    # Boss view: figures are kept per process and rebuilt when an event was recorded since,
    # looked at most this often (seconds), so "today" is at most this far behind
    # (app.dashboard.figures).
    DASHBOARD_CACHE_SECONDS = float(env("DASHBOARD_CACHE_SECONDS", "2"))

    # Shop.
    # Where customers reach the site (for QR codes on posters); default: the request's host.
    PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", "")
    # The public shop and product pages are kept per process and their version read again at
    # most this often (seconds): a change shows in every worker within it (app.core.cache).
    PUBLIC_CACHE_SECONDS = float(env("PUBLIC_CACHE_SECONDS", "1"))
    SHELF_FEATURED_MAX = env_int("SHELF_FEATURED_MAX", 6)
    SHELF_MAX_ITEMS = env_int("SHELF_MAX_ITEMS", 200)
    # Writes from the public shop (visits, questions, cancels) per client address. Generous:
    # phones on a carrier network or a shop's Wi-Fi share one address.
    PUBLIC_WRITE_LIMIT = env("PUBLIC_WRITE_LIMIT", "600 per minute")
    # Who owns a visitor who opened links of several reps: "first_touch" (the first rep keeps
    # them) or "last_touch" (the latest rep takes them over). Every visit is logged either way.
    CUSTOMER_OWNERSHIP = env("CUSTOMER_OWNERSHIP", "first_touch")
    VISITOR_COOKIE_NAME = env("VISITOR_COOKIE_NAME", "qg_vid")
    VISITOR_COOKIE_SECURE = env_bool("VISITOR_COOKIE_SECURE", False)
    # When the nightly run of RFM segments and flags starts (company time).
    RFM_AT = env("RFM_AT", "03:00")
    # When the nightly run of the auto-tag rules starts (company time).
    AUTO_TAGS_AT = env("AUTO_TAGS_AT", "02:40")
    # A boss's daily report (每日战报) time unless they chose their own (company time).
    DAILY_REPORT_AT = env("DAILY_REPORT_AT", "21:00")
    # When the nightly snapshot of the customer book (per rep: stages, segments, flags, tags)
    # is taken (company time): after RFM_AT, so it counts that night's segments and flags.
    CUSTOMER_SNAPSHOT_AT = env("CUSTOMER_SNAPSHOT_AT", "03:20")
    # Today's list: a hot lead opened the rep's links this often in the last 24 hours; each
    # source of the list reads at most TODAY_SOURCE_LIMIT rows (the most urgent).
    HOT_LEAD_OPENS = env_int("HOT_LEAD_OPENS", 3)
    TODAY_SOURCE_LIMIT = env_int("TODAY_SOURCE_LIMIT", 100)
    # How far ahead a customer may book a visit or appointment from the shop page.
    BOOKING_MAX_DAYS_AHEAD = env_int("BOOKING_MAX_DAYS_AHEAD", 90)
    ORDER_MAX_LINES = env_int("ORDER_MAX_LINES", 50)
    ORDER_MAX_QUANTITY = env_int("ORDER_MAX_QUANTITY", 999)
    # Orders placed from the public shop per client address: far tighter than the other public
    # writes, as each one holds stock until it is paid or expires.
    PUBLIC_ORDER_LIMIT = env("PUBLIC_ORDER_LIMIT", "10 per minute")
    # Unpaid orders past their hold closed by one run of the expiry job (it runs every minute).
    ORDER_EXPIRE_BATCH = env_int("ORDER_EXPIRE_BATCH", 500)
    # Open groups past their time closed by one run of the group expiry job (every minute).
    GROUP_EXPIRE_BATCH = env_int("GROUP_EXPIRE_BATCH", 200)
    PAYMENT_PROVIDER = env("PAYMENT_PROVIDER", "offline")
    # Training: a reminder this many hours before a task's deadline if it is not done, and
    # one when a mandatory task is overdue (up to TRAINING_OVERDUE_REMIND_HOURS after it); a
    # quiz's points for a pass at the 1st, 2nd, 3rd, 4th and later attempt (Odoo's way), unless
    # the quiz says otherwise; a submission this many seconds past a quiz's time limit still
    # counts (the network's time); a page's open counts at most this long towards reading it.
    TRAINING_REMIND_BEFORE_HOURS = env_int("TRAINING_REMIND_BEFORE_HOURS", 24)
    TRAINING_OVERDUE_REMIND_HOURS = env_int("TRAINING_OVERDUE_REMIND_HOURS", 72)
    TRAINING_QUIZ_POINTS = (10, 7, 5, 2)
    TRAINING_QUIZ_GRACE_SECONDS = env_int("TRAINING_QUIZ_GRACE_SECONDS", 10)
    TRAINING_PAGE_MAX_SECONDS = env_int("TRAINING_PAGE_MAX_SECONDS", 3600)
    TRAINING_REMINDER_BATCH = env_int("TRAINING_REMINDER_BATCH", 1000)

    DEMO_PASSWORD = env("DEMO_PASSWORD", "demo1234")
    LOG_LEVEL = env("LOG_LEVEL", "INFO")


class DevelopmentConfig(Config):
    DEBUG = True
    SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret")
    WTF_CSRF_SSL_STRICT = False


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = env("SECRET_KEY", "test-only-not-secret")
    SQLALCHEMY_DATABASE_URI = env("TEST_DATABASE_URL", "sqlite://")
    WTF_CSRF_SSL_STRICT = False
    # Every request reads the page's version, so a test sees each write at once; the bound
    # itself is tested on a clock the test moves (tests/shop/test_page_cache.py).
    PUBLIC_CACHE_SECONDS = 0.0
    DASHBOARD_CACHE_SECONDS = 0.0
    COMPANY_CACHE_SECONDS = 0.0
    SESSION_CHECK_SECONDS = 0.0


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    VISITOR_COOKIE_SECURE = env_bool("VISITOR_COOKIE_SECURE", True)
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config(name: str | None = None) -> type[Config]:
    """Pick the config class from APP_ENV (default production: fail fast without a secret)."""
    name = name or env("APP_ENV", "production")
    try:
        config = CONFIGS[name]
    except KeyError:
        raise RuntimeError(f"APP_ENV must be one of {sorted(CONFIGS)}, not {name!r}") from None
    if not config.SECRET_KEY:
        raise RuntimeError("SECRET_KEY must be set outside development and testing")
    return config
