"""Which helpdesk office validates a profile, from where the organisation is."""

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
