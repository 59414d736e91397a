"""Loaders: Markdown, plain text, HTML and PDF files into blocks; one clear error per bad file.

Every file gets its own outcome, so one corrupt PDF never stops a folder from ingesting.
"""

from __future__ import annotations

import html.parser
import io
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import yaml

from knowledge.documents import Block, BlockKind, LoadedDocument
from knowledge.metadata import MODEL_TOKEN, canonical_meta, header_field

SUPPORTED = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


class LoadError(Exception):
    """A file that cannot be ingested; the message says why in one line."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 for legacy files that look like text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise LoadError("not valid UTF-16 despite its byte-order mark") from None
    if b"\x00" in data[:4096]:
        raise LoadError("binary content (NUL bytes): not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise LoadError(f"not valid UTF-8 ({exc.reason} at byte {exc.start}) and not decodable") from None
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > len(text) * 0.01:
            raise LoadError(f"not valid UTF-8 ({exc.reason} at byte {exc.start}) and not decodable") from None
        return text


# --- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _clean_inline(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<!\w)[*_](\S.*?)[*_](?!\w)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.strip()


def _table_cells(line: str) -> list[str]:
    return [_clean_inline(c) for c in line.strip().strip("|").split("|")]


def parse_markdown(text: str) -> tuple[dict[str, Any], list[Block]]:
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise LoadError(f"invalid front matter: {str(exc).splitlines()[0]}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise LoadError("invalid front matter: expected key: value pairs")
        meta = loaded or {}
        text = text[m.end() :]
    blocks: list[Block] = []
    para: list[str] = []
    header: list[str] | None = None
    in_code = False
    code: list[str] = []

    def flush() -> None:
        if para:
            joined = " ".join(p.strip() for p in para)
            kind: BlockKind = "list_item" if _LIST_ITEM.match(para[0]) else "paragraph"
            blocks.append(Block(kind, _clean_inline(joined.lstrip("> ").strip())))
            para.clear()

    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("```"):
            if in_code:
                blocks.append(Block("code", "\n".join(code)))
                code.clear()
            else:
                flush()
            in_code = not in_code
            continue
        if in_code:
            code.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            header = None
            blocks.append(Block("heading", _clean_inline(heading.group(2)), level=len(heading.group(1))))
            continue
        if line.strip().startswith("|"):
            flush()
            if _TABLE_SEP.match(line):
                continue
            cells = _table_cells(line)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if header is None and _TABLE_SEP.match(nxt):
                header = cells
                blocks.append(Block("table_header", " | ".join(cells)))
            elif header and len(header) == len(cells):
                blocks.append(
                    Block("table_row", "; ".join(f"{h}: {c}" for h, c in zip(header, cells, strict=True) if c))
                )
            else:
                blocks.append(Block("table_row", " | ".join(cells)))
            continue
        header = None
        if not line.strip():
            flush()
            continue
        if _LIST_ITEM.match(line) and para:
            flush()
        para.append(line)
    flush()
    if code:
        blocks.append(Block("code", "\n".join(code)))
    return meta, [b for b in blocks if b.text]


# --- Plain text ---------------------------------------------------------------------------------

_TXT_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][A-Z0-9 /&,()'-]{2,80}$")
_TXT_META = re.compile(r"^([A-Za-z][A-Za-z0-9 _./-]{0,30}?)\s*:\s+(.+)$")
# A rule line ("-----", "=====") frames a heading or underlines one; it is no text. Read as text, the
# lines above and below a framed heading ran into one paragraph ("----- / 5. CALIBRATION / -----") and
# the section lost its heading. A grid table's border ("+----+----+") is no rule: its rows stay text.
_RULE_LINE = re.compile(r"^[-=_*~#]{3,}$")
# The rules that frame or underline a heading: not underscores, a form's line to write on.
_HEADING_RULE = "-=~*#"
# A heading written between rules on its own line ("=== 5. CALIBRATION ===", "---- Spare parts ----").
_FRAMED_HEADING = re.compile(rf"^[{_HEADING_RULE}]{{3,}}\s*([^{_HEADING_RULE}\s].*?)\s*[{_HEADING_RULE}]{{3,}}$")
# The longest line an underline makes a heading of ("Calibration" over "-----"); a sentence is none.
_UNDERLINED_HEADING = 80
# What no heading is, though a rule stands under it: a sentence or question, a "Label: value" line, a
# value ("Max pressure 10 bar"), a note ("WARNING: ..."), a table row or a fixed-width header ("Code  Fault
# Action", whose rows come next), a bullet, a form field over a line to write on ("Technician name ____").
_NOT_A_HEADING = re.compile(
    r"[.?!:;]$|:\s|\||\S {2,}\S|^\s*[-*+]\s|^(?:warning|caution|danger|note|notice|important)\b",
    re.IGNORECASE,
)
# A subsection's numbered title on a line of its own ("5.3 Changing the hydraulic oil", "7.3 Anchoring"):
# a heading under its section's, though in mixed case. Not a sentence, a "Label: value" line, a table row
# or a value ("2.5 mm cable", "1.5 Nm"): a word of three letters or more opens it.
_NUMBERED_TITLE = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][a-z]{2,}[^.!?:;]{0,80}$")
# A section number opening a heading ("1.", "2.3"), the only digits an underlined heading may hold.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# A row of a list set with dot leaders ("Maximum bag weight ....... 1500 kg"): its label and its value.
_DOT_LEADER = re.compile(r"^(\S.*?)\s*\.{4,}\s*(\S.*)$")


def _underlined_heading(line: str, rule: str) -> bool:
    """Is this line, alone above a rule of dashes or equals signs, a heading ("1. Safety instructions"
    over "------")? Not an underscore line (a form's field to write on), nor what _NOT_A_HEADING says
    is text, nor a line with a value in it: digits only as its section number."""
    text = line.strip()
    return (
        rule[0] in _HEADING_RULE
        and 0 < len(text) <= _UNDERLINED_HEADING
        and _NOT_A_HEADING.search(line) is None
        and not any(ch.isdigit() for ch in _SECTION_NUMBER.sub("", text))
    )


def dot_leader_rows(lines: list[str]) -> list[str] | None:
    """The rows of a dot-leader list, "label: value" each (as a definition list's), with a value wrapped
    onto an indented line kept with its row; None unless every line is such a row or continues one,
    and there are two rows at least (one line with an ellipsis is a sentence).
    Joined as prose, the list ran every label into the value before it and was cut into sentences
    at the decimal points: "Maximum bag weight" no longer stood next to its 1500 kg."""
    rows: list[list[str]] = []
    for line in lines:
        leader = _DOT_LEADER.match(line.strip())
        if leader is not None:
            rows.append([leader.group(1).rstrip(":").rstrip(), leader.group(2)])
        elif rows and line[:1].isspace():
            rows[-1][1] = f"{rows[-1][1]} {line.strip()}"
        else:
            return None
    return [f"{label}: {value}" for label, value in rows] if len(rows) > 1 else None


# A grid table's border: "+-----+----+" between rows, "+=====+====+" under the header (":" marks alignment).
_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")


def grid_rows(lines: list[str]) -> list[str] | None:
    """The rows of a grid table, "label: value; ..." each under its header row; None unless the lines
    are one. Two layouts: every row ruled off ("+---+---+" between rows, its cells wrapping onto the
    lines down to the next rule; a "+===+" rule closes the header, and as in reStructuredText a grid
    without one has no header: its cells are joined by " | "), and one line per row between a rule
    under a one-line header and a closing rule (a line whose first cell is empty goes on the row above).
    Read as a paragraph, a whole table was one piece of ASCII art: the answerer quoted its borders and
    every row at once, and a symptom's cells stood apart from each other on separate lines."""
    stripped = [line.strip() for line in lines]
    if len(stripped) < 3 or not _GRID_BORDER.match(stripped[0]) or not _GRID_BORDER.match(stripped[-1]):
        return None
    # The column edges are the "+" of the first border; every cell line has its "|" at those places.
    edges = [i for i, ch in enumerate(stripped[0]) if ch == "+"]
    groups: list[list[list[str]]] = [[]]  # the cell lines between two rules
    header_rule = False
    for line in stripped[1:]:
        if _GRID_BORDER.match(line):
            header_rule = header_rule or ("=" in line and len(groups) == 1)
            groups.append([])
            continue
        if len(line) != len(stripped[0]) or any(line[i] not in "|+" for i in edges):
            return None  # a cell spanning columns or a ragged line: no grid this reader knows
        groups[-1].append([line[a + 1 : b].strip() for a, b in itertools.pairwise(edges)])
    groups = [group for group in groups if any(any(cells) for cells in group)]
    if not groups:
        return None
    one_per_line = len(groups) == 2 and len(groups[0]) == 1 and len(groups[1]) > 1
    header = _joined(groups.pop(0)) if header_rule or one_per_line else None
    rows: list[list[str]] = []
    for group in groups:
        if not one_per_line:
            rows.append(_joined(group))
            continue
        last: list[str] = []
        for cells in group:
            if rows and (not cells[0] or _grid_goes_on(last, cells)):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            last = cells
    if not rows:
        return None
    return [_labelled(header, row) if header else " | ".join(cell for cell in row if cell) for row in rows]


def _grid_goes_on(last: list[str], cells: list[str]) -> bool:
    """Whether a line of a grid table with no rule between its rows goes on with the row above, its first cell
    wrapped ("| Resistivity dips when the | Carbon dioxide entering at |" / "| loop draw rises | the tank, ... |"):
    its first cell goes on in lower case (not a code: "e02"), and so does every other cell, or none opens a
    sentence of its own under a cell of the line above left unfinished."""
    first = cells[0]
    if not first[:1].islower() or _CODE_CELL.match(first):
        return False
    filled = [text for text in cells if text]
    return all(_ends_a_cell([(0, text)]) for text in filled) or _goes_on_under(filled, last)


def _joined(group: list[list[str]]) -> list[str]:
    """A ruled-off row's cells, each cell's lines joined."""
    return [" ".join(part for part in column if part) for column in zip(*group, strict=True)]


def _header_line(line: str) -> tuple[str, str] | None:
    m = _TXT_META.match(line.strip())
    return (m.group(1).strip(), m.group(2).strip()) if m else None


# A fixed-width table row: text at the left margin, then columns set apart by two or more spaces.
_ROW_START = re.compile(r"^\S.*?\S {2,}\S")
# A cell holding a value (a number with its unit, or a number alone), so its row is data, not a header.
_VALUE_CELL = re.compile(r"\d\s+\S|\d\s?[%°]|^[\d.,\s]+$")
# A wrapped cell goes on under its column: a line indented this far continues the row above it.
_CONTINUATION_INDENT = 8
# A rule under a fixed-width table's header, one run of dashes or equals signs per column.
_COLUMN_RULE = re.compile(r"^[-=]{2,}(?: {2,}[-=]{2,})+$")
# A cell that is a sentence: words, the last of four letters or more, and a full stop ("Part no." is none).
_SENTENCE_CELL = re.compile(r"\s\w+\w{3}\.$")


def fixed_width_rows(lines: list[str]) -> list[str] | None:
    """The rows of a fixed-width text table ("F2    Phase sequence wrong    Swap two ..." with wrapped
    cells continued on indented lines), one string per row; None when the lines are not one.

    Joined as prose, such a table runs every row's cause into the next row's code, and a wrapped
    remedy is cut from its fault. Rows come out like a Markdown table's: "Code: F2; Fault: ...;
    Cause / action: ..." when the first row is a header (labels: "Part  HL-25  HL-30", no values, or
    a line over a column rule), else cells joined by " | ". A table indented as a whole is read from
    its own margin (not prose indented so, whose every cell ends a sentence). A column rule under the
    header ("----  --------  ------") is no row: it says where each column starts, so a wrapped cell
    goes on in its own column, not in the last one.
    """
    if not lines:
        return None
    lines = [line.expandtabs() for line in lines]
    margin = min(len(line) - len(line.lstrip()) for line in lines)
    lines = [line[margin:] for line in lines]
    columns: list[int] = []
    if len(lines) > 2 and _COLUMN_RULE.match(lines[1].rstrip()):
        columns = [start for start, _ in _cells(lines[1])]
        lines = [lines[0], *lines[2:]]
    # A header over the value columns only ("        HL-25      HL-30") stands indented.
    over_values = lines[0][:1].isspace() and "  " in lines[0].strip()
    from_header = False
    if not columns and len(lines) > 2 and _ROW_START.match(lines[1]):
        columns = _header_columns(lines[0], over_values)
        from_header = bool(columns)
    # Over a column rule or of labels, the first line is the header: no data row goes on from it by its cells.
    headed = bool(columns)
    starts = [0] if _ROW_START.match(lines[0]) or over_values else []
    for n, line in enumerate(lines[1:], start=1):
        if starts and _ROW_START.match(line) and not _continues(lines, n, starts[-1], columns, headed):
            starts.append(n)
    if len(starts) < 2:
        return None
    # Under a column rule a wrapped cell may stand under any column; the first goes on at the margin.
    reach = min(_CONTINUATION_INDENT, columns[1] - 1) if len(columns) > 1 else _CONTINUATION_INDENT
    above = 0
    for n, line in enumerate(lines):
        if n in starts:
            above = n
        elif len(line) - len(line.lstrip()) < reach and not _continues(lines, n, above, columns, headed):
            return None
    rows: list[list[str]] = []
    cut_header = False
    for n, line in enumerate(lines):
        if n in starts:
            cells = _column_cells(line, columns, from_header)
            cut_header = cut_header or (n == 0 and cells is not None)
            rows.append(cells or [cell.strip() for cell in re.split(r" {2,}", line.strip())])
        elif columns:
            for start, text in _cells(line):
                column = min(_column_of(start, columns), len(rows[-1]) - 1)
                rows[-1][column] = f"{rows[-1][column]} {text}".strip()
        else:
            rows[-1][-1] = f"{rows[-1][-1]} {line.strip()}".strip()
    if margin and not columns and any(all(cell.endswith(".") for cell in row) for row in rows):
        return None  # indented prose with two spaces between its sentences
    if over_values and not cut_header:
        rows[0] = ["", *rows[0]]
    first = rows[0]
    header = first if (len(rows) > 1 if columns else len(rows) > 2 and _labels(first)) else None
    if header is None:
        return [" | ".join(row) for row in rows]
    # A row whose columns did not come apart (one space between two of them) is kept as written:
    # labelled, its values would stand under the wrong model.
    return [_labelled(header, row) if len(row) == len(header) else " | ".join(row) for row in rows[1:]]


def _header_columns(header: str, over_values: bool) -> list[int]:
    """Where a header of labels puts its columns ("Code  Meaning  Action"; "     RH-250   RH-380" over the
    value columns, after the label column at the margin), as a column rule would: a label run into its
    first value by one space ("Capacity (long-grain paddy) 4-5 t/h") is cut at the value column, and a
    wrapped cell stands under its own column ("R06  Aspirator fan stopped; feed gate  Check the fan" /
    "     closed                             belt"), not read as a line of prose. Empty when the first
    line is no header (a value or a sentence in it), or has fewer than two columns. The caller reads a
    header only when a row starts on the next line: a first row whose cell wraps is data ("GF TRIP
    Leakage current above GFt. ... then hold" / "RESET for 3 s.")."""
    cells = _cells(header)
    # Over the values the first label is a model's ("RH-250"), digits and all: the label column is blank.
    if not cells or not _labels([*([""] if over_values else []), *(text for _, text in cells)]):
        return []
    starts = [0, *(start for start, _ in cells)] if over_values else [start for start, _ in cells]
    return starts if len(starts) > 1 and starts[0] == 0 else []


# A cell's line that cannot end it: a comma, a semicolon, a slash, a hyphen, or a lower-case word that
# needs another after it ("or", "the"; not "16 A", a unit, nor "on" or "in", a state: "Dosing pump on").
_UNFINISHED = re.compile(r"(?:[,;/-]|\b(?:or|and|the|a|an|of|to|with|for|at|by|from))$")
# The same for any cell of a row every cell of whose next line goes on (_goes_on), and words a sentence does not
# end with: "every", "than", "after", "its".
_UNFINISHED_CELL = re.compile(
    r"(?:[,;/-]|\b(?:or|and|the|a|an|of|to|with|for|at|by|from|every|each|than|after|before|into|onto|its|their|"
    r"per|when|if|until|while))$"
)


# What a wrapped cell's line may open with before its first word: a bracket or a quote ("(mostly water-based inks)").
_OPENERS = "([\"'“‘"
# The fewest words of a first cell read as a phrase a wrapped line goes on with (_goes_on).
_PHRASE_WORDS = 3


def _continues(lines: list[str], n: int, start: int, columns: list[int], headed: bool) -> bool:
    """Does line n go on with the row starting at line `start`: with the row's first line (_goes_on), or with the line
    before it, which went on already ("Every 2 seasons or 5000" / "operating hours, whichever" / "comes first")? A
    line beside the header goes on from it only by its first cell: "up to 355 N/mm2   0.6 x thickness" under "Yield
    strength of the plate   Entry intermesh" is the first data row, however long the label."""
    if _goes_on(lines[start], lines[n], columns, beside=not (headed and start == 0)):
        return True
    return n - 1 > start and _goes_on(lines[n - 1], lines[n], columns, beside=True)


def _goes_on(above: str, line: str, columns: list[int], *, beside: bool = False) -> bool:
    """Under a column rule, does a line at the margin go on with the first cell of the row above
    ("Clamp arms catch the wrong board" / "or miss the pallet")? Only in lower case (beside: after a bracket left
    open too, "(panel edge moves"; beside is false for a line under the header), and only when that
    cell filled its column, ends unfinished ("250 000 cycles or yearly," / "whichever comes first",
    "Seal wrinkled, film shrinks or" / "melts through") or, being a phrase, left no room for the line's first
    word; or every cell of the line goes on in lower case under a row whose first cell is a phrase or one of whose
    cells ends unfinished: "dB    Deadband" under "SP Setpoint" is a row of its own."""
    if len(columns) < 2:
        return False
    # A bracket left open may open the words that go on ("Roll-in along the edge" / "(panel edge moves"), beside
    # other cells; not a closed one, a note of a row of its own ("(option) heater kit").
    first = line[: columns[1]]
    opened = (
        beside and line[:1] in _OPENERS and line.lstrip(_OPENERS)[:1].islower() and first.count("(") > first.count(")")
    )
    if not (line[:1].islower() or opened):
        return False
    cell = above[: columns[1]].rstrip()
    if len(cell) >= columns[1] - 2 or _UNFINISHED.search(cell) is not None:
        return True
    # Or the line's first word would not have fit after the cell in its column, a phrase: wrapped there ("Uncertainty,
    # Qt to Qmax, without flow" / "calibration" in a column of 50; thirty-ninth session). Alone in the first column, or,
    # beside (not from the header), with cells in other columns that wrapped the same way under phrases of their own
    # and open no sentence ("Feed line blocked on a cold   Caustic solidified below about 12   Restore the tracing;
    # warm the line" / "morning   C: tracing failed   to 40-50 C (section 9)"; sixty-fourth session, narrowed after a
    # review: values beside it, "hi-temp alarm   C   40-90   75" under "tDec ramp down time   s   0.1-999   5.0", are a
    # row of its own). "dB    Deadband" is a row of its own, and so is a short label whose row leaves its value blank
    # ("e02" under "e01    overtemp").
    line_cells = _cells(line)
    others = line_cells[1:]
    if (
        len(cell.split()) >= _PHRASE_WORDS
        and len(cell) + 1 + len(line.split()[0]) > columns[1] - 2
        and (
            not others
            or (
                beside
                and not any(_SENTENCE_OPENING.match(text.lstrip(_OPENERS)) for _, text in others)
                and all(_wrapped_under(above, start, text, columns) for start, text in others)
            )
        )
    ):
        return True
    # Every cell of the line going on in lower case under a row whose first cell is a phrase or one of whose cells
    # ends unfinished ("Flow stops by itself every | Deadman not re-pressed | Release and press" / "couple of
    # minutes | within 2 min (F26) | the deadman when"), a bracket or a quote before its first word ("(mostly
    # water-based inks)"); not "run | green | off" under "fault | red | on".
    # Under a cell left unfinished ("Flails not in matched pairs, or"), the line's other cells may go on with a value
    # or a code as well ("change | a flail fitted the wrong way | (20 g)", "coupling | coupling not locked |
    # MAS-CS-4; lock it"), so long as none opens a sentence of its own ("Replace ...").
    cells = [text for _, text in line_cells]
    above_cells = [text for _, text in _cells(above)]
    if len(cells) < 2 or above.rstrip().endswith(".") or not above_cells:
        return False
    if all(text.lstrip(_OPENERS)[:1].islower() for text in cells):
        return len(above_cells[0].split()) >= _PHRASE_WORDS or any(_UNFINISHED_CELL.search(t) for t in above_cells)
    return _goes_on_under(cells, above_cells)


def _column_of(start: int, columns: list[int]) -> int:
    """The column a cell starting at `start` stands in: the last whose edge is at most one character after it."""
    return max(i for i, edge in enumerate(columns) if edge <= start + 1 or i == 0)


def _wrapped_under(above: str, start: int, text: str, columns: list[int]) -> bool:
    """Did a cell starting at `start` wrap from the cell above it: that cell a phrase (at least _PHRASE_WORDS words)
    with no room left in its column for this cell's first word? The last column has no right edge: its phrase is
    enough."""
    column = _column_of(start, columns)
    if column == 0:
        return False
    end = columns[column + 1] if column + 1 < len(columns) else max(len(above), columns[column] + 1)
    cell = above[columns[column] : end].strip()
    return len(cell.split()) >= _PHRASE_WORDS and len(cell) + 1 + len(text.split()[0]) > end - columns[column] - 2


# A cell that opens a sentence of its own: a capital, then a lower-case letter ("Replace the seal"; not "MAS-CS-4").
_SENTENCE_OPENING = re.compile(r"[A-Z][a-z]")


def _goes_on_under(cells: list[str], above: list[str]) -> bool:
    """Whether a wrapped line's cells go on under a cell the line above left unfinished ("Flails not in matched pairs,
    or" / "(20 g)", "MAS-CS-4; lock it"): none opens a sentence of its own, and a cell above is left unfinished (fixed-
    width and grid tables alike)."""
    return not any(_SENTENCE_OPENING.match(text.lstrip(_OPENERS)) for text in cells) and any(
        _UNFINISHED.search(text) for text in above
    )


def _column_cells(line: str, columns: list[int], from_header: bool = False) -> list[str] | None:
    """A row cut where the column rule puts its columns ("...wrong board Pallet height": one space
    between two cells, which the split at two spaces misses). None, for the split instead, when a cell
    runs on past its column's start: no space before a column, or a gap of two spaces that ends
    elsewhere ("Agitator seal assembly   2"). Columns read off a header are looser than a rule's: only
    the label may run to one space before the first value; a later column needs two spaces before it,
    or a value for both models ("1200 x 1200 x 2200 mm (both)") would be cut at its own space; and every
    column must hold a value, or a value set short of its column would move under the next model."""
    if len(columns) < 2 or any(len(line) > c and line[c - 1] != " " for c in columns[1:]):
        return None
    if from_header and any(len(line) > c and line[c - 2 : c] != "  " for c in columns[2:]):
        return None
    if any(all(abs(gap.end() - c) > 1 for c in columns) for gap in re.finditer(r" {2,}", line.rstrip())):
        return None
    cells = [line[a:b].strip() for a, b in zip(columns, [*columns[1:], len(line)], strict=True)]
    if from_header and not all(cells):
        return None  # "Weight 85 kg    110 kg": a value short of its column leaves the last one empty
    return cells if sum(1 for cell in cells if cell) >= len(re.split(r" {2,}", line.strip())) else None


def _labels(first: list[str]) -> bool:
    """A table's first row is its header when it holds labels ("Part  HL-25  HL-30"), no values and no
    sentence ("OK    Operating correctly." opens a list of codes)."""
    return (
        not any(ch.isdigit() for ch in first[0])
        and not any(_VALUE_CELL.search(cell) for cell in first)
        and not any(_SENTENCE_CELL.search(cell) for cell in first)
    )


def _labelled(names: list[str], row: list[str]) -> str:
    """A row as a Markdown table's reads: "Code: F2; Fault: ...", a cell under no label as it is."""
    return "; ".join(f"{name}: {cell}" if name else cell for name, cell in zip(names, row, strict=True) if cell)


# A line giving the document's type, number or edition ("Operating and maintenance manual RMK-OM-DS-14,
# revision 2"): its codes are the document's own, not the equipment's.
_DOCUMENT_LINE = re.compile(
    r"\b(?:manual|instructions|guide|document|doc|revision|rev|edition|issue|bulletin|notice|procedure)\b",
    re.IGNORECASE,
)
# Longest line below a title that is read as the rest of it: a title line, not a sentence or an address.
_TITLE_LINE_WORDS = 8


def _names_the_models(title: str, line: str) -> bool:
    """Does a title line that names no model ("RENDMARK RECYCLING TECHNOLOGY", the maker) go on in the
    line right below it, which does ("Twin-shaft shredders DS-600 and DS-1000")? Without the models in
    its title a plain-text manual that declares none has none, and a question's "ds600" then reads as
    a fault code to look for rather than the manual it is about."""
    line = line.strip()
    if not line or MODEL_TOKEN.search(title) or _RULE_LINE.match(line) or _header_line(line):
        return False
    if len(line.split()) > _TITLE_LINE_WORDS or re.search(r"[,.;:]", line):
        return False  # a sentence ("Before servicing the KD-450, isolate ...") or an address
    return MODEL_TOKEN.search(line) is not None and _DOCUMENT_LINE.search(line) is None


def parse_text(text: str) -> tuple[dict[str, Any], list[Block]]:
    """Plain text: a title line, then "Key: value" header lines (metadata), then the body; CAPS lines are headings.

    The title line may itself be a header ("Title: Pump guide"): its value is the title, not the
    line. A file that opens with another known header ("Manufacturer: ...") has no title line.
    """
    lines = text.splitlines()
    # Blank lines and rules before the title ("==========" over a framed title) are no text.
    while lines and (not lines[0].strip() or _RULE_LINE.match(lines[0].strip())):
        lines.pop(0)
    if not lines:
        return {}, []
    first = _header_line(lines[0])
    meta: dict[str, Any] = {}
    blocks: list[Block] = []
    i, title_line = 0, ""
    if first is None or header_field(first[0]) is None:
        meta["title"] = title_line = lines[0].strip()
        i = 1
    if i == 1 and len(lines) > 1 and _RULE_LINE.match(lines[1].strip()):
        i = 2  # the title's underline or lower frame; the header lines follow it
    elif i == 1 and len(lines) > 1 and _names_the_models(title_line, lines[1]):
        meta["title"] = title_line = f"{title_line} {lines[1].strip()}"
        i = 2
    while i < len(lines) and (not lines[i].strip() or _header_line(lines[i])):
        header = _header_line(lines[i])
        if header:
            key, value = header
            if header_field(key) == "title":
                meta["title"] = value
            else:
                meta[key.lower()] = value
                blocks.append(Block("paragraph", lines[i].strip()))  # header lines stay searchable
        i += 1
    if meta.get("title"):
        blocks.insert(0, Block("heading", meta["title"], level=1))
    if title_line and title_line != meta["title"]:
        blocks.insert(1, Block("paragraph", title_line))  # a "Title:" header renamed it; keep its words
    para: list[str] = []

    def flush() -> None:
        if para:
            # A grid table may follow the sentence that introduces it with no blank line between them.
            border = next((k for k, line in enumerate(para) if _GRID_BORDER.match(line.strip())), 0)
            rows = grid_rows(para[border:]) if border else None
            if rows is not None:
                lead: BlockKind = "list_item" if _LIST_ITEM.match(para[0]) else "paragraph"
                blocks.append(Block(lead, " ".join(p.strip() for p in para[:border])))
            else:
                rows = grid_rows(para) or dot_leader_rows(para) or fixed_width_rows(para)
            if rows is not None:
                blocks.extend(Block("table_row", row) for row in rows)
            else:
                kind: BlockKind = "list_item" if _LIST_ITEM.match(para[0]) else "paragraph"
                blocks.append(Block(kind, " ".join(p.strip() for p in para)))
            para.clear()

    for line in lines[i:]:
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if _RULE_LINE.match(stripped):
            if len(para) == 1 and _underlined_heading(para[0], stripped):
                blocks.append(Block("heading", para.pop().strip(), level=2))
            elif len(para) == 1 and _ROW_START.match(para[0]):
                continue  # a rule under a fixed-width table's header: the rows follow
            flush()
            continue
        framed = _FRAMED_HEADING.match(stripped)
        if framed is not None and not para:
            blocks.append(Block("heading", framed.group(1), level=2))
            continue
        if _NUMBERED_TITLE.match(stripped) and not para and not line[:1].isspace() and "  " not in stripped:
            blocks.append(Block("heading", stripped, level=3))
            continue
        if _TXT_HEADING.match(stripped) and not para and not (line[:1].isspace() and "  " in stripped):
            blocks.append(Block("heading", stripped, level=2))
            continue
        if _LIST_ITEM.match(line) and para:
            flush()
        para.append(line)
    flush()
    return meta, blocks


# --- HTML ---------------------------------------------------------------------------------------


class _HTMLBlocks(html.parser.HTMLParser):
    """Collects headings, paragraphs, list items and table rows; skips script and style.

    A definition list's term and its description become one row ("Gearbox lubricant: ISO VG 220"),
    as a two-column table does: apart, the value would be quoted without what it is the value of.
    An ordered list's items keep the numbers a browser shows ("3. Fit the new lamp"), as a Markdown
    or PDF procedure's steps do: the answerer reads a step's number to quote a procedure in order.
    An item whose text is wrapped in a paragraph (`<li><p>Fit the lamp.</p></li>`, as many editors
    write it) is the item all the same: its first paragraph takes the item's number.
    """

    BLOCK_TAGS: ClassVar[set[str]] = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "dt",
        "dd",
        "caption",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.meta: dict[str, Any] = {}
        self._buf: list[str] = []
        self._tag: str | None = None
        self._skip = 0
        self._in_title = False
        self._title: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._header: list[str] | None = None
        self._row_is_header = False
        self._term: str | None = None  # the last <dt>, which its <dd>s describe
        self._described = False
        self._lists: list[int | None] = []  # per open list, the next item's number (None: unordered)
        self._item_pending = False  # an <li> is open and none of its text has been written yet

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = dict(attrs)
            name = a.get("name") or a.get("property")  # property: Open Graph ("og:title")
            if name and a.get("content"):
                self.meta[name.lower()] = a["content"]
        elif tag == "table":
            self._end_term()
            self._header = None
        elif tag in ("ol", "ul"):
            self._flush()
            start = dict(attrs).get("start") if tag == "ol" else None
            self._lists.append((int(start) if start and start.strip().isdigit() else 1) if tag == "ol" else None)
        elif tag == "tr":
            self._row, self._row_is_header = [], False
        elif tag in ("td", "th"):
            self._cell = []
            self._row_is_header = self._row_is_header or tag == "th"
        elif tag in self.BLOCK_TAGS:
            self._flush()
            self._tag = tag
            self._item_pending = self._item_pending or tag == "li"
        elif tag == "br":
            self._buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag in ("ol", "ul"):
            self._flush()
            self._item_pending = False
            if self._lists:
                self._lists.pop()
        elif tag == "li":
            self._flush()
            if self._item_pending and self._lists and self._lists[-1] is not None:
                self._lists[-1] += 1  # an item with no text of its own (a <pre>, a table) still takes its number
            self._item_pending = False
        elif tag == "tr" and self._row is not None:
            cells = self._row
            if self._row_is_header and self._header is None:
                self._header = cells
                self.blocks.append(Block("table_header", " | ".join(cells)))
            elif self._header and len(self._header) == len(cells):
                pairs = zip(self._header, cells, strict=True)
                self.blocks.append(Block("table_row", "; ".join(f"{h}: {c}" for h, c in pairs if c)))
            elif any(cells):
                self.blocks.append(Block("table_row", " | ".join(cells)))
            self._row = None
        elif tag == self._tag:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self._title.append(data)
        elif self._cell is not None:
            self._cell.append(data)
        else:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf.clear()
        tag, self._tag = self._tag, None
        if not text:
            return
        if tag == "dt":
            self._end_term()
            self._term, self._described = text.rstrip(":"), False
            return
        if tag == "dd" and self._term is not None:
            # Several descriptions of one term each repeat it, as each row of a table repeats its header.
            self.blocks.append(Block("table_row", f"{self._term}: {text}"))
            self._described = True
            return
        self._end_term()
        if tag == "p" and self._item_pending:
            tag = "li"  # <li><p>: the paragraph is the item's own text
        if tag == "li":
            self._item_pending = False
        if tag and tag[0] == "h" and tag[1:].isdigit():
            self.blocks.append(Block("heading", text, level=int(tag[1:])))
        elif tag == "li":
            number = self._lists[-1] if self._lists else None
            if number is not None:
                self._lists[-1] = number + 1
                # A nested list's items are no steps of their own (a "1." there would read as a new
                # procedure), and an item that writes its own number keeps it.
                if len(self._lists) == 1 and not _LIST_ITEM.match(text):
                    text = f"{number}. {text}"
            self.blocks.append(Block("list_item", text))
        else:
            self.blocks.append(Block("paragraph", text))

    def _end_term(self) -> None:
        """A term with no description (or whose descriptions are done) stays a paragraph of its own."""
        term, self._term = self._term, None
        if term is not None and not self._described:
            self.blocks.append(Block("paragraph", term))

    def close(self) -> None:
        super().close()
        self._flush()
        self._end_term()
        if self._title:
            self.meta.setdefault("title", " ".join("".join(self._title).split()))


def parse_html(text: str) -> tuple[dict[str, Any], list[Block]]:
    parser = _HTMLBlocks()
    parser.feed(text)
    parser.close()
    return parser.meta, parser.blocks


# --- PDF ----------------------------------------------------------------------------------------


# A numbered section heading ("2. Controls and safety devices"): a few words, no sentence punctuation.
_PDF_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.:;,]{1,50}$")
# The reading-order path keeps its older rule: a number without a dot after it ("4 Fault codes").
_TEXT_NUMBERED_HEADING = re.compile(r"^\d+(\.\d+)*\s+[A-Z]")
# A cell: words set apart from the next cell by two or more spaces.
_CELL = re.compile(r"\S+(?: \S+)*")
# A step's number or a bullet standing alone in the first column ("1.   Inform the operators").
_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[-*•])$")
# A procedure's first step: a numbered line over it is its section's heading ("4. Tying and ejecting
# a bale" / "1. Press PRESS"), since a list does not count back to 1.
_FIRST_STEP = re.compile(r"^1\.\s")
# A numbered line's number ("2. Turn the selector"): a list's next step continues it.
_STEP_NUMBER = re.compile(r"^(\d{1,3})[.)]\s")


