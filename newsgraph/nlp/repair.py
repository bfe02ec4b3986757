"""Repairs of attachment errors the small French parser makes on every page of wire copy.

Each repair rewrites heads and labels of our own tokens before any stage reads them, so the actor, event and
quote stages see one consistent tree instead of each compensating on its own:

- a guillemet read as a word (« réclame une « enquête indépendante » »: « « » the object, « enquête » its
  complement): the quoted word takes the mark's place;
- a day read as the clause's verb (« a démenti jeudi la présence »: the participle under « jeudi »): the
  participle is the verb;
- a day hung on the adjective a verb of saying takes (« s'est dit « optimiste » lundi quant à »): the verb's
  time, and what the day took is the adjective's;
- a preposition left on a guillemet (« de « sans fondement » »): it joins the quoted phrase;
- a capitalised name read as a verb (« Alger a fermé », « au Niger des renforts »): a proper noun;
- a reporting aside with its speaker after the verb (« ..., a annoncé mardi le porte-parole du gouvernement »):
  the parser reads the speaker as the verb's object and hangs the verb on the clause before (or makes it the
  root and that clause its modifier); the speaker is the verb's subject and the verb hangs on the clause's
  head as ``parataxis``;
- an auxiliary cut from its participle by an inserted phrase (« Le Niger a à son tour rompu ses relations »,
  « a de son côté livré »): the parser hangs the participle, as an adjective, and its object on the phrase's
  noun; the participle heads the clause, with the auxiliary, the subject and the object; a subject hung on
  the auxiliary (« Le gouvernement a, selon un communiqué, suspendu ») is the participle's;
- a participle after « avoir » or « être » given the future's morphology (« Ouagadougou a démenti mardi »:
  ``Tense=Fut``): a compound past is a past participle;
- a dative clitic read as the subject or the object (« la Russie leur a accordé l'asile »): the indirect object;
- a finite verb coordinated with the infinitive before it (« a menacé de recourir à la force si ..., et a
  imposé des sanctions »), or a bare participle after a compound infinitive (« a accusé l'armée d'avoir fait
  usage d'armes chimiques et annoncé des sanctions »): it is coordinated with the verb that has the subject;
- « sa grâce à » read as the preposition "thanks to" (« a accordé sa grâce à l'écrivain »): after a possessive,
  « grâce » is the verb's object and « à X » its complement;
- a hyphenated name cut in three (« Addis-Abeba »: « - » read as the object): one name;
- a name read as a case marker (« à la Maison Blanche une déclaration »): it joins the name before it;
- a noun phrase with no noun (« Des instructeurs militaires russes sont arrivés »: three adjectives): the word
  after the article is the noun, the rest its adjectives;
- a participle's object hung on the noun the participle describes (« un décret dissolvant l'ensemble des
  partis »: « ensemble » read as a complement of « décret » with no « de »): it goes to the participle;
- a noun read as a verb (« le permis » as « permettre ») or an object left unlabelled (« a dépêché en Jamaïque
  des équipes », ``dep``): a word with an article that is a verb's argument is a noun; a verb's bare noun
  phrase with no label is its object when it has none;
- a day taken for the verb's object or complement (« ont signé jeudi à Washington des accords »: the parser
  hangs « Washington » and then the accords under « jeudi »): the day becomes a time modifier and what it took
  goes back to the verb, the first bare noun phrase as the object;
- a complement cut off by an inserted phrase (« le rappel « avec effet immédiat » de son ambassadeur »,
  « le retrait, d'ici à la fin de l'année, des militaires »): « de X » right after the inserted phrase
  belongs to the noun before it;
- a list of complements scattered over several heads (« les chefs d'État du Mali, du Burkina Faso et du
  Niger »): the members become conjuncts of the first;
- an object taken by the place or partner phrase before it (« ont signé à Niamey le traité », « a signé avec la
  CNPC un accord »): it goes back to the verb;
- a recipient hung on the agent's name (« offert par la Russie au Mali »): it goes to the verb;
- an object read as the last member of a list inside an inserted phrase (« ont signé, en présence de Trump qui
  accueillait la cérémonie, des accords »): a list member with no « et » of its own goes back to the verb.

A repair never makes a token its own head's head: a move that would close a cycle is not made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsgraph.nlp.document import Token
from newsgraph.nlp.participles import participle_infinitive
from newsgraph.nlp.reporting import french_reporting

Repair = Callable[[list[Token], list[list[int]], int], None]  # one repair at one token, in place

DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "avant-hier"}
# words that make a day phrase longer (« jeudi soir », « dimanche dernier », « la semaine dernière »)
DAY_PARTS = {"soir", "matin", "après-midi", "dernier", "prochain", "passé", "aube", "nuit", "midi"}
WEEK = {"semaine", "week-end", "mois"}
TAKEN = {"obj", "xcomp", "obl:arg", "advcl", "iobj"}
PARTITIVE = {"des", "du"}
ENDS_PHRASE = {".", ";", ":", "!", "?"}


def repair(tokens: list[Token], language: str) -> list[Token]:
    """The tokens with the repairs above applied (French only; English is returned unchanged). Each pass runs
    over every token before the next starts, in the order of `PASSES`."""
    if language != "fr" or not tokens:
        return tokens
    toks = list(tokens)
    kids = _children(toks)
    for backwards, steps in PASSES:
        for t in (reversed(tokens) if backwards else tokens):
            for step in steps:
                step(toks, kids, t.i)
    return toks


def _give_back_taken(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """A day word that took its verb's object or complement gives them back (`_day_taken`, `_give_back`)."""
    if _day_taken(toks, kids, toks[i]):
        _give_back(toks, kids, i)


def _on_verbs(step: Repair) -> Repair:
    """`step`, run on verbs only."""
    def run(toks: list[Token], kids: list[list[int]], i: int) -> None:
        if toks[i].pos in ("VERB", "AUX"):
            step(toks, kids, i)
    return run


QUOTE_MARKS = {"«", "»", "\"", "“", "”"}
# what a word takes when it is no phrase's head: a quote mark with only these under it heads no quoted word
FUNCTION_DEPS = {"det", "case", "mark", "cc", "punct", "fixed"}
# the marks of a clause: a quote mark that took these stands for a verb, which is left as parsed
CLAUSE_DEPS = {"nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass", "cop", "expl:subj", "csubj"}


