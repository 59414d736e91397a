"""What the retrieved manuals say they do not cover.

A manual often names the equipment it leaves to other documents ("The HU-25 and HU-70 are described
in separate data sheets", "Aeralift VP battery-powered vacuum plate lifters have their own
manuals"). A question about that equipment matches the manual's words well (the maker, the kind of
machine, the part) and the manual's neighbouring values read as an answer, which is how a wrong
answer looks right. The manual itself says it is not the source, so the question goes to a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from engine.analysis import (
    analyze_query,
    asked_actions,
    asked_value_kinds,
    base,
    content_words,
    stem,
    stems,
)
from engine.rules import (
    ACTIONS,
    AGENT_NOUN,
    ASKED_ELSEWHERE_FOR,
    CHANGED_OVER,
    CHANGES_SUBJECT,
    HOW_TO,
    NOT_A_KIND,
    NOT_DONE_AGAIN,
    NOT_HERE,
    OBJECT_BOUNDARY,
    PRONOUN_OBJECT,
    SCOPE_GENERIC,
    SCOPE_ITEM_WORDS,
    SCOPE_SEE,
    SCOPE_SUBJECT_WORDS,
    SCOPE_VERB,
    SCOPE_WORDS,
    SCOPE_WORDS_WITH_MODEL,
    SCOPE_WORK_HEAD,
    SCOPE_WORK_ITEM,
    SCOPED_OUT,
    TITLE_FILLER,
    VALUE_COMES_FROM,
    VALUE_ELSEWHERE,
    VALUE_FROM_NOUNS,
    VALUE_GENERIC,
    VALUE_NO_TABLE,
    VALUE_NONE_FOR,
    VALUE_NOT_GIVEN,
    VALUE_NOT_IN_MANUAL,
    WORK_BY_MAKER,
)
from knowledge.codes import document_codes, equipment_codes, query_code_spans, strip_codes

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
# A table row as a chunk writes one ("Interval: Yearly; Work: Change the oil", "E01 | Door open"): its
# line ends it, though no full stop does.
_ROW_LINE = re.compile(r"^[^:;\n]{1,60}:[^\n]*;\s*[^:;\n]{1,60}:|\s\|\s")


def _flat(text: str) -> str:
    """The text on one line, as a statement cut by a PDF's line break asks, but a table row ended where its
    line ends: the sentence after it ("... 160 L on the PF-22 | Changing the line over to another profile
    is done to ...") is not read as the row's."""
    lines = [line.strip() for line in text.split("\n")]
    return " ".join(
        f"{line}." if _ROW_LINE.search(line) and not line.endswith((".", "!", "?", ";")) else line
        for line in lines
        if line
    )


# A sentence's end, not a clause's: "...; it is not described here" speaks of the clause before.
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")
_CONJUNCTION = re.compile(r"^(?:and|or|but|while)(?: |$)", re.IGNORECASE)


class _ListSeparator:
    """The commas, "or"s and "and"s between the items of a list the manual does not cover; not the "or" of a bound
    after a number ("a turbidity of 10 NTU or more" is one item: fortieth session, narrowed after a review to a
    number's bound, so "the upper roller gap or lower roller gap" stays a list of two, and "pump 2 or lower valve
    settings" too: "lower", "over" and their like end a bound only where the clause ends)."""

    _SEPARATOR = re.compile(r",|\bor\b|\band\b")
    _BOUND = re.compile(
        r"(\d[\d.]*(?:\s?[^\s\d,;][^\s,;]{0,7})?\s)(or|and)"
        r"(?=\s(?:more|less|fewer|above|below)\b|"
        r"\s(?:higher|lower|greater|longer|shorter|over|under)\s*(?:[,.;:)]|$))",
        re.IGNORECASE,
    )

    def _kept(self, text: str) -> str:
        # A zero-width space inside the bound's "or" keeps it from being a word the separator matches.
        return self._BOUND.sub(lambda m: f"{m.group(1)}{m.group(2)[0]}\u200b{m.group(2)[1:]}", text)

    def split(self, text: str) -> list[str]:
        return [item.replace("\u200b", "") for item in self._SEPARATOR.split(self._kept(text))]

    def search(self, text: str) -> re.Match[str] | None:
        return self._SEPARATOR.search(self._kept(text))


_LIST_SEPARATOR = _ListSeparator()
# A verb phrase before the equipment a relative clause leaves out ("must go in the CO-1200-S version,
# which has its own manual").
_LEAD = re.compile(
    r"^(?:must|should|can|may|will|is|are) (?:\w+ ){0,2}?(?:in|into|to|on|with|for) (?:the |an? )?", re.I
)
# A verb that ends a work statement's subject ("Pulling the screw | needs the rig and is done by ...").
_VERB_OF_ITS_OWN = re.compile(r"\s(?:needs?|requires?|takes?|uses?|must|should|can|may|will)\s", re.IGNORECASE)
# Where a clause's subject and verb give way to how or by whom ("... is done | to instruction PMH-MS-04").
_DOCUMENT_LEAD = re.compile(r"\s(?:to|by|with|before|after|in|at|for|on|using)\s", re.IGNORECASE)
# A clause's subject before its verb, with a passive's participle ("Fire dampers are | tested"), or a list
# of them ("Blades are | ground, swaged, shaped and tensioned"; twenty-fifth session) ending in a regular one
# or a common irregular one ("rewound", "rebuilt").
_PASSIVE_SUBJECT = re.compile(
    r"(?P<subject>.+?)\s+(?:is|are|must be|should be|has to be|have to be)"
    r"(?:\s+(?:only\s+)?(?P<participle>(?:[a-z]+,\s+)*(?:[a-z]+,?\s+(?:and|or)\s+)?"
    r"(?:\w+(?:ed|en)|(?:re)?(?:wound|ground|built|bent|cut|split|spun|sewn))))?\b",
    re.IGNORECASE,
)
# A list in brackets, which a subject's parts may stand in.
_BRACKETED_LIST = re.compile(r"\s*\([^(),]*,[^()]*\)")
# Participles that say only that the work is done, not which work ("is done", "is carried out").
_PLAIN_DOING = frozenset({"done", "carried", "performed", "made", "given"})
# A phrase that opens a sentence before its subject ("For the TX-2 and TX-4, the heater ... are covered by").
_OPENING = re.compile(r"\s*(?:for|if|when|where|while|unless|once|after|before|on|in|with|at)\b", re.IGNORECASE)
# A sentence that says who does its subject's work ("... are done by the inspector appointed under ...").
_WORK_DONE = re.compile(
    r"(?P<subject>.+?)\s+(?P<verb>is|are)\s+(?:only\s+)?(?:done|carried out|performed)\s+(?:by|in|at|to)\b",
    re.IGNORECASE,
)
# A statement's subject that is a pronoun alone ("They are not described in this manual"), standing for
# the subject of the sentence before.
_PRONOUN_SUBJECT = re.compile(r"(?:it|they|this|these|both)", re.IGNORECASE)
# A subject that points back to what the sentence before named ("This adjustment is done by ... service").
_POINTS_BACK = re.compile(r"(?:this|that|these|those|such)\b", re.IGNORECASE)
# A work done again ("reseed", "re-grease", "rewind"): the word after "re" names the work too, when at least
# four letters are left and the word is no verb of its own (rules.NOT_DONE_AGAIN: "replace" is no "place").
_DONE_AGAIN = re.compile(r"re-?(?=[a-z]{4,}$)")
_NOT_AGAIN = frozenset(base(verb) for verb in NOT_DONE_AGAIN)  # "replacing" and "replaced" too
# Letters two words' stems must share, one the other's start, to be one word (_same).
_SAME_PREFIX = 4
# Two participles joined in what the maker's service does ("relapped or replaced").
_JOINED = re.compile(r" (?:or|and) ")
# A statement's verb joined to an earlier one of the same subject ("... and is not described in this manual").
_COORDINATED = re.compile(r"\b(?:and|but) (?:is|are)\s*$", re.IGNORECASE)
# A relative pronoun ending a statement's subject: the subject is the noun phrase before it, after the
# clause's last verb or preposition.
_RELATIVE = re.compile(r",?\s*\b(?:which|that)$", re.IGNORECASE)
_NOUN_LEAD = re.compile(
    r"\b(?:with|for|of|in|on|to|from|by|as|supplies|supplied|uses|used|has|have|is|are|fitted|available)\b",
    re.IGNORECASE,
)
_GENERIC_STEMS = stems(" ".join(SCOPE_GENERIC))


@dataclass(frozen=True)
class Manual:
    """A retrieved manual: its file, title and models, and the text of its chunks that may say what
    it does not cover (KnowledgeBase.texts_matching)."""

    source: str
    title: str
    models: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ScopedOut:
    """Equipment a manual says it does not cover, as the manual names it, and that manual."""

    what: str
    source: str


# After "is not in this manual" (rules.SCOPED_OUT's group "not_here"), a subject that names nothing left out: a
# condition or any one.
_OPEN_SUBJECT = re.compile(r"\s*(?:if|when|whenever|any|anything|what|whatever|where)\b", re.IGNORECASE)


def statements(text: str, pattern: re.Pattern[str] = SCOPED_OUT) -> list[str]:
    """The equipment each not-covered statement of the text names: the subject before its verb ("The
    HU-25 and HU-70"), the object of "does not cover ...", or the model "see the ... documentation" names;
    a clause at a time ("Values apply to the two models named; other CX frame sizes have their own
    manuals" names "other CX frame sizes"). With rules.WORK_BY_MAKER, the work the maker's service does
    (work_statements)."""
    out: list[str] = []
    previous = ""
    for sentence in _SENTENCE_END.split(_flat(text)):
        before, previous = previous, sentence
        for clause in sentence.split(";"):
            start = 0  # "The TW-60 is described in a separate data sheet, and drum washers have their own manual"
            for match in pattern.finditer(clause):
                if match.group().lower().endswith("does not cover"):
                    # "This manual does not cover installation, commissioning or the electrical connection"
                    subjects = _LIST_SEPARATOR.split(clause[match.end() :])
                else:
                    head = clause[start : match.start()].rstrip()
                    # "The units are run from the group controller GC-64, which has its own manual": when the clause
                    # is said of the manual's own machine in general words, the relative pronoun is the statement's
                    # subject, read below as the noun before it. Not "Parts wet with solvent must be dried in the
                    # CX-40S, which has its own manual": the parts are what the manual leaves out.
                    lead = SCOPE_VERB.split(head, maxsplit=1)[0]
                    relative = _RELATIVE.search(head) and lead.strip() and not stems(lead) - _GENERIC_STEMS
                    subject = head if relative else _before_its_verb(head).rstrip(" ,")
                    # "The rotary piston pump module, used instead of the peristaltic pump, has its own manual": a
                    # participle's clause set off by commas says what the subject is; it is no subject itself.
                    # Not after a list ("Pumps, valves and compressors, supplied by the customer"): there it says
                    # which ones (see _QUALIFIED).
                    appositive = _APPOSITIVE.search(subject)
                    if appositive and not _LIST_SEPARATOR.search(subject[: appositive.start()]):
                        subject = (subject[: appositive.start()] + subject[appositive.end() :]).rstrip(" ,")
                    # "Spray gun overhaul (needle, needle packing and piston seals) is done ...": what the
                    # brackets list is no subject of its own ("(FE-C series)" names the subject, and stays).
                    subject = _BRACKETED_LIST.sub("", subject).rstrip(" ,")
                    # "... supplies the TW-20H with a steel pump, which is described in its own
                    # instructions": the relative pronoun stands for the noun just before it (the pump).
                    if _RELATIVE.search(subject):
                        subject = _NOUN_LEAD.split(_RELATIVE.sub("", subject))[-1]
                    if match.groupdict().get("not_here") and _OPEN_SUBJECT.match(subject):
                        continue  # "If a code is not in this manual, call service": no equipment left out
                    groups = match.groupdict()
                    by_work = groups.get("by_work") or groups.get("at_work") or groups.get("trade_work")
                    work = groups.get("work") or by_work
                    # A list's items are each a subject ("The PTO shaft, its length, its guard and its greasing
                    # are covered by the shaft maker's manual"; its last item joined by "and" or "or"), else
                    # the clause's last part ("Parts wet with solvent ..., must go in the CO-1200-S version").
                    items = subject.split(",")
                    if len(items) > 1 and _OPENING.match(items[0]):
                        # "For the TX-2 and TX-4, the heater and the blower are covered by ...": an opening
                        # phrase, no item of the list.
                        items = items[1:]
                        subject = ",".join(items)
                    # A list ends in "and" or "or" ("its guard and its greasing"): its last part, cut at commas.
                    listed = not work and len(items) > 1 and _LIST_SEPARATOR.search(items[-1]) is not None
                    subject = subject if listed else _LEAD.sub("", items[-1].strip())
                    # "The yearly vessel inspection is done by the appointed inspector. They are not described
                    # in this manual": a pronoun alone stands for the subject of the sentence before.
                    resolved = _handed_off(subject.lstrip("-*• "), before)
                    if resolved:
                        subject = resolved
                    # "The false bottom plates are lifted and their seals renewed to instruction MTB-SI-04":
                    # the work the participles name is the subject's (rules.WORK_BY_MAKER's group "work").
                    subjects = [f"{subject} {work}" if work else subject]
                    if listed or resolved:
                        subjects = _items(subject)  # each item on its own, as for "does not cover"
                    if work and by_work and _JOINED.search(work):
                        # "The wear plate is relapped or replaced by Trennard service": each work on the plate.
                        subjects = [f"{subject} {each}" for each in _JOINED.split(work)]
                start = match.end()
                out.extend(_subjects(subjects))
            # Sent to another document by name: "see the Stitchmor SK-30 documentation", not "see the
            # screen replacement instructions in section 7" (this manual's own).
            if pattern is SCOPED_OUT:
                seen = (match.group("what") for match in SCOPE_SEE.finditer(clause))
                out.extend(subject for subject in _subjects(seen) if document_codes(subject))
    return out


# A participle's clause set off by commas after a subject ("..., used instead of the peristaltic pump,"), up to
# the next comma or the end. The participle is followed by its preposition, so "feed rolls" or "speed control" are
# no participles.
_APPOSITIVE = re.compile(
    r",\s*(?:[\w-]+ed|driven|built|made|sold|shown|known|given|found|held|kept)\s+"
    r"(?:by|with|in|on|at|for|from|instead|to|as|under|inside|outside|behind|beside|next)\b[^,]*(?=,|$)",
    re.IGNORECASE,
)


def _names_the_unit(subject: str, asked: Iterable[str], question: str) -> bool:
    """With the manual's model named, is the question about a unit the statement says has its own manual: does
    it name SCOPE_WORDS_WITH_MODEL words of the subject's head (before what it is of or on: "The oil cooler | of
    the main hydraulic unit") and its last two words side by side ("the piston pump module"), words that say only
    it is a unit ("unit", "system") left out?"""
    parts = _HEAD_END.split(_BRACKETS.sub("", subject), maxsplit=1)
    words = [word for word in content_words(parts[0]) if stem(word) not in _GENERIC_STEMS]  # not "unit", "system"
    if len(words) < 2 or len(_shared(frozenset(w.lower() for w in words), asked)) < SCOPE_WORDS_WITH_MODEL:
        return False
    if not _names_in_a_row(" ".join(words[-2:]), question):
        return False
    # What the unit is of ("The sludge feed pump | of the thickener"): the question must name it too.
    if len(parts) > 1 and not _shared(_words(parts[1]), asked):
        return False
    # A word of another kind right before the shared ones ("main hydraulic power pack" against "The auxiliary
    # hydraulic power pack", "upper belt drive" against "The lower belt drive") names the machine's own unit.
    head = {stem(word) for word in words}
    for before, word in pairwise(_question_words(question)):
        if stem(word) in head and stem(before) not in head:
            # The first of the shared words: what stands before it says which unit.
            return not content_words(before) or any(ch.isdigit() for ch in before)
    return True


# Where a subject's head ends: what it is of, on, under or for ("The oil cooler | of the main hydraulic unit").
_HEAD_END = re.compile(r"\s(?:of|on|under|for|in|with|to|at|from|by|behind|beside|inside)\s", re.IGNORECASE)


def _items(subject: str) -> list[str]:
    """A listed subject's items, a work named alone given the object of the last ("Cleaning, checking and
    greasing the chain": "Cleaning the chain", "checking the chain", "greasing the chain")."""
    items = [item.strip() for item in _LIST_SEPARATOR.split(subject) if item.strip()]
    if not items:
        return []
    last = items[-1].split(maxsplit=1)
    if len(last) == 2 and last[0].lower().endswith("ing"):
        items = [
            f"{item} {last[1]}" if len(item.split()) == 1 and item.lower().endswith("ing") else item for item in items
        ]
    return items


def _handed_off(pronoun: str, before: str) -> str:
    """What a pronoun subject stands for: the subject of the sentence before when that sentence hands its
    work to someone ("The yearly inspection of the vessel is done by the appointed inspector. It is not
    described in this manual"), in number with it ("it" and "this" an "is", "they" and "these" an "are"), up
    to a verb of its own ("Converting to LPG | needs the kit ... and is done by"); "" for any other sentence
    ("The drive motor is fitted with an encoder. It is ...": what "it" is, is not read here)."""
    said = _PRONOUN_SUBJECT.fullmatch(pronoun) and _WORK_DONE.match(before.lstrip("-*• "))
    if not said or _SUBORDINATE.match(said.group("subject")):
        return ""
    if (said.group("verb").lower() == "is") != (pronoun.lower() in ("it", "this")):
        return ""
    return _VERB_OF_ITS_OWN.split(said.group("subject"), maxsplit=1)[0]


def _before_its_verb(head: str) -> str:
    """What a statement's clause names before the verb the statement is about: its last verb, or its first
    when the statement's own verb is joined to it ("Seasoning | is done by the maker's engineers and is not
    described in this manual": a second verb of the same subject, which stands before the first)."""
    verbs = list(SCOPE_VERB.finditer(head))
    last = verbs[0] if verbs and _COORDINATED.search(head) else verbs[-1] if verbs else None
    return head[: last.start()] if last else head


def work_statements(text: str) -> list[str]:
    """The work the text says the maker's service does ("Bladder replacement is done by Fundora
    service": "Bladder replacement", rules.WORK_BY_MAKER), up to a verb of its own ("Pulling the screw
    for inspection | needs the extraction rig and is done ... by Vextrun service"); and the work of a
    clause the next one says is not described here ("Replacing the seal is done to instruction
    PMH-MS-04; it is not described here": "Replacing the seal", rules.NOT_HERE), with the work of a
    passive ("Fire dampers are tested by the contractor; that test is not covered": "Fire dampers
    tested")."""
    out = [_VERB_OF_ITS_OWN.split(subject, maxsplit=1)[0].strip() for subject in statements(text, WORK_BY_MAKER)]
    for sentence in _FULL_STOP.split(_flat(text)):
        clauses = sentence.split(";")
        for before, clause in pairwise(clauses):
            if NOT_HERE.match(clause):
                out.append(_clause_work(before))
    return list(dict.fromkeys(subject for subject in out if subject))


def value_statements(text: str) -> list[str]:
    """The values the text says it does not give: left to the law, the drawings or "not given here"
    (rules.VALUE_ELSEWHERE: "Workplace exposure limits for furfuryl alcohol"), said so of the clause before
    (rules.VALUE_NOT_GIVEN: "The zero gap reference is recorded on the commissioning sheet; it is not given
    in this manual": "The zero gap reference"), or of what it has no table of (rules.VALUE_NO_TABLE: "There
    is no table of clamp forces": "clamp forces"), or states none for ("Straw gives a finer ash; Ionvard
    states no outlet dust for it": "outlet dust for Straw", rules.VALUE_NONE_FOR), without what brackets
    add ("(both rolls touching at 20 °C)")."""
    out: list[str] = []
    previous = ""
    for sentence in _FULL_STOP.split(_flat(text)):
        before_sentence, previous = previous, sentence
        clauses = sentence.split(";")
        for clause in clauses:
            for match in VALUE_ELSEWHERE.finditer(clause):
                subject = _owned(_value_subject(_last_clause(clause[: match.start()])), before_sentence)
                # Found by tests only for "other" kinds: "The cut for other ores is found by sampling", not "The
                # correct belt tension is found by a deflection test" (the steps that follow give it).
                if match.group("found") and not _OTHER_AFTER.search(f" {subject}"):
                    continue
                # "Not given" alone is read only of a value for what its subject names ("Outputs for other
                # materials", "Throughputs for barley"), not of a value a condition before it bounds ("On
                # asphalt, the rated pull").
                if match.group("bare") and (
                    not _FOR_WHAT.search(f" {subject}") or _GIVEN_AFTER.search(sentence[sentence.find(clause) :])
                ):
                    continue
                if CHANGES_SUBJECT.match(subject):
                    continue  # "Changes to the signal code are made only by ... service": work, not a value
                out.append(subject)
            for match in VALUE_COMES_FROM.finditer(clause):
                subject = _value_subject(clause[: match.start()])
                if VALUE_FROM_NOUNS.search(subject):
                    out.append(subject)
            out.extend(
                (match.group("what") or match.group("governed")).strip() for match in VALUE_NO_TABLE.finditer(clause)
            )
        # "For stainless and tool steels ask Scherling", "for other alloys ask the die maker": the manual's values
        # are not for what such a clause opens with (before a "not given" clause, that clause reads it, below).
        paired = any(VALUE_NOT_GIVEN.match(clause) for clause in clauses)
        for clause in clauses if not paired else ():
            asked = ASKED_ELSEWHERE_FOR.match(clause)
            if asked and not _REFERS.search(asked.group(0)):
                what = _FOR_ITEM.sub(" ", asked.group("what")).strip()
                if _other_kinds(what):
                    out.append(what)
        for before, clause in pairwise(["", *clauses]):
            if before and VALUE_NOT_GIVEN.match(clause):
                # "For S690 and other high-strength steels, and for wear-resistant plate, ask ...": what it is for.
                sent = ASKED_ELSEWHERE_FOR.match(before)
                out.append(_FOR_ITEM.sub(" ", sent.group("what")).strip() if sent else _value_subject(before))
            for match in VALUE_NONE_FOR.finditer(clause):
                # "Ionvard states no outlet dust for them": for what the clause before names.
                what = match.group("what").strip()
                if _POINTS_AT.fullmatch(what):
                    # "For Trivex and for tinted lenses, use the lens maker's figures; Acme gives no temperatures for
                    # them": what the clause before opens with; else its subject.
                    fronted = _FRONTED_FOR.match(before)
                    what = (
                        _FOR_ITEM.sub(" ", fronted.group("what")).strip()
                        if fronted
                        else _REFERENT_END.split(_value_subject(before), maxsplit=1)[0]
                    )
                if what:
                    out.append(f"{match.group('value')} for {what}")
    return list(dict.fromkeys(subject for subject in out if subject and not _PRONOUN.fullmatch(subject)))


def _last_clause(head: str) -> str:
    """The last of clauses joined by ", and" or ", but" before a statement's verb, when the one before it has a verb
    of its own ("with cold oil the cycle is slower, and | the TL-500 cycle time with cold oil | is not stated"); a
    list's last item ("The pump, the valve, and the motor") stays in its list. Thirty-ninth session."""
    parts = _COORDINATED_CLAUSE.split(head)
    if len(parts) > 1 and _CLAUSE_VERB.search(parts[-2]):
        return parts[-1]
    return head


# Clauses joined by a comma and "and" or "but" (_last_clause), and a verb that makes the part before one a clause.
_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but)\s+", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|can|must|will)\b", re.IGNORECASE)


