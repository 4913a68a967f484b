"""Reusable querysets of the inquiry desk, each a fixed number of queries whatever the rows."""

from django.db.models import Prefetch

from ..models import FaqEntry, Inquiry, InquiryMessage, MessageKind

INBOX_COLUMNS = ("office", "assignee", "country", "prefecture")


def inbox(*, office, status="", topic="", assignee=""):
    """An office's inquiries, newest first, filtered (``assignee``: a user id, "me"-resolved, or "none")."""
    rows = Inquiry.objects.filter(office=office).select_related(*INBOX_COLUMNS)
    if status:
        rows = rows.filter(status=status)
    if topic:
        rows = rows.filter(topic=topic)
    if assignee == "none":
        rows = rows.filter(assignee=None)
    elif assignee:
        rows = rows.filter(assignee_id=assignee)
    return rows.order_by("-created")


def inquiry_for_staff(*, reference):
    return Inquiry.objects.select_related("office", "assignee", "country", "prefecture", "region").prefetch_related(
        Prefetch("messages", queryset=InquiryMessage.objects.select_related("author"))).get(reference=reference)


def inquiry_for_sender(*, token):
    """The inquiry of a private link, with what the sender may read (never the notes)."""
    if not token or len(token) > 64:
        raise Inquiry.DoesNotExist
    return Inquiry.objects.select_related("office", "country", "prefecture", "region").prefetch_related(
        Prefetch("messages", to_attr="visible_messages",
                 queryset=InquiryMessage.objects.exclude(kind=MessageKind.NOTE))).get(
        token=token, anonymised_at=None)


def published_faq():
    return FaqEntry.objects.filter(published=True).order_by("topic", "pk")
