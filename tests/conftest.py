"""Fixtures shared by the whole suite. App-specific fixtures live beside their tests."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolated_site(settings, tmp_path):
    """Uploads go to a fresh folder; e-mail stays in memory; allauth does not rate-limit."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ACCOUNT_RATE_LIMITS = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Factories set passwords: a fast hasher keeps the suite quick (never in production)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English, whatever language a previous request activated."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def helpdesk(db):
    """The three offices: Strasbourg (Europe and third countries), Gifu and Iwate."""
    from directory.factories import offices

    return offices()


@pytest.fixture
def shared_data() -> Path:
    """The reference data folder (``../shared/data``); tests needing it skip when absent."""
    path = Path(django_settings.DATA_DIR)
    if not path.is_dir():
        pytest.skip(f"reference data not found at {path}")
    return path


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the second factor every superuser must have to use the admin."""
    from directory.factories import STAFF_TOTP_SECRET

    from ejrc.accounts.mfa import enable_totp

    enable_totp(actor=None, user=admin_user, secret=STAFF_TOTP_SECRET)
    return admin_user