def _quote_read_as_word(toks: list[Token], kids: list[list[int]], q: int) -> None:
    """« a salué la « sincérité » du partenariat », « dénonçant le « soutien » de Kiev »: the parser reads a
    guillemet as a word, a noun with the article and the quoted word as its adjective, the phrase's object.
    The quoted word takes the mark's place (head, relation and the mark's other dependents) and the mark
    becomes punctuation under it; a mark that took only an article or a preposition gives them to the word
    right after it."""
    t = toks[q]
    if t.text not in QUOTE_MARKS or (t.pos == "PUNCT" and t.dep == "punct" and
                                     all(toks[k].dep == "punct" for k in kids[q])):
        return
    own = [k for k in kids[q] if toks[k].dep != "punct" and toks[k].pos != "PUNCT"]
    if any(toks[k].dep in CLAUSE_DEPS for k in own):
        return
    words = [k for k in own if toks[k].dep not in FUNCTION_DEPS]
    # the quoted words follow an opening mark and precede a closing one; a noun heads them before an adjective
    start, end = _quoted_span(toks, q)
    inside = [k for k in words if start <= k < end] or words
    word = next((k for k in inside if toks[k].pos in ("NOUN", "PROPN")), inside[0] if inside else None)
    if word is None and own and q + 1 < len(toks) and toks[q + 1].pos not in ("PUNCT", "ADP", "DET") and \
            toks[q + 1].sent == t.sent:
        word = q + 1  # « d'« intensifier »: the preposition went to the mark, the word hangs elsewhere
    if word is None and own and all(toks[k].dep in FUNCTION_DEPS for k in own):
        # « a qualifié ces accusations de « sans fondement » »: the quoted phrase opens with a preposition of its
        # own and hangs where it belongs; the preposition before the mark is its case too
        inner = _phrase_head_after(toks, q)
        if inner is not None:
            for k in own:
                _move(toks, kids, k, inner, toks[k].dep)
            _move(toks, kids, q, inner, "punct")
            toks[q] = replace(toks[q], pos="PUNCT")
            return
    if word is None:
        toks[q] = replace(t, pos="PUNCT", dep="punct")
        return
    head, dep = t.head, t.dep
    if dep in ("punct", "flat:name", "det", "dep", "amod"):
        dep = toks[word].dep  # (the mark had no role of its own: « des militaires « étrangers » » stays amod)
    if toks[head].pos in ("VERB", "AUX") and (dep == "amod" or dep in ("nsubj", "obj") and toks[word].pos == "ADJ"
                                                and not any(toks[k].dep == "det" for k in own)):
        dep = "xcomp"  # « s'est dit « inquiet » », as the parser reads it without the marks
    if head == q:  # the mark was the sentence's root: the word is
        old = toks[word].head
        if old != word and word in kids[old]:
            kids[old].remove(word)  # (from wherever it hung, the mark or another word, so no list holds it twice)
        toks[word] = replace(toks[word], head=word, dep="ROOT")
    elif not _dominates(toks, word, head):
        _move(toks, kids, word, head, dep)
    if toks[word].pos in ("ADJ", "VERB") and t.pos in ("NOUN", "PROPN", "NUM") and t.dep in ARG_DEPS and \
            any(toks[k].dep == "det" for k in own):
        toks[word] = replace(toks[word], pos="NOUN")  # « le « soutien » de Kiev »: an article makes a noun
    for k in list(kids[q]):
        if k != word:
            _move(toks, kids, k, word, "mark" if toks[k].dep == "case" and toks[word].pos == "VERB" else toks[k].dep)
    _move(toks, kids, q, word, "punct")
    toks[q] = replace(toks[q], pos="PUNCT")


def _phrase_head_after(toks: list[Token], q: int) -> int | None:
    """The head of the quoted phrase that opens with a preposition or an article right after mark `q`: the word
    those first function words hang on, inside the quotes."""
    start, end = _quoted_span(toks, q)
    if start != q + 1 or start >= end or toks[start].pos not in ("ADP", "DET"):
        return None
    head = toks[start].head
    return head if start < head < end and toks[head].pos in ("NOUN", "PROPN", "ADJ", "VERB") else None


def _day_read_as_verb(toks: list[Token], kids: list[list[int]], d: int) -> None:
    """« a formellement démenti jeudi la présence », « a évacué samedi son poste », « a dissous lundi 53 partis »:
    the parser makes the day the clause's head, with the auxiliary, the subject and the object under it and the
    participle before it (sometimes tagged an adjective) as one of its dependents. The participle takes the day's
    place and the day becomes its time modifier."""
    day, p = toks[d], d - 1
    if _low(day) not in DAYS or p < 0 or toks[p].head != d:
        return
    # (« a dissous lundi 53 partis »: the participle may come as an adjective or a noun, right after its auxiliary)
    tagged_adjective = toks[p].pos in ("ADJ", "NOUN") and p >= 1 and toks[p - 1].head == d and \
        toks[p - 1].lemma.lower() in ("avoir", "être") and toks[p - 1].dep.startswith("aux")
    if not tagged_adjective and (toks[p].pos != "VERB" or "VerbForm=Part" not in toks[p].morph):
        return
    if day.head != d and not any(toks[k].dep.startswith(("aux", "nsubj", "obj")) for k in kids[d] if k != p):
        return
    if day.head == d:
        kids[d].remove(p)
        toks[p] = replace(toks[p], head=p, dep="ROOT")
    else:
        _move(toks, kids, p, day.head, day.dep)
    for k in list(kids[d]):
        if not _own_part(toks, d, k):
            _move(toks, kids, k, p, toks[k].dep)
    _move(toks, kids, d, p, "obl:mod")
    toks[d] = replace(toks[d], pos="NOUN", lemma=_low(day))
    if tagged_adjective:
        lemma = toks[p].lemma if toks[p].pos == "ADJ" else participle_infinitive(toks[p].text) or toks[p].lemma
        toks[p] = replace(toks[p], pos="VERB", lemma=lemma)




