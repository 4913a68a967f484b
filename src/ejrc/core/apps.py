from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ejrc.core"