# "and for" joining the items of what a clause is for: the items alone.
_FOR_ITEM = re.compile(r"(?<=\band)\s+for\s+", re.IGNORECASE)
# A clause opening with what it is for, up to its comma ("For Trivex and for tinted lenses, use ..."): what "for
# them" after it points at (value_statements).
_FRONTED_FOR = re.compile(r"\s*for (?P<what>[^,;:]+),", re.IGNORECASE)
# A value's name that says what it is for or with, before any comma ("Outputs for other materials", "Throughputs
# for barley, oats or rice", "capacities with other meshes"): value_statements' bare "not given".
_FOR_WHAT = re.compile(r"^[^,]*?\s(?:for|with)\s+\w", re.IGNORECASE)
# What gives or places the value, read from a bare "not given" clause's start (its subject too) to its sentence's
# end: a number or a pointer ("are not given; use the PET settings in Table 3").
_GIVEN_AFTER = re.compile(r"\d|\b(?:use|see|table|section|chapter|page|same|as for|below|above)\b", re.IGNORECASE)
# "Refer to" in a "For ..., ask ..." clause: often this manual's own table ("For torques, refer to Table 4").
_REFERS = re.compile(r"\brefer to\b", re.IGNORECASE)
# What a "For ..., ask ..." clause opens with that is no kind of what is processed: work, help or parts asked of
# someone ("For main motor and air clutch work contact Molinor service", "For spare parts and help, contact ..."),
# what points back ("for these ask ..."), or a bound, which a question asking the limit names too ("For loads above
# 3 t contact ...", "for longer vent pipes ask ...": "max load").
_NOT_A_KIND = re.compile(
    r"^(?:it|them|this|these|that|those|such)\b|"
    r"\b(?:work|repairs?|replacement|replacing|servicing|service|maintenance|overhauls?|installation|"
    r"commissioning|help|assistance|advice|training|support|questions?|spares?|parts|orders?|ordering|warranty|"
    r"information|details|documentation|faults?|problems?|errors?|anything|data|results?|"
    r"above|below|over|under|beyond|outside|more|less|than|up to|exceed\w*|higher|lower|longer|shorter|thicker|"
    r"thinner|larger|smaller|bigger|greater|hotter|colder|warmer|cooler|heavier|lighter|faster|slower|wider|"
    r"narrower|deeper|harder|softer|stronger|weaker)\b",
    re.IGNORECASE,
)
# A list's separators, for _other_kinds: "stainless and tool steels", "coke oven gas, mixed gas or fuel oil".
_LIST_WORDS = re.compile(r",|\b(?:and|or)\b", re.IGNORECASE)
# "Other" anywhere in what such a clause opens with ("pump curves and other speeds"): _other_kinds.
_OTHER_WORD = re.compile(r"\b(?:other|another)\b", re.IGNORECASE)


