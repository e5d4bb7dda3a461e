"""Who did an event to whom: the arguments of a trigger, read off the parse and the document.

Reads a trigger token, the document's actor resolution (`Resolver`), the acts met so
far (for "condemned the attack": aimed at whoever attacked) and the conflicts the
article is about (for targets it leaves implicit). Used by `DocumentReader` in
extract.py, which holds that state; this module only answers questions about it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.actors.resolve import Mention
from detente.events import grammar as g
from detente.ontology import lookup

if TYPE_CHECKING:
    from detente.events.extract import Predicate

# Acts that answer another act: criticism, praise, rejection, demands aim at its doer.
REACTION_ROOTS = {"01", "02", "05", "10", "11", "12", "13", "16"}
ARMED = {"MIL", "REB", "INS", "COP", "GOV", "SPY", "UAF", "SEP"}  # the sides of a civil war


class Arguments:
    """Mixed into `DocumentReader`: sources, targets, doers and the conflict context."""
    def _sources(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        if token.pos_ in ("NOUN", "PROPN"):
            return self._noun_sources(token, speaker, notes)
        if g.is_passive(token):
            agent = g.passive_agent(token)
            if agent is not None:
                notes.append("passive: source from the 'by' phrase")
                return self.resolver.actors(agent, speaker)
            return []
        found = g.subjects(token)
        if not found:
            ctrl = g.controller(token)
            if ctrl is not None:
                notes.append(f"subject inherited from '{ctrl.text}'")
                found = [ctrl]
        if found and found[0].dep_ == "nsubj" and found[0].lower_ in ("who", "which", "that") and token.dep_ == "relcl":
            found = [token.head]
        actors = [m for s in found for m in self.resolver.actors(s, speaker)]
        if not actors and token.dep_ == "conj" and not g.subjects(token):
            # "Japan said five missiles fell in its waters and lodged a protest": the parser
            # joined 'lodged' to 'fell'; its doer is the reporting clause's subject.
            outer = next((a for a in token.ancestors if a.pos_ == "VERB" and g.subjects(a) and a is not token.head), None)
            actors = [m for s in (g.subjects(outer) if outer is not None else []) for m in self.resolver.actors(s, speaker)]
        if not actors and found:  # "the airstrike killed five": whoever carried out the strike
            actors = [m for s in found for m in self._doers(s, speaker)]
            if actors:
                notes.append(f"source: who carried out the '{found[0].text}'")
        return actors

    def _noun_sources(self, token: Token, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        for child in token.children:
            if child.dep_ == "poss":
                return self.resolver.actors(child, speaker)
        # Only modifiers that name someone ("Israeli airstrikes", "Hamas attacks"), not
        # bare agent words ("military drills"), which name no one in particular.
        matches = self.doc._.detente_matches or {}
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                     and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (c.i in matches and matches[c.i].of_kind(
                         "country", "adjective", "capital", "org", "person")))]
        found = [m for c in modifiers for m in self.resolver.actors(c, speaker)]
        if found:
            notes.append("source from the noun's modifier")
            return found
        by = g.prep_objects(token, ("by", "from"))
        if by:
            return [m for p in by for m in self.resolver.actors(p, speaker)]
        verb = g.governing_verb(token)
        if verb is not None and token.dep_ not in ("nsubj", "nsubjpass") and verb.lemma_.lower() not in g.REPORTING_NOUN_VERBS \
                and not self._is_trigger(verb):
            # A light verb's subject does the act ("X held talks", "X launched strikes");
            # an event verb's subject does its own act ("Egypt condemned the raid").
            notes.append(f"source: the subject of '{verb.text}'")
            return self._sources(verb, speaker, notes) if verb.pos_ in ("VERB", "AUX") else []
        return []

    def _is_trigger(self, token: Token) -> bool:
        """An event verb (not a speech verb, not a light verb like 'hold' or 'launch')."""
        if not self.lexicon.candidates(token.lemma_.lower(), token.lower_):
            return False
        pred = self._predicate(token)
        return pred is not None and "say" not in pred.pattern.flags

    def _targets(self, pred: Predicate, speaker: Mention | None, notes: list[str]) -> list[Mention]:
        token = pred.complement or pred.token
        holders = [token]
        if token.pos_ in ("NOUN", "PROPN"):
            verb = g.governing_verb(token) or g.subject_verb(token)
            if verb is not None:
                holders.append(verb)
        if pred.complement is not None:
            # An invitation's guests are its own objects ("welcomed A and B to hold talks");
            # an agreement's partner is the complement's ("agreed to cooperate with C").
            invites = g.is_passive(pred.token) or bool(g.direct_objects(pred.token))
            holders = [pred.token] + holders if invites else holders + [pred.token]
        holders += [c for h in list(holders) for c in h.children if c.dep_ == "xcomp" or g.is_purpose(c)]
        if lookup(pred.pattern.code).root in ("02", "10") and token.pos_ == "VERB":
            # "demanding (that) the French troops leave": the one asked to act is the target
            asked = [s for c in token.children if c.dep_ == "ccomp" for s in g.subjects(c)]
            found = [m for a in asked for m in self.resolver.actors(a, speaker)]
            if found:
                return found
        if token.pos_ == "NOUN":
            drawn = g.reaction_cause(token)
            if drawn is not None:  # "..., drawing condemnation from X": aimed at what drew it
                found = self.resolver.actors(drawn, speaker)
                if found:
                    notes.append(f"target: '{drawn.text}', what drew the reaction")
                    return found
        if pred.pattern.target_preps:
            found = [m for h in holders for p in g.prep_objects(h, pred.pattern.target_preps) for m in self.resolver.actors(p, speaker)]
            if found:
                return found
        reacts = lookup(pred.pattern.code).root in REACTION_ROOTS
        own = frozenset().union(*pred.pattern.required)  # "lodged a protest": the protest is this act
        for holder in holders:
            found = self._holder_targets(holder, speaker, deep=not pred.recip, reacts=reacts, own=own)
            if found:
                return found
        return []

    def _holder_targets(self, holder: Token, speaker: Mention | None, deep: bool = True, reacts: bool = False,
                        own: frozenset[str] = frozenset()) -> list[Mention]:
        """Objects, then target prepositions, then (not for reciprocal acts, whose
        partner is named plainly) actors deeper inside the objects."""
        if holder.pos_ in ("NOUN", "PROPN"):
            return [m for p in g.prep_objects(holder, g.NOUN_TARGET_PREPS) for m in self.resolver.actors(p, speaker)]
        if g.is_passive(holder):
            patients = [c for c in holder.children if c.dep_ == "nsubjpass"] or ([holder.head] if holder.dep_ == "acl" else [])
            found = [m for p in patients for m in self.resolver.actors(p, speaker)]
            if found:
                return found
        objects = g.direct_objects(holder)
        if not deep:  # what two sides discuss is a topic, not a partner: "discussed Israel's security"
            objects = [o for o in objects if self._names_actor(o)]
        doers = [m for o in objects if reacts and not self._names_actor(o) and o.lemma_.lower() not in own
                 for m in self._doers(o, speaker)]
        if doers:  # "condemned the launch", "praised the attacks on X": aimed at who did it
            return doers
        found = [m for o in objects for m in self.resolver.actors(o, speaker)]
        if found and all(m.guessed for m in found):
            # "sent 700 troops to Kosovo": the troops are what is sent; the target is where
            named = [m for p in g.prep_objects(holder, ("to", "against", "into", "at", "toward", "towards"))
                     for m in self.resolver.actors(p, speaker) if not m.guessed]
            if named:
                return named
        if found:
            return found
        preps = g.TARGET_PREPS if deep else ("with", "between")
        found = [m for p in g.prep_objects(holder, preps) for m in self.resolver.actors(p, speaker)]
        if found or not deep:
            return found
        about = g.prep_objects(holder, ("of", "about", "over"))  # "warned of steps against the United States"
        for obj in objects + g.prep_objects(holder, g.TARGET_PREPS) + g.response_objects(holder) + about:
            for head in g.subtree_heads(obj):
                found = [m for m in self.resolver.actors(head, speaker) if not m.guessed]
                if found:
                    return found
        return []

    def _doers(self, noun: Token, speaker: Mention | None) -> list[Mention]:
        """Who did the act an event noun names: its own possessor or modifier ("Israel's
        strikes"), else the source of the latest event of that kind in the article."""
        if noun.pos_ != "NOUN" or not any(p.pos for p in self.lexicon.candidates(noun.lemma_.lower())):
            return []
        own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i]
        found = [m for c in own if self._names_actor(c) for m in self.resolver.actors(c, speaker)]
        if found:
            return found
        lemma = noun.lemma_.lower()
        earlier = [(i, m) for i, act, m in self.acts if act == lemma and i < noun.i]
        if not earlier and lemma in g.ATTACK_NOUNS:  # "condemned the attack" after "Iran struck ..."
            earlier = [(i, m) for i, act, m in self.acts if act in g.ATTACK_NOUNS and i < noun.i]
        if not earlier:  # "condemned the drills" after "warships operated around Taiwan" (both 15x)
            roots = {lookup(p.code).root for p in self.lexicon.candidates(lemma) if p.pos}
            earlier = [(i, m) for i, _act, m, root in self.act_roots if root in roots and i < noun.i]
        return [max(earlier, key=lambda item: item[0])[1]] if earlier else []

    def _names_actor(self, token: Token) -> bool:
        """The phrase's head itself names an actor (not only a modifier of it)."""
        matches = self.doc._.detente_matches or {}
        return token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.i in matches

    def _conflict_context(self, token: Token, sources: list[Mention], code: str) -> list[Mention]:
        earlier = [pair for i, pair in self.conflicts if i <= token.i]
        if code.startswith(("045", "039")) and not earlier:
            earlier = [group for i, group in self.resolver.memory.event_groups if i <= token.i]
        if not earlier:
            return []
        pair = earlier[-1]
        if code.startswith(("045", "039")):
            return pair
        # The other side: another country, or in a civil war another force of the same one.
        def same_side(m: Mention, s: Mention) -> bool:
            armed = m.agent in ARMED and s.agent in ARMED and m.agent != s.agent  # army against rebels
            return m.code == s.code or (m.country == s.country and not armed)
        others = [m for m in pair if not any(same_side(m, s) for s in sources)]
        return others if len(others) < len(pair) else []
