"""The partnering step of ``ejrc load-demo-content``: a board of several kinds, interests, and an
accepted contact with its conversation and outcomes up to a signed MoU, once."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from ejrc.geo.domain.reference import load_countries, load_prefectures
from ejrc.partnering.domain.outcomes import pipeline
from ejrc.partnering.models import ExpressionOfInterest, InterestMessage, MatchVector, Opportunity

pytestmark = pytest.mark.django_db


def test_the_demo_fills_the_board_the_contacts_and_the_pipeline_once(client, capsys):
    load_countries()
    load_prefectures()
    call_command("load_demo_content")
    call_command("load_demo_content")
    output = capsys.readouterr().out
    assert "Partnering demo: 7 opportunities, 3 expressions of interest, 3 outcomes." in output
    assert "Partnering demo: 0 new opportunities (there already)." in output
    published = Opportunity.objects.filter(status="published")
    assert {o.kind for o in published} == {"investment", "technology", "research", "mobility", "joint_action",
                                           "tourism"}
    assert Opportunity.objects.filter(status="pending").count() == 1
    assert sorted(ExpressionOfInterest.objects.values_list("status", flat=True)) == [
        "accepted", "declined", "pending"]
    contact = ExpressionOfInterest.objects.get(status="accepted")
    assert InterestMessage.objects.filter(interest=contact).count() == 2
    assert list(contact.outcomes.order_by("happened_on").values_list("stage", flat=True)) == [
        "first_meeting", "letter_of_intent", "mou_signed"]
    assert list(pipeline()) == [contact]
    assert MatchVector.objects.filter(opportunity__isnull=False).count() == 7
    board = client.get(reverse("partnering:board")).content.decode()
    assert "Fuel-cell stack testing for mountain vehicles" in board
    assert "Suppliers for aircraft interiors" not in board  # waiting for validation
