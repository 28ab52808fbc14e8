"""What a backup or restore reports to the operator (never a traceback)."""


class BackupError(Exception):
    """The backup or restore cannot go ahead; the message says why and what to do."""
