"""The caller's own opportunities: publish, change and withdraw them through partnering's
domain functions, so each waits for the responsible office's validation as on the site."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from ejrc.directory.models import Membership, Organisation, OrganisationKind
from ejrc.geo.models import Country, Prefecture, Region
from ejrc.partnering.domain.opportunities import (
    create_opportunity,
    default_expiry,
    update_opportunity,
    withdraw_opportunity,
)
from ejrc.partnering.models import Direction, Opportunity, OpportunityKind, PartnerSide

from ..endpoints import Endpoint, ListEndpoint, PageParameters, StrictSerializer
from ..pagination import Key
from .codes import CodesField, SectorsField
from .opportunities import OwnOpportunitySerializer, with_details

TAG = "my opportunities"
MANY = ("sectors", "partner_countries", "partner_regions", "partner_prefectures", "third_countries")


def _text(max_length=None):
    return serializers.CharField(required=False, allow_blank=True, default="", max_length=max_length)


class OpportunityInput(StrictSerializer):
    """An offer or request; PATCH sends only what changes, PUT all of it."""

    direction = serializers.ChoiceField(choices=Direction.choices)
    kind = serializers.ChoiceField(choices=OpportunityKind.choices)
    title_en = _text(200)
    title_ja = _text(200)
    summary_en = _text(10_000)
    summary_ja = _text(10_000)
    sectors = SectorsField(default=list)
    partner_side = serializers.ChoiceField(choices=PartnerSide.choices, required=False, default=PartnerSide.EITHER)
    partner_kinds = serializers.ListField(child=serializers.ChoiceField(choices=OrganisationKind.choices),
                                          required=False, default=list, max_length=10)
    partner_countries = CodesField(lambda: Country.objects.all(), default=list)
    partner_regions = CodesField(lambda: Region.objects.defer("boundary"), default=list)
    partner_prefectures = CodesField(lambda: Prefecture.objects.defer("boundary"), default=list)
    third_countries = CodesField(lambda: Country.objects.all(), default=list)
    call_identifier = _text(100)
    call_deadline = serializers.DateField(required=False, allow_null=True, default=None)
    expires_on = serializers.DateField(required=False, default=default_expiry,
                                       help_text="At most a year ahead; 180 days when left out")


class NewOpportunityInput(OpportunityInput):
    organisation = serializers.SlugField(help_text="The slug of one of my published organisations")


def current_data(opportunity):
    """An opportunity's values in the shape the domain takes (what PATCH starts from)."""
    data = {field: getattr(opportunity, field) for field in (
        "direction", "kind", "title_en", "title_ja", "summary_en", "summary_ja", "partner_side",
        "call_identifier", "call_deadline", "expires_on")}
    for field in MANY:
        data[field] = list(getattr(opportunity, field).all())
    data["partner_kinds"] = [row.kind for row in opportunity.partner_kinds.all()]
    return data


def own_opportunities(user):
    mine = Membership.objects.filter(user=user).values("organisation_id")
    return with_details(Opportunity.objects.filter(organisation__in=mine))


@extend_schema(tags=[TAG], summary="The opportunities of my organisations, newest first, whatever their status")
class OwnOpportunityList(ListEndpoint):
    permission_classes = [IsAuthenticated]
    parameters, item = PageParameters, OwnOpportunitySerializer
    keys = {"newest": (Key("pk", descending=True),)}

    def rows(self, params):
        return own_opportunities(self.request.user)

    @extend_schema(tags=[TAG], summary="Publish an opportunity: it waits for the office's validation",
                   request=NewOpportunityInput, responses={201: OwnOpportunitySerializer})
    def post(self, request):
        checked = NewOpportunityInput(data=request.data)
        checked.is_valid(raise_exception=True)
        data = dict(checked.validated_data)
        organisation = get_object_or_404(Organisation, slug=data.pop("organisation"))
        opportunity = create_opportunity(actor=request.user, organisation=organisation, data=data)
        return _answer(request, opportunity, status.HTTP_201_CREATED)


def _answer(request, opportunity, code=status.HTTP_200_OK):
    opportunity = own_opportunities(request.user).get(pk=opportunity.pk)
    return Response(OwnOpportunitySerializer(opportunity, context={"request": request}).data, status=code)


class OwnOpportunity(Endpoint):
    permission_classes = [IsAuthenticated]

    def _load(self, reference):
        opportunity = get_object_or_404(own_opportunities(self.request.user), reference=reference)
        if not self.request.user.has_perm("partnering.change_opportunity", opportunity):
            raise Http404
        return opportunity

    @extend_schema(tags=[TAG], summary="One of my organisations' opportunities", responses=OwnOpportunitySerializer)
    def get(self, request, reference):
        return _answer(request, self._load(reference))

    @extend_schema(tags=[TAG], summary="Change it: it leaves the board until validated again",
                   request=OpportunityInput, responses=OwnOpportunitySerializer)
    def patch(self, request, reference):
        return self._change(reference, partial=True)

    @extend_schema(tags=[TAG], summary="Replace it: it leaves the board until validated again",
                   request=OpportunityInput, responses=OwnOpportunitySerializer)
    def put(self, request, reference):
        return self._change(reference, partial=False)

    @extend_schema(tags=[TAG], summary="Withdraw it from the board", responses={204: None})
    def delete(self, request, reference):
        withdraw_opportunity(actor=request.user, opportunity=self._load(reference))
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _change(self, reference, *, partial):
        opportunity = self._load(reference)
        checked = OpportunityInput(data=self.request.data, partial=partial)
        checked.is_valid(raise_exception=True)
        data = {**current_data(opportunity), **checked.validated_data} if partial else checked.validated_data
        update_opportunity(actor=self.request.user, opportunity=opportunity, data=data)
        return _answer(self.request, opportunity)


urlpatterns = [
    path("me/opportunities/", OwnOpportunityList.as_view(), name="own-opportunities"),
    path("me/opportunities/<str:reference>/", OwnOpportunity.as_view(), name="own-opportunity"),
]
