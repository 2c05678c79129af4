"""A quote left unattributed, whose words another rendering in the story (another outlet's,
or a pull quote's body copy) gives to a named speaker, is that speaker's: the same words
quoted twice have one speaker.

Only a quote with no speaker at all is filled, and only when every rendering that names a
speaker for the group names the same one (by name, not by a description such as 'a
spokesman'); a group whose renderings disagree stays as it is, so the conflict still shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .mention import Mention
from .speaker_match import same_speaker
from .status import _is_name  # a name ('Ana Ruiz', 'the UN'), not 'a spokesman'


def fill_speakers(group: Sequence[Mention]) -> list[Mention]:
    """The group with its unattributed quotes given the one speaker the other articles name."""
    missing = [m for m in group if not m.claim.speaker]
    if not missing or len(group) < 2:
        return list(group)
    named = [m for m in group if m.claim.speaker and _is_name(m.claim.speaker)]
    if not named or any(not same_speaker(named[0].claim.speaker, m.claim.speaker)
                        for m in named[1:]):
        return list(group)
    donor = max(named, key=lambda m: (m.source == "person", len(m.claim.speaker or "")))
    return [replace(m, claim=replace(m.claim, speaker=donor.claim.speaker, speaker_basis="story",
                                     speaker_span=None), source=donor.source)
            if not m.claim.speaker else m for m in group]

