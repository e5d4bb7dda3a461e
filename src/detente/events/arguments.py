"""Who did an event to whom: the arguments of a trigger, read off the parse and the document.

Part of the argument-linking stage (linking.py, whose `ArgumentLinker` holds the state
these methods read): a trigger token, the actors stage's resolver (`self.resolver`,
an `ActorView`), the acts met so far (for "deplored the attack": aimed at whoever
attacked) and the conflicts the article is about (for targets it leaves implicit).
This module only answers questions about that state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.doc_types import Mention
from detente.events import grammar as g
from detente.ontology import lookup
from detente.wordlists import ordered, words

if TYPE_CHECKING:
    from detente.doc_types import Predicate

REACTION_ROOTS = words("reaction_roots")  # acts that answer another act aim at its doer
ARMED = words("armed_agents")  # the sides of a civil war
ASKING_ROOTS = words("asking_roots")
RELATIVE_PRONOUNS = words("relative_pronouns")
SENT_PREPS = ordered("sent_preps")
ABOUT_PREPS = ordered("about_preps")
MEDIATION = ordered("mediation_codes")
DOER_PREPS = ordered("doer_preps")
PARTNER_PREPS = ordered("partner_preps")
ACT_ADJUNCT_PREPS = ordered("act_adjunct_preps")
PATIENT_PREPS = ordered("patient_preps")
OWN_OBJECT_PREPS = ordered("own_object_preps")
BORDER_NOUNS = words("border_nouns")
ACT_RECORD_NOUNS = words("act_record_nouns")
BORDER_PREPS = ordered("border_preps")
POSTURE_ROOTS = words("posture_roots")


class Arguments:
    """Mixed into `ArgumentLinker`: sources, targets, doers and the conflict context."""

    def _sources(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """Who does the act: a noun's possessor or modifier, a passive's 'by' phrase, the
        verb's subject (inherited from a verb it complements, or a relative clause's noun)."""
        if token.pos_ in ("NOUN", "PROPN"):
            return self._noun_sources(token, speaker, notes)
        if g.is_passive(token):
            agent = g.passive_agent(token) or self._lower_agent(token, speaker)
            if agent is None:
                return self._adjunct_doers(token, speaker, notes)
            notes.append("passive: source from the 'by' phrase")
            return self.resolver.actors(agent, speaker)
        found = _subject_tokens(token, notes)
        actors = [m for s in found for m in self.resolver.actors(s, speaker)]
        if not actors and token.dep_ == "conj" and not g.subjects(token):
            actors = self._reporting_subject(token, speaker)
        if not actors and found:  # "the airstrike killed five": whoever carried out the strike
            actors = [m for s in found for m in self._doers(s, speaker)]
            if actors:
                notes.append(f"source: who carried out the '{found[0].text}'")
        return actors

    def _lower_agent(self, verb: Token, speaker: Mention | None) -> Token | None:
        """A passive's by-phrase the parser hung lower in the clause ("were delivered to the
        province by <agency>"): the first that names an actor."""
        return next((o for o in g.clause_prep_objects(verb, ("by",)) if self.resolver.actors(o, speaker)), None)

    def _adjunct_doers(self, verb: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """An agentless passive whose adjunct names the act that did it ("were killed in
        <nationality> shelling", "wounded during a strike by X"): the doer is that act's own."""
        for noun in g.clause_prep_objects(verb, ACT_ADJUNCT_PREPS):
            found = self._own_doers(noun, speaker)
            if found:
                notes.append(f"agentless passive: source from '{noun.text}', the act it names")
                return found
        return []

    def _own_doers(self, noun: Token, speaker: Mention | None) -> list[Mention]:
        """The doer an event noun names itself: its possessor or a modifier naming someone, or
        its 'by' phrase. Only event nouns: "<nationality> territory" names a place, not a doer."""
        if not self._is_event_noun(noun):
            return []
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        naming = self._naming_modifiers(noun) if owner is None else []
        if owner is not None:
            found = self.resolver.actors(owner, speaker)
        elif naming:  # "a <nationality> police raid": the modifiers read as one actor phrase, else one by one
            found = [m for m in self.resolver.actors(noun, speaker) if not m.guessed] \
                or [m for c in naming for m in self.resolver.actors(c, speaker)]
        else:
            found = []
        return found or [m for p in g.prep_objects(noun, DOER_PREPS) for m in self.resolver.actors(p, speaker)]

    def _reporting_subject(self, verb: Token, speaker: Mention | None) -> list[Mention]:
        """"X said missiles fell in its waters and protested": the parser joined the second
        verb to the reported clause's; its doer is the reporting clause's subject."""
        outer = next((a for a in verb.ancestors if a.pos_ == "VERB" and g.subjects(a) and a is not verb.head), None)
        return [m for s in (g.subjects(outer) if outer is not None else []) for m in self.resolver.actors(s, speaker)]

    def _noun_sources(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """An event noun's doer: its possessor, a modifier that names someone, its 'by'
        phrase, or the subject of the light verb it is the object of."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.resolver.actors(owner, speaker)
        found = [m for c in self._naming_modifiers(token) for m in self.resolver.actors(c, speaker)]
        if found:
            notes.append("source from the noun's modifier")
            return found
        by = g.prep_objects(token, DOER_PREPS)
        if by:
            return [m for p in by for m in self.resolver.actors(p, speaker)]
        return self._light_verb_sources(token, speaker, notes)

    def _naming_modifiers(self, noun: Token) -> list[Token]:
        """Only modifiers that name someone ("<nationality> airstrikes", "<group> attacks"),
        not bare agent words ("military drills"), which name no one in particular."""
        matches = self.doc._.detente_matches or {}
        return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (c.i in matches and matches[c.i].of_kind(
                    "country", "adjective", "capital", "org", "person")))]

    def _light_verb_sources(self, noun: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """A light verb's subject does the act ("X held talks", "X launched strikes"); an
        event verb's subject does its own act ("X condemned the raid"), a reporting verb's none."""
        verb = g.governing_verb(noun)
        if verb is None or noun.dep_ in ("nsubj", "nsubjpass") or verb.lemma_.lower() in g.REPORTING_NOUN_VERBS \
                or self._is_trigger(verb):
            return []
        notes.append(f"source: the subject of '{verb.text}'")
        return self._sources(verb, speaker, notes) if verb.pos_ in ("VERB", "AUX") else []

    def _targets(self, pred: Predicate, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """Who the act is done to: the one asked to act, what drew a reaction, the entry's
        own target preposition, else the objects and phrases of the trigger's holders."""
        token = pred.complement or pred.token
        holders = _holders(pred, token)
        found = self._asked(pred, token, speaker) or self._reaction_target(token, speaker, notes)
        if not found and pred.pattern.target_preps:
            found = [m for h in holders for p in g.prep_objects(h, pred.pattern.target_preps) for m in self.resolver.actors(p, speaker)]
        if found:
            return found
        reacts = lookup(pred.pattern.code).root in REACTION_ROOTS
        own = frozenset().union(*pred.pattern.required)  # "filed a complaint": the complaint is this act
        for holder in holders:
            found = self._holder_targets(holder, speaker, deep=not pred.recip, reacts=reacts, own=own,
                                         trigger=holder == token)
            if found:
                return found
        return self._main_clause_partner(pred.token, speaker, notes)

    def _main_clause_partner(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """'X clashed with Y, firing tear gas': a participle that names no one of its own is
        done to the main clause's partner or object."""
        head = token.head
        if token.dep_ != "advcl" or token.tag_ != "VBG" or head.pos_ != "VERB" or g.subjects(token):
            return []
        found = [m for p in [*g.direct_objects(head), *g.prep_objects(head, PARTNER_PREPS)] for m in self.resolver.actors(p, speaker)]
        if found:
            notes.append(f"target: the partner of '{head.text}', the clause it describes")
        return found

    def _across_the_border(self, pred: Predicate, sources: list[Mention], targets: list[Mention],
                           speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """A show of force aimed at no other country, on the border with one ('massed troops
        along its frontier with X', 'on the <nationality> border'): aimed at that country."""
        own = {s.country for s in sources}
        if lookup(pred.pattern.code).root not in POSTURE_ROOTS or any(t.country not in own for t in targets):
            return targets
        token = pred.complement or pred.token
        borders = [n for n in g.clause_prep_objects(token, BORDER_PREPS) if n.lemma_.lower() in BORDER_NOUNS]
        # the country across: named on the border noun, or in a with-phrase on it or (as the parser often has it) on its head
        across = [*borders, *(p for b in borders for h in (b, b.head.head) for p in g.prep_objects(h, ("with",)))]
        found = [m for b in across for m in self.resolver.actors(b, speaker)]
        found = [m for m in found if m.country not in own]
        if not found:
            return targets
        notes.append(f"target: across the '{borders[0].text}' the force is shown on")
        return found

    def _asked(self, pred: Predicate, token: Token, speaker: Mention | None) -> list[Mention]:
        """'demanding (that) the foreign troops leave': the one asked to act is the target."""
        if lookup(pred.pattern.code).root not in ASKING_ROOTS or token.pos_ not in ("VERB", "NOUN"):
            return []
        clauses = ("ccomp",) if token.pos_ == "VERB" else ("acl", "ccomp")  # "<X>'s demand that <Y> withdraw"
        asked = [s for c in token.children if c.dep_ in clauses for s in g.subjects(c)]
        return [m for a in asked for m in self.resolver.actors(a, speaker)]

    def _reaction_target(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        """'..., drawing condemnation from X': aimed at what drew it."""
        drawn = g.reaction_cause(token) if token.pos_ == "NOUN" else None
        found = self.resolver.actors(drawn, speaker) if drawn is not None else []
        if found:
            notes.append(f"target: '{drawn.text}', what drew the reaction")
        return found

    def _holder_targets(self, holder: Token, speaker: Mention | None, deep: bool = True, reacts: bool = False,
                        own: frozenset[str] = frozenset(), trigger: bool = True) -> list[Mention]:
        """Objects, then target prepositions, then (not for reciprocal acts, whose
        partner is named plainly, on the trigger or on its object) actors deeper inside the objects."""
        if holder.pos_ in ("NOUN", "PROPN"):
            return self._noun_targets(holder, speaker)
        found = self._patients(holder, speaker)
        if found:
            return found
        # A passive's subject that names no one is what was done ("an agreement with X was signed by Y").
        themes = g.direct_objects(holder) or ([c for c in holder.children if c.dep_ == "nsubjpass"] if g.is_passive(holder) else [])
        objects = themes
        if not deep:  # what two sides discuss is a topic, not a partner: "discussed X's security"
            objects = [o for o in objects if self._names_actor(o)]
        found = self._object_targets(holder, objects, speaker, reacts, own)
        if found:
            return found
        preps = g.TARGET_PREPS if deep else PARTNER_PREPS
        found = [m for p in g.prep_objects(holder, preps) for m in self.resolver.actors(p, speaker)]
        if found:
            return found
        if not deep and trigger:  # "signed an agreement with X", "restored ties with X": the partner on the object
            return [m for o in themes for p in g.prep_objects(o, PARTNER_PREPS) for m in self.resolver.actors(p, speaker)]
        return self._deep_targets(holder, objects, speaker)

    def _noun_targets(self, noun: Token, speaker: Mention | None) -> list[Mention]:
        """An event noun's target phrase ("strikes on X", "talks with X"); once a possessor or
        modifier names the doer, its 'of' phrase is the patient ("X's bombardment of Y")."""
        found = [m for p in g.prep_objects(noun, g.NOUN_TARGET_PREPS) for m in self.resolver.actors(p, speaker)]
        if found or not ([c for c in noun.children if c.dep_ == "poss"] or self._naming_modifiers(noun)):
            return found
        patients = g.prep_objects(noun, PATIENT_PREPS)
        found = [m for p in patients for m in self.resolver.actors(p, speaker)]
        # "X's threat of military action against Y": the target hangs on what the of-phrase names
        return found or [m for p in patients for o in g.prep_objects(p, g.NOUN_TARGET_PREPS) for m in self.resolver.actors(o, speaker)]

    def _patients(self, verb: Token, speaker: Mention | None) -> list[Mention]:
        """A passive's subject ("X was attacked"), or the noun a participle describes."""
        if not g.is_passive(verb):
            return []
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
        return [m for p in patients for m in self.resolver.actors(p, speaker)]

    def _object_targets(self, holder: Token, objects: list[Token], speaker: Mention | None, reacts: bool,
                        own: frozenset[str]) -> list[Mention]:
        aimed = self._own_object_aims(holder, objects, speaker)
        if aimed:
            return aimed
        doers = [m for o in objects if reacts and not self._names_actor(o) and o.lemma_.lower() not in own
                 for m in self._doers(o, speaker)]
        if doers:  # "criticised the test", "praised the attacks on X": aimed at who did it
            return doers
        found = [m for o in objects for m in self.resolver.actors(o, speaker)]
        if found and all(m.guessed for m in found):
            # "sent troops to X": the troops are what is sent; the target is where
            named = [m for p in g.prep_objects(holder, SENT_PREPS) for m in self.resolver.actors(p, speaker) if not m.guessed]
            return named or found
        return found

    def _own_object_aims(self, holder: Token, objects: list[Token], speaker: Mention | None) -> list[Mention]:
        """An object the doer owns ("recalled its ambassador from X", "moved their troops to
        X") is no target: the place it is taken from or sent to is."""
        owned = [o for o in objects if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)]
        return [m for o in owned for h in (o, holder) for p in g.prep_objects(h, OWN_OBJECT_PREPS)
                for m in self.resolver.actors(p, speaker) if not m.guessed]

    def _deep_targets(self, holder: Token, objects: list[Token], speaker: Mention | None) -> list[Mention]:
        """An actor named inside an object or phrase: "warned of steps against X"."""
        about = g.prep_objects(holder, ABOUT_PREPS)
        for obj in objects + g.prep_objects(holder, g.TARGET_PREPS) + g.response_objects(holder) + about:
            for head in g.subtree_heads(obj):
                found = [m for m in self.resolver.actors(head, speaker) if not m.guessed]
                if found:
                    return found
        return []

    def _doers(self, noun: Token, speaker: Mention | None) -> list[Mention]:
        """Who did the act an event noun names: its own possessor or modifier ("X's
        strikes"), else the source of the latest event of that kind in the article."""
        if not self._is_event_noun(noun):
            return []
        own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i]
        found = [m for c in own if self._names_actor(c) for m in self.resolver.actors(c, speaker)]
        found = found or [m for p in g.prep_objects(noun, DOER_PREPS) for m in self.resolver.actors(p, speaker)]
        if found:  # "<nationality> strikes", "a proposal from X"
            return found
        earlier = self._earlier_acts(noun)
        return [max(earlier, key=lambda item: item[0])[1]] if earlier else []

    def _is_event_noun(self, noun: Token) -> bool:
        """A noun that names an act: an event noun of the lexicon, or one it has only beside a
        verb ("issued a statement"). "<nationality> territory" names a place, not an act."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (lemma in ACT_RECORD_NOUNS or any(p.pos for p in self.lexicon.candidates(lemma)))

    def _earlier_acts(self, noun: Token) -> list[tuple[int, Mention]]:
        """(position, doer) of the acts before `noun` that it may name: the same word, any
        attack word for an attack noun, else any act of the same CAMEO root."""
        lemma, start = noun.lemma_.lower(), self.resolver.context_start(noun.i)
        acts = [(i, act, m) for i, act, m in self.acts if start <= i < noun.i]
        earlier = [(i, m) for i, act, m in acts if act == lemma]
        if not earlier and lemma in g.ATTACK_NOUNS:  # "deplored the attack" after "X struck ..."
            earlier = [(i, m) for i, act, m in acts if act in g.ATTACK_NOUNS]
        if not earlier:  # "deplored the drills" after "warships sailed near X" (both 15x)
            roots = {lookup(p.code).root for p in self.lexicon.candidates(lemma) if p.pos}
            earlier = [(i, m) for i, _act, m, root in self.act_roots if root in roots and start <= i < noun.i]
        return earlier

    def _names_actor(self, token: Token) -> bool:
        """The phrase's head itself names an actor (not only a modifier of it)."""
        matches = self.doc._.detente_matches or {}
        return token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.i in matches

    def _conflict_context(self, token: Token, sources: list[Mention], code: str) -> list[Mention]:
        start = self.resolver.context_start(token.i)  # in a digest, only the item's own conflict
        earlier = [pair for i, pair in self.conflicts if start <= i <= token.i]
        if code.startswith(MEDIATION) and not earlier:
            earlier = self.resolver.parties_before(token.i)
        if not earlier:
            return []
        pair = earlier[-1]
        if code.startswith(MEDIATION):
            return pair
        # The other side: another country, or in a civil war another force of the same one.
        def same_side(m: Mention, s: Mention) -> bool:
            armed = m.agent in ARMED and s.agent in ARMED and m.agent != s.agent  # army against rebels
            return m.code == s.code or (m.country == s.country and not armed)
        others = [m for m in pair if not any(same_side(m, s) for s in sources)]
        return others if len(others) < len(pair) else []


def _subject_tokens(verb: Token, notes: list[str]) -> list[Token]:
    """The verb's subjects, else the one it inherits; a relative clause's "who" is its noun."""
    found = g.subjects(verb)
    if not found:
        ctrl = g.controller(verb)
        if ctrl is not None:
            notes.append(f"subject inherited from '{ctrl.text}'")
            found = [ctrl]
    if found and found[0].dep_ == "nsubj" and found[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        found = [verb.head]
    return found


def _holders(pred: Predicate, token: Token) -> list[Token]:
    """The tokens whose objects and phrases may hold the target: the trigger, a noun's
    verb, an intent's own verb (first for an invitation, whose guests are its objects:
    "welcomed A and B to hold talks"; last for an agreement, whose partner is the
    complement's: "agreed to cooperate with C"), and their purpose clauses."""
    holders = [token]
    if token.pos_ in ("NOUN", "PROPN"):
        verb = g.governing_verb(token) or g.subject_verb(token)
        if verb is not None:
            holders.append(verb)
    if pred.complement is not None:
        invites = g.is_passive(pred.token) or bool(g.direct_objects(pred.token))
        holders = [pred.token] + holders if invites else holders + [pred.token]
    return holders + [c for h in list(holders) for c in h.children if c.dep_ == "xcomp" or g.is_purpose(c)]