def _other_kinds(what: str) -> bool:
    """Does a "For ..., ask ..." clause open with kinds the manual gives no values for: "other alloys" (the
    question must then name which other, _names_another), or a list of named ones ("stainless and tool steels")?
    Not one thing alone ("For the gearbox, ask ...", "For pump data, contact ..."), which is as often a part the
    manual gives values of, nor "other" inside a list ("pump curves and other speeds"), which _names_another reads
    only at its start."""
    if _NOT_A_KIND.search(what):
        return False
    if _OTHER.match(what):
        return True
    return _LIST_WORDS.search(what) is not None and not _OTHER_WORD.search(what)


# A subject that is only a pronoun ("it is not given here"): the clause before names the value.
_PRONOUN = re.compile(r"(?:it|they|this|these|that|those)", re.IGNORECASE)
# What "states no ... for" may point back with ("for them", "for these fuels").
_POINTS_AT = re.compile(r"(?:it|them|this|these|that|those)(?: [\w-]+)?", re.IGNORECASE)
# Where the clause a pronoun points back to stops naming its subject ("Straw and waste wood | give a finer ash"):
# a verb of a short list, so a clause with another verb keeps its rest, which a question must then name too.
_REFERENT_END = re.compile(
    r"\s(?:gives?|ha[sv]e?|is|are|makes?|produces?|forms?|leaves?|needs?|behaves?|clogs?|sticks?|wears?|causes?)\b",
    re.IGNORECASE,
)


