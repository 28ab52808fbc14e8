from masthead.importers.command import ImportCommand


class Command(ImportCommand):
    help = "Import a Substack export (the .zip Substack gives you)."
    reader_path = "masthead.importers.readers.substack.SubstackReader"
