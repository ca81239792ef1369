"""What every demo generator shares: fixed ids and stamp, seeded randomness, names, sizes.

See :mod:`fredapp.core.demo`: the data is the same in every run, because ids are UUID v5 of
readable keys and every value comes from a ``random.Random`` seeded with a fixed string.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import dataclass

from fredapp.core.seed import SEED_NAMESPACE, seed_id

DEMO_DEVICE = "demo"
# The lowest possible stamp, like the seed's: any real edit is newer and wins in sync.
DEMO_STAMP = f"{0:013d}.{0:06d}.{DEMO_DEVICE}"

# The size of one scale unit.
STABS_PER_BLOCK = 3
VIRKSOMHETER_PER_BLOCK = 7
AVDELINGER_PER_VIRKSOMHET = 4
TEAMS_PER_AVDELING = 4
UNITS_PER_BLOCK = 150  # 3 + 7 × (1 + 4 × (1 + 4))
MEASURES_PER_BLOCK = 50
CHECKLISTS_PER_BLOCK = 100
ITEMS_PER_CHECKLIST = 20
FUNCTION_DESCRIPTIONS_PER_BLOCK = 150
ROLES_PER_BLOCK = 50  # role descriptions bring the descriptions to 200
SICK_LEAVE_UNITS_PER_BLOCK = 100
SICK_LEAVE_MONTHS = 12
KPI_SERIES_PER_BLOCK = 10
KPI_POINTS_PER_SERIES = 10_000

_FIRST_NAMES = (
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Sofie",
    "Magnus",
    "Nora",
    "Henrik",
    "Emma",
    "Jonas",
    "Sigrid",
    "Øyvind",
    "Åse",
    "Bjørn",
    "Hanne",
    "Tor",
    "Liv",
    "Erik",
    "Marit",
    "Anders",
)
_LAST_NAMES = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Eriksen",
    "Bakken",
    "Solberg",
)
_NAMESPACE_BYTES = SEED_NAMESPACE.bytes


@dataclass(frozen=True)
class DemoUnit:
    """What the other generators need to know about a generated unit."""

    id: uuid.UUID
    lineage_id: uuid.UUID
    name: str
    level: str
    headcount: int


def demo_id(kind: str, key: str) -> uuid.UUID:
    """A stable id for a demo record; the 'demo-' prefix keeps it apart from every seed id."""
    return seed_id(f"demo-{kind}", key)


def demo_id_hex(kind: str, key: str) -> str:
    """``demo_id(kind, key).hex`` (RFC 4122 UUID v5) at a third of the cost, for bulk rows."""
    name = f"demo-{kind}:{key}".encode()
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name, usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    return digest.hex()


def demo_scenario_id() -> uuid.UUID:
    return demo_id("scenario", "demo")


def seeded_rng(kind: str, block: int) -> random.Random:
    # A string seed is hashed with SHA-512, independent of PYTHONHASHSEED and the platform.
    return random.Random(f"fredapp-demo:{kind}:{block}")


def person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
