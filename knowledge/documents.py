"""The shapes a document takes between a file on disk and rows in the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "table_header", "code"]


@dataclass
class Block:
    """One structural unit of a document. Chunking never splits a list item or a table row."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (1 = title)
    page: int | None = None


@dataclass
class LoadedDocument:
    """A parsed file: its blocks and whatever metadata the file itself declares."""

    source: str
    file_type: str
    title: str
    blocks: list[Block]
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocumentMeta:
    """Metadata stored on the documents row (declared in the file, or inferred)."""

    title: str
    doc_type: str = "manual"
    manufacturer: str | None = None
    models: list[str] = field(default_factory=list)
    domain: str | None = None
    safety: str = "normal"
    revision: str | None = None


@dataclass
class ChunkDraft:
    """A chunk before it is embedded and stored."""

    ordinal: int
    text: str
    heading_path: list[str]
    page: int | None
    token_count: int
    codes: set[str] = field(default_factory=set)

    def embed_text(self, title: str) -> str:
        """What the embedder sees: the title and heading path give the passage its context."""
        path = " > ".join([title, *[h for h in self.heading_path if h != title]])
        return f"{path}\n{self.text}"
