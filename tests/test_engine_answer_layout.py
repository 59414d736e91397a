"""Answers a technician can act on, through the real engine (PostgreSQL, MiniLM, the pipeline) on
small manuals written here for these rules: a 14-step procedure chunking splits in two, a
section quoted from both of its chunks, a status code defined in another section.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa

from engine.analysis import analyze_query
from engine.clarify import NOTHING_NEW, context_lines, defining, normalized
from engine.conversation import is_clarification
from engine.extractive import ExtractiveAnswerer
from engine.layout import Quote, lay_out
from engine.messages import Message, Reply
from fakes.openai import FakeOpenAI
from knowledge.embedder import LocalEmbedder
from knowledge.retriever import Passage
from knowledge.sections import Section, SectionLine, SectionStore
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

PLANT = "plant-l"
_event_ids = itertools.count(1)

SEAL_STEPS = [
    "Lock out the motor isolator and fit your personal lock and tag to it.",
    "Close the suction and discharge valves and chain them shut with the valve locks provided.",
    "Open the drain cock under the pump head and collect the oil in a tray of at least 5 litres.",
    "Remove the four M10 bolts of the coupling guard and lift the guard off the baseplate.",
    "Slacken the two clamping screws of the coupling hub and slide the hub back by 20 mm.",
    "Undo the six M12 bolts of the front cover and pull the cover off with the two jacking screws.",
    "Withdraw the idler gear and the drive gear together and lay them on a clean cloth.",
    "Press the old lip seal out of the front cover from the inside with a brass drift.",
    "Clean the seal bore with solvent and check it for scoring deeper than 0.1 mm.",
    "Press the new lip seal in squarely with tool TS-9 until it sits flush with the bore face.",
    "Refit both gears, lubricate them with clean oil and turn the shaft by hand to check it is free.",
    "Refit the front cover with a new gasket and tighten the six M12 bolts to 48 N·m in a cross pattern.",
    "Slide the coupling hub forward, tighten its clamping screws to 22 N·m and refit the coupling guard.",
    "Close the drain cock, refill with oil to the sight glass and remove your lock and tag.",
]

GEAR_PUMP = "\n".join(
    [
        "# Talvik TG-14 Gear Pump Service Manual",
        "",
        "## 1. Scope",
        "",
        "This manual covers the Talvik TG-14 external gear pump for lubricating oil, rated 14 litres per minute.",
        "",
        "## 2. Shaft seal replacement",
        "",
        "The shaft seal is a lip seal pressed into the front cover. Replace it when oil weeps from the shaft.",
        "",
        *[f"{i}. {step}" for i, step in enumerate(SEAL_STEPS, start=1)],
        "",
        "## 3. Start-up after service",
        "",
        "1. Open the suction valve fully and vent the pump head until oil flows without air.",
        "2. Open the discharge valve and start the pump.",
        "3. Run the pump for 10 minutes and check the shaft for leaks.",
        "",
        "## 4. Resetting the controller",
        "",
        "1. Press and hold the RESET key for 5 seconds.",
        "2. Release the RESET key when the display shows SC-7.",
        "3. Press START to run the pump again.",
        "",
        "## 5. Display codes",
        "",
        "The controller display shows a status code after each reset or trip.",
        "A code stays on the display until the next key is pressed.",
        "The backlight switches off after ten minutes without a key press.",
        "Status code SC-7 means the service counter was cleared and the pump may be restarted.",
        "Status code SC-9 means the seal wear counter has passed 8000 running hours.",
        "",
    ]
)


def message(text: str, **fields: Any) -> Message:
    fields.setdefault("platform", "telegram")
    fields.setdefault("chat_id", "chat-l")
    fields.setdefault("user_id", "31")
    return Message(tenant_id=PLANT, text=text, event_id=f"lay-{next(_event_ids)}", **fields)


async def ask(app: App, text: str, **fields: Any) -> Reply:
    reply = await app.engine.dispatch(message(text, **fields))
    assert reply is not None, f"no reply to {text!r}"
    return reply


AppFactory = Callable[..., Awaitable[App]]


@pytest.fixture
async def make_app(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder, tmp_path: Path
) -> AsyncIterator[AppFactory]:
    """The app with the gear pump manual ingested for PLANT; settings are written globally first."""
    apps: list[App] = []
    manuals = tmp_path / "manuals"
    manuals.mkdir()
    (manuals / "talvik-tg14-gear-pump-service.md").write_text(GEAR_PUMP, encoding="utf-8")

    async def build(settings: dict[str, str] | None = None) -> App:
        service = SettingsService(db, environ={})
        for key, value in {"reranker.backend": "none", **(settings or {})}.items():
            await service.set(key, value)
        app = await build_app(config, db=db, embedder=local_embedder)
        apps.append(app)
        report = await (await app.knowledge.ingestor(PLANT)).ingest([manuals], PLANT)
        assert report.count("ingested") == 1, report
        return app

    yield build
    for app in apps:
        await app.close()


_STEP_LINE = re.compile(r"^(\d{1,2})\. (.*) \[(\d+)\]$")
_POINTER = re.compile(r"steps? (\d{1,2})(?:-(\d{1,2}))?.*see \[(\d+)\]")


def quoted_steps(text: str) -> list[tuple[int, str, int]]:
    """(step number, step text, citation) of each quoted step line, in reply order."""
    return [(int(m[1]), m[2], int(m[3])) for m in map(_STEP_LINE.match, text.splitlines()) if m]


def pointed_steps(text: str) -> set[int]:
    """Step numbers the reply's pointer lines ("… continues in steps 9-14 ...: see [1]") name."""
    out: set[int] = set()
    for line in text.splitlines():
        m = _POINTER.search(line) if line.startswith("…") else None
        if m:
            out |= set(range(int(m[1]), int(m[2] or m[1]) + 1))
    return out


