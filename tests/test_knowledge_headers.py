"""Document headers are read by meaning: "Document type", "doc_type" and "DocType" all set the type,
in .txt "Key: value" headers, Markdown front matter and HTML meta tags alike.

Every file here is written for the rule; none is a sample manual.
"""

from __future__ import annotations

import pytest

from knowledge.documents import DocumentMeta
from knowledge.embedder import LocalEmbedder
from knowledge.ingest import Ingestor
from knowledge.loaders import load_bytes
from knowledge.metadata import canonical_meta, extract_meta, header_field
from knowledge.retriever import Retriever
from rivet.db import Database


def meta_of(name: str, body: str) -> DocumentMeta:
    return extract_meta(load_bytes(name, body.encode()))


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("Title", "title"),
        ("TITLE", "title"),
        ("Document title", "title"),
        ("type", "doc_type"),
        ("Document type", "doc_type"),
        ("doc_type", "doc_type"),
        ("Doc-Type", "doc_type"),
        ("DocType", "doc_type"),
        ("Bulletin type", "doc_type"),
        ("models", "models"),
        ("Model", "models"),
        ("Models affected", "models"),
        ("models_affected", "models"),
        ("Applies to", "applies_to"),
        ("equipment", "product"),
        ("Product", "product"),
        ("Manufacturer", "manufacturer"),
        ("Maker", "manufacturer"),
        ("VENDOR", "manufacturer"),
        ("date", "revision"),
        ("Issued", "revision"),
        ("Issue date", "revision"),
        ("issue-date", "revision"),
        ("Revision", "revision"),
        ("Rev", "revision"),
        ("Version", "revision"),
        ("Domain", "domain"),
        ("DC.Title", "title"),
        ("dcterms.issued", "revision"),
        ("og:title", "title"),
        # names that mean something else stay unmapped
        ("Not affected", None),
        ("Warning", None),
        ("Step 1", None),
    ],
)
def test_header_names_map_to_fields_ignoring_case_and_separators(name: str, field: str | None) -> None:
    assert header_field(name) == field


def test_the_more_specific_name_wins_when_a_file_gives_two() -> None:
    assert canonical_meta({"Date": "2023-01-01", "Revision": "C"})["revision"] == "C"
    assert canonical_meta({"Issue date": "2023-01-01", "date": "2022-05-05"})["revision"] == "2023-01-01"
    assert canonical_meta({"Not affected": "QX-2"}) == {"not_affected": "QX-2"}


# ---- plain text -------------------------------------------------------------------------------


def test_a_text_file_opening_with_a_title_header_is_titled_by_its_value() -> None:
    doc = load_bytes("notes/quick.txt", b"Title: Test\n\nThe strainer basket lifts out after the lid.\n")
    assert doc.title == "Test"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Test"),
        ("paragraph", "The strainer basket lifts out after the lid."),
    ]
    assert extract_meta(doc).title == "Test"


def test_text_headers_by_any_common_name_fill_every_field() -> None:
    meta = meta_of(
        "misc/ws9.txt",
        "Title: Wash station WS-9 cleaning rules\n"
        "Document type: policy\n"
        "maker: Orbel Hygiene\n"
        "Model: WS-9\n"
        "domain: Electrical Safety\n"
        "Issued: 2025-02-14\n"
        "\n"
        "Rinse the nozzles daily.\n",
    )
    assert meta == DocumentMeta(
        title="Wash station WS-9 cleaning rules",
        doc_type="policy",
        manufacturer="Orbel Hygiene",
        models=["WS-9"],
        domain="electrical-safety",
        revision="2025-02-14",
    )


def test_a_text_file_opening_with_other_headers_has_no_title_line() -> None:
    doc = load_bytes(
        "site/gland-packing-notes.txt",
        b"Vendor: Orbel\nDoc type: procedure\n\n1. PURPOSE\n\nRepack the gland when it drips too fast.\n",
    )
    assert doc.title == "gland packing notes"  # the file name, not a section heading
    meta = extract_meta(doc)
    assert (meta.manufacturer, meta.doc_type) == ("Orbel", "procedure")


def test_a_title_header_after_a_title_line_renames_it_and_keeps_its_words() -> None:
    doc = load_bytes("x.txt", b"ORBEL FIELD NOTE 7\nTitle: Gland packing on the GP-3\n\nRepack yearly.\n")
    assert doc.title == "Gland packing on the GP-3"
    assert ("paragraph", "ORBEL FIELD NOTE 7") in [(b.kind, b.text) for b in doc.blocks]


