"""Dates and times in an article, relative ones ('on Wednesday', 'last week') resolved against
the article's publication date when it is known."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Article, Claim
from .date_anchor import anchored_weekday
from .date_clauses import in_range, subordinate
from .mention import Mention
from .tense import tense_at
from .text import MONTH_ABBR, MONTHS, WEEKDAYS, sentence_at, sentences_of

_MONTH = "|".join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_NAMED_DAY = rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+\(?\s*)?"  # 'Saturday, February 27, 2010',
#             'Friday (14 October 2011)': the weekday is part of the date, not a date of its own
#: 'on June 1 last year', 'in March next year': the year said in words, relative to publication
_YEAR_WORD = r"\s+(?P<yearword{}>last|this|next)\s+year\b"
DATE = re.compile(
    rf"\b(?P<iso>(?:19|20)\d{{2}}-[01]\d-[0-3]\d)\b"
    rf"|\b{_NAMED_DAY}(?P<month>{_MONTH})\.?\s+{_DAY}\b(?:,?\s+{_YEAR}\b|{_YEAR_WORD.format(1)})?"
    rf"|\b{_NAMED_DAY}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\.?"
    rf"(?:,?\s+(?P<year2>(?:19|20)\d{{2}})|{_YEAR_WORD.format(2)})?\b"
    rf"|\b(?P<rel>(?:last|this|next|on|since|by|until|through|late|early)\s+)?(?P<weekday>"
    rf"{'|'.join(WEEKDAYS)})\b(?!,?\s+\(?\s*(?:(?:{_MONTH})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH})\b))"
    r"|\b(?P<relday>yesterday|today|tomorrow)\b"
    r"|\b(?P<relunit>(?:last|this|next|earlier this|later this)\s+(?:week|month|year))\b"
    rf"|\b(?:in|since|by|until|from)\s+(?P<month3>{'|'.join(MONTHS)})\b(?!\s+\d)"
    rf"(?:,?\s+(?P<year3>(?:19|20)\d{{2}})|{_YEAR_WORD.format(3)})?",
    re.IGNORECASE,
)
_AHEAD_DAYS = 30  # a date without a year at most this far after publication is this year's
#: 'the day before yesterday', 'the day after tomorrow': two days off, not one
_DAY_BEYOND = re.compile(r"\bthe\s+day\s+(?:before|after)\s+$", re.IGNORECASE)
#: 'Beginning April 29, customers can register': a day a change starts from, this year's when
#: it is still to come
_STARTING = re.compile(r"\b(?:beginning|starting)\s+(?:on\s+)?$", re.IGNORECASE)
#: 'the season, which usually opens in May': a month of what happens every year is no date
_HABITUAL = re.compile(r"\b(?:generally|usually|typically|normally|traditionally|"
                       r"every\s+year|each\s+year)\b", re.IGNORECASE)
#: a day without a year takes the year of the full date written last before it in its
#: article ('on Sunday, April 8, 2012 ... arrived around 3 a.m. April 9') within this many days
_NEAR_DAYS = 21
#: a sentence that writes a year ('March 30 - April 1, 2010') gives its own days their year
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d{2}\b")


def published_day(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def resolve(m: re.Match, today: date | None, tense: str,
            years: dict[tuple[int, int], int] | None = None) -> tuple[str, str] | None:
    """(ISO value, granularity) of a date expression, or None when it cannot be placed.
    ``tense``: 'future', 'past' or '' as `tense_at` reads the words the date belongs to.
    ``years``: the year the article itself writes for a month and day ('July 7, 2005'), which
    a later 'the July 7 bombers' takes."""
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    if g["iso"]:
        return g["iso"], "day"
    month = g["month"] or g["month2"]
    said = g["yearword1"] or g["yearword2"] or g["yearword3"]
    if said and today is None:
        return None
    if said:  # 'last year', 'this year', 'next year'
        said = str(today.year + {"last": -1, "this": 0, "next": 1}[said])  # type: ignore[union-attr]
    if month:
        day = int(g["day"] or g["day2"])
        year = g["year"] or g["year2"] or said
        number = _month_number(month)
        if year:
            return _day(int(year), number, day)
        if (years or {}).get((number, day)):
            return _day(years[(number, day)], number, day)
        found = month_day(number, day, today, tense) if today else None
        if today and found and found < today and _STARTING.search(m.string, 0, m.start()):
            this = _date(today.year, number, day)  # 'Beginning April 29, customers can'
            found = this if this and this >= today else found
        return (found.isoformat(), "day") if found else None
    if g["month3"]:
        number = _month_number(g["month3"])
        if g["year3"] or said:
            return f"{int(g['year3'] or said):04d}-{number:02d}", "month"
        if today is None:
            return None
        if tense == "future":  # 'will be 29 in April', said in December: next April
            year = today.year + (1 if number < today.month else 0)
        else:
            year = today.year - (1 if number > today.month else 0)
        return f"{year:04d}-{number:02d}", "month"
    if today is None:
        return None
    if g["weekday"]:
        return weekday(g["weekday"], (g["rel"] or "").strip(), today,
                       tense == "future").isoformat(), "day"
    if g["relday"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["relday"]]
        if _DAY_BEYOND.search(m.string, 0, m.start()):  # 'the day before yesterday'
            shift *= 2
        return (today + timedelta(days=shift)).isoformat(), "day"
    return _relative_unit(g["relunit"], today)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else MONTH_ABBR[name[:4] if name.startswith(
        "sept") else name[:3]]


def _day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def weekday(name: str, rel: str, today: date, future: bool) -> date:
    """The day a weekday means: the latest such day on or before publication (news reports
    what happened), or the next one when 'next', 'until', 'through' or a sentence about the
    future says so; 'last' or 'since' always the past one."""
    target = WEEKDAYS.index(name.lower())
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    if rel == "next":
        ahead = ahead or 7
    if rel == "last":
        back = back or 7
    if rel in ("next", "until", "through") or (future and rel not in ("last", "since") and ahead):
        return today + timedelta(days=ahead)
    return today - timedelta(days=back)


def month_day(month: int, day: int, today: date, tense: str) -> date | None:
    """The day a month and day without a year mean: this year's, unless it falls more than a
    month after publication ('on June 8' in May is last June's, 'on March 20' in early March
    this one's) or after it at all in the past tense ('fired on June 8' written on June 1);
    the next one when the words speak of the future."""
    this = _date(today.year, month, day)
    if this is None:
        return None
    if tense == "future":
        return this if this >= today else _date(today.year + 1, month, day)
    if (this - today).days > (0 if tense == "past" else _AHEAD_DAYS):
        return _date(today.year - 1, month, day)
    return this


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def written_years(text: str) -> dict[tuple[int, int], int]:
    """(month, day) -> year for every full date the text writes ('July 7, 2005')."""
    out: dict[tuple[int, int], int] = {}
    for m in DATE.finditer(text):
        month, year = m.group("month") or m.group("month2"), m.group("year") or m.group("year2")
        if month and year:
            out.setdefault((_month_number(month), int(m.group("day") or m.group("day2"))),
                           int(year))
    return out


def years_at(text: str, start: int, sentence: str) -> dict[tuple[int, int], int]:
    """The years the days without one of a sentence at ``start`` of an article's ``text`` take:
    those the article writes for them, else that of the full date written last before the
    sentence within `_NEAR_DAYS` (see `extract_dates`)."""
    years = written_years(text)
    if _YEAR_WRITTEN.search(sentence):
        return years
    written = [d for m in DATE.finditer(text, 0, start) if (d := _written_day(m))]
    for m in DATE.finditer(sentence):
        if written and tense_at(sentence, m) != "future":
            years = _with_near_year(m, written[-1], years)
    return years


def _written_day(m: re.Match) -> date | None:
    """The day a DATE match writes in full ('April 8, 2012', '8 April 2012'), else None."""
    month, year = m.group("month") or m.group("month2"), m.group("year") or m.group("year2")
    if not (month and year and month[0].isupper()):
        return None
    return _date(int(year), _month_number(month), int(m.group("day") or m.group("day2")))


def _with_near_year(m: re.Match, last: date | None,
                    years: dict[tuple[int, int], int]) -> dict[tuple[int, int], int]:
    """``years`` with the year a day without one takes from the full date written last before
    it, when that lies within `_NEAR_DAYS` of it: the article still tells of those days."""
    month = m.group("month") or m.group("month2")
    if last is None or not month or m.group("year") or m.group("year2") \
            or m.group("yearword1") or m.group("yearword2"):
        return years
    key = (_month_number(month), int(m.group("day") or m.group("day2")))
    if key in years:
        return years
    for year in (last.year, last.year + 1, last.year - 1):
        day = _date(year, *key)
        if day is not None and abs((day - last).days) <= _NEAR_DAYS:
            return {**years, key: year}
    return years


#: 'the March 11, 2005, incident', 'the July 7 bombings': a date after 'the' names a thing by
#: its day; it says nothing of when its sentence's own event happened
_NAMES_A_THING = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: 'the magnitude 8.8, February 27 earthquake hit': a day between a noun phrase's first words
#: and its noun, written with no year, names the thing too
_PHRASE_OPEN = re.compile(r"\bthe\s+(?:[\w.'’-]+\s+){0,3}[\w.'’-]+,\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|at|in|on|of|to|for|by|from|with|when|after|before|until|the|a|an|"
    r"he|she|they|it|we|i|you|police|officials|this|that|there|local|about|around)\b)"
    r"[a-z]+\s+[a-z]+")


def _modifies_a_noun(sentence: str, m: re.Match) -> bool:
    """Whether a day without a year sits inside a noun phrase as its modifier ('the magnitude
    8.8, February 27 earthquake'): the day of the thing, not of the sentence's event."""
    if not (m.group("month") or m.group("month2")) or m.group("year") or m.group("year2"):
        return False
    return bool(_PHRASE_OPEN.search(sentence, 0, m.start())
                and _NOUN_AFTER.match(sentence, m.end()))


#: 'until Thursday' says how long a state lasts, not the day something happened
_LASTS_UNTIL = ("until", "through")


def relative_day(sentence: str, today: date | None) -> date | None:
    """The day a sentence's relative date means ('Today, the torch went out', 'on Monday'),
    when it writes no date of its own: what a reader of the sentence out of its article (in a
    summary) cannot tell."""
    written = (m for m in DATE.finditer(sentence) if m.group("iso") or m.group("month")
               or m.group("month2"))
    if today is None or any(is_date(m) for m in written):
        return None
    found = dated_in(sentence, today)
    return found[0] if found else None


def day_in(sentence: str, today: date | None,
           years: dict[tuple[int, int], int] | None = None) -> date | None:
    """The calendar day a sentence dates its event to, or None (see `dated_in`)."""
    found = dated_in(sentence, today, years)
    return found[0] if found else None


def dated_in(sentence: str, today: date | None,
             years: dict[tuple[int, int], int] | None = None) -> tuple[date, str] | None:
    """(day, tense) of the event a sentence dates, or None: a written date first ('on 4
    June 1998', 'Dec. 30'), else a relative day ('yesterday', '(on) Monday') resolved against
    ``today`` by the same rules as the fact table's dates; the tense ('future', 'past' or '')
    is that of the words the date belongs to. A date naming a thing ('the July 7 bombings'),
    one inside a clause about a thing named or of an earlier time ('the jet, which crashed on
    June 1', 'after being halted on Sunday'), the ends of a span ('between May 1 and June 3')
    and a weekday a state lasts until are not the sentence's day (`date_clauses`)."""
    relative = None
    dates = list(DATE.finditer(sentence))
    for i, m in enumerate(dates):
        if _NAMES_A_THING.search(sentence, 0, m.start()) or not is_date(m) \
                or _modifies_a_noun(sentence, m) \
                or subordinate(sentence, m) or in_range(sentence, dates, i):
            continue
        if m.group("weekday") and (m.group("rel") or "").strip().lower() in _LASTS_UNTIL:
            continue
        tense = tense_at(sentence, m)
        resolved = resolve(m, today, tense, years)
        if resolved is None or resolved[1] != "day":
            continue
        day = (date.fromisoformat(resolved[0]), tense)
        if not (m.group("weekday") or m.group("relday")):
            return day
        relative = relative or day
    return relative


def _names_a_thing(m: re.Match, years: dict[tuple[int, int], int]) -> bool:
    """'the September 11 attacks', 'the July 7 bombings': a day without a year naming a thing,
    whose year the article writes nowhere: its year cannot be told from the publication date."""
    month = m.group("month") or m.group("month2")
    if not month or m.group("year") or m.group("year2") or m.group("yearword1") \
            or m.group("yearword2"):
        return False
    day = int(m.group("day") or m.group("day2"))
    return (_month_number(month), day) not in years \
        and bool(_NAMES_A_THING.search(m.string, 0, m.start()))


def is_date(m: re.Match) -> bool:
    """Whether a DATE match is a date: a month name is written with its capital ('Residents
    may 10 times have complained' names no day), and a capitalised 'Today' or weekday right
    after a name is part of that name ('USA Today', 'Oscar Sunday', 'Good Friday')."""
    month = m.group("month") or m.group("month2")
    if month and not month[0].isupper():
        return False
    if m.group("relday") and m.group("relday")[0].isupper():
        return not _NAME_BEFORE.search(m.string, 0, m.start())
    return not (m.group("weekday") and not m.group("rel")
                and _DAY_NAMED.search(m.string, 0, m.start()))


#: a capitalised word before 'Today' that is no sentence opening: 'USA Today', 'the Today show'
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:On|By|Since|Until|And|But|Or|The|Of|"
                          r"In|At|For|From)\b)[A-Z][\w'’-]*\s+$")
#: a day's name ('Oscar Sunday', 'Black Friday'), not the day of the week of an event; a name
#: before a weekday is otherwise the subject ('President X Tuesday signed ...')
_DAY_NAMED = re.compile(r"\b(?:Oscar|Oscars|Bowl|Black|Good|Easter|Palm|Ash|Super|Cyber|Bloody|"
                        r"Holy|Maundy|Shrove|Giving|Election|Selection|Derby|Pentecost|"
                        r"Whit|Trinity|Low|Plough|Mothering)\s+$")


def _relative_unit(phrase: str, today: date) -> tuple[str, str]:
    words = phrase.split()
    unit = words[-1]
    shift = {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "week":
        day = today + timedelta(weeks=shift)
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    if unit == "month":
        month = today.month + shift
        year = today.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}", "month"
    return f"{today.year + shift:04d}", "year"


def extract_dates(article: Article) -> list[Mention]:
    """Every date expression of the article, resolved where it can be."""
    today = published_day(article)
    sentences = sentences_of(article)
    years = written_years(article.text)
    written: list[date] = []  # the full dates written so far
    full_at = -2  # the sentence of the last one
    out = []
    for m in DATE.finditer(article.text):
        full = _written_day(m)
        if full is not None:
            written.append(full)
            full_at = sentence_at(sentences, m.start())
        if not is_date(m) or _names_a_thing(m, years) or (m.group("relday") or "").lower() \
                == "today":  # the day of publication, or 'nowadays': no fact of its own
            continue
        index = sentence_at(sentences, m.start())
        s = sentences[index]
        sentence = article.text[s.start : s.end]
        if m.group("month3") and not (m.group("year3") or m.group("yearword3")) \
                and _HABITUAL.search(sentence):
            continue
        tense = tense_at(sentence, m, s.start)
        last = written[-1] if written and tense != "future" \
            and not _YEAR_WRITTEN.search(sentence) else None
        resolved = resolve(m, today, tense, _with_near_year(m, last, years))
        if m.group("weekday") and full_at == index - 1 \
                and (m.group("rel") or "").strip().lower() in ("", "on"):
            near = anchored_weekday(article.text[s.start : m.start()], m.group("weekday"),
                                    written[-1])
            resolved = (near.isoformat(), "day") if near else resolved
        if resolved is None:
            continue
        value, granularity = resolved
        context = sentence[: m.start() - s.start] + " " + sentence[m.end() - s.start :]
        claim = Claim(article=article.id, text=" ".join(sentence.split()),
                      span=(m.start(), m.end()), value=value, unit=granularity,
                      sentence_span=(s.start, s.end))
        out.append(Mention(kind="date", claim=claim, label=f"date ({granularity})",
                           sentence=index, dimension=f"date:{granularity}", key=value,
                           context=" ".join(context.split())))
    return out
