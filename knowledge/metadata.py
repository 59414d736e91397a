"""Document metadata: declared (front matter, HTML meta, text headers) or inferred from title and path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from knowledge.codes import document_codes
from knowledge.documents import DocumentMeta, LoadedDocument

# Words in a title or path that say which domain a document belongs to, when it does not declare one.
DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    "electrical-safety": (
        "lockout",
        "loto",
        "arc flash",
        "ppe",
        "absence of voltage",
        "insulating glove",
        "electrical safety",
        "voltage tester",
    ),
    "drives": ("drive", "vfd", "inverter", "frequency converter"),
    "motors": ("motor", "bearing", "winding", "insulation"),
    "plc": ("plc", "controller", "i/o", "remote io", "cpu"),
    "pumps": ("pump", "seal", "impeller"),
    "pneumatics": ("compressor", "pneumatic", "air dryer", "frl", "cylinder"),
    "hydraulics": ("hydraulic", "accumulator", "hpu", "valve"),
    "conveyors": ("conveyor", "belt", "roller", "pull cord", "gearmotor"),
    "hvac": ("hvac", "chiller", "rooftop", "air handling", "ahu", "cooling tower", "refrigerant"),
}
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


_MODEL_TOKEN = re.compile(r"\b[A-Z]{1,4}-?\d{1,5}[A-Z]?\b")


def extract_meta(doc: LoadedDocument) -> DocumentMeta:
    """Declared metadata first; title, path and text fill the gaps."""
    m = {str(k).lower().replace(" ", "_"): v for k, v in doc.metadata.items()}
    title = str(m.get("title") or doc.title)
    models = _as_list(m.get("models") or m.get("model") or m.get("models_affected"))
    models = [re.sub(r"\s*\(.*?\)\s*", "", x).strip() for x in models]
    if not models:
        models = sorted(set(_MODEL_TOKEN.findall(title)))
    doc_type = str(m.get("doc_type") or m.get("bulletin_type") or m.get("type") or "manual").lower()
    if "bulletin" in doc_type:
        doc_type = "bulletin"
    if doc_type not in DOC_TYPES:
        doc_type = "manual"
    safety = str(m.get("safety") or "normal").lower()
    if safety not in SAFETY_LEVELS:
        safety = "normal"
    domain = m.get("domain")
    domain = str(domain).lower().strip() if domain else infer_domain(title, Path(doc.source).stem)
    revision = m.get("revision") or m.get("issue_date") or m.get("date")
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
