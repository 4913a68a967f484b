"""Staff tools over the directory: exports of the search results, the import of profiles."""

from django import forms
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ejrc.core.permissions import permission_required

from ..domain.exports import csv_chunks, xlsx_bytes
from ..domain.profile_import import import_profiles
from ..domain.search_params import SearchParams
from ..import_csv import MAX_ROWS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, ImportFileError, check_file

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filename(extension):
    return f'attachment; filename="organisations-{timezone.localdate().isoformat()}.{extension}"'


@permission_required("directory.export_organisations")
def export_csv(request):
    response = StreamingHttpResponse(csv_chunks(SearchParams.from_querydict(request.GET)),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = _filename("csv")
    return response


@permission_required("directory.export_organisations")
def export_xlsx(request):
    response = HttpResponse(xlsx_bytes(SearchParams.from_querydict(request.GET)), content_type=XLSX)
    response["Content-Disposition"] = _filename("xlsx")
    return response


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))


@permission_required("directory.import_organisations")
def import_organisations(request):
    """Check a file (the default), or import it when it is clean and the staff member says so."""
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "required": REQUIRED_COLUMNS, "optional": OPTIONAL_COLUMNS, "max_rows": MAX_ROWS}
    if request.method == "POST" and form.is_valid():
        try:
            checked = check_file(form.cleaned_data["file"].read())
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            context["checked"] = checked
            if checked.importable and "import" in request.POST:
                context["created"] = import_profiles(actor=request.user, proposals=checked.proposals)
    return render(request, "directory/import.html", context)
