"""The one management command behind every ``import_*`` command.

To be implemented: loads ``reader_path``, adds the reader's own options and the
shared ones (``--dry-run``, ``--media-dir``, ``--categories``…), runs the pipeline
with a progress bar and prints the summary; non-zero exit on a file error.
"""

from django.core.management.base import BaseCommand


class ImportCommand(BaseCommand):
    reader_path = ""
