"""CAMEO and PLOVER tables, read once from package data.

Reads data/ontology/cameo_codes.tsv (codes, GDELT labels, quad classes, Goldstein
values) and data/ontology/cameo_to_plover.tsv (PLOVER type and mode); both are
built from ../shared/ontology by scripts/build_ontology.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from detente.errors import LexiconError
from detente.tsv import read_rows

DATA = Path(str(resources.files("detente") / "data"))

CODES_HEADER = ("code", "root", "label", "quad_class", "goldstein")
PLOVER_HEADER = ("code", "plover_type", "plover_mode", "plover_context")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float | None
    plover_type: str | None
    plover_mode: str | None


@cache
def cameo_codes(folder: Path = DATA / "ontology") -> dict[str, CameoCode]:
    """Every CAMEO code by its string ("041"), with label, quad class, Goldstein and PLOVER."""
    plover = _plover(folder / "cameo_to_plover.tsv")
    codes: dict[str, CameoCode] = {}
    path = folder / "cameo_codes.tsv"
    for line, row in read_rows(path, CODES_HEADER):
        if not row["code"].isdigit() or not row["quad_class"].isdigit():
            raise LexiconError(path, line, f"bad code or quad class: {row['code']!r}")
        ptype, pmode = plover.get(row["code"], (None, None))
        codes[row["code"]] = CameoCode(
            code=row["code"],
            label=row["label"],
            root=row["root"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            plover_type=ptype,
            plover_mode=pmode,
        )
    return codes


def _plover(path: Path) -> dict[str, tuple[str | None, str | None]]:
    mapping: dict[str, tuple[str | None, str | None]] = {}
    for _line, row in read_rows(path, PLOVER_HEADER):
        ptype = row["plover_type"] if row["plover_type"] and not row["plover_type"].startswith("(") else None
        mapping[row["code"]] = (ptype, row["plover_mode"].split("|")[0] or None)
    return mapping


def lookup(code: str) -> CameoCode:
    """The entry for `code`; a 4-digit code missing from the table falls back to its parent."""
    table = cameo_codes()
    while code not in table and len(code) > 2:
        code = code[:-1]
    return table[code]
