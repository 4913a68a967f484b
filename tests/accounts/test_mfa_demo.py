"""The demo staff of `make run` sign in with a published TOTP secret, never outside DEBUG."""

import pytest
from accounts.totp import totp_code
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.core.management import call_command

from ejrc.accounts.models import User
from ejrc.directory.domain.demo import DEMO_TOTP_SECRET
from ejrc.geo.domain.reference import load_countries, load_prefectures

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference():
    load_countries()
    load_prefectures()
    cache.clear()


def test_demo_staff_get_the_printed_secret_and_sign_in_with_it(settings, reference, client, capsys):
    settings.DEBUG = True
    call_command("load_demo_content")
    output = capsys.readouterr().out
    assert DEMO_TOTP_SECRET in output
    staff = User.objects.get(email="staff.gifu@demo.example")
    assert Authenticator.objects.filter(user=staff, type="totp").exists()
    assert not Authenticator.objects.filter(user__office__isnull=True, user__is_staff=False).exists()
    password = output.split("password for all: ")[1].split(")")[0]
    response = client.post("/en/accounts/login/", {"login": staff.email, "password": password})
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_without_debug_the_demo_secret_is_never_set(settings, reference, capsys):
    settings.DEBUG = False
    call_command("load_demo_content")
    assert DEMO_TOTP_SECRET not in capsys.readouterr().out
    assert not Authenticator.objects.exists()
