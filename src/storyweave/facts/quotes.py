"""Quotes and who said them: curly, straight or single marks, multi-paragraph quotes, 'he said'
resolved."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from ..model import Article, Claim
from .body_speakers import _BODY_NOUN, main_body
from .embedded_posts import embedded_posts
from .entities import Name
from .gender import agrees
from .inscriptions import is_inscription
from .mention import Mention
from .pronoun_referents import other_referent
from .quote_attribution import _combine, _reported_before, attribute
from .quote_groups import group_quotes as group_quotes  # re-exported
from .quote_marks import MIN_WORDS, marked, quote_spans
from .quote_marks import find_quote_spans as find_quote_spans  # re-exported
from .quote_patterns import (
    _HEADING,
    _ROLE_APPOSITION,
    _ROLE_BEFORE,
    _SAID_INSIDE,
    _VOICES,
    PRONOUNS,
    Resolver,
)
from .quote_titles import is_title, spoken_after
from .speaker_adjacent import colon_subject, sentence_before, short_quote_before
from .speaker_context import colon_clause, colon_intro, named_after
from .speaker_descriptions import description_head
from .speaker_intro import AGED, introduced_before
from .speaker_messages import message_author, source_around, without_embeds
from .speaker_resolve import _next_line, _resolve, _unlabelled
from .speaker_trace import named_at, raw_basis
from .speakers import ParsedSpeaker
from .text import fold, sentence_at, sentences_of

_ISSUED_DOC = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?(?:statement|"
                         r"release|message|announcement|communiqu[eé])")


def extract_quotes(article: Article, names: Sequence[Name], resolve: Resolver,
                   parsed: Mapping[tuple[int, int], ParsedSpeaker] | None = None,
                   ) -> list[Mention]:
    """Every quote of at least MIN_WORDS words, with its speaker when the text says who.
    ``parsed``: the speakers the dependency parse gives (quote span -> ParsedSpeaker); by
    default those of the EntityIndex ``resolve`` belongs to (``EntityIndex.speakers``)."""
    sentences = sentences_of(article)
    people = _people(names, resolve, article, sentences)
    if parsed is None:
        index = getattr(resolve, "__self__", None)
        parsed = getattr(index, "speakers", {}).get(article.id, {})
    out: list[Mention] = []
    previous_speaker: tuple[int, str] | None = None
    text = marked(article.text)  # single marks and '' as double marks, same offsets
    said: list[tuple[int, int]] = []  # the quotes so far that have a speaker
    described: dict[str, str] = {}  # a description's role noun -> the person it meant
    guessed: set[int] = set()  # the quotes whose speaker source_around gave
    for start, end in quote_spans(article.text):
        speaking = [p for p in people if not any(s <= p.start < e for s, e in said)]
        #           a name inside someone's quote is who it is about, not who speaks next
        words = article.text[start:end].split()
        title = is_title(text, start, end)
        found = parsed.get((start, end))
        subject = found if found is not None and found.fallback else None
        raw = _combine(None if subject else found, text, start, end, names)
        if raw is None:  # 'orders from X to “...”', "X's post: “...”", '“...,” X's note read'
            raw = message_author(text, (start, end), names, speaking)
        basis = raw_basis(raw)
        if raw is None:  # 'X returned to the issue. “...?”', 'The cell, X said, is ... “...”'
            raw = sentence_before(text, start, speaking)
            basis = "nearby"
        if subject and raw and subject.who.lower().startswith(raw.lower() + " "):
            raw = subject.who  # the pattern cut a noun phrase the parse read whole
        short = short_quote_before(text, start)  # '“No,” he said. “...”': he goes on
        said_short = attribute(text, *short) if short else None
        said_short = said_short and _resolve(said_short, short[0], speaking, resolve,
                                             previous_speaker, text)
        if said_short:
            previous_speaker = (short[1], said_short)
        speaker = _resolve(raw, start, speaking, resolve, previous_speaker, text)
        pronoun = found.who if found and found.who in ("he", "she") else (raw or "").lower()
        if found and found.who in ("he", "she") and raw != found.who and _goes_on_speaking(
                found.who, previous_speaker, start, speaking, resolve, text):
            speaker = previous_speaker[1]  # '“...,” said X.' / '“...,” he said': X still
            basis = "pronoun"
        else:
            speaker = other_referent(pronoun, speaker, start, speaking, resolve, text) or speaker
        if raw is None and previous_speaker and (_continues(
                text, previous_speaker[0], start, end) or _next_sentence_line(
                text, previous_speaker[0], start)) and not colon_clause(
                text, start, end, speaking) and not colon_subject(  # 'whilst Y was happy:'
                subject, text, start, previous_speaker[0], speaking):  # / '“...”' is Y's
            speaker = previous_speaker[1]  # a second quote in the speaker's paragraph
            basis = "continued"
        head = description_head(raw)
        if head and speaker and speaker != raw and speaker[:1].isupper():
            described[head] = speaker  # 'said the actor': X; a later 'the "Y" actor' is X
        elif head in described and (not speaker or speaker == raw):
            speaker, basis = described[head], "role"
        if speaker is None and raw is None and subject is not None:  # 'X protested at a “...”'
            speaker = _resolve(subject.antecedent or subject.who, start, speaking, resolve,
                               previous_speaker, text)
            basis = "pronoun" if subject.antecedent else raw_basis(subject.who)
        if speaker is None and raw is None and not _HEADING.match(text, end):
            speaker, basis = _around(text, (start, end), names, speaking, resolve), "nearby"
        if speaker is None and raw is None and not _HEADING.match(text, end):
            speaker = _resolve(source_around(text, (start, end), speaking, names), start,
                               speaking, resolve, previous_speaker, text)  # '“...” (X article)'
            if speaker and not title:  # a guess from the lines around: words quoted
                guessed.add(len(out))  # elsewhere with a speaker of their own take that one
        if speaker and (_BODY_NOUN.fullmatch(speaker) or _ISSUED_DOC.fullmatch(speaker)):
            speaker = main_body(text, start, names, resolve) or speaker  # 'the company',
            basis = "role"  # 'a statement reads' with no issuer named: the article's main body
        if title and not spoken_after(text, end):
            speaker = None  # 'hits as “T1,” “T2” and ...': a title's sentence says no words
        if speaker and speaker not in _VOICES:  # an unnamed voice speaks once
            speaker = _as_noun(speaker, _unlabelled(speaker, people, resolve, text))
            if not is_inscription(raw):  # nor does a sign or records go on speaking
                previous_speaker = (end, speaker)
            inside = _SAID_INSIDE.search(text, start, end)  # '..., X says.' left inside
            said.append((start, inside.start() if inside else end))
        if title:  # 'the book “...”', 'was voted “...”': no quote, though it keeps its place
            continue  # in the flow above ('“...,” X, co-author of “T,” said' / '“...”': X's)
        first = sentence_at(sentences, start)
        last = sentence_at(sentences, end)
        s_span = (sentences[first].start, max(sentences[last].end, end + 1))
        value = " ".join(words).strip(" ,.")
        claim = Claim(article=article.id, text=" ".join(article.text[s_span[0] : s_span[1]]
                                                        .split()),
                      span=(start, end), value=value, speaker=speaker, sentence_span=s_span,
                      speaker_basis=basis if speaker else None,
                      speaker_span=named_at(text, speaker, raw, (start, end), s_span, people,
                                            resolve) if speaker else None)
        short = " ".join(value.split()[:8]) + ("…" if len(value.split()) > 8 else "")
        person = bool(speaker) and (raw or "").lower() in PRONOUNS | {"his", "her"} or any(
            resolve(p.text) == speaker for p in people)
        out.append(Mention(kind="quote", claim=claim, sentence=first, key=fold(value),
                           label=f"{speaker or 'unattributed'}: “{short}”",
                           context=value, source="person" if person else ""))
    found = _repeated(_run_on(out, text), guessed)
    posts = embedded_posts(article, resolve, [q.claim.span for q in found])
    return sorted(found + posts, key=lambda q: q.claim.span) if posts else found


def _around(text: str, span: tuple[int, int], names: Sequence[Name], speaking: list[Name],
            resolve: Resolver) -> str | None:
    """The speaker of a quote with no attribution of its own, from the paragraphs around it:
    'X also said Y is tenacious.' / '“...”'; 'Below is a statement by X:' / '“...”'; '“...”' /
    'X says ...' (never for a heading '“...”: Title')."""
    start, end = span
    clause = colon_clause(text, start, end, speaking)  # 'whilst X was delighted:' / '“...”'
    reported = None if clause else _reported_before(text, start)
    if reported:
        return _resolve(reported[1], reported[0], speaking, resolve, None, text)
    sources = [n for n in names if n in speaking or n.kind in (None, "", "organisation")]
    near = colon_intro(text, start, end, sources) or clause or named_after(
        text, start, end, speaking) or introduced_before(text, start, end, speaking, resolve)
    return _unlabelled(near.text, speaking, resolve, text) if near else None


def _repeated(quotes: list[Mention], guessed: Collection[int] = ()) -> list[Mention]:
    """A quote the article gives without a speaker (or only one ``guessed`` from the lines
    around it) and repeats elsewhere with one (a headline or pull quote over the attributed
    body quote) takes that speaker."""
    from dataclasses import replace

    said = [q for i, q in enumerate(quotes) if q.claim.speaker and i not in guessed]
    out = []
    for i, q in enumerate(quotes):
        if (q.claim.speaker is None or i in guessed) and len(q.key.split()) >= MIN_WORDS:
            same = next((o for o in said if q.key in o.key or o.key in q.key), None)
            if same is not None:
                claim = replace(q.claim, speaker=same.claim.speaker, speaker_basis="repeated",
                                speaker_span=same.claim.speaker_span)
                q = replace(q, claim=claim, source=same.source,
                            label=same.claim.speaker + q.label[q.label.index(": “"):])
        out.append(q)
    return out


def _as_noun(said: str, named: str) -> str:
    """A speaker written as one lower-case noun ('police said') stays that noun unless the
    name the story gives it ends with it ('Vancouver Police'): not a person whose title opens
    with the word ('Police Constable X', named in the next sentence)."""
    if " " in said or not said.islower() or fold(named).endswith(fold(said)):
        return named
    return said


def _run_on(quotes: list[Mention], text: str) -> list[Mention]:
    """A quote left open at the end of its paragraph, with no speaker of its own, whose next
    paragraph opens another quote that an attribution closes ('“I am so thrilled ... time.' /
    '“They do say ...,” said X.'), is said by that quote's speaker: news style opens a quote
    running over paragraphs at each one's start and closes it only at the end."""
    from dataclasses import replace

    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        q, after = out[i].claim, out[i + 1].claim
        if q.speaker_basis not in (None, "continued") or after.speaker is None or (
                after.speaker_basis in ("continued", "nearby", "repeated")):
            continue
        if text[q.span[1] : q.span[1] + 1] not in ("\n", "") or not re.fullmatch(
                r"\s*\n\s*[“\"«]", text[q.span[1] : after.span[0]]) or re.search(
                r"['’`]\W*$", text[q.span[0] : q.span[1]]) or "\n" in text[slice(*after.span)]:
            continue  # not a quote closed by marks read as none ('... shot! ' + "''"), nor
            #           one before a quote of several lines ('“A.' / '“B.' / 'C,” X said')
        claim = replace(q, speaker=after.speaker, speaker_basis=after.speaker_basis,
                        speaker_span=after.speaker_span)
        label = after.speaker + out[i].label[out[i].label.index(": “"):]
        out[i] = replace(out[i], claim=claim, label=label, source=out[i + 1].source)
    return out


