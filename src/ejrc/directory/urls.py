from . import urls_agreements, urls_links, urls_profiles, urls_search

app_name = "directory"

# Fixed paths come before the profiles' catch-all slugs (and are reserved slugs).
urlpatterns = (urls_search.urlpatterns + urls_links.urlpatterns + urls_agreements.urlpatterns
               + urls_profiles.urlpatterns)
