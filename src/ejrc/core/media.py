"""Uploaded files (media), served by the application with DEBUG on or off.

WhiteNoise serves the static files but not uploads, and an upload is not always public: each
folder names, in ``settings.EJRC_MEDIA_ACCESS``, the function of its app that decides who may
fetch a file (``may_fetch(user, name)``). A file of no listed folder, or refused, answers 404.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.utils.module_loading import import_string


def _access_rule(name):
    for folder, rule in settings.EJRC_MEDIA_ACCESS.items():
        if name.startswith(folder):
            return import_string(rule)
    return None


def serve_media(request, path):
    name = posixpath.normpath(path)
    rule = _access_rule(name)
    if name != path or rule is None or not rule(request.user, name):
        raise Http404
    try:
        file = default_storage.open(name)
    except (FileNotFoundError, IsADirectoryError):
        raise Http404 from None
    content_type = mimetypes.guess_type(name)[0] or ""
    if not content_type.startswith("image/"):  # only images are shown inline; anything else downloads
        response = FileResponse(file, as_attachment=True, content_type="application/octet-stream")
    else:
        response = FileResponse(file, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response
