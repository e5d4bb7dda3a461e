"""Score detente against gold event files (the field's YAML format, see shared/gold).

Reads gold YAML files and the article texts they name; codes the articles with the
gold's publication date; scores with the project's scorer script
(shared/eval/score_events.py), so detente and its users measure the same way.
"""
from __future__ import annotations

from collections.abc import Iterator

import datetime as dt
import importlib.util
import io
import os
import json
import re
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import yaml

from detente.ingest.files import read_articles
from detente.records import Article, Event
from detente.settings import Settings


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    report: str

    @property
    def agents(self) -> tuple[int, int] | None:
        return _fraction(self.report, "agent codes right on matched events")

    @property
    def dates(self) -> tuple[int, int] | None:
        return _fraction(self.report, "dates right on matched dated events")


def _fraction(report: str, label: str) -> tuple[int, int] | None:
    match = re.search(re.escape(label) + r": (\d+)/(\d+)", report)
    return (int(match.group(1)), int(match.group(2))) if match else None


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_events", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_articles(gold_files: list[Path], corpus: list[Path]) -> tuple[list[dict], list[Article]]:
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in gold_files]
    articles = []
    for gold in golds:
        path = next((folder / gold["document"] for folder in corpus if (folder / gold["document"]).exists()), None)
        if path is None:
            raise FileNotFoundError(f"{gold['document']} is in none of {', '.join(map(str, corpus))}")
        published = gold.get("published")
        day = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
        for item in read_articles([path], day):
            if isinstance(item, Article):
                articles.append(item)
    return golds, articles


def score(gold_files: list[Path], corpus: list[Path], scorer: Path, settings: Settings | None = None,
          verbose: bool = False, events: list[Event] | None = None) -> Score:
    """Code the gold articles (unless `events` are given) and score them."""
    from detente import code_articles

    golds, articles = gold_articles(gold_files, corpus)
    if events is None:
        events = list(code_articles(articles, settings))
    predictions = [json.loads(e.model_dump_json()) for e in events]
    out = io.StringIO()
    with redirect_stdout(out):
        precision, recall, f1 = load_scorer(scorer).score(golds, predictions, verbose)
    return Score(precision, recall, f1, out.getvalue())


# -- gold sets, probes and non-political text -----------------------------------------------
@dataclass(frozen=True)
class GoldSet:
    """A folder of gold files (`*.yaml`) with its articles (`corpus/`, or a folder of its own)."""

    name: str
    gold: Path
    corpus: Path
    role: str  # "tuned": looked at, a training set; "scored": only ever scored
    kind: str  # "articles", "probes" or "nonpolitical"

    @property
    def gold_files(self) -> list[Path]:
        return sorted(p for p in self.gold.glob("*.yaml"))

    def files(self) -> list[Path]:
        """Every file the set's score depends on: gold files and the articles they name."""
        golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in self.gold_files]
        return self.gold_files + [self.corpus / g["document"] for g in golds]


def manifest_name(path: Path, root: Path) -> str:
    """A scored file's name in the hash manifest: from the repository root, "../shared/..." beside it."""
    return str(path.relative_to(root)) if path.is_relative_to(root) else "../" + str(path.relative_to(root.parent))


def gold_sets(listing: Path, root: Path) -> list[GoldSet]:
    """The sets a `sets.toml` lists, paths taken from the repository root `root`."""
    import tomllib

    sets = []
    for row in tomllib.loads(listing.read_text(encoding="utf-8"))["set"]:
        gold = Path(os.path.normpath(root / row["gold"]))  # no symlinks followed: paths stay beside `root`
        corpus = Path(os.path.normpath(root / row["corpus"])) if "corpus" in row else gold / "corpus"
        sets.append(GoldSet(row["name"], gold, corpus, row["role"], row["kind"]))
    return sets


@dataclass(frozen=True)
class ProbeScore:
    right: int  # probes whose core events were all found and that gave no false event
    total: int
    false_events: int  # predictions that match no gold event (core or optional)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