def seal_steps(reply: Reply) -> list[int]:
    """Numbers of the seal procedure's steps quoted (the seal section's citation only)."""
    seal = [c.n for c in reply.citations if c.heading.endswith("Shaft seal replacement")]
    return [n for n, _, cited in quoted_steps(reply.text) if cited in seal]


# ---- procedures -------------------------------------------------------------------------------


async def test_the_manual_splits_the_procedure_across_chunks(make_app: AppFactory) -> None:
    """The premise of the tests below: the 14 steps are not in one chunk."""
    app = await make_app()
    retriever = await app.knowledge.retriever(PLANT)
    found = await retriever.search("replace the shaft seal steps", PLANT)
    holding = [p for p in found if p.heading.endswith("Shaft seal replacement")]
    assert len(holding) >= 2
    assert all(SEAL_STEPS[0] not in p.text or SEAL_STEPS[-1] not in p.text for p in holding)


async def test_a_how_to_gets_the_whole_procedure_in_order_cited_once(make_app: AppFactory) -> None:
    app = await make_app()

    reply = await ask(app, "how do I replace the shaft seal on the tg-14 pump")

    assert reply.route == "answer"
    assert seal_steps(reply) == list(range(1, 15))  # every step, once, in the manual's order
    for number, text, _ in quoted_steps(reply.text):
        if number <= 14 and text in SEAL_STEPS:
            assert SEAL_STEPS[number - 1] == text
    headings = [c.heading for c in reply.citations]
    assert len(headings) == len(set(headings))  # one section, one citation
    assert {int(n) for n in re.findall(r"\[(\d+)\]", reply.text)} == {c.n for c in reply.citations}
    # The manual's other procedures beside this one are named with where to find them.
    assert "Other steps in this manual:" in reply.text and "'3. Start-up after service'" in reply.text


async def test_a_how_to_over_the_budget_gets_the_first_steps_and_where_the_rest_is(make_app: AppFactory) -> None:
    app = await make_app({"answer.max_chars": "700"})

    reply = await ask(app, "how do I replace the shaft seal on the tg-14 pump")

    quoted = seal_steps(reply)
    assert quoted == sorted(quoted) and quoted[0] == 1 and len(quoted) < 14
    # Every step is quoted or named by a pointer that cites the seal section.
    assert set(quoted) | pointed_steps(reply.text) == set(range(1, 15))
    seal = next(c for c in reply.citations if c.heading.endswith("Shaft seal replacement"))
    assert "'2. Shaft seal replacement'" in reply.text and f"see [{seal.n}]" in reply.text


