"""Fetching many URLs at once: a few worker threads, different hosts first, results in order.

The per-host rate limit still holds (it lives in the fetcher), so one host never sees more
than its pace; the threads only let several hosts be fetched side by side.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

LOOKAHEAD = 64  # how far down the queue to look for a host that is not busy


class FetchQueue(Generic[T, R]):
    """Tasks in, (task, result) out in the order they were started.

    ``tasks`` may grow while results are being consumed (a feed's entries join the queue).
    ``admit`` is asked, in the caller's thread, just before a task starts; False drops it.
    """

    def __init__(
        self,
        work: Callable[[T], R],
        host: Callable[[T], str],
        admit: Callable[[T], bool],
        workers: int = 4,
        stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.work = work
        self.host = host
        self.admit = admit
        self.workers = max(1, workers)
        self.stop = stop  # once true, nothing new starts; what already started comes back
        self.tasks: deque[T] = deque()

    def run(self) -> Iterator[tuple[T, R]]:
        if self.workers == 1:
            while self.tasks and not self.stop():
                task = self.tasks.popleft()
                if self.admit(task):
                    yield task, self.work(task)
            return
        pool = ThreadPoolExecutor(self.workers, thread_name_prefix="storyweave-fetch")
        inflight: deque[tuple[T, Future[R]]] = deque()
        try:
            while (self.tasks and not self.stop()) or inflight:
                if not self.stop():
                    self._fill(pool, inflight)
                if inflight:
                    task, future = inflight.popleft()
                    yield task, future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _fill(self, pool: ThreadPoolExecutor, inflight: deque[tuple[T, Future[R]]]) -> None:
        while self.tasks and len(inflight) < 2 * self.workers:
            busy = {self.host(t) for t, _ in inflight}
            task = self._pick(busy)
            if self.admit(task):
                inflight.append((task, pool.submit(self.work, task)))

    def _pick(self, busy: set[str]) -> T:
        for i, task in enumerate(self.tasks):
            if i >= LOOKAHEAD:
                break
            if self.host(task) not in busy:
                del self.tasks[i]
                return task
        return self.tasks.popleft()
