"""Exceptions storyweave raises, one hierarchy.

    StoryweaveError
    ├── InputError        an input could not be read or parsed (carries source and line)
    ├── StoreError        the SQLite store could not be opened or written
    ├── ModelError        a packaged model is missing, corrupt, or fails to load
    ├── FetchError        a URL or feed could not be fetched (or was refused)
    └── SettingsError     a settings file or option is invalid
"""

from __future__ import annotations


class StoryweaveError(Exception):
    """Base class of every error storyweave raises on purpose."""


class InputError(StoryweaveError):
    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.message = message
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


class StoreError(StoryweaveError):
    pass


class ModelError(StoryweaveError):
    pass


class FetchError(StoryweaveError):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


class SettingsError(StoryweaveError):
    pass
