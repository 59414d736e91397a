"""Electrical-safety expert: stricter than the template, because a wrong answer can kill.

It always names the procedure it relies on, always escalates when no source covers the question,
and reminds the technician that site rules and a qualified person come first.
"""

from __future__ import annotations

from engine import confidence as conf
from engine.answer_types import Draft
from engine.rules import SAFETY_MIN_COVERAGE
from engine.scope import ScopedOut
from engine.sme import DomainExpert

SAFETY_NOTE = (
    "Safety: follow your site's lockout/tagout and permit rules, and prove absence of voltage with a "
    "tested tester before touching conductors. If in doubt, stop and ask a qualified person."
)


class SafetyExpert(DomainExpert):
    """Electrical safety: cite the procedure, escalate on any gap in coverage."""

    min_coverage = SAFETY_MIN_COVERAGE
    soft_rules: frozenset[str] = frozenset()  # any gap escalates: no rule only explains

    def rules(
        self,
        evidence: conf.Evidence,
        draft: Draft,
        unknown: list[str],
        scoped: ScopedOut | None = None,
        *,
        unnamed: bool = False,
        skipped: list[str] | None = None,
        steps_asked: bool = False,
        symptom_listed: bool = False,
    ) -> list[tuple[str, str]]:
        fired = super().rules(
            evidence,
            draft,
            unknown,
            scoped,
            unnamed=unnamed,
            skipped=skipped,
            steps_asked=steps_asked,
            symptom_listed=False,  # any gap in coverage escalates, a symptom row or not (rules.SYMPTOM_ROW_LABEL)
        )
        if draft.topic_coverage < self.min_coverage:
            fired.append(("safety_coverage", f"safety question only {draft.topic_coverage:.0%} covered by the sources"))
        if evidence.code_match == 0.0:
            fired.append(("safety_code", "the equipment or code named is not in any safety source"))
        return fired

    def compose(self, draft: Draft, confidence: float) -> str:
        relied_on = draft.citations[0] if draft.citations else None
        procedure = f"Procedure relied on: {relied_on.label()}" if relied_on else ""
        return "\n".join(part for part in (draft.text, procedure, SAFETY_NOTE) if part)