def unstated_values(text: str) -> list[str]:
    """The values the manual says it does not give ("This manual does not give process times": "process
    times", rules.VALUE_NOT_IN_MANUAL): a question asking that value by its name, the words side by side
    ("process time for 400 g pouches", not "process temp ... the hold time"), is not answered here."""
    return [
        value.strip()
        for match in VALUE_NOT_IN_MANUAL.finditer(_flat(text))
        for value in match.group("value", "none", "none_too")
        if value
    ]


def _names_in_a_row(value: str, question: str) -> bool:
    """Does the question write the value's content words side by side, in their order (by stem)?"""
    wanted = [stem(word) for word in content_words(value)]
    written = [stem(word) for word in content_words(question)]
    return bool(wanted) and any(written[i : i + len(wanted)] == wanted for i in range(len(written) - len(wanted) + 1))


def _owned(subject: str, before: str) -> str:
    """A value named with a possessive pronoun, as of what the sentence before names ("Compound coatings based on
    lauric fats may be cooled colder. | Their zone temperatures are set from ...": "zone temperatures for
    Compound coatings"); "" when that sentence names nothing to own it."""
    owner = _POSSESSIVE.match(subject)
    if owner is None:
        return subject
    referent = _NOUN_PHRASE_END.split(_value_subject(before), maxsplit=1)[0].strip(" ,.;:")
    if not referent or _IMPERATIVE.match(referent):
        return ""  # "Press the start button. Its set point ...": an instruction names no owner
    return f"{subject[owner.end() :]} for {referent}"


