"""Argument linking: who did each act to whom, when and where, as event drafts.

spaCy component `detente_arguments`, last. Reads only what the stages before it wrote:
`doc._.detente_actors` (resolved actors, speakers, named conflicts),
`doc._.detente_predicates` (the acts of each sentence with their codes), with
`doc._.detente_matches` (whether a modifier names someone) and `doc._.detente_quotes`
(whether a trigger is quoted), and the parse, entities and `doc._.published` for
dates and places. Writes `doc._.detente_events`: a
list of `Draft`s, one per directed dyad, each with the trigger, the lexicon line or
grammar rule that fired, the date and the quote's speaker; one per sentence, dyad and
CAMEO root. Sources, targets and doers are found by `Arguments` (arguments.py).

The linker keeps its own memory of acts (so "condemned the attack" aims at whoever
attacked) and of the conflicts acts reveal. Its one report back to the actors stage is
explicit: the parties of each reciprocal act (`note_parties`), for a later "the two sides".
Data: the event lexicon and data/grammar/word_lists.tsv.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.doc_types import ActorView, Draft, Mention, Predicate, PredicateTable
from detente.errors import DetenteError
from detente.events import grammar as g
from detente.events.arguments import Arguments
from detente.events.dates import ResolvedDate, resolve_date
from detente.events.lexicon import EventLexicon
from detente.ontology import lookup
from detente.wordlists import ordered, words

NAME = "detente_arguments"
REQUIRES = ["token.dep", "token.lemma", "token.pos", "doc.ents", "doc._.detente_actors", "doc._.detente_predicates",
            "doc._.detente_matches", "doc._.detente_quotes", "doc._.published"]
ASSIGNS = ["doc._.detente_events"]
MATERIAL_CONFLICT = words("material_conflict_roots")
FORCE_ROOTS = words("force_roots")
EXERCISE_NOUNS = words("exercise_nouns")
POSTURE_ROOTS = words("posture_roots")
JOINT_EXERCISE = ordered("joint_exercise_code")[0]
UNARMED = words("unarmed_agents")
AGREEMENT_VERBS = words("agreement_verbs")
OWN_SUBJECTS = words("own_subjects")
PROTESTERS = words("protester_agents")
EVENT_PLACE_PREPS = words("event_place_preps")
CONFLICT_CONTEXT = ordered("conflict_context_codes")
VISITS = words("visit_codes")
VIOLENT_PROTEST_ROOTS = words("violent_protest_roots")
CESSATION_DEMAND = words("cessation_demand_roots")
CONFLICT_NOUNS = words("conflict_nouns")
FIRST_PERSON = words("first_person")
Pair = tuple[Mention, Mention | None]


class ArgumentLinker(Arguments):
    """Links one document's predicates to their actors, sentence by sentence."""

    def __init__(self, doc: Doc, lexicon: EventLexicon, actors: ActorView, predicates: PredicateTable) -> None:
        self.doc, self.lexicon, self.predicates = doc, lexicon, predicates
        self.resolver = actors  # what Arguments asks: `actors(token, speaker)`
        self.quotes = doc._.detente_quotes
        self.conflicts: list[tuple[int, list[Mention]]] = list(actors.conflicts)
        self.acts: list[tuple[int, str, Mention]] = []  # (trigger position, trigger lemma, doer)
        self.act_roots: list[tuple[int, str, Mention, str]] = []  # the same, with the act's CAMEO root
        self.dates: dict[int, list[tuple[int, ResolvedDate]]] = {}  # sentence start -> (date root, date)

    def read(self) -> list[Draft]:
        drafts: list[Draft] = []
        for sentence in self.predicates.sentences:
            found = [d for p in sentence.demands for d in self._demand(sentence.index, sentence.sent, p)]
            found += [d for p in sentence.acts for d in self._events(sentence.index, sentence.sent, p)]
            for draft in found:
                draft.date = draft.date or self._date(draft.triggers[0], sentence.sent)
                draft.place = self._place(draft.triggers[0])
            drafts.extend(found)
        return dedupe(drafts)

    # -- one act -----------------------------------------------------------------------------
    def _events(self, index: int, sent: Span, pred: Predicate) -> list[Draft]:
        speaker = self.resolver.speaker_for(pred.token)
        if "speaker" in pred.pattern.flags:
            return self._said_of(index, sent, pred, speaker)
        notes: list[str] = []
        sources, targets = self._arguments(pred, speaker, notes)
        if not sources or self._names_a_conflict(pred, sources) or _unarmed_force(pred, sources):
            return []
        targets = self._implicit_targets(pred, sources, targets, notes)
        if not _complete(pred, sources, targets):
            return []
        return self._pairs(index, sent, _as_joint(_as_protest(pred, sources), sources), sources, targets, speaker, notes)

    def _names_a_conflict(self, pred: Predicate, sources: list[Mention]) -> bool:
        """"The <A>-<B> conflict", "<A>-<B> fighting": a conflict named by its two sides is
        what the text is about, not an act it reports; it becomes context for later acts."""
        if pred.token.pos_ not in ("NOUN", "PROPN") or pred.token.lemma_.lower() not in CONFLICT_NOUNS or not g.hyphen_pair(pred.token):
            return False
        if len({s.country for s in sources}) >= 2:
            self.conflicts.append((pred.token.i, sources))
        return True

    def _said_of(self, index: int, sent: Span, pred: Predicate, speaker: Mention | None) -> list[Draft]:
        """A `speaker` entry: the quote's speaker does it to the clause's subject."""
        if speaker is None:
            return []
        ctrl = g.controller(pred.token)
        subject = g.subjects(pred.token) or ([ctrl] if ctrl is not None else [])
        targets = [m for s in subject for m in self.resolver.actors(s, speaker)]
        return self._pairs(index, sent, pred, [speaker], targets, speaker, ["source: the quote's speaker"])

    def _arguments(self, pred: Predicate, speaker: Mention | None, notes: list[str]) -> tuple[list[Mention], list[Mention]]:
        token = pred.token
        sources = self._sources(token, speaker, notes)
        targets = self._targets(pred, speaker, notes)
        if sources:  # an object that is the source itself ("a plan of its own") is no target
            targets = [t for t in targets if all(t.code != s.code for s in sources)]
            targets = self._across_the_border(pred, sources, targets, speaker, notes)
        if not sources and g.is_passive(token) and speaker is not None and self.quotes.inside(token.idx) \
                and not _speaker_is_patient(token):
            sources = [speaker]  # inside quotes: the speaker's own words ("... are invited to ...")
            notes.append("passive with no agent in a quote: the speaker")
        if not sources and pred.recip and len(targets) >= 2:
            sources, targets = targets, []
        return sources, targets

    def _implicit_targets(self, pred: Predicate, sources: list[Mention], targets: list[Mention],
                          notes: list[str]) -> list[Mention]:
        """No target named for a use of force or a mediation: the conflict the article is about."""
        if targets or not (lookup(pred.code).root in MATERIAL_CONFLICT or pred.code.startswith(CONFLICT_CONTEXT)):
            return targets
        targets = self._conflict_context(pred.token, sources, pred.code)
        if targets:
            notes.append("target from the conflict the article is about")
        return targets

    # -- assembling -----------------------------------------------------------------------
    def _pairs(self, index: int, sent: Span, pred: Predicate, sources: list[Mention], targets: list[Mention],
               speaker: Mention | None, notes: list[str]) -> list[Draft]:
        recip = self._reciprocal(pred, sources)
        pairs, notes = _dyads(recip, sources, targets, notes)
        triggers = [pred.token] + ([pred.complement] if pred.complement is not None else [])
        confidence = round(0.9 - 0.2 * ("weak" in pred.pattern.flags) - 0.1 * any("conflict" in n for n in notes), 2)
        drafts = [Draft(index, sent, source, target, pred.code, pred.rule, pred.pattern, triggers, speaker=speaker,
                        confidence=confidence, notes=list(notes)) for source, target in pairs if not _on_itself(source, target)]
        self._record(pred, pairs, recip)
        return drafts

    @staticmethod
    def _reciprocal(pred: Predicate, sources: list[Mention]) -> bool:
        # "the two sides agreed to halt the fighting": an agreement between its own parties
        agreed = pred.pattern.trigger in AGREEMENT_VERBS and len({s.code for s in sources}) >= 2
        return bool(pred.recip or g.each_other(pred.token) or agreed)

    def _record(self, pred: Predicate, pairs: list[Pair], recip: bool) -> None:
        """Remember the act: its doer (for later reactions to it), the sides of a use of
        force (a conflict), and for a reciprocal act its parties (told to the actors stage)."""
        at, lemma, root = pred.token.i, pred.token.lemma_.lower(), lookup(pred.code).root
        if recip and pairs:
            self.resolver.note_parties(at, list({m.code: m for pair in pairs for m in pair if m is not None}.values()))
        for source, _target in pairs[:1]:
            self.acts.append((at, lemma, source))
            self.act_roots.append((at, lemma, source, root))
        if root in MATERIAL_CONFLICT:
            self.conflicts.extend((at, [source, target]) for source, target in pairs if target is not None)

    def _demand(self, index: int, sent: Span, pred: Predicate) -> list[Draft]:
        """A quoted "X must ...": the speaker demands of the subject; with no one named
        ("the offensive must stop"), a demand of no one in particular."""
        token, speaker = pred.token, pred.speaker
        subjects = g.subjects(token)
        targets = [m for s in subjects for m in self.resolver.actors(s, speaker)]
        notes = ["source: the quote's speaker"]
        drafts = []
        if subjects and not targets and pred.code == "100":
            code = "1056" if token.lemma_.lower() in g.CESSATION and self._is_violence(subjects[0]) else pred.code
            drafts.append(Draft(index, sent, speaker, None, code, pred.rule, pred.pattern, [token], speaker=speaker,
                                confidence=0.6, notes=list(notes)))
        if any(s.lower_ in OWN_SUBJECTS for s in subjects):
            return drafts  # "we must ..." is a pledge, not a demand; "<leader> must listen" is one
        return drafts + [Draft(index, sent, speaker, target, pred.code, pred.rule, pred.pattern, [token], speaker=speaker,
                               confidence=0.75, notes=list(notes)) for target in targets if target.code != speaker.code]

    def _is_violence(self, noun: Token) -> bool:
        return any(lookup(p.code).root in CESSATION_DEMAND for p in self.lexicon.candidates(noun.lemma_.lower()))

    def _is_trigger(self, token: Token) -> bool:
        """An event verb (not a speech verb, not a light verb like 'hold' or 'launch')."""
        return self.predicates.is_event_trigger(token)

    # -- when and where ----------------------------------------------------------------------
    def _date(self, trigger: Token, sent: Span) -> ResolvedDate | None:
        """The date in the trigger's clause, else the sentence's only date."""
        clause = (g.governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger) or trigger
        every = self._sentence_dates(sent)
        near = [d for i, d in every if clause.left_edge.i <= i <= clause.right_edge.i]
        if near:
            return near[0]
        return every[0][1] if len(every) == 1 else None

    def _sentence_dates(self, sent: Span) -> list[tuple[int, ResolvedDate]]:
        if sent.start not in self.dates:
            found = ((e.root.i, resolve_date(e.text, self.doc._.published)) for e in sent.ents if e.label_ == "DATE")
            self.dates[sent.start] = [(i, d) for i, d in found if d]
        return self.dates[sent.start]

    def _place(self, trigger: Token) -> str | None:
        clause = g.governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        for child in (clause or trigger).children:
            if child.dep_ == "prep" and child.lower_ in EVENT_PLACE_PREPS:
                for obj in child.children:
                    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
                        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                        return ent.text if ent is not None else obj.text
        return None


