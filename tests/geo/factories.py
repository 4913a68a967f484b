"""Factories for places and cooperation links, on top of the loaded reference countries."""

import factory

from ejrc.directory.models import CooperationLink
from ejrc.geo.models import Country, Prefecture, Region


def square(lon, lat, size=1.0):
    """A GeoJSON square polygon with its south-west corner at (lon, lat)."""
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


class RegionFactory(factory.django.DjangoModelFactory):
    """A NUTS region in France (country loaded by ``load_countries`` or created here)."""

    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"FRQ{n % 10}")
    scheme = Region.Scheme.NUTS
    level = factory.LazyAttribute(lambda r: len(r.code) - 2)
    country = factory.LazyFunction(
        lambda: Country.objects.get_or_create(
            code="FR", defaults={"name_en": "France", "name_ja": "フランス", "group": "eu"}
        )[0]
    )
    name_en = factory.Sequence(lambda n: f"Région {n}")


class CooperationLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CooperationLink

    kind = CooperationLink.Kind.TWINNING
    eu_place = factory.Sequence(lambda n: f"Ville {n}")
    eu_country = factory.LazyFunction(lambda: Country.objects.get(code="FR"))
    jp_place = factory.Sequence(lambda n: f"Machi {n}")
    jp_place_ja = factory.Sequence(lambda n: f"町{n}")
    jp_prefecture = factory.LazyFunction(lambda: Prefecture.objects.get(code="JP-21"))
    source = "test"
