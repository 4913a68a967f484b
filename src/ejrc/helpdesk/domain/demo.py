"""The helpdesk's demo: inquiries in both languages (some answered, one handed over) and a FAQ.

Runs after the directory's demo, which creates the offices' staff; idempotent: nothing is added
once a demo inquiry exists. Inquiries go through the same functions as anyone's.
"""

from django.contrib.auth import get_user_model

from ejrc.geo.models import Country, Prefecture

from ..models import FaqEntry, Inquiry
from .faq import save_faq_entry
from .inquiries import add_note, close, reply, submit_inquiry

INQUIRIES = [  # sender, language, topic, side, country, prefecture, message, staff reply (or None), close
    ("hanako.demo@demo.example", "ja", "partner_search", "japan", "JP", "JP-21",
     "岐阜県の刃物メーカーです。ドイツかフランスで販売代理店を探しています。どのように始めればよいでしょうか。",
     "お問い合わせありがとうございます。ディレクトリで「金属加工」の欧州クラスターを検索し、"
     "協力案件ボードに販売代理店募集の案件を掲載されることをお勧めします。", False),
    ("claire.demo@demo.example", "en", "funding", "eu", "FR", None,
     "Our cluster in Grand Est would like to fund a mission to Japan. Which programmes could help?",
     "Thank you for your question. Look at the Single Market Programme's cluster actions and at the "
     "EU-Japan Centre's missions; our funding pages list their conditions.", True),
    ("taro.demo@demo.example", "ja", "events", "japan", "JP", "JP-03",
     "岩手県の企業です。次回の日欧フォーラムにオンラインで参加できますか。", None, False),
    ("minh.demo@demo.example", "en", "trade_agreement", "third_country", "VN", None,
     "We are a Vietnamese supplier to a Japanese car maker that exports to the EU. Does the EPA's rule of "
     "origin count our parts?", None, False),
]

FAQ = [  # topic, question en, answer en, question ja, answer ja
    ("partner_search", "How do I find a partner in Europe or Japan?",
     "Search the directory by sector and place, then publish an opportunity on the board: the helpdesk "
     "suggests partners and introduces you.",
     "欧州や日本でパートナーを探すには？",
     "ディレクトリを分野と地域で検索し、協力案件ボードに案件を掲載してください。ヘルプデスクが候補を紹介します。"),
    ("funding", "Is there funding for a visit to Japan?",
     "Several programmes fund missions and cluster cooperation, among them the Single Market Programme's "
     "cluster actions and the EU-Japan Centre's programmes. Ask us which fits your project.",
     "日本への訪問に使える助成はありますか？",
     "単一市場プログラムのクラスター事業や日欧産業協力センターの事業など、ミッションやクラスター協力を支援する制度があります。"),
    ("trade_agreement", "What does the EU-Japan Economic Partnership Agreement change for my products?",
     "Most customs duties between the EU and Japan are gone; to benefit, your product must meet the rules "
     "of origin and you state its origin on the invoice.",
     "日EU経済連携協定で何が変わりますか？",
     "日EU間の関税の大半が撤廃されました。適用を受けるには原産地規則を満たし、インボイスに原産地を申告します。"),
]


def _staff(office):
    return get_user_model().objects.filter(office=office, is_active=True).order_by("email").first()


def load_helpdesk_demo(*, say):
    if Inquiry.objects.filter(email__endswith="@demo.example").exists():
        say("helpdesk: demo inquiries already there")
        return
    countries = {c.code: c for c in Country.objects.filter(code__in={"JP", "FR", "VN"})}
    if len(countries) < 3:
        say("helpdesk: no demo inquiries (load the reference data first)")
        return
    sent = answered = 0
    for email, language, topic, side, country, prefecture, message, answer, closed in INQUIRIES:
        inquiry = submit_inquiry(
            actor=None, topic=topic, side=side, country=countries[country], email=email, message=message,
            prefecture=Prefecture.objects.filter(code=prefecture).first() if prefecture else None,
            language=language, name=email.split(".")[0].title())
        sent += 1
        staff = _staff(inquiry.office)
        if staff is None:
            continue
        if answer:
            reply(actor=staff, inquiry=inquiry, body=answer)
            answered += 1
        else:
            add_note(actor=staff, inquiry=inquiry, body="Demo: waiting for a colleague's advice.")
        if closed:
            close(actor=staff, inquiry=inquiry)
    editor = get_user_model().objects.filter(office__isnull=False).order_by("email").first()
    for topic, question_en, answer_en, question_ja, answer_ja in FAQ if editor else []:
        save_faq_entry(actor=editor, entry=FaqEntry(), data={
            "topic": topic, "question_en": question_en, "answer_en": answer_en, "question_ja": question_ja,
            "answer_ja": answer_ja, "published": True})
    say(f"helpdesk: {sent} inquiries ({answered} answered), {len(FAQ) if editor else 0} FAQ entries")
