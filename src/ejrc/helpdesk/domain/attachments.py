"""An inquiry's attachment: a PDF or an image, judged by its content and size, never by its name."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

PDF_START, PDF_END = b"%PDF-", b"%%EOF"
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
CONTENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}


def max_attachment_bytes():
    return getattr(settings, "EJRC_MAX_INQUIRY_ATTACHMENT_BYTES", 5 * 1024 * 1024)


def _is_pdf(upload):
    upload.seek(0)
    head = upload.read(len(PDF_START))
    upload.seek(max(upload.size - 1024, 0))
    tail = upload.read()
    upload.seek(0)
    return head == PDF_START and PDF_END in tail


def _image_format(upload):
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            found = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        upload.seek(0)
    return found


def check_attachment(upload):
    """The file's real kind (``pdf``, ``png``, ``jpg``, ``webp``), or ValidationError with a message."""
    limit = max_attachment_bytes()
    if upload.size > limit:
        raise ValidationError(_("The attachment is too large (%(size)s); the maximum is %(max)s.") % {
            "size": filesizeformat(upload.size), "max": filesizeformat(limit)})
    if _is_pdf(upload):
        return "pdf"
    kind = IMAGE_FORMATS.get(_image_format(upload))
    if kind is None:
        raise ValidationError(_("The attachment must be a PDF file or a PNG, JPEG or WebP image "
                                "(this file is not what its name says)."))
    return kind


def stored_name(kind):
    """A random name: the sender's file name is kept apart, for display only."""
    return f"{secrets.token_hex(16)}.{kind}"


def content_type(name):
    return CONTENT_TYPES.get(name.rsplit(".", 1)[-1], "application/octet-stream")
