"""Publishing profiles imported by the helpdesk (``ejrc import-organisations``, the staff page).

The file is read and every row checked by :mod:`ejrc.directory.import_csv` (the profile form's
own rules); this writes the accepted rows, all in one transaction: a failure on any row
leaves nothing imported. Imported profiles are published at once (the helpdesk validates
what it imports), routed to their responsible office, searchable, and logged.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from ejrc.core.activity import log_action

from ..models import Organisation, OrganisationStatus
from .profiles import _clean, _route, check_name_free
from .revision_data import apply_data, unique_slug
from .search import refresh_search_text


def import_profiles(*, actor, proposals):
    """Publish one profile per proposal (revision-form data); returns the new organisations."""
    if not getattr(actor, "is_helpdesk_staff", False) and not actor.is_superuser:
        raise PermissionDenied("only helpdesk staff import profiles")
    created = []
    now = timezone.now()
    with transaction.atomic():
        for proposal in proposals:
            data = _clean(proposal)
            country, office = _route(data)
            check_name_free(name_en=data["name_en"], country=country)
            organisation = Organisation(slug=unique_slug(data["name_en"]), status=OrganisationStatus.PUBLISHED,
                                        office=office, published_at=now, confirmed_at=now)
            apply_data(organisation, data)
            refresh_search_text(organisation)
            log_action(actor=actor, action="directory.organisation.import", subject=organisation,
                       data={"office": office.code})
            created.append(organisation)
    return created
