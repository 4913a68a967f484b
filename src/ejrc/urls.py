from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from ejrc.accounts.signin import admin_login
from ejrc.core.media import serve_media
from ejrc.directory.views.home import home

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("media/<path:path>", serve_media, name="media"),
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
    path("account/api-tokens/", include("ejrc.api.urls_tokens")),
    path("admin/login/", admin_login, name="admin-login"),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)