async def test_a_quoted_step_says_where_the_rest_of_its_procedure_is(make_app: AppFactory) -> None:
    app = await make_app()
    # Whether this one-manual fixture's answer clears the default threshold (0.68, engine/domains.yaml; it scores
    # 0.58 here) is calibration, measured on the sample sets (README, Quality), not here: the test is about what the
    # quoted step says of the rest of its procedure, so the experts get a lower one.
    for expert in app.engine.experts.values():
        expert.domain = replace(expert.domain, threshold=0.4)

    reply = await ask(app, "what torque for the front cover bolts on the tg-14")

    quoted = seal_steps(reply)
    assert 12 in quoted and quoted == sorted(quoted) and len(quoted) < 14
    assert set(quoted) | pointed_steps(reply.text) == set(range(1, 15))
    assert "continues in" in reply.text or "come first" in reply.text


# ---- citations --------------------------------------------------------------------------------


def _passage(chunk_id: int, ordinal: int, heading: str, text: str) -> Passage:
    return Passage(
        chunk_id,
        7,
        "tg14.md",
        "Talvik TG-14 Gear Pump Service Manual",
        ["Talvik TG-14 Gear Pump Service Manual", heading],
        3,
        text,
        "pumps",
        "manual",
        "manual",
        "normal",
        ["TG-14"],
        [],
        ordinal=ordinal,
    )


def test_quotes_from_two_chunks_of_one_section_share_one_citation_and_the_manuals_order() -> None:
    first = "\n".join(f"{i}. {s}" for i, s in enumerate(SEAL_STEPS[:8], start=1))
    second = "\n".join(f"{i}. {s}" for i, s in enumerate(SEAL_STEPS[6:], start=7))  # steps 7-8 repeat
    passages = [
        _passage(11, 2, "2. Shaft seal replacement", second),  # the later chunk ranked first
        _passage(12, 4, "1. Scope", "This manual covers the Talvik TG-14 gear pump."),
        _passage(10, 1, "2. Shaft seal replacement", first),
    ]
    quotes = [
        Quote(0, f"12. {SEAL_STEPS[11]}", True),
        Quote(0, f"7. {SEAL_STEPS[6]}", True),
        Quote(1, "This manual covers the Talvik TG-14 gear pump.", False),
        Quote(2, f"7. {SEAL_STEPS[6]}", True),  # the same step, from the overlap
        Quote(2, f"3. {SEAL_STEPS[2]}", True),
    ]

    layout = lay_out(quotes, passages, {})

    assert [c.heading for c in layout.citations] == ["2. Shaft seal replacement", "1. Scope"]
    assert [(n, cited) for n, _, cited in quoted_steps("\n".join(layout.lines))] == [(3, 1), (7, 1), (12, 1)]
    assert layout.lines[-1] == "- This manual covers the Talvik TG-14 gear pump. [2]"
    pointers = [line for line in layout.lines if line.startswith("…")]
    assert pointers == [
        "… steps 1-2 come first ('2. Shaft seal replacement', p. 3): see [1]",
        "… steps 4-6: see [1]",
        "… steps 8-11: see [1]",
        "… continues in steps 13-14 ('2. Shaft seal replacement', p. 3): see [1]",
    ]


async def test_the_extractive_answerer_cites_a_section_once_across_its_chunks(local_embedder: LocalEmbedder) -> None:
    first = "\n".join(f"{i}. {s}" for i, s in enumerate(SEAL_STEPS[:8], start=1))
    second = "\n".join(f"{i}. {s}" for i, s in enumerate(SEAL_STEPS[6:], start=7))
    passages = [
        _passage(11, 2, "2. Shaft seal replacement", second),
        _passage(10, 1, "2. Shaft seal replacement", first),
    ]
    answerer = ExtractiveAnswerer(local_embedder)

    draft = await answerer.answer(
        analyze_query("steps to replace the tg-14 shaft seal"), passages, tenant_id=PLANT, domain="pumps"
    )

    assert len(draft.citations) == 1
    numbers = [n for n, _, _ in quoted_steps(draft.text)]
    assert numbers == sorted(set(numbers)) == list(range(1, 15))


