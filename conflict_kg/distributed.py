"""Run the build's parse + extract + resolve + graph step on a Dask cluster.

``conflict-kg build --dask tcp://HOST:PORT`` connects to a running scheduler
(``dask scheduler`` plus ``dask worker tcp://HOST:PORT --nthreads 1`` on each
machine, every worker with this project and its models installed);
``--dask local:N`` starts a :class:`distributed.LocalCluster` of ``N`` worker
processes with one thread each on this machine.

Each task parses one batch of documents and returns, per document, its record
counts and the SPARQL Update that writes its named graph: its N-Triples, laid out
by :func:`conflict_kg.kg.store.document_update` (:class:`conflict_kg.workers.DocResult`).
Only the client writes the store -- embedded, or a ``sparql+http://`` server
(:func:`conflict_kg.kg.store.open_store`) -- applying each update as it is, so the graph
equals a local build's. At most
``2 x worker threads`` tasks are outstanding, and results are taken in input
order, so client memory does not grow with the corpus.

One worker thread per process: the spaCy models are not faster with more
threads in one process, and each worker process loads the models once
(module-level cache, :func:`conflict_kg.extract.models.load_model`).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from conflict_kg.kg.model import Document

__all__ = ["DaskSpecError", "parse_dask_spec", "dask_client", "dask_results"]

#: Tasks kept queued or running per worker thread (bounds memory on both sides).
_IN_FLIGHT_PER_THREAD = 2

_LOCAL = re.compile(r"local:(\d+)")


class DaskSpecError(ValueError):
    """The ``--dask`` value is neither ``tcp://HOST:PORT`` (or another Dask address) nor ``local:N``."""


def parse_dask_spec(spec: str) -> tuple[str, int | str]:
    """``("local", n_workers)`` or ``("address", address)``.

    >>> parse_dask_spec("local:2")
    ('local', 2)
    >>> parse_dask_spec("tcp://10.0.0.5:8786")
    ('address', 'tcp://10.0.0.5:8786')
    """
    spec = spec.strip()
    m = _LOCAL.fullmatch(spec)
    if m:
        n = int(m.group(1))
        if n < 1:
            raise DaskSpecError(f"--dask local:N wants N >= 1, got {spec!r}")
        return ("local", n)
    if re.fullmatch(r"(tcp|tls|ucx|inproc|ws|wss)://\S+", spec):
        return ("address", spec)
    raise DaskSpecError(f"--dask wants tcp://HOST:PORT of a Dask scheduler or local:N, got {spec!r}")


def dask_client(spec: str):
    """A :class:`distributed.Client` for ``spec`` (and the LocalCluster it owns, or ``None``)."""
    from distributed import Client, LocalCluster

    kind, value = parse_dask_spec(spec)
    if kind == "local":
        # Worker processes, one thread each: the models hold the GIL for much of a parse.
        # No dashboard (nothing listens beyond the loopback scheduler and workers).
        cluster = LocalCluster(n_workers=int(value), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        return Client(cluster), cluster
    return Client(str(value)), None


# -- on the workers -----------------------------------------------------------
_RESOLVERS: dict[str, object] = {}


def _resolver_for(key: str, gazetteer):
    """One Resolver per worker process and gazetteer (its caches then serve every task)."""
    from conflict_kg.kg.resolve import Resolver

    if key not in _RESOLVERS:
        _RESOLVERS.clear()
        _RESOLVERS[key] = Resolver(gazetteer) if gazetteer is not None else Resolver()
    return _RESOLVERS[key]


def _task(docs: list[Document], key: str, gazetteer) -> list:
    from conflict_kg.workers import process_documents

    return process_documents(docs, _resolver_for(key, gazetteer))


# -- on the client ------------------------------------------------------------
def dask_results(batches: Iterable[list[Document]], spec: str, gazetteer_files: Iterable[str | Path] = ()) -> Iterator[list]:
    """Process ``batches`` on the cluster ``spec``; yield each batch's DocResults in input order."""
    import itertools
    import uuid

    from conflict_kg.workers import run_in_order

    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to parse: do not start or contact a cluster
        return
    batches = itertools.chain([first], batches)
    extra = tuple(gazetteer_files)
    client, cluster = dask_client(spec)
    try:
        gazetteer = None
        if extra:
            # Read here, where the files are, and ship the entries: workers need not see the files.
            from conflict_kg.kg.gazetteer import load_gazetteer

            gazetteer = client.scatter(load_gazetteer(extra=extra), broadcast=True)
        key = uuid.uuid4().hex  # names this build's gazetteer on the workers (never written anywhere)
        threads = max(1, sum(client.nthreads().values()))

        def submit(batch: list[Document]):
            # pure=False: two batches with equal content are still two tasks (ids differ anyway).
            future = client.submit(_task, batch, key, gazetteer, pure=False)
            return future.result

        yield from run_in_order(submit, batches, threads * _IN_FLIGHT_PER_THREAD)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