def _fronted_participle(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« Réunis samedi à Niamey pour leur premier sommet, les chefs d'État ont signé »: a capitalised participle
    that opens the sentence is read as a name, and as the subject. When the clause after the comma has a subject
    of its own, the participle is a verb set before it (with its infinitive as lemma)."""
    t = toks[i]
    if (i > 0 and toks[i - 1].sent == t.sent) or t.pos != "PROPN" or not t.text[:1].isupper():
        return
    if t.ent in ("LOC", "GPE", "ORG", "MISC") or i + 1 >= len(toks) or toks[i + 1].sent != t.sent or \
            not toks[i + 1].text[:1].islower():
        return  # « René Dupont a dit », « Bangui, lundi, le gouvernement »: a name, not a participle
    lemma = participle_infinitive(t.text)
    comma = next((j for j in range(i + 1, min(i + 14, len(toks))) if toks[j].sent == t.sent and toks[j].text == ","),
                 None)
    root = t.head
    if lemma is None or comma is None or root == i or root < comma or toks[root].pos != "VERB":
        return
    if not any(toks[k].dep in ("nsubj", "nsubj:pass") for k in kids[root] if k > comma):
        return
    _move(toks, kids, i, root, "advcl")
    toks[i] = replace(toks[i], pos="VERB", lemma=lemma, morph="Tense=Past|VerbForm=Part")


def _day_on_adjective(toks: list[Token], kids: list[list[int]], d: int) -> None:
    """« s'est dit « optimiste » lundi quant à l'issue des discussions »: the parser hangs the day on the
    adjective as its modifier and the adjective's complement on the day. The day is the time of the verb the
    adjective complements; what it took after it is the adjective's."""
    day = toks[d]
    adj = day.head
    if _low(day) not in DAYS or adj == d or adj > d or toks[adj].pos != "ADJ" or day.dep not in ("amod", "nmod",
                                                                                                   "obl:mod", "dep"):
        return
    verb = toks[adj].head
    if verb == adj or toks[verb].pos not in ("VERB", "AUX") or toks[adj].dep not in ("xcomp", "acomp", "obj"):
        return
    for k in [k for k in kids[d] if k > d and not _own_part(toks, d, k)]:
        _move(toks, kids, k, adj, toks[k].dep)
    _move(toks, kids, d, verb, "obl:mod")


# the relations of a verb's own clause: a word that has them is a verb whatever its capital
VERB_DEPS = ("aux", "nsubj", "obj", "ccomp", "xcomp", "csubj", "expl", "iobj")


def _name_read_as_verb(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« Alger a fermé son espace aérien », « a déployé au Niger une centaine d'instructeurs »: the parser reads
    a capitalised place or person name as a verb (« alger », « niger »). A capitalised word of a named entity
    tagged a verb, not a participle and with no clause of its own under it, is a proper noun; a preposition
    it took as a verb's marker is its case."""
    t = toks[i]
    if t.pos != "VERB" or not t.ent or not t.text[:1].isupper() or "VerbForm=Part" in t.morph:
        return
    # (« a réclamé à Alger l'extradition », with the object under « Alger », is left to the event coder, which
    # reads the addressee of a demand from the words after the verb when the parse gives the verb no object)
    if any(toks[k].dep.startswith(VERB_DEPS) for k in kids[i]):
        return
    cases = [k for k in kids[i] if toks[k].dep in ("mark", "case") and toks[k].pos == "ADP"]
    for k in cases:
        toks[k] = replace(toks[k], dep="case")
    dep = t.dep
    if dep in ("xcomp", "ccomp", "advcl", "acl", "csubj"):
        # (« à Alger » after a verb is its indirect argument, as the parser labels « au Mali »)
        dep = "nmod" if toks[t.head].pos in ("NOUN", "PROPN") else "obj" if not cases else \
            "obl:arg" if _low(toks[cases[0]]) in ("à", "au", "aux") else "obl:mod"
    toks[i] = replace(t, pos="PROPN", lemma=t.text, dep=dep, morph="")


# verbs of saying that open an aside after the words they report (« ..., a indiqué l'armée »): the French
# reporting verbs the event coder's cues share, and those only the aside counts (data/reporting_fr.yaml)
REPORTING = set(french_reporting()["reporting"]) | set(french_reporting()["aside_only"])
# pronouns that head a speaker phrase of their own (« a indiqué l'un de ses avocats »)
SPEAKER_PRONOUNS = {"un", "une", "l'un", "l'une", "celui", "celle", "ceux", "chacun"}
# what a parser makes of an inverted speaker, or of the day before it
SPEAKER_DEPS = {"obj", "nsubj", "nsubj:pass", "obl", "obl:mod", "dep", "appos", "nmod", "amod", "iobj"}
PRESENT_ENDINGS = ("e", "ent")


def _reporting_aside(toks: list[Token], kids: list[list[int]], v: int) -> None:
    """« Trois journalistes ont été interpellés mardi, a dénoncé l'Association des journalistes », « ..., a
    annoncé mardi le porte-parole du gouvernement »: after a comma, a verb of saying with its speaker after it
    reports the clause before. The parser reads the speaker as the verb's object and hangs the verb on that
    clause as a conjunct (or makes it the root and the clause its modifier). The speaker becomes the verb's
    subject, a day before it the verb's time modifier, and the verb hangs on the clause's head as ``parataxis``."""
    t = toks[v]
    if t.pos != "VERB" or t.lemma.lower() not in REPORTING or "Tense=Pres|VerbForm=Part" in t.morph:
        return
    auxes = [k for k in kids[v] if toks[k].dep.startswith("aux") and k < v]
    finite = "VerbForm=Fin" in t.morph or any("VerbForm=Fin" in toks[k].morph for k in auxes) or \
        not auxes and _low(t).endswith(PRESENT_ENDINGS) and not _low(t).endswith("ée") and \
        "VerbForm=Inf" not in t.morph and "VerbForm=Part" not in t.morph  # (« dire », « écrite »: not finite)
    comma = v - 1
    while comma >= 0 and toks[comma].pos == "AUX" and toks[comma].sent == t.sent:
        comma -= 1
    if not finite or comma <= 0 or toks[comma].text != "," or toks[comma].sent != t.sent:
        return
    # (a verb with a content of its own, or a clitic object, reports no clause before it: « a averti que »)
    if any(toks[k].dep in ("ccomp", "xcomp", "csubj", "mark") or toks[k].pos == "PRON" and k < v and
           toks[k].dep in ("obj", "iobj", "expl:comp") for k in kids[v]):
        return
    speaker = _inverted_speaker(toks, kids, v)
    if speaker is None:
        return
    start = next(j for j in range(comma, -1, -1) if j == 0 or toks[j - 1].sent != t.sent)
    if not any("VerbForm=Fin" in toks[j].morph for j in range(start, comma)):
        return  # (« Le ministre algérien des Affaires étrangères, Ahmed Attaf, a averti jeudi le Mali »)
    main = _reported_head(toks, kids, v, comma)
    if main is None:
        return
    if t.head == v:  # the verb was the root: the clause it took as a modifier is the sentence's head
        toks[main] = replace(toks[main], head=main, dep="ROOT")
        kids[v].remove(main)
        for k in [k for k in kids[v] if k < comma]:
            _give_to_clause(toks, kids, k, main)
    for k in [k for k in kids[v] if toks[k].dep == "punct" and k > v and toks[k].text in ENDS_PHRASE]:
        _move(toks, kids, k, main, "punct")  # (the sentence's full stop is its head's)
    _move(toks, kids, v, main, "parataxis")
    if toks[comma].head != v:
        _move(toks, kids, comma, v, "punct")
    for k in kids[v]:
        if v < k < speaker and (_low(toks[k]) in DAYS or _low(toks[k]) in DAY_PARTS):
            toks[k] = replace(toks[k], pos="NOUN", dep="obl:mod")
    toks[speaker] = replace(toks[speaker], dep="nsubj")


def _inverted_speaker(toks: list[Token], kids: list[list[int]], v: int) -> int | None:
    """The speaker after verb `v`: its first bare noun phrase that is no day, agreeing with the verb in number,
    after nothing but days, adverbs and phrases with a preposition (« a annoncé à la télévision nationale son
    porte-parole »); None when there is none or when a clause follows it (« a averti le Mali que »)."""
    verb_number = next((_number(toks[k]) for k in [v] + kids[v] if toks[k].dep.startswith("aux") or k == v
                        if _number(toks[k]) and "VerbForm=Fin" in toks[k].morph), "")
    for k in sorted(kids[v]):
        c = toks[k]
        if k < v or c.pos == "PUNCT":
            continue
        cased = any(toks[x].dep == "case" for x in kids[k])
        if _low(c) in DAYS or _low(c) in DAY_PARTS or _low(c) in WEEK or cased or c.pos == "ADV" or \
                _low(c).endswith("ment") and c.pos not in ("NOUN", "PROPN"):  # (« conjointement » as a verb)
            continue
        if c.dep not in SPEAKER_DEPS or c.pos not in ("NOUN", "PROPN", "PRON") or \
                c.pos == "PRON" and _low(c) not in SPEAKER_PRONOUNS:
            return None
        own = _number(c)
        if verb_number and own and own != verb_number and not any(toks[x].dep == "conj" for x in kids[k]):
            return None  # (« a rappelé ses ambassadeurs »: an object, not a speaker)
        last = max(_subtree(kids, k))
        if last + 1 < len(toks) and _low(toks[last + 1]) in ("que", "qu'", "qu’"):
            return None
        return k
    return None


def _reported_head(toks: list[Token], kids: list[list[int]], v: int, comma: int) -> int | None:
    """The head of the clause before the comma that verb `v` reports: the sentence's root when the verb hangs
    under it; when the verb is the root, the verb or predicate it took as a modifier before the comma."""
    if toks[v].head != v:
        top = toks[v].head
        for _ in range(len(toks)):
            if toks[top].head == top or top > comma:
                break
            top = toks[top].head
        return top if toks[top].head == top and top < comma and _is_predicate(toks, kids, top) else None
    cands = [k for k in kids[v] if k < comma and toks[k].dep in ("advcl", "advmod", "ccomp", "conj", "dep", "acl",
                                                                 "parataxis", "xcomp") and
             _is_predicate(toks, kids, k)]
    # (« « Chaque hélicoptère qui se pose est une victoire », a ajouté l'élu »: the predicate with its copula,
    # read as the verb's subject)
    cands += [k for k in kids[v] if k < comma and toks[k].dep.startswith("nsubj") and
              any(toks[x].dep == "cop" for x in kids[k])]
    return cands[0] if cands else None


def _is_predicate(toks: list[Token], kids: list[list[int]], k: int) -> bool:
    """Whether token `k` heads a clause: a verb, or a word with a copula or an auxiliary."""
    return toks[k].pos in ("VERB", "AUX") or any(toks[x].dep in ("cop", "aux", "aux:tense", "aux:pass")
                                                 for x in kids[k])


def _give_to_clause(toks: list[Token], kids: list[list[int]], k: int, main: int) -> None:
    """A word before the comma that the reporting verb took from the clause `main` heads: a subject is the
    clause's when it has none, else an apposition to the name just before it (« de Walikale, une localité
    minière qu'ils avaient conquise »)."""
    dep = toks[k].dep
    if dep.startswith("nsubj") and any(toks[x].dep.startswith(("nsubj", "csubj")) for x in kids[main]):
        first = min(_subtree(kids, k))
        if first >= 2 and toks[first - 1].text == "," and toks[first - 2].pos in ("NOUN", "PROPN"):
            _move(toks, kids, k, first - 2, "appos")
            return
        dep = "dep"
    elif dep.startswith("nsubj") and any(toks[x].dep == "aux:pass" for x in kids[main]):
        dep = "nsubj:pass"
    _move(toks, kids, k, main, dep)


def _subtree(kids: list[list[int]], i: int) -> list[int]:
    """Token `i` and every token below it (each once, even should a repair have left a cycle)."""
    out, todo, seen = [], [i], {i}
    while todo:
        m = todo.pop()
        out.append(m)
        for k in kids[m]:
            if k not in seen:
                seen.add(k)
                todo.append(k)
    return out


def _number(t: Token) -> str:
    """The grammatical number of a token ("Sing", "Plur" or "")."""
    return next((f[7:] for f in t.morph.split("|") if f.startswith("Number=")), "")


PARTICIPLE = re.compile(r"(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|"
                        r"aint|ainte)$")


def _participle_after_insert(toks: list[Token], kids: list[list[int]], a: int) -> None:
    """« Le Niger a à son tour rompu ses relations avec l'Ukraine », « La Russie a de son côté livré des
    hélicoptères »: a phrase between the auxiliary and the participle makes the parser take the participle for
    an adjective of the phrase's noun, with the object as that noun's complement and the auxiliary as the root
    or a copula. A finite « avoir » or « être » followed by a phrase with a preposition, then by a participle
    hung on that phrase, is the participle's auxiliary: the participle heads the clause."""
    aux = toks[a]
    if aux.lemma.lower() not in ("avoir", "être") or aux.pos not in ("AUX", "VERB") or \
            "VerbForm=Fin" not in aux.morph or a + 2 >= len(toks):
        return
    first = a + 1 if toks[a + 1].text != "," else a + 2
    h = next((k for k in range(first, min(first + 8, len(toks))) if toks[k].sent == aux.sent and
              toks[k].pos == "ADP" and toks[k].dep == "case" and toks[k].head > k), None)
    if h != first:
        return
    phrase = toks[h].head
    p = phrase + 1 if phrase + 1 < len(toks) and toks[phrase + 1].text != "," else phrase + 2
    if p >= len(toks) or toks[p].head != phrase or any(toks[k].head != phrase and toks[k].text != ","
                                                        for k in range(a + 1, phrase)):
        return
    part = toks[p]
    if part.pos not in ("VERB", "ADJ") or toks[p].sent != aux.sent or \
            not ("VerbForm=Part" in part.morph or PARTICIPLE.search(_low(part)) and
                 (part.pos == "VERB" or _low(part).endswith(("é", "ée", "és", "ées")))):
        return
    if aux.head > a and toks[aux.head].pos in ("VERB", "AUX"):
        head, dep = aux.head, "advcl"  # the auxiliary went to a verb further on (« ..., a annoncé mardi le porte-parole »)
    else:  # the clause hangs where the auxiliary hung, or the phrase when the auxiliary was its copula
        top = phrase if _dominates(toks, phrase, a) else a
        head, dep = toks[top].head, toks[top].dep
    if head in (a, phrase, p):
        toks[p] = replace(part, head=p, dep="ROOT")
        kids[phrase].remove(p)
    else:
        _move(toks, kids, p, head, dep)
    morph = part.morph if "VerbForm=Part" in part.morph else "Tense=Past|VerbForm=Part"
    toks[p] = replace(toks[p], pos="VERB", morph=morph)
    _move(toks, kids, a, p, "aux:tense")
    toks[a] = replace(toks[a], pos="AUX")
    _move(toks, kids, phrase, p, "obl:mod")
    has_obj = False
    for k in [k for k in kids[a]] + [k for k in kids[phrase] if k > p or k < a]:  # (the subject, the object)
        cases = [c for c in kids[k] if toks[c].dep == "case"]
        if toks[k].pos in ("NOUN", "PROPN") and k > p and not has_obj and \
                (not cases or all(_low(toks[c]) in PARTITIVE for c in cases)):
            for c in cases:
                toks[c] = replace(toks[c], dep="det")
            _move(toks, kids, k, p, "obj")
            has_obj = True
        else:
            _move(toks, kids, k, p, toks[k].dep)
    if head not in (a, phrase, p) and dep == "advcl":
        for k in [k for k in kids[head] if k < a and toks[k].dep.startswith("nsubj")]:
            _move(toks, kids, k, p, toks[k].dep)


def _subject_on_auxiliary(toks: list[Token], kids: list[list[int]], a: int) -> None:
    """« Le gouvernement a, selon un communiqué, suspendu les activités »: with a phrase between them, the parser
    hangs the subject on the auxiliary; it is the subject of the participle the auxiliary belongs to."""
    aux = toks[a]
    if not aux.dep.startswith("aux") or aux.head <= a or aux.lemma.lower() not in ("avoir", "être"):
        return
    verb = aux.head
    subjects = [k for k in kids[a] if toks[k].dep.startswith(("nsubj", "expl:subj")) and k < a]
    if not subjects or any(toks[k].dep.startswith(("nsubj", "csubj")) for k in kids[verb]):
        return
    for k in subjects:
        _move(toks, kids, k, verb, toks[k].dep)
    toks[a] = replace(toks[a], pos="AUX")


def _compound_past_read_as_future(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« Ouagadougou a démenti mardi les accusations »: the small model sometimes gives the participle of a
    compound past the morphology of a future (``Tense=Fut``), which reads as an intention. A verb with a tense
    auxiliary (« a », « est », « aura ») is a past participle: no future has one."""
    t = toks[i]
    if "Tense=Fut" not in t.morph or not any(toks[k].dep == "aux:tense" for k in kids[i]):
        return
    kept = [f for f in t.morph.split("|") if f.split("=")[0] in ("Gender", "Number")]
    toks[i] = replace(t, morph="|".join(sorted(kept + ["Tense=Past", "VerbForm=Part"])))


POSSESSIVES = {"sa", "son", "leur", "ses", "leurs"}


def _grace_read_as_preposition(toks: list[Token], kids: list[list[int]], g: int) -> None:
    """« a accordé sa grâce à l'écrivain »: the parser reads « grâce à » as the preposition "thanks to", so the
    pardon is lost and the pardoned becomes a circumstance. After a possessive, « grâce » is the noun: the verb's
    object, and « à X » the verb's complement (whom it is granted to)."""
    t = toks[g]
    if _low(t) != "grâce" or t.dep != "case" or g == 0 or _low(toks[g - 1]) not in POSSESSIVES:
        return
    fixed = [k for k in kids[g] if toks[k].dep == "fixed" and _low(toks[k]) in ("à", "a")]
    who = t.head
    verb = toks[who].head
    if not fixed or who == verb or toks[verb].pos not in ("VERB", "AUX") or \
            any(toks[k].dep == "obj" for k in kids[verb]):
        return
    _move(toks, kids, g, verb, "obj")
    toks[g] = replace(toks[g], pos="NOUN", lemma="grâce")
    _move(toks, kids, g - 1, g, "det")
    _move(toks, kids, fixed[0], who, "case")
    toks[fixed[0]] = replace(toks[fixed[0]], pos="ADP")
    toks[who] = replace(toks[who], dep="obl:arg")


DATIVE_CLITICS = {"lui", "leur"}


def _dative_clitic(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« la Russie leur a accordé l'asile », « et lui a donné 48 heures »: the parser reads the clitic before the
    verb as its subject or its object. « lui » and « leur » right before a verb or its auxiliary are its
    indirect object (the one receiving what the verb gives)."""
    t = toks[i]
    if _low(t) not in DATIVE_CLITICS or t.pos != "PRON" or t.dep not in ("nsubj", "obj") or i + 1 >= len(toks):
        return
    nxt = toks[i + 1]
    if i == 0 or toks[i - 1].sent != t.sent or toks[i - 1].text in ENDS_PHRASE or \
            nxt.pos not in ("AUX", "VERB") or nxt.sent != t.sent:
        return  # (« Lui a refusé »: the stressed pronoun opening a sentence is a subject)
    verb = t.head
    if toks[verb].pos not in ("VERB", "AUX") or verb < i:
        return
    toks[i] = replace(t, dep="iobj")


def _infinitive(toks: list[Token], kids: list[list[int]], j: int) -> bool:
    """An infinitive, simple (« recourir ») or compound (« avoir fait »: its auxiliary is the infinitive)."""
    return "VerbForm=Inf" in toks[j].morph or any(toks[k].dep == "aux:tense" and "VerbForm=Inf" in toks[k].morph
                                                  for k in kids[j])


# acts of the accuser's own that follow an accusation (« a accusé X d'avoir fait ... et annoncé des sanctions »);
# any other bare participle stays in what X is accused of (« d'avoir fait usage de la force et tué des manifestants »)
OFFICIAL_ACTS = {"annoncer", "décider", "decider", "imposer", "suspendre", "ordonner", "décréter", "decreter",
                 "adopter", "convoquer", "rappeler", "expulser", "prononcer", "exiger", "réclamer", "reclamer"}


def _finite_conjunct(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« La CEDEAO a menacé de recourir à la force si ..., et a imposé des sanctions »: the parser makes the
    second finite verb a conjunct of the infinitive it follows, so it loses the subject they share. A finite
    verb (or one with a finite auxiliary) with no subject of its own, conjunct of an infinitive, is the conjunct
    of the verb the infinitive depends on. So is a bare past participle of an official act (`OFFICIAL_ACTS`) after
    a compound infinitive, sharing the main verb's auxiliary (« Washington a accusé l'armée d'avoir fait usage
    d'armes chimiques et annoncé des sanctions »: « annoncé » is Washington's, with « a »)."""
    t = toks[i]
    if t.dep != "conj" or t.pos not in ("VERB", "AUX") or not _infinitive(toks, kids, t.head):
        return
    finite = "VerbForm=Fin" in t.morph or any(toks[k].dep.startswith("aux") and "VerbForm=Fin" in toks[k].morph
                                              for k in kids[i])
    bare_participle = "VerbForm=Part" in t.morph and "Tense=Past" in t.morph and t.lemma.lower() in OFFICIAL_ACTS \
        and "VerbForm=Inf" not in toks[t.head].morph and not any(toks[k].dep.startswith("aux") for k in kids[i])
    if not (finite or bare_participle) or any(toks[k].dep.startswith(("nsubj", "csubj")) for k in kids[i]):
        return
    up = t.head
    for _ in range(4):  # up through infinitives (« a menacé de chercher à fermer ... et a imposé »)
        if toks[up].head == up or not _infinitive(toks, kids, up) or \
                toks[up].dep not in ("xcomp", "ccomp", "advcl", "acl", "obl", "obl:arg"):
            break
        up = toks[up].head
    if up == t.head or toks[up].pos not in ("VERB", "AUX") or _infinitive(toks, kids, up):
        return
    if bare_participle and not any(toks[k].dep == "aux:tense" and "VerbForm=Fin" in toks[k].morph for k in kids[up]):
        return  # (a participle shares a compound past's auxiliary only)
    _move(toks, kids, i, up, "conj")


def _quoted_span(toks: list[Token], q: int) -> tuple[int, int]:
    """The tokens between mark `q` and its partner in the same sentence, as a range (to the sentence's end or
    start when the partner is missing)."""
    t = toks[q]
    step = -1 if t.text in ("»", "”") else 1
    j = q + step
    while 0 <= j < len(toks) and toks[j].sent == t.sent and toks[j].text not in QUOTE_MARKS:
        j += step
    return (q + 1, j) if step == 1 else (j + 1, q)


def _object_after_insert(toks: list[Token], kids: list[list[int]], verb: int) -> None:
    """« ont signé jeudi, en présence de Trump qui accueillait la cérémonie, des accords »: the parser makes
    the verb's object a conjunct of the last noun of the inserted phrase. A conjunct after a comma, with no
    « et » or « ou » in its list, on a noun that hangs on an object-less verb inside commas, is that verb's
    object."""
    # (an « object » with a preposition is a misread complement: « en présence du chef »; a clitic or a relative
    # pronoun is the object)
    if any(toks[k].dep == "obj" and (toks[k].pos == "PRON" or not any(toks[c].dep == "case" for c in kids[k]))
           for k in kids[verb]):
        return
    for k in range(verb + 1, len(toks)):
        t = toks[k]
        if t.text in ENDS_PHRASE:
            return
        if t.dep != "conj" or t.pos != "NOUN" or t.head < verb or \
                not any(toks[j].text == "," for j in range(verb + 1, t.head)):
            continue
        start = min([c for c in kids[k] if toks[c].dep != "punct"] + [k])
        if start == 0 or toks[start - 1].text != "," or not any(toks[c].dep == "det" for c in kids[k]):
            continue
        head = t.head
        if _in_a_list(toks, kids, k):
            continue  # a real list: « la cérémonie, des discours et un dîner »
        inserted = _child_toward(toks, verb, head)
        if inserted is not None and _opens_after_comma(toks, kids, inserted):
            for o in [o for o in kids[verb] if toks[o].dep == "obj"]:
                toks[o] = replace(toks[o], dep="obl:mod")
            _move(toks, kids, k, verb, "obj")
            return


def _in_a_list(toks: list[Token], kids: list[list[int]], k: int) -> bool:
    """Whether conjunct `k` belongs to a list with an « et » or « ou » anywhere in it: the parser chains a list
    (each member on the one before, « et » on the last), so the whole chain is searched from its first member."""
    first = k
    while toks[first].dep == "conj" and toks[first].head != first:
        first = toks[first].head
    # (a member with « de » where the list has none belongs to a member's complement: « des accords de paix et
    # d'intégration » is no list of three with « la cérémonie, des accords »; « des » may be an article)
    todo, seen, case = [first], set(), _case_of(toks, kids, first)
    while todo:
        m = todo.pop()
        if m in seen or (_case_of(toks, kids, m) in ("de", "d'") and case not in ("de", "d'")):
            continue
        seen.add(m)
        if any(toks[c].dep == "cc" for c in kids[m]):
            return True
        todo.extend(c for c in kids[m] if toks[c].dep == "conj")
    return False


def _case_of(toks: list[Token], kids: list[list[int]], i: int) -> str:
    return next((_low(toks[c]) for c in kids[i] if toks[c].dep == "case"), "")


def _child_toward(toks: list[Token], verb: int, j: int) -> int | None:
    """The child of `verb` whose subtree holds token `j` (None when `j` is not under the verb)."""
    for _ in range(len(toks)):
        head = toks[j].head
        if head == verb:
            return j
        if head == j:
            return None
        j = head
    return None


def _opens_after_comma(toks: list[Token], kids: list[list[int]], i: int) -> bool:
    """Whether the phrase headed by `i` is set off by a comma before it (an inserted phrase)."""
    todo, first = [i], i
    while todo:
        m = todo.pop()
        first = min(first, m)
        todo.extend(c for c in kids[m] if toks[c].dep != "punct")
    return first > 0 and toks[first - 1].text == ","


# adjectives French puts before the noun: a phrase that opens with one may still have no noun of its own
BEFORE_NOUN = {"grand", "petit", "nouveau", "nouvel", "ancien", "premier", "dernier", "jeune", "vieux", "bon",
               "mauvais", "autre", "même", "seul", "prochain", "futur", "haut", "gros", "long", "beau", "certain",
               "différent", "divers", "principal", "vrai", "second", "nombreux", "unique", "simple", "véritable",
               "important", "lourd", "ex", "soi-disant", "présumé", "éventuel", "tel", "tout", "quelque"}
ARG_DEPS = {"nsubj", "nsubj:pass", "obj", "expl:comp", "expl:subj", "obl", "obl:arg", "obl:mod", "nmod", "appos"}


def _noun_read_as_adjective(toks: list[Token], kids: list[list[int]], h: int) -> None:
    """« Des instructeurs militaires russes sont arrivés »: the parser tags every word of the phrase an
    adjective and heads it with the last. An adjective that is an argument, behind an article whose next
    word is an adjective too, has its noun there: that word becomes the head, the others its adjectives."""
    t = toks[h]
    if t.pos != "ADJ" or t.dep not in ARG_DEPS or t.head == h:
        return
    chain = _adjective_chain(toks, kids, h)
    if chain[0] == 0 or toks[chain[0] - 1].pos != "DET" or toks[chain[0] - 1].head not in chain:
        return
    n = chain[0]
    if len(chain) < 2 or toks[n].lemma.lower() in BEFORE_NOUN or _low(toks[n]) in BEFORE_NOUN or \
            toks[n].lemma.lower().endswith("ième"):
        return
    head, dep = t.head, t.dep
    _move(toks, kids, n, head, dep)
    if toks[n].head != head:
        return  # (a move that would close a cycle was refused: leave the phrase as parsed)
    toks[n] = replace(toks[n], pos="NOUN")
    for c in [c for c in chain if c != n] + [c for m in chain for c in kids[m] if c < n]:
        _move(toks, kids, c, n, "det" if toks[c].pos == "DET" else "amod" if c in chain else toks[c].dep)


def _adjective_chain(toks: list[Token], kids: list[list[int]], h: int) -> list[int]:
    """The adjectives of the phrase headed by adjective `h`, in order, when they run without a gap up to it
    (« instructeurs militaires russes »)."""
    chain = [h]
    i = h - 1
    while i >= 0 and toks[i].pos == "ADJ" and toks[i].dep == "amod" and toks[i].head in chain:
        chain.insert(0, i)
        i -= 1
    return chain


def _object_of_participle(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« un décret dissolvant l'ensemble des partis »: a noun phrase right after a participle that describes
    a noun, hung on that noun with no preposition, is the participle's object."""
    t = toks[i]
    if t.pos != "NOUN" or t.dep != "nmod" or any(toks[c].dep == "case" for c in kids[i]):
        return
    start = min([c for c in kids[i] if toks[c].dep == "det"] + [i])
    verb = start - 1
    if verb < 0 or toks[verb].pos != "VERB" or toks[verb].dep != "acl" or toks[verb].head != t.head:
        return
    if any(toks[c].dep == "obj" for c in kids[verb]):
        return
    _move(toks, kids, i, verb, "obj")


NOUN_DEPS = {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod"}
ARTICLES = {"le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
            "leurs"}


def _noun_read_as_verb(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« ont retiré à Orano le permis »: the parser reads « permis » as « permettre ». A verb form that is a
    nominal argument and opens with an article is a noun, with its own word as lemma."""
    t = toks[i]
    if t.pos != "VERB" or t.dep not in NOUN_DEPS or i == 0 or _low(toks[i - 1]) not in ARTICLES:
        return
    if toks[i - 1].head != i or any(toks[c].dep.startswith(("aux", "nsubj", "obj")) for c in kids[i]):
        return
    toks[i] = replace(t, pos="NOUN", lemma=_low(t))


def _unlabelled_object(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« a dépêché mercredi en Jamaïque des équipes »: a noun phrase with an article that the parser hangs on
    the verb with no relation (``dep``), after the verb, is its object when it has none."""
    t = toks[i]
    verb = t.head
    if t.dep != "dep" or t.pos != "NOUN" or verb == i or verb > i or toks[verb].pos != "VERB":
        return
    if not any(toks[c].dep == "det" for c in kids[i]) or any(toks[c].dep == "case" for c in kids[i]):
        return
    if any(toks[k].dep == "obj" for k in kids[verb]):
        return
    _move(toks, kids, i, verb, "obj")


def _hyphenated_name(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« à Addis-Abeba un accord »: the parser splits the name at its hyphen and gives the parts roles of their
    own. Capitalised parts joined by a hyphen with no space are one name headed by its first part."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-" or not toks[i].text[:1].isupper() or \
            not toks[i + 2].text[:1].isupper():
        return
    a, dash, b = toks[i], toks[i + 1], toks[i + 2]
    if a.end != dash.idx or dash.end != b.idx or (a.dep == "flat:name" and a.head == i - 2) or \
            b.head == i + 2 or dash.head == i + 1:
        return  # (a part that is the sentence's root is left as parsed: the name would be half joined)
    first = i
    for part in (i + 1, i + 2):
        for k in list(kids[part]):
            if k not in (i, i + 1, i + 2):
                _move(toks, kids, k, first, toks[k].dep)
    if toks[first].head in (i + 1, i + 2):  # the first part hung on the second: it takes the second's place
        b_head, b_dep = toks[i + 2].head, toks[i + 2].dep
        if b_head not in (i, i + 1, i + 2):
            _move(toks, kids, first, b_head, b_dep)
    for part in (i + 1, i + 2):
        _move(toks, kids, part, first, "flat:name")


def _name_as_case(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« à la Maison Blanche une déclaration »: the parser makes « Blanche » the case marker of the next noun;
    a capitalised word right after a noun is part of that noun's name."""
    t = toks[i]
    if t.dep == "case" and t.pos == "PROPN" and i > 0 and toks[i - 1].pos in ("NOUN", "PROPN") and not kids[i] and \
            toks[i - 1].sent == t.sent:
        _move(toks, kids, i, i - 1, "flat:name")


def _recipient_off_a_name(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« offert par la Russie au Mali »: a name does not take « à X »; the verb it is an argument of does."""
    t = toks[i]
    if t.pos != "PROPN" or t.dep != "nmod" or toks[t.head].pos != "PROPN":
        return
    name = toks[t.head]
    if name.head == name.i or toks[name.head].pos not in ("VERB", "AUX") or not name.dep.startswith("obl"):
        return
    if any(toks[c].dep == "case" and _low(toks[c]) in ("à", "au", "aux") for c in kids[i]):
        _move(toks, kids, i, name.head, "obl:arg")


PLACE_CASES = {"à", "a", "au", "aux", "en", "dans", "devant", "chez", "sur"}
# a partner phrase takes the object after it the same way (« a signé avec la CNPC un accord »)
BEFORE_OBJECT = PLACE_CASES | {"avec"}


def _object_behind_place(toks: list[Token], kids: list[list[int]], verb: int) -> None:
    """« ont signé samedi à Niamey le traité », « ont paraphé à la Maison Blanche une déclaration », « a signé
    avec la China National Petroleum Corporation un accord »: a verb with no object of its own whose place or
    partner phrase took the noun phrase after it."""
    objs = [k for k in kids[verb] if toks[k].dep == "obj" and toks[k].pos != "PRON"]
    # (an object set off by a comma after the place phrase is an apposition to the displaced object: « a remis
    # au Burkina 25 000 tonnes de blé, premier envoi d'un programme »)
    apposed = [k for k in objs if toks[min([c for c in kids[k] if toks[c].dep != "punct"] + [k]) - 1].text == ","]
    if len(objs) > len(apposed):
        return
    for k in list(kids[verb]):
        t = toks[k]
        if k < verb or t.pos not in ("NOUN", "PROPN") or t.dep not in ("obl", "obl:arg", "obl:mod", "xcomp"):
            continue
        if not any(toks[c].dep in ("case", "mark") and _low(toks[c]) in BEFORE_OBJECT for c in kids[k]):
            continue
        if t.dep == "xcomp":
            toks[k] = replace(t, dep="obl:mod")
        if _displaced_object(toks, kids, k, verb):
            obj = next(x for x in kids[verb] if toks[x].dep == "obj" and x not in apposed)
            for a in apposed:
                if a > obj:
                    _move(toks, kids, a, obj, "appos")
            return


def _children(toks: list[Token]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in toks]
    for t in toks:
        if t.head != t.i:
            kids[t.head].append(t.i)
    return kids


def _dominates(toks: list[Token], i: int, j: int) -> bool:
    """Whether token `i` is `j` or one of its heads (moving `i` under `j` would then close a cycle)."""
    for _ in range(len(toks)):
        if j == i:
            return True
        if toks[j].head == j:
            return False
        j = toks[j].head
    return True  # a cycle already: touch nothing


def _move(toks: list[Token], kids: list[list[int]], i: int, head: int, dep: str) -> None:
    if head != i and _dominates(toks, i, head):
        return
    old = toks[i].head
    if old != i and i in kids[old]:
        kids[old].remove(i)
    kids[head].append(i)
    kids[head].sort()
    toks[i] = replace(toks[i], head=head, dep=dep)


def _low(t: Token) -> str:
    return t.text.lower()


def _day_taken(toks: list[Token], kids: list[list[int]], t: Token) -> bool:
    """A day word hung on a verb that took the verb's object or complement, itself or through a part of the
    day phrase (« a annoncé dimanche soir le retour »: « soir » took it)."""
    if t.head == t.i or toks[t.head].pos not in ("VERB", "AUX"):
        return False
    if t.dep not in TAKEN and not any(not _own_part(toks, t.i, k) and k > t.i
                                      for h in _day_phrase(toks, kids, t.i) for k in kids[h]):
        return False
    if _low(t) in DAYS or _low(t) in ("soir", "matin") and t.i > 0 and _low(toks[t.i - 1]) in DAYS:
        return not any(toks[k].pos == "NUM" or toks[k].dep == "nummod" for k in kids[t.i])
    if _low(t) in WEEK:  # « la semaine dernière », not « une semaine » (a span: « a passé une semaine »)
        return any(_low(toks[k]) in ("dernier", "dernière", "prochain", "prochaine", "passée", "passé")
                   for k in kids[t.i])
    return False


def _own_part(toks: list[Token], day: int, k: int) -> bool:
    """Whether child `k` of a day word belongs to the day phrase itself (« soir », « dernier », « à l'aube »)."""
    t = toks[k]
    if t.dep in ("det", "amod", "nummod", "flat", "flat:name", "fixed") and k < day + 3:
        return True
    return t.lemma.lower() in DAY_PARTS or _low(t) in DAY_PARTS


def _day_phrase(toks: list[Token], kids: list[list[int]], day: int) -> list[int]:
    """The day word and the parts of its phrase that can take words too (« soir », « matin »)."""
    return [day] + [k for k in kids[day] if _low(toks[k]) in DAY_PARTS and toks[k].pos in ("NOUN", "ADJ")]


def _give_back(toks: list[Token], kids: list[list[int]], day: int) -> None:
    verb = toks[day].head
    taken = [k for h in _day_phrase(toks, kids, day) for k in kids[h] if h != day]
    _move(toks, kids, day, verb, "obl:mod")
    # « s'est dit « optimiste » dimanche »: read as a predicate, the day took the adjective before it as its
    # subject; the adjective is the verb's complement
    for k in [k for k in kids[day] if k < day and toks[k].pos == "ADJ" and toks[k].dep == "nsubj"]:
        if not any(toks[c].dep == "det" for c in kids[k]):
            _move(toks, kids, k, verb, "xcomp")
    # an object before the day stands; one after what the day took is a misread too (« le long de »)
    # (a clitic before the verb is no rival: « se sont réunis jeudi les ministres » keeps its inverted subject
    # where the parser would have put it without the day)
    has_obj = any(toks[k].dep == "obj" and toks[k].pos != "PRON" for k in kids[verb] if k < day)
    later = [k for k in kids[verb] if toks[k].dep == "obj" and k > day]
    obj: int | None = None
    for k in list(kids[day]) + taken:
        if _own_part(toks, day, k) or k < day:
            continue
        t = toks[k]
        cases = [toks[c] for c in kids[k] if toks[c].dep == "case"]
        if t.pos in ("VERB", "AUX") or t.dep in ("ccomp", "xcomp", "acl", "advcl", "csubj"):
            _move(toks, kids, k, verb, t.dep if t.dep in ("ccomp", "xcomp", "advcl") else "xcomp")
        elif t.pos in ("NOUN", "PROPN", "PRON", "NUM") and (not cases or _low(cases[0]) in PARTITIVE) and not has_obj:
            _move(toks, kids, k, verb, "obj")
            has_obj = True
            obj = k
            for x in later:
                toks[x] = replace(toks[x], dep="obl:mod")
        elif obj is not None and t.pos in ("NOUN", "PROPN") and cases and cases[0].lemma.lower() == "de":
            _move(toks, kids, k, obj, "nmod")  # « le retour à Dakar de l'ambassadeur »: the object's complement
        elif t.pos in ("NOUN", "PROPN", "PRON", "NUM"):
            _move(toks, kids, k, verb, "obl:mod")
            if not has_obj and _displaced_object(toks, kids, k, verb):
                has_obj = True
                for x in later:
                    toks[x] = replace(toks[x], dep="obl:mod")
        else:
            _move(toks, kids, k, verb, t.dep)


def _displaced_object(toks: list[Token], kids: list[list[int]], place: int, verb: int) -> bool:
    """« à Washington des accords », « au palais présidentiel l'ambassadeur »: the object, hung on the
    place phrase the day handed back. Only a name takes it (« au palais des congrès » keeps its genitive)
    unless the noun came with an article and no preposition at all."""
    for k in kids[place]:
        t = toks[k]
        if k < place or t.pos not in ("NOUN", "PROPN") or t.dep not in ("nmod", "appos", "obj", "nsubj", "dep", "conj"):
            continue
        if t.dep == "conj" and _in_a_list(toks, kids, k):
            continue  # a list: « à Niamey et à Dosso », « des ambassadeurs, des observateurs et des journalistes »
        cases = [toks[c] for c in kids[k] if toks[c].dep == "case"]
        dets = [c for c in kids[k] if toks[c].dep == "det"]
        bare = not cases and dets
        partitive = cases and _low(cases[0]) in PARTITIVE and toks[place].pos == "PROPN"
        if bare or partitive:
            _move(toks, kids, k, verb, "obj")
            return True
    return False


def _rejoin_complement(toks: list[Token], kids: list[list[int]], i: int) -> None:
    """« de X » right after an inserted phrase goes back to the noun before that phrase."""
    t = toks[i]
    if t.pos not in ("NOUN", "PROPN") or t.dep not in ("nmod", "obl", "obl:mod", "obl:arg", "obj") or i == 0:
        return
    first = toks[min(kids[i] + [i])]  # « de », « du », « des » (the parser makes « des » a case or an article)
    if first.i == i or _low(first) not in ("de", "d'", "du", "des"):
        return
    before = min(kids[i] + [i]) - 1  # the token just before « de X » (with its determiner)
    close = toks[before] if before >= 0 else None
    if close is None or close.text not in ("»", ")", ","):
        return
    opener = {"»": "«", ")": "(", ",": ","}[close.text]
    j = before - 1
    while j >= 0 and toks[j].text != opener and toks[j].text not in ENDS_PHRASE:
        j -= 1
    if j <= 0 or toks[j].text != opener or before - j < 3:
        return
    noun = j - 1
    if toks[noun].pos not in ("NOUN",):
        return
    # only when the parser hung « de X » inside the inserted phrase, or on the verb the noun belongs to
    inside = j < t.head < before
    if not inside and not ((t.dep.startswith("obl") or t.dep == "obj") and _governs(toks, t.head, noun)):
        return
    _move(toks, kids, i, noun, "nmod")


def _governs(toks: list[Token], verb: int, noun: int) -> bool:
    """Whether `noun` hangs on `verb` through nouns only (« a annoncé le retour ... et le retrait »)."""
    cur = noun
    for _ in range(6):
        head = toks[cur].head
        if head == verb:
            return True
        if head == cur or toks[head].pos not in ("NOUN", "PROPN"):
            return False
        cur = head
    return False


DE_WORDS = {"de", "d'", "du", "des"}


def _name_after_de(toks: list[Token], j: int) -> int | None:
    """The name a « du X » / « de la X » / « des X » starting at token `j` is about, if it starts there."""
    if j >= len(toks) or _low(toks[j]) not in DE_WORDS:
        return None
    k = j + 1
    while k < len(toks) and toks[k].pos == "DET":
        k += 1
    return k if k < len(toks) and toks[k].pos == "PROPN" else None


def _rejoin_list(toks: list[Token], kids: list[list[int]], first: int) -> None:
    """« les chefs d'État du Mali, du Burkina Faso et du Niger »: the parser hangs the members of a list of
    complements on different words; every member after the first becomes a conjunct of the first."""
    if toks[first].pos != "PROPN" or toks[first].dep == "conj" or first == 0 or \
            _name_after_de(toks, first - 1) != first and \
            _name_after_de(toks, first - 2) != first:
        return
    members: list[int] = []
    cur = first
    while True:
        end = cur
        while end + 1 < len(toks) and toks[end + 1].pos == "PROPN" and toks[end + 1].head in (cur, end):
            end += 1  # « Burkina Faso »
        j = end + 1
        if j >= len(toks) or toks[j].text not in (",", "et", "ou"):
            break
        last = toks[j].text != ","
        nxt = _name_after_de(toks, j + 1)
        if nxt is None:
            break
        members.append(nxt)
        cur = nxt
        if last:
            break
    if not members or toks[cur - 1].text in (",",) or not any(_low(toks[m - 1]) in ("et", "ou") or
                                                               _low(toks[m - 2]) in ("et", "ou") for m in members):
        return  # a list needs its « et »
    for m in members:
        if toks[m].head != first:
            _move(toks, kids, m, first, "conj")


# The passes of `repair`, in order: (run from the last token back, the steps each token goes through).
PASSES: tuple[tuple[bool, tuple[Repair, ...]], ...] = (
    (True, (_quote_read_as_word,)),  # (a closing mark hangs on the opening one more often than the reverse)
    (False, (_fronted_participle,)),
    (False, (_day_read_as_verb, _day_on_adjective, _name_read_as_verb)),
    (False, (_participle_after_insert, _subject_on_auxiliary)),
    (False, (_compound_past_read_as_future,)),
    (False, (_dative_clitic, _finite_conjunct)),
    (False, (_hyphenated_name, _grace_read_as_preposition)),
    (False, (_name_as_case,)),
    (False, (_noun_read_as_adjective, _noun_read_as_verb, _unlabelled_object)),
    (False, (_object_of_participle,)),
    (False, (_give_back_taken,)),
    (False, (_rejoin_complement,)),
    (False, (_rejoin_list,)),
    (False, (_on_verbs(_object_behind_place),)),
    (False, (_recipient_off_a_name,)),
    (False, (_on_verbs(_object_after_insert),)),
    (False, (_reporting_aside,)),  # (last: the day and place repairs give the speaker back to the verb first)
)
