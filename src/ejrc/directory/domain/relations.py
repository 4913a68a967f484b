"""Standing relations between profiles, e.g. a cluster that is a member of a network.

The source's admins declare a relation; it shows on public pages only once the other side
(the target's admins, or the target's helpdesk office) confirms it. Declining removes it.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action
from ejrc.directory.models import OrganisationRelation


def _require(actor, permission, obj):
    if not actor.has_perm(permission, obj):
        raise PermissionDenied


@transaction.atomic
def add_relation(*, actor, source, target, kind):
    """``source`` declares a relation to ``target`` (its admins may do so); it awaits confirmation."""
    _require(actor, "directory.change_organisation", source)
    if source.pk == target.pk:
        raise ValidationError(_("An organisation cannot be related to itself."))
    relation, _created = OrganisationRelation.objects.get_or_create(source=source, target=target, kind=kind)
    log_action(actor=actor, action="directory.relation.add", subject=source,
               data={"target": target.pk, "kind": kind})
    return relation


@transaction.atomic
def confirm_relation(*, actor, relation):
    """The other side agrees: the relation shows on both public profiles from now on."""
    _require(actor, "directory.confirm_relation", relation)
    relation = OrganisationRelation.objects.select_for_update().get(pk=relation.pk)
    if relation.confirmed_at is None:
        relation.confirmed_at, relation.confirmed_by = timezone.now(), actor
        relation.save(update_fields=["confirmed_at", "confirmed_by"])
        log_action(actor=actor, action="directory.relation.confirm", subject=relation.target,
                   data={"source": relation.source_id, "kind": relation.kind})
    return relation


@transaction.atomic
def decline_relation(*, actor, relation):
    """The other side refuses (or withdraws its confirmation): the relation is removed."""
    _require(actor, "directory.confirm_relation", relation)
    log_action(actor=actor, action="directory.relation.decline", subject=relation.target,
               data={"source": relation.source_id, "kind": relation.kind})
    relation.delete()


@transaction.atomic
def remove_relation(*, actor, relation):
    _require(actor, "directory.delete_relation", relation)
    log_action(actor=actor, action="directory.relation.remove", subject=relation.source,
               data={"target": relation.target_id, "kind": relation.kind})
    relation.delete()
