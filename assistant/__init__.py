"""A health-FAQ assistant that answers only by quoting the clinic's own articles, with a safety screen."""

from .build import BuildReport, build_index, up_to_date
from .config import Settings
from .embedding import Embedder, HashingEmbedder, SentenceTransformerEmbedder
from .errors import AssistantError, ConfigError, CorpusError, IndexMismatchError, IndexNotBuiltError
from .pipeline import Assistant
from .records import Answer, Chunk, Passage, SafetyDecision

__all__ = [
    "Answer", "Assistant", "AssistantError", "BuildReport", "Chunk", "ConfigError", "CorpusError", "Embedder",
    "HashingEmbedder", "IndexMismatchError", "IndexNotBuiltError", "Passage", "SafetyDecision",
    "SentenceTransformerEmbedder", "Settings", "build_index", "up_to_date",
]