def parse_pdf(data: bytes) -> tuple[dict[str, Any], list[Block]]:
    """Text per page (page numbers kept). pypdf's layout text keeps what its reading-order text loses:
    the blank line between paragraphs and the columns of a table, so a specification table becomes
    one row per item ("Parameter: Relief valve setting; SLT-1000: 150 bar; SLT-2000: 180 bar")
    instead of every value of the page run into one paragraph; prose set in two columns is read column
    by column (_layout_blocks). A page is read in reading order, as before, when its layout text holds
    fewer words (pypdf leaves rotated text out of it)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError("encrypted PDF: remove the password and ingest again")
        pages = [(page.extract_text() or "", _layout_text(page)) for page in reader.pages]
        info = reader.metadata
    except LoadError:
        raise
    except Exception as exc:  # a damaged file makes pypdf raise almost anything (AttributeError, LimitReachedError)
        raise LoadError(f"corrupt or unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    meta: dict[str, Any] = {}
    if info and info.title:
        meta["title"] = str(info.title)
    blocks: list[Block] = []
    for number, (page_text, layout) in enumerate(pages, start=1):
        laid_out = _layout_blocks(layout, number) if layout.strip() else []
        if laid_out and _words(laid_out) >= 0.95 * len(page_text.split()):
            blocks.extend(laid_out)
            continue
        for para in re.split(r"\n\s*\n", page_text):
            lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
            blocks.extend(_prose_blocks(lines, number, _TEXT_NUMBERED_HEADING))
    if not any(b.text.strip() for b in blocks):
        raise LoadError("PDF has no extractable text (scanned images need OCR, which is not supported)")
    blocks = _across_pages(_without_running_lines(blocks))
    opening = None if meta.get("title") else _opening_title(blocks)
    if opening:
        meta["title"] = opening
    return meta, blocks


# A PDF whose metadata holds no title opens with its title lines, run into one paragraph with the maker
# and the document number ("KGS-60 / KGS-80 Diesel Standby Generator Set ... Maintenance Manual Kestrel
# Power Systems Ltd. Document KPS-OM-0614, Revision C"): its title is that paragraph up to its document
# number or the end of its first sentence ("Ltd." ends none), of at most this many words, rather than
# its first section's heading ("1 Safety"), which names no model.
_TITLE_WORDS = 20
_DOCUMENT_NUMBER = re.compile(r"\s(?=(?:Document|Doc\.|Revision|Rev\.|Edition|Issue)\b)")
_MAKER_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp)\.$")
_TITLE_END = re.compile(rf"(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bCorp)\.\s+(?=[A-Z])|{_DOCUMENT_NUMBER.pattern}")


def _opening_title(blocks: list[Block]) -> str | None:
    """The title a PDF opens with: a paragraph on its first page, before its first heading, that ends
    no sentence ("... Operation and Maintenance Manual") or gives a document number. One that ends a
    sentence ("Read this manual before installing the dryer.") is the body of a PDF without a title,
    which keeps its first heading."""
    if not blocks or blocks[0].kind != "paragraph" or blocks[0].page not in (None, 1):
        return None
    first = blocks[0]
    ends_a_sentence = first.text.rstrip().endswith((".", ":", "!", "?"))
    if ends_a_sentence and not _DOCUMENT_NUMBER.search(first.text) and not _MAKER_END.search(first.text):
        return None
    words = _TITLE_END.split(first.text, maxsplit=1)[0].split()
    return " ".join(words[:_TITLE_WORDS]).rstrip(".") or None


# A block that opens or closes a page (the first or last two): where running headers and footers stand.
_PAGE_EDGE = 2
# Words a running line needs before it is recognised inside a longer first block ("KPS-OM-07 Rev C -
# KGS-60" + the title); a short one ("Warning") would match ordinary text.
_HEADER_WORDS = 4
# A running line is short (a document number, a revision, a page number), never a paragraph.
_RUNNING_WORDS = 15
# A paragraph that ends in a lower-case word (or a comma) continues on the next page when that page
# opens with one ("... will not start until the phase" / "sequence is right."); "45 Nm" and "kd-400" do not.
_OPEN_END = re.compile(r"(?:^|\s)[a-z]+,?\s*$")
_CONTINUES = re.compile(r"[a-z]+\b(?![-\d])")
# A page number in a running line ("Page 3", "Rev. C - page 2 of 7"), compared as "page #".
_PAGE_REF = re.compile(r"\bpage \d+(?: of \d+)?\b")
_PAGE_KEY = "page #"
# A page's own number run into its last paragraph ("... with cold running water at Page 1"): pypdf read
# the footer as the paragraph's last line. Stripped only when it is that page's number, so a
# cross-reference ("see page 12") stays.
_TRAILING_PAGE = re.compile(r"\s+(?:[-\u2013\u2014|]\s*)?page (\d+)(?: of \d+)?\s*$", re.IGNORECASE)


def _running_key(text: str) -> str:
    """A line as pages repeat it: "Page 3" and "Page 4", "Rev 2 - page 1 of 3" are one line; other
    numbers must match ("Weight: 410 kg" on one page is not "Weight: 550 kg" on the next)."""
    return _PAGE_REF.sub(_PAGE_KEY, " ".join(text.lower().split()))


def _line_keys(text: str) -> set[str]:
    """The running lines a block may be or open with: its whole key when short, and its first
    _HEADER_WORDS to _RUNNING_WORDS words (a header page 1 runs into the title)."""
    key = _running_key(text)
    words = key.split()
    if not words or key[-1] in ".!?:":
        return set()  # a sentence is content, however often it repeats
    keys = {key} if len(words) <= _RUNNING_WORDS else set()
    return keys | {" ".join(words[:n]) for n in range(_HEADER_WORDS, min(len(words) - 1, _RUNNING_WORDS) + 1)}


def _cleaned(block: Block, running: set[str], *, last: bool) -> Block | None:
    """A page-edge block without the running lines in it; None when it is one."""
    key = _running_key(block.text)
    # A page number standing alone ("Page 2", "page 3 of 7") is a footer even on a page that runs its
    # other copies into paragraphs.
    if key in running or key == _PAGE_KEY:
        return None
    text = block.text
    trailing = _TRAILING_PAGE.search(text)
    if last and trailing and int(trailing.group(1)) == block.page:
        text = text[: trailing.start()]
    # The longest running line the block opens with ("KPS-OM-07 Rev C" + the title).
    prefix = max((r for r in running if key.startswith(r + " ")), key=len, default=None)
    if prefix is not None:
        text = " ".join(text.split()[len(prefix.split()) :])
    return block if text == block.text else Block(block.kind, text, block.level, block.page)


def _without_running_lines(blocks: list[Block]) -> list[Block]:
    """The blocks without the running header and footer a manual prints on every page (its document
    number, "Page 3"): repeated in each chunk of a page, they were quoted as answers and cut a sentence
    running over a page break from its end. A line counts when it is short, no sentence, and opens or
    closes more than half of the pages (two at least); where the first page runs it into the title
    ("KPS-OM-07 Rev C KGS Generator Operating Manual"), the title is kept without it, and a page's
    number run into its last paragraph is dropped from it. A page keeps its text: when every block
    that is no heading would go, none does."""
    pages: dict[int, list[Block]] = {}
    for block in blocks:
        if block.page is not None:
            pages.setdefault(block.page, []).append(block)
    if len(pages) < 2:
        return blocks
    edge_ids = {id(b) for page in pages.values() for b in [*page[:_PAGE_EDGE], *page[-_PAGE_EDGE:]]}
    seen: Counter[str] = Counter()
    for page in pages.values():
        seen.update(set().union(*(_line_keys(b.text) for b in page if id(b) in edge_ids)))
    running = {key for key, count in seen.items() if count > max(1, len(pages) / 2)}
    cleaned: dict[int, Block | None] = {}
    for block in (b for b in blocks if id(b) in edge_ids):
        cleaned[id(block)] = _cleaned(block, running, last=block is pages[block.page or 0][-1])
    kept: list[Block] = []
    for page in pages.values():
        texts = [cleaned.get(id(b), b) for b in page]
        if all(t is None or t.kind == "heading" for t in texts) and any(b.kind != "heading" for b in page):
            texts = list(page)  # never empty a page of its text
        kept.extend(t for t in texts if t is not None)
    return kept + [b for b in blocks if b.page is None]


def _across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page break is one paragraph again, on the page where it starts: it ends in a
    lower-case word and the next page opens with one (_OPEN_END, _CONTINUES)."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.page is not None
            and block.page == last.page + 1
            and last.kind in ("paragraph", "list_item")
            and block.kind == "paragraph"
            and _OPEN_END.search(last.text)
            and _CONTINUES.match(block.text)
        ):
            joined[-1] = Block(last.kind, f"{last.text} {block.text}", last.level, last.page)
            continue
        joined.append(block)
    return joined


def _layout_text(page: Any) -> str:
    """The page's layout text, or "" when pypdf cannot lay it out (the reading-order text is used)."""
    try:
        return str(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is stricter about fonts and matrices than plain extraction
        return ""


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _CELL.finditer(line)]


