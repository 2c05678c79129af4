"""A small fictional store for the web tests: a story with provenance, facts, a cited
summary and a timeline, built directly from model objects (no pipeline stage involved),
plus an article whose text tries every HTML injection we guard against."""

from __future__ import annotations

from pathlib import Path

from storyweave.ids import article_id, story_id
from storyweave.model import (
    Article,
    Citation,
    Claim,
    Edge,
    Evidence,
    Fact,
    Removed,
    Sentence,
    Story,
    SummarySentence,
    TimelineEvent,
)
from storyweave.store import Store

SHARED = "Dock workers at the port of Veldmark walked out on Monday over a pay freeze."
ORIGINAL = (
    "Harbour strike halts Veldmark port\n\n"
    f"{SHARED} The union said about 300 workers joined the strike by noon.\n\n"
    "Managers called the stoppage unlawful and asked a court to intervene.\n\n"
    "Talks are set to resume on Thursday, the mayor said."
)
COPY = (
    f"{SHARED} The union said about 300 workers joined the strike by noon.\n\n"
    "Managers called the stoppage unlawful and asked a court to intervene."
)
OWN = (
    "Coast Radio spoke to strikers at the main gate. More than 500 workers stopped work, "
    "a union steward told us, and the cranes stood idle all afternoon.\n\n"
    "The port authority declined to comment."
)
EVIL = (
    "Breaking <script>window.__pwned = 1</script> news from the port.\n\n"
    'A picture <img src=x onerror="window.__pwned = 2"> and a '
    '<a href="javascript:window.__pwned=3">link</a>.\n\n'
    "A closing </textarea><b>bold</b> tag and </p></main> more."
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for para_no, para in enumerate(text.split("\n\n")):
        start = text.index(para, pos)
        for piece in para.replace(". ", ".\x00").split("\x00"):
            s = text.index(piece, start)
            out.append(Sentence(start=s, end=s + len(piece), paragraph=para_no))
            start = s + len(piece)
        pos = start
    return tuple(out)


def article(text: str, *, outlet: str, published: str, title: str | None = None,
            removed: tuple[Removed, ...] = (), url: str | None = None) -> Article:
    return Article(id=article_id(text), source=f"{outlet.lower().replace(' ', '-')}.txt",
                   text=text, title=title, outlet=outlet, published=published,
                   removed=removed, url=url, sentences=_sentences(text))


def span_of(a: Article, phrase: str) -> tuple[int, int]:
    start = a.text.index(phrase)
    return (start, start + len(phrase))


def build_articles() -> dict[str, Article]:
    original = article(
        ORIGINAL, outlet="Harbour Gazette", published="2031-05-05T09:00:00",
        title="Harbour strike halts Veldmark port", url="https://gazette.example/strike",
        removed=(
            Removed(text="Comments (2)\nGreat reporting!", kind="comments",
                    reason="after the comment header", at=len(ORIGINAL)),
            Removed(text="Photo: cranes at dawn", kind="caption", reason="a photo caption",
                    at=ORIGINAL.index("Managers")),
        ),
    )
    copy = article(COPY, outlet="Daily Relay", published="2031-05-05T13:00:00",
                   title="Veldmark dock strike")
    own = article(OWN, outlet="Coast Radio", published="2031-05-06T08:00:00",
                  title="At the gate with Veldmark strikers")
    evil = article(EVIL, outlet="<b>Evil</b> Outlet", published="2031-05-07",
                   title="<script>window.__pwned = 4</script>Title",
                   url="javascript:window.__pwned=5")
    return {"original": original, "copy": copy, "own": own, "evil": evil}


def build_story(arts: dict[str, Article]) -> Story:
    o, c, w = arts["original"], arts["copy"], arts["own"]
    ev = Evidence(source_span=span_of(o, SHARED), target_span=span_of(c, SHARED),
                  kind="verbatim", similarity=1.0)
    claims_300 = (
        Claim(article=o.id, text=o.text[slice(*span_of(o, "The union said about 300 workers "
                                                          "joined the strike by noon."))],
              span=span_of(o, "about 300 workers"), value=300.0, unit="workers",
              qualifier="about",
              sentence_span=span_of(o, "The union said about 300 workers joined the strike "
                                       "by noon.")),
        Claim(article=w.id, text="More than 500 workers stopped work, a union steward told us,"
              " and the cranes stood idle all afternoon.",
              span=span_of(w, "More than 500 workers"), value=500.0, unit="workers",
              qualifier="more than"),
    )
    return Story(
        id=story_id([o.id, c.id, w.id]),
        title="Harbour strike halts Veldmark port",
        articles=(o.id, c.id, w.id),
        accounts=((o.id, c.id), (w.id,)),
        provenance=(
            Edge(source=o.id, target=c.id, relation="copy", confidence=0.97, evidence=(ev,)),
            Edge(source="unseen:1", target=o.id, relation="shared-origin", confidence=0.4),
        ),
        facts=(
            Fact(id="f1", kind="entity", label="Veldmark port", status="agree",
                 independent_accounts=2,
                 claims=(Claim(article=o.id, text=SHARED, span=span_of(o, "Veldmark")),)),
            Fact(id="f2", kind="quantity", label="workers on strike", status="conflict",
                 independent_accounts=2, claims=claims_300,
                 note="about 300 (union, by noon) vs more than 500 (steward)"),
        ),
        summary=(
            SummarySentence(text="Dock workers in Veldmark struck over a pay freeze.",
                            citations=(Citation(article=o.id, span=span_of(o, SHARED)),
                                       Citation(article=w.id, span=span_of(
                                           w, "the cranes stood idle all afternoon")))),
            SummarySentence(text="Between 300 and more than 500 workers took part.",
                            contested=True, note="outlets disagree on the number",
                            citations=(Citation(article=w.id,
                                                span=span_of(w, "More than 500 workers")),)),
        ),
        timeline=(
            TimelineEvent(date="2031-05-05", text="Strike begins.",
                          citations=(Citation(article=o.id, span=span_of(o, SHARED)),)),
        ),
    )


def build_store(path: Path) -> dict[str, object]:
    """A store with the fictional strike story and the injection article (own story)."""
    arts = build_articles()
    story = build_story(arts)
    evil = arts["evil"]
    evil_story = Story(
        id=story_id([evil.id]), title=evil.title or "", articles=(evil.id,),
        accounts=((evil.id,),),
        summary=(SummarySentence(text="<img src=x onerror=\"window.__pwned=6\">",
                                 citations=(Citation(article=evil.id, span=(0, 20)),)),),
    )
    with Store(path) as store:
        store.add_articles(arts.values())
        store.save_stories([story, evil_story])
    return {"articles": arts, "story": story, "evil_story": evil_story}


def test_fixture_story_is_consistent(tmp_path: Path) -> None:
    made = build_store(tmp_path / "t.db")
    story = made["story"]
    arts = made["articles"]
    with Store(tmp_path / "t.db") as store:
        assert store.story(story.id).facts[1].status == "conflict"
        for s in story.summary:
            for c in s.citations:
                a = store.article(c.article)
                assert 0 <= c.span[0] < c.span[1] <= len(a.text)
        assert store.article(arts["evil"].id).text == EVIL


class LiveServer:
    """A real uvicorn server on a free loopback port, in a background thread."""

    def __init__(self, db_path: Path, settings: object | None = None) -> None:
        import socket

        import uvicorn

        from storyweave.web import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.app = create_app(db_path, settings)  # type: ignore[arg-type]
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        import threading
        import time

        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
