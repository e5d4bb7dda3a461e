"""Score detente on the external suites in ../shared/reference that it can read.

    .venv/bin/python benchmarks/external_suites.py [--out benchmarks/results/external_suites.txt]

One line per suite: its name, n, what is measured, the figures.

- ConfliBERT CAMEO quad test (451 sentences, GPL-3.0: read from ../shared, scored with
  ../shared/eval/score_quad.py, nothing copied into the project): accuracy and macro-F1
  of the quad label, plus event detection (label > 0) precision/recall.
- PLOVER GSR (the CAMEO manual's examples coded in an early PLOVER draft): PLOVER type
  of detente's top event; the draft's DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are
  REQUEST, ACCUSE, ACCUSE and ASSAULT in PLOVER 2021 (CAMEO2PLOVER-2021.txt).
- CAMEO codebook examples (cameo-codes_andybega-icews.csv): root and full code of the
  top event against the code the example illustrates.
- NGEC synthetic stories: a fixed sample (seed 8, 300 of 4,500), PLOVER type of the
  story's top event and whether any event has the story's type.
- PETRARCH2 unit tests and UniversalPetrarch validation, each with its own actor and
  agent dictionaries passed as Settings(user_actor_folders=...): precision/recall/F1
  of (source, target, event code) triples, of the event code alone, and the share of
  no-event sentences that give nothing. The suites' own verb dictionaries give some
  codes of their own (223, 224 ...) that no standard lexicon has, so the (source,
  target) dyad alone is scored too.

"Top event" is the one score_quad.py picks: highest confidence, then earliest trigger.
Each `score_*` function returns a `SuiteScore`; tests/test_external_floors.py pins
floors on the fast ones.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import json
import random
import re
import sys
import tempfile
import zipfile
from collections import Counter
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from detente import Article, code_articles
from detente.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"
QUAD_SCORER = SHARED / "eval" / "score_quad.py"
CONFLIBERT_TEST = REFERENCE / "conflibert" / "cameo_class" / "test.tsv"
PLOVER_GSR = REFERENCE / "plover" / "PLOVER_GSR_CAMEO.json"
CAMEO_CODEBOOK = REFERENCE / "cameo_codebook" / "cameo-codes_andybega-icews.csv"
NGEC_ZIP = REFERENCE / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
SUITES = REFERENCE / "validation_suites"
PETRARCH_SUITES = {"petrarch2_unit_tests": SUITES / "petrarch2_unit_tests" / "PETR.UnitTest.records.xml",
                   "universalpetrarch_validate": SUITES / "universalpetrarch_validate" / "PETR_Validate_records_2_02.xml"}
DRAFT_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
SEED = 8


@dataclass
class SuiteScore:
    suite: str
    n: int
    measured: str
    figures: dict[str, float] = field(default_factory=dict)
    notes: str = ""

    def line(self) -> str:
        figs = " ".join(f"{k}={v:.3f}" for k, v in self.figures.items())
        return f"{self.suite:<28} n={self.n:<5} {self.measured}: {figs}" + (f"  [{self.notes}]" if self.notes else "")


def _by_doc(articles: list[Article], settings: Settings | None = None) -> dict[str, list]:
    by = {a.id: [] for a in articles}
    for event in code_articles(articles, settings):
        by[event.doc_id].append(event)
    return by


def _top(events: list):
    if not events:
        return None
    return min(events, key=lambda e: (-e.evidence.confidence, e.evidence.triggers[0].start if e.evidence.triggers else 0))


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ConfliBERT ------------------------------------------------------------------------------

def score_conflibert(sample: int | None = None, seed: int = SEED) -> SuiteScore:
    """score_quad.py's `make` and `score`, in process; `sample` sentences drawn with `seed`."""
    quad = _load(QUAD_SCORER, "score_quad")
    with tempfile.TemporaryDirectory() as tmp:
        test = CONFLIBERT_TEST
        if sample:
            lines = CONFLIBERT_TEST.read_text(encoding="utf-8").splitlines(keepends=True)
            picked = sorted(random.Random(seed).sample(range(len(lines)), sample))
            test = Path(tmp) / "sample.tsv"
            test.write_text("".join(lines[i] for i in picked), encoding="utf-8")
        rows = list(quad.rows(test))
        articles = [Article(id=i, title="", text=text, published="2015-06-15") for i, text, _ in rows]
        by = _by_doc(articles)
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(e.model_dump_json() + "\n" for events in by.values() for e in events))
        out = io.StringIO()
        with redirect_stdout(out):
            quad.score(str(test), str(pred))
    figures = {k: float(v) for k, v in re.findall(r"(accuracy|macro_f1)=([\d.]+)", out.getvalue())}
    gold = {i: y for i, _, y in rows}
    guess = {i: quad.label_of([json.loads(e.model_dump_json()) for e in by[i]]) for i in gold}
    tp = sum(gold[i] > 0 and guess[i] > 0 for i in gold)
    figures["event_precision"] = tp / max(1, sum(g > 0 for g in guess.values()))
    figures["event_recall"] = tp / max(1, sum(g > 0 for g in gold.values()))
    figures["any_event"] = sum(bool(by[i]) for i in gold) / len(gold)
    name = f"conflibert_quad_sample{sample}" if sample else "conflibert_quad"
    return SuiteScore(name, len(rows), "quad label 0-4 of the top event (score_quad.py)", figures)


