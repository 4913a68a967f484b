"""The events of the demo: a past conference modelled on Strasbourg, 27-29 April 2020, and an
upcoming forum in Gifu with a programme, registrations and a site visit's waiting list.

Runs after the directory's demo (it uses its people and organisations) and is idempotent:
an event found by its slug is left alone. The past event's registrations are recorded as
they were (confirmed); the upcoming one's go through ``register`` like anyone's.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from ejrc.accounts.models import User
from ejrc.directory.models import Organisation
from ejrc.helpdesk.models import Office

from ..models import Event, EventFormat, EventQuestion, Registration, RegistrationStatus, Room, SessionKind
from .events import add_session, create_event, publish
from .registration import register

PAST_SLUG, UPCOMING_SLUG = "strasbourg-2020", "gifu-hydrogen-forum"
PEOPLE = ["alpine.admin@demo.example", "network.admin@demo.example", "support.admin@demo.example",
          "gifu.admin@demo.example", "iwate.admin@demo.example", "kansai.admin@demo.example"]

PAST_PROGRAMME = [  # (day, start, end, kind, English, Japanese, capacity)
    (0, "09:30", "10:30", SessionKind.PLENARY, "Opening: EU-Japan regional and cluster cooperation",
     "開会：日欧の地域・クラスター協力", None),
    (0, "11:00", "12:30", SessionKind.PANEL, "Policy panel: regional innovation strategies",
     "政策パネル：地域イノベーション戦略", None),
    (0, "14:00", "16:00", SessionKind.PITCH, "Pitches of regions, prefectures and clusters",
     "地域・県・クラスターのピッチ", None),
    (1, "09:00", "12:30", SessionKind.B2B, "B2B matchmaking (morning)", "B2Bマッチメイキング（午前）", None),
    (1, "14:00", "17:00", SessionKind.B2B, "B2B matchmaking (afternoon)", "B2Bマッチメイキング（午後）", None),
    (1, "18:30", "21:00", SessionKind.NETWORKING, "Networking dinner", "交流夕食会", None),
    (2, "09:00", "12:30", SessionKind.SITE_VISIT, "Site visit: Port of Strasbourg", "視察：ストラスブール港", 25),
    (2, "09:00", "12:30", SessionKind.SITE_VISIT, "Site visit: biotech park Illkirch", "視察：イルキルシュ・バイオパーク", 20),
]

UPCOMING_PROGRAMME = [
    (0, "16:00", "17:30", SessionKind.PLENARY, "Opening (online for Europe)", "開会（欧州からオンライン参加）", None),
    (0, "17:30", "18:00", SessionKind.PITCH, "Hydrogen cluster pitches", "水素クラスターのピッチ", None),
    (1, "10:00", "12:00", SessionKind.B2B, "B2B matchmaking", "B2Bマッチメイキング", None),
    (1, "14:00", "17:00", SessionKind.SITE_VISIT, "Site visit: hydrogen station and fuel-cell plant",
     "視察：水素ステーションと燃料電池工場", 2),
    (1, "18:00", "20:00", SessionKind.NETWORKING, "Networking reception", "交流レセプション", None),
]


def load_event_demo(*, say, today=None):
    """Create the two demo events if they are missing; ``say`` prints one line."""
    staff = User.objects.filter(email="staff.strasbourg@demo.example").first()
    gifu_staff = User.objects.filter(email="staff.gifu@demo.example").first()
    if staff is None or gifu_staff is None:
        say("Events demo skipped: load the directory's demo first.")
        return
    today = today or timezone.now().date()
    created = [slug for slug, make in ((PAST_SLUG, _past_event), (UPCOMING_SLUG, _upcoming_event))
               if not Event.objects.filter(slug=slug).exists() and make(staff, gifu_staff, today)]
    say(f"Events demo: {len(created)} new event(s) ({', '.join(created) or 'none'}).")


def _programme(event, organiser, programme, room=None):
    sessions = []
    for day, start, end, kind, title_en, title_ja, capacity in programme:
        date = event.starts_on + dt.timedelta(days=day)
        sessions.append(add_session(
            actor=organiser, event=event, kind=kind, title_en=title_en, title_ja=title_ja, room=room,
            start=dt.datetime.fromisoformat(f"{date} {start}"), end=dt.datetime.fromisoformat(f"{date} {end}"),
            capacity=capacity, for_both_sides=kind in (SessionKind.PLENARY, SessionKind.PITCH),
            departure_point="Palais de la Musique et des Congrès" if kind == SessionKind.SITE_VISIT else ""))
    return sessions


def _people():
    people = {user.email: user for user in User.objects.filter(email__in=PEOPLE)}
    pairs = []
    for email in PEOPLE:
        organisation = Organisation.objects.filter(memberships__user__email=email).order_by("pk").first()
        if email in people and organisation is not None:
            pairs.append((people[email], organisation))
    return pairs


@transaction.atomic
def _past_event(staff, gifu_staff, today):
    event = create_event(
        actor=staff, organisers=[gifu_staff], office=Office.objects.get(code="strasbourg"), slug=PAST_SLUG,
        title_en="EU-Japan regional and cluster cooperation conference",
        title_ja="日欧地域・クラスター協力会議", starts_on=dt.date(2020, 4, 27), ends_on=dt.date(2020, 4, 29),
        time_zone="Europe/Paris", format=EventFormat.HYBRID, venue="Palais de la Musique et des Congrès",
        address="Place de Bordeaux, 67000 Strasbourg, France", capacity=200,
        description_en="The helpdesk's first conference, with the European Cluster Collaboration Platform: "
                       "policy sessions, pitches of regions and clusters, B2B matchmaking and site visits.",
        description_ja="欧州クラスター協力プラットフォームと共催した、ヘルプデスク初の会議。政策セッション、"
                       "地域・クラスターのピッチ、B2Bマッチメイキング、視察を行いました。",
        outcomes_en="Six regions and prefectures pitched; the B2B sessions led to new cluster partnerships.",
        outcomes_ja="6つの地域・県がピッチを行い、B2Bセッションから新たなクラスター連携が生まれました。")
    room = Room.objects.create(event=event, name_en="Auditorium Schweitzer", name_ja="シュヴァイツァー講堂")
    _programme(event, staff, PAST_PROGRAMME, room=room)
    event.co_organisers.set(Organisation.objects.filter(slug__in=[
        "demo-european-smart-industry-cluster-network", "demo-grand-est-business-support-centre"]))
    publish(actor=staff, event=event)
    Registration.objects.bulk_create(Registration(event=event, user=user, organisation=organisation,
                                                  status=RegistrationStatus.CONFIRMED) for user, organisation in _people())
    return True


@transaction.atomic
def _upcoming_event(staff, gifu_staff, today):
    first_day = today + dt.timedelta(days=45)
    event = create_event(
        actor=gifu_staff, organisers=[staff], office=Office.objects.get(code="gifu"), slug=UPCOMING_SLUG,
        title_en="EU-Japan hydrogen and mobility clusters forum", title_ja="日欧 水素・モビリティ クラスターフォーラム",
        starts_on=first_day, ends_on=first_day + dt.timedelta(days=1), time_zone="Asia/Tokyo",
        format=EventFormat.HYBRID, venue="Gifu Industrial Exhibition Hall", online_url="https://meet.example/gifu-forum",
        address="Gifu, Japan", capacity=80, registration_deadline=timezone.now() + dt.timedelta(days=40),
        description_en="Clusters from both sides meet on hydrogen and mobility, in Gifu and online.",
        description_ja="水素とモビリティをテーマに、日欧のクラスターが岐阜とオンラインで集います。")
    EventQuestion.objects.create(event=event, label_en="Dietary requirements", label_ja="食事の制限", position=1)
    sessions = _programme(event, gifu_staff, UPCOMING_PROGRAMME)
    visit = next(session for session in sessions if session.kind == SessionKind.SITE_VISIT)
    event.co_organisers.set(Organisation.objects.filter(slug="demo-gifu-prefecture"))
    publish(actor=gifu_staff, event=event)
    for index, (user, organisation) in enumerate(_people()):
        register(actor=user, event=event, organisation=organisation, notify=False,
                 sessions=[visit] if index % 2 == 0 else [])
    return True
