"""One reader per export format; each implements ``base.SourceReader``."""