def _dedent(lines: list[str]) -> list[str]:
    margin = min(len(ln) - len(ln.lstrip()) for ln in lines)
    return [ln[margin:] for ln in lines]


def _layout_blocks(text: str, number: int) -> list[Block]:
    """One page's blocks from its layout text. Prose set in two columns side by side is read column by
    column: the layout text interleaves them line by line, and a blank line ends a paragraph only where
    both columns are blank, so each run of two-column paragraphs is read as its left column, then its
    right one. The rest of the page (a specification table above the columns) keeps its rows."""
    blocks: list[Block] = []
    left: list[str] = []
    right: list[str] = []
    run_gutter: int | None = None  # the gutter of the run of two-column paragraphs being read

    def flush_columns() -> None:
        # One run of lines: a sentence at the foot of the left column goes on at the head of the right.
        blocks.extend(_prose_blocks(left + right, number, _PDF_HEADING))
        left.clear()
        right.clear()

    for lines in _layout_paragraphs(text):
        lines = _dedent(lines)
        gutter = _gutter(lines)
        if gutter is None and run_gutter is not None and _continues_columns(lines, run_gutter):
            gutter = run_gutter  # a short paragraph of the same two columns ("Wear gloves ... | sides until")
        if gutter is not None:
            run_gutter = gutter
            for line in lines:
                left_cell, right_cell = _split_at_gutter(_cells(line), gutter)
                left.extend([left_cell] if left_cell else [])
                right.extend([right_cell] if right_cell else [])
            continue
        run_gutter = None
        flush_columns()
        if _opens_with_heading(lines):
            blocks.append(Block("heading", " ".join(lines[0].split()), level=2, page=number))
            lines = _dedent(lines[1:])
        rows = _column_rows(lines) if _aligned_columns(lines) and not _numbered_lines(lines) else None
        if rows is not None:
            blocks.extend(Block("table_row", row, page=number) for row in rows)
        else:
            blocks.extend(_prose_blocks([" ".join(ln.split()) for ln in lines], number, _PDF_HEADING))
    flush_columns()
    return blocks


