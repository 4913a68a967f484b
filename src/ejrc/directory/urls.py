from . import urls_profiles, urls_search

app_name = "directory"

urlpatterns = urls_search.urlpatterns + urls_profiles.urlpatterns
