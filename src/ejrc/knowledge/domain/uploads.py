"""Attachments of best practices and PDFs of reports: checked by their content and size, and
served (``ejrc.core.media``) to whom they belong."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from ejrc.directory.models import Membership

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
MAX_IMAGE_PIXELS = 8000
MAX_ATTACHMENTS = 5


def _max_bytes():
    return getattr(settings, "EJRC_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024)


def _looks_like_pdf(upload):
    """A PDF starts with ``%PDF-`` and ends (give or take trailing bytes) with ``%%EOF``."""
    upload.seek(0)
    head = upload.read(5)
    upload.seek(max(0, upload.size - 1024))
    tail = upload.read()
    upload.seek(0)
    return head == b"%PDF-" and b"%%EOF" in tail


def _image_format(upload):
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format, size = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        upload.seek(0)
    if image_format not in IMAGE_FORMATS or max(size) > MAX_IMAGE_PIXELS:
        return None
    return image_format


def check_pdf(upload):
    """Raise ValidationError unless ``upload`` is a PDF of an allowed size."""
    _check_size(upload)
    if not _looks_like_pdf(upload):
        raise ValidationError(_("%(name)s is not a PDF document.") % {"name": upload.name})


def checked_attachment(upload):
    """``(kind, stored name)`` of an upload that really is a PDF or a PNG/JPEG/WebP image, of an
    allowed size; the name it claims is never trusted (a fresh one is given)."""
    _check_size(upload)
    if _looks_like_pdf(upload):
        return "pdf", f"{uuid.uuid4().hex}.pdf"
    image_format = _image_format(upload)
    if image_format is None:
        raise ValidationError(
            _("%(name)s is neither a PDF document nor a PNG, JPEG or WebP image.") % {"name": upload.name})
    return "image", f"{uuid.uuid4().hex}.{IMAGE_FORMATS[image_format]}"


def _check_size(upload):
    if upload.size > _max_bytes():
        raise ValidationError(_("%(name)s is too large (%(size)s); the maximum is %(max)s.") % {
            "name": upload.name, "size": filesizeformat(upload.size), "max": filesizeformat(_max_bytes())})
    if upload.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": upload.name})


def may_fetch(user, name):
    """Files of published best practices and reports are public; a pending case's files are for
    its organisation's members and the helpdesk."""
    from ..models import PracticeAttachment, Post

    if name.startswith("knowledge/reports/"):
        return Post.objects.filter(pdf=name, published=True).exists() or bool(
            user.is_authenticated and user.is_helpdesk_staff)
    attachment = PracticeAttachment.objects.select_related("practice").filter(file=name).first()
    if attachment is None:
        return False
    if attachment.practice.is_published:
        return True
    if not user.is_authenticated:
        return False
    return user.is_helpdesk_staff or user.is_superuser or Membership.objects.filter(
        user=user, organisation=attachment.practice.organisation_id).exists()
