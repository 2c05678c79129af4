"""The main job: inputs -> clean articles -> stories -> provenance, facts, summary per story."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .model import Analysis, Article, InputProblem, RawDocument, Story
from .settings import Settings

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _noop(stage: str, done: int, total: int) -> None:
    return None


def read_raw(
    paths: Sequence[str | Path], settings: Settings, store: object | None = None
) -> Iterable[RawDocument | InputProblem]:
    """Every input as RawDocuments or problems: files, folders and stdin through ingest;
    URLs, feeds, sitemaps, WARC files and URL lists through sources."""
    from .ingest import read_inputs
    from .sources import is_source, read_sources

    items = [str(p) for p in paths]
    remote = [i for i in items if is_source(i)]
    local = [i for i in items if not is_source(i)]
    if local:
        yield from read_inputs(local, settings.ingest)
    if remote:
        yield from read_sources(remote, settings.fetch, store=store)


def read_and_clean(
    paths: Sequence[str | Path],
    settings: Settings,
    progress: Progress = _noop,
    store: object | None = None,
) -> tuple[list[Article], list[InputProblem], list[tuple[str, str]]]:
    """Read every input and clean it; returns (articles, problems, duplicates).

    A bad input becomes an InputProblem and the rest goes on. Articles with the same
    content-hash id collapse to the first one; later ones are listed in duplicates as
    (source, id).
    """
    raws: list[RawDocument] = []
    problems: list[InputProblem] = []
    for item in read_raw(paths, settings, store):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            raws.append(item)
        progress("read", len(raws) + len(problems), 0)
    articles, clean_problems = _clean_guarded(raws, settings, progress)
    problems.extend(clean_problems)
    unique: dict[str, Article] = {}
    duplicates: list[tuple[str, str]] = []
    for article in articles:
        if article.id in unique:
            duplicates.append((article.source, article.id))
        else:
            unique[article.id] = article
    return list(unique.values()), problems, duplicates


def _clean_guarded(
    raws: Sequence[RawDocument], settings: Settings, progress: Progress
) -> tuple[list[Article], list[InputProblem]]:
    """Clean the batch; should the cleaner fail unexpectedly, isolate the failing inputs
    (one at a time) so that one odd document never costs the rest of the batch."""
    from .clean import clean_documents

    try:
        return clean_documents(raws, settings.clean, progress=progress)
    except Exception:  # noqa: BLE001 - a bug on one input must not sink the batch
        articles: list[Article] = []
        problems: list[InputProblem] = []
        for raw in raws:
            try:
                done, failed = clean_documents([raw], settings.clean)
            except Exception as exc:  # noqa: BLE001
                failed = [
                    InputProblem(
                        source=raw.source,
                        message=f"could not be cleaned ({type(exc).__name__}: {exc}); "
                        "please report this input",
                    )
                ]
                done = []
            articles.extend(done)
            problems.extend(failed)
        return articles, problems


def build_stories(
    articles: Sequence[Article],
    settings: Settings,
    groups: Iterable[Sequence[str]] | None = None,
    progress: Progress = _noop,
) -> list[Story]:
    """Group articles into stories (unless groups are given) and analyse each story."""
    from .stories import group_stories
    from .story_analysis import analyse_story

    by_id = {a.id: a for a in articles}
    if groups is None:
        groups = group_stories(articles, settings.stories)
    stories = []
    groups = [list(g) for g in groups]
    for i, group in enumerate(groups):
        members = sorted((by_id[a] for a in group), key=_article_order)
        stories.append(analyse_story(members, settings))
        progress("stories", i + 1, len(groups))
    stories.sort(key=lambda s: (-len(s.articles), s.id))
    return stories


def _article_order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.id)


def analyze(
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    single_story: bool = False,
    progress: Progress = _noop,
) -> Analysis:
    """Read, clean and analyse a pile of articles.

    ``paths`` are files, folders (read recursively) or ``-`` for standard input.
    With ``single_story`` the whole pile is treated as one story.
    """
    settings = settings or Settings()
    articles, problems, duplicates = read_and_clean(paths, settings, progress)
    articles.sort(key=_article_order)
    groups = [[a.id for a in articles]] if single_story and articles else None
    stories = build_stories(articles, settings, groups, progress) if articles else []
    return Analysis(
        articles=tuple(articles),
        stories=tuple(stories),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
    )


def analyze_into_store(
    paths: Sequence[str | Path],
    store: object,
    settings: Settings | None = None,
    *,
    progress: Progress = _noop,
) -> Analysis:
    """Read, clean and store a pile, update the stored stories incrementally, and return
    the stories this pile's articles belong to (with every article they hold, earlier
    stored ones too). The store is the truth: what it held before is kept and built on."""
    from .store import Store

    assert isinstance(store, Store)
    settings = settings or Settings()
    articles, problems, duplicates = read_and_clean(paths, settings, progress, store=store)
    new_ids = store.add_articles(articles)
    update_stories(store, new_ids, settings)
    story_ids = dict.fromkeys(sid for a in articles if (sid := store.story_of(a.id)))
    stories = sorted(
        (store.story(sid) for sid in story_ids), key=lambda s: (-len(s.articles), s.id)
    )
    member_ids = dict.fromkeys(aid for st in stories for aid in st.articles)
    member_ids.update((a.id, None) for a in articles)
    everything = sorted(store.articles(list(member_ids)), key=_article_order)
    return Analysis(
        articles=tuple(everything),
        stories=tuple(stories),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
    )


def update_stories(store: object, new_ids: Sequence[str], settings: Settings) -> list[Story]:
    """Bring the stored stories up to date after ``new_ids`` were added to the store.

    Returns the stories that changed. New articles are placed online (in date order) into
    the active stories kept in the store; only the changed stories are re-analysed.
    """
    from .store import Store
    from .stories.update import update_stories as place_and_update

    assert isinstance(store, Store)
    if new_ids:
        from .provenance.duplicates import index_store

        index_store(store, settings.provenance)  # store-wide near-duplicates, incremental
    return place_and_update(store, new_ids, settings)
