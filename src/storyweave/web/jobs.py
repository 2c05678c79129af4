"""Adding articles from the web app in the background: pasted text, uploaded files, URLs.

Uploads are written under names made here into a fresh temporary folder (never a path
taken from the request); URLs go to the sources stage (which refuses private addresses).
The pipeline reads and cleans them, the store keeps them and the stories are updated; the
page polls the job for progress. One worker, so the web app's writes never race.

Jobs are also written to the store's database (table ``web_jobs``) whenever their state
or stage changes, so a job's page still answers after the server restarts; a job that was
queued or running when the server stopped is shown as failed, with what to do next.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article
from ..settings import Settings

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
INTERRUPTED = ("the server stopped before this job finished; articles it had stored are "
               "kept. Add the inputs again to finish (stored ones are skipped).")


@dataclass(frozen=True, slots=True, kw_only=True)
class Upload:
    """One input of an 'add articles' request, already read into memory."""

    label: str  # what the user called it (a file name, 'pasted text', a URL): shown, never opened
    data: bytes = b""
    suffix: str = ".txt"
    url: str | None = None  # an http(s) URL for the sources stage to fetch


@dataclass(slots=True, kw_only=True)
class Job:
    """The state of one background 'add articles' job (read by the polling endpoint)."""

    id: str
    state: str = "queued"  # queued | running | done | failed
    stage: str = "queued"
    done: int = 0
    total: int = 0
    added: list[str] = field(default_factory=list)
    already_stored: int = 0
    stories: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


class JobsBusy(Exception):
    """Too many jobs wait already."""


class Jobs:
    """Runs 'add articles' jobs one at a time against one store file."""

    def __init__(self, db_path: Path, settings: Settings, keep: int = 200) -> None:
        self.db_path = db_path
        self.settings = settings
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyweave-add")
        self._keep = keep
        self.max_waiting = 8
        self._ledger = _Ledger(db_path, keep)

    def submit(self, uploads: Sequence[Upload]) -> Job:
        """Queue a job; JobsBusy when ``max_waiting`` jobs already wait (uploads sit in memory)."""
        job = Job(id=uuid.uuid4().hex[:12])
        with self._lock:
            waiting = sum(1 for j in self._jobs.values() if j.state == "queued")
            if waiting >= self.max_waiting:
                raise JobsBusy(f"{waiting} jobs are already waiting; try again in a minute")
            self._jobs[job.id] = job
            while len(self._jobs) > self._keep:
                self._jobs.pop(next(iter(self._jobs)))
            self._ledger.save(job)
        self._pool.submit(self._run, job, list(uploads))
        return job

    def get(self, job_id: str) -> Job | None:
        """The job as it is now: from memory, or as saved by this or an earlier server."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                return dataclasses.replace(job)
        return self._ledger.load(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _update(self, job: Job, **changes: object) -> None:
        with self._lock:
            milestone = any(changes.get(k, getattr(job, k)) != getattr(job, k)
                            for k in ("state", "stage"))
            for k, v in changes.items():
                setattr(job, k, v)
            if milestone or job.state in ("done", "failed"):  # not every progress tick
                self._ledger.save(job)

    def _run(self, job: Job, uploads: list[Upload]) -> None:
        self._update(job, state="running", stage="read", total=len(uploads))
        folder = Path(tempfile.mkdtemp(prefix="storyweave-add-"))
        try:
            self._ingest(job, uploads, folder)
            self._update(job, state="done", stage="done")
        except Exception as exc:  # a job must always end in a state the page can show
            self._update(job, state="failed", stage="failed", error=f"{type(exc).__name__}: {exc}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _ingest(self, job: Job, uploads: list[Upload], folder: Path) -> None:
        from .. import pipeline
        from ..store import Store

        labels = _write_files(uploads, folder)
        inputs = [str(p) for p in labels] + [up.url for up in uploads if up.url]

        def progress(stage: str, done: int, total: int) -> None:
            self._update(job, stage=stage, done=done, total=total or job.total)

        with Store(self.db_path) as store:
            articles, input_problems, duplicates = pipeline.read_and_clean(
                inputs, self.settings, progress, store=store
            )
            articles = [_relabel(a, labels) for a in articles]
            problems = [_relabel_problem(str(p), labels) for p in input_problems]
            if inputs and not articles and not input_problems and not duplicates:
                problems.append("no article found in the input: nothing left after cleaning "
                                "(too short, or all page furniture?)")
            self._update(job, problems=problems, stage="store")
            new_ids = store.add_articles(articles)
            self._update(job, stage="stories", added=new_ids,
                         already_stored=len(articles) - len(new_ids) + len(duplicates))
            if new_ids:  # nothing new, nothing to regroup
                pipeline.update_stories(store, new_ids, self.settings)
            stories = {store.story_of(a.id) for a in articles}
        self._update(job, stories=sorted(s for s in stories if s))


class _Ledger:
    """Jobs as JSON rows of the store's database, for pages asked after a restart."""

    def __init__(self, db_path: Path, keep: int) -> None:
        self.db_path, self.keep = db_path, keep
        with self._connect() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS web_jobs (id TEXT PRIMARY KEY, "
                         "data TEXT NOT NULL, saved REAL NOT NULL)")
            for (jid, data) in conn.execute("SELECT id, data FROM web_jobs").fetchall():
                job = Job(**json.loads(data))
                if job.state in ("queued", "running"):  # an earlier server stopped mid-job
                    job = dataclasses.replace(job, state="failed", stage="failed",
                                              error=INTERRUPTED)
                    conn.execute("UPDATE web_jobs SET data = ? WHERE id = ?",
                                 (json.dumps(job.as_dict()), jid))

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A short-lived connection (the worker thread and request threads each open
        their own), committed on success and always closed."""
        conn = sqlite3.connect(str(self.db_path), timeout=30)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def save(self, job: Job) -> None:
        import time

        with self._connect() as conn:
            conn.execute("INSERT OR REPLACE INTO web_jobs(id, data, saved) VALUES (?, ?, ?)",
                         (job.id, json.dumps(job.as_dict()), time.time()))
            conn.execute("DELETE FROM web_jobs WHERE id NOT IN (SELECT id FROM web_jobs "
                         "ORDER BY saved DESC LIMIT ?)", (self.keep,))

    def load(self, job_id: str) -> Job | None:
        with self._connect() as conn:
            row = conn.execute("SELECT data FROM web_jobs WHERE id = ?", (job_id,)).fetchone()
        return Job(**json.loads(row[0])) if row else None


def _write_files(uploads: list[Upload], folder: Path) -> dict[Path, Upload]:
    """Write each pasted text or file under a name made here (URLs are read by sources)."""
    labels: dict[Path, Upload] = {}
    for i, up in enumerate(uploads):
        if up.url is not None:
            continue
        suffix = up.suffix if up.suffix in ALLOWED_SUFFIXES else ".txt"
        path = folder / f"input-{i:04d}{suffix}"
        path.write_bytes(up.data)
        labels[path] = up
    return labels


def _relabel(article: Article, labels: dict[Path, Upload]) -> Article:
    """Name an article after what the user gave (not the temporary file it was read from)."""
    for path, up in labels.items():
        if article.source.startswith(str(path)):
            rest = article.source[len(str(path)):]
            return dataclasses.replace(article, source=up.label + rest)
    return article


def _relabel_problem(message: str, labels: dict[Path, Upload]) -> str:
    for path, up in labels.items():
        message = message.replace(str(path), up.label)
    return message
