"""Quotes and who said them: curly, straight or single marks, multi-paragraph quotes, 'he said'
resolved."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Article, Claim
from .entities import SPEECH, TITLES, Name
from .gender import agrees
from .mention import Mention
from .quote_groups import group_quotes as group_quotes  # re-exported
from .quote_marks import MIN_WORDS, marked, quote_spans
from .quote_marks import find_quote_spans as find_quote_spans  # re-exported
from .speaker_context import SUBJECT_OF, colon_clause, colon_intro, colon_phrase, named_after
from .speakers import ParsedSpeaker
from .text import fold, sentence_at, sentences_of
from .traits import PEOPLE_NOUNS

_VERB = rf"(?i:{SPEECH}|reported|was quoted as saying|is quoted as saying|according to)"
_CAPWORD = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Const|Det|"
            r"Insp|Supt|Cpl|Atty|Rev|Hon)\.(?= [A-Z])"
            r"|(?<![\w.])[A-ZÀ-ÖØ-Þ]\.(?:[ \t]?[A-Z]\.)*(?=[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"  # 'P. J.'
            r"|(?!(?i:said|says)\b)[A-ZÀ-ÖØ-Þ](?:[\w'’-]|\.(?=\w))*)")
_PARTICLES = r"(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|bin|ibn|al|el)"
_NAME = (rf"{_CAPWORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?(?:d[’']|O[’'])?{_CAPWORD}){{0,7}}")
_FUNCTION = r"(?:the|a|an|of|in|on|at|to|for|and|or|that|with|by|from|this|these|those)\b"
_ROLES = (r"official|officials|spokesman|spokeswoman|spokesperson|president|minister|"
          r"secretary|office|agency|ministry|statement|police|governor|mayor|leader|chief|"
          r"source|sources|adviser|advisor|ambassador|director|report|company|government|"
          r"communiqu[eé]|declaration|roadmap|survey|study|text|secretariat|commission|"
          r"committee|"
          r"council|"
          r"department|man|woman|father|mother|witness|expert|analyst|reporter|correspondent|"
          r"journalist|employee|resident|son|daughter|wife|husband|brother|sister|widow|"
          r"friend|neighbou?r|lawyer|attorney|relative|colleague|nephew|niece|cousin|uncle|"
          r"aunt|grandmother|grandfather|partner|boyfriend|girlfriend|fianc[eé]e?|spouse")
_NP = (r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,4}?"
       rf"(?:{_ROLES})\b"  # 'the official', 'a senior administration official'
       r"|[A-Z][\w’'-]+\s+(?:[a-z]+\s+)?(?:officials|sources|authorities|investigators|"
       r"police|experts)"  # 'Brazilian officials'
       r"|\b(?:[Oo]ne|[Aa]nother)\s+(?:of\s+the\s+)?[a-z][\w’'-]+"  # 'one passenger'
       rf"|\b[Tt]he\s+{_NAME}"  # 'the Foreign Ministry'
       rf"|{_NAME}[’']s\s+(?:[a-z]+\s+){{0,2}}?(?:{_ROLES})"  # 'Prime Minister X's spokesman'
       rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:(?!{_FUNCTION})[\w’'-]+\s+){{0,3}}?(?!{_FUNCTION})"
       rf"(?:{PEOPLE_NOUNS}|[a-z]+(?:er|or|ist|ian|man|woman|person|ant|ent)s?)\b)")
#                                  'the 45-year-old teacher' (a noun for people, not 'the capital')
_SUBJECT = (rf"(?P<who>{_NP}(?:\s+(?:for|of|to)\s+(?:the\s+)?(?:{_NAME}|[a-z]+\b))?|{_NAME}|"
            r"[Hh]e|[Ss]he|[Tt]hey|I|"
            r"[Ww]e|one(?=\s*[.,;]))")  # 'a spokesperson for X', '“...,” says one.'
_AUX = r"(?:(?:has|had|have|also|later|then)\s+)*"
AFTER_WHO_VERB = re.compile(
    rf"^[\s,.!?–—-]*{_SUBJECT}(?:,\s*(?P<app>[^,“”\"]{{2,80}}),)?\s+{_AUX}{_VERB}\b")
_ROLE_WORDS = (r"(?:(?!(?:on|in|at|to|of|for|that|with|by|from|after|before|during|when|as|"
               r"and|but|the|a|an)\b)[a-z][\w’'-]*[ \t]+){1,3}?(?=[A-Z])")  # 'customs chief'
AFTER_VERB_WHO = re.compile(rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})[\s,]+(?:{_ROLE_WORDS})?{_SUBJECT}"
                            rf"(?:\s+(?:(?:released|issued|published|sent|put out)\s+by|from)\s+"
                            rf"(?:the\s+)?(?P<by>{_NAME}))?")  # 'the statement issued by X'
AFTER_VERB_ROLE_NAME = re.compile(  # '“...,” said the agency's press chief, Ana Ruiz.'
    rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})\s+(?:[Tt]he\s+)?[^,.;“”\"]{{2,80}}?"
    rf"(?:{_ROLES}|[a-z]+(?:man|woman|or|er|ist|ent|ant|ian)),\s*(?P<who>{_NAME})"
    r"\s*(?:[.,;]|\s+who\b|$)")
AFTER_ROLE_NAME_VERB = re.compile(  # '“...,” WHO spokesman Gregory Hartl said.'
    rf"^[\s,.!?–—-]*(?:{_NAME}\s+)?(?:[a-z][\w’'-]*\s+){{1,3}}(?P<who>{_NAME})\s+{_AUX}{_VERB}\b")
_ROLE = (rf"(?:{TITLES}|(?i:{_ROLES}|correspondent|reporter|editor|commander|coordinator|envoy|"
         r"representative|negotiator|researcher|scientist|professor|lawyer|attorney|prosecutor|"
         r"economist|[a-z]+man|[a-z]+woman|[a-z]+person))")
_TITLE_PREFIX = (rf"(?:(?!(?<![A-Z])[.!?]\s|\bfor\b)[^“”\",;]){{0,60}}?\b{_ROLE}"
                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*?)?\s+")
AFTER_TITLED_VERB = re.compile(  # '“...,” U.S. Secretary of State X said', 'BBC reporter X said'
    rf"^[\s,.!?–—-]*{_TITLE_PREFIX}(?P<who>{_NAME})\s+{_AUX}{_VERB}\b")
_TO_WHOM = r"\s+(?:to|in|on|at|from|during|after|before|while|when|as)\s"  # 'X said to AFP'
AFTER_VERB_TITLED = re.compile(  # '“...,” said BBC correspondent X', 'said the BBC's reporter X'
    rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})\s+{_TITLE_PREFIX}(?P<who>{_NAME})(?:\s*[.,;]|$|{_TO_WHOM})")
AFTER_WHO_LONG = re.compile(  # '“...,” Thorne Lay, professor of ..., University of X, said.'
    rf"^[\s,.!?–—-]*{_SUBJECT},[^“”\".]{{2,200}}?\s+{_AUX}(?i:said|says|added)\b")
LABEL_BEFORE = re.compile(  # 'AP - “...”', 'Minister: “...”'
    r"^[\s*•·]*(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z&][\w&.’'-]*){0,5})\s*[-–—:]\s*$")
AFTER_VERB_ONLY = re.compile(rf"^[\s,.!?–—-]*{_AUX}(?i:said|added|says|adds)\s*[.,]")
_BOUNDARY = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!Mrs)[.!?][”\"]?\s+(?=[A-Z“\"])")
PRONOUNS = {"he", "she", "they", "i", "we"}
ROLE_WORDS = ("president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
              "governor",
              "mayor", "official", "leader", "chief", "adviser", "advisor", "ambassador",
              "director")

Resolver = Callable[[str], str]  # a name as written -> the story's fullest form of it


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
    for start, end in quote_spans(article.text):
        speaking = [p for p in people if not any(s <= p.start < e for s, e in said)]
        #           a name inside someone's quote is who it is about, not who speaks next
        words = article.text[start:end].split()
        raw = _combine(parsed.get((start, end)), text, start, end, names)
        speaker = _resolve(raw, start, speaking, resolve, previous_speaker, text)
        if raw is None and previous_speaker and _continues(
                text, previous_speaker[0], start, end) and not colon_clause(
                text, start, end, speaking):  # 'whilst Y was happy:' / '“...”' is Y's
            speaker = previous_speaker[1]  # a second quote in the speaker's paragraph
        if speaker is None and raw is None and not _HEADING.match(text, end):
            speaker = _around(text, (start, end), names, speaking, resolve)
        if speaker and speaker not in _VOICES:  # an unnamed voice speaks once
            speaker = _unlabelled(speaker, people, resolve)
            previous_speaker = (end, speaker)
            said.append((start, end))
        first = sentence_at(sentences, start)
        last = sentence_at(sentences, end)
        s_span = (sentences[first].start, max(sentences[last].end, end + 1))
        value = " ".join(words).strip(" ,.")
        claim = Claim(article=article.id, text=" ".join(article.text[s_span[0] : s_span[1]]
                                                        .split()),
                      span=(start, end), value=value, speaker=speaker, sentence_span=s_span)
        short = " ".join(value.split()[:8]) + ("…" if len(value.split()) > 8 else "")
        person = bool(speaker) and (raw or "").lower() in PRONOUNS | {"his", "her"} or any(
            resolve(p.text) == speaker for p in people)
        out.append(Mention(kind="quote", claim=claim, sentence=first, key=fold(value),
                           label=f"{speaker or 'unattributed'}: “{short}”",
                           context=value, source="person" if person else ""))
    return _repeated(out)


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
    near = colon_intro(text, start, end, sources) or clause or named_after(text, start, end,
                                                                          speaking)
    return _unlabelled(near.text, speaking, resolve) if near else None


_ABBREVIATED = re.compile(r"(?:Lt|Sgt|Capt|Col|Gen|Gov|Sen|Rep|Det|Insp|Supt|Cpl|Maj|Adm|Cmdr|"
                          r"Const|Dr|Mr|Mrs|Ms|Prof|Rev|Fr|St)\.?")  # a title cut from its name
_HEADING = re.compile(r"[”\"][ \t]*:[ \t]*[A-Z][^.!?\n]*(?:\n|$)")  # '“...”: Residents flee'


def _repeated(quotes: list[Mention]) -> list[Mention]:
    """A quote the article gives without a speaker and repeats elsewhere with one (a
    headline or pull quote over the attributed body quote) takes that speaker."""
    from dataclasses import replace

    said = [q for q in quotes if q.claim.speaker]
    out = []
    for q in quotes:
        if q.claim.speaker is None and len(q.key.split()) >= MIN_WORDS:
            same = next((o for o in said if q.key in o.key or o.key in q.key), None)
            if same is not None:
                claim = replace(q.claim, speaker=same.claim.speaker)
                q = replace(q, claim=claim, source=same.source,
                            label=same.claim.speaker + q.label[len("unattributed"):])
        out.append(q)
    return out


def _continues(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether an unattributed quote goes on from the quote before: in the same paragraph,
    or as a paragraph that is only a quote right after the paragraph the last one ended."""
    lines = text[previous_end:start].split("\n")
    if len(lines) == 1:
        return True
    para_end = text.find("\n", end)
    rest = text[end + 1 : para_end if para_end >= 0 else len(text)]
    return all(not line.strip() for line in lines[1:-1]) and bool(
        re.fullmatch(r"\W*", lines[-1]) and re.fullmatch(r"\W*", rest))


