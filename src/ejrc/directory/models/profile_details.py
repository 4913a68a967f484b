from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class Label(models.Model):
    """A label an organisation holds, e.g. the Cluster Management Excellence Gold label."""

    class Kind(models.TextChoices):
        EXCELLENCE_BRONZE = "excellence_bronze", _("Cluster management excellence: Bronze")
        EXCELLENCE_SILVER = "excellence_silver", _("Cluster management excellence: Silver")
        EXCELLENCE_GOLD = "excellence_gold", _("Cluster management excellence: Gold")
        EEN_MEMBER = "een_member", _("Enterprise Europe Network member")
        OTHER = "other", _("Other label")

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="labels"
    )
    kind = models.CharField(_("label"), max_length=20, choices=Kind.choices)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    awarded_on = models.DateField(_("awarded on"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)

    class Meta:
        ordering = ["-awarded_on", "kind"]
        verbose_name = _("label")
        verbose_name_plural = _("labels")

    def __str__(self):
        return localized(self, "name") or self.get_kind_display()


class OrganisationRelation(models.Model):
    """A standing link between two profiles: a member cluster of a network, a partner…"""

    class Kind(models.TextChoices):
        MEMBER_OF = "member_of", _("is a member of")
        PART_OF = "part_of", _("is part of")
        PARTNER_OF = "partner_of", _("is a partner of")

    source = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="relations_out"
    )
    target = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="relations_in"
    )
    kind = models.CharField(_("relation"), max_length=20, choices=Kind.choices)
    # Shown on public pages only once the target's administrators (or its office) confirm it.
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint("source", "target", "kind", name="organisation_relation_unique"),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="organisation_relation_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display()} {self.target}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
