"""Checks on what users write and upload to a profile: rich text and logos."""

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}
LOGO_MAX_PIXELS = 4000  # per side: larger is no logo, and risks decompression bombs
LOGO_MIN_PIXELS = 16


def sanitise_html(text):
    """Keep the few tags a description needs; drop scripts, styles and every other attribute."""
    return nh3.clean(
        text or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow",
    ).strip()


def check_logo(upload):
    """Raise ValidationError unless ``upload`` really is a PNG, JPEG or WebP image of sane size."""
    if upload.size > settings.EJRC_MAX_LOGO_BYTES:
        raise ValidationError(
            _("The logo is too large (%(size)s); the maximum is %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(settings.EJRC_MAX_LOGO_BYTES)}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format, (width, height) = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("The logo is not a readable PNG, JPEG or WebP image.")) from None
    finally:
        upload.seek(0)
    if image_format not in LOGO_FORMATS:
        raise ValidationError(_("The logo must be a PNG, JPEG or WebP image."))
    if not (LOGO_MIN_PIXELS <= min(width, height) and max(width, height) <= LOGO_MAX_PIXELS):
        raise ValidationError(
            _("The logo must be between %(min)s and %(max)s pixels wide and high.")
            % {"min": LOGO_MIN_PIXELS, "max": LOGO_MAX_PIXELS}
        )
