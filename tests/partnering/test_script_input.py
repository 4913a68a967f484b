"""Script typed into any text field is shown as text on every partnering page that shows it:
the conversation, the recommendations with their reasons, and the cooperation map."""

import pytest
from directory.factories import OrganisationFactory, country, prefecture, region
from django.urls import reverse
from partnering.factories import OpportunityFactory

from ejrc.directory.models import CooperationLink
from ejrc.partnering.domain.interests import answer_interest, express_interest
from ejrc.partnering.domain.vectors import refresh_all_vectors

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert(1)</script>"


def test_script_in_a_message_is_text(client, cluster, cluster_admin, gifu, gifu_officer):
    interest = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                                organisation=gifu, message="Hello")
    answer_interest(actor=cluster_admin, interest=interest, accept=True)
    client.force_login(gifu_officer)
    address = reverse("partnering:interest", kwargs={"pk": interest.pk})
    client.post(reverse("partnering:interest-message", kwargs={"pk": interest.pk}), {"body": SCRIPT})
    page = client.get(address).content.decode()
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_script_in_names_is_text_in_recommendations_and_on_the_map(client, gifu, gifu_officer, hydrogen):
    gifu.sectors.add(hydrogen)
    grand_est = region("FRF", "Grand Est", "FR")
    grand_est.latitude, grand_est.longitude = 48.7, 6.2
    grand_est.save()
    japan = prefecture("JP-21")
    japan.latitude, japan.longitude = 35.9, 137.0
    japan.save()
    OrganisationFactory(name_en=f"Evil {SCRIPT}", region=grand_est).sectors.add(hydrogen)
    CooperationLink.objects.create(kind="twinning", eu_place=SCRIPT, eu_country=country("FR"), eu_region=grand_est,
                                   jp_place=SCRIPT, jp_prefecture=japan)
    refresh_all_vectors()
    client.force_login(gifu_officer)
    matches = client.get(reverse("partnering:organisation-matches", kwargs={"slug": gifu.slug})).content.decode()
    assert "Evil &lt;script&gt;" in matches and SCRIPT not in matches
    assert "&lt;script&gt;alert(1)&lt;/script&gt; are already twinned" in matches
    drawn = client.get(reverse("partnering:map")).content.decode()
    assert 'class="link-line"' in drawn and SCRIPT not in drawn
