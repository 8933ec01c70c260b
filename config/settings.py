"""Verify's settings: one file, every deployment value from the environment.

See README.md ("Configuration") for the variables and their defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from config.env import database_from_url, envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(envstr("VERIFY_DATA_DIR", str(BASE_DIR / "var")))

DEBUG = envbool("DEBUG", False)
SECRET_KEY = envstr("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. "
            "For a local demo, run with DEBUG=true (make run does)."
        )
    # A fixed key only where DEBUG is on; production refuses to start without SECRET_KEY.
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105  # nosec B105

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "accounts",
    "verify",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_tasks_db",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Inside the two above (the 503 keeps their headers), outside everything that queries.
    "verify.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "accounts.middleware.SessionIdleRefreshMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

CONN_MAX_AGE = envint("CONN_MAX_AGE", 0 if DEBUG else 600)
_DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'verify.sqlite3'}"
if "DATABASE_URL" not in os.environ:
    DATA_DIR.mkdir(parents=True, exist_ok=True)  # the zero-setup SQLite file lives here
DATABASES = {
    "default": database_from_url(
        envstr("DATABASE_URL", _DEFAULT_DATABASE_URL),
        base_dir=BASE_DIR,
        conn_max_age=CONN_MAX_AGE,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "verify:article-list"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = envstr("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(BASE_DIR / "staticfiles")))

# Security: strict by default, relaxed only where DEBUG serves plain http locally.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = envint("SESSION_IDLE_SECONDS", 8 * 3600)
# The age above counts from the last request (an idle timeout), renewed at most this often so
# that page views do not each write the session (accounts/middleware.py).
VERIFY_SESSION_REFRESH_SECONDS = envint("VERIFY_SESSION_REFRESH_SECONDS", 300)
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
if envbool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

_EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
_SMTP_OPTIONS = {
    "host": envstr("EMAIL_HOST", "localhost"),
    "port": envint("EMAIL_PORT", 25),
    "username": envstr("EMAIL_HOST_USER", ""),
    "password": envstr("EMAIL_HOST_PASSWORD", ""),
    "use_tls": envbool("EMAIL_USE_TLS", False),
}
MAILERS = {
    "default": {
        "BACKEND": _EMAIL_BACKEND,
        "OPTIONS": _SMTP_OPTIONS if _EMAIL_BACKEND.endswith("smtp.EmailBackend") else {},
    }
}
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "verify@localhost")

TASKS = {
    "default": {
        "BACKEND": envstr("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
}

# Verify's own settings.
VERIFY_MAX_ARTICLE_BYTES = envint("VERIFY_MAX_ARTICLE_BYTES", 2 * 1024 * 1024)
VERIFY_LEASE_MINUTES = envint("VERIFY_LEASE_MINUTES", 30)
VERIFY_DESK_NAME = envstr("VERIFY_DESK_NAME", "Verify Desk")
VERIFY_DESK_URL = envstr("VERIFY_DESK_URL", SITE_URL)
# Demo users with known passwords exist only where DEBUG is on (manage.py demo refuses otherwise).
VERIFY_ALLOW_DEMO = DEBUG
DATA_UPLOAD_MAX_MEMORY_SIZE = VERIFY_MAX_ARTICLE_BYTES + 512 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = VERIFY_MAX_ARTICLE_BYTES + 512 * 1024

# --- hardening ---
# HSTS preload puts the domain in browsers' built-in lists, a one-way decision for whoever
# owns the domain (SECURE_HSTS_PRELOAD=true). Until they make it, the deploy check's
# reminder about it is the only warning silenced.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
# --- accounts ---
# Links sent by e-mail: a password reset works once and for this long; an invitation likewise.
PASSWORD_RESET_TIMEOUT = envint("PASSWORD_RESET_SECONDS", 3600)
VERIFY_INVITATION_HOURS = envint("VERIFY_INVITATION_HOURS", 72)
# Guessing protection (accounts/throttle.py): after SLOW_AFTER failures in the window each
# attempt waits longer; after LOCK_AFTER the account name (or address) is locked.
VERIFY_SIGNIN_WINDOW_MINUTES = envint("VERIFY_SIGNIN_WINDOW_MINUTES", 15)
VERIFY_SIGNIN_SLOW_AFTER = envint("VERIFY_SIGNIN_SLOW_AFTER", 3)
VERIFY_SIGNIN_LOCK_AFTER = envint("VERIFY_SIGNIN_LOCK_AFTER", 10)
VERIFY_SIGNIN_ADDRESS_LOCK_AFTER = envint("VERIFY_SIGNIN_ADDRESS_LOCK_AFTER", 50)
VERIFY_SIGNIN_LOCK_MINUTES = envint("VERIFY_SIGNIN_LOCK_MINUTES", 15)
# Behind a reverse proxy, the request header holding the client address (e.g.
# HTTP_X_REAL_IP). Leave empty when clients connect directly: the header is forgeable.
VERIFY_CLIENT_IP_HEADER = envstr("VERIFY_CLIENT_IP_HEADER", "")
# --- api ---
# The REST API (verify/api/; README.md, "API"). Rates are per token (per user in a session).
REST_FRAMEWORK = {
    # Token first: its 401 answer names the scheme (WWW-Authenticate) to a caller without one.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["verify.api.permissions.CanRead"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["verify.api.filters.FilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "verify.api.pagination.PageNumberPagination",
    "DEFAULT_THROTTLE_CLASSES": ["verify.api.throttling.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "read": envstr("VERIFY_API_RATE_READ", "1200/hour"),
        "export": envstr("VERIFY_API_RATE_EXPORT", "600/hour"),
        "write": envstr("VERIFY_API_RATE_WRITE", "120/hour"),
    },
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "verify.api.negotiation.ContentNegotiation",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "verify.api.exceptions.exception_handler",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Verify API",
    "DESCRIPTION": "Verified claims, quotes, articles and sources of the desk (README: API).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["verify.api.permissions.CanRead"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "verify.api.schema.require_text_or_url",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "verify.models.ClaimStatus",
        "ClaimKindEnum": "verify.models.ClaimKind",
        "SourceKindEnum": "verify.models.SourceKind",
        "StanceEnum": "verify.models.Stance",
        "QuoteKindEnum": "verify.models.QuoteKind",
    },
}
# Export only items published at least this long ago, so a publication still committing when a
# consumer reads can never fall behind the consumer's cursor (see verify/exports.py).
VERIFY_EXPORT_SETTLE_SECONDS = envint("VERIFY_EXPORT_SETTLE_SECONDS", 2)
# --- scale: background ingest and URL fetching ---
# Production runs TASKS_BACKEND=django_tasks_db.DatabaseBackend with `manage.py db_worker`.
VERIFY_BATCH_MAX_ATTEMPTS = envint("VERIFY_BATCH_MAX_ATTEMPTS", 3)
VERIFY_BATCH_RETRY_SECONDS = envint("VERIFY_BATCH_RETRY_SECONDS", 30)
# An item "running" for longer than this is taken to have lost its worker and is run again.
VERIFY_BATCH_LEASE_SECONDS = envint("VERIFY_BATCH_LEASE_SECONDS", 600)
VERIFY_BATCH_MAX_FILES = envint("VERIFY_BATCH_MAX_FILES", 500)
VERIFY_FETCH_TIMEOUT_SECONDS = envint("VERIFY_FETCH_TIMEOUT_SECONDS", 10)
VERIFY_FETCH_MAX_BYTES = envint("VERIFY_FETCH_MAX_BYTES", 5 * 1024 * 1024)
VERIFY_FETCH_MAX_REDIRECTS = envint("VERIFY_FETCH_MAX_REDIRECTS", 5)
# Tests fetch from a server on 127.0.0.1; nothing else may turn this on (not read from the env).
VERIFY_FETCH_ALLOW_LOOPBACK_FOR_TESTS = False