_JUDGED = (r"(?:lauded|praised|hailed|commended|critici[sz]ed|condemned|welcomed|thanked|denied"
           r"|appealed|pleaded|requested|agreed|disagreed|(?:made|issued|launched)\s+(?:an?\s+)?(?:\w+\s+)?"
           r"(?:request|appeal|plea))")  # 'Police made a request for ...' then '“...”'

_SAID_BY = re.compile(  # 'Dr. X also said ...', 'he said.', '..., said X, spokesman for Y.'
    rf"(?:(?<![\w.’'-])(?P<who>{_NAME}|[Hh]e|[Ss]he)(?:,[^,\n“”\"]{{2,80}},)?\s+{_AUX}(?:[a-z]+ly\s+)?"
    rf"(?:{SPEECH}|{_JUDGED})\b"
    rf"|,\s*(?:{SPEECH})\s+(?P<after>{_NAME}))")


def _reported_before(text: str, start: int) -> tuple[int, str] | None:
    """(offset, speaker as written) of the reported speech in the paragraph right before a
    paragraph that opens with a quote: news copy gives the speaker's words first in indirect
    speech, then quotes them on their own ('Dr. X also said Y is tenacious.' / '“...”')."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip(" \t“\"‘'") or para_start == 0:
        return None
    prev_end = len(text[: para_start - 1].rstrip())  # blank lines between paragraphs
    prev_start = text.rfind("\n", 0, prev_end) + 1
    previous = text[prev_start:prev_end]
    found = [m for m in _SAID_BY.finditer(previous)
             if not (previous[: m.start()].count("“") > previous[: m.start()].count("”")
                     or previous[: m.start()].count('"') % 2)]
    #        a speech verb inside a quote speaks for someone else
    if not found:
        return None
    answer = re.search(r"[”\"]\W*$", previous)  # '..., X answered, “Yes.”': the answer's
    m = found[-1] if answer else found[0]
    group = "who" if m.group("who") else "after"
    return prev_start + m.start(group), m.group(group)


_SIGNATURE = re.compile(  # '“...” - “Fiona”' / '“...” — Ana Ruiz': a testimony signed
    r"[”\"]?[ \t]*[-–—][ \t]*[“\"]?(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2})"
    r"[”\"]?[ \t]*(?:\n|$)")


_READ_FROM = re.compile(  # '“...,” read a Velora Team statement', 'said an X press release'
    r"[\s,]*(?:read|reads|said|says|stated|states)\s+(?:an?|the)\s+"
    r"(?P<who>(?:[A-Z][\w&.’'-]*\s+){1,5}?)(?:statement|press release|release|report|"
    r"communiqu[eé]|letter|declaration|notice)\b")


_DOCUMENT_READ = re.compile(
    r"[\s,]*(?P<doc>(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|letter|"
    r"release|note|message|post|tweet))\s+(?:read|reads|said|says|stated|states)\b")


_NAME_DID = re.compile(  # '“...,” X promoted on Twitter' (not 'X faced by', 'X quoted him')
    rf"(?<=,)[”\"][ \t]+(?P<who>{_NAME})[ \t]+[a-z]+ed\b"
    r"(?![ \t]+(?:by|to|that|him|her|them|it|me|us|his|their)\b)")  # 'X quoted him as saying'
_AGED_SAID = re.compile(  # 'the 55-year-old said: “...”'
    rf"\b(?P<who>[Tt]he\s+(?:\d+|[a-z]+)-year-old(?:\s+[a-z]+)?)\s+{_AUX}(?:{SPEECH})"
    r"\s*[:,]?\s*[“\"]?$")
_SAID_COLON = re.compile(rf"(?P<who>{_NAME})\s+{_AUX}(?:{SPEECH})\s*:\s*[“\"]?$")
_TOLD_COLON = re.compile(  # 'Told the victim's father, Ana Ruiz Jr: “...”' (verb first)
    r"(?:^|(?<=\n))[ \t]*(?:Told|Said|Added|Explained|Continued|Warned|Wrote|Says|Adds)"
    rf"[ \t]+(?:[^:\n“”\"]{{0,80}}?,[ \t]*)?(?P<who>{_NAME})[ \t]*:[ \t]*[“\"]?$")
_RELAYED = re.compile(rf"[”\"]?\s*,?[”\"]?\s*(?:the\s+)?{_NAME}\s+(?:reported|reports|wrote|"
                      r"writes|said|says)\b|[”\"]?\s*,?[”\"]?\s*according\s+to\b")
_VOICES = {"someone", "somebody", "a voice"}
_ACCORDING_BODY = re.compile(rf"\b[Aa]ccording to (?P<who>{_NAME}),")  # whom "the company" means
_UNKNOWN_VOICE = re.compile(  # 'heard someone say, “...”', 'somebody shouted “...”'
    r"\b(?P<who>[Ss]ome(?:one|body)|[Aa] voice)\s+(?:(?:had|was)\s+)?(?:say|said|saying|"
    r"shout(?:ed|ing)?|yell(?:ed|ing)?|scream(?:ed|ing)?|cry|cried|crying|call(?:ed)? out)"
    r"[\s,:“\"]*$")


def _combine(parsed: ParsedSpeaker | None, text: str, start: int, end: int,
             names: Sequence[Name]) -> str | None:
    """The speaker as written: the parse's reading (the subject of the speech verb governing
    the quote) first; the patterns where the parse finds no speech verb; then the subject of
    the sentence a bare quote stands in."""
    signed = _SIGNATURE.match(text, end)
    if signed:
        return signed.group("who")
    inverted = _TOLD_COLON.search(text, max(0, start - 160), start)
    if inverted:  # the verb leads, the speaker comes before the colon
        return inverted.group("who")
    unknown = _UNKNOWN_VOICE.search(text, max(0, start - 60), start)
    if unknown:  # 'she heard someone say, “He has a gun”': the unnamed voice speaks
        return unknown.group("who").lower()
    read = _READ_FROM.match(text, end + 1)
    if read:  # '“...,” read a Velora Team statement': the body that issued it
        return read.group("who").strip()
    letter = _DOCUMENT_READ.match(text, end + 1)
    if letter:  # '“...,” the letter read': its writer, found by _resolve
        return letter.group("doc")
    told = _SAID_COLON.search(text, max(0, start - 120), start)
    if told and _RELAYED.match(text, end):  # 'X said: “...,” the Post reported': X speaks
        return told.group("who")
    clause = colon_clause(text, start, end, names)
    aged = _AGED_SAID.search(text, max(0, start - 80), start)
    if aged:
        return aged.group("who")
    posted = _NAME_DID.match(text, end)
    if parsed is None and posted:  # '“...,” BBCOne promoted on Twitter': a comma hands on
        return posted.group("who")
    if parsed is not None and not (clause and (parsed.verb < clause.start or (
            parsed.who in PRONOUNS and "\n" not in text[clause.start : parsed.verb]))):
        return _clean(parsed.antecedent or parsed.who)  # not a verb before 'whilst X was:'
    if clause:
        return clause.text
    raw = attribute(text, start, end)
    if raw is None and parsed is None:  # 'The judge had advice for ...:' / '“...”'
        raw = colon_phrase(text, start, end, f"{_ROLE_NOUN}|{_LABEL}")
    if raw is None:  # 'X, the ambassador, described the scene. “We fear ...”': X speaks
        raw = _sentence_subject(text, start, names)
    return raw


def _people(names: Sequence[Name], resolve: Resolver, article: Article,
            sentences: tuple) -> list[Name]:
    """The names typed as people, any other occurrence that is an alias of one of them
    ('Pachauri' typed as a place where 'Rajendra Pachauri' is a person), and a person's
    surname standing alone where no name was found ('Pachauri stressed ...')."""
    typed = [n for n in names if n.kind == "person" or n.titled and not n.kind
             or _ROLE_APPOSITION.match(article.text, n.end)
             or _ROLE_BEFORE.search(article.text, max(0, n.start - 40), n.start)]
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


_ROLE_NOUN = (rf"(?:{_ROLES}|{PEOPLE_NOUNS}|friend|neighbou?r|relative|cousin|aunt|uncle|"
              r"[a-z]+(?:er|or|ist|ian))")
_ROLE_APPOSITION = re.compile(  # 'Fauzi, an official from the agency': Fauzi is a person
    rf",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUN})\b(?!\s+of\s+the\s+world)")
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLES})\s+$")  # 'said agency official Fauzi'


def attribute(text: str, start: int, end: int) -> str | None:
    """The speaker as written next to a quote ('he', 'Peña', 'the official'), or None."""
    para_end = text.find("\n", end)
    after = text[end + 1 : para_end if para_end >= 0 else len(text)][:250]
    ended = (re.search(r"[.!?]\W*$", text[start:end]) and re.match(r"\s+[A-Z]", after)
             or re.match(r"[.!?]\s+[A-Z]", after))  # '“...”. He went on': a new sentence
    if ended:  # '“... demand.” The US also confirmed ...': a new sentence begins
        found = _before(text, start)
        if found:
            return found
    found = _after(after)
    if found:
        return found
    second = re.match(r"\s+[a-z][^.!?“”\"]{0,80}[“\"][^“”\"]{2,200}[”\"]", after)
    if second:  # '“...” if we are faced with “...,” added X.'
        found = _after(after[second.end() :])
        if found:
            return found
    if _IT_SAID.match(after):  # '“...,” it said in a statement': the body the sentence names
        return "it"
    trailing = None if ended else _TRAILING.match(after)
    if trailing:  # '“...” due to the outage, said spokesman X.': the sentence ends with who
        found = _after(after[trailing.end() :])
        if found:
            return found
    if AFTER_VERB_ONLY.match(after):  # '“...,” has said.' (a translation dropped the subject)
        return "he"
    return None if ended else _before(text, start)


_IT_SAID = re.compile(rf"^[\s,]*it\s+{_AUX}(?:{SPEECH})\b")
_BODY_SUBJECT = re.compile(  # 'The Red Cross pledged ...', 'The agency has said ...'
    rf"\s*(?:[Tt]he\s+)?(?P<who>{_NAME})\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?"
    r"[a-z]+(?:ed|s)\b")
_TRAILING = re.compile(rf"[^.!?;:“”\"\n]{{1,120}}?,(?=\s*{_AUX}(?:{_VERB})\s)")


def _sentence_subject(text: str, start: int, names: Sequence[Name]) -> str | None:
    """The subject of the sentence a bare quote stands in, or of the sentence before it when
    the quote opens its own: a named person ('X, the ambassador, described the scene. “...”',
    'Minister X disagreed; “...”') or a pronoun ('She defended it, “...”'). News writers put
    such a quote in the mouth of the person the sentence is about."""
    found = _sentence_before(text, start)
    if found is None:
        return None
    offset, sentence = found
    if re.search(r"[“\"”]", sentence):  # a quoted sentence has its own speaker
        return None
    pronoun = re.match(r"\s*(He|She)\s+(?=[a-z])", sentence)
    if pronoun:
        return None if _PASSIVE.match(sentence, pronoun.end()) else pronoun.group(1).lower()
    for n in names:
        if offset <= n.start < offset + 80 and _SUBJECT_START.fullmatch(text, offset, n.start) \
                and re.match(r",|\s+[a-z]", text[n.end : n.end + 3]):
            person = n.kind == "person" or n.titled and not n.kind
            return n.text if person and not _PASSIVE.match(text, n.end) else None
    named = _NAME_AND_ROLE.match(sentence)  # 'X, the ambassador to Y, described' (untyped X)
    if named and len(named.group("who").split()) >= 2 and not _PASSIVE.match(sentence,
                                                                              named.end("who")):
        return named.group("who")
    return _speaking_noun_phrase(sentence)


_PASSIVE = re.compile(  # '... was killed', 'X, a teacher, died': the subject does not speak
    r"(?:,[^,.;]{2,100},)?\s+(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|killed|found|taken|held|hurt|shot|born|seen|struck|hit|caught|beaten)|died|dies)\b")


def _speaking_noun_phrase(sentence: str) -> str | None:
    """'A reporter for X, however, said ...' -> 'X reporter': a subject named by its role."""
    m = _NP_SPEAKS.match(sentence)
    if not m:
        return None
    app = (m.group("app") or "").strip()
    return app if re.fullmatch(_NAME, app) else _clean(m.group("who"))  # 'the minister, X,'



def _previous_noun_phrase(text: str, at: int) -> str | None:
    """The role-named speaker of the sentence right before a quote that opens its sentence
    ('An analyst for X commented that ... “...,” he said'), in the same paragraph."""
    found = _sentence_before(text, at)
    if found is None or found[0] + len(found[1]) < at - 1:  # the quote is inside its sentence
        return None
    return _speaking_noun_phrase(found[1])


def _next_line(text: str, previous_end: int, at: int) -> bool:
    """Whether a quote opens the line right after the line the last quote ended on (one
    sentence a line: '“...,” X said.' / '“...,” he added')."""
    between = text[previous_end:at].split("\n")
    return len(between) == 2 and not between[1].strip(" \t“\"")


_ACCORDING_NP = re.compile(rf"\s*[Aa]ccording to (?P<who>(?:an?|the|one)\s+(?:[\w’'-]+\s+){{0,3}}?"
                           rf"(?:{_ROLE_NOUN}))\s*,")
_OWN_PRONOUN = {"he": re.compile(r"\s*He\s+[a-z]"), "she": re.compile(r"\s*She\s+[a-z]")}


def _lines_back(text: str, at: int, pronoun: str, people: Sequence[Name]) -> str | None:
    """In text written one sentence a line, the unnamed source a pronoun after a quote that
    opens its line means: the role-named subject ('The relative said ...') or source
    ('According to a relative, ...') of the line before, or of the line before a run of
    lines whose subject is the same pronoun ('She said ...')."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(" \t“\"") or pronoun not in _OWN_PRONOUN:
        return None
    end = line_start - 1
    for _ in range(3):
        if end <= 0 or text.startswith("\n", end - 1):
            return None  # a blank line: paragraphs, not sentences
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if re.search(r"[“”\"]", line) or any(start <= p.start < end for p in people):
            return None  # a quote, or a line naming someone the pronoun may mean
        found = _ACCORDING_NP.match(line)
        if found:
            return found.group("who")
        named = _speaking_noun_phrase(line)
        if named:
            return None if _DOCUMENT.match(named) else named
        if not _OWN_PRONOUN[pronoun].match(line):
            return None
        end = start - 1
    return None


