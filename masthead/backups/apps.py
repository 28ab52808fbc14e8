from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "masthead.backups"
    label = "backups"
    verbose_name = "Backups"
