"""Which helpdesk office looks after a place (profiles, opportunities) or an inquiry."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ejrc.helpdesk.models import Office


def responsible_office(*, country, prefecture=None):
    """The office validating profiles of this place.

    Japanese places go to the office whose ``japanese_areas`` lists the prefecture's area;
    European and third-country places to the office that ``covers_europe``. The rows of
    :class:`Office` are the configuration: changing them re-routes new submissions.
    """
    offices = list(Office.objects.all())
    if country is not None and country.is_japan and prefecture is not None:
        for office in offices:
            if prefecture.area in (office.japanese_areas or []):
                return office
    elif country is not None and not country.is_japan:
        for office in offices:
            if office.covers_europe:
                return office
    japanese = country is not None and country.is_japan
    fallback = [office for office in offices if bool(office.japanese_areas) == japanese] or offices
    if not fallback:
        raise ValidationError(_("No helpdesk office is configured yet: please try again later."))
    return fallback[0]


def inquiry_office(*, topic, country, prefecture=None):
    """The office answering an inquiry on ``topic`` from this place.

    An office that lists the topic in ``inquiry_topics`` takes it from every place (the first
    such office by code); every other topic goes by place, as profiles do: a Japanese place to
    Gifu or Iwate by its prefecture's area, a European or third-country place to Strasbourg.
    """
    for office in Office.objects.all():
        if topic in (office.inquiry_topics or []):
            return office
    return responsible_office(country=country, prefecture=prefecture)