def _sentence_before(text: str, at: int) -> tuple[int, str] | None:
    """(start, text) of the words before a quote mark in its sentence, or of the whole
    sentence before it when the quote opens its own sentence (same paragraph only)."""
    para_start = text.rfind("\n", 0, at) + 1
    before = text[para_start : max(para_start, at - 1)]
    if not before.strip():
        return None
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    return para_start + cut, before[cut:]


_NAME_AND_ROLE = re.compile(
    rf"\s*(?:(?:[A-Z][\w.’'-]*|of|the)\s+)*?(?P<who>{_NAME}),\s+(?:a|an|the)\s+"
    rf"(?:[^,.;“”\"]{{2,100}},|(?:[\w’'-]+\s+){{0,4}}?(?:{_ROLES}|{_ROLE})\b)")
_NP_SPEAKS = re.compile(
    rf"\s*(?P<who>{_NP}(?:\s+(?:for|of|with|at)\s+(?:the\s+)?{_NAME})?)(?:\s+[a-z]+){{0,2}}?"
    rf"(?:\s+(?:in|from|at)\s+{_NAME})?(?:,(?P<app>[^,]{{2,40}}),)?\s+{_AUX}(?:{SPEECH})\b")
_SUBJECT_START = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|the)\s+)*")  # titles before a name