# Codebooks ------------------------------------------------------------------------------

def score_plover_gsr() -> SuiteScore:
    records = [r for r in json.loads(PLOVER_GSR.read_text(encoding="utf-8")) if r.get("text")]
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date") or None) for r in records]
    by = _by_doc(articles)
    right = among = source_right = 0
    for r in records:
        gold = DRAFT_PLOVER.get(r["event"], r["event"])
        top, events = _top(by[r["id"]]), by[r["id"]]
        right += bool(top and top.plover_type == gold)
        among += any(e.plover_type == gold for e in events)
        sources = {s.get("code", "")[:3] for s in r.get("source", [])}
        source_right += bool(top and top.plover_type == gold and (top.source.country or top.source.code[:3]) in sources)
    n = len(records)
    return SuiteScore("plover_gsr_cameo", n, "PLOVER type of the top event",
                      {"type_accuracy": right / n, "type_among_events": among / n,
                       "type_and_source": source_right / n,
                       "any_event": sum(bool(v) for v in by.values()) / n})


def _codebook_text(path: Path) -> str:
    """The file is cp1252 holding UTF-8 punctuation once misread as Mac Roman ('‚Äô'
    for a right quote): read it as cp1252 and undo that one misreading."""
    def undo(match: re.Match) -> str:
        try:
            return match.group(0).encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)

    return re.sub(r"‚Ä.", undo, path.read_bytes().decode("cp1252", errors="replace"))


def score_cameo_codebook() -> SuiteScore:
    rows = [r for r in csv.DictReader(io.StringIO(_codebook_text(CAMEO_CODEBOOK))) if r["example"] not in ("", "NA")]
    articles = [Article(id=f"cameo-{r['code']}", text=r["example"].strip()) for r in rows]
    by = _by_doc(articles)
    root = code = among = 0
    for r in rows:
        events, top = by[f"cameo-{r['code']}"], _top(by[f"cameo-{r['code']}"])
        root += bool(top and top.root == r["root_code"])
        code += bool(top and top.cameo == r["code"])
        among += any(e.root == r["root_code"] for e in events)
    n = len(rows)
    return SuiteScore("cameo_codebook_examples", n, "CAMEO root / code of the top event",
                      {"root_accuracy": root / n, "code_accuracy": code / n, "root_among_events": among / n,
                       "any_event": sum(bool(v) for v in by.values()) / n})


# NGEC -----------------------------------------------------------------------------------

def ngec_sample(n: int = 300, seed: int = SEED) -> list[dict]:
    with zipfile.ZipFile(NGEC_ZIP) as archive:
        with archive.open(archive.namelist()[0]) as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    return [rows[i] for i in sorted(random.Random(seed).sample(range(len(rows)), n))]


def score_ngec(n: int = 300, seed: int = SEED) -> SuiteScore:
    """The title is the prompt's first line (the `title` column keeps {country_1} slots)."""
    rows = ngec_sample(n, seed)
    articles = [Article(id=f"ngec{i}", title=r["prompt"].split("\n")[0].strip(), text=r["text"])
                for i, r in enumerate(rows)]
    by = _by_doc(articles)
    top_right = among = 0
    for i, r in enumerate(rows):
        events = by[f"ngec{i}"]
        top = _top(events)
        top_right += bool(top and top.plover_type == r["label"])
        among += any(e.plover_type == r["label"] for e in events)
    return SuiteScore(f"ngec_synthetic_sample{n}", n, "story's PLOVER type",
                      {"top_event_type_accuracy": top_right / n, "type_among_events": among / n,
                       "any_event": sum(bool(v) for v in by.values()) / n,
                       "events_per_story": sum(map(len, by.values())) / n})


