"""Best practices: submission, review by the responsible office, one row per language that
publishes on its own, attachments checked by content, script made harmless, the profile."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from knowledge.factories import practice_data, published_practice, submitted_practice
from PIL import Image

from ejrc.core.models import OutgoingMail
from ejrc.knowledge.domain.practice_search import published_practices
from ejrc.knowledge.domain.practices import add_translation, approve_practice, reject_practice, submit_practice
from ejrc.knowledge.models import BestPractice, ReviewStatus

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "blue").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_case_goes_to_the_responsible_office_and_only_it_publishes(cluster, author, staff, gifu_staff):
    practice = submitted_practice(author=author, organisation=cluster)
    assert practice.office.code == "strasbourg" and practice.status == ReviewStatus.PENDING
    assert OutgoingMail.objects.filter(to=staff.email, template="knowledge/email/practice_submitted").exists()
    with pytest.raises(PermissionDenied):
        approve_practice(actor=gifu_staff, practice=practice)
    approve_practice(actor=staff, practice=practice)
    practice.refresh_from_db()
    assert practice.status == ReviewStatus.PUBLISHED and practice.published_at
    assert OutgoingMail.objects.filter(to=author.email, template="knowledge/email/practice_published").exists()
    with pytest.raises(ValidationError, match="no longer waiting"):
        approve_practice(actor=staff, practice=practice)


def test_a_rejection_needs_a_reason(cluster, author, staff):
    practice = submitted_practice(author=author, organisation=cluster)
    with pytest.raises(ValidationError, match="why"):
        reject_practice(actor=staff, practice=practice, reason=" ")
    reject_practice(actor=staff, practice=practice, reason="Add figures.")
    assert BestPractice.objects.get().rejection_reason == "Add figures."


def test_each_language_publishes_on_its_own(cluster, author, staff):
    english = published_practice(author=author, organisation=cluster, reviewer=staff)
    japanese = add_translation(actor=author, practice=english, language="ja",
                               data={"title": "水素バレーの相互学習", "summary": "<p>技術者交流。</p>"})
    assert japanese.translation_key == english.translation_key and japanese.partners.count() == 2
    # The Japanese version waits; Japanese readers still find the case, in English.
    assert [p.pk for p in published_practices("ja")] == [english.pk]
    approve_practice(actor=staff, practice=japanese)
    assert [p.pk for p in published_practices("ja")] == [japanese.pk]
    assert [p.pk for p in published_practices("en")] == [english.pk]
    with pytest.raises(ValidationError, match="already has a version"):
        add_translation(actor=author, practice=english, language="ja", data={"title": "x", "summary": "y"})


def test_a_missing_translation_does_not_stop_the_other_language(cluster, author, staff):
    japanese_only = published_practice(author=author, organisation=cluster, reviewer=staff, title="日本語だけ")
    BestPractice.objects.filter(pk=japanese_only.pk).update(language="ja")
    assert [p.title for p in published_practices("en")] == ["日本語だけ"]


def test_script_in_any_field_is_harmless(client, cluster, author, staff):
    practice = published_practice(author=author, organisation=cluster, reviewer=staff,
                                  title="<script>alert(1)</script>Case",
                                  summary='<p onclick="x()">Fine</p><script>alert(2)</script>',
                                  lessons="<img src=x onerror=alert(3)>")
    assert "<script" not in practice.summary and "onclick" not in practice.summary and "onerror" not in practice.lessons
    page = client.get(practice.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    practice.results = "<script>alert(4)</script>"  # staff editing in the admin
    practice.save()
    assert "<script" not in BestPractice.objects.get(pk=practice.pk).results


def test_partners_on_both_sides_are_needed(cluster, author):
    with pytest.raises(ValidationError, match="one on the Japanese side"):
        submit_practice(actor=author, organisation=cluster, language="en",
                        data=practice_data(partners=[{"side": "europe", "organisation": None, "name": "A"}]))


def test_support_organisations_and_strangers_may_not_submit(helpdesk, cluster):
    from directory.factories import MembershipFactory, OrganisationFactory, UserFactory

    with pytest.raises(PermissionDenied):
        submitted_practice(author=UserFactory(), organisation=cluster)
    support = OrganisationFactory(kind="support")
    member = MembershipFactory(organisation=support).user
    with pytest.raises(ValidationError, match="regions, prefectures"):
        submitted_practice(author=member, organisation=support)


def test_attachments_are_checked_by_content_and_size(cluster, author, settings):
    disguised = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf")
    with pytest.raises(ValidationError, match="neither a PDF"):
        submit_practice(actor=author, organisation=cluster, language="en", data=practice_data(),
                        attachments=[disguised])
    assert not BestPractice.objects.exists()  # nothing half-saved
    settings.EJRC_MAX_ATTACHMENT_BYTES = 100
    with pytest.raises(ValidationError, match="too large"):
        submit_practice(actor=author, organisation=cluster, language="en", data=practice_data(),
                        attachments=[SimpleUploadedFile("big.pdf", PDF + b" " * 200)])
    settings.EJRC_MAX_ATTACHMENT_BYTES = 10_000
    practice = submit_practice(actor=author, organisation=cluster, language="en", data=practice_data(), attachments=[
        SimpleUploadedFile("slides.pdf", PDF), SimpleUploadedFile("photo.gif", png_bytes())])
    kinds = sorted((a.kind, a.file.name.rsplit(".", 1)[1]) for a in practice.attachments.all())
    assert kinds == [("image", "png"), ("pdf", "pdf")]


def _status(client, url):
    response = client.get(url)
    for close in getattr(response, "_resource_closers", []):  # the file, without request_finished
        close()  # (which would close the test's database connection on PostgreSQL)
    return response.status_code


def test_a_pending_attachment_is_served_only_to_its_members_and_staff(client, cluster, author, staff):
    from directory.factories import UserFactory

    practice = submit_practice(actor=author, organisation=cluster, language="en", data=practice_data(),
                               attachments=[SimpleUploadedFile("slides.pdf", PDF)])
    url = practice.attachments.get().file.url
    assert _status(client, url) == 404
    client.force_login(UserFactory())
    assert _status(client, url) == 404
    client.force_login(author)
    assert _status(client, url) == 200
    approve_practice(actor=staff, practice=practice)
    client.logout()
    assert _status(client, url) == 200


def test_the_form_links_partners_by_address_and_reads_figures(client, cluster, author, gifu):
    client.force_login(author)
    response = client.post(reverse("knowledge:practice-create"), {
        "organisation": cluster.slug, "language": "en", "title": "Joint mission", "summary": "Missions.",
        "cooperation_type": "trade", "european_partners": "Strasbourg Eurometropole",
        "japanese_partners": f"https://platform.example/en/directory/{gifu.slug}/",
        "figures": "Companies: 12\nExport growth: 1,250.5 k€", "links": "https://example.org",
    })
    practice = BestPractice.objects.get()
    assert response.status_code == 302
    assert [(p.side, p.organisation_id, p.name) for p in practice.partners.order_by("side")] == [
        ("europe", None, "Strasbourg Eurometropole"), ("japan", gifu.pk, "")]
    assert [str(f) for f in practice.figures.order_by("pk")] == ["Companies: 12", "Export growth: 1250.5 k€"]


def test_bad_figures_get_a_clear_message_and_lose_nothing(client, cluster, author):
    client.force_login(author)
    response = client.post(reverse("knowledge:practice-create"), {
        "organisation": cluster.slug, "language": "en", "title": "Kept title", "summary": "Kept.",
        "cooperation_type": "trade", "european_partners": "A", "japanese_partners": "B", "figures": "lots of them",
    })
    assert response.status_code == 200 and not BestPractice.objects.exists()
    assert "Line 1: write" in response.content.decode() and "Kept title" in response.content.decode()


def test_the_profile_shows_the_cases_of_its_organisation_and_its_partners(client, cluster, author, staff, gifu):
    published_practice(author=author, organisation=cluster, reviewer=staff, title="Shared case",
                       partners=[{"side": "europe", "organisation": None, "name": "A"},
                                 {"side": "japan", "organisation": gifu, "name": ""}])
    submitted_practice(author=author, organisation=cluster, title="Not yet reviewed")
    for organisation in (cluster, gifu):
        page = client.get(organisation.get_absolute_url()).content.decode()
        assert "Shared case" in page and "Not yet reviewed" not in page
