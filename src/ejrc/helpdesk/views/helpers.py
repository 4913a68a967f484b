"""Small helpers shared by the helpdesk's views."""

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404

from ..domain.attachments import content_type


def add_errors(form, error: ValidationError):
    """Show a domain ValidationError on the form: on its fields when named, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "")


def attachment_response(inquiry):
    """The inquiry's file: images shown, anything else downloaded under the sender's file name."""
    if not inquiry.attachment:
        raise Http404
    try:
        file = inquiry.attachment.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    kind = content_type(inquiry.attachment.name)
    response = FileResponse(file, content_type=kind, as_attachment=not kind.startswith("image/"),
                            filename=inquiry.attachment_name or inquiry.attachment.name.rsplit("/", 1)[-1])
    response["Cache-Control"] = "private, no-store"
    return response
