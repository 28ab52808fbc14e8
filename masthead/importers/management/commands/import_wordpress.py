from masthead.importers.command import ImportCommand


class Command(ImportCommand):
    help = "Import a WordPress export (WXR 1.0, 1.1 or 1.2)."
    reader_path = "masthead.importers.readers.wordpress.WordPressReader"
