"""Browser tests: Chromium (through Playwright) against the real production stack."""
