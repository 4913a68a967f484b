from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ejrc.core.models.base import TimeStampedModel

from .inquiry import Topic


class FaqEntry(TimeStampedModel):
    """A question and answer of the public FAQ, written by staff in both languages.

    Staff start one from a reply they sent, then write it anew: nothing of the inquiry (its
    sender, its words) is copied to the public page unless staff type it. ``source`` only tells
    staff where it came from and is dropped when the inquiry is erased.
    """

    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    question_en = models.CharField(_("question in English"), max_length=300, blank=True)
    question_ja = models.CharField(_("question in Japanese"), max_length=300, blank=True)
    answer_en = models.TextField(_("answer in English"), blank=True)
    answer_ja = models.TextField(_("answer in Japanese"), blank=True)
    published = models.BooleanField(_("published"), default=False)
    search_text = models.TextField(blank=True, editable=False)
    source = models.ForeignKey("helpdesk.InquiryMessage", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")

    class Meta:
        ordering = ["topic", "pk"]
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
