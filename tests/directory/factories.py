"""Factories for directory rows, shared with the search tests.

Countries, prefectures and offices are fetched with ``get_or_create`` so that factories work
on an empty database and beside reference data loaded by other fixtures.
"""

import factory
from django.utils import timezone

from ejrc.accounts.mfa import enable_totp
from ejrc.accounts.models import User
from ejrc.directory.models import (
    Contact,
    ContactRequest,
    Label,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    ProfileRevision,
    Sector,
    SectorScheme,
    Visibility,
)
from ejrc.geo.models import Country, CountryGroup, Prefecture, Region
from ejrc.helpdesk.models import Office

STAFF_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

COUNTRIES = {
    "JP": ("JPN", "Japan", "日本", CountryGroup.JAPAN),
    "FR": ("FRA", "France", "フランス", CountryGroup.EU),
    "DE": ("DEU", "Germany", "ドイツ", CountryGroup.EU),
    "NO": ("NOR", "Norway", "ノルウェー", CountryGroup.EEA_EFTA),
    "VN": ("VNM", "Viet Nam", "ベトナム", CountryGroup.SOUTH_EAST_ASIA),
    "BR": ("BRA", "Brazil", "ブラジル", CountryGroup.LATIN_AMERICA),
}
PREFECTURES = {
    "JP-03": ("03", "Iwate", "岩手県", "tohoku"),
    "JP-13": ("13", "Tokyo", "東京都", "kanto"),
    "JP-21": ("21", "Gifu", "岐阜県", "chubu"),
    "JP-27": ("27", "Osaka", "大阪府", "kinki"),
}
OFFICES = {
    "strasbourg": ("Strasbourg office", "ストラスブール事務所", "Europe/Paris", True, []),
    "gifu": ("Gifu office", "岐阜事務所", "Asia/Tokyo", False,
             ["chubu", "kinki", "chugoku", "shikoku", "kyushu_okinawa"]),
    "iwate": ("Iwate office", "岩手事務所", "Asia/Tokyo", False, ["hokkaido", "tohoku", "kanto"]),
}


def country(code="FR"):
    code3, name_en, name_ja, group = COUNTRIES[code]
    return Country.objects.get_or_create(
        code=code, defaults={"code3": code3, "name_en": name_en, "name_ja": name_ja, "group": group}
    )[0]


def prefecture(code="JP-21"):
    jis, name_en, name_ja, area = PREFECTURES[code]
    return Prefecture.objects.get_or_create(
        code=code, defaults={"jis_code": jis, "name_en": name_en, "name_ja": name_ja, "area": area}
    )[0]


def region(code="FRK", name="Auvergne-Rhône-Alpes", country_code="FR", level=1):
    return Region.objects.get_or_create(
        code=code, defaults={"name_en": name, "level": level, "country": country(country_code)}
    )[0]


def office(code="strasbourg"):
    name_en, name_ja, zone, europe, areas = OFFICES[code]
    return Office.objects.get_or_create(
        code=code,
        defaults={"name_en": name_en, "name_ja": name_ja, "email": f"{code}@helpdesk.example",
                  "time_zone": zone, "covers_europe": europe, "japanese_areas": areas},
    )[0]


def offices():
    """The three offices of the helpdesk, configured as in production."""
    return {code: office(code) for code in OFFICES}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "en"
    password = factory.PostGenerationMethodCall("set_password", "a-good-password-1")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class StaffUserFactory(UserFactory):
    """A helpdesk staff member (attached to the Strasbourg office unless told otherwise).

    Staff must have a second factor before they reach any page: this one has a TOTP device
    with :data:`STAFF_TOTP_SECRET`.
    """

    office = factory.LazyFunction(office)

    @factory.post_generation
    def _second_factor(obj, create, extracted, **kwargs):
        if create:
            enable_totp(actor=None, user=obj, secret=STAFF_TOTP_SECRET)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("scheme", "code")

    scheme = SectorScheme.CLUSTER_SECTOR
    code = factory.Sequence(lambda n: f"S{n:03d}")
    name_en = factory.Sequence(lambda n: f"Sector {n}")
    name_ja = factory.Sequence(lambda n: f"分野{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A published cluster in France (``japanese=True`` for a cluster in Gifu)."""

    class Meta:
        model = Organisation

    class Params:
        japanese = factory.Trait(
            country=factory.LazyFunction(lambda: country("JP")),
            region=None,
            prefecture=factory.LazyFunction(lambda: prefecture("JP-21")),
            office=factory.LazyFunction(lambda: office("gifu")),
        )

    kind = OrganisationKind.CLUSTER
    status = OrganisationStatus.PUBLISHED
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    name_ja = factory.Sequence(lambda n: f"組織{n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    description_en = "<p>A cluster of companies.</p>"
    description_ja = "<p>企業のクラスター。</p>"
    country = factory.LazyFunction(lambda: country("FR"))
    region = None
    prefecture = None
    office = factory.LazyFunction(lambda: office("strasbourg"))
    confirmed_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.ADMIN


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    visibility = Visibility.PUBLIC


class ContactRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactRequest

    requester = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    message = "We would like to get in touch."


class LabelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Label

    organisation = factory.SubFactory(OrganisationFactory)
    kind = Label.Kind.EXCELLENCE_GOLD


class ProfileRevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProfileRevision

    organisation = factory.SubFactory(OrganisationFactory)
    office = factory.LazyAttribute(lambda o: o.organisation.office or office())
    data = factory.LazyAttribute(lambda o: {"name_en": o.organisation.name_en})