def _after(after: str) -> str | None:
    """The speaker as written right after a quote ('“...,” X said', 'said X, the minister')."""
    for pattern in (AFTER_VERB_ROLE_NAME, AFTER_TITLED_VERB, AFTER_VERB_TITLED, AFTER_WHO_VERB,
                    AFTER_VERB_WHO, AFTER_ROLE_NAME_VERB, AFTER_WHO_LONG):
        m = pattern.match(after)
        if m:
            found = m.groupdict()
            app = (found.get("app") or "").strip()
            if app and m.group("who")[0].islower() and re.fullmatch(_NAME, app):
                return _clean(app)  # '“...,” the mayor, Ana Ruiz, said'
            return _clean(found.get("by") or m.group("who"))
    return None


def _before(text: str, start: int) -> str | None:
    """The speaker as written before a quote in its paragraph ('X said that “...”')."""
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start : start - 1]
    label = LABEL_BEFORE.match(before)
    if label:
        return label.group("who")
    sentence_start = max((m.end() for m in _BOUNDARY.finditer(text[para_start:start])),
                         default=0)
    return _subject_before(before[sentence_start:])


def _subject_before(before: str) -> str | None:
    before = re.sub(r"[“\"][^“”\"]*[”\"]", lambda m: " " * len(m.group(0)), before)
    marked = _marked_speaker(before)
    if marked:
        return marked
    verbs = list(re.finditer(rf"\b(?:{_VERB}|{_PARTICIPLES}|called|calls|described|"
                             rf"{_EXCERPT_VERBS})\b", before))
    verbs = [v for v in verbs if not (re.fullmatch(_PARTICIPLES, v.group(0)) and re.search(
        r"(?:\b(?:an?|the|his|her|its|their|this|that)|\w[’']s|\ws[’'])\s+$", before[: v.start()]))]
    #        'a saying of X, “...”', "Socrates' saying": a noun, not someone saying it
    verbs = [v for v in verbs if not _VERDICT.match(before, v.end())]  # 'X found guilty'
    if not verbs:
        return None
    verb = verbs[-1]
    if re.fullmatch(_PARTICIPLES, verb.group(0)):
        return _participle_subject(before, verb.start())
    head = before[: verb.start()].rstrip()
    named = re.search(rf",\s*(?P<who>{_NAME}),\s*$", head)
    if named:  # 'Arden's water minister, Ana Ruiz, told'
        return _clean(named.group("who"))
    doers = list(_DOER.finditer(head)) if head.endswith(" and") else []
    if doers:  # 'X has sent food ... and calls it “...”': X, the clause's subject
        return _clean(doers[-1].group("who"))
    head = re.sub(r"\s+(?:went on|continued|began|moved|sought|tried|decided|(?:is|was|are|were)"
                  r"\s+(?:reported|said|believed|understood))\s+to(?:\s+have)?$", "", head)
    head = _ADVERBIAL.sub("", head)  # 'X on Tuesday announced', 'X, the chief, then stated'
    for _ in range(3):  # appositives: 'X, the minister,', 'X, 45, a teacher from Y,'
        head = re.sub(r",[^,]{2,80},\s*$", "", head).rstrip()
        head = re.sub(r",\s*\d{1,3}$", "", head)  # 'X, 45
    appositive = re.search(r",\s+(?:a|an|the)\s+[^,]{2,120}$", head)
    if appositive and re.search(rf"(?:{_CAPWORD}[ \t]+{_CAPWORD}|(?:^|[,;:]\s*)[A-Z]\S*\.\w+)$",
                                head[: appositive.start()]):  # or a site: 'X.com, a ...'
        head = head[: appositive.start()]  # 'Frank Ciacco, a former expert for the NTSB'
    head = re.sub(rf"{_NOT_BODY}\s+of\s+{_NAME}$", "", head)  # 'President X of Mexico'
    body = _OF_BODY.search(head)  # 'Ana Ruiz of the Water Board': Ana Ruiz speaks
    if body and not re.search(rf"\b(?:{TITLES}|{_ROLES})$", head[: body.start()], re.I):
        head = head[: body.start()]  # (not 'The Prime Minister of the X Ana Ruiz')
    head = re.sub(r"(?:\s+(?:also|later|then|has|had|have|once|previously|earlier|"
                  r"repeatedly))+$", "", head)
    m = re.search(rf"{_SUBJECT}$", head) or _OPENING_SUBJECT.match(head)
    return _clean(m.group("who")) if m else None


