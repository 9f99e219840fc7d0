"""Helpers shared by the endpoint tests: run a server in a thread, send a request."""
from __future__ import annotations

import contextlib
import threading
import urllib.error
import urllib.request
from typing import Any, Iterator

from conflict_kg.kg.endpoint import EndpointServer, make_server


@contextlib.contextmanager
def running(store: Any, **options: Any) -> Iterator[EndpointServer]:
    """An endpoint over ``store`` on a free loopback port, serving in a thread until the block ends."""
    server = make_server(store, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join(5)
        server.close()


def request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None) -> tuple[int, Any, bytes]:
    """Status, headers and body of one request (HTTP errors are answers, not exceptions)."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()
