"""The plant's domains: the one list of their names, and the words that say a document belongs to one.

The router (engine/router.py) keeps each domain's description, keywords, threshold and expert in
engine/domains.yaml, checked against these names when it loads.
"""

from __future__ import annotations

GENERAL = "general"  # questions and documents that fit no specific domain

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

# Every domain name, in the order above; GENERAL has no words (nothing is inferred into it).
DOMAINS: tuple[str, ...] = (*DOMAIN_WORDS, GENERAL)