def _layout_paragraphs(text: str) -> list[list[str]]:
    """A page's layout text in paragraphs: split at blank lines, and before a numbered heading that opens
    its section's first line right under a lone line set in from the margin (a running header set right
    over "3. Fault codes" and its table), so the heading and its table are read as such, not run into
    the header. Under a line at the margin it may be a wrapped line's end ("5. Check the belt tension
    and the" / "6. Guide rails"): _prose_blocks decides those as before."""
    out: list[list[str]] = []
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.rstrip() for ln in para.splitlines() if ln.strip()]
        if not lines:
            continue
        flush = _dedent(lines)
        start = 0
        # Two columns side by side are read as such (_layout_blocks): a heading in the left one is no cut.
        for i in range(1, len(lines) - 1 if _gutter(flush) is None else 1):
            above = _cells(flush[i - 1])
            if len(above) == 1 and above[0][0] > 0 and _opens_with_heading([ln.strip() for ln in lines[i : i + 2]]):
                out.append(lines[start:i])
                start = i
        if lines[start:]:
            out.append(lines[start:])
    return out


def _opens_with_heading(lines: list[str]) -> bool:
    """A numbered heading over its section's first line or its first step ("4. Tying and ejecting a
    bale" / "1. Press PRESS"), not the first line of a wrapped step ("1. Check that the caustic IBCs
    hold" / "enough concentrate") or of a list of steps ("3. Close the door" / "4. Press START")."""
    first = lines[0].strip()
    if len(lines) < 2 or not _PDF_HEADING.match(first):
        return False
    following = lines[1].strip()
    if _FIRST_STEP.match(following):
        return True
    return len(first.split()) <= 7 and following[:1].isupper() and not _LIST_ITEM.match(following)