def test_a_scope_names_models_only_where_it_names_a_model() -> None:
    scope = meta_of("gloves.txt", "Site Policy GL-2 Gloves\nApplies to: all insulating gloves\n\nTest monthly.\n")
    assert scope.models == ["GL-2"]  # prose scope: models come from the title as for any file
    named = meta_of("ws.txt", "Wash station notes\nEquipment: WS-9 and WS-12 washers\n\nRinse daily.\n")
    assert named.models == ["WS-9 and WS-12 washers"]
    declared = meta_of("ws.txt", "Wash station notes\nModels affected: WS-9, WS-12\nNot affected: WS-4\n\nRinse.\n")
    assert declared.models == ["WS-9", "WS-12"]
    # A scope of serial numbers names no model; the product line names the equipment.
    serials = "Product: Pallet turner PT-800\nApplies to: serial numbers PT8-1200 and later\n\nGrease weekly.\n"
    assert meta_of("pt.txt", serials).models == ["Pallet turner PT-800"]
    both = "Applies to: PT-800 turners\nProduct: pallet turners\n\nGrease weekly.\n"
    assert meta_of("pt.txt", both).models == ["PT-800 turners"]  # a scope naming a model still wins
    scoped = "Applies to: PT-800 turners from serial number 1400 on\n\nGrease weekly.\n"
    assert meta_of("pt.txt", scoped).models == ["PT-800 turners"]  # read up to its serial numbers


def test_a_maker_line_over_the_title_line_that_names_the_models_is_one_title() -> None:
    # Plain-text manuals often open with the maker's name, then the equipment and its models.
    text = "HALVERN PRESS SYSTEMS\nBaling presses BP-40 and BP-60\nOperating manual HPS-OM-BP-02, edition 3\n\nBody.\n"
    meta = meta_of("bp.txt", text)
    assert meta.title == "HALVERN PRESS SYSTEMS Baling presses BP-40 and BP-60"
    assert meta.models == ["BP-40", "BP-60"]  # not the manual's number, HPS-OM-BP-02
    # A title that names its models keeps to its line; a document line below it is not its title.
    assert meta_of("bp.txt", "BP-40 BALING PRESS\nBaler BP-60 too\n\nBody.\n").title == "BP-40 BALING PRESS"
    assert meta_of("bp.txt", "HALVERN PRESS SYSTEMS\nManual HPS-OM-BP-02\n\nBody.\n").models == []
    # A sentence or an address under the title is body text, whatever codes it writes.
    sentence = meta_of("lo.txt", "Lockout procedure\nBefore servicing the KD-450, isolate the supply at Q1.\n\nBody.\n")
    assert (sentence.title, sentence.models) == ("Lockout procedure", [])
    address = meta_of("hp.txt", "HALVERN PRESS SYSTEMS LTD\nUnit 4, Riverside Park, Leeds LS11 5QT\n\nBody.\n")
    assert address.models == []


# ---- Markdown front matter --------------------------------------------------------------------


def test_front_matter_names_are_read_by_meaning_too() -> None:
    doc = load_bytes(
        "m.md",
        b"---\nTitle: Orbel GP-3 gland pump\nDocument Type: Data sheet\nMaker: Orbel\n"
        b"Models affected: [GP-3, GP-5]\nIssue date: 2024-11-02\nDomain: pumps\n---\n"
        b"# Specifications\n\nFlow 3 m3/h.\n",
    )
    assert doc.title == "Orbel GP-3 gland pump"
    meta = extract_meta(doc)
    assert (meta.title, meta.doc_type, meta.manufacturer) == ("Orbel GP-3 gland pump", "datasheet", "Orbel")
    assert (meta.models, meta.revision, meta.domain) == (["GP-3", "GP-5"], "2024-11-02", "pumps")


# ---- HTML meta tags ---------------------------------------------------------------------------


def test_html_meta_names_and_properties_are_read_by_meaning() -> None:
    doc = load_bytes(
        "h.html",
        b"<html><head><title>page title</title>"
        b'<meta name="DC.Title" content="Orbel WS-9 start-up">'
        b'<meta name="Document-Type" content="SOP">'
        b'<meta name="vendor" content="Orbel">'
        b'<meta name="applies-to" content="WS-9">'
        b'<meta property="article:published" content="2025-01-09">'
        b"</head><body><p>Open the supply valve first.</p></body></html>",
    )
    assert doc.title == "Orbel WS-9 start-up"
    meta = extract_meta(doc)
    assert (meta.doc_type, meta.manufacturer, meta.models, meta.revision) == (
        "procedure",
        "Orbel",
        ["WS-9"],
        "2025-01-09",
    )


# ---- through ingestion --------------------------------------------------------------------------


async def test_an_ingested_text_file_is_cited_by_its_header_title(db: Database, local_embedder: LocalEmbedder) -> None:
    ingestor = Ingestor(db, local_embedder)
    body = "Title: Test\nDocument type: policy\n\nThe strainer basket of the QX-7 lifts out after the lid.\n"
    outcome = await ingestor.ingest_text("notes/quick.txt", body, "plant-a")
    assert outcome.status == "ingested"
    [hit] = await Retriever(db, local_embedder).search("qx7 strainer basket", "plant-a", k=1)
    assert (hit.title, hit.doc_type) == ("Test", "policy")
