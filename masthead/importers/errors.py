"""Errors an import reports to the person running it (never a traceback)."""


class ImportFileError(Exception):
    """The file cannot be imported at all: nothing has been written.

    ``line`` and ``column`` point at the problem when the format has them.
    """

    def __init__(self, message, *, line=None, column=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self):
        if self.line is None:
            return self.message
        where = f"line {self.line}"
        if self.column is not None:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` says why in plain words."""

    def __init__(self, url, reason):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class FetchRefused(FetchError):
    """The fetcher would not go there: scheme, address (loopback, private,
    link-local, metadata…), or a redirect or DNS answer that leads to one."""
