from django.apps import AppConfig


class ImportersConfig(AppConfig):
    name = "masthead.importers"
    label = "importers"
    verbose_name = "Importers (WordPress, Ghost, Substack, RSS/Atom)"
