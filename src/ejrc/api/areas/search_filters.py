"""Query parameters shared by the searched lists (organisations, opportunities): the site's
search box and facets, with their values checked (a bad value is a 400, not ignored)."""

from rest_framework import serializers

from ejrc.directory.domain.search_params import MAX_QUERY_LENGTH, MAX_VALUES, SearchParams

from ..endpoints import PageParameters

SORTS = ("relevance", "name", "updated")


def values(pattern=None, choices=None, help_text=""):
    child = serializers.ChoiceField(choices=choices) if choices else serializers.RegexField(pattern, max_length=40)
    return serializers.ListField(child=child, required=False, max_length=MAX_VALUES, help_text=help_text)


COUNTRY = r"^[A-Z]{2}$"
SECTOR = r"^[a-z_]{1,20}:[A-Za-z0-9_.-]{1,20}$"
THIRD = r"^(country:[A-Z]{2}|group:[a-z_]{1,30})$"


class SearchParameters(PageParameters):
    q = serializers.CharField(required=False, allow_blank=True, max_length=MAX_QUERY_LENGTH,
                              help_text="Words or a quoted phrase, in English or Japanese (岐阜 finds Gifu).")
    sort = serializers.ChoiceField(choices=SORTS, required=False, default="relevance")

    facet_keys = ()

    def search_params(self, data):
        """The site's :class:`SearchParams` for these checked values."""
        selected = {key: tuple(dict.fromkeys(data[key])) for key in self.facet_keys if data.get(key)}
        return SearchParams(query=data.get("q", ""), selected=selected, sort=data["sort"])