# A sentence that opens with a verb is an instruction ("Press the start button", "Set the zones as follows").
_IMPERATIVE = re.compile(
    r"(?:press|set|check|use|fit|turn|open|close|remove|clean|make|keep|do|run|start|stop|switch|select|enter|"
    r"adjust|put|place|fill|drain|lock|see|refer|follow|read|wait|let|never|always|note)\b",
    re.IGNORECASE,
)
# A possessive pronoun opening a value's name ("Their zone temperatures", "Its set point").
_POSSESSIVE = re.compile(r"(?:their|its)\s+", re.IGNORECASE)
# Where a subject stops being a noun phrase: a participle, a relative, a preposition or a verb ("Compound coatings
# | based on lauric fats may be cooled").
_NOUN_PHRASE_END = re.compile(
    r"\s(?:based|made|used|with|of|for|in|on|from|at|that|which|who|may|must|can|should|will|need|needs|"
    r"is|are|has|have|give|gives)\b",
    re.IGNORECASE,
)


def _value_subject(head: str) -> str:
    """The value a clause names before its verb ("Workplace exposure limits for furfuryl alcohol,
    formaldehyde and sulphur dioxide | are set ...", a list whole; "the alignment values | are written in
    the report and are", _before_its_verb), without brackets, or a clause that opens the sentence ("If the
    fan is installed outdoors, | noise limits are ...")."""
    subject = _before_its_verb(_BRACKETS.sub("", head))
    if _SUBORDINATE.match(subject):
        # "For other ores the loading | is found by settling tests": what a fronted "for" names, without its comma,
        # is the value's ("the loading for other ores").
        fronted = _FOR_FRONTED.match(subject) if "," not in subject else None
        subject = f"{fronted['what'].strip()} for {fronted['kind']}" if fronted else subject.partition(",")[2]
    return _CONJUNCTION.sub("", subject.strip(" ,")).strip()


# A "for other" phrase before a value's name, no comma between: "For other ores | the loading" (_value_subject); a
# phrase of a few words each, so a sentence's verb is in neither ("For cold starts turn the valve ...").
_FOR_FRONTED = re.compile(
    r"\s*for\s+(?P<kind>(?:any |all )?other(?: [\w-]+){1,2})\s+(?P<what>(?:the|its|their)(?: [\w-]+){1,3})\s*$",
    re.IGNORECASE,
)


# A question asking for a value, though of no kind VALUE_KINDS names ("what size fuse", "exposure limit for
# noise", "max mixing time"), as a plain fact question does ("die cushion preload on the hp40"): a report of
# trouble asks none ("main fuse keeps blowing", "relay wont reset").
_ASKS_A_VALUE = re.compile(
    r"\b(?:what'?s|what|which|how (?:much|many|big|large|high|long|far)|max\w*|min\w*|limits?|values?|"
    r"settings?|ratings?|sizes?)\b",
    re.IGNORECASE,
)


# A clause that opens a sentence before its subject ("If the fan is installed outdoors, ...").
_SUBORDINATE = re.compile(r"\s*(?:if|when|where|while|unless|once|after|before|as|for)\b", re.IGNORECASE)


# What brackets add to a value's name ("The zero gap reference (both rolls touching at 20 °C)").
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_VALUE_GENERIC_STEMS = stems(" ".join(VALUE_GENERIC))
# A rating is a spec the manual's table gives; a setting, a limit or a value is what someone sets.
_RATING_STEMS = stems("rating ratings")
_SETTING_STEMS = stems("setting settings")
# What a list's first item says its values are of, up to "for" or "of" ("Workplace exposure limits for").
_OF_VALUE = re.compile(r".*?\b(?:for|of)\b", re.IGNORECASE)


def _names_the_value(subject: str, asked: frozenset[str], covered: frozenset[str]) -> bool:
    """Does the question name every word of a value's name a statement gives (an item of a list, the later
    ones with what the first says they are of), beyond the manual's title and models and the words that
    only say it is a value ("limits")? Not when the question asks a rating and the statement names settings:
    "gas rating" (the spec table's) is no "gas settings"; a setting asked of "fuse ratings" is not given either."""
    items = _LIST_SEPARATOR.split(_BRACKETS.sub("", subject))
    # The items after the first are of what it names ("exposure limits for wood dust, and noise": noise's
    # exposure limits, not any noise level).
    head = _OF_VALUE.match(items[0])
    for n, item in enumerate(items):
        named = stems(f"{head.group(0)} {item}" if head and n else item)
        own = named - covered - _VALUE_GENERIC_STEMS
        generic, asked_generic = named & _VALUE_GENERIC_STEMS, asked & _VALUE_GENERIC_STEMS
        if asked_generic & _RATING_STEMS and generic & _SETTING_STEMS and not generic & _RATING_STEMS:
            continue
        if own and all(any(_same(word, a) for a in asked) for word in own):
            return True
    return False


def _question_words(question: str) -> list[str]:
    """The question's words in order, lower-cased, without the stops after them: what stands before which."""
    return [word.strip("?,.;:!") for word in question.lower().split()]


# A value's name for what the text before does not name ("For other sludges, ask Sievenor for a test").
# Opened by a preposition too ("With any other connecting device, for example a lanyard, the clearance").
_OTHER = re.compile(r"\s*(?P<opened>(?:for|of|on|with|in)\s+)?(?:any |all )?other\s+", re.IGNORECASE)
# Or "for other" inside it ("The cut for other ores", "the rate for any other slurry").
_OTHER_AFTER = re.compile(r"\s(?:for|of|on|with|in)\s+(?:any |all )?other\s+", re.IGNORECASE)


# Where the phrase "other" is said of ends (_names_another).
_PHRASE_END = re.compile(r"[,;(]")
# Words that say the thing is another than the manual's (_names_another).
_ANOTHER_WORDS = frozenset({"other", "others", "another", "different", "else"})
# An example a subject gives of what it names ("other connecting device, for example an energy-absorbing lanyard,").
_EXAMPLE = re.compile(r"\b(?:for example|e\.g\.|such as|like)\s+([^,;)]+)", re.IGNORECASE)


# A whole number as a manual writes it, not part of a decimal or a grouped thousand: _names_another.
_WHOLE_NUMBER = re.compile(r"(?<![\d.,])\d+(?!\d)")


def _names_another(subject: str, question: str, text: str) -> bool:
    """A value "for other sludges" is not given for what the manual names ("digested sludge") nor for the noun
    plain ("max sludge throughput"): the question must say which other, by the word right before the noun, one
    the manual's text never writes and no word of size or time ("paper mill sludge", not "hourly sludge"), a
    number it never writes ("a 7075 alloy"), or "other" itself ("other grains like rye"). `text`: what the
    retrieved manual's passages write. Any other subject: True."""
    other = _OTHER.match(subject) or _OTHER_AFTER.search(subject)
    if other is None:
        return True
    # What "other" is said of ends at the phrase's comma ("other connecting device, for example ..."); an example
    # given of it names the other thing ("for example an energy-absorbing lanyard": "use a lanyard instead").
    rest = subject[other.end() :]
    nouns = content_words(_PHRASE_END.split(rest, maxsplit=1)[0])
    if not nouns:
        return True
    words = _question_words(question)
    example = _EXAMPLE.search(rest)
    if example and (named := content_words(example.group(1))) and any(_same_word(w, named[-1]) for w in words):
        return True
    written = stems(text)
    if other.re is _OTHER and other.group("opened"):
        # "With any other connecting device, ...": any other is named by its own name ("a rope grab", "a guided
        # type arrester"), a word the manual never writes, or by "another", "different", "else".
        if any(word in _ANOTHER_WORDS for word in words):
            return True
        return any(
            stem(word) not in written
            for word in content_words(strip_codes(question))
            if len(word) > 2 and not any(ch.isdigit() for ch in word)
        )
    for i, word in enumerate(words):
        if not i or not _same_word(word, nouns[-1]):
            continue
        before = words[i - 1]
        if before in ("other", "others"):
            return True
        # A number the manual never writes ("a 7075 alloy" where it writes "6082 and 6060 alloy"): a kind the
        # manual has no value for. Not one it writes anywhere ("the 6082 alloy"), which it may give one for, nor a
        # count ("the 4 bolts").
        if before.isdigit() and not word.endswith("s") and before not in _WHOLE_NUMBER.findall(text):
            return True
        if (
            content_words(before)
            and not any(ch.isdigit() for ch in before)
            and not NOT_A_KIND.fullmatch(before)
            and stem(before) not in written
        ):
            return True
    return False


