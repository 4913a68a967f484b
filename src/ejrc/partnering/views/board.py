"""The public opportunities board and an opportunity's page."""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from ejrc.core.permissions import permission_required

from ejrc.directory.domain.search_params import SearchParams, Sort
from ejrc.directory.views.search import RESULTS_REGION, wants_region_only

from ..domain.opportunities import can_renew
from ..domain.queries import opportunity_for_page, organisations_of
from ..domain.search import BOARD_KEYS, search_board
from ..forms import InterestForm, RejectForm
from ..models import OpportunityStatus


def board(request):
    params = SearchParams.from_querydict(request.GET, keys=BOARD_KEYS)
    results = search_board(params=params, page=request.GET.get("page", 1))
    template = "partnering/board_results.html" if wants_region_only(request) else "partnering/board.html"
    response = render(request, template, {
        "results": results, "sort_choices": Sort.CHOICES, "region_id": RESULTS_REGION,
    })
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


@permission_required("partnering.view_opportunity", load=opportunity_for_page, login=False)
def opportunity(request, opportunity):
    user = request.user
    context = {
        "opportunity": opportunity,
        "is_owner": user.has_perm("partnering.change_opportunity", opportunity),
        "can_renew": can_renew(opportunity),
    }
    if user.has_perm("partnering.decide_opportunity", opportunity) and opportunity.status == OpportunityStatus.PENDING:
        context["reject_form"] = RejectForm()
    if user.has_perm("partnering.express_interest", opportunity):
        context["interest_form"] = InterestForm(organisations=organisations_of(user))
    return render(request, "partnering/opportunity.html", context)

