"""The back office: every knowledge model's list and add page opens, and a report needs a real PDF."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ejrc.knowledge.models import Post

MODELS = ["instrument", "post", "bestpractice", "tag", "initiative", "epaguide", "subscriber", "newsletterissue"]


@pytest.mark.parametrize("model", MODELS)
def test_the_admin_pages_open(admin_client, model):
    assert admin_client.get(reverse(f"admin:knowledge_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:knowledge_{model}_add")).status_code == 200


def test_a_report_with_a_pdf_that_is_not_one_is_refused(admin_client, db):
    response = admin_client.post(reverse("admin:knowledge_post_add"), {
        "language": "en", "kind": "report", "title": "Annual report", "translation_key": "6f1c8f3e-2b0a-4b8e-9a57-1f0d3c2b1a00",
        "pdf": SimpleUploadedFile("report.pdf", b"<html>not a pdf</html>"),
    })
    assert response.status_code == 200 and "is not a PDF document" in response.content.decode()
    assert not Post.objects.exists()
