"""The one view decorator: 404 for what the viewer may not see, sign-in first for anonymous visitors."""

import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory

from ejrc.accounts.models import User
from ejrc.core.permissions import forget_viewer, per_request, permission_required, permission_scope

PERMISSION = "tests.read_note"
NOTES = {1: "open", 2: "secret"}


@pytest.fixture(autouse=True)
def _rule():
    rules.add_perm(PERMISSION, rules.predicate(lambda user, note: note == "open"))
    yield
    rules.remove_perm(PERMISSION)


def load_note(pk):
    if pk not in NOTES:
        raise ObjectDoesNotExist
    return NOTES[pk]


@permission_required(PERMISSION, load=load_note)
def note_view(request, note):
    if request.GET.get("refuse"):
        raise PermissionDenied  # as a domain function refusing its actor would
    return HttpResponse(note)


@permission_required(PERMISSION, load=load_note, login=False)
def public_note_view(request, note):
    return HttpResponse(note)


def get(view, user, pk, **params):
    request = RequestFactory().get(f"/notes/{pk}/", params)
    request.user = user
    return view(request, pk=pk)


@pytest.fixture
def person(db):
    return User.objects.create_user("reader@example.org", "a-good-password-1")


def test_allowed_object_is_given_to_the_view(person):
    assert get(note_view, person, 1).content == b"open"


@pytest.mark.parametrize("pk, params", [(2, {}), (3, {}), (1, {"refuse": "1"})])
def test_hidden_missing_or_refused_objects_are_404(person, pk, params):
    with pytest.raises(Http404):
        get(note_view, person, pk, **params)


def test_anonymous_visitors_sign_in_first_unless_the_page_is_public():
    response = get(note_view, AnonymousUser(), 2)
    assert response.status_code == 302 and "login" in response["Location"]
    assert get(public_note_view, AnonymousUser(), 1).content == b"open"
    with pytest.raises(Http404):
        get(public_note_view, AnonymousUser(), 2)


def test_viewer_lookups_are_cached_only_inside_a_scope(person):
    calls = []

    def lookup():
        calls.append(1)
        return len(calls)

    assert per_request(person, "k", lookup) == 1 and per_request(person, "k", lookup) == 2
    with permission_scope():
        assert per_request(person, "k", lookup) == 3 and per_request(person, "k", lookup) == 3
        forget_viewer(person.pk)
        assert per_request(person, "k", lookup) == 4
    assert per_request(person, "k", lookup) == 5
