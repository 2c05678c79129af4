"""Who a parsed subject names: a person's full name, the person a role or title names, a
document's issuer, or a noun phrase as written (for ``speakers``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_keys import TITLES
from .traits import names_people

Person = Callable[[str], "bool | None"]  # a name is a person: True, False, None (untyped)
#: Nouns for documents: a quote read from one belongs to whoever issued it.
DOCUMENT_NOUNS = frozenset(
    "statement report communique communiqué declaration release letter website site paper "
    "newspaper article document study survey roadmap resolution text message note memo "
    "bulletin notice appeal announcement transcript blog post email e-mail tweet complaint "
    "lawsuit suit indictment affidavit petition filing records documents".split())
PRONOUN_WORDS = frozenset("he she they i we".split())
NAME_PARTS = ("compound", "flat", "nmod")


_COARSE = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON",
           "WP": "PRON", "CD": "NUM", "MD": "AUX"}


def pos(t) -> str:  # noqa: ANN001 - a spaCy Token
    """The coarse part of speech (PROPN, NOUN, PRON, NUM, VERB) from the fine tag."""
    tag = t.tag_
    return _COARSE.get(tag) or ("VERB" if tag.startswith("VB") else tag)


def people_noun(token) -> bool:  # noqa: ANN001
    """Whether a noun names people ('spokesman', 'witnesses', 'analyst'), not a body."""
    word = token.lower_
    if word in BODY_NOUNS:
        return False
    return word in _PERSON_ROLES or names_people(word)


_PERSON_ROLES = frozenset(
    "spokesman spokeswoman spokesperson chief president minister secretary governor mayor "
    "official ambassador director adviser advisor envoy head chair chairman chairwoman "
    "commissioner analyst expert witness resident negotiator correspondent scientist "
    "economist lawyer attorney prosecutor professor source".split())  # 'a source said'
BODY_NOUNS = frozenset("police ministry government agency office department council "
                        "commission committee company union group authorities embassy army "
                        "military navy family district school hospital university college "
                        "court board firm airline bank retailer studio label network startup "
                        "county city state administration".split())
_KINDS_OF_BODY = frozenset("movement party organisation organization charity network "
                           "firm bank airline newspaper channel station".split())
_TITLE = re.compile(rf"(?:{TITLES})")


def phrase(token, person: Person) -> str | None:  # noqa: ANN001 - a spaCy Token
    """The speaker a subject token names: a person's full name, the person a title or role
    names ('Prime Minister of X Ana Ruiz', 'the director, Ana Ruiz,'), a document's issuer,
    or the noun phrase as written ('the minister')."""
    if pos(token) == "PRON":
        return token.lower_ if token.lower_ in PRONOUN_WORDS | {"it"} else None
    if token.lower_ in ("latter", "later", "former"):  # 'with the latter stating that'
        return "the former" if token.lower_ == "former" else "the latter"
    if token.dep_ == "appos" and pos(token) != "PROPN" and pos(token.head) == "PROPN":
        return phrase(token.head, person)  # 'X, the negotiator, who said': X
    named = _second_title(token, person) or person_in(token, person)
    if named:
        return named
    if pos(token) != "PROPN":
        if token.lower_ in DOCUMENT_NOUNS:
            issuer = _issuer(token, person)
            if issuer:
                return issuer
        return noun_phrase(token)
    return name_of(token, person)


def _second_title(token, person: Person) -> str | None:  # noqa: ANN001 - a spaCy Token
    """The person a title names through a second title joined by 'and' ('Kestrel CEO and new
    Velora general manager Ana Ruiz', 'businessman and blogger Ana Ruiz': Ana Ruiz)."""
    if pos(token) not in ("PROPN", "NOUN") or not (token.text.isupper() or people_noun(token)):
        return None
    bare = pos(token) == "NOUN" and not any(c.dep_ in ("det", "poss") for c in token.children)
    for c in token.children:  # a bare role is a title: 'team president and manager Ana Ruiz'
        if c.dep_ == "conj" and pos(c) == "PROPN" and (bare or any(
                g.dep_ == "compound" and pos(g) == "NOUN" and people_noun(g) for g in c.children)):
            name = name_of(c, person)
            return name if person(name) else None
    return None


def person_in(token, person: Person) -> str | None:  # noqa: ANN001
    """A person named inside a subject that is a title, a role or a body rather than a
    person: 'the agency's chief, Ana Ruiz,', 'Prime Minister of the X Ana Ruiz', 'Director
    Ana Ruiz' (not through 'for': 'a spokesman for Ana Ruiz' is not Ana Ruiz)."""
    if pos(token) == "PROPN" and person(name_of(token, person)):
        return None  # the subject is itself a person: 'X, the director of Y, said'
    for c in token.children:  # 'the agency's press chief, Ana Ruiz,'
        if c.dep_ == "appos" and pos(c) == "PROPN" and pos(token) in ("NOUN", "NUM"):
            return name_of(c, person)
    stack = [c for c in token.children if c.dep_ not in _NOT_PHRASE and not (
        pos(token) == "PROPN" and c.dep_ == "appos" and pos(c) != "PROPN")]
    #        a name's own role ('said X, chief executive of Y,') names no other speaker
    while stack:
        t = stack.pop(0)
        if pos(t) == "PROPN" and t.dep_ not in NAME_PARTS:
            name = name_of(t, person)
            if person(name) and name.split()[-1].lower() not in _BODY_WORDS:
                return name  # (not 'the Polar Institute', whatever NER typed it as)
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.i == token.i and token.tag_ in (
                "NNS", "NNPS"):
            continue  # 'Friends of Ana Ruiz said': the friends speak, not Ana Ruiz
        if not (t.dep_ == "prep" and t.lower_ in ("for", "to", "with", "by")):
            stack.extend(c for c in t.children if c.dep_ not in _NOT_PHRASE)
        elif t.lower_ == "for":
            named = _named_after_body(t, person)
            if named:  # 'a spokeswoman for the sheriff's office, Ana Ruiz,': Ana Ruiz speaks
                return named
    return None


def _named_after_body(prep, person: Person) -> str | None:  # noqa: ANN001
    """The person set off after a body a role works for ('for the sheriff's office, Ana
    Ruiz,'), not after a person ('for the minister, Ana Ruiz,' names the minister)."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and pos(obj) == "NOUN" and not people_noun(obj):
            for c in obj.children:
                if c.dep_ == "appos" and pos(c) == "PROPN" and person(name_of(c, person)):
                    return name_of(c, person)
    return None


_NOT_PHRASE = ("relcl", "acl", "conj", "cc", "advcl", "ccomp", "punct", "poss")


def name_of(token, person: Person | None = None) -> str:  # noqa: ANN001
    """A proper noun with the name parts before it ('Ana Maria Ruiz'); when the run also
    holds a body or a title ('United Kingdom Tony Blair'), the longest tail that names a
    person."""
    parts = [token]
    left = token
    while left.i > 0:
        prev = left.doc[left.i - 1]
        if prev.head.i in {p.i for p in parts} and prev.dep_ in NAME_PARTS and pos(
                prev) == "PROPN":  # 'New' of 'New York Times' hangs on 'York'
            parts.insert(0, prev)
            left = prev
        else:
            break
    while parts[-1].i + 1 < len(token.doc):  # 'Ana Ruiz Jr.' / flat names after the head
        nxt = token.doc[parts[-1].i + 1]
        if nxt.head.i == token.i and nxt.dep_ in ("flat", "compound") and pos(nxt) == "PROPN":
            parts.append(nxt)
        else:
            break
    titles = [i for i, p in enumerate(parts[:-1]) if _TITLE.fullmatch(p.text)]
    if titles:  # 'Trade Minister Ana Ruiz', 'Deputy Regional Director Ana Ruiz'
        parts = parts[titles[-1] + 1 :]
    words = [p.text for p in parts]
    owner = _owning_name(token, parts[0], person)
    if owner:  # 'the Harlan County Sheriff's Office': one body's name, not 'Office'
        words = [owner, *words]
    body = _of_body(token)
    if body:  # 'the Department of Energy', 'the Bank of Arden'
        return " ".join(words) + " of " + body
    if person is not None and len(words) > 2:
        for i in range(len(words) - 1):
            if person(" ".join(words[i:])):
                return " ".join(words[i:])
    return " ".join(words)


def _owning_name(token, first, person: Person | None) -> str | None:  # noqa: ANN001
    """The possessive that opens a body's name ('Sheriff's' of 'the County Sheriff's
    Office', 'Attorney's' of 'the District Attorney's Office'): the capitalised name with its
    'X's, when a body word heads the name; None otherwise ('Apple's Tim Cook' is a person)."""
    if token.lower_ not in _BODY_WORDS or first.i < 2:
        return None
    case = token.doc[first.i - 1]
    owner = token.doc[first.i - 2]
    if case.lower_ not in ("'s", "’s") or owner.dep_ != "poss" or owner.head.i != token.i \
            or pos(owner) != "PROPN":
        return None
    return name_of(owner, person) + case.text


_BODY_WORDS = frozenset(
    "department ministry office bank university council commission institute court board "
    "agency committee bureau union federation association chamber house church academy "
    "college museum society secretariat government assembly parliament league".split())


def _of_body(token) -> str | None:  # noqa: ANN001
    """'of Energy' after a body's name ('Department of Energy'): the rest of the name."""
    if token.lower_ not in _BODY_WORDS:
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner = next((c for c in obj.children if c.dep_ == "poss" and pos(c) == "PROPN"), None) if (
        obj is not None and obj.lower_ in DOCUMENT_NOUNS) else None
    if owner is not None:  # "the Office of the Surgeon General's Web site": the parse hangs
        return token.doc[of.i + 1 : owner.i + 1].text  # the owner on the site, not the office
    if obj is None or pos(obj) != "PROPN":
        return None
    return token.doc[of.i + 1 : obj.i + 1].text


def _issuer(doc_noun, person: Person) -> str | None:  # noqa: ANN001
    """Who issued a document: 'the ministry's statement', 'a statement from X', 'the X
    report', 'the report, published by X'."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and pos(c) in ("PROPN", "NOUN"):
            return phrase(c, person)
        if c.dep_ == "compound" and pos(c) == "PROPN":
            return name_of(c)
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in DOCUMENT_NOUNS:
                return phrase(obj, person)
        if c.dep_ == "acl":
            agent = next((o for o in c.children if o.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return phrase(obj, person)
    return None


def noun_phrase(token) -> str:  # noqa: ANN001
    """A role-named subject as written, with its determiners, modifiers and first
    prepositional phrase, without clauses or appositions: 'the minister', 'a spokesman for
    the Water Board' (not '... in the capital'), 'one passenger'; a body named by a proper
    noun before its kind is that name ('the Kestrel group' -> 'Kestrel')."""
    named = [c for c in token.children if c.dep_ == "compound" and pos(c) == "PROPN"]
    if token.lower_ in BODY_NOUNS | _KINDS_OF_BODY and named:
        return name_of(named[-1])
    keep = {token.i}
    stack = [(c, 0) for c in token.children]
    preps = 0
    while stack:
        c, depth = stack.pop()
        if depth == 0 and _second_role(token, c):  # 'a blogger and journalist': both roles
            keep.add(c.i)
            continue
        if c.dep_ in ("relcl", "appos", "punct", "acl", "cc", "conj", "advmod", "advcl") or (
                depth == 0 and c.tag_ == "POS"):  # "the NYPD's statement": the NYPD
            continue
        if c.dep_ == "prep" and depth == 0:  # 'a spokesman for X', not '... in the capital'
            preps += 1
            if preps > 1 or c.i < token.i or c.lower_ not in ("for", "of", "with", "at", "from"):
                continue
        elif c.dep_ == "prep":
            continue
        keep.add(c.i)
        stack.extend((g, depth + 1) for g in c.children)
    lo, hi = min(keep), max(keep)
    words = token.doc[lo : hi + 1].text
    return re.sub(r"\s+", " ", words).strip(" ,")


def looks_personal(token, name: str) -> bool:  # noqa: ANN001
    """An untyped name that reads as a person's: a role in apposition ('Ilse Brandauer,
    the mayor,') or a title or role before it ('Mayor Ilse Brandauer', 'fire chief X')."""
    return any(c.dep_ in ("appos", "compound") and (people_noun(c) or _TITLE.fullmatch(
        c.text.capitalize())) for c in token.children)


def _second_role(token, conj) -> bool:  # noqa: ANN001 - spaCy Tokens
    """Whether ``conj`` is a second bare noun joined to a role noun by 'and' ('a blogger and
    journalist'), one person with two roles rather than a second speaker ('the mayor and the
    governor')."""
    return (conj.dep_ == "conj" and pos(token) == "NOUN" and pos(conj) == "NOUN"
            and 0 < conj.i - token.i <= 2 and token.doc[token.i + 1].lower_ == "and"
            and not any(g.dep_ in ("det", "poss", "nummod") for g in conj.children))
