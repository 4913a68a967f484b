"""Rows of the accounts app (allauth's own pages are exempt, see ``matrix.EXEMPT``).

Every person of the matrix who is helpdesk staff has a second factor (``StaffUserFactory``), so
they reach the pages; without one they would be sent to ``accounts:second-factor-required``.
"""

from authz.matrix import LOGIN, Row, everyone

ROWS = [
    Row("accounts:profile", everyone(200, anonymous=LOGIN)),
    Row("accounts:second-factor-required", everyone(200)),
    # The admin's login is the site's: anonymous visitors are sent there; nobody of the matrix is
    # Django staff, so for them the admin does not exist.
    Row("admin-login", everyone(404, anonymous=LOGIN)),
    Row("privacy:notice", everyone(200)),
    Row("privacy:my-data", everyone(200, anonymous=LOGIN)),
    Row("privacy:download", everyone(200, anonymous=LOGIN)),
    Row("privacy:delete", everyone(200, anonymous=LOGIN)),
    Row("privacy:consent", everyone(302, anonymous=LOGIN), method="POST", label="no answer given",
        data=lambda world: {}),
    Row("privacy:consent", everyone(405, anonymous=LOGIN), label="GET is refused"),
]
