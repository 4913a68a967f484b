"""When two rows of a twin-towns list are one pair under two names.

Wikipedia's lists name city districts in several ways: "Meidling (Vienna)" and "Vienna 12 –
Meidling", "Arakawa (Tokyo)" and "Tokyo – Arakawa", or spell a name twice ("Constanţa" with a
cedilla, "Constanța" with a comma). Two rows are one pair when, on each side, they name the same
place in the same area:

- **the same name**: the place's own name, read from "Place (City)", "City – Place" or
  "City 12 – Place", compared without accents, case, spaces or punctuation; the city it belongs
  to must agree when both rows give one;
- **in the same area**: in Japan the same municipality code when both rows have one (then the
  names may differ), else the same prefecture; in Europe the same country and the same NUTS
  region (the most detailed level both rows give);
- **close**: when both rows give coordinates, within ``MAX_DISTANCE_KM`` of each other.

Two towns of one area (Breitenwang and Reutte, 1 km apart) stay apart: their names differ.
"""

import math
import re
from dataclasses import dataclass

from ejrc.geo.domain.nuts import normalised

MAX_DISTANCE_KM = 5.0
EARTH_RADIUS_KM = 6371.0
_IN_CITY = re.compile(r"^(?P<place>.+?)\s*\((?P<city>[^()]+)\)$")  # Meidling (Vienna)
_CITY_DASH = re.compile(r"^(?P<city>.+?)\s+[–—-]\s+(?P<place>.+)$")  # Vienna 12 – Meidling
_DISTRICT_NUMBER = re.compile(r"\s+\d+$")


@dataclass(frozen=True)
class PlaceName:
    place: str
    city: str = ""

    @classmethod
    def parse(cls, name):
        for pattern in (_IN_CITY, _CITY_DASH):
            match = pattern.match(name.strip())
            if match:
                city = _DISTRICT_NUMBER.sub("", match.group("city"))
                return cls(normalised(match.group("place")), normalised(city))
        return cls(normalised(name))

    def same_as(self, other):
        return self.place == other.place and (not self.city or not other.city or self.city == other.city)


@dataclass(frozen=True)
class Side:
    """One side of a row: its name, where it lies (country, and the prefecture or the NUTS
    region's code), its municipality code and its point (latitude, longitude) when known."""

    name: str
    country: str
    region: str
    code: str = ""
    point: tuple = None

    def same_area(self, other):
        """Same country, and regions that are equal or one inside the other (AT13 ⊃ AT130)."""
        return self.country == other.country and (
            self.region == other.region
            or bool(self.region and other.region)
            and (self.region.startswith(other.region) or other.region.startswith(self.region))
        )

    def matches(self, other):
        """Why the two sides are the same place (for the report), or "" when they are not."""
        if not self.same_area(other):
            return ""
        if self.point and other.point and distance_km(self.point, other.point) > MAX_DISTANCE_KM:
            return ""
        if self.code and other.code:
            return f"municipality {self.code}" if self.code == other.code else ""
        if not PlaceName.parse(self.name).same_as(PlaceName.parse(other.name)):
            return ""
        named = "same name" if self.name == other.name else "same place under two names"
        return f"{named} in {self.region or self.country}"


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def point(row, prefix):
    try:
        latitude, longitude = float(row[f"{prefix}_lat"]), float(row[f"{prefix}_lng"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def sides(row, values):
    """The Japanese and the European side of a row, with what the importer resolved."""
    prefecture = values["jp_prefecture"].code if values["jp_prefecture"] else ""
    region = values["eu_region"].code if values["eu_region"] else (
        row.get("nuts3_2024") or row.get("nuts2_2024") or ""
    )
    japanese = Side(values["jp_place"], "JP", prefecture, values["jp_municipality_code"], point(row, "jp"))
    european = Side(values["eu_place"], values["eu_country"].code, region, "", point(row, "eu"))
    return japanese, european


def same_pair(first, second):
    """Why two rows (their ``sides``) are one pair, for the report; "" when they are not."""
    japanese = first[0].matches(second[0])
    european = first[1].matches(second[1])
    return f"Japan: {japanese}; Europe: {european}" if japanese and european else ""
