"""What a number counts or measures: units, counted nouns, currencies, qualifiers and rates."""

from __future__ import annotations

import re

#: unit word -> (dimension, factor to the dimension's base unit, display unit)
MEASURES: dict[str, tuple[str, float, str]] = {}


def _add(dimension: str, factor: float, shown: str, *names: str) -> None:
    for name in names:
        MEASURES[name] = (dimension, factor, shown)


_add("distance", 1.0, "km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_add("distance", 1.609344, "miles", "mile", "miles", "mi")
_add("distance", 0.001, "m", "metre", "metres", "meter", "meters")
_add("distance", 0.00001, "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_add("distance", 0.000001, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_add("distance", 0.0000254, "inches", "inch", "inches")
_add("energy", 1.0, "megatons", "megaton", "megatons")
_add("energy", 1000.0, "megatons", "gigaton", "gigatons")
_add("distance", 0.0003048, "feet", "foot", "feet", "ft")
_add("distance", 1.852, "nautical miles", "nautical")
_add("duration", 1 / 3600, "seconds", "second", "seconds")
_add("duration", 1 / 60, "minutes", "minute", "minutes")
_add("duration", 1.0, "hours", "hour", "hours", "hrs")
_add("duration", 24.0, "days", "day", "days")
_add("duration", 168.0, "weeks", "week", "weeks")
_add("duration", 730.0, "months", "month", "months")
_add("duration", 8766.0, "years", "year", "years")
_add("mass", 1.0, "kg", "kg", "kilogram", "kilograms", "kilo", "kilos")
_add("mass", 1000.0, "tonnes", "tonne", "tonnes", "ton", "tons")
_add("mass", 0.4536, "pounds", "lb", "lbs")
_add("area", 1.0, "km2", "km2")
_add("area", 0.01, "hectares", "hectare", "hectares")
_add("area", 2.59, "square miles", "square")
_add("temperature", 1.0, "degrees", "degree", "degrees")
_add("magnitude", 1.0, "magnitude", "magnitude")
_add("speed", 1.0, "km/h", "kph", "km/h")
_add("speed", 1.609344, "mph", "mph")

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD",
                    "a$": "AUD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "rupees": "INR", "pesos": "MXN",
    "lei": "RON", "leu": "RON", "rupiah": "IDR", "baht": "THB", "won": "KRW",
    "francs": "CHF", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "ringgit": "MYR",
    "rubles": "RUB", "roubles": "RUB", "reais": "BRL", "rand": "ZAR",
}

#: Nouns that count people or things without a plural '-s'.
COLLECTIVES = frozenset(
    "people personnel staff police crew children men women cattle sheep fish man woman "
    "person child boy girl dead death "
    "infantry livestock militia aircraft".split()
)
#: Words ending in 's' that are not plural nouns.
NOT_PLURAL = frozenset(
    "its this thus has was is as his hers ours yours across always perhaps towards whereas "
    "various previous numerous serious famous gas bus chaos news plus less unless status "
    "campus congress bonus census virus species series process access press business its "
    "afterwards besides nevertheless regardless".split()
)

#: written qualifier -> canonical qualifier (CONTRACT: about|nearly|more than|at least|up to|
#: less than|exactly)
QUALIFIERS = {
    "about": "about", "approximately": "about", "roughly": "about", "around": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "approx.": "about",
    "circa": "about", "close to": "nearly", "nearly": "nearly", "almost": "nearly",
    "just under": "nearly", "more than": "more than", "over": "more than",
    "upwards of": "more than", "in excess of": "more than", "just over": "more than",
    "exceeded": "more than", "exceeding": "more than", "exceeds": "more than",
    "exceed": "more than", "topped": "more than", "surpassed": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "up to": "up to", "as many as": "up to", "as much as": "up to",
    "at most": "up to", "no more than": "up to", "a maximum of": "up to",
    "fewer than": "less than", "less than": "less than", "under": "less than",
    "below": "less than", "above": "more than", "beyond": "more than", "exactly": "exactly",
    "precisely": "exactly", "a total of": None,
}
QUALIFIER_RE = "|".join(
    re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)
)

RATES = {
    "day": r"per day|a day|each day|every day|daily|a-day|per-day",
    "week": r"per week|a week|each week|every week|weekly",
    "month": r"per month|a month|each month|every month|monthly",
    "year": r"per year|a year|each year|every year|annually|yearly|per annum",
    "hour": r"per hour|an hour|each hour|every hour|hourly",
}
RATE_RE = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{pattern})\b)" for name, pattern in RATES.items()),
    re.IGNORECASE,
)


def is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in COLLECTIVES:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in NOT_PLURAL


def find_rate(text: str) -> str | None:
    """The rate a phrase speaks of ('a day' -> 'day'), or None. 'within an hour', 'for a
    week' and 'in a day' say how long, not how often."""
    for m in RATE_RE.finditer(text):
        if not _SPAN_BEFORE.search(text[: m.start()]):
            return m.lastgroup
    return None


_SPAN_BEFORE = re.compile(r"\b(?:within|in|inside|inside of|for|after|than|over|under|about|"
                          r"nearly|almost)\s+(?:just\s+|only\s+|less than\s+)?$",
                          re.IGNORECASE)