_SOURCE_BLOCK = re.compile(r'<source id="(\d+)">\n(.*?)\n</source>', re.DOTALL)


async def test_the_llm_reads_a_section_as_one_source_and_cites_it_once(
    make_app: AppFactory, fake_llm: FakeOpenAI
) -> None:
    chain = [
        {
            "name": "openai/fake-a",
            "tiers": ["simple", "moderate", "complex"],
            "api_base": fake_llm.api_base("fake-a"),
            "api_key": "sk-test",
        }
    ]
    # A loaded 2-core machine must not turn a slow first litellm import into the extractive fallback.
    settings = {"llm.models": json.dumps(chain), "llm.cache_ttl_s": "0", "engine.timeout_s": "120"}
    app = await make_app(settings)
    question = "how do I replace the shaft seal on the tg-14 pump"
    retriever = await app.knowledge.retriever(PLANT)
    found = (await retriever.search(question, PLANT))[:5]
    assert sum(p.heading.endswith("Shaft seal replacement") for p in found) >= 2  # two chunks of one section

    await ask(app, question, chat_id="chat-probe")
    blocks = dict(_SOURCE_BLOCK.findall(fake_llm.chat_requests()[-1].messages[-1]["content"]))
    seal = [n for n, body in blocks.items() if "section: 2. Shaft seal replacement" in body]
    assert len(seal) == 1  # one source for the section
    body = blocks[seal[0]]
    positions = [body.index(f"{i}. {step}") for i, step in enumerate(SEAL_STEPS, start=1)]
    assert positions == sorted(positions)  # both chunks, in the manual's order
    assert all(body.count(step) == 1 for step in SEAL_STEPS)  # the seam's overlap once
    fake_llm.answer(f"1. Lock out the motor isolator [{seal[0]}].\n14. Refill with oil to the sight glass [{seal[0]}].")

    reply = await ask(app, question)

    assert reply.meta["answerer"] == "llm:openai/fake-a"
    assert [c.heading for c in reply.citations] == ["2. Shaft seal replacement"]
    assert reply.text == "1. Lock out the motor isolator [1].\n14. Refill with oil to the sight glass [1]."
    # The cited section's heading names the asked work, as it would for the extractive answerer's quote: with the
    # weights fitted on quotes, that is part of what sends a how-to's answer.
    assert reply.meta["evidence"]["heading_match"] == 1.0


# ---- "what does that mean" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["what does that mean", "meaning?", "explain", "Explain that please", "what is that", "which one", "huh?"],
)
def test_asking_what_the_last_answer_means_is_recognised(text: str) -> None:
    assert is_clarification(text)


@pytest.mark.parametrize(
    "text", ["what does code SC-7 mean", "how do I reset it", "what is the oil capacity", "explain the SC-9 code"]
)
def test_a_question_of_its_own_is_not_a_clarification(text: str) -> None:
    assert not is_clarification(text)


def test_a_definition_is_a_row_led_by_the_code_or_a_sentence_saying_what_it_means() -> None:
    keys = {"sc7"}
    assert defining("Status code SC-7 means the service counter was cleared.", keys)
    assert defining("SC-7: service counter cleared", keys)
    assert defining("Code: SC-7; Meaning: Counter cleared; Action: Restart", keys)
    assert not defining("2. Release the RESET key when the display shows SC-7.", keys)
    assert not defining("Code: SC-9; Meaning: Seal worn; Note: see SC-7", keys)
    assert not defining("Status code SC-9 means the seal wear counter has passed 8000 hours.", keys)


