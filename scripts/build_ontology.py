"""Build detente's packaged ontology tables from ../shared/ontology.

Keeps only what detente needs and may redistribute: CAMEO codes with GDELT labels,
quad classes and Goldstein values (GDELT lookups), and the CAMEO to PLOVER mapping
(PLOVER project, CC BY-SA 4.0). The CAMEO manual's own names and notes
(CC BY-NC-SA) are left out.

    .venv/bin/python scripts/build_ontology.py [../shared/ontology]
"""
import csv
import sys
from pathlib import Path

SOURCE = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "ontology")
TARGET = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "ontology"


def rows(name):
    with open(SOURCE / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def write(name, header, table):
    with open(TARGET / name, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for row in table:
            f.write("\t".join(row) + "\n")


# Codes GDELT's lookup lacks: short labels written for detente.
OWN_LABELS = {
    "1213": "Reject judicial cooperation", "1214": "Reject intelligence cooperation",
    "155": "Mobilize cyber forces", "176": "Attack cybernetically", "1834": "Bomb a location",
    "1951": "Employ precision-guided aerial munitions", "1952": "Employ remotely piloted aerial munitions",
}


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.tsv"):
        old.unlink()
    codes = rows("cameo_event_codes.tsv")
    write("cameo_codes.tsv", ("code", "root", "label", "quad_class", "goldstein"),
          [(r["code"], r["root_code"], r["name_gdelt"] or OWN_LABELS[r["code"]], r["quad_class"], r["goldstein"]) for r in codes])
    plover = rows("cameo_to_plover.tsv")
    write("cameo_to_plover.tsv", ("code", "plover_type", "plover_mode", "plover_context"),
          [(r["cameo_code"], r["plover_event_detailed"] or r["plover_event_root_rule"], r["plover_mode_detailed"],
            r["plover_context_detailed"]) for r in plover])


if __name__ == "__main__":
    main()
