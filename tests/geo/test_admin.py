import pytest
from django.apps import apps

from directory.factories import STAFF_TOTP_SECRET, UserFactory
from geo.factories import RegionFactory, square

from ejrc.accounts.mfa import enable_totp


@pytest.fixture
def superuser(db):
    user = UserFactory()
    user.is_staff = user.is_superuser = True
    user.save()
    enable_totp(actor=None, user=user, secret=STAFF_TOTP_SECRET)
    return user


@pytest.mark.parametrize(("model", "queries"), [("country", 6), ("prefecture", 6), ("region", 7)])
def test_geo_models_are_in_the_admin(client, superuser, prefectures, model, queries, django_assert_num_queries):
    RegionFactory(code="FR1", boundary=square(2, 48))
    client.force_login(superuser)
    with django_assert_num_queries(queries):
        response = client.get(f"/en/admin/geo/{model}/")
    assert response.status_code == 200
    first = apps.get_model("geo", model).objects.first()
    assert client.get(f"/en/admin/geo/{model}/{first.pk}/change/").status_code == 200
