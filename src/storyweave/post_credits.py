"""The credit line under a post embedded in a page ('— Ana Ruiz (@anaruiz) November 1, 2019'):
a dash, the account's display name, its handle in brackets and the day it was posted. The
cleaner keeps such a line (and the post above it) in the body; the facts stage reads the
post as a quote of the account that signed it."""

from __future__ import annotations

import re

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")

#: one credit line of a text (MULTILINE): ``who`` the display name, ``handle``, ``day``
CREDIT_LINE = re.compile(
    r"^[ \t]*[—–-]+[ \t]*(?P<who>[^\n“”\"()]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
    rf"(?P<day>{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}})?[ \t]*$", re.MULTILINE)


def is_credit_line(line: str, dated: bool = True) -> bool:
    """Whether a line is a post's credit line (with the day it was posted, unless not
    ``dated``: a byline '— Ana Ruiz (@anaruiz)' has no day)."""
    found = CREDIT_LINE.fullmatch(line) if "(@" in line else None
    return found is not None and (found.group("day") is not None or not dated)
