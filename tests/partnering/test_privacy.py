"""What partnering keeps about a person is in "download my data"; deleting the account keeps
the organisations' exchanges, without the author."""

import pytest
from partnering.factories import OpportunityFactory

from ejrc.core.personal_data import personal_data_sections
from ejrc.partnering.domain.interests import answer_interest, express_interest, post_message
from ejrc.partnering.models import InterestMessage

pytestmark = pytest.mark.django_db


def test_interests_and_messages_are_exported_and_survive_the_authors_account(cluster, cluster_admin, gifu,
                                                                            gifu_officer):
    interest = express_interest(actor=gifu_officer, opportunity=OpportunityFactory(organisation=cluster),
                                organisation=gifu, message="Hydrogen buses?")
    answer_interest(actor=cluster_admin, interest=interest, accept=True)
    post_message(actor=gifu_officer, interest=interest, body="When can we meet?")
    section = next(s for s in personal_data_sections() if s.name == "partnering")
    exported = section.export(gifu_officer)
    assert exported["interests_expressed"][0]["message"] == "Hydrogen buses?"
    assert exported["messages_written"][0]["body"] == "When can we meet?"
    gifu_officer.delete()
    message = InterestMessage.objects.get()
    assert message.author is None and message.body == "When can we meet?"