def test_context_is_what_the_section_says_around_the_quote_but_no_more_steps_or_rows() -> None:
    section = Section(
        1,
        ("Manual", "Venting"),
        [
            SectionLine("Air in the pump head makes the gears cavitate.", False, 4),
            SectionLine("1. Open the vent screw.", True, 4),
            SectionLine("2. Close it when oil flows without bubbles.", True, 4),
            SectionLine("Code: V1; Meaning: Vent open", False, 4),
            SectionLine("Never vent a hot pump.", False, 5),
        ],
    )
    known = {normalized("1. Open the vent screw. [1]")}

    assert context_lines(section, known) == [
        (1, "Air in the pump head makes the gears cavitate."),
        (3, "Never vent a hot pump."),
    ]
    assert context_lines(section, set()) == []  # nothing of it was quoted: no context to give


async def test_what_does_that_mean_explains_the_quoted_code_instead_of_repeating(make_app: AppFactory) -> None:
    app = await make_app()

    first = await ask(app, "how do I reset the controller on the tg-14")
    follow_up = await ask(app, "what does that mean")

    assert first.route == "answer" and "SC-7" in first.text
    # The definition is elsewhere in the manual, not among the two sentences after a quoted one.
    assert "service counter was cleared" not in first.text
    assert follow_up.route == "answer"
    assert follow_up.text != first.text
    assert "Status code SC-7 means the service counter was cleared" in follow_up.text
    old = {normalized(line) for line in first.text.splitlines()[1:]}
    assert not old & {normalized(line) for line in follow_up.text.splitlines()[1:]}  # nothing repeated
    assert follow_up.citations[0].heading == "5. Display codes"
    assert {b.data for b in follow_up.buttons} == {f"fb:up:{follow_up.id}", f"fb:down:{follow_up.id}"}


async def test_asking_again_never_repeats_and_ends_by_offering_a_person(make_app: AppFactory) -> None:
    app = await make_app()
    await ask(app, "how do I reset the controller on the tg-14", thread_id="th-huh")
    said: set[str] = set()
    replies: list[Reply] = []

    for _ in range(5):
        reply = await ask(app, "huh?", thread_id="th-huh")
        replies.append(reply)
        if reply.text == NOTHING_NEW:
            break
        lines = {normalized(line) for line in reply.text.splitlines()[1:]}
        assert lines and not lines & said
        said |= lines

    assert replies[-1].text == NOTHING_NEW and "/expert" in replies[-1].text
    assert replies[-1].route == "command" and not replies[-1].citations
    # The thread keeps its topic: a later follow-up still completes from the reset question.
    later = await ask(app, "and after that?", thread_id="th-huh")
    assert "reset the controller" in later.meta["query"]


async def test_what_does_that_mean_with_no_answer_before_is_asked_as_a_question(make_app: AppFactory) -> None:
    app = await make_app()

    reply = await ask(app, "what does that mean", chat_id="chat-fresh")

    assert reply.meta.get("answerer") != "clarify"


async def test_what_does_that_mean_after_an_escalation_points_to_its_ticket(make_app: AppFactory, db: Database) -> None:
    """No answer of RIVET's to explain, and the question already went to an expert: no second ticket."""
    app = await make_app()

    first = await ask(app, "fault code ZQ-77 on the tg-14 controller", thread_id="th-esc")
    follow_up = await ask(app, "what does that mean", thread_id="th-esc")
    again = await ask(app, "huh?", thread_id="th-esc")

    assert first.route == "escalation"
    ticket = first.meta["escalation_id"]
    assert f"ticket #{ticket}" in follow_up.text and follow_up.route == "command"
    assert f"ticket #{ticket}" in again.text
    async with db.connect() as conn:
        count = sa.text("SELECT count(*) FROM escalations WHERE tenant_id = :t")
        tickets = (await conn.execute(count, {"t": PLANT})).scalar()
    assert tickets == 1


def test_a_single_step_left_out_before_the_quote_is_pointed_to_in_the_singular() -> None:
    steps = "\n".join(f"{i}. {s}" for i, s in enumerate(SEAL_STEPS[:4], start=1))
    passages = [_passage(10, 1, "2. Shaft seal replacement", steps)]
    quotes = [Quote(0, f"{i}. {SEAL_STEPS[i - 1]}", True) for i in (2, 3, 4)]

    pointers = [line for line in lay_out(quotes, passages, {}).lines if line.startswith("…")]

    assert pointers == ["… step 1 comes first ('2. Shaft seal replacement', p. 3): see [1]"]


