"""Thinc CPU ops that do matrix products with ``numpy.matmul`` instead of BLIS.

Thinc's :class:`~thinc.api.NumpyOps` multiplies matrices with the bundled
BLIS kernels, single-threaded and (on this AMD EPYC) slower than NumPy's
OpenBLAS ``matmul``. Only the layers built on ``ops.gemm`` change (tok2vec,
the parser's precomputed affine); the transition parser's inner loop calls
BLIS through ``ops.cblas()`` and is untouched.

The ops must be current *before* the model is loaded, because every thinc
layer keeps the ops that were current when it was built::

    from bench.ops import use_matmul_ops
    use_matmul_ops()
    nlp = spacy.load("ja_ginza")

This module imports only thinc and numpy, so the benchmark worker can use it
in another virtualenv (another spaCy version).
"""
from __future__ import annotations

import numpy
from thinc.api import NumpyOps, set_current_ops

__all__ = ["MatmulOps", "OPS_CHOICES", "use_ops_named", "use_matmul_ops"]

#: Names accepted by :func:`use_ops_named` (and ``bench.nlp_speed --ops``).
OPS_CHOICES = ("default", "numpy-dot", "matmul")


class MatmulOps(NumpyOps):
    """NumpyOps whose ``gemm`` is ``numpy.matmul`` (float32 in, float32 out).

    >>> import numpy
    >>> ops = MatmulOps()
    >>> x = numpy.ones((2, 3), dtype="f"); y = numpy.ones((4, 3), dtype="f")
    >>> ops.gemm(x, y, trans2=True).tolist()
    [[3.0, 3.0, 3.0, 3.0], [3.0, 3.0, 3.0, 3.0]]
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


def use_ops_named(name: str) -> None:
    """Make the named ops current: ``default`` (thinc's BLIS NumpyOps),
    ``numpy-dot`` (thinc's own ``NumpyOps(use_blis=False)``, i.e. ``numpy.dot``)
    or ``matmul`` (:class:`MatmulOps`)."""
    if name == "default":
        set_current_ops(NumpyOps())
    elif name == "numpy-dot":
        set_current_ops(NumpyOps(use_blis=False))
    elif name == "matmul":
        set_current_ops(MatmulOps())
    else:
        raise ValueError(f"unknown ops {name!r}; choose one of {', '.join(OPS_CHOICES)}")


def use_matmul_ops() -> None:
    """Make :class:`MatmulOps` current (call before ``spacy.load``)."""
    use_ops_named("matmul")
