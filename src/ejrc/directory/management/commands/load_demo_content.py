from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from ejrc.core.registry import demo_content_steps
from ejrc.directory.domain.demo import load_demo_content


class Command(BaseCommand):
    help = "Create the fictional demo organisations, their admins and one staff user per office (idempotent)."

    def handle(self, *args, **options):
        try:
            result = load_demo_content()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Demo content: {result['organisations']} new organisation(s), {result['users']} new user(s), "
            f"{result['relations']} new relation(s)."
        )
        self.stdout.write(f"Demo accounts (password for all: {result['password']}):")
        for email, office in result["accounts"]:
            role = "helpdesk manager, Django admin" if email.startswith("admin@") else "helpdesk staff"
            self.stdout.write(f"  {email}" + (f"  ({role}, {office} office)" if office else ""))
        if result["totp_secret"]:
            self.stdout.write(f"Staff sign in with a second factor: add the TOTP secret {result['totp_secret']} "
                              "to an authenticator app (or run `oathtool --totp -b SECRET`).")
        for step in demo_content_steps:  # the apps above the directory (events…) add theirs
            step.value(say=self.stdout.write)