# PETRARCH validation suites ------------------------------------------------------------

@dataclass(frozen=True)
class PetrarchCase:
    id: str
    text: str
    published: str | None
    codings: tuple[tuple[str, str, str], ...]


def petrarch_cases(path: Path) -> list[PetrarchCase]:
    """<Sentence> records (comments removed, evaluate="false" skipped, as PETRARCH does)."""
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    cases = []
    for attrs, body in re.findall(r"<Sentence\b([^>]*)>(.*?)</Sentence>", text, flags=re.S):
        attr = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        if attr.get("evaluate", "true").lower() == "false":
            continue
        codings = tuple((c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
                        for c in (dict(re.findall(r'(\w+)="([^"]*)"', a))
                                  for a in re.findall(r"<EventCoding\b([^>]*)>", body))
                        if "eventcode" in c)
        sentence = re.search(r"<Text>(.*?)</Text>", body, flags=re.S)
        day = attr.get("date", "")
        published = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else None
        cases.append(PetrarchCase(attr.get("id", str(len(cases))), " ".join(sentence.group(1).split()) if sentence else "",
                                  published, codings))
    return cases


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p, r = tp / max(1, predicted), tp / max(1, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _code_petrarch(cases: list[PetrarchCase], folder: Path) -> tuple[dict[str, list], str]:
    """Code with the suite's own dictionaries; if they do not load, say so and code without them."""
    articles = [Article(id=c.id, text=c.text, published=c.published) for c in cases]
    try:
        return _by_doc(articles, Settings(user_actor_folders=(folder,))), "own dictionaries loaded"
    except Exception as error:  # noqa: BLE001 - the report names what failed to load
        first = str(error).splitlines()[0][:160] if str(error) else type(error).__name__
        return _by_doc(articles), f"OWN DICTIONARIES FAILED TO LOAD ({type(error).__name__}: {first}); scored with the packaged lexicon"


def score_petrarch(name: str) -> SuiteScore:
    path = PETRARCH_SUITES[name]
    cases = petrarch_cases(path)
    by, note = _code_petrarch(cases, path.parent)
    tp = pred = gold = code_tp = dyad_tp = quiet = quiet_n = 0
    for case in cases:
        events = by[case.id]
        guessed = {(e.source.code, e.target.code if e.target else "---", e.cameo) for e in events}
        expected = set(case.codings)
        tp, pred, gold = tp + len(guessed & expected), pred + len(guessed), gold + len(expected)
        codes = Counter(c for _, _, c in guessed)
        code_tp += sum((codes & Counter(c for _, _, c in expected)).values())
        dyads = Counter((a, b) for a, b, _ in guessed)
        dyad_tp += sum((dyads & Counter((a, b) for a, b, _ in expected)).values())
        if not expected:
            quiet_n += 1
            quiet += not events
    p, r, f = _prf(tp, pred, gold)
    cp, cr, cf = _prf(code_tp, pred, gold)
    dp, dr, df = _prf(dyad_tp, pred, gold)
    figures = {"triple_precision": p, "triple_recall": r, "triple_f1": f,
               "code_precision": cp, "code_recall": cr, "code_f1": cf,
               "dyad_precision": dp, "dyad_recall": dr, "dyad_f1": df,
               "noevent_quiet": quiet / max(1, quiet_n),
               "any_event": sum(bool(by[c.id]) for c in cases) / len(cases)}
    return SuiteScore(name, len(cases), f"(source, target, code) triples, {gold} expected codings",
                      figures, f"{quiet_n} no-event sentences; {note}")


def all_scores() -> list[SuiteScore]:
    return [score_conflibert(), score_conflibert(100), score_plover_gsr(), score_cameo_codebook(), score_ngec(),
            score_petrarch("petrarch2_unit_tests"), score_petrarch("universalpetrarch_validate")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "external_suites.txt")
    args = parser.parse_args()
    lines = []
    for score in all_scores():
        lines.append(score.line())
        print(lines[-1], flush=True)
    header = f"# benchmarks/external_suites.py, {dt.date.today()}: one line per suite (see the module docstring)"
    args.out.write_text("\n".join([header, *lines]) + "\n")


if __name__ == "__main__":
    main()
