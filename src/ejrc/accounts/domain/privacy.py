"""A person's rights over their data: a copy of everything (JSON) and erasure of the account.

Every app contributes its part through ``ejrc.core.personal_data``; these functions gather them.
Both write the audit trail, so what staff do with someone's data is on record with their name.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from ejrc.core.activity import log_action
from ejrc.core.personal_data import personal_data_sections


def _may_act_for(actor, user):
    return actor.pk == user.pk or actor.is_superuser


def export_personal_data(*, actor, user):
    """Everything kept about ``user``, as JSON-ready data (the person or a superuser asks)."""
    if not _may_act_for(actor, user):
        raise PermissionDenied
    log_action(actor=actor, action="accounts.personal_data.export", subject=user)
    data = {"generated_at": timezone.now().isoformat(), "format": "ejrc-personal-data/1"}
    for section in personal_data_sections():
        data[section.name] = section.export(user)
    return data


def erasure_notes(user):
    """Sentences telling the person what deleting their account changes beyond it."""
    return [note for section in personal_data_sections() if section.before_erasure
            for note in section.before_erasure(user)]


@transaction.atomic
def delete_account(*, actor, user):
    """Remove the account and the personal data that goes with it.

    Organisation profiles stay (they are the organisation's, not the person's); the audit trail
    keeps its rows, with the actor emptied; the log of this deletion names no one.
    """
    if not _may_act_for(actor, user):
        raise PermissionDenied
    for section in personal_data_sections():
        if section.erase:
            section.erase(user)
    log_action(actor=actor if actor.pk != user.pk else None, action="accounts.account.delete",
               subject=user, data={"by": "self" if actor.pk == user.pk else "staff"})
    user.delete()
