"""Permissions, declared once.

Each app declares who may do what as django-rules predicates in its ``rules.py``
(``rules.add_perm("app.action_model", predicate)``), checked on the object the URL names.
Views are protected by one decorator, :func:`permission_required`, which answers 404 (never
403) when the viewer may not see the object, so a hidden object and a missing one look alike.

What the predicates look up about the viewer (their memberships, say) is fetched once per
request through :func:`per_request`: the decorator opens a cache for the view's duration,
template rendering included. Outside a view (domain code, commands, tests) nothing is cached,
so a predicate always sees the database as it is.
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404

_cache: ContextVar[dict | None] = ContextVar("ejrc_permission_cache", default=None)


@contextmanager
def permission_scope():
    """Cache the viewer look-ups of :func:`per_request` until the block ends."""
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)


def per_request(user, key, compute):
    """``compute()``, remembered for ``user`` and ``key`` while a :func:`permission_scope` is open."""
    cache = _cache.get()
    if cache is None:
        return compute()
    slot = (getattr(user, "pk", None), key)
    if slot not in cache:
        cache[slot] = compute()
    return cache[slot]


def forget_viewer(user_id):
    """Drop what the open scope remembers about a user (after a change to their roles)."""
    cache = _cache.get()
    if cache is not None:
        for slot in [slot for slot in cache if slot[0] == user_id]:
            del cache[slot]


def _denied_as_404(view, *args, **kwargs):
    """A domain function's own refusal (``PermissionDenied``) is a 404 as well."""
    try:
        return view(*args, **kwargs)
    except PermissionDenied:
        raise Http404 from None


def permission_required(permission=None, *, load=None, login=True):
    """Run the view only when the viewer holds ``permission``; otherwise answer 404.

    ``load(**url_kwargs)`` returns the object the permission is checked on (a missing object
    is a 404 as well); the view is then called as ``view(request, obj)``. Without ``load`` the
    permission is checked without an object and the view gets the URL arguments.
    With ``login`` (the default) an anonymous viewer is first sent to sign in, as Django's
    ``login_required`` does; ``login=False`` is for pages that anonymous viewers may see.
    """
    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user
            if login and not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            with permission_scope():
                if load is None:
                    if permission and not user.has_perm(permission):
                        raise Http404
                    return _denied_as_404(view, request, *args, **kwargs)
                try:
                    obj = load(**kwargs)
                except ObjectDoesNotExist:
                    raise Http404 from None
                if permission and not user.has_perm(permission, obj):
                    raise Http404
                return _denied_as_404(view, request, obj)
        return wrapper
    return decorate
