"""Loopback load test of the web app: requests/second and latency per page, no errors allowed.

    .venv/bin/python bench/bench_web.py                 # store built from examples/corpus
    .venv/bin/python bench/bench_web.py --db news.db --requests 2000 --concurrency 20

Starts `storyweave serve` in a subprocess on a free loopback port, then sends a bounded
number of requests per target with httpx (async) at a fixed concurrency. A static file
is measured in the same run as the peer: the server's floor for one request.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent / "storyweave"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(db: Path) -> None:
    corpus = REPO / "examples" / "corpus"
    print(f"building {db} from {corpus} ...", file=sys.stderr)
    subprocess.run([str(BIN), "add", "--db", str(db), str(corpus)], check=False,
                   stdout=subprocess.DEVNULL)


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([str(BIN), "serve", "--db", str(db), "--port", str(port)],
                            stderr=None if os.environ.get("BENCH_VERBOSE") else subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/stories.json", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


async def hammer(client: httpx.AsyncClient, path: str, n: int, concurrency: int) -> dict:
    latencies: list[float] = []
    errors = 0
    size = len((await client.get(path)).content)
    sem = asyncio.Semaphore(concurrency)

    async def one() -> None:
        nonlocal errors
        async with sem:
            t = time.perf_counter()
            try:
                r = await client.get(path)
            except httpx.TransportError as exc:
                print(f"{path}: {type(exc).__name__} {exc}", file=sys.stderr)
                errors += 1
                return
            latencies.append(time.perf_counter() - t)
            errors += r.status_code != 200

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    wall = time.perf_counter() - start
    latencies.sort()
    return {"path": path, "n": n, "kb": size / 1024, "rps": n / wall,
            "p50": statistics.median(latencies) * 1000,
            "p95": latencies[int(0.95 * (n - 1))] * 1000, "errors": errors}


async def run(base: str, n: int, concurrency: int) -> list[dict]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        stories = (await client.get("/stories.json")).json()["stories"]
        if not stories:
            raise SystemExit("the store has no stories")
        sid = stories[0]["id"]
        aid = (await client.get(f"/stories/{sid}.json")).json()["articles"][0]
        targets = ["/static/style.css", "/", "/stories.json", f"/stories/{sid}",
                   f"/stories/{sid}.json", f"/articles/{aid}"]
        await client.get(targets[3])  # warm
        return [await hammer(client, t, n, concurrency) for t in targets]


def render_cost(db: Path, n: int = 30) -> dict[str, float]:
    """CPU milliseconds to build a page without the cache, in this process."""
    from storyweave.store import Store
    from storyweave.web import storyview
    from storyweave.web.render import render
    from storyweave.web.textmarks import render_text

    with Store(db) as store:
        sid = store.conn.execute("SELECT id FROM stories ORDER BY size DESC").fetchone()[0]

        def story() -> str:
            st = store.story(sid)
            arts = {a.id: a for a in store.articles(list(st.articles))}
            return render("story.html", v=storyview.story_context(st, arts, storyview.AppLinks()))

        def article() -> str:
            a = store.article(store.story(sid).articles[0])
            return str(render_text(a.text, (), a.removed))

        out = {}
        for name, fn in (("story page", story), ("article text", article)):
            fn()
            t = time.process_time()
            for _ in range(n):
                fn()
            out[name] = (time.process_time() - t) / n * 1000
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="store to serve (default: built from the examples)")
    ap.add_argument("--requests", type=int, default=2000, help="requests per target")
    ap.add_argument("--concurrency", type=int, default=20)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    if args.db is None:
        build_store(db)
    port = free_port()
    proc = start_server(db, port)
    try:
        results = asyncio.run(run(f"http://127.0.0.1:{port}", args.requests, args.concurrency))
        costs = render_cost(db)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        tmp.cleanup()
    print(f"web app, loopback, {args.requests} requests per target at concurrency "
          f"{args.concurrency}, {os.cpu_count()} CPUs (server: one uvicorn process)")
    print(f"{'target':<32} {'KB':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    for r in results:
        path = r["path"] if len(r["path"]) <= 32 else r["path"][:29] + "..."
        print(f"{path:<32} {r['kb']:6.1f} {r['rps']:8.0f} {r['p50']:8.1f} {r['p95']:8.1f} "
              f"{r['errors']:7d}")
    print("uncached, in process: " + ", ".join(f"{k} {v:.1f} ms CPU" for k, v in costs.items()))
    if any(r["errors"] for r in results):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
