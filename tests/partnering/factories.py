"""Factories for partnering rows (the directory's factories make organisations and people)."""

from datetime import timedelta

import factory
from directory.factories import OrganisationFactory, office
from django.utils import timezone

from ejrc.partnering.domain.references import allocate_reference
from ejrc.partnering.domain.search import refresh_opportunity_search
from ejrc.partnering.models import Direction, Opportunity, OpportunityKind, OpportunityStatus


class OpportunityFactory(factory.django.DjangoModelFactory):
    """A validated, open offer of a French cluster (search columns filled in)."""

    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    reference = factory.LazyFunction(allocate_reference)
    organisation = factory.SubFactory(OrganisationFactory)
    direction = Direction.OFFER
    kind = OpportunityKind.TECHNOLOGY
    title_en = factory.Sequence(lambda n: f"Opportunity {n}")
    title_ja = factory.Sequence(lambda n: f"協力案件{n}")
    summary_en = "We offer a technology."
    summary_ja = "技術を提供します。"
    status = OpportunityStatus.PUBLISHED
    office = factory.LazyFunction(office)
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=90))
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def _indexed(obj, create, extracted, **kwargs):
        if create:
            refresh_opportunity_search(obj)
            obj.refresh_from_db()
