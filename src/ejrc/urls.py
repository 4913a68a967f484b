from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from ejrc.core.media import serve_media
from ejrc.directory.views.home import home

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("media/<path:path>", serve_media, name="media"),
]

urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("ejrc.accounts.urls")),
    path("directory/", include("ejrc.directory.urls")),
    path("places/", include("ejrc.geo.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)
