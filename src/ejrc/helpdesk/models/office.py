from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized


class Office(models.Model):
    """A helpdesk office. Each validates the profiles and answers the inquiries of the places it covers.

    European places go to the office with ``covers_europe``; Japanese places to the office
    whose ``japanese_areas`` lists the prefecture's area (editable in the back office). An
    inquiry on a topic listed in ``inquiry_topics`` comes to that office from every place.
    """

    code = models.SlugField(unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ja = models.CharField(_("name (Japanese)"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"))
    time_zone = models.CharField(_("time zone"), max_length=64)
    covers_europe = models.BooleanField(_("covers Europe and third countries"), default=False)
    japanese_areas = models.JSONField(_("Japanese areas covered"), default=list, blank=True)
    inquiry_topics = models.JSONField(
        _("inquiry topics answered for every place"), default=list, blank=True,
        help_text=_("Inquiries on these topics come to this office wherever the sender is "
                    "(e.g. [\"trade_agreement\"]); other topics go by place."))

    class Meta:
        ordering = ["code"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return localized(self, "name")
