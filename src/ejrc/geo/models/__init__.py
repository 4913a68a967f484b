from .country import Country, CountryGroup
from .prefecture import JAPANESE_AREAS, Prefecture
from .region import Region

__all__ = ["Country", "CountryGroup", "JAPANESE_AREAS", "Prefecture", "Region"]