def _unarmed_force(pred: Predicate, sources: list[Mention]) -> bool:
    """Force by firms ("<carmaker> launched an assault on the market"): a figure of speech."""
    return lookup(pred.code).root in FORCE_ROOTS and all(s.agent in UNARMED for s in sources)


def _complete(pred: Predicate, sources: list[Mention], targets: list[Mention]) -> bool:
    """A meeting or a clash needs two parties (one alone, "an <alliance> summit", is no
    event); a visit needs a host."""
    if pred.recip and not targets and len({s.code for s in sources}) < 2:
        return False
    return not (pred.code in VISITS and not targets)


def _as_joint(pred: Predicate, sources: list[Mention]) -> Predicate:
    """'<nationality>-<nationality> naval drills': an exercise held by two countries together (CAMEO 062)."""
    if pred.token.lemma_.lower() not in EXERCISE_NOUNS or lookup(pred.code).root not in POSTURE_ROOTS or len({s.country for s in sources}) < 2:
        return pred
    return replace(pred, code=JOINT_EXERCISE, recip=True, rule=pred.rule + f" + held by two countries -> {JOINT_EXERCISE}")


def _as_protest(pred: Predicate, sources: list[Mention]) -> Predicate:
    """Protesters clashing or attacking: a violent protest (CAMEO 145)."""
    root = lookup(pred.code).root
    if root in VIOLENT_PROTEST_ROOTS and pred.token.pos_ == "VERB" and sources and all(s.agent in PROTESTERS for s in sources):
        return replace(pred, code="145", recip=False, rule=pred.rule + " + done by civilians -> 145")
    return pred


