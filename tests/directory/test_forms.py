"""The create form through the view: bad input gets a clear message, keeps what was typed, saves nothing."""

import io

import pytest
from directory.factories import OrganisationFactory, UserFactory, country, prefecture, region
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from ejrc.directory.models import Organisation, ProfileRevision


def png(size=(64, 64), image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.fixture
def author(client, helpdesk):
    country("FR")
    country("JP")
    country("VN")
    prefecture("JP-21")
    region()
    user = UserFactory()
    client.force_login(user)
    return user


def form_data(**changes):
    data = {
        "kind": "cluster", "name_en": "Lyon Photonics Cluster", "name_ja": "", "description_en": "<p>Optics</p>",
        "description_ja": "", "country": "FR", "region": "FRK", "prefecture": "", "city": "Lyon",
        "website": "https://photonics.example", "member_count": "12", "interests": ["trade"],
        "third_countries": ["VN"],
        "labels-TOTAL_FORMS": "1", "labels-INITIAL_FORMS": "0",
        "contacts-TOTAL_FORMS": "1", "contacts-INITIAL_FORMS": "0",
        "contacts-0-name": "Marie", "contacts-0-email": "marie@example.org", "contacts-0-visibility": "public",
    }
    data.update(changes)
    return data


def logo_errors(response):
    assert response.status_code == 200
    return response.context["form"].errors["logo"]


def post(client, **changes):
    return client.post(reverse("directory:create"), form_data(**changes))


def test_a_good_profile_is_created_pending(client, author):
    logo = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    response = client.post(reverse("directory:create"), {**form_data(), "logo": logo})
    organisation = Organisation.objects.get(name_en="Lyon Photonics Cluster")
    assert response.status_code == 302 and response.url == organisation.get_absolute_url()
    revision = organisation.revisions.get()
    assert revision.status == ProfileRevision.Status.PENDING and revision.logo
    assert revision.data["contacts"][0]["name"] == "Marie" and revision.data["labels"] == []


def test_duplicate_name_is_a_clear_error(client, author):
    OrganisationFactory(name_en="LYON PHOTONICS CLUSTER")
    response = post(client)
    assert response.status_code == 200
    assert "already exists in France" in response.content.decode()
    assert 'value="Lyon Photonics Cluster"' in response.content.decode()
    assert Organisation.objects.count() == 1


def test_html_is_sanitised(client, author):
    post(client, description_en='<p>Hi<script>alert(1)</script> <a href="https://x.example" onclick="y()">x</a></p>')
    description = Organisation.objects.get().description_en
    assert "<script" not in description and "onclick" not in description and 'href="https://x.example"' in description


@pytest.mark.parametrize("content, message", [
    (b"GIF89a not really an image", "not a readable"),
    (b"<?php echo 1; ?>", "not a readable"),
])
def test_fake_logos_are_refused(client, author, content, message):
    logo = SimpleUploadedFile("logo.png", content, content_type="image/png")
    response = client.post(reverse("directory:create"), {**form_data(), "logo": logo})
    assert message in " ".join(logo_errors(response))
    assert not Organisation.objects.exists()


def test_a_gif_is_refused_even_when_real(client, author):
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32)).save(buffer, format="GIF")
    logo = SimpleUploadedFile("logo.gif", buffer.getvalue(), content_type="image/gif")
    response = client.post(reverse("directory:create"), {**form_data(), "logo": logo})
    assert logo_errors(response) == ["The logo must be a PNG, JPEG or WebP image."]
    assert not Organisation.objects.exists()


def test_oversized_logo_is_refused(client, author, settings):
    settings.EJRC_MAX_LOGO_BYTES = 100
    logo = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    response = client.post(reverse("directory:create"), {**form_data(), "logo": logo})
    assert "The logo is too large" in " ".join(logo_errors(response))
    assert not Organisation.objects.exists()


def test_huge_pixel_dimensions_are_refused(client, author):
    logo = SimpleUploadedFile("logo.png", png(size=(5000, 20)), content_type="image/png")
    response = client.post(reverse("directory:create"), {**form_data(), "logo": logo})
    assert "pixels wide and high" in " ".join(logo_errors(response))
    assert not Organisation.objects.exists()


def test_bad_website_is_a_clear_error(client, author):
    response = post(client, website="not a url")
    assert response.context["form"].errors["website"] == ["Enter a full web address, e.g. https://www.example.org."]
    assert not Organisation.objects.exists()


def test_place_must_match_the_country(client, author):
    response = post(client, country="JP", region="FRK")
    content = response.content.decode()
    assert "Choose the prefecture" in content and "not in the chosen country" in content
    assert not Organisation.objects.exists()


def test_a_japanese_profile_needs_its_prefecture(client, author):
    response = post(client, country="JP", region="", prefecture="JP-21", name_en="Gifu Cluster")
    assert response.status_code == 302
    assert Organisation.objects.get().revisions.get().office.code == "gifu"


def test_untouched_extra_label_and_contact_rows_are_not_saved(client, author):
    page = client.get(reverse("directory:create")).content.decode()
    label_select = page.split('name="labels-0-kind"', 1)[1].split("</select>", 1)[0]
    assert '<option value="" selected>' in label_select  # what a browser sends for an untouched row
    post(
        client,
        **{
            "labels-TOTAL_FORMS": "2", "labels-0-kind": "", "labels-1-kind": "",
            "contacts-TOTAL_FORMS": "2", "contacts-1-visibility": "members",
        },
    )
    proposal = ProfileRevision.objects.get().data
    assert proposal["labels"] == []
    assert [contact["name"] for contact in proposal["contacts"]] == ["Marie"]


def test_a_label_row_with_a_name_but_no_kind_is_a_clear_error(client, author):
    response = post(client, **{"labels-0-kind": "", "labels-0-name_en": "Gold"})
    assert response.status_code == 200
    assert response.context["labels"].forms[0].errors["kind"] == ["This field is required."]
    assert not Organisation.objects.exists()