def _marked_speaker(before: str) -> str | None:
    """A speaker marked by the phrase that introduces the quote: 'According to X, “...”',
    'the paper quoted X as saying', 'X was quoted as saying', 'hailed by X as “...”',
    'X, the chief negotiator, who said “...”'."""
    according = _ACCORDING.search(before)
    if according:  # 'According to the minister, Ana Ruiz, ...' / 'According to Ruiz, “...”'
        return _clean(according.group("name") or according.group("who"))
    for pattern in (_QUOTED_BY, _QUOTED_AS, _PROMPTED, _VERDICT_BY, _WHO_SAID):
        m = pattern.search(before)
        if m:
            return _clean(m.groupdict().get("name") or m.group("who"))
    return None


_VERDICT_BY = re.compile(  # 'the deal was hailed by the minister, X, as “...”': X speaks
    r"\b(?:hailed|described|called|dismissed|critici[sz]ed|praised|condemned|branded|"
    rf"labell?ed|denounced|welcomed)\s+by\s+(?P<who>{_NAME}|[^,“”\"]{{2,80}}?)"
    rf"(?:,\s*(?P<name>{_NAME}),)?\s+as\s*$")
_WHO_SAID = re.compile(  # 'X, the country's top negotiator, who said “...”'
    rf"(?P<who>{_NAME})(?:,[^,“”\"]{{2,80}})?,\s+who\s+(?:also\s+|later\s+)?"
    rf"(?:{SPEECH})\b[^“”\"]{{0,60}}$")