def _goes_on_speaking(pronoun: str, previous: tuple[int, str] | None, start: int,
                      speaking: list[Name], resolve: Resolver, text: str) -> bool:
    """Whether a 'he'/'she' after a quote is the speaker of the quote just before: in its
    paragraph or on the next line, of the pronoun's gender, no one else named between."""
    if previous is None or not agrees(pronoun, previous[1], text):
        return False
    if "\n" in text[previous[0] : start] and not _next_line(text, previous[0], start):
        return False
    return all(resolve(p.text) == previous[1] for p in speaking if previous[0] <= p.start < start)


def _continues(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether an unattributed quote goes on from the quote before: in the same paragraph,
    or as a paragraph that is only a quote right after the paragraph the last one ended."""
    lines = without_embeds(text[previous_end:start].split("\n"))  # a post embedded between
    if len(lines) == 1:
        return True
    para_end = text.find("\n", end)
    rest = text[end + 1 : para_end if para_end >= 0 else len(text)]
    return all(not line.strip() for line in lines[1:-1]) and bool(
        re.fullmatch(r"\W*", lines[-1]) and re.fullmatch(r"\W*", rest))


def _next_sentence_line(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote stands in the sentence right after the last quote's, in text written
    one sentence a line ('“...,” said X.' / 'Y “... .”': the words X goes on to say of Y)."""
    between = text[previous_end:start]
    return between.count("\n") == 1 and between.split("\n")[1].strip(" “\"") != "" and (
        _ONE_A_LINE.search(text) is not None)


_ONE_A_LINE = re.compile(  # two lines in a row that each hold one whole sentence
    r"[.!?”\"][ \t]*\n[ \t]*[A-Z“\"][^\n]{0,300}[.!?”\"][ \t]*\n[ \t]*[A-Z“\"]")


_OBJECT_AFTER = re.compile(r"[ \t]+(?:the|a|an|us|me|him|her|them|our|your|this|these)\b")


def _imperative(name: Name, text: str) -> bool:
    """A one-word name that opens its sentence and takes an object is a verb ('Email the
    writer at ...', 'Contact us'), not a person."""
    opens = re.search(r"(?:^|[.!?:][”\"]?\s+|\n\s*)$", text[max(0, name.start - 4) : name.start])
    return " " not in name.text and bool(opens) and bool(_OBJECT_AFTER.match(text, name.end))


def _people(names: Sequence[Name], resolve: Resolver, article: Article,
            sentences: tuple) -> list[Name]:
    """The names typed as people, any other occurrence that is an alias of one of them
    ('Pachauri' typed as a place where 'Rajendra Pachauri' is a person), and a person's
    surname standing alone where no name was found ('Pachauri stressed ...')."""
    typed = [n for n in names if (n.kind == "person" or n.titled and not n.kind
             or _ROLE_APPOSITION.match(article.text, n.end) or AGED.match(article.text, n.end)
             or _ROLE_BEFORE.search(article.text, max(0, n.start - 40), n.start))
             and not _imperative(n, article.text)]
    full = {resolve(n.text) for n in typed}
    found = [n for n in names if n in typed or resolve(n.text) in full]
    surnames = {n.text.split()[-1]: n.text for n in typed if len(n.text.split()) >= 2
                and not re.search(rf"\b{re.escape(n.text.split()[-1].lower())}\b", article.text)}
    if not surnames:
        return found
    taken = [(n.start, n.end) for n in names]
    pattern = r"(?<![\w’'-])(?:" + "|".join(map(re.escape, surnames)) + r")(?![\w’'-])"
    for m in re.finditer(pattern, article.text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append(Name(article=article.id, text=surnames[m.group(0)], start=m.start(),
                              end=m.end(), sentence=sentence_at(sentences, m.start()),
                              kind="person"))
    return sorted(found, key=lambda n: n.start)
