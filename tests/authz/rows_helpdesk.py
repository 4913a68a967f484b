"""Rows of the helpdesk's inquiry desk. ``world.organisation`` is French, so its inquiry is the
Strasbourg office's (office_staff); other_staff (Gifu) may not see it: inquiries are personal
data, read by their own office only (404 for the others). The sender's pages need no account:
the private token is the key, an unknown one answers 404. The dashboard (figures only), the
inbox (of one's own office) and the FAQ editor are for every office's staff."""

from authz.matrix import STAFF, Row, everyone, only


def helpdesk(world):
    """The world's inquiry (from France, with a staff reply and a PDF) and a FAQ entry, once per test."""
    if not hasattr(world, "helpdesk"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from ejrc.helpdesk.domain.faq import save_faq_entry
        from ejrc.helpdesk.domain.inquiries import reply, submit_inquiry
        from ejrc.helpdesk.models import FaqEntry

        inquiry = submit_inquiry(
            actor=None, topic="funding", side="eu", country=world.organisation.country, email="asker@example.fr",
            message="Which programme funds a mission?", language="en",
            attachment=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n"))
        answer = reply(actor=world.people["office_staff"], inquiry=inquiry, body="Look at the cluster actions.")
        entry = save_faq_entry(actor=world.people["office_staff"], entry=FaqEntry(), data={
            "topic": "funding", "question_en": "Funding?", "answer_en": "Yes.", "published": True})
        world.helpdesk = {"inquiry": inquiry, "reply": answer, "faq": entry}
    return world.helpdesk


def reference(world):
    return {"reference": helpdesk(world)["inquiry"].reference}


def token(world):
    return {"token": helpdesk(world)["inquiry"].token}


def ask_form(world):
    return {"topic": "events", "side": "eu", "country": world.organisation.country.code, "email": "new@example.fr",
            "message": "Is there a forum in 2027?", "website": ""}


RIGHT_OFFICE = "office_staff"

ROWS = [
    Row("helpdesk:ask", everyone(200)),
    Row("helpdesk:ask", everyone(302), method="POST", data=ask_form, label="send"),
    Row("helpdesk:track", everyone(200), kwargs=token),
    Row("helpdesk:track", everyone(404), kwargs=lambda world: {"token": "not-a-real-token"}, label="unknown"),
    Row("helpdesk:track-write", everyone(302), kwargs=token, method="POST",
        data=lambda world: {"body": "Thank you!"}),
    Row("helpdesk:track-attachment", everyone(200), kwargs=token),
    Row("helpdesk:faq", everyone(200)),
    Row("helpdesk:faq-manage", only(200, *STAFF)),
    Row("helpdesk:faq-new", only(200, *STAFF)),
    Row("helpdesk:faq-new", only(302, *STAFF), method="POST", label="save",
        data=lambda world: {"topic": "events", "question_en": "Forum?", "answer_en": "In May.", "published": "on"}),
    Row("helpdesk:faq-edit", only(200, *STAFF), kwargs=lambda world: {"pk": helpdesk(world)["faq"].pk}),
    Row("helpdesk:faq-edit", only(302, *STAFF), kwargs=lambda world: {"pk": helpdesk(world)["faq"].pk},
        method="POST", label="save",
        data=lambda world: {"topic": "funding", "question_en": "Funding?", "answer_en": "Yes.", "published": "on"}),
    Row("helpdesk:inbox", only(200, *STAFF)),
    Row("helpdesk:dashboard", only(200, *STAFF)),
    Row("helpdesk:inquiry", only(200, RIGHT_OFFICE), kwargs=reference),
    Row("helpdesk:inquiry", only(200), kwargs=lambda world: {"reference": "EJ-INQ-1999-00001"}, label="missing"),
    Row("helpdesk:attachment", only(200, RIGHT_OFFICE), kwargs=reference),
    Row("helpdesk:reply", only(302, RIGHT_OFFICE), kwargs=reference, method="POST",
        data=lambda world: {"reply-body": "More details."}),
    Row("helpdesk:note", only(302, RIGHT_OFFICE), kwargs=reference, method="POST",
        data=lambda world: {"note-body": "Internal."}),
    Row("helpdesk:assign", only(302, RIGHT_OFFICE), kwargs=reference, method="POST",
        data=lambda world: {"assignee": world.people["office_staff"].pk}),
    Row("helpdesk:close", only(302, RIGHT_OFFICE), kwargs=reference, method="POST"),
    Row("helpdesk:reopen", only(302, RIGHT_OFFICE), kwargs=reference, method="POST",
        label="not closed: a message, no change"),
    Row("helpdesk:hand-over", only(302, RIGHT_OFFICE), kwargs=reference, method="POST",
        data=lambda world: {"office": "iwate", "note": "Tohoku partner."}),
]
