"""The caller's own organisations: read them, and propose changes, which wait for the
responsible office's validation exactly as on the site (``directory.domain.profiles``)."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from ejrc.directory.domain.profiles import submit_changes
from ejrc.directory.domain.revision_data import organisation_data
from ejrc.directory.forms import HOME_GROUPS
from ejrc.directory.models import (
    CooperationInterest,
    Label,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationStatus,
    ProfileRevision,
    Visibility,
)
from ejrc.directory.models.limits import DESCRIPTION_MAX_LENGTH, MAX_MEMBER_COUNT
from ejrc.geo.models import Country, Prefecture, Region

from ..endpoints import Endpoint, ListEndpoint, PageParameters, StrictSerializer
from ..pagination import Key
from .codes import CodeField, CodesField, SectorsField
from .organisations import ContactSerializer, OrganisationDetailSerializer, with_details

TAG = "my organisations"


class RevisionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=ProfileRevision.Status.choices)
    created = serializers.DateTimeField()
    office = serializers.CharField(source="office.code", allow_null=True, default=None)
    data = serializers.JSONField(help_text="The proposed profile, in the shape this endpoint accepts")


class OwnOrganisationSerializer(OrganisationDetailSerializer):
    status = serializers.ChoiceField(choices=OrganisationStatus.choices)
    role = serializers.SerializerMethodField()
    pending_revision = serializers.SerializerMethodField()

    def get_role(self, organisation) -> str:
        return self.context["roles"][organisation.pk]

    @extend_schema_field(ContactSerializer(many=True))
    def get_contacts(self, organisation):
        """Members see every contact of their organisation (fetched once for the page)."""
        return ContactSerializer(organisation.contacts.all(), many=True).data

    @extend_schema_field(RevisionSerializer(allow_null=True))
    def get_pending_revision(self, organisation):
        pending = organisation.pending_revisions
        return RevisionSerializer(pending[0]).data if pending else None


class LabelInput(StrictSerializer):
    kind = serializers.ChoiceField(choices=Label.Kind.choices)
    name_en = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    name_ja = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    awarded_on = serializers.DateField(required=False, allow_null=True, default=None)
    expires_on = serializers.DateField(required=False, allow_null=True, default=None)

    def validate(self, data):
        if data["awarded_on"] and data["expires_on"] and data["expires_on"] < data["awarded_on"]:
            raise serializers.ValidationError({"expires_on": _("The expiry date comes before the award date.")})
        return {key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in data.items()}


class ContactInput(StrictSerializer):
    name = serializers.CharField(max_length=150)
    name_ja = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    role = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True, default="")
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    languages = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    visibility = serializers.ChoiceField(choices=Visibility.choices, required=False, default=Visibility.MEMBERS)


def _optional_text(max_length):
    return serializers.CharField(max_length=max_length, required=False, allow_blank=True)


class OrganisationInput(StrictSerializer):
    """A proposed profile; PATCH sends only what changes, PUT the whole profile."""

    kind = serializers.ChoiceField(choices=OrganisationKind.choices)
    name_en = serializers.CharField(max_length=200)
    name_ja = _optional_text(200)
    description_en = serializers.CharField(max_length=DESCRIPTION_MAX_LENGTH, help_text="HTML, sanitised")
    description_ja = _optional_text(DESCRIPTION_MAX_LENGTH)
    country = CodeField(lambda: Country.objects.all(), help_text="ISO code")
    region = CodeField(lambda: Region.objects.all(), required=False, allow_null=True)
    prefecture = CodeField(lambda: Prefecture.objects.all(), required=False, allow_null=True)
    city = _optional_text(100)
    website = serializers.URLField(max_length=200, required=False, allow_blank=True)
    member_count = serializers.IntegerField(min_value=0, max_value=MAX_MEMBER_COUNT, required=False,
                                            allow_null=True)
    sectors = SectorsField(rows=False)
    interests = serializers.ListField(child=serializers.ChoiceField(choices=CooperationInterest.choices),
                                      required=False, max_length=20)
    third_countries = CodesField(lambda: Country.objects.exclude(group__in=HOME_GROUPS), rows=False)
    labels = LabelInput(many=True, required=False, max_length=50)
    contacts = ContactInput(many=True, required=False, max_length=50)


def _checked_places(data):
    """The form's rules on where an organisation is (country, prefecture, region)."""
    country = Country.objects.get(code=data["country"])
    errors = {}
    if country.is_japan and not data.get("prefecture"):
        errors["prefecture"] = [_("Choose the prefecture.")]
    if not country.is_japan and data.get("prefecture"):
        errors["prefecture"] = [_("A prefecture only applies to organisations in Japan.")]
    region = data.get("region")
    if region and (country.is_japan or not Region.objects.filter(code=region, country=country).exists()):
        errors["region"] = [_("This region is not in the chosen country.")]
    if errors:
        raise serializers.ValidationError(errors)