def _split_at_gutter(cells: list[tuple[int, str]], gutter: int) -> tuple[str, str]:
    """A two-column line's left and right text. Beside left text pypdf may set the right column nearer
    than where it stands alone, so of two cells the second is the right column's; a lone cell is placed
    by which half of the line it starts in."""
    half = gutter // 2
    if len(cells) >= 2 and cells[1][0] >= half:
        return cells[0][1], " ".join(t for _, t in cells[1:])
    text = " ".join(t for _, t in cells)
    return ("", text) if cells and cells[0][0] >= half else (text, "")


def _continues_columns(lines: list[str], gutter: int) -> bool:
    """Does a paragraph too short to judge on its own go on with two columns split at `gutter`? Each line
    has at most two cells, and every inner cell starts at the gutter."""
    cells = [_cells(ln) for ln in lines]
    inner = [p for c in cells for p, _ in c if p > 0]
    return all(len(c) <= 2 for c in cells) and bool(inner) and all(abs(p - gutter) <= 1 for p in inner)


def _gutter(lines: list[str]) -> int | None:
    """Where the right column starts when the lines set prose in two columns, else None: no line has
    more than two cells, and the cells that start at the most common inner position (the right column,
    also where the left one is blank) and those at the margin are runs of words, not a table's labels
    and values. Judged wrongly, a two-column table of long texts is read column by column; the other
    way round, the two columns would be cut into rows that join unrelated sentences."""
    cells = [_cells(ln) for ln in lines]
    if any(len(c) > 2 for c in cells):
        return None
    inner = Counter(p for c in cells for p, _ in c if p > 0)
    if not inner:
        return None
    gutter = max(inner, key=lambda p: sum(inner[q] for q in (p - 1, p, p + 1)))
    right = [t for c in cells for p, t in c if abs(p - gutter) <= 1]
    left = [t for c in cells for p, t in c if p == 0]
    # A column of prose fills its width on most lines; a table's second column ("Daily", "Start of each
    # shift and after a product change") runs short as often as long.
    width = max(map(len, lines)) - gutter
    # A paragraph's last line runs short ("here."): judged by the lines that do not end a sentence, when two
    # or more do not (a column of few lines, "(spiking) volumes ... recipe / values ... not given / here.").
    # Not in a table whose left cells stand on a row's first line only, blank under it (a symptom and its wrapped
    # remedy): prose fills the left column on most lines.
    running = [t for t in right if not t.rstrip().endswith(".")]
    judged = running if len(running) >= 2 and len(left) >= _LEFT_FILLED * len(lines) else right
    filled = sum(len(t) >= _COLUMN_FILL * width for t in judged) >= _COLUMN_FILL * len(judged)
    # Prose runs down both columns; a row of a two-column table opens with its one short left cell and
    # wraps on the right only ("Motor does not start | Check the fuse ... / ... / ...").
    both = len(left) >= 2 or not left
    if len(right) >= 3 and _mean_words(right) >= 4 and (not left or _mean_words(left) >= 4) and filled and both:
        return gutter
    return None