def _clause_work(clause: str) -> str:
    """The work a clause names: its subject up to its verb, with a passive's participle ("Fire dampers
    are tested to ... by the contractor": "Fire dampers tested")."""
    clause = _DOCUMENT_LEAD.split(clause, maxsplit=1)[0]
    match = _PASSIVE_SUBJECT.match(clause.strip())
    if match is None:
        return _VERB_OF_ITS_OWN.split(clause, maxsplit=1)[0].strip()
    participle = match.group("participle") or ""
    if not participle or participle.lower() in _PLAIN_DOING:
        return match.group("subject").strip()
    # Each participle of a list with the subject: "Blades ground, Blades swaged, ..." (_names_the_work reads
    # a list's items one by one).
    each = (part.strip() for part in _LIST_SEPARATOR.split(participle))
    return ", ".join(f"{match.group('subject')} {part}" for part in each if part)


def _subjects(subjects: Iterable[str]) -> list[str]:
    """The statement's subjects that can name equipment: no leading conjunction, not a run-on sentence."""
    cleaned = (_CONJUNCTION.sub("", subject.strip(" .,:")) for subject in subjects)
    return [subject for subject in cleaned if subject and len(subject.split()) <= SCOPE_SUBJECT_WORDS]


# Each kind of statement _said reads, and its reader.
_READERS: dict[str, Callable[[str], list[str]]] = {
    "value": value_statements,
    "unstated": unstated_values,
    "scope": statements,
    "work": work_statements,
}


@lru_cache(maxsize=8192)
def _said(text: str, kind: str) -> tuple[str, ...]:
    """A chunk's statements of one kind ("value", "unstated", "scope" or "work"), read once per process: the same
    manual sections come back question after question, and reading them again took about 2.5 ms of
    each question's confidence stage at 20,000 chunks (timed around `scoped_out` in `rivet bench
    answer`'s cold phase). Keyed by the text itself, so a chunk whose text changes is read anew; 8192
    chunk texts of about 1 KB are a few MB."""
    return tuple(_READERS[kind](text))


def scoped_out(question: str, manuals: Sequence[Manual]) -> ScopedOut | None:
    """The equipment the question asks about, when a retrieved manual says it does not cover it.

    Named by a code ("hu-70") that a statement names and no retrieved manual has as its model or in
    its title; or, when the question names none of their models, by at least SCOPE_WORDS words of a
    statement's subject that no retrieved manual's title or models hold ("aeralift vp plate lifter"),
    or, for a how-to, by a subject that is the asked work on what the question asks about, its model
    named or not ("how do i season the band on the ct32" and "Seasoning is ... not described in this
    manual"): the work the manual leaves out.
    Every retrieved manual counts as covering what its title and models name, so a knowledge base
    that holds the other equipment's own manual answers from it. When the question names some of the
    retrieved manuals by a word only their titles or file names write ("does the glasshaven stop
    dosing" beside a poultry controller's "CO2 sensors connect through the HGM-2 gas module"), only
    those manuals' statements are read: another machine's manual does not speak for the one asked about.
    """
    covered_text = " ".join(f"{m.title} {' '.join(m.models)}" for m in manuals)
    covered_codes = document_codes(covered_text)
    covered_words = stems(covered_text) | _GENERIC_STEMS
    named = equipment_codes(question)
    codes = [keys for keys in named if not keys & covered_codes]
    # A model named as technicians type it, spaced ("the dt 600"), is named all the same.
    names_a_model = len(codes) < len(named) or any(keys & covered_codes for _, _, keys in query_code_spans(question))
    named_text = strip_codes(question)
    # The question's words beyond the covered ones, as written: _shared matches them by stem, a doer apart from
    # a doing ("the knife grinder" shares "knife" with "the knives ... from grinding", not "grinder").
    asked = {word for word in _words(named_text) if stem(word) not in covered_words}
    asked_work = _asked_work(question)
    works, objects = asked_work if asked_work else ((), [])
    actions = [ACTIONS[kind].written for kind in asked_actions(question)] if works else []
    # A value asked (not a how-to, unless it asks a value too) that a manual says it does not give.
    # A report of trouble ("main fuse keeps blowing") asks no value; "what size fuse" does, kind or not.
    asked_value = bool(asked_value_kinds(question)) or (
        not works and (_ASKS_A_VALUE.search(question) is not None or analyze_query(question).qtype == "fact")
    )
    asked_stems = stems(question)
    # A value asked with no steps: an item whose head is a check or test is work, not asked about (_names_an_item).
    value_asked = bool(asked_value_kinds(question)) and not works
    for manual in named_manuals(question, manuals) or manuals:
        for text in manual.texts:
            for subject in _said(text, "value") if asked_value else ():
                if _names_the_value(subject, asked_stems, covered_words) and _names_another(
                    subject, question, " ".join(manual.texts)
                ):
                    return ScopedOut(subject, manual.source)
            for subject in _said(text, "unstated") if asked_value else ():
                if _names_in_a_row(subject, question):
                    return ScopedOut(subject, manual.source)
            for subject in _said(text, "scope"):
                if any(keys & document_codes(subject) for keys in codes):
                    return ScopedOut(subject, manual.source)
                # A how-to for the work a statement names, its model named or not ("how do i season the
                # new band" and "Seasoning ... is not described in this manual"; "change the bladder" and
                # "Bladder replacement is done by Fundora service"); else two of the subject's words.
                if works and _names_the_work(subject, works, objects, covered_words, actions):
                    return ScopedOut(subject, manual.source)
                if (
                    not names_a_model
                    and len(_shared(_words(subject), asked)) >= SCOPE_WORDS
                    and not _qualifier_unnamed(subject, question, " ".join(manual.texts))
                ):
                    return ScopedOut(subject, manual.source)
                if names_a_model and _names_the_unit(subject, asked, named_text):
                    return ScopedOut(subject, manual.source)
                if _names_an_item(subject, named_text, covered_words, value_asked=value_asked):
                    return ScopedOut(subject, manual.source)
            for subject in _said(text, "work") if works else ():
                if _names_the_work(subject, works, objects, covered_words, actions):
                    return ScopedOut(subject, manual.source)
    return None


def named_manuals(question: str, manuals: Sequence[Manual]) -> list[Manual]:
    """The manuals the question names by a model, or a whole word of their title or file name, that no other
    of them has there or writes in the text read of it (a maker, "glasshaven"; a kind, "greenhouse"; not "gas",
    which a gas chlorinator's title and a gas dehydration unit's text both write; not "pressure" for a "Press");
    generic words ("unit", "system") and every title's words ("manual", "instructions") name none."""
    return [manual for manual, words in zip(manuals, naming_words(question, manuals), strict=True) if words]


