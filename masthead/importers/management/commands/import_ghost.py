from masthead.importers.command import ImportCommand


class Command(ImportCommand):
    help = "Import a Ghost JSON export."
    reader_path = "masthead.importers.readers.ghost.GhostReader"
