from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from ejrc.accounts.signin import admin_login
from ejrc.core.health import healthz, readyz
from ejrc.core.media import serve_media
from ejrc.core.views_tasks import failed_tasks, retry_failed_task
from ejrc.directory.views.home import home

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("media/<path:path>", serve_media, name="media"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("api/v1/", include("ejrc.api.urls")),
]

urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("ejrc.accounts.urls")),
    path("privacy/", include("ejrc.accounts.urls_privacy")),
    path("directory/", include("ejrc.directory.urls")),
    path("partnering/", include("ejrc.partnering.urls")),
    path("places/", include("ejrc.geo.urls")),
    path("events/", include("ejrc.events.urls")),
    path("b2b/", include("ejrc.meetings.urls")),
    path("knowledge/", include("ejrc.knowledge.urls")),
    path("helpdesk/", include("ejrc.helpdesk.urls")),
    path("tasks/failed/", failed_tasks, name="failed-tasks"),
    path("tasks/failed/<int:pk>/retry/", retry_failed_task, name="failed-task-retry"),
    path("account/api-tokens/", include("ejrc.api.urls_tokens")),
    path("admin/login/", admin_login, name="admin-login"),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)