def naming_words(question: str, manuals: Sequence[Manual]) -> list[frozenset[str]]:
    """For each manual, the question's words (analysis.base forms) and code keys that name it as named_manuals
    says: empty for one the question does not name, and for all when there are fewer than two."""
    if len(manuals) < 2:
        return [frozenset() for _ in manuals]
    own = [
        (_whole_words(f"{m.title} {_file_words(m.source)}") - _TITLE_FILLER)
        | document_codes(f"{m.title} {' '.join(m.models)}")
        for m in manuals
    ]
    written = [own[i] | _whole_words(" ".join(m.texts)) for i, m in enumerate(manuals)]
    asked = _whole_words(strip_codes(question)) | {key for keys in equipment_codes(question) for key in keys}
    return [
        frozenset(asked & (own[i] - frozenset().union(*(words for j, words in enumerate(written) if j != i))))
        for i in range(len(manuals))
    ]


def _whole_words(text: str) -> frozenset[str]:
    """The text's content words, whole (analysis.base: "pressure" is no "press", "interval" no "interlock")."""
    return frozenset(base(w) for w in content_words(text))


# Words that name no one manual: the generic ones and rules.TITLE_FILLER.
_TITLE_FILLER = frozenset(base(w) for w in (*SCOPE_GENERIC, *TITLE_FILLER))


def _file_words(source: str) -> str:
    """The words of a file's name, without its folder or extension ("glasshaven-gc_climate.html")."""
    return re.sub(r"[-_.]+", " ", source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0])


# What a statement's subject is of ("Welding of | PP and PVDF").
_OF_LIST = re.compile(r"^.*?\bof\s+", re.IGNORECASE)


def _qualifier_unnamed(subject: str, question: str, text: str) -> bool:
    """Does the subject narrow what it names by a phrase the question names no word of ("Granules wet | with
    ethanol" for "screen keeps blinding milling wet granule"), every word of the thing the question names being
    one the manual writes outside the statement too (`text`, its statements' text: "for granules wetted with
    water")? The question asks about the thing in general, which the manual covers; only the narrowed kind is
    left out. A thing the manual names only in the statement ("Cooling towers with fill packs are not covered")
    is still left out whole."""
    parts = _QUALIFIER.split(subject, maxsplit=1)
    # The narrowing ends at the statement's verb ("with ethanol | must be milled on the QM-N").
    qualifier = _VERB_AFTER.split(parts[1], maxsplit=1)[0] if len(parts) > 1 else ""
    words = _words(qualifier)
    if not words or _shared(words, _words(question)):
        return False
    head = _shared(_words(parts[0]), _words(question))
    # Every head word the question names is written outside the statement too ("granules wetted with water").
    outside = stems(text.replace(subject, " "))
    return bool(head) and all(stem(word) in outside for word in head)


# A statement's verb after its subject: where the narrowing phrase ends (_qualifier_unnamed).
_VERB_AFTER = re.compile(r"\b(?:must|is|are|has|have|should|shall|can|need|needs|require|requires|go|goes)\b")


# What narrows a subject: "with ethanol", "containing solvents", "using nitrogen" (_qualifier_unnamed).
_QUALIFIER = re.compile(r"\b(?:with|containing|using)\b", re.IGNORECASE)


def _words(text: str) -> frozenset[str]:
    """The content words of the text as written (lower-cased), for _shared."""
    return frozenset(content_words(text))


def _shared(words: Iterable[str], asked: Iterable[str]) -> set[str]:
    """The words of `words` the question names (`asked`, its whole words): by stem ("detector" and "detection",
    "palletiser" and "palletizer"), but a doer is no doing ("the knife grinder" is not named by "knives ... from
    grinding", though both stem to "grind")."""
    asked = list(asked)
    return {word for word in words if any(_same_word(word, other) for other in asked)}


def _same_word(a: str, b: str) -> bool:
    """Do two whole words share their stem, neither the doer (-er, -or) where the other is the doing (-ing)?"""
    if stem(a) != stem(b):
        return False
    return not ((AGENT_NOUN.search(a) and b.endswith("ing")) or (AGENT_NOUN.search(b) and a.endswith("ing")))


# Words that qualify every item of a list, after its last ("Pumps, valves and compressors | supplied by the
# customer"): the list's items are not named alone.
_QUALIFIED = re.compile(r"\b(?:\w+ed|supplied|made|built|sold|fitted|which|that|who|from|by)\b", re.IGNORECASE)
# A determiner opening an item: "the vessel" of "inspection of the vessel" is this machine's part.
_DETERMINED = re.compile(r"\s*(?:the|its|their|this|these|our|your)\b", re.IGNORECASE)


def _names_an_item(subject: str, question: str, covered: frozenset[str], *, value_asked: bool = False) -> bool:
    """Does the question name every word of one short item the subject lists (rules.SCOPE_ITEM_WORDS: "PP"
    of "Welding of PP and PVDF", "Drayfield centrifugal pumps" of "... and drum pumps"), one of them beyond
    the retrieved manuals' titles and models (`covered`, stems), and the item no work (rules.SCOPE_WORK_ITEM;
    for a question asking a value and no steps, `value_asked`, no check or test either: rules.SCOPE_WORK_HEAD)?
    The question is read without its codes, so a model the statement names is left to the code check. A list
    whose last item goes on past SCOPE_ITEM_WORDS qualifies every item ("Pumps, valves and compressors
    supplied by the customer"); a work's object is the machine's own part ("The yearly inspection of the
    vessel and the burner"), unless it lists kinds, written bare ("Welding of PP and PVDF")."""
    asked_words = _words(question)
    whole = _LIST_SEPARATOR.split(subject)
    listed = _LIST_SEPARATOR.split(_OF_LIST.sub("", subject))
    # (items, the fewest words an item must have): a single word of the subject's own list may be an item a
    # statement split off a qualified list ("Pumps" of "Pumps, valves and compressors supplied by the
    # customer"), a kind after "of" may not ("PP").
    lists: list[tuple[list[str], int]] = []
    if not (SCOPE_WORK_ITEM.search(whole[0]) and _OF_LIST.match(whole[0])):
        lists.append((whole, 2))
    if len(listed) > 1 and _OF_LIST.match(subject):
        lists.append(([item for item in listed if not _DETERMINED.match(item)], 1))
    for items, fewest in lists:
        if len(items) > 1 and (len(items[-1].split()) > SCOPE_ITEM_WORDS or _QUALIFIED.search(items[-1])):
            continue
        for item in items:
            named = stems(item)
            words = _words(item)
            if (
                len(words) >= fewest
                and named
                and len(item.split()) <= SCOPE_ITEM_WORDS
                and _shared(words, asked_words) == words
                and named - covered
                and not SCOPE_WORK_ITEM.search(item)
                and not _POINTS_BACK.match(item.strip())  # "that test": the sentence before names it
                and not (value_asked and SCOPE_WORK_HEAD.search(item))
            ):
                return True
    return False


