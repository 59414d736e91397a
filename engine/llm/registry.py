"""The model registry: which litellm models may answer, at which capability tier, at what price.

Configured from the settings value `llm.models` (a JSON list). An empty list means no LLM is
configured, and the engine answers extractively instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, get_args

from loguru import logger

from rivet.errors import ConfigError
from rivet.settings import SettingSpec, register

if TYPE_CHECKING:
    from rivet.settings import SettingsService

Tier = Literal["simple", "moderate", "complex"]
TIERS: tuple[Tier, ...] = get_args(Tier)
TIER_RANK: dict[str, int] = {t: i for i, t in enumerate(TIERS)}
MAX_CHAIN = 3  # a longer chain only multiplies the worst-case wait of a technician
MODELS_KEY = "llm.models"

register(
    SettingSpec(
        MODELS_KEY,
        "str",
        "",
        "JSON list of models: [{name, tiers, api_base?, api_key_env?, input_cost_per_1k?, "
        "output_cost_per_1k?}]; empty means no LLM (extractive answers).",
        "llm",
    ),
)

_MODEL_FIELDS = {
    "name",
    "tier",
    "tiers",
    "api_base",
    "api_key_env",
    "api_key",
    "input_cost_per_1k",
    "output_cost_per_1k",
}


def import_litellm() -> ModuleType:
    """Import litellm on first use: it takes seconds, and without the local cost map flag it
    fetches that map from the internet at import."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True  # its "Give Feedback" banner on every error is noise
    return litellm


@dataclass(frozen=True)
class Price:
    """USD per 1,000 tokens, and where the numbers came from (config, litellm or unknown)."""

    input_per_1k: float
    output_per_1k: float
    source: Literal["config", "litellm", "unknown"]

    @property
    def blended(self) -> float:
        """What routing sorts by: a typical answer reads and writes tokens in similar measure."""
        return self.input_per_1k + self.output_per_1k


@dataclass(frozen=True)
class ModelSpec:
    """One model litellm can call, the tiers it serves and (optionally) its configured price."""

    name: str
    tiers: frozenset[Tier]
    api_base: str | None = None
    api_key_env: str | None = None
    api_key: str | None = field(default=None, repr=False)  # for local servers; prefer api_key_env
    input_cost_per_1k: float | None = None
    output_cost_per_1k: float | None = None

    @property
    def top_rank(self) -> int:
        return max(TIER_RANK[t] for t in self.tiers)

    @property
    def provider(self) -> str:
        """What the circuit breaker groups by: the api_base, else litellm's provider prefix."""
        if self.api_base:
            return self.api_base.rstrip("/")
        if "/" in self.name:
            return self.name.split("/", 1)[0]
        try:
            return str(import_litellm().get_llm_provider(self.name)[1])
        except Exception:
            return self.name

    def resolve_api_key(self, environ: Mapping[str, str]) -> str | None:
        if self.api_key_env:
            return environ.get(self.api_key_env) or None
        return self.api_key

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ModelSpec:
        """Parse one entry of llm.models; raises ConfigError naming the bad field."""
        unknown = set(raw) - _MODEL_FIELDS
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{MODELS_KEY}: every model needs a non-empty 'name', got {dict(raw)!r}")
        if unknown:
            raise ConfigError(f"{MODELS_KEY}: model {name!r} has unknown fields {sorted(unknown)}")
        tiers_raw = raw.get("tiers", raw.get("tier"))
        tiers_list = [tiers_raw] if isinstance(tiers_raw, str) else tiers_raw
        if not tiers_list or not isinstance(tiers_list, list):
            raise ConfigError(f"{MODELS_KEY}: model {name!r} needs 'tiers' (some of {list(TIERS)})")
        bad = [t for t in tiers_list if t not in TIER_RANK]
        if bad:
            raise ConfigError(f"{MODELS_KEY}: model {name!r} has unknown tiers {bad}; use {list(TIERS)}")
        prices: dict[str, float | None] = {}
        for key in ("input_cost_per_1k", "output_cost_per_1k"):
            value = raw.get(key)
            if value is not None and (not isinstance(value, int | float) or value < 0):
                raise ConfigError(f"{MODELS_KEY}: model {name!r} {key} must be a number >= 0")
            prices[key] = None if value is None else float(value)
        return cls(
            name=name.strip(),
            tiers=frozenset(tiers_list),
            api_base=raw.get("api_base") or None,
            api_key_env=raw.get("api_key_env") or None,
            api_key=raw.get("api_key") or None,
            input_cost_per_1k=prices["input_cost_per_1k"],
            output_cost_per_1k=prices["output_cost_per_1k"],
        )