def paragraphs(text: str) -> list[str]:
    """A text file's paragraphs after its title line, one probe each in a probe set."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def probe_score(gold_set: GoldSet, events: list[Event], scorer: Path) -> ProbeScore:
    """Each paragraph of a probe document is one probe: right when every core gold event in
    it is matched (one to one, as the scorer matches) and no prediction in it is left over."""
    right = total = false_events = 0
    for probe in probes(gold_set, events, scorer):
        total += 1
        right += probe.right
        false_events += probe.left
    return ProbeScore(right, total, false_events)


@dataclass(frozen=True)
class Probe:
    """One probe paragraph: its gold events, the predictions in it, what was missed and left over."""

    text: str
    wanted: list[dict]
    predicted: list[dict]
    missed: int
    left: int

    @property
    def right(self) -> bool:
        return not self.missed and not self.left


def probes(gold_set: GoldSet, events: list[Event], scorer: Path) -> Iterator[Probe]:
    module = load_scorer(scorer)
    golds, _ = gold_articles(gold_set.gold_files, [gold_set.corpus])
    predictions = [json.loads(e.model_dump_json()) for e in events]
    for gold in golds:
        doc = module.doc_key(gold["document"])
        preds = [p for p in predictions if module.doc_key(p["doc_id"]) == doc]
        for para in paragraphs((gold_set.corpus / gold["document"]).read_text(encoding="utf-8")):
            here = module.norm(para)
            mine = [p for p in preds if module.sentence_of(p) and module.sentence_of(p) in here]
            wanted = [g for g in gold.get("events", []) if module.norm(g["evidence"]) in here]
            yield Probe(para, wanted, mine, *_match_probe(module, wanted, mine))


def _match_probe(module: ModuleType, wanted: list[dict], preds: list[dict]) -> tuple[int, int]:
    """(core events missed, predictions left over), matching core events first."""
    used: set[int] = set()
    missed = 0
    for g in sorted(wanted, key=lambda g: not g.get("core")):
        hit = next((i for i, p in enumerate(preds) if i not in used and module.matches(p, g)), None)
        if hit is None:
            missed += bool(g.get("core"))
        else:
            used.add(hit)
    return missed, len(preds) - len(used)


@dataclass(frozen=True)
class QuietScore:
    """Non-political articles: every event coded from them is false."""

    false_events: int
    articles_with_events: int
    articles: int


def quiet_score(gold_set: GoldSet, events: list[Event]) -> QuietScore:
    _, articles = gold_articles(gold_set.gold_files, [gold_set.corpus])
    noisy = {e.doc_id for e in events}
    return QuietScore(len(events), len(noisy), len(articles))


def code_set(gold_set: GoldSet, settings: Settings | None = None) -> list[Event]:
    from detente import code_articles

    _, articles = gold_articles(gold_set.gold_files, [gold_set.corpus])
    return list(code_articles(articles, settings))


def score_set(gold_set: GoldSet, scorer: Path, settings: Settings | None = None) -> dict[str, float | int]:
    """A set's figures by name, as `tests/eval_floors.toml` pins them (`NAME_f1`, ...)."""
    events = code_set(gold_set, settings)
    n = gold_set.name
    if gold_set.kind == "probes":
        probes = probe_score(gold_set, events, scorer)
        return {f"{n}_right": round(probes.share, 3), f"{n}_false_events": probes.false_events}
    if gold_set.kind == "nonpolitical":
        quiet = quiet_score(gold_set, events)
        return {f"{n}_false_events": quiet.false_events, f"{n}_noisy_articles": quiet.articles_with_events}
    result = score(gold_set.gold_files, [gold_set.corpus], scorer, settings, events=events)
    figures: dict[str, float | int] = {f"{n}_precision": round(result.precision, 3), f"{n}_recall": round(result.recall, 3),
                                       f"{n}_f1": round(result.f1, 3)}
    for label, fraction in (("agents", result.agents), ("dates", result.dates)):
        if fraction and fraction[1]:
            figures[f"{n}_{label}"] = round(fraction[0] / fraction[1], 3)
    return figures
