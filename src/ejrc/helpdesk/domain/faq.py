"""The public FAQ: question-and-answer pairs staff write (from a reply, or from nothing) and publish.

Search matches a normalised text of both languages by substring (NFKC, casefolded), the way the
directory's search does, so that 補助金 and "Funding" both find their entries without a tokenizer.
"""

import unicodedata

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ejrc.core.activity import log_action

from ..models import FaqEntry, MessageKind
from .queries import published_faq

FIELDS = ("topic", "question_en", "question_ja", "answer_en", "answer_ja", "published")


def normalise(text):
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def _search_text(entry):
    return normalise(" ".join([entry.question_en, entry.question_ja, entry.answer_en, entry.answer_ja]))


def draft_from_reply(message):
    """A new entry whose answer starts as the reply's text (the question is left for staff to write)."""
    if message.kind != MessageKind.REPLY:
        raise ValidationError(_("Only a reply to a sender can become a FAQ answer."))
    inquiry = message.inquiry
    entry = FaqEntry(topic=inquiry.topic, source=message)
    setattr(entry, "answer_ja" if inquiry.language == "ja" else "answer_en", message.body)
    return entry


@transaction.atomic
def save_faq_entry(*, actor, entry, data):
    """Save ``entry`` with ``data``; a published entry needs a question and an answer in one language."""
    if not actor.has_perm("helpdesk.edit_faq"):
        raise PermissionDenied
    for field in FIELDS:
        value = data.get(field, getattr(entry, field))
        setattr(entry, field, value.strip() if isinstance(value, str) else value)
    complete = [(entry.question_en and entry.answer_en), (entry.question_ja and entry.answer_ja)]
    if entry.published and not any(complete):
        raise ValidationError(_("A published entry needs a question and its answer in at least one language."))
    entry.search_text, entry.edited_by = _search_text(entry), actor
    creating = entry.pk is None
    entry.save()
    log_action(actor=actor, action="helpdesk.faq.create" if creating else "helpdesk.faq.change", subject=entry,
               data={"published": entry.published})
    return entry


def search_faq(query=""):
    entries = published_faq()
    for word in normalise(query).split()[:10]:
        entries = entries.filter(search_text__contains=word)
    return entries
