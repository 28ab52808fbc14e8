from masthead.importers.command import ImportCommand


class Command(ImportCommand):
    help = "Import an RSS 2.0 or Atom feed, from a file or a URL."
    reader_path = "masthead.importers.readers.feed.FeedReader"
