"""Grammar over dependency parses: arguments, negation, modality, clause reach.

Reads spaCy tokens only (dependency labels, tags, lemmas); knows no lexicon. Each
function answers one question about a trigger token: who is its subject (active,
passive, controlled, relative clause, a noun's possessor or light verb), which
tokens are its objects and target phrases, whether it is negated, hypothetical, a
demand ("must"), future, or the complement of a verb that blocks it ("refused to").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.wordlists import code_map, ordered, words

CLAUSE_BREAKS = {"relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "nsubj", "nsubjpass", "csubj", "mark", "appos", "acl"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
TARGET_PREPS = ordered("target_preps")
NOUN_TARGET_PREPS = ordered("noun_target_preps")
HYPOTHETICAL = words("hypothetical_modals")
DEMAND_MODALS = code_map("demand_modals")
FUTURE = words("future_auxiliaries")
BLOCKERS = words("blockers")  # their complement is not (yet) an event: "refused to meet"
BLOCKER_ADJECTIVES = words("blocker_adjectives")  # "likely to agree", "due to arrive": not yet, perhaps never
ATTACK_NOUNS = words("attack_nouns")  # any of them may name an act told with another ("struck" ... "the attack")
THREAT_VERBS = words("threat_verbs")  # what they announce is a threat (13x)
CESSATION = words("cessation_verbs")
TRANSPARENT = words("transparent_verbs")
NEGATORS = words("negators")
CONDITION_MARKS = words("condition_marks")
QUESTION_MARKS = words("question_marks")
INVERTED_CONDITION = words("inverted_condition")
SPEECH_VERBS = words("speech_verbs")
SPECULATION_VERBS = words("speculation_verbs")
DEMANDING = words("demanding_verbs")
FICTION_NOUNS = words("fiction_nouns")
INTENT_PREPS = words("intent_preps")
LIGHT_OBJECT_DEPS = ("dobj", "attr", "oprd")


def local_words(token: Token, depth: int = 3) -> set[str]:
    """Lemmas and forms of the words that depend on `token` within its own clause."""
    words: set[str] = set()
    frontier = [(token, 0)]
    while frontier:
        tok, level = frontier.pop()
        if level >= depth:
            continue
        for child in tok.children:
            # A passive's subject is its logical object ("an agreement was signed") and counts.
            if child.dep_ in CLAUSE_BREAKS and not (child.dep_ == "conj" and tok.dep_ in ("dobj", "pobj")) \
                    and not (child.dep_ == "nsubjpass" and level == 0):
                continue
            if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj"):
                continue  # "on Thursday" is a date, not the 'on' of "called on"
            words.add(child.lemma_.lower())
            words.add(child.lower_)
            frontier.append((child, level + 1))
    if token.dep_ == "compound":  # "telephone call": the compound's head is part of the phrase
        words.add(token.head.lemma_.lower())
    return words


def governing_verb(token: Token) -> Token | None:
    """The verb a noun trigger hangs from: 'held [talks]', 'during a [trip]', 'issued a [warning]'."""
    tok = token
    for _ in range(4):
        if tok.dep_ in ("ROOT",) and tok.pos_ not in ("VERB", "AUX"):
            return None
        head = tok.head
        if head is tok:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head if tok.dep_ in LIGHT_OBJECT_DEPS + ("pobj", "npadvmod", "xcomp") or tok.dep_ == "prep" else None
        if tok.dep_ in ("pobj", "prep", "dobj", "appos", "conj") or head.dep_ == "prep":
            tok = head
            continue
        return None
    return None


def subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "ROOT") and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return True  # "a truce brokered by X"; headlines: "Soldiers killed as ..."
    return False


def each_other(verb: Token) -> bool:
    """'accused each other', 'blamed one another': a reciprocal act."""
    return any(c.lower_ in ("other", "another") and any(g.lower_ in ("each", "one") for g in c.children)
               for c in verb.subtree if c.dep_ in ("dobj", "pobj", "poss"))


# Verbs whose subject tells of an act without doing it ("both sides reported shelling",
# "officials denied the attack") or acts on an act without doing it ("cancelled the
# talks"). Other verbs that are no event themselves carry their noun's act ("held
# talks", "launched airstrikes", "attended the signing").
REPORTING_NOUN_VERBS = words("reporting_noun_verbs")


def passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def controller(verb: Token) -> Token | None:
    """The subject a verb without one inherits: from the verb it complements or joins,
    or the noun a relative or participle clause describes."""
    tok = verb
    for _ in range(5):
        if not (tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (tok.dep_ == "pobj" and tok.head.dep_ == "prep")):
            return _described_subject(tok)
        head = tok.head.head if tok.dep_ in ("pobj", "pcomp") else tok.head
        found = _inherited_subject(tok, head)
        if found is not None:
            return found
        tok = head
    return None


def _inherited_subject(tok: Token, head: Token) -> Token | None:
    """From the verb `tok` complements or joins: the object of "urged X to" (not of an
    aspect verb: "continued talks to"), else its subject."""
    if tok.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and head.lemma_.lower() not in TRANSPARENT:
            return obj
    found = subjects(head) or [c for c in head.children if c.dep_ == "nsubjpass" and not is_passive(head)]
    return found[0] if found else None


def _described_subject(tok: Token) -> Token | None:
    """The doer of a clause that describes a noun, or completes a verb's subject."""
    if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "attr") and tok.head.head.pos_ in ("VERB", "AUX") and tok.tag_ == "VBG":
        # "issued a statement urging restraint": the statement's author urges
        found = subjects(tok.head.head)
        return found[0] if found else tok.head
    if tok.dep_ in ("relcl", "acl"):
        return tok.head
    if tok.dep_ in ("acomp", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        found = subjects(tok.head)
        return found[0] if found else None
    return _stranded_subject(tok) if tok.dep_ == "ROOT" else None


def _stranded_subject(root: Token) -> Token | None:
    """A subject the parser hung on a participle before the verb: in "officials
    aligned with X have derided Y", 'officials' is the subject of 'derided'."""
    for child in root.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBN":
            found = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if found:
                return found[0]
    return None


def chain_up(token: Token) -> Iterator[Token]:
    """The token, then the verbs it is a complement or conjunct of, up the clause."""
    tok = token
    yield tok
    for _ in range(5):
        if tok.dep_ not in ("xcomp", "conj", "pcomp") and not (tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"):
            return
        tok = tok.head.head if tok.dep_ in ("pcomp", "pobj") else tok.head
        yield tok


def negated(token: Token) -> bool:
    holders = [token]
    verb = governing_verb(token) if token.pos_ in ("NOUN", "PROPN") else None
    if verb is not None:
        holders.append(verb)
    for holder in holders:
        for tok in chain_up(holder):
            for child in tok.children:
                if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in NEGATORS):
                    return True
                if child.dep_ in SUBJECTS and any(g.lower_ == "neither" for g in child.children):
                    return True
                if child.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                    return True  # "would accept no deal", "reached no agreement"
    return False


def auxiliaries(token: Token) -> set[str]:
    holders = [token]
    verb = governing_verb(token) if token.pos_ in ("NOUN", "PROPN") else None
    if verb is not None:
        holders.append(verb)
    found: set[str] = set()
    for holder in holders:
        for tok in chain_up(holder):
            found |= {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return found


PLAN_NOUNS = words("plan_nouns")


def hypothetical(token: Token) -> bool:
    if token.pos_ in ("NOUN", "PROPN"):  # "Should X conduct a test": the noun's act is its verb's
        verb = governing_verb(token)
        if verb is not None and verb is not token and hypothetical(verb):
            return True
    aux = auxiliaries(token)
    if aux & HYPOTHETICAL:
        return True
    if "would" in aux and any(p.dep_ == "prep" and p.lower_ == "under" and any(o.lemma_.lower() in PLAN_NOUNS for o in p.children)
                              for t in chain_up(token) for p in t.children):
        return True  # "Under X's plan, Y would pull back": the plan's terms, not an act
    if "would" in aux and conditional(token) and not any(a.lemma_.lower() in SPEECH_VERBS for a in token.ancestors):
        return True  # "X would retaliate if Y ...", told by no one: a scenario, not a threat
    return any(_condition(tok) or _open_question(tok) or _speculated(tok) or _in_fiction(tok) for tok in chain_up(token))


def _in_fiction(clause: Token) -> bool:
    """'In the new thriller, X kidnaps Y', 'in a war-game scenario': told of a story, not done."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in FICTION_NOUNS for o in p.children)
               for p in clause.children)


def _marked_condition(clause: Token) -> bool:
    """'if/unless X attacks': an adverbial clause opened by a condition mark."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def _condition(clause: Token) -> bool:
    """'if/unless X attacks', and the inverted 'should X attack', 'had X attacked'."""
    first = clause.left_edge
    return _marked_condition(clause) or (clause.dep_ == "advcl" and first.lower_ in INVERTED_CONDITION
                                         and first.head == clause and first.dep_ in ("aux", "auxpass"))


def _speculated(clause: Token) -> bool:
    """'Analysts expect X to retaliate', 'residents fear X will attack': a forecast, not an act."""
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in SPECULATION_VERBS


def _open_question(clause: Token) -> bool:
    """'It is unclear whether X will attack', 'asked if X would attack': an open question, not an act."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & QUESTION_MARKS) or (clause.dep_ == "ccomp" and bool(marks & CONDITION_MARKS))


def conditional(token: Token) -> bool:
    """'... if either side breaks the deal': the act hangs on a condition."""
    return any(_marked_condition(c) for t in chain_up(token) for c in t.children)


def demand_modal(token: Token) -> str | None:
    for word, code in DEMAND_MODALS.items():
        if word in auxiliaries(token):
            return code
    return None


REPORTING = words("reporting_verbs")


def future(token: Token) -> bool:
    aux = auxiliaries(token)
    if aux & FUTURE:
        return True
    # "would" is future only in reported speech ("warned it would respond"), not in
    # narrative ("X would repeat this days later").
    if "would" in aux and any(a.lemma_.lower() in REPORTING for a in token.ancestors):
        return True
    return any(t.lemma_ == "go" and any(c.lower_ == "to" for c in t.children) and t.tag_ == "VBG" for t in chain_up(token) if t is not token)


# Nouns under which an act is only wanted, planned or possible: "the need for talks",
# "attempts to oust", "efforts to unite", "a plan to attack".
BLOCKER_NOUNS = words("blocker_nouns")
CLIMB = ("xcomp", "acl", "prep", "pobj", "pcomp", "conj", "dobj", "advcl", "relcl", "ccomp")


def blocked(token: Token) -> bool:
    """The complement of 'refused to', 'stop', 'avoid', 'sought to', 'accused X of', or
    of 'the need for', 'attempts to': not an event itself."""
    return blocker(token) is not None


def blocker(token: Token) -> Token | None:
    """The verb, adjective or noun that blocks `token` (see `blocked`), or None."""
    tok, came_by = token, ""
    for _ in range(6):
        if tok.dep_ not in CLIMB or tok.head is tok:
            return None
        if tok.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in tok.children):
            return None  # a conjunct with its own subject is a clause of its own
        if _blocks(tok.head, tok.dep_, came_by):
            return tok.head
        if tok.dep_ in ("relcl", "advcl"):
            return None
        tok, came_by = tok.head, tok.dep_
    return None


def _blocks(head: Token, dep: str, came_by: str) -> bool:
    """Whether `head` blocks what hangs from it by `dep` (reached from below by `came_by`)."""
    lemma = head.lemma_.lower()
    # Blocked only as the verb's complement ("refused to meet", "stop the attacks",
    # "accused X of attacking"), not as its circumstance ("ended with a truce").
    complement = dep in ("xcomp", "dobj", "pcomp") or (dep == "prep" and came_by == "pcomp")
    if head.pos_ in ("VERB", "AUX") and lemma in BLOCKERS and complement:
        return True
    if head.pos_ == "VERB" and lemma in DEMANDING and dep == "ccomp":
        return True  # a that-clause asked for: "demanded that Y free X"
    if head.pos_ == "ADJ" and lemma in BLOCKER_ADJECTIVES and dep == "xcomp":
        return True
    return head.pos_ == "NOUN" and lemma in BLOCKER_NOUNS and dep in ("acl", "pobj", "prep", "xcomp")


def clause_head(token: Token) -> Token:
    """The verb whose clause a trigger belongs to (itself for a verb)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return governing_verb(token) or subject_verb(token) or token


def complement_chain(verb: Token) -> list[Token]:
    """What an intent verb announces: its complement clause, through 'continue to',
    'begin', with each verb's object ('agreed to continue to coordinate efforts',
    'pledged to hold talks', 'threatened sanctions')."""
    chain: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    # "warned of a stronger offensive", "threatened them with sanctions"
    frontier += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in INTENT_PREPS for g in c.children if g.dep_ == "pobj"]
    for _ in range(4):
        if not frontier:
            break
        tok = frontier.pop(0)
        chain.append(tok)
        chain += [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        frontier += [c for c in tok.children if c.dep_ in ("xcomp",) or (c.dep_ == "prep" and tok.lemma_ in TRANSPARENT)]
    return chain


def hyphen_pair(noun: Token) -> bool:
    """Two modifiers joined by a hyphen before the noun: "<nationality>-<nationality> talks"."""
    return any(c.dep_ == "amod" and any(h.text == "-" for h in c.children) and any(a.dep_ == "amod" for a in c.children)
               for c in noun.children if c.i < noun.i)


def prep_objects(head: Token, preps: tuple[str, ...] | frozenset[str] | None = None) -> list[Token]:
    """Objects of the head's prepositions (of these prepositions only, where given)."""
    out = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and (preps is None or child.lower_ in preps):
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def clause_prep_objects(verb: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of these prepositions anywhere in the verb's own clause, nearest first: on the
    verb, on a verb it governs without a subject of its own ('urged to free them in an appeal'),
    and on its objects ('praised for its reforms in a statement')."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and not subjects(c))]
    heads += [o for h in heads for o in [*direct_objects(h), *prep_objects(h)]]
    return [o for h in heads for o in prep_objects(h, preps)]


def direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]


def subtree_heads(token: Token, depth: int = 4) -> Iterator[Token]:
    """Nominal heads under an object, nearest first ('actions by X' -> actions, X)."""
    frontier = [token]
    for _ in range(depth):
        next_frontier = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                    continue
                # Not pronouns: deep inside an object, "its" and "their" point back at the doer.
                if child.pos_ in ("NOUN", "PROPN") and child.dep_ in ("pobj", "conj", "appos", "dobj", "poss", "compound", "amod", "nmod"):
                    yield child
                if child.pos_ == "ADJ" and child.dep_ == "amod":
                    yield child
                if child.dep_ != "appos":  # an apposition describes: "Israel, a rival of Norway" aims at Israel
                    next_frontier.append(child)
        frontier = next_frontier


RESPONSE_NOUNS = words("response_nouns")


def response_objects(head: Token) -> list[Token]:
    """'in the face of X', 'in response to X': X is what the act answers (a target)."""
    out = []
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in RESPONSE_NOUNS:
                out.extend(prep_objects(obj, ("of", "to", "for")))
    return out


def subject_verb(noun: Token) -> Token | None:
    """The verb a noun trigger is the subject of: 'war [erupted] between X and Y'."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def circumstance_of(noun: Token, acts: dict[int, object]) -> bool:
    """A noun trigger inside a prepositional phrase of another act: its occasion or
    setting ('greets X during their meeting', 'on the sidelines of the summit')."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep", "compound", "appos") or tok.head is tok:
            return False
        tok = tok.head
        if tok.i in acts and tok.pos_ in ("VERB", "AUX", "NOUN", "PROPN") and tok is not noun:
            return noun.dep_ == "pobj" or tok.pos_ != "VERB"
    return False


REACTION_VERBS = words("reaction_verbs")


def reaction_cause(noun: Token) -> Token | None:
    """'X tested a missile, drawing condemnation from Y': the subject of
    the act that drew the reaction."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in REACTION_VERBS:
        return None
    found = subjects(verb)
    if found:
        return found[0]
    main = verb.head
    for _ in range(3):  # "... its first test in months, drawing condemnation": up to the main verb
        if main.pos_ in ("VERB", "AUX") and subjects(main):
            return subjects(main)[0]
        if main.head is main:
            return None
        main = main.head
    return None


def is_purpose(token: Token) -> bool:
    """'fired tear gas to disperse the crowd': an infinitive clause of purpose."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
