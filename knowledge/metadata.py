"""Document metadata: declared (front matter, HTML meta, text headers) or inferred from title and path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from knowledge.codes import document_codes, is_designation
from knowledge.documents import Block, DocumentMeta, LoadedDocument
from knowledge.domains import DOMAIN_WORDS

DOC_TYPES = {"manual", "procedure", "bulletin", "datasheet", "policy", "expert_answer"}
SAFETY_LEVELS = {"normal", "caution", "critical"}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in re.split(r"[,;]", str(value)) if v.strip()]


def infer_domain(*texts: str) -> str | None:
    """The domain whose words appear in the title/path; earlier (more specific) domains win ties."""
    haystack = " ".join(texts).lower().replace("-", " ").replace("_", " ")
    best, best_hits = None, 0
    for domain, words in DOMAIN_WORDS.items():
        hits = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", haystack))
        if hits > best_hits:
            best, best_hits = domain, hits
    return best


# What files call each metadata field, by meaning: the same for .txt "Key: value" headers, Markdown front
# matter and HTML meta tags, compared with case, spaces and "_-./:" ignored ("Document type", "doc_type",
# "DocType"). Where a file gives several names of one field, the earlier name here wins ("revision"
# over "date"). "applies_to" is a scope, not a declaration: it fills the models only where it names one,
# and "product" (the equipment the file is about) where the scope does not.
HEADER_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "document title", "doc title"),
    "doc_type": ("doc type", "document type", "type", "bulletin type", "kind", "category"),
    "models": (
        "models",
        "model",
        "model number",
        "model numbers",
        "model no",
        "models affected",
        "affected models",
        "applicable models",
        "models covered",
    ),
    "applies_to": ("applies to", "applicable to"),
    "product": ("equipment", "product", "products", "series"),
    "manufacturer": ("manufacturer", "maker", "make", "vendor", "brand", "mfr", "mfg", "oem"),
    "domain": ("domain", "discipline"),
    "safety": ("safety", "safety level"),
    "revision": (
        "revision",
        "rev",
        "version",
        "ver",
        "edition",
        "issue",
        "issue date",
        "issued",
        "date issued",
        "effective date",
        "date",
        "published",
        "last updated",
        "updated",
        "modified",
        "created",
    ),
}
# Namespaces HTML meta names and properties carry ("DC.Title", "dcterms.issued", "og:title").
_NAMESPACE = re.compile(r"^(?:dc|dcterms|og|article|doc)[.:]", re.IGNORECASE)


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _NAMESPACE.sub("", name.strip()).lower())


_ALIASES: dict[str, tuple[str, int]] = {
    _compact(alias): (name, rank) for name, aliases in HEADER_FIELDS.items() for rank, alias in enumerate(aliases)
}


def header_field(name: str) -> str | None:
    """The metadata field a header name means ("Document type" -> "doc_type"), or None for any other name."""
    hit = _ALIASES.get(_compact(name))
    return hit[0] if hit else None


def canonical_meta(declared: Mapping[str, Any]) -> dict[str, Any]:
    """Declared metadata under the field names RIVET reads, whatever the file called them.

    Other names are kept (lowercased, "_" for separators) so nothing a file declares is lost.
    """
    out: dict[str, Any] = {}
    best: dict[str, tuple[int, Any]] = {}
    for key, value in declared.items():
        hit = _ALIASES.get(_compact(str(key)))
        if hit is None:
            out.setdefault(re.sub(r"[^a-z0-9]+", "_", str(key).lower()).strip("_"), value)
        elif value is not None and str(value).strip() and (hit[0] not in best or hit[1] < best[hit[0]][0]):
            best[hit[0]] = (hit[1], value)
    out.update({name: value for name, (_, value) in best.items()})
    return out


# A declared document type by its meaning ("Service Bulletin", "SOP", "Data sheet"); anything else is a manual.
_DOC_TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("expert_answer", ("expertanswer",)),
    ("bulletin", ("bulletin", "advisory")),
    ("policy", ("policy",)),
    ("procedure", ("procedure", "sop", "workinstruction")),
    ("datasheet", ("datasheet", "specsheet")),
)


def _doc_type(value: Any) -> str:
    compact = _compact(str(value or ""))
    for doc_type, words in _DOC_TYPE_WORDS:
        if any(w in compact for w in words):
            return doc_type
    return "manual"


# A model number as a title writes it ("KD-450", "BS200"): the models of a document that declares none.
MODEL_TOKEN = re.compile(r"\b[A-Z]{1,4}-?\d{1,5}[A-Z]?\b")


# A scope of serial numbers ("serial numbers from 23-0401", "S/N 1400 and later"), not a model.
_SERIALS = re.compile(r"\bserial|\bs/n\b|\bsn\b", re.IGNORECASE)
# What is left before a scope's serial numbers ends in a word that led to them ("PT-800 turners from").
_TRAILING_WORD = re.compile(r"(?:\s+(?:from|with|and|for|on|of|to|,))*\s*$", re.IGNORECASE)


# The front matter of a document: its first blocks (title, subtitle, document line), this much of their text.
_FRONT_BLOCKS = 3
_FRONT_CHARS = 400
# How often the rest of a document must write a code its front matter names for the code to be the equipment's
# model: "Operation and Maintenance Manual - MG-130 and MG-160, Document FAR-OM-MG-06" names two models the body
# writes again and again, and a document number ("MG-06") the body never writes. Twenty-seventh session.
_MODEL_WRITTEN_AGAIN = 2


# A metric thread ("M12 lid bolts"): a size a manual writes again and again, no model.
_THREAD = re.compile(r"M\d{1,2}")


def _front_matter_models(blocks: list[Block]) -> list[str]:
    """Models a title does not name but the lines under it do ("FARSVIK MG MEAT MINCERS" over "Operation and
    Maintenance Manual - MG-130 and MG-160"): without them a manual has none, and a chunk that does not write
    the model (the steps "Assembling the cutting set") loses the exact-match bonus to every table that does."""
    front = " ".join(b.text for b in blocks[:_FRONT_BLOCKS])[:_FRONT_CHARS]
    body = blocks[_FRONT_BLOCKS:]
    return sorted(
        {
            token
            for token in MODEL_TOKEN.findall(front)
            if not is_designation(token)
            and not _THREAD.fullmatch(token)
            and _written(token, body) >= _MODEL_WRITTEN_AGAIN
        }
    )


def _written(token: str, blocks: list[Block]) -> int:
    """How many times the blocks write the code as a word of its own."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])")
    return sum(len(pattern.findall(b.text)) for b in blocks)


