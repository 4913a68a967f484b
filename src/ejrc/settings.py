"""The one settings module, configured by environment variables.

Safe by default: ``DEBUG`` is off unless asked for (``DEBUG=1``, as ``make run`` does), and
then a ``SECRET_KEY`` is required. With ``DEBUG`` on, nothing else is needed: SQLite under
``var/``, e-mail to the console, an in-memory cache. Production sets the variables listed in
the README ("Production settings"). Importing this module writes nothing.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent
REPO_DIR = PROJECT_DIR.parent.parent
VAR_DIR = Path(os.environ.get("EJRC_VAR_DIR", REPO_DIR / "var"))
# Reference data (NUTS, prefectures, twinnings) is read from here, never copied into the repo.
DATA_DIR = Path(os.environ.get("EJRC_DATA_DIR", REPO_DIR.parent / "shared" / "data"))


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (production). "
            "For development on this machine, set DEBUG=1 (make run does)."
        )
    SECRET_KEY = "dev-only-not-secret-ejrc"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "ejrc.core",
    "ejrc.accounts",
    "ejrc.helpdesk",
    "ejrc.geo",
    "ejrc.directory",
    "ejrc.events",
    "ejrc.partnering",
    "ejrc.knowledge",
    "ejrc.meetings",
    "ejrc.api",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "rules.apps.AutodiscoverRulesConfig",
    "csp",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ejrc.core.db_router.PrimaryAfterWriteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "ejrc.core.middleware.UserTimezoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "ejrc.accounts.mfa.SecondFactorRequiredMiddleware",
]

ROOT_URLCONF = "ejrc.urls"
WSGI_APPLICATION = "ejrc.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "ejrc.core.navigation.main_menu",
            ],
        },
    }
]

# The default SQLite file lives in VAR_DIR, which `ejrc` creates on start (ejrc.cli), not here.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A PostgreSQL read replica takes the read-only traffic (ejrc.core.db_router; docs/deployment.md).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
EJRC_READ_REPLICA = "replica" in DATABASES
DATABASE_ROUTERS = ["ejrc.core.db_router.ReplicaRouter"]

# Rate limits and lockouts count in this cache: in production it must be shared by every worker
# (Redis), else each process keeps its own counts; `ejrc check --deploy` says so (ejrc.W001).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

# Expensive public figures and page parts (home counts, facet counts, place pages) stay this long
# in the shared cache, dropped at once when the data changes (ejrc.core.cache); off without Redis.
EJRC_PUBLIC_CACHE_SECONDS = int(os.environ.get("EJRC_PUBLIC_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "0"))

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: e-mail is the login; the address must be verified before signing in.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# Password reset and adding an e-mail address answer the same whether or not the address has an
# account (the owner of a registered address is told by e-mail instead). Sign-up alone stays
# explicit, by choice: people are told plainly that their address is already registered, and
# sign-up's rate limit keeps that from being used to sweep addresses.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {"signup": "ejrc.accounts.forms.ExplicitSignupForm"}
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[EU-Japan Regions] "
ACCOUNT_ADAPTER = "ejrc.accounts.adapter.AccountAdapter"
# Second factor (allauth.mfa): TOTP with recovery codes; required for staff (accounts/mfa.py).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "EU-Japan Regions"
if env_bool("EJRC_NO_RATE_LIMITS", False):
    ACCOUNT_RATE_LIMITS = False

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ja", _("Japanese"))]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True
LANGUAGE_COOKIE_NAME = "ejrc_language"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# In development WhiteNoise serves straight from the apps' static folders; production runs collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Uploads are served by ejrc.core.media, each folder to whom its app allows (README, "Production").
EJRC_MEDIA_ACCESS = {"logos/": "ejrc.directory.domain.logos.may_fetch",
                     "pitches/": "ejrc.events.domain.pitches.may_fetch",
                     "knowledge/": "ejrc.knowledge.domain.uploads.may_fetch"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# HTTPS and the browser's protections, on whenever DEBUG is off (production serves HTTPS only).
# Behind a proxy that terminates TLS, EJRC_BEHIND_PROXY=1 trusts its X-Forwarded-Proto header.
if env_bool("EJRC_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 86400)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = not DEBUG  # messages follow session
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Scripts only from the site itself, or inline with the page's nonce ({{ request.csp_nonce }});
# inline style attributes are allowed (no script can run from them).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# No page needs the camera, the microphone, the location or payments: the browser refuses them.
PERMISSIONS_POLICY = {
    feature: [] for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone",
        "payment", "usb",
    )
}

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "helpdesk@eu-japan-regions.example")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

# Background tasks: Celery on Redis when CELERY_BROKER_URL is set (a worker and beat run beside
# the site, see the README); without it every task runs eagerly, after the transaction that
# queued it commits, so development needs no broker. See ejrc.core.tasks.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:  # Celery opens a (here unused) producer even for eager tasks
    CELERY_BROKER_URL = "memory://"
CELERY_TASK_IGNORE_RESULT = True
# A message leaves the queue only once its task has run: a worker killed mid-task loses nothing.
# Redis hands an unacknowledged message to another worker after the visibility timeout, which
# must be longer than any task and its retry delay (ejrc.core.tasks caps those at 10 minutes).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600")),
    "unacked_restore_throttle": 1,  # look for such messages every 10 s (one cheap Redis query)
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "ejrc")
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE_FILENAME = os.environ.get("CELERY_BEAT_SCHEDULE_FILENAME", str(VAR_DIR / "celerybeat-schedule"))

# The site's public address, for links in e-mails sent outside a request (reminders, tasks).
EJRC_SITE_URL = os.environ.get("EJRC_SITE_URL", "http://127.0.0.1:8000")

# Uploads: logos are images checked by content; anything larger is refused with a message.
EJRC_MAX_LOGO_BYTES = int(os.environ.get("EJRC_MAX_LOGO_BYTES", str(2 * 1024 * 1024)))
# A profile not confirmed within this many days is marked possibly outdated.
EJRC_PROFILE_CONFIRM_DAYS = int(os.environ.get("EJRC_PROFILE_CONFIRM_DAYS", "365"))
# Partner matching compares descriptions with the sentence model of the `semantic` extra when it
# is installed; EJRC_SEMANTIC_MATCHING=0 forces the TF-IDF-like fallback.
EJRC_SEMANTIC_MATCHING = None if "EJRC_SEMANTIC_MATCHING" not in os.environ else env_bool("EJRC_SEMANTIC_MATCHING")

# The REST API (ejrc.api, /api/v1/): tokens or the session, JSON in and out, problem documents
# for every error, rate limits per token in the cache (EJRC_API_RATES: "token", "session" and
# "anonymous", e.g. "600/min"; EJRC_API_RATE_<NAME> overrides one).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["ejrc.api.authentication.TokenAuthentication",
                                       "rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": ["ejrc.api.throttling.ApiRateThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["ejrc.api.negotiation.JsonParser"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "ejrc.api.negotiation.JsonOnly",
    "DEFAULT_SCHEMA_CLASS": "ejrc.api.schema.ApiSchema",
    "EXCEPTION_HANDLER": "ejrc.api.problems.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
EJRC_API_RATES = {name: os.environ[f"EJRC_API_RATE_{name.upper()}"]
                  for name in ("token", "session", "anonymous") if os.environ.get(f"EJRC_API_RATE_{name.upper()}")}
SPECTACULAR_SETTINGS = {
    "TITLE": "EU-Japan Regional Cooperation API",
    "DESCRIPTION": "Organisations, places, opportunities and events of the EU-Japan regional cooperation "
                   "platform, and the caller's own organisations and opportunities. See the README.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "OrganisationKindEnum": "ejrc.directory.models.OrganisationKind",
        "LabelKindEnum": "ejrc.directory.models.Label.Kind",
        "SessionKindEnum": "ejrc.events.models.SessionKind",
        "OpportunityKindEnum": "ejrc.partnering.models.OpportunityKind",
        "CooperationInterestEnum": "ejrc.directory.models.CooperationInterest",
    },
    "SWAGGER_UI_DIST": "SIDECAR",  # vendored files (drf-spectacular-sidecar), no CDN
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
