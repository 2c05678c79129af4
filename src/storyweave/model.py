"""The plain data that flows between stages: frozen, slotted, keyword-only dataclasses.

Every span is a ``(start, end)`` pair of character offsets, end exclusive, into
``Article.text`` of the article it names, so anything the tool says can be shown
in its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

#: The kinds of removed material (CONTRACT.md ``removed[].kind``).
REMOVED_KINDS = (
    "comments",
    "related",
    "caption",
    "byline",
    "furniture",
    "faq",
    "duplicate",
    "title",
    "other",
)

RELATIONS = ("copy", "rewrite", "translation", "excerpt", "shared-origin")
FACT_KINDS = ("quantity", "quote", "entity", "date")
FACT_STATUSES = ("agree", "conflict", "single")
# How a quote's speaker was found, most direct first, with the note a reader is shown beside
# the speaker (terminal fact table, web app, report): the tool's own words, with no example
# phrase in quote marks, which a reader takes for words of the article.
SPEAKER_BASES = {
    "named": "speaker named in the quote's sentence",  # 'said Ana Ruiz', 'the UN said'
    "pronoun": "speaker found from a pronoun",  # 'he said', 'she said'
    "role": "speaker found from a role, not a name",  # 'a spokesman said', 'officials said'
    "continued": "speaker carried over from the quote before",  # same paragraph, no said-clause
    "nearby": "speaker named in a sentence next to the quote",  # no said-clause
    "repeated": "same words attributed elsewhere in the article",
    "story": "same words attributed by another article",
}


#: marks a quoted sentence may open with ('“We will,” she said.'): shown as written, not quoted
#: again, by the terminal fact table and the web app alike
OPENING_MARKS = ("“", '"', "‘", "«")

@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """One input as read, before cleaning: plain text or HTML plus what the input said of itself."""

    source: str  # file path, URL, '-' or 'file.jsonl#12' (1-based line)
    text: str | None = None  # scraped plain text (needs boilerplate cleaning)
    html: str | None = None  # HTML (goes through trafilatura)
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 as given
    outlet: str | None = None
    byline: tuple[str, ...] = ()
    # True when the text is already a clean body (e.g. JSON 'text' from a curated dump)
    # and must not go through boilerplate removal. Readers of scraped text leave it False.
    clean: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class InputProblem:
    """An input that could not be read: where, and what was wrong with it."""

    source: str
    message: str
    line: int | None = None  # 1-based line in the input, when known

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed:
    """A block removed from the input while cleaning, and why."""

    text: str
    kind: str  # one of REMOVED_KINDS
    reason: str = ""  # a short human explanation ('after the comment header', ...)
    at: int = 0  # offset in Article.text where the block stood (to show it in place)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of an article: offsets into Article.text and the paragraph it sits in."""

    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean article: the body a reader would call the article, plus its metadata."""

    id: str  # content hash of the normalised body (ids.article_id)
    source: str  # the input it came from (CONTRACT 'path')
    text: str  # paragraphs separated by '\n\n'
    title: str | None = None
    byline: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    language: str = "en"  # ISO 639-1
    url: str | None = None
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """An aligned passage pair: a span in the source article and one in the target.

    On a 'shared-origin' edge from an unseen source there is no source article to point
    into: the passage is one the target shares with ``source_article``, another article
    of the pile that shares the origin, and ``source_span`` is in that article."""

    source_span: Span
    target_span: Span
    kind: str = "verbatim"  # verbatim | near-verbatim | paraphrase
    similarity: float = 1.0
    source_article: str | None = None  # only for an 'unseen:N' source: the sibling's id


@dataclass(frozen=True, slots=True, kw_only=True)
class Edge:
    """A derivation: ``target`` derives from ``source`` (an article id or 'unseen:N')."""

    source: str
    target: str
    relation: str  # one of RELATIONS
    confidence: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One article's statement of a fact, with the span it was read from."""

    article: str
    text: str  # the sentence
    span: Span  # the claim itself (the number, the quote) inside Article.text
    value: float | str | None = None
    unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None
    sentence_span: Span | None = None
    speaker_basis: str | None = None  # how the speaker was found: one of SPEAKER_BASES
    speaker_span: Span | None = None  # where the article names the speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """Claims from several articles about the same thing, cross-checked."""

    id: str
    kind: str  # one of FACT_KINDS
    label: str
    status: str  # one of FACT_STATUSES
    independent_accounts: int
    claims: tuple[Claim, ...] = ()
    note: str | None = None  # e.g. 'figure changed over time: initially 5,000, now 2,000'


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """An article and the span in it that supports a summary sentence."""

    article: str
    span: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]
    contested: bool = False
    note: str | None = None  # why it is contested, or that a check failed
    day: str | None = None  # ISO day its 'today', 'yesterday' or weekday means (article's date)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEvent:
    date: str  # ISO 8601
    text: str
    citations: tuple[Citation, ...]
    planned: bool = False  # told as still to come when written ('will meet on Friday')


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Articles reporting one real-world event, and what the tool found about them."""

    id: str
    title: str
    articles: tuple[str, ...]  # article ids, by date then id
    accounts: tuple[tuple[str, ...], ...] = ()
    provenance: tuple[Edge, ...] = ()
    facts: tuple[Fact, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """What ``analyze`` returns: articles, stories, and the inputs that failed."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()
    problems: tuple[InputProblem, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = field(default=())  # (source, id it duplicates)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