def _participle_subject(before: str, at: int) -> str | None:
    """Who speaks in '... with X noting that “...”' (X), '..., with the latter adding'
    ('the latter', resolved later), 'X defended it, saying “...”' (the clause's subject)."""
    own = _OWN_SUBJECT.search(before, 0, at)
    if own:
        which = own.group("which")
        return f"the {which.replace('later', 'latter')}" if which else _clean(own.group("who"))
    earlier = _subject_before(before[:at])
    if earlier:
        return earlier
    m = re.search(_SUBJECT, before)
    return _clean(m.group("who")) if m else None


_NOT_BODY = (  # 'the Department of X' is one name
    r"(?<!Department)(?<!Ministry)(?<!Office)(?<!Bank)(?<!University)(?<!Council)"
    r"(?<!Commission)(?<!Institute)(?<!Court)(?<!Board)(?<!Agency)(?<!Committee)"
    r"(?<!Bureau)(?<!Union)(?<!Federation)(?<!Association)(?<!Secretary)")
_PARTICIPLES = (r"saying|adding|noting|stating|warning|insisting|arguing|explaining|"
                r"declaring|stressing|claiming|commenting|observing|remarking|writing")
_OWN_SUBJECT = re.compile(  # a participle's own subject: 'with X noting', 'the latter adding'
    rf"(?:\b[Ww]ith\s+|(?:^|[,;])\s*)(?:[Tt]he\s+(?P<which>latter|later|former)|(?P<who>{_NAME}))"
    r"\s+$")
