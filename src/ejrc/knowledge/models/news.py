"""News: posts in one language each (linked by ``translation_key``), tags, and the newsletter."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ejrc.core.i18n import localized
from ejrc.core.models import TimeStampedModel
from ejrc.directory.domain.rich_text import sanitise_html

from .practice import LANGUAGES


class PostKind(models.TextChoices):
    NEWS = "news", _("News")
    MONTHLY = "monthly", _("Monthly overview")
    REPORT = "report", _("Report")
    JAPAN = "japan", _("Japanese industry and policy news")


class Tag(models.Model):
    slug = models.SlugField(max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=80)
    name_ja = models.CharField(_("name (Japanese)"), max_length=80, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return localized(self, "name")


class Post(TimeStampedModel):
    translation_key = models.UUIDField(default=uuid.uuid4, db_index=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    kind = models.CharField(_("kind"), max_length=10, choices=PostKind.choices, default=PostKind.NEWS)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000, blank=True)
    body = models.TextField(_("text"), blank=True, help_text=_("Paragraphs, bold, italics, lists and links."))
    pdf = models.FileField(_("PDF"), upload_to="knowledge/reports/", blank=True, max_length=200)
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="posts")
    published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        constraints = [
            models.UniqueConstraint("translation_key", "language", name="post_one_row_per_language"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("knowledge:post", kwargs={"pk": self.pk})

    def save(self, *args, **kwargs):
        self.body = sanitise_html(self.body)
        super().save(*args, **kwargs)


class Subscriber(TimeStampedModel):
    """A newsletter subscription: active once confirmed (double opt-in), until unsubscribed."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="en")
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class NewsletterIssue(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    subject = models.CharField(_("subject"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    posts = models.ManyToManyField(Post, verbose_name=_("posts"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def __str__(self):
        return self.subject


class NewsletterDelivery(models.Model):
    """One subscriber's copy of one issue: written once, marked sent in the transaction that
    puts its e-mail in the outbox, so a batch that stops half-way sends nobody twice."""

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    mail = models.OneToOneField("core.OutgoingMail", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint("issue", "subscriber", name="newsletter_one_copy_per_subscriber"),
        ]
