"""Partnering's step of ``ejrc load-demo-content``: opportunities of several kinds on the board
(one still waiting for validation), expressions of interest (accepted, waiting, declined), and
an accepted contact between Gifu and the Alpine hydrogen cluster with its conversation and its
outcomes up to a signed MoU, so the office's pipeline and the home page's figures show it.

Runs after the directory's demo (its people and organisations) and goes through the domain
functions like anyone. Idempotent: nothing is added once a demo organisation has an opportunity.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ejrc.accounts.models import User
from ejrc.directory.models import Organisation
from ejrc.geo.models import Country

from ..models import Direction, Opportunity, OpportunityKind, OutcomeStage, PartnerSide
from .interests import answer_interest, express_interest, post_message
from .opportunities import approve_opportunity, create_opportunity
from .outcomes import record_outcome
from .vectors import refresh_all_vectors

OPPORTUNITIES = [  # key, publisher's e-mail, direction, kind, English, Japanese, extra fields
    ("stations", "gifu.admin@demo.example", Direction.REQUEST, OpportunityKind.INVESTMENT,
     ("Investors for hydrogen stations along the Chubu corridor",
      "Gifu Prefecture seeks European investors and operators for six hydrogen refuelling stations."),
     ("中部回廊の水素ステーションへの投資家募集",
      "岐阜県は6か所の水素ステーションに出資・運営する欧州の投資家を探しています。"),
     {"partner_side": PartnerSide.EUROPE, "third_countries": ["VN"]}),
    ("stacks", "alpine.admin@demo.example", Direction.OFFER, OpportunityKind.TECHNOLOGY,
     ("Fuel-cell stack testing for mountain vehicles",
      "Our laboratories offer cold-climate testing of fuel-cell stacks and licences for two patented seals."),
     ("山岳車両向け燃料電池スタックの試験",
      "寒冷地での燃料電池スタック試験と、特許を持つシール材2件のライセンスを提供します。"),
     {"partner_side": PartnerSide.JAPAN}),
    ("horizon", "network.admin@demo.example", Direction.REQUEST, OpportunityKind.RESEARCH,
     ("Japanese partner for a Horizon Europe smart-factory call",
      "A consortium of eight clusters seeks a Japanese research partner on human-robot collaboration."),
     ("ホライズン・ヨーロッパ（スマート工場）の日本側パートナー",
      "8つのクラスターによるコンソーシアムが、人とロボットの協働に取り組む日本の研究機関を探しています。"),
     {"partner_side": PartnerSide.JAPAN, "call_identifier": "HORIZON-CL4-2027-TWIN-TRANSITION-01",
      "call_deadline_days": 120}),
    ("study-tours", "iwate.admin@demo.example", Direction.OFFER, OpportunityKind.MOBILITY,
     ("Study tours of Sanriku's reconstruction and marine industries",
      "Three-day study visits for European regions: reconstructed ports, aquaculture and marine biotech."),
     ("三陸の復興と海洋産業の視察ツアー",
      "欧州の地域向けに、復興した港、養殖、海洋バイオを巡る3日間の視察を受け入れます。"),
     {"partner_side": PartnerSide.EUROPE}),
    ("asean", "kansai.admin@demo.example", Direction.OFFER, OpportunityKind.JOINT_ACTION,
     ("Joint trade mission to Viet Nam for SMEs",
      "Kansai and European business desks prepare a joint mission to Ho Chi Minh City in 2027."),
     ("中小企業のベトナム共同ミッション", "関西と欧州のビジネスデスクが2027年のホーチミン市共同ミッションを準備します。"),
     {"partner_side": PartnerSide.EITHER, "third_countries": ["VN"]}),
    ("wine-routes", "support.admin@demo.example", Direction.OFFER, OpportunityKind.TOURISM,
     ("Wine and heritage routes for Japanese tour operators",
      "Grand Est offers familiarisation trips on its wine and heritage routes to Japanese tour operators."),
     ("日本の旅行会社向けワインと文化遺産のルート", "グラン・テスト地域が、ワインと文化遺産のルートの視察旅行を日本の旅行会社に提供します。"),
     {"partner_side": PartnerSide.JAPAN}),
]
PENDING = ("gifu.admin@demo.example", Direction.OFFER, OpportunityKind.BUSINESS,
           ("Suppliers for aircraft interiors", "Gifu's aerospace firms offer cabin parts to European integrators."),
           ("航空機内装のサプライヤー", "岐阜の航空宇宙企業が欧州のインテグレーターに客室部品を提供します。"))


def load_partnering_demo(*, say, today=None):
    """Create the partnering demo once; ``say`` prints one line."""
    people = {user.email: user for user in User.objects.filter(email__endswith="@demo.example")}
    if "admin@demo.example" not in people or "gifu.admin@demo.example" not in people:
        say("Partnering demo skipped: load the directory's demo first.")
        return
    if Opportunity.objects.filter(organisation__slug__startswith="demo-").exists():
        say("Partnering demo: 0 new opportunities (there already).")
        return
    made = _make(people, today or timezone.localdate())
    refresh_all_vectors()
    say(f"Partnering demo: {made['opportunities']} opportunities, {made['interests']} expressions of interest, "
        f"{made['outcomes']} outcomes.")


ORGANISATIONS = {  # whom each demo admin speaks for
    "gifu.admin@demo.example": "demo-gifu-prefecture", "alpine.admin@demo.example": "demo-alpine-hydrogen-valley-cluster",
    "network.admin@demo.example": "demo-european-smart-industry-cluster-network",
    "iwate.admin@demo.example": "demo-iwate-prefecture", "kansai.admin@demo.example": "demo-kansai-europe-business-desk",
    "support.admin@demo.example": "demo-grand-est-business-support-centre",
}


def _organisation_of(user):
    return Organisation.objects.get(slug=ORGANISATIONS[user.email], memberships__user=user)


def _publish(people, email, direction, kind, english, japanese, extra, today, approve=True):
    publisher = people[email]
    organisation = _organisation_of(publisher)
    extra = dict(extra)
    deadline_days = extra.pop("call_deadline_days", None)
    data = {"direction": direction, "kind": kind, "title_en": english[0], "summary_en": english[1],
            "title_ja": japanese[0], "summary_ja": japanese[1], "expires_on": today + timedelta(days=150),
            "call_identifier": extra.pop("call_identifier", ""),
            "call_deadline": today + timedelta(days=deadline_days) if deadline_days else None,
            "sectors": list(organisation.sectors.all()),
            "third_countries": list(Country.objects.filter(code__in=extra.pop("third_countries", []))), **extra}
    opportunity = create_opportunity(actor=publisher, organisation=organisation, data=data)
    if approve:
        opportunity = approve_opportunity(actor=people["admin@demo.example"], opportunity=opportunity)
    return opportunity


@transaction.atomic
def _make(people, today):
    board = {key: _publish(people, email, direction, kind, english, japanese, extra, today)
             for key, email, direction, kind, english, japanese, extra in OPPORTUNITIES}
    _publish(people, *PENDING, {"partner_side": PartnerSide.EUROPE}, today, approve=False)
    gifu, alpine = people["gifu.admin@demo.example"], people["alpine.admin@demo.example"]
    contact = express_interest(
        actor=gifu, opportunity=board["stacks"], organisation=_organisation_of(gifu),
        message="岐阜県の燃料電池バス計画のため、寒冷地試験について伺いたいです。\n"
                "We would like to test the stacks of our fuel-cell buses in cold weather.")
    answer_interest(actor=alpine, interest=contact, accept=True)
    post_message(actor=alpine, interest=contact, body="Welcome! Could we meet online next Tuesday at 9:00 Paris time?")
    post_message(actor=gifu, interest=contact, body="はい、火曜日16時（日本時間）で参加します。Yes, Tuesday works for us.")
    for stage, days_ago in ((OutcomeStage.FIRST_MEETING, 75), (OutcomeStage.LETTER_OF_INTENT, 40),
                            (OutcomeStage.MOU_SIGNED, 10)):
        record_outcome(actor=gifu, interest=contact, stage=stage, happened_on=today - timedelta(days=days_ago))
    iwate, network = people["iwate.admin@demo.example"], people["network.admin@demo.example"]
    express_interest(actor=iwate, opportunity=board["horizon"], organisation=_organisation_of(iwate),
                     message="岩手の海洋ロボット研究者が参加を希望しています。Our marine robotics lab would join.")
    declined = express_interest(actor=network, opportunity=board["study-tours"], organisation=_organisation_of(network),
                                message="Could our eight clusters send a delegation of forty people?")
    answer_interest(actor=iwate, interest=declined, accept=False)
    return {"opportunities": len(board) + 1, "interests": 3, "outcomes": 3}
