"""Every error of the API as an RFC 9457 problem document (``application/problem+json``).

``type`` is ``about:blank`` (the status says what happened) and ``code`` names the problem for
programs (``invalid_input``, ``invalid_cursor``, ``not_authenticated``, ``token_expired``,
``throttled``…); ``errors`` maps each refused field to its messages.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

PROBLEM_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 406: "Not Acceptable", 409: "Conflict", 413: "Content Too Large",
    415: "Unsupported Media Type", 429: "Too Many Requests",
}


class ProblemDetail(exceptions.APIException):
    """An API error with its own status, code and message."""

    def __init__(self, detail, *, code, status_code=status.HTTP_400_BAD_REQUEST, errors=None):
        super().__init__(detail, code)
        self.status_code = status_code
        self.errors = errors


def problem(status_code, detail, *, code, errors=None, instance=None):
    body = {"type": "about:blank", "title": _TITLES.get(status_code, "Error"), "status": status_code,
            "detail": str(detail), "code": code}
    if errors:
        body["errors"] = errors
    if instance:
        body["instance"] = instance
    return body


def _field_errors(detail):
    """DRF's nested error detail as ``{field: [messages]}`` (nested fields as ``labels.0.kind``)."""
    flat = {}

    def walk(prefix, value):
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, list) and value and not all(isinstance(item, str) for item in value):
            for index, inner in enumerate(value):
                if inner:
                    walk(f"{prefix}.{index}" if prefix else str(index), inner)
        else:
            messages = value if isinstance(value, list) else [value]
            flat.setdefault(prefix or "non_field_errors", []).extend(str(m) for m in messages)

    walk("", detail)
    return flat


def _from_django_validation(error):
    if hasattr(error, "error_dict"):
        return {field: [str(m) for e in errors for m in e.messages] for field, errors in error.error_dict.items()}
    return {"non_field_errors": [str(message) for message in error.messages]}


def _translate(exc):
    """Django's and the domain's exceptions as API exceptions."""
    if isinstance(exc, Http404):
        return exceptions.NotFound(_("Not found."))
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.NotFound(_("Not found."))  # hidden and missing look alike, as on the site
    if isinstance(exc, DjangoValidationError):
        errors = _from_django_validation(exc)
        return ProblemDetail(_("The request was refused: see errors."), code="invalid_input", errors=errors)
    if isinstance(exc, (RequestDataTooBig, TooManyFieldsSent)):
        return ProblemDetail(_("The request body is too large."), code="too_large",
                             status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    return exc


def exception_handler(exc, context):
    """REST framework's exception handler (``EXCEPTION_HANDLER``): a problem for every error."""
    exc = _translate(exc)
    if not isinstance(exc, exceptions.APIException):
        return None  # a bug: Django's 500 page, logged
    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = "%d" % max(1, round(exc.wait))
    errors = getattr(exc, "errors", None)
    if isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(exc.detail)
        detail, code = _("The request was refused: see errors."), "invalid_input"
    else:
        detail = exc.detail if not isinstance(exc.detail, (list, dict)) else _("The request was refused.")
        code = getattr(exc.detail, "code", None) or exc.default_code
    request = context.get("request")
    body = problem(exc.status_code, detail, code=code, errors=errors,
                   instance=request.path if request is not None else None)
    set_rollback()
    return Response(body, status=exc.status_code, headers=headers, content_type=PROBLEM_TYPE)


@csrf_exempt  # nothing is done here; an unsafe method still gets a 404 problem, not a CSRF page
def not_found(request, *args, **kwargs):
    """Any address under /api/v1/ that names no endpoint (one missing its final slash is told so)."""
    detail = _("No endpoint at this address.")
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.url_name != "not-found":
            detail = _("No endpoint at this address: did you mean %(path)s?") % {"path": request.path + "/"}
    body = problem(404, detail, code="not_found", instance=request.path)
    return JsonResponse(body, status=404, content_type=PROBLEM_TYPE, json_dumps_params={"ensure_ascii": False})