# The share of a prose column's width most of its lines fill, and the share of its lines that do.
_COLUMN_FILL = 0.55
# The share of lines the left column writes on when two short columns of prose are judged by their running lines.
_LEFT_FILLED = 0.75


def _mean_words(texts: list[str]) -> float:
    return sum(len(t.split()) for t in texts) / len(texts)


def _aligned_columns(lines: list[str]) -> bool:
    """A table's columns start at the same place on most of its rows; the wide gaps of justified
    prose fall anywhere. Positions are the starts of the second and later cells of each line."""
    starts = [{p for p, _ in _cells(ln)[1:]} for ln in lines]
    starts = [s for s in starts if s]
    if len(starts) < 2:
        return False
    best = max(sum(any(p + d in s for d in (-1, 0, 1)) for s in starts) for p in set().union(*starts))
    return best >= max(2, math.ceil(2 * len(starts) / 3))


def _numbered_lines(lines: list[str]) -> bool:
    """Steps laid out with a gap after their number ("1.    Inform the operators"): a list, not a
    table whose first column is the step number."""
    firsts = [c[0][1] for c in map(_cells, lines) if len(c) >= 2 and c[0][0] == 0]
    return bool(firsts) and all(_MARKER.match(f) for f in firsts)


# A first cell that is a code however it is cased ("oC", "uV1", "e01"): it opens its row.
_CODE_CELL = re.compile(r"^(?=\S*[A-Z\d])[A-Za-z\d.-]{1,6}$")


