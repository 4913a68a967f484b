"""Name badges as a printable A4 PDF, eight to a page, Japanese names included.

The font is Noto Sans CJK JP (Debian's ``fonts-noto-cjk``, which ``make run`` installs):
fpdf2 embeds only the glyphs used, so the file stays small and prints the same anywhere.
``EJRC_BADGE_FONT`` may name another font file (a collection's first face is used).
"""

from django.conf import settings
from fpdf import FPDF

from ejrc.core.i18n import localized

DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
COLUMNS, ROWS = 2, 4
BADGE_WIDTH, BADGE_HEIGHT = 90, 65  # millimetres
LEFT, TOP = 12, 15


def badges_pdf(event, registrations):
    """The PDF bytes: one badge per registration, in the order given."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("badge", fname=getattr(settings, "EJRC_BADGE_FONT", DEFAULT_FONT))
    title_en, title_ja = event.title_en, event.title_ja
    for index, registration in enumerate(registrations):
        if index % (COLUMNS * ROWS) == 0:
            pdf.add_page()
        slot = index % (COLUMNS * ROWS)
        x = LEFT + (slot % COLUMNS) * BADGE_WIDTH
        y = TOP + (slot // COLUMNS) * BADGE_HEIGHT
        _badge(pdf, x, y, registration, title_en, title_ja)
    return bytes(pdf.output())


def _badge(pdf, x, y, registration, title_en, title_ja):
    user, organisation = registration.user, registration.organisation
    pdf.set_draw_color(180, 180, 180)
    pdf.rect(x, y, BADGE_WIDTH, BADGE_HEIGHT)
    lines = [
        (8, title_ja or title_en, 10),
        (20, user.name_ja or user.name or user.email, 24 if user.name_ja else 20),
        (30, user.name if user.name_ja else "", 12),
        (44, localized(organisation, "name", "en"), 11),
        (51, organisation.name_ja if organisation.name_ja != organisation.name_en else "", 11),
        (58, f"{localized(organisation.country, 'name', 'en')} / {organisation.country.name_ja}", 9),
    ]
    for offset, text, size in lines:
        if text:
            pdf.set_font("badge", size=size)
            pdf.set_xy(x + 4, y + offset - size * 0.2)
            pdf.cell(BADGE_WIDTH - 8, size * 0.45, text, align="C")
