"""Wire text's ``...'' quotation marks (a re-joined tokenisation) written as curly marks when
an article is cleaned: its text is what every later stage shows and points spans into, so
summaries, claims and the report all show “...” and no span has to be moved for display."""

from __future__ import annotations

import re

# The pair facts.text.curly_quotes() reads: '' closes unless it is an inch mark ('a 15''
# tablet') and another '' closes later on the line. A `` without its '' on the same line
# (a quote running on, or a `` misused as a closing mark) is left as it is.
_PAIR = re.compile(r"``([^`\n]{1,2000}?)(?:(?<!\d)''|''(?![^`\n]*''))")


def curl_pairs(line: str) -> str:
    """The line with each ``...'' pair written “...” (lines without `` unchanged)."""
    if "``" not in line:
        return line
    return _PAIR.sub(lambda m: "\u201c" + m.group(1) + "\u201d", line)