def _ends_a_cell(cells: list[tuple[int, str]]) -> bool:
    """A line with a piece in lower case or opening with punctuation ("seated", "%", "(hunting)", "worn
    jaw serrations | P07, replace the jaws"): the end of cells above it, not the start of a row below (a
    cell starts with a capital or a value)."""
    return any(text[:1].islower() or text[:1] in "%()],;.°" for _, text in cells)


def _column_rows(lines: list[str]) -> list[str] | None:
    """A laid-out table's rows, labelled by its header like a Markdown table's. A wrapped cell goes
    on under its own column on the next line ("backwards" under "Probable cause", "10 min" under
    "Symptom"), so each piece of text joins the column it starts in; a new row starts at the left
    margin with at least two cells."""
    head = _cells(lines[0])
    if len(head) < 2:
        return None
    over_values = head[0][0] > 0  # a header over the value columns only ("      HL-25    HL-30")
    starts = ([0] if over_values else []) + [p for p, _ in head]
    names = ([""] if over_values else []) + [text for _, text in head]

    def column(position: int) -> int:
        return max((i for i, start in enumerate(starts) if start <= position + 1), default=0)

    labels = _labels(names)
    body = [_cells(line) for line in lines[1:]]
    # A line in the first column that ends the cells above ("lamp lit | of adjustment | operates ...") goes on
    # with their row.
    opens = [
        len(cells) >= 2
        and cells[0][0] <= starts[0] + 1
        and (_CODE_CELL.match(cells[0][1]) or not _ends_a_cell(cells[:1]))
        for cells in body
    ]
    # A table that centres its cells vertically wraps a long cell both above and below the line that
    # opens its row: the line above starts the cell ("Switch position not"), the opener's line goes on with
    # it in lower case ("confirmed within 6 s"). In a table set at the top every cell starts on its opener's
    # line, and a line above an opener ends the row before ("Check the cooling fan.").
    centred = any(
        opens[n]
        and not opens[n - 1]
        and not _ends_a_cell(body[n - 1])
        and any(column(p) in {column(q) for q, _ in body[n - 1]} and _ends_a_cell([(p, t)]) for p, t in body[n])
        for n in range(1, len(body))
    )
    rows: list[list[str]] = [] if labels else [names]
    above: list[list[tuple[int, str]]] = []  # a centred row's lines over its opener

    def add(cells: list[tuple[int, str]]) -> None:
        for position, text in cells:
            i = column(position)
            rows[-1][i] = f"{rows[-1][i]} {text}".strip()

    for n, (cells, opening) in enumerate(zip(body, opens, strict=True)):
        if (
            n
            and rows
            and not above
            and (_broken_off(body[n - 1], cells, column) or _finishes(body[n - 1], cells, column))
        ):
            add(cells)  # with the row of the line it goes on from
        elif opening:
            rows.append([""] * len(starts))
            for line in [*above, cells]:
                add(line)
            above = []
        elif centred and (above or not _ends_a_cell(cells)):
            above.append(cells)
        elif not rows:
            return None
        else:
            add(cells)
    if above and not rows:
        return None
    for line in above:  # lines after the last opener end its row
        add(line)
    if not rows or (not labels and len(rows) < 2):
        return None
    if not labels:
        return [" | ".join(cell for cell in row if cell) for row in rows]
    return [_labelled(names, row) for row in rows]


