"""Structure-aware chunking: by headings, then whole blocks, to a target size with a small overlap.

A numbered step or a table row is never split (table rows carry their column names, so a row
read alone still makes sense); every chunk keeps its heading path (title > section > subsection) for
context and citations. Only a single block longer than the hard limit is split, by sentences (by words when
a "sentence" alone is too long, as on a PDF datasheet page).
"""

from __future__ import annotations

import re

from knowledge.codes import document_codes
from knowledge.documents import Block, ChunkDraft, LoadedDocument

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")


def count_tokens(text: str) -> int:
    """Word-and-punctuation count: close to a WordPiece count for manual text, and free to compute."""
    return len(_TOKEN.findall(text))


def _by_words(sentence: str, limit: int) -> list[str]:
    """A "sentence" with no full stop in sight (a PDF datasheet page reads as one) is cut between words."""
    if count_tokens(sentence) <= limit:
        return [sentence]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for word in sentence.split():
        tokens = count_tokens(word)
        if current and size + tokens > limit:
            pieces.append(" ".join(current))
            current, size = [], 0
        current.append(word)
        size += tokens
    if current:
        pieces.append(" ".join(current))
    return pieces


def _split_long(block: Block, limit: int) -> list[Block]:
    if count_tokens(block.text) <= limit:
        return [block]
    parts: list[Block] = []
    current: list[str] = []
    for sentence in (piece for s in _SENTENCE.split(block.text) for piece in _by_words(s, limit)):
        if current and count_tokens(" ".join([*current, sentence])) > limit:
            parts.append(Block(block.kind, " ".join(current), block.level, block.page))
            current = []
        current.append(sentence)
    if current:
        parts.append(Block(block.kind, " ".join(current), block.level, block.page))
    return parts


def _sections(doc: LoadedDocument) -> list[tuple[list[str], list[Block]]]:
    """Group blocks under their heading path."""
    sections: list[tuple[list[str], list[Block]]] = []
    stack: list[tuple[int, str]] = []
    body: list[Block] = []

    def path() -> list[str]:
        return [text for _, text in stack]

    for block in doc.blocks:
        if block.kind == "heading":
            if body:
                sections.append((path(), body))
                body = []
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, block.text))
        else:
            body.append(block)
    if body:
        sections.append((path(), body))
    return sections


def _pack(
    units: list[Block], heading_path: list[str], target: int, overlap: int, first_ordinal: int
) -> list[ChunkDraft]:
    """Pack one section's blocks into chunks; whole tail blocks up to `overlap` tokens repeat in the next."""
    drafts: list[ChunkDraft] = []
    current: list[Block] = []
    carried = 0  # leading blocks of `current` that the previous chunk already holds

    def emit() -> list[Block]:
        text = "\n".join(b.text for b in current)
        pages = [b.page for b in current if b.page is not None]
        drafts.append(
            ChunkDraft(
                ordinal=first_ordinal + len(drafts),
                text=text,
                heading_path=list(heading_path),
                page=pages[0] if pages else None,
                token_count=count_tokens(text),
                codes=document_codes(text),
            )
        )
        carry: list[Block] = []
        for b in reversed(current):
            if sum(count_tokens(x.text) for x in carry) + count_tokens(b.text) > overlap:
                break
            carry.insert(0, b)
        return carry

    for block in units:
        size = count_tokens(block.text)
        if len(current) > carried and sum(count_tokens(b.text) for b in current) + size > target:
            current = emit()
            carried = len(current)
        current.append(block)
    if len(current) > carried:
        emit()
    return drafts


def chunk_document(doc: LoadedDocument, *, target_tokens: int = 240, overlap_tokens: int = 30) -> list[ChunkDraft]:
    """Cut a loaded document into chunks of about target_tokens, never splitting a step or a row."""
    hard_limit = max(target_tokens * 2, 64)
    drafts: list[ChunkDraft] = []
    for heading_path, blocks in _sections(doc):
        path = heading_path if heading_path[:1] == [doc.title] else [doc.title, *heading_path]
        units = [part for block in blocks for part in _split_long(block, hard_limit)]
        drafts.extend(_pack(units, path, target_tokens, overlap_tokens, len(drafts)))
    return drafts
