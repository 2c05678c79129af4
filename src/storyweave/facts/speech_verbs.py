"""Speech verbs as a dependency parse tags them: whether a token reports speech or writing
('said', 'warned', 'according to'), read off its form and fine tag (the parser runs without a
lemmatizer)."""

from __future__ import annotations

from functools import lru_cache

#: Verbs that report speech or writing (lemmas).
SPEECH_LEMMAS = frozenset(
    "say tell add state declare explain note warn write tweet argue insist ask reply continue "
    "recall remark stress emphasize emphasise confirm announce acknowledge urge post admit "
    "claim suggest predict vow promise comment observe respond recount assert concede caution "
    "counter lament exclaim testify quote cite report describe call accuse complain "
    "reiterate repeat shout scream cry whisper mutter proclaim boast joke muse maintain "
    "contend allege affirm reaffirm question wonder estimate yell chant quip thunder snap hint "
    "answer crow gloat brag assure notify sing".split())


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write",
              "sang": "sing", "sung": "sing",
              "found": "find", "cried": "cry", "replied": "reply", "testified": "testify"}


@lru_cache(maxsize=4096)
def _base(word: str) -> str:
    """The lemma of a speech verb's form ('says', 'warned', 'adding' -> 'say', 'warn',
    'add'); other words come back as they are."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in SPEECH_LEMMAS:
                return stem
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in SPEECH_LEMMAS:
                return stem[:-1]  # 'admitted'
    return word


def _lemma(t) -> str:  # noqa: ANN001
    return _base(t.lower_)


def _is_speech(t) -> bool:  # noqa: ANN001 - a spaCy Token
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    lemma = _lemma(t)
    if lemma == "continue" and any(c.dep_ == "xcomp" for c in t.children):
        return False  # 'X will continue to sell Y “for the foreseeable future,” Lu said'
    return t.tag_.startswith("VB") and lemma in SPEECH_LEMMAS