class _Sections:
    """A section store holding whole sections (as knowledge.sections.SectionStore reads them from chunks)."""

    def __init__(self, *sections: Section) -> None:
        self.sections = sections

    async def under(self, tenant: str, document_id: int, prefix: Any, **_: Any) -> list[Section]:
        return [s for s in self.sections if s.document_id == document_id and s.heading_path[: len(prefix)] == prefix]

    async def writing(self, tenant: str, document_ids: Any, words: Any) -> dict[str, set[int]]:
        """The documents whose sections write each word, whole and in any case (SectionStore.writing searches the
        full-text index)."""
        found: dict[str, set[int]] = {}
        for section in self.sections:
            said = " ".join([section.heading, *(line.text for line in section.lines)])
            for word in words:
                if section.document_id in document_ids and re.search(rf"\b{re.escape(word)}\b", said, re.IGNORECASE):
                    found.setdefault(word, set()).add(section.document_id)
        return found


async def test_a_how_to_quotes_whole_the_procedure_it_chose_not_the_one_a_stray_step_came_from(
    local_embedder: LocalEmbedder,
) -> None:
    """The asked procedure's label and first two steps are in one chunk, the rest in the next; the best
    single step is another manual's, whose following steps are shown after it. The asked procedure is the
    one quoted whole, though fewer of its steps were in the chunks retrieved."""
    washer_steps = [
        "Stop the washer and let the tanks cool; lock off the main switch.",
        "Open the inspection doors of the spray zone.",
        "Unscrew the end caps of each spray pipe.",
        "Flush each pipe with the hose and push the nozzles clear with the pin tool PT-4.",
        "Refit the end caps hand-tight and close the doors.",
    ]
    gun_steps = [
        "Stop the spray and flush the gun with clean water for 2 minutes.",
        "Swing the gun arm out of the pan.",
        "To clean the spray nozzles, unscrew each spray nozzle with the nozzle key.",
        "Soak the spray nozzle and air cap in warm water and clean the nozzle bore with the brush.",
        "Refit the nozzle and the air cap.",
        "Check the spray pattern on test paper.",
    ]
    washer_path = ("Lavo CW-10 Crate Washer Manual", "7. Cleaning the spray nozzles")
    gun_path = ("Corta SG-2 Spray Gun Manual", "4. Nozzle care")
    label = "Every week, and after alarm A7:"
    washer = Section(
        21,
        washer_path,
        [SectionLine(label, False, 5)]
        + [SectionLine(f"{i}. {s}", True, 5) for i, s in enumerate(washer_steps, start=1)],
    )
    gun = Section(22, gun_path, [SectionLine(f"{i}. {s}", True, 2) for i, s in enumerate(gun_steps, start=1)])

    def passage(chunk: int, section: Section, text: str) -> Passage:
        return Passage(
            chunk,
            section.document_id,
            f"{section.document_id}.md",
            section.heading_path[0],
            list(section.heading_path),
            section.lines[0].page,
            text,
            "pumps",
            "manual",
            "manual",
            "normal",
            [],
            [],
            ordinal=chunk,
        )

    passages = [
        passage(1, washer, "\n".join([label, *(f"{i}. {s}" for i, s in enumerate(washer_steps[:2], start=1))])),
        passage(2, gun, "\n".join(f"{i}. {s}" for i, s in enumerate(gun_steps, start=1))),
    ]
    answerer = ExtractiveAnswerer(local_embedder, sections=cast(SectionStore, _Sections(washer, gun)))

    draft = await answerer.answer(
        analyze_query("steps for cleaning the spray nozzles of the crate washer"), passages, tenant_id=PLANT, domain="x"
    )

    washer_cited = next(c.n for c in draft.citations if c.heading == "7. Cleaning the spray nozzles")
    assert [n for n, _, cited in quoted_steps(draft.text) if cited == washer_cited] == [1, 2, 3, 4, 5]