class ModelRegistry:
    """The configured models; answers "which models, in which order, for this tier?"."""

    def __init__(self, models: Sequence[ModelSpec] = (), *, environ: Mapping[str, str] | None = None) -> None:
        self.models: tuple[ModelSpec, ...] = tuple(models)
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self._prices: dict[str, Price] = {}

    @property
    def configured(self) -> bool:
        """False when llm.models is empty: the engine then uses the extractive answerer."""
        return bool(self.models)

    @classmethod
    def from_json(cls, raw: str | None, *, environ: Mapping[str, str] | None = None) -> ModelRegistry:
        """Parse llm.models; empty or unset gives an unconfigured registry."""
        if raw is None or not raw.strip():
            return cls((), environ=environ)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{MODELS_KEY} is not valid JSON: {exc}") from None
        if not isinstance(data, list) or not all(isinstance(m, dict) for m in data):
            raise ConfigError(f"{MODELS_KEY} must be a JSON list of model objects")
        return cls([ModelSpec.from_dict(m) for m in data], environ=environ)

    @classmethod
    async def from_settings(
        cls,
        settings: SettingsService,
        tenant: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> ModelRegistry:
        return cls.from_json(await settings.get_str(MODELS_KEY, tenant), environ=environ)

    def price(self, spec: ModelSpec) -> Price:
        """Configured price if given (a negotiated rate beats the list price), else litellm's
        bundled cost map, else zero (local models such as Ollama are usually missing)."""
        cached = self._prices.get(spec.name)
        if cached is not None:
            return cached
        if spec.input_cost_per_1k is not None and spec.output_cost_per_1k is not None:
            price = Price(spec.input_cost_per_1k, spec.output_cost_per_1k, "config")
        else:
            listed = _litellm_price(spec.name)
            if listed is None:
                logger.info("llm model {} has no price in config or litellm's cost map; counting it free", spec.name)
                listed = Price(0.0, 0.0, "unknown")
            price = Price(
                spec.input_cost_per_1k if spec.input_cost_per_1k is not None else listed.input_per_1k,
                spec.output_cost_per_1k if spec.output_cost_per_1k is not None else listed.output_per_1k,
                "config"
                if spec.input_cost_per_1k is not None or spec.output_cost_per_1k is not None
                else listed.source,
            )
        self._prices[spec.name] = price
        return price

    def candidates(self, tier: Tier) -> list[ModelSpec]:
        """Every model able to serve `tier` (it serves that tier or a higher one), cheapest first;
        equal prices keep configuration order."""
        if tier not in TIER_RANK:
            raise ValueError(f"unknown tier {tier!r}; use one of {list(TIERS)}")
        able = [m for m in self.models if m.top_rank >= TIER_RANK[tier]]
        return sorted(able, key=lambda m: self.price(m).blended)

    def chain(self, tier: Tier) -> list[ModelSpec]:
        """The fallback chain for `tier`: the cheapest able models, at most MAX_CHAIN."""
        return self.candidates(tier)[:MAX_CHAIN]

    def cost_usd(self, spec: ModelSpec, prompt_tokens: int, completion_tokens: int) -> float:
        """Cost of one call: litellm's cost_per_token when the map knows the model (it knows
        tiered and cached-token prices) unless config sets a price; else the registry price."""
        price = self.price(spec)
        if price.source == "litellm":
            try:
                inp, out = import_litellm().cost_per_token(
                    model=spec.name, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
                )
                return float(inp) + float(out)
            except Exception:
                pass  # fall through to the registry price, which came from the same map
        return (prompt_tokens * price.input_per_1k + completion_tokens * price.output_per_1k) / 1000.0


def _litellm_price(model: str) -> Price | None:
    try:
        info = import_litellm().get_model_info(model)
    except Exception:
        return None
    inp = info.get("input_cost_per_token")
    out = info.get("output_cost_per_token")
    if inp is None and out is None:
        return None
    return Price(float(inp or 0.0) * 1000.0, float(out or 0.0) * 1000.0, "litellm")