def _asked_work(question: str) -> tuple[tuple[str, ...], list[str]] | None:
    """The stems of the work a how-to asks for, the first word after its lead, and the stems of what it
    works on, the phrase after that up to a preposition ("how do i | replace | the crankshaft oil seal |
    on the homo": ("repla",), ["crank", "oil", "seal"]), for a pronoun the last word of what the question
    opened with ("belt has a crack, how do i weld it": ["belt"]); None for a question that is no how-to.
    A work done again is the work too ("reseed": "resee" and "seed", which "Seeding" names)."""
    if analyze_query(question).qtype != "procedure":
        return None
    low = question.lower()
    lead = HOW_TO.search(low)
    words = content_words(low[lead.end() :]) if lead else []
    if not words:
        return None
    work = stem(words[0])
    again = _DONE_AGAIN.match(words[0])
    works = (work, stem(words[0][again.end() :])) if again and base(words[0]) not in _NOT_AGAIN else (work,)
    rest = low[lead.end() :].split() if lead else []
    at = next((i for i, w in enumerate(rest) if stem(w) == work), None)
    if at is None:
        return works, []
    after = " ".join(rest[at + 1 :])
    # "strip down and overhaul the rock drill": a phrasal verb's particle names no object; the work joined after it
    # is the work asked too (thirty-ninth session).
    particle = _PARTICLE_LEAD.match(after)
    if particle:
        after = after[particle.end() :]
    phrase = OBJECT_BOUNDARY.split(after, maxsplit=1)[0]
    joined = _SECOND_WORK.match(after)
    if not content_words(phrase) and joined:
        # "how do i swage and shape the teeth on the bh 1800 blades": both works are on what follows the
        # second, where it is too ("the teeth on the ... blades"); its last word names it (_names_the_work).
        phrase = _CLAUSE_CUT.split(joined.group("rest"), maxsplit=1)[0]
        if particle:
            works = (*works, stem(joined.group("work")))
    changed = CHANGED_OVER.match(after)
    if changed and not [w for w in content_words(phrase) if not any(ch.isdigit() for ch in w)]:
        # "change the pf22 over to a different profile roll set": the work is on the profile roll set.
        phrase = OBJECT_BOUNDARY.split(changed.group("to"), maxsplit=1)[0]
    if not content_words(phrase) and lead is not None and PRONOUN_OBJECT.match(" ".join(rest[at + 1 :])):
        # "Conveyor belt has a crack at the edge, how do i weld it": "it" is what the question opened with,
        # by its last word (the belt); where it is ("die rolls on the se150 are worn") is not it.
        # The first part with a word of its own: "on our tw20 | the feed rolls | ..." is about the rolls.
        parts = OBJECT_BOUNDARY.split(_REPORT_VERB.split(low[: lead.start()], maxsplit=1)[0])
        opened = next((part for part in parts if content_words(part)), "")
        phrase = " ".join(content_words(opened)[-1:])
    return works, [stem(w) for w in content_words(phrase) if not any(ch.isdigit() for ch in w)]


# A second work joined to the first before its object ("swage | and shape | the teeth on the blades").
_SECOND_WORK = re.compile(r"(?:and|or|&) (?P<work>[a-z]+) (?P<rest>.+)")
# A phrasal verb's particle right after the asked work ("strip | down | and overhaul the drill").
_PARTICLE_LEAD = re.compile(r"(?:down|apart|out|off|up)\s+(?=(?:and|or|&)\s)")
# Where what a work is done to ends, its place included ("the teeth on the blades | , whats the procedure").
_CLAUSE_CUT = re.compile(r"[,.;:?!()]|\b(?:and|or|but|so|because|if|when|while|then|how|what|which)\b")


# The verb that ends what a how-to's pronoun stands for, the part the question opened with ("hot zone felt |
# is crumbling", "belt | has a crack", "the gun | keeps dripping"; rules.PRONOUN_OBJECT reads the pronoun).
_REPORT_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|keeps?|got|gets|seems?|looks?|wont|won't|doesnt|doesn't|isnt|"
    r"cracked|broke|broken|worn)\b|"
    # A verb in -ing ("crumbling", "leaking"), not a part so named ("bearing", "coupling", "o-ring").
    r"\b(?!(?:bearing|housing|coupling|ring|o-ring|spring|casing|fitting|lining|bushing|packing|sealing|piping|"
    r"tubing|wiring|mounting|coating|setting|heating|cooling|ceiling|railing|grating|bedding)\b)\w+ing\b|[,.;:?!]"
)


def _same(a: str, b: str) -> bool:
    """One word's stem, or one of at least four letters the other's start ("pull" and "pulli" of
    "pulling", "mech" and "mecha" of "mechanical")."""
    return a == b or (min(len(a), len(b)) >= _SAME_PREFIX and (a.startswith(b) or b.startswith(a)))


# How many words of what a how-to works on, beyond the manual's title, name it without the title's words.
_BEYOND_TITLE = 2


def _renews_what_is_done_again(item: str, works: tuple[str, ...], objects: list[str], others: set[str]) -> bool:
    """A work done again ("recoat", "reline") is what renewing its part is: the noun right before the item's
    renewal participle is the word after "re" ("Damaged coatings | renewed" for "recoat", not "The start
    capacitor | replaced" for "restart"), and the question works on nothing else the item leaves unnamed
    ("recoat it", not "recoat the rollers" against the plate's coating). `others`: the item's words but the
    asked work's."""
    words = [stem(word) for word in content_words(item)]
    head = next((words[i - 1] for i in range(len(words) - 1, 0, -1) if words[i] in _RENEWED), "")
    again = [work for work in works if work.startswith("re") and len(work) > 2]
    if not head or not again or not any(_same(work, head) for work in works) or not others & _RENEWED:
        return False
    named = [o for o in objects if not any(_same(o, w) for w in works)]
    return all(any(_same(o, w) for w in others) for o in named)


# The works that renew a part, for a work done again ("renewed", "replaced"; _renews_what_is_done_again).
_RENEWED = frozenset({stem("renew"), stem("replace"), stem("redo")})


def _names_the_work(
    subject: str, works: tuple[str, ...], objects: list[str], covered: frozenset[str], actions: list[re.Pattern[str]]
) -> bool:
    """Is a statement's subject the work a how-to asks for, on what it asks about: the asked work's word
    in it ("Seasoning" for "season", "Pulling the screw" for "pull"), or the asked action written
    another way ("Bladder replacement" for "change the bladder"), and every word of what the question
    works on among its other words: "replacing the crankshaft" is no "replace the crankshaft oil seal";
    the work alone ("Seasoning", "Descaling") is the work on whatever it is done to. Words of what it works
    on that the manual's title holds ("roll" of a roll forming line) may go unnamed when two others are
    named ("profile roll set"), not when fewer are ("roll bearings" is no "main drive bearings"). Each item
    of a list on its own; a subject that points back ("This adjustment") names no work of its own."""
    if _POINTS_BACK.match(subject.strip()):
        return False
    for item in _LIST_SEPARATOR.split(subject):  # "Regrinding the bearings and replacing the crankshaft"
        own = stems(item) - covered
        rest = item
        for written in actions:
            rest = written.sub(" ", rest)
        if any(_same(work, w) for work in works for w in own):
            others = {w for w in own if not any(_same(work, w) for work in works)}
            if not others:
                return True  # the asked work alone: "Seasoning", "Descaling"
            if _renews_what_is_done_again(item, works, objects, others):
                return True  # "Damaged coatings | renewed" for "how do i recoat it"
        elif rest != item:
            # The action in other words, on a named object: "Descaling" is no "rinse" of its class.
            others = set(stems(rest) - covered)
        else:
            continue
        # What the question works on beyond the manual's title ("roll" of a roll forming line) must be named,
        # when two words at least are left ("profile roll set"); else all of it ("roll bearings").
        beyond = [o for o in objects if not any(_same(o, c) for c in covered)]
        needed = beyond if len(beyond) >= _BEYOND_TITLE else objects
        if others and needed and all(any(_same(o, w) for w in others) for o in needed):
            return True
        # Or the subject names what the question works on by its last word alone, and nothing the question
        # does not name: "Cot buffing" for "buff the top roller cots", not "Roll bearing replacement" for
        # "replace the main drive bearings", nor "replacing the crankshaft" for "the crankshaft oil seal".
        last = objects[-1] if objects else ""
        if others and any(_same(last, w) for w in others) and all(any(_same(w, o) for o in objects) for w in others):
            return True
    return False
