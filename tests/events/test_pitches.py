"""Calls for pitches: submitting slides (checked by content and size), decisions, running order."""

import pytest
from directory.factories import MembershipFactory, OrganisationFactory, UserFactory
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from events.factories import make_session, organisation_of

from ejrc.directory.models import OrganisationKind
from ejrc.events.domain.pitches import decide_pitch, open_call, set_running_order, submit_pitch
from ejrc.events.models import Pitch, SessionKind

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def slides(content=PDF, name="pitch.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def pitch_session(event, organiser):
    session = make_session(event, organiser=organiser, start=14, end=16, kind=SessionKind.PITCH,
                           title_en="Pitches of regions and clusters")
    open_call(actor=organiser, session=session, is_open=True)
    return session


def pitch(person, session, title="Hydrogen valley", **kwargs):
    return submit_pitch(actor=person, session=session, organisation=organisation_of(person), title=title,
                        abstract="Our cluster in brief.", slides=kwargs.pop("upload", None) or slides(), **kwargs)


def test_a_cluster_submits_a_pitch_with_pdf_slides(pitch_session, cluster_manager):
    submitted = pitch(cluster_manager, pitch_session)
    assert (submitted.status, submitted.organisation) == ("submitted", organisation_of(cluster_manager))
    with submitted.slides.open("rb") as stored:
        assert stored.read() == PDF


def test_slides_that_are_not_a_pdf_are_refused_whatever_their_name(pitch_session, cluster_manager):
    with pytest.raises(ValidationError) as refused:
        pitch(cluster_manager, pitch_session, upload=slides(b"PK\x03\x04 a zip file", name="slides.pdf"))
    assert refused.value.message_dict["slides"] == ["The slides must be a PDF file."]
    assert not Pitch.objects.exists()


def test_slides_over_the_size_limit_are_refused(settings, pitch_session, cluster_manager):
    settings.EJRC_MAX_SLIDES_BYTES = 40
    with pytest.raises(ValidationError) as refused:
        pitch(cluster_manager, pitch_session)
    assert refused.value.message_dict["slides"] == ["The slides are too large (48\xa0bytes); the maximum is 40\xa0bytes."]


def test_one_pitch_per_organisation_and_only_while_the_call_is_open(pitch_session, organiser, cluster_manager):
    pitch(cluster_manager, pitch_session)
    with pytest.raises(ValidationError) as refused:
        pitch(cluster_manager, pitch_session, title="Again")
    assert refused.value.messages == ["Your organisation has already pitched for this session."]
    open_call(actor=organiser, session=pitch_session, is_open=False)
    other = MembershipFactory(role="member").user
    with pytest.raises(ValidationError) as closed:
        pitch(other, pitch_session)
    assert closed.value.messages == ["This session takes no pitches at the moment."]
    assert Pitch.objects.count() == 1


def test_support_organisations_do_not_pitch(pitch_session):
    person = MembershipFactory(role="member", organisation=OrganisationFactory(kind=OrganisationKind.SUPPORT)).user
    with pytest.raises(ValidationError) as refused:
        pitch(person, pitch_session)
    assert refused.value.message_dict["organisation"] == ["Pitches are for regions, prefectures and clusters."]


def test_decisions_need_a_reason_to_reject_and_the_running_order_is_published(
        client, pitch_session, organiser, cluster_manager, prefecture_officer):
    first, second = pitch(cluster_manager, pitch_session), pitch(prefecture_officer, pitch_session, title="Gifu")
    third = pitch(MembershipFactory(role="member").user, pitch_session, title="Late")
    with pytest.raises(ValidationError):
        decide_pitch(actor=organiser, pitch=third, accept=False)
    decide_pitch(actor=organiser, pitch=third, accept=False, reason="Outside the theme.")
    decide_pitch(actor=organiser, pitch=first, accept=True)
    decide_pitch(actor=organiser, pitch=second, accept=True)
    with pytest.raises(ValidationError):
        set_running_order(actor=organiser, session=pitch_session, pitch_ids=[second.pk, third.pk], publish=True)
    set_running_order(actor=organiser, session=pitch_session, pitch_ids=[second.pk, first.pk], publish=True)
    page = client.get(reverse("events:programme", kwargs={"slug": pitch_session.event.slug})).content.decode()
    assert page.index("<li>Gifu · ") < page.index("<li>Hydrogen valley · ") and "Late" not in page


def test_pitching_through_the_form(client, pitch_session, prefecture_officer):
    client.force_login(prefecture_officer)
    url = reverse("events:pitch-submit", kwargs={"slug": pitch_session.event.slug, "pk": pitch_session.pk})
    organisation = organisation_of(prefecture_officer)
    response = client.post(url, {"organisation": organisation.pk, "title": "Gifu", "abstract": "…",
                                 "slides": slides(b"not a pdf")})
    assert response.context["form"].errors == {"slides": ["The slides must be a PDF file."]}
    response = client.post(url, {"organisation": organisation.pk, "title": "Gifu", "abstract": "…",
                                 "slides": slides()})
    assert response.status_code == 302 and Pitch.objects.get().title == "Gifu"


def test_the_organiser_decides_and_orders_through_the_pages(client, pitch_session, organiser, cluster_manager):
    submitted = pitch(cluster_manager, pitch_session)
    client.force_login(organiser)
    kwargs = {"slug": pitch_session.event.slug}
    client.post(reverse("events:pitch-decide", kwargs={**kwargs, "pk": submitted.pk}), {"decision": "accept"})
    manage = reverse("events:pitches", kwargs={**kwargs, "pk": pitch_session.pk})
    assert "Hydrogen valley" in client.get(manage).content.decode()
    client.post(manage, {f"position_{submitted.pk}": "1", "publish": "on"})
    submitted.refresh_from_db()
    pitch_session.refresh_from_db()
    assert (submitted.status, submitted.position, pitch_session.running_order_published) == ("accepted", 1, True)


def test_slides_are_served_to_the_organisers_and_the_organisation_only(client, pitch_session, organiser,
                                                                        cluster_manager):
    submitted = pitch(cluster_manager, pitch_session)
    for person, expected in ((None, 404), (UserFactory(), 404), (cluster_manager, 200), (organiser, 200)):
        client.logout()
        if person:
            client.force_login(person)
        response = client.get(submitted.slides.url)
        assert response.status_code == expected
        if response.streaming:  # reading it to the end closes the file (and keeps the connection)
            assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize("who", ["outsider", "participant"])
def test_only_organisers_manage_pitches(client, pitch_session, cluster_manager, who):
    submitted = pitch(cluster_manager, pitch_session)
    client.force_login(UserFactory() if who == "outsider" else cluster_manager)
    kwargs = {"slug": pitch_session.event.slug}
    assert client.get(reverse("events:pitches", kwargs={**kwargs, "pk": pitch_session.pk})).status_code == 404
    decide = reverse("events:pitch-decide", kwargs={**kwargs, "pk": submitted.pk})
    assert client.post(decide, {"decision": "accept"}).status_code == 404
