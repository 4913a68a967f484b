from . import urls_agreements, urls_profiles, urls_search

app_name = "directory"

urlpatterns = urls_search.urlpatterns + urls_agreements.urlpatterns + urls_profiles.urlpatterns
