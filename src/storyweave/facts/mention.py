"""A claim plus what cross-checking needs to know about it (internal to the facts stage)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One extracted claim with the features used to group and compare it."""

    kind: str  # quantity | quote | entity | date
    claim: Claim
    label: str  # what the claim is about, in a few words
    sentence: int  # index of its sentence in the article
    dimension: str = ""  # quantities: count | percent | money:USD | distance ...; dates: 'date'
    base: float = 0.0  # quantities: the value in the dimension's base unit
    low: float = 0.0  # quantities: the interval the written figure allows
    high: float = 0.0
    rate: str | None = None  # 'day' for '10,000 a day'
    marker: str | None = None  # 'initial' | 'current' when the text says the figure changed
    context: str = ""  # the words around the claim, for similarity
    key: str = ""  # an exact grouping key where one exists (entity alias key, quote words)
    link: int | None = None  # index (in the article's mentions) of a claim it continues
    frame: tuple[str, ...] = ()  # the kind of event a figure counts ('death', 'evacuation')
    source: str = ""  # who the article says gave the figure ('AP', 'the UN'), when it says;
    #                   for a quote, 'person' when its speaker is known to be a person
    capacity: bool = False  # what a place can hold ('a 200-student school'), not a count
    forecast: bool = False  # 'expected to crest at 6.2 m', 'could climb to 100,000'
    record: bool = False  # a record the figure is compared with ('the largest ever ... was 4.5')
    depth: bool = False  # a depth ('a depth of 12 miles', '10 km deep'), not a distance away
    position: bool = False  # a place on a field or course ('the 14-yard line'), not a length
    play: str = ""  # the kind of play a length in yards measures ('a 47-yard field goal')
    closing: bool = False  # a closing price ('shares closed at $46.64'), not one offered
    noun: str = ""  # what a count counts: 'person' | 'thing' | '' (unknown)
    year: str = ""  # an earlier year the figure's clause is dated to ('2004'), else ''
    thing: str = ""  # a measure's named thing or place ('65 km north of X' -> 'x'), else ''
    place: str = ""  # a count's named district, village or town ('in X district' -> 'x')
    anchor: str = ""  # a distance's landmark in words ('10 miles south of the border')
    product: str = ""  # a product named in words before a measure ('macbook air'), else ''
    part: bool = False  # 'the other 14', '5 more': a remainder or an increment, not the whole
    holder: str = ""  # the players a game statistic belongs to ('X scored 22 points' -> 'x')

    @property
    def article(self) -> str:
        return self.claim.article