def _dyads(recip: bool, sources: list[Mention], targets: list[Mention], notes: list[str]) -> tuple[list[Pair], list[str]]:
    """Directed (source, target) pairs: a reciprocal act goes both ways, between its
    parties ("X and Y agreed to return their ambassadors") or with its partner."""
    if recip and len({s.code for s in sources}) >= 2:
        targets = []
    if recip and not targets and len(sources) >= 2:
        return [(a, b) for a in sources for b in sources if a.code != b.code], notes + ["reciprocal: each pair both ways"]
    if recip and targets:
        pairs = [(a, b) for a in sources for b in targets] + [(b, a) for a in sources for b in targets]
        return pairs, notes + ["reciprocal: both directions"]
    return [(a, b) for a in sources for b in (targets or [None])], notes


def _on_itself(source: Mention, target: Mention | None) -> bool:
    """A country acting on itself ("X ... its ambassadors") is no event."""
    return target is not None and (target.code == source.code or (not source.agent and source.country == target.country))


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One event per sentence, dyad and code; the most confident survives."""
    best: dict[tuple[int, str, str | None, str], Draft] = {}
    for draft in drafts:  # two triggers of one kind for one dyad in one sentence are one event
        key = (draft.sent_index, draft.source.code, draft.target.code if draft.target else None, lookup(draft.code).root)
        if key not in best or (draft.confidence, _specific(draft.code)) > (best[key].confidence, _specific(best[key].code)):
            best[key] = draft
    kept = list(best.values())
    # A country name with "and" in it before an official's title ("<X and the Y> Prime
    # Minister <name>"): the country and its official are one actor; keep the official.
    specific = {(d.sent_index, d.source.country, d.target.code if d.target else None, lookup(d.code).root)
                for d in kept if d.source.agent}
    kept = [d for d in kept if d.source.agent or
            (d.sent_index, d.source.country, d.target.code if d.target else None, lookup(d.code).root) not in specific]
    return sorted(kept, key=lambda d: (d.sent_index, d.triggers[0].i))


def _specific(code: str) -> int:
    """How specific a CAMEO code is: 138 says more than 130, 0356 more than 035."""
    return len(code) + (not code.endswith("0"))


class ArgumentStage:
    """spaCy component: event drafts for each Doc (see the module's docstring)."""

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon

    def use(self, lexicon: EventLexicon) -> ArgumentStage:
        self.lexicon = lexicon
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise DetenteError("detente_arguments has no lexicon: call .use(lexicon) after add_pipe")
        doc._.detente_events = ArgumentLinker(doc, self.lexicon, doc._.detente_actors, doc._.detente_predicates).read()
        return doc


def make_argument_stage(nlp, name: str) -> ArgumentStage:
    return ArgumentStage()


def _speaker_is_patient(verb: Token) -> bool:
    """A quoted passive whose subject is the speaker's own ("we are attacked", "our
    sovereignty is violated"): the speaker suffers the act and does not do it."""
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(t.lower_ in FIRST_PERSON for p in patients for t in p.subtree)
