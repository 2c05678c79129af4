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
_add("energy", 1000.0, "gigatons", "gigaton", "gigatons")  # shown as written, never as megatons
_add("distance", 0.0003048, "feet", "foot", "feet", "ft")
_add("distance", 0.0009144, "yards", "yard", "yards", "yd", "yds")
_add("distance", 1.852, "nautical miles", "nautical")
_add("duration", 1 / 3600, "seconds", "second", "seconds")
_add("duration", 1 / 60, "minutes", "minute", "minutes", "min", "mins")
_add("duration", 1.0, "hours", "hour", "hours", "hr", "hrs")
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

_add("resolution", 1.0, "pixels", "pixel", "pixels", "px")
_add("resolution", 1e6, "megapixels", "megapixel", "megapixels")  # '12 megapixels' is '12 MP'
_add("pixel density", 1.0, "ppi", "ppi", "dpi")
_add("frame rate", 1.0, "fps", "fps")
_add("rotation", 1.0, "rpm", "rpm")
_add("volume", 1.0, "litres", "litre", "litres", "liter", "liters")
_add("mass", 0.001, "grams", "gram", "grams")

#: SI prefixes (and IEC binary ones) to the factor they multiply a unit by.
SI_PREFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "m": 1e-3}
PREFIX_WORDS = {"kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "peta": 1e15}
IEC_PREFIXES = {"Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30, "Ti": 2.0**40, "Pi": 2.0**50}
#: base symbol -> (dimension, factor, spelled name, the prefixes it takes in news copy; bare
#: symbols that are also words or abbreviations ('A', 'V', 'TV', 'MA') are left out)
BASE_UNITS = {
    "B": ("data", 1.0, "byte", "kKMGTP" + "".join(IEC_PREFIXES)),
    "b": ("data", 0.125, "bit", "kKMGT"), "bps": ("data rate", 1.0, "", "kKMGT"),
    "Hz": ("frequency", 1.0, "hertz", "kKMGT"), "W": ("power", 1.0, "watt", "kKMGTm"),
    "Wh": ("energy", 1.0, "watt-hour", "kKMGTm"), "Ah": ("charge", 1.0, "", "m"),
    "V": ("voltage", 1.0, "volt", "km"), "A": ("current", 1.0, "amp", "m"),
    "g": ("mass", 0.001, "", "m"), "pixels": ("resolution", 1.0, "", "M"),
}
#: Unit symbols, matched with their case ('MW' is not 'mW'; 'GB' and 'Gb' differ by 8).
SYMBOLS: dict[str, tuple[str, float, str]] = {
    "Hz": ("frequency", 1.0, "Hz"), "Wh": ("energy", 1.0, "Wh"), "MP": ("resolution", 1e6, "MP"),
}


def _prefixes(spec: str) -> list[str]:
    return [p for p in list(SI_PREFIXES) + list(IEC_PREFIXES) if p in spec and (
        len(p) == 2 or not spec[spec.index(p) + 1 :].startswith("i"))]


def _add_prefixed() -> None:
    for base, (dimension, factor, spelled, spec) in BASE_UNITS.items():
        for prefix in _prefixes(spec):
            scale = SI_PREFIXES.get(prefix) or IEC_PREFIXES[prefix]
            shown = ("k" if prefix == "K" else prefix) + base
            SYMBOLS[prefix + base] = (dimension, scale * factor, shown)
        for word, scale in PREFIX_WORDS.items() if spelled else ():
            for name in (word + spelled, word + spelled + "s"):
                MEASURES.setdefault(name, (dimension, scale * factor, word + spelled + "s"))
        if spelled and spelled != "hertz":
            _add(dimension, factor, spelled + "s", spelled, spelled + "s")


_add_prefixed()


def measure(word: str) -> tuple[str, float, str] | None:
    """(dimension, factor, display unit) of a unit word or symbol, or None: a symbol is
    matched with its case ('5 MW' is megawatts), a word in any case ('Kilometres')."""
    return SYMBOLS.get(word) or MEASURES.get(word.lower())


CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD",
                    "a$": "AUD", "$a": "AUD", "rm": "MYR", "e": "EUR", "p": "GBP",
                    "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "rs": "INR", "rs.": "INR",
                    "₹": "INR"}
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
    "infantry livestock militia aircraft spacecraft species".split()
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
    "at most": "up to", "as high as": "up to", "no more than": "up to", "a maximum of": "up to",
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
