from django.apps import AppConfig


class HelpdeskConfig(AppConfig):
    name = "ejrc.helpdesk"