def _models(value: Any) -> list[str]:
    return [re.sub(r"\s*\(.*?\)\s*", "", x).strip() for x in _as_list(value)]


def extract_meta(doc: LoadedDocument) -> DocumentMeta:
    """Declared metadata first; title, path and text fill the gaps."""
    m = canonical_meta(doc.metadata)
    title = str(m.get("title") or doc.title)
    models = _models(m.get("models"))
    if not models:
        # "Applies to: all rubber insulating gloves" names no model; "Applies to: KD-450 drives" does, and
        # "Applies to: serial numbers PI15-2200 and later" names a range of one model's units, not a model:
        # a scope is read up to its serial numbers ("PT-800 turners from serial number 1400 on").
        scope = [
            x
            for x in (_TRAILING_WORD.sub("", _SERIALS.split(y, maxsplit=1)[0]) for y in _models(m.get("applies_to")))
            if document_codes(x)
        ]
        # "Equipment: KD-450 drives", "Product: Pallet inverter PI-1500" name the equipment itself.
        models = scope or [x for x in _models(m.get("product")) if document_codes(x)]
    if not models:
        # A title's code the document never writes as a word of its own is a piece of the document's number
        # ("Operation and Maintenance Manual KGR-OM-KW-01" gives "KW-01"), not a model: the models the front
        # matter names and the body writes win.
        models = sorted(set(MODEL_TOKEN.findall(title)))
        if not any(_written(model, doc.blocks) for model in models):
            models = _front_matter_models(doc.blocks) or models
    doc_type = _doc_type(m.get("doc_type"))
    safety = str(m.get("safety") or "normal").lower()
    if safety not in SAFETY_LEVELS:
        safety = "normal"
    domain = m.get("domain")
    # Domain names are slugs ("electrical-safety"); a header may write "Electrical Safety".
    domain = (
        re.sub(r"[\s_]+", "-", str(domain).strip().lower()) if domain else infer_domain(title, Path(doc.source).stem)
    )
    revision = m.get("revision")
    return DocumentMeta(
        title=title,
        doc_type=doc_type,
        manufacturer=str(m["manufacturer"]) if m.get("manufacturer") else None,
        models=models,
        domain=domain,
        safety=safety,
        revision=str(revision) if revision else None,
    )


def model_codes(meta: DocumentMeta) -> set[str]:
    """Normalized codes of the document's equipment models (added to every chunk for exact matching)."""
    codes: set[str] = set()
    for model in meta.models:
        codes |= document_codes(model)
    return codes
