"""Settings of the test suite (pytest's ``DJANGO_SETTINGS_MODULE``): production-like, stated here.

``DEBUG`` is off and the key is a fixed one for tests, whatever the shell exports. Only what
the test client and the live server cannot do differs from production: they speak plain HTTP
(no redirect to HTTPS), and static files come from the apps' folders (no collectstatic).
"""

import os

TEST_SECRET_KEY = "tests-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"
os.environ["SECRET_KEY"] = TEST_SECRET_KEY  # read by the settings below, and by `ejrc` subprocesses
os.environ["DEBUG"] = "0"

from ejrc.settings import *  # noqa: E402,F403

DEBUG = False
SECRET_KEY = TEST_SECRET_KEY
SECURE_SSL_REDIRECT = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Profiles made by tests get the fallback's vectors (fast); the semantic tests switch the model on.
EJRC_SEMANTIC_MATCHING = False
