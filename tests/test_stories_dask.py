"""`cluster` on a Dask LocalCluster (2 worker processes) gives the same stories as locally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyweave.settings import StorySettings
from storyweave.stories.distributed import cluster_dask, cluster_local


def _shards(tmp_path: Path, shared: Path) -> list[Path]:
    """TAC 2011 documents in three JSONL shards and one Parquet shard."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for line in (shared / "eval" / "summarization" / "tac2011_en.jsonl").open():
        topic = json.loads(line)
        rows += [
            {"id": d["id"], "title": d["title"], "text": d["text"], "date": d["date"]}
            for d in topic["documents"]
        ]
    rows = rows[::4]  # 25 articles keep the test quick
    paths = []
    for k in range(3):
        p = tmp_path / f"part-{k}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in rows[k::4]))
        paths.append(p)
    p = tmp_path / "part-3.parquet"
    pq.write_table(pa.Table.from_pylist(rows[3::4]), p)
    return [*paths, p]


@pytest.mark.slow
def test_dask_gives_the_same_stories_as_local(tmp_path: Path, shared: Path) -> None:
    from distributed import Client, LocalCluster

    paths = _shards(tmp_path, shared)
    settings = StorySettings()
    local = cluster_local(paths, settings)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        remote = cluster_dask(paths, settings, client)
        assert len(client.scheduler_info()["workers"]) == 2
    assert remote.groups == local.groups
    assert len(local.articles) == 25 and not local.problems
    assert 9 <= len(local.groups) <= 11