_OF_BODY = re.compile(rf"(?<=[a-zà-ÿ])\s+(?:of|from|at)\s+the\s+{_NAME}$")  # after a name
_DOER = re.compile(rf"(?P<who>{_NAME})\s+(?:(?:has|have|had)\s+)?[a-z]+(?:ed|s)\b")
_ACCORDING = re.compile(
    rf"(?:^|[.;]\s+)[Aa]ccording to (?P<who>{_NAME}|[^,“”\"]{{2,80}}?)(?:,\s*(?P<name>{_NAME}))?"
    r",[^“”\"]*$")
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?!by\b)(?P<who>(?:(?:an?|the|one|two|three)\s+)?(?:(?!who\b)[\w’'.-]+(?<!ing)\s+)"
    r"{0,4}?[\w’'.-]+)(?:,?\s+(?:who|\w+ing)\b[^“”\"]{0,100}?)?\s+as\s+saying\b")
_QUOTED_BY = re.compile(  # 'X was quoted by the paper as saying': X speaks
    rf"(?P<who>{_NAME}|{_NP})\s+(?:was|is|has been|had been)\s+(?:quoted|cited)\s+"
    r"(?:by\s+[^“”\"]{2,60}?\s+)?as\s+saying\b")
_OPENING_SUBJECT = re.compile(  # 'Officials in the capital said', 'Two inquiries into X found'
    r"\s*(?!(?:In|On|At|After|Before|During|Following|According|Despite|While|When|Since|"
    r"Although|Earlier|Later|Last|This|Speaking)\b)(?![A-Z]\w*ing\b)"
    rf"(?P<who>{_NAME}|(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth)\s+)?"
    r"[A-Za-z][a-z]+s)\s+(?:in|of|at|from|into|for|with|on|close to)\b[^,;:]*$")
_PROMPTED = re.compile(  # 'prompting the BEA to warn against “...”': the BEA speaks
    rf"\b(?:prompt|urg|lead|caus|forc|ask|led)\w*\s+(?P<who>(?:the\s+)?{_NAME}|{_NP})\s+to\s+"
    r"(?:warn|say|state|declare|call|describe|insist|deny|admit|announce|stress|urge|"
    r"promise|vow|confirm)\b[^“”\"]{0,60}$")
_VERDICT = re.compile(r"\s+(?:(?i:not)\s+)?(?i:guilty|innocent|liable|dead)\b")  # not an excerpt
_EXCERPT_VERBS = (r"accused|accuses|accuse|accusing|repeated|reiterated|denounced|condemned|"
                  r"criticised|criticized|praised|dismissed|rejected|denied|demanded|found|"
                  r"concluded|described|calling")  # verbs that introduce a quoted excerpt
_DOCUMENT = re.compile(r"(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:report|statement|website|site|"
                       r"paper|newspaper|article|letter|document|communiqu[eé]|release|study|"
                       r"declaration|roadmap|resolution|survey|text)$",
                       re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ADVERBIAL = re.compile(
    rf"(?:\s+(?:on\s+{_WEEKDAY}|(?:last|this|on|next)\s+(?:week|month|year|{_WEEKDAY})|"
    r"yesterday|today|also|later|then|once|previously|earlier|repeatedly|again|reportedly|"
    r"allegedly|publicly|reportedly|initially|quickly|briefly|"
    r"has|had|have))+\s*$")
_STAFF_OF = re.compile(  # a staff member named by the body employing them
    r"(?:[Aa]n?|[Oo]ne)\s+(?P<role>(?:[a-z]+\s+)?(?:reporter|correspondent|journalist|analyst|"
    r"editor|official|employee|worker|researcher|scientist|expert|engineer|volunteer|member))"
    rf"\s+(?:for|of|with|at)\s+(?:the\s+)?(?P<org>{_NAME})"
    r"(?:\s+(?:news\s+)?(?:agency|service|network|channel|newspaper|paper|station|radio))?")
_TITLE_RUN = re.compile(rf"^(?:[A-Z][\w’'.-]*\s+)*(?:{TITLES}|Engineer|Spokesman|Chair|"
                        r"Spokeswoman|Spokesperson|Commander|Inspector)\s+(?=[A-Z])")


def _clean(who: str) -> str:
    who = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", who.strip(" ,.")).strip()
    who = re.sub(r"^(?:Const|Det|Insp|Supt|Cpl|Atty|Hon)\.\s+(?=[A-Z])", "", who)  # 'Const. X'
    staff = _STAFF_OF.fullmatch(who)
    if staff:  # 'a reporter for Reuters' -> 'Reuters reporter' (how news names such a source)
        return f"{staff.group('org')} {staff.group('role')}"
    if re.fullmatch(r"the(?:\s+[A-Z][\w’'.-]*)+", who):  # 'the Foreign Ministry'
        who = who[4:]
    if len(who.split()) > 3:  # 'Regional Water Board Deputy Chief Ana Ruiz' -> 'Ana Ruiz'
        rest = _TITLE_RUN.sub("", who)
        who = rest if len(rest.split()) >= 2 else who
    if re.match(r"(?:The|A|An|His|Her|Their|Its)\s+[a-z]", who):
        who = who[0].lower() + who[1:]
    return who


def _resolve(raw: str | None, at: int, people: Sequence[Name], resolve: Resolver,
             previous: tuple[int, str] | None, text: str) -> str | None:
    if raw is None:
        return None
    low = raw.lower()
    before = [p for p in people if p.end <= at]
    if _DOCUMENT.match(raw):  # 'said the report': the source quoted before, or its issuer
        owned = low.startswith(("its ", "their "))  # not the last speaker quoted elsewhere
        return _issuer(text, at) or (previous[1] if previous and not owned else raw)
    if _ABBREVIATED.fullmatch(raw):  # 'said Troy police Lt. Ana Ruiz' read as 'Lt'
        named = re.compile(rf"\b{raw}\.?\s+(?P<who>{_NAME})").search(text, at, at + 400)
        return resolve(named.group("who")) if named else None
    if low in ("the latter", "the former"):  # 'Both X and Y ..., with the latter saying'
        return _latter_or_former(low, before, resolve)
    if low == "it":
        return _it(text, at, previous, resolve)
    if low in PRONOUNS:
        return _pronoun(low, at, people, resolve, previous, text)
    if low.startswith(("his ", "her ")):
        subject = _latest_subject(before)
        owner = resolve(subject.text) if subject else None
        return f"{owner}'s {raw.split(None, 1)[1]}" if owner else raw
    if _AGED.fullmatch(low):  # 'the 55-year-old said: “...”': the person named last
        subject = _latest_subject(before, text)
        return resolve(subject.text) if subject else raw
    if low in ("the company", "the firm"):  # 'According to X, ...' / '“...,” the company said'
        body = list(_ACCORDING_BODY.finditer(text, max(0, at - 400), at))
        return _clean(body[-1].group("who")) if body else raw
    if low == "one":  # 'Police were called by neighbours. One said: “...”': a neighbour
        return _one_of(text, at) or raw
    role = next((r for r in ROLE_WORDS if low.endswith(r)), None) or _role_of(low)
    named = _named_after_role(text, at, raw, people) if role else None
    if named:  # 'CHA president and chief executive Sister Ana Ruiz, DC, said': Ana Ruiz
        return resolve(named)
    if raw[0].islower() or low.startswith(("the ", "a ")) or low in ROLE_WORDS:
        return _role_speaker(raw, role, at, before, resolve, previous, text) if role else raw
    return _unlabelled(raw, people, resolve)


def _unlabelled(raw: str, people: Sequence[Name], resolve: Resolver) -> str:
    """A name as written, resolved; 'Producer Moffat' or 'BBC Capaldi' (a role noun or an
    acronym glued before a name) is the person the rest names when the story names them."""
    full, words = resolve(raw), raw.split()
    known = {resolve(p.text) for p in people}
    given = {k.split()[0] for k in known - {full} if len(k.split()) >= 2}
    for i in range(1, len(words)):
        head = words[i - 1]
        if head in given or not (re.fullmatch(r"[A-Z]{2,}", head)
                                 or re.fullmatch(_LABEL, head.lower())):
            break
        rest = resolve(" ".join(words[i:]))
        if rest in known and len(rest.split()) >= 2 and rest != full:
            return rest
    return full


_LABEL = (rf"(?:{_ROLES}|producer|showrunner|writer|actor|actress|star|boss|host|presenter|"
          r"editor|executive|singer|author|coach|manager|prosecutor|judge|detective|officer|"
          r"sheriff|creator|designer|critic|veteran|champion|striker|captain)")


def _pronoun(low: str, at: int, people: Sequence[Name], resolve: Resolver,
             previous: tuple[int, str] | None, text: str) -> str | None:
    """Who 'he', 'she', 'they', 'I' or 'we' after a quote means."""
    before = [p for p in people if p.end <= at]
    if low in ("i", "we"):
        return previous[1] if previous else None
    if previous and agrees(low, previous[1], text) and (
            "\n" not in text[previous[0] : at] or _next_line(text, previous[0], at)):
        return previous[1]  # same paragraph as the last quote, unless 'he' after a woman
    role_named = _previous_noun_phrase(text, at) or _lines_back(text, at, low, before)
    if role_named:  # 'The friend said ... . She added: “...”': the friend, as introduced
        return resolve(role_named) if re.fullmatch(_NAME, role_named) else _resolve(
            role_named, at, people, resolve, None, text)
    subject = _latest_subject([p for p in before if agrees(low, resolve(p.text), text)],
                              text)  # 'he' after a quote of a woman is not hers
    return resolve(subject.text) if subject else (previous[1] if previous else None)


def _role_speaker(raw: str, role: str, at: int, before: Sequence[Name], resolve: Resolver,
                  previous: tuple[int, str] | None, text: str) -> str:
    """The person a role phrase means: the one titled so or set off by it before ('Minister
    X', 'X, a doctor at ...'), else the unnamed source it introduced, else the person just
    quoted, else the phrase as written. Of several so titled ('Judge X' sentencing, 'Judge Y'
    a victim), the one who spoke last, if any."""
    so = [p for p in reversed(before) if _titled(p, role, text)]
    titled = [resolve(p.text) for p in so]
    acting = [resolve(p.text) for p in so if SUBJECT_OF.match(text, p.end)]
    if titled:  # the one just quoted, else one who acts ('Judge X handed down'), else nearest
        return previous[1] if previous and previous[1] in titled else (acting or titled)[0]
    if not raw.lower().startswith("the "):
        return raw
    quoted = _just_quoted(previous, text, at)  # 'A spokesman for X said ... . The spokesman'
    named = quoted in {resolve(p.text) for p in before}  # a person, not a misread
    return _role_introduced(text[:at], role) or (quoted if named else None) or raw


def _titled(p: Name, role: str, text: str) -> bool:
    """Whether a name is given a role: 'Minister X', 'X, a doctor at ...'."""
    title = re.search(rf"\b(?i:{role})[ \t]+(?:[A-Z][\w.’'-]*[ \t]+)*$",
                      text[max(0, p.start - 60) : p.start])
    apposition = re.match(r",[ \t]+(?:the\s+|an?\s+)?[^,\n]{0,40}", text[p.end : p.end + 45])
    return bool(title or apposition and re.search(rf"\b{role}\b", apposition.group(0),
                                                   re.IGNORECASE))


def _role_of(low: str) -> str | None:
    """The noun of a definite role phrase ('the doctor', 'the close friend'), or None."""
    words = low.split()
    if words[0] != "the" or not 2 <= len(words) <= 3:
        return None
    return words[-1] if re.fullmatch(_ROLE_NOUN, words[-1]) or re.fullmatch(
        _LABEL, words[-1]) else None


def _just_quoted(previous: tuple[int, str] | None, text: str, at: int) -> str | None:
    """The named speaker of the quote on the line or paragraph before, whom a role phrase
    no earlier sentence introduces ('“...,” X said.' / '“...,” the evangelist said')."""
    if previous is None or not previous[1][:1].isupper():
        return None
    return previous[1] if text[previous[0] : at].count("\n") <= 1 else None


_PLURAL_PEOPLE = re.compile(
    rf"\b(?i:{PEOPLE_NOUNS}|friends|neighbou?rs|relatives|witnesses|sources|"
    r"[a-z]+(?:ers|ors|ists|ians))\b")


def _one_of(text: str, at: int) -> str | None:
    """'One said' / 'One of them said': one of the people the sentence before names in the
    plural ('neighbours' -> 'neighbour')."""
    found = _sentence_before(text, at)
    start = found[0] if found else text.rfind("\n", 0, at) + 1  # or the line before's
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    plural = [m.group(0) for m in _PLURAL_PEOPLE.finditer(text, line_start, start)
              if m.group(0).endswith("s") and not m.group(0).endswith("ss")]
    if not plural:
        return None
    word = plural[-1].lower()
    return word[:-2] if word.endswith("sses") or word.endswith("esses") else word[:-1]


def _named_after_role(text: str, at: int, role: str, people: Sequence[Name]) -> str | None:
    """The person a role phrase is the title of when the name follows it in the same
    clause ('the agency president and chief executive Ana Ruiz said'), or None."""
    found = text.rfind(role, max(0, at - 400), at)
    if found < 0:
        return None
    end = found + len(role)
    for p in people:
        if end <= p.start <= end + 80 and not re.search(r"[.;:“”\"]|\s[a-z]+(?:ed|s)\s",
                                                        text[end : p.start]):
            return p.text
    return None


def _role_introduced(text: str, role: str) -> str | None:
    """How the text last introduced an unnamed speaker by role and employer ('a spokesman
    for the X' -> 'a spokesman for the X'), for a later 'the spokesman'."""
    found = list(re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?{re.escape(role)}\s+"
                             rf"(?:for|of|at|with)\s+(?:the\s+)?{_NAME}", text))
    if found:
        return _clean(found[-1].group(0))
    found = list(re.finditer(  # 'A close friend of the family said', 'One friend, who ...'
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(role)}\b"
        r"(?:\s+(?:of|for|at|with)\s+(?:the\s+|his\s+|her\s+)?(?:[a-z-]+\s+)?"
        rf"(?!(?:{SPEECH}|who|and)\b)[a-z-]+)?", text))
    return _clean(found[-1].group(0)) if found else None


def _issuer(text: str, at: int) -> str | None:
    """Who issued the document a quote is read from: the speaking subject of an earlier
    sentence of its paragraph ('The secretariat states that ... . The communique says “...”')."""
    para_start = text.rfind("\n", 0, at) + 1
    by = list(_ISSUED_BY.finditer(text, para_start, at))
    if by:  # 'The report, published by the X, says “...”'
        return _clean(by[-1].group("who"))
    cuts = [para_start] + [para_start + m.end()
                           for m in _BOUNDARY.finditer(text[para_start:at])]
    for start, end in zip(reversed(cuts[:-1]), reversed(cuts[1:]), strict=True):
        verb = re.search(rf"\b(?:{SPEECH})\b", text[start:end])
        who = _subject_before(text[start : start + verb.end()]) if verb else None
        if who and not _DOCUMENT.match(who):
            return _clean(who)
    found = list(_ISSUES.finditer(text, max(0, para_start - 600), at))
    return _clean(found[-1].group("who")) if found else None  # 'X issued a statement ...'


_ISSUES = re.compile(
    rf"(?P<who>{_NAME})(?:\s+(?:of|from|at)\s+[^,\n]{{2,80}}?,|,[^,\n]{{2,80}},)?\s+"
    r"(?:[a-z]+ly\s+)?(?:has\s+|have\s+)?"
    r"(?:issued|released|put out|published|sent|posted|wrote)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|release|communiqu[eé]|letter|note|message)\b")


def _it(text: str, at: int, previous: tuple[int, str] | None, resolve: Resolver) -> str | None:
    """'it said': the speaker quoted just before in the paragraph, or the body the sentence
    before names as its subject."""
    if previous and "\n" not in text[previous[0] : at]:
        return previous[1]
    found = _sentence_before(text, at)
    body = _BODY_SUBJECT.match(found[1]) if found else None
    return resolve(body.group("who")) if body else None


_ISSUED_BY = re.compile(r"\b(?:published|issued|released|written|prepared|drafted|signed|"
                        r"adopted|commissioned)\s+by\s+(?:the\s+)?"
                        rf"(?P<who>{_NAME}|(?:[a-z]+\s+){{0,2}}?(?:{_ROLES})\b)")


def _latter_or_former(which: str, before: Sequence[Name], resolve: Resolver) -> str | None:
    """'the latter' / 'the former': the last / the one before it of the people just named."""
    named = list(dict.fromkeys(resolve(p.text) for p in reversed(before[-6:])))
    return named[which == "the former"] if len(named) >= 2 else None


_AGED = re.compile(r"the\s+(?:\d+|[a-z]+)-year-old(?:\s+[a-z]+)?")
_PRONOUN_OPENS = re.compile(  # 'He ...', 'At 55, he is ...': the subject is a pronoun
    r"\s*(?:(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4},\s*(?:he|she|they)|He|She|They)\b")


def _latest_subject(people: Sequence[Name], text: str = "") -> Name | None:
    """The person a pronoun most likely means: the first person named in the latest sentence
    that names one, unless that sentence's own subject is a pronoun ('She handed their
    leader, X, a medal'): then the person it names is an object, and the search goes on."""
    if not people:
        return None
    people = [p for p in people if not _MODIFIER.match(text, p.end)] or people
    firsts = [p for i, p in enumerate(people) if i == 0 or people[i - 1].sentence != p.sentence]
    for p in reversed(firsts):
        opening = text[max(0, p.start - 300) : p.start]
        clause = re.split(r"[.!?]['’”\"]?\s+|\n", opening)[-1]
        if not _PRONOUN_OPENS.match(clause):
            speaking = [o for o in people if o.sentence == p.sentence
                        and _SPEAKS.match(text, o.end)
                        and not _AFFILIATION.search(text, max(0, o.start - 12), o.start)]
            return speaking[0] if speaking else p  # 'At X's end, Y said': Y speaks
    return firsts[-1]


_MODIFIER = re.compile(  # 'the Obama administration': a name that only qualifies a noun
    r"\s+(?i:administration|government|campaign|cabinet|foundation|institute|era|team|camp|"
    r"family|estate|presidency|doctrine|plan|policy|policies|years)\b")
_AFFILIATION = re.compile(r"\b(?:of|for|at|with|from)\s+(?:the\s+)?$")  # 'director of X'
_SPEAKS = re.compile(rf"\s*(?:,[^,]{{2,60}},\s*)?(?:has\s+|had\s+|also\s+)*(?:{SPEECH})\b")
