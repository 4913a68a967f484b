"""The API speaks JSON whatever the client's Accept header asks for (no 406 for ``*/*`` oddities)."""

from rest_framework.negotiation import BaseContentNegotiation


class JsonOnly(BaseContentNegotiation):
    def select_parser(self, request, parsers):
        for parser in parsers:
            if parser.media_type.split(";")[0] == (request.content_type or "").split(";")[0].strip():
                return parser
        return None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