# More words a row's first cell, which names the row, does not end with ("Discharge temperature rising towards" /
# "140 °C"); kept apart from _UNFINISHED_CELL, which text tables' value cells are read with too.
_UNFINISHED_KEY = re.compile(r"\b(?:towards|toward|between|via|through|around|about)$")


def _broken_off(before: list[tuple[int, str]], cells: list[tuple[int, str]], column: Callable[[int], int]) -> bool:
    """Whether a line at the margin goes on with the row of the line before it, though its first cell opens
    with a capital, a code or a value: the row's first cell above is broken off mid-phrase ("A section stops
    with G02, G03 or" / "G04", "Discharge temperature rising towards" / "140 °C"), or a cell above is
    ("Fit the 2.2 mm LLDPE die ring;") and every other cell of the line goes on in lower case ("Rough matt
    surface, sharkskin, on | ... die | ...ring;" / "LLDPE film | gap | meanwhile raise the die zones by 10").
    Read as a row of its own, each half is a row no technician can use (sixty-sixth set, forty-seventh session)."""
    if len(cells) < 2 or column(cells[0][0]) != 0 or not before:
        return False
    first_above = next((text for position, text in before if column(position) == 0), None)
    if first_above is None:  # a wrapped line of cells to the right only: it may stand over its own row's key
        return False
    going_on = [text.lstrip(_OPENERS)[:1].islower() for _, text in cells[1:]]
    if _UNFINISHED_CELL.search(first_above) or _UNFINISHED_KEY.search(first_above):
        return any(going_on)
    return all(going_on) and any(_UNFINISHED.search(text) for _, text in before)


# A cell's line ending in a number of one to three digits after a word ("replace the claw after 300"), and a line
# opening with a group of three digits and a word ("000 bottles or sooner if worn"): a number written with a space
# between its thousands ("300 000 bottles"), wrapped at that space (_finishes). Not a cell that is a number alone, so
# rows of figures ("100 | 250" over "150 | 300") stay rows.
_NUMBER_BROKEN_OFF = re.compile(r"[A-Za-z)][^\d]*\s\d{1,3}$")
_THOUSANDS_GOING_ON = re.compile(r"\d{3}\s+[A-Za-z°%]")


def _finishes(before: list[tuple[int, str]], cells: list[tuple[int, str]], column: Callable[[int], int]) -> bool:
    """Whether every cell of a line stands under a cell the line before left unfinished ("Change the batteries or
    the" / "BP-10 pack.", "replace the claw after 300" / "000 bottles or sooner if worn"): it ends that row's cells,
    though it opens with a capital or a value, as a centred row's line over its opener would."""
    unfinished = {column(position) for position, text in before if _UNFINISHED.search(text)}
    broken_numbers = {column(position) for position, text in before if _NUMBER_BROKEN_OFF.search(text)}
    return bool(cells) and all(
        column(position) in unfinished
        or (column(position) in broken_numbers and _THOUSANDS_GOING_ON.match(text) is not None)
        for position, text in cells
    )


def _prose_blocks(lines: list[str], number: int, numbered_heading: re.Pattern[str]) -> list[Block]:
    """A paragraph's lines: a short line standing alone in CAPS or numbered like a heading reads as
    one; numbered and bulleted items are split apart."""
    if not lines:
        return []
    if (
        len(lines) == 1
        and len(lines[0]) < 80
        and not lines[0].endswith((".", ":", ","))
        and (lines[0].isupper() or numbered_heading.match(lines[0]))
    ):
        return [Block("heading", lines[0], level=2, page=number)]
    cut, last_step = -1, 0
    for i in range(len(lines) - 1):
        if _heads_the_rest(lines, i, last_step):
            cut = i
            break
        step = _STEP_NUMBER.match(lines[i])
        if step is not None and not _PDF_HEADING.match(lines[i]):  # "1. Switch off.", not "1. Lubrication"
            last_step = int(step.group(1))
    if cut >= 0:
        return [
            *_prose_blocks(lines[:cut], number, numbered_heading),
            Block("heading", lines[cut], level=2, page=number),
            *_prose_blocks(lines[cut + 1 :], number, numbered_heading),
        ]
    groups = [[lines[0]]]
    for ln in lines[1:]:
        if _LIST_ITEM.match(ln):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [
        Block("list_item" if _LIST_ITEM.match(group[0]) else "paragraph", " ".join(group), page=number)
        for group in groups
    ]


def _heads_the_rest(lines: list[str], i: int, last_step: int) -> bool:
    """Whether line i of a paragraph is a numbered section heading over the lines after it. Reading
    order runs a column's sections into one paragraph ("... alarm A01 appears." / "5. Unstable or
    wrong weights" / "Unstable readings are ..."), and a heading over its first step may stand under
    a running header ("Wexbury WPK-OM-118 Rev B" / "3. Setting the machine to a new case size" / "1.
    Press STOP"). Over a first step it is a heading wherever it stands; over prose only after a line
    that ends a sentence, so a wrapped line is never taken for one, and never as the next step of the
    list above it (last_step: "1. Switch off the unit." / "2. Turn the selector to" / "MANUAL")."""
    if _FIRST_STEP.match(lines[i + 1]) and _PDF_HEADING.match(lines[i]):
        return True
    step = _STEP_NUMBER.match(lines[i])
    if step is not None and last_step and int(step.group(1)) == last_step + 1:
        return False
    return (i == 0 or lines[i - 1].rstrip().endswith((".", ":", "!", "?"))) and _opens_with_heading(lines[i : i + 2])


# --- entry point --------------------------------------------------------------------------------


def load_bytes(source: str, data: bytes) -> LoadedDocument:
    """Parse one file's bytes by its extension; raise LoadError with the reason."""
    suffix = Path(source).suffix.lower()
    file_type = SUPPORTED.get(suffix)
    if file_type is None:
        supported = ", ".join(sorted(SUPPORTED))
        raise LoadError(f"unsupported file type {suffix or '(none)'} (supported: {supported})")
    if not data.strip():
        raise LoadError("empty file")
    if file_type == "pdf":
        if not data.startswith(b"%PDF"):
            raise LoadError("corrupt PDF: the file does not start with %PDF")
        meta, blocks = parse_pdf(data)
    else:
        text = decode_text(data)
        parse = {"markdown": parse_markdown, "text": parse_text, "html": parse_html}[file_type]
        meta, blocks = parse(text)
    if not any(b.kind != "heading" for b in blocks):
        raise LoadError("no text to ingest")
    meta = canonical_meta(meta)
    # A text file's only title heading is its title line; its other headings are sections ("1. PURPOSE").
    first_heading = next((b.text for b in blocks if b.kind == "heading" and (file_type != "text" or b.level == 1)), "")
    title = str(meta.get("title") or first_heading or Path(source).stem.replace("-", " ").replace("_", " "))
    return LoadedDocument(source=source, file_type=file_type, title=title, blocks=blocks, metadata=meta)