def own_organisations(user):
    roles = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
    pending = ProfileRevision.objects.filter(status=ProfileRevision.Status.PENDING).select_related("office")
    rows = with_details(Organisation.objects.filter(pk__in=list(roles))).prefetch_related(
        Prefetch("revisions", pending, to_attr="pending_revisions"), "contacts")
    return rows, roles


@extend_schema(tags=[TAG], summary="The organisations I belong to, with my role and any pending change")
class OwnOrganisationList(ListEndpoint):
    permission_classes = [IsAuthenticated]
    parameters, item = PageParameters, OwnOrganisationSerializer
    keys = {"name": (Key("name_en"), Key("pk"))}

    def rows(self, params):
        rows, self.roles = own_organisations(self.request.user)
        return rows

    def context(self, rows):
        return {"request": self.request, "roles": self.roles}


class OwnOrganisation(Endpoint):
    permission_classes = [IsAuthenticated]

    def _load(self, slug):
        rows, roles = own_organisations(self.request.user)
        return get_object_or_404(rows, slug=slug), roles

    def _answer(self, organisation, roles, code=status.HTTP_200_OK):
        organisation, roles = self._load(organisation.slug)
        body = OwnOrganisationSerializer(organisation, context={"request": self.request, "roles": roles}).data
        return Response(body, status=code)

    @extend_schema(tags=[TAG], summary="One of my organisations", responses=OwnOrganisationSerializer)
    def get(self, request, slug):
        return self._answer(*self._load(slug))

    @extend_schema(tags=[TAG], summary="Propose changes (admins): they wait for the office's validation",
                   request=OrganisationInput, responses={202: OwnOrganisationSerializer})
    def patch(self, request, slug):
        return self._change(slug, partial=True)

    @extend_schema(tags=[TAG], summary="Propose a whole new version (admins), validated by the office",
                   request=OrganisationInput, responses={202: OwnOrganisationSerializer})
    def put(self, request, slug):
        return self._change(slug, partial=False)

    def _change(self, slug, *, partial):
        """PATCH lays the fields sent over the current proposal (the pending one, else the
        published profile) and checks the whole, as PUT does with what it is sent."""
        organisation, roles = self._load(slug)
        if not self.request.user.has_perm("directory.change_organisation", organisation):
            raise Http404
        data = self.request.data
        if partial and isinstance(data, dict):
            pending = organisation.pending_revisions
            data = {**(pending[0].data if pending else organisation_data(organisation)), **data}
        checked = OrganisationInput(data=data)
        checked.is_valid(raise_exception=True)
        proposal = {**_blank(), **checked.validated_data}
        _checked_places(proposal)
        submit_changes(actor=self.request.user, organisation=organisation, data=proposal)
        return self._answer(organisation, roles, status.HTTP_202_ACCEPTED)


def _blank():
    """A PUT replaces everything: what it leaves out is empty."""
    return {"name_ja": "", "description_ja": "", "region": None, "prefecture": None, "city": "", "website": "",
            "member_count": None, "sectors": [], "interests": [], "third_countries": [], "labels": [],
            "contacts": []}


urlpatterns = [
    path("me/organisations/", OwnOrganisationList.as_view(), name="own-organisations"),
    path("me/organisations/<slug:slug>/", OwnOrganisation.as_view(), name="own-organisation"),
]
