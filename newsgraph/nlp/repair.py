"""Repairs of attachment errors the small French parser makes on every page of wire copy.

Each repair rewrites heads and labels of our own tokens before any stage reads them, so the actor, event and
quote stages see one consistent tree instead of each compensating on its own:

- a day taken for the verb's object or complement (« ont signé jeudi à Washington des accords »: the parser
  hangs « Washington » and then the accords under « jeudi »): the day becomes a time modifier and what it took
  goes back to the verb, the first bare noun phrase as the object;
- a complement cut off by an inserted phrase (« le rappel « avec effet immédiat » de son ambassadeur »,
  « le retrait, d'ici à la fin de l'année, des militaires »): « de X » right after the inserted phrase
  belongs to the noun before it;
- a list of complements scattered over several heads (« les chefs d'État du Mali, du Burkina Faso et du
  Niger »): the members become conjuncts of the first;
- an object taken by the place phrase before it (« ont signé à Niamey le traité »): it goes back to the verb;
- a recipient hung on the agent's name (« offert par la Russie au Mali »): it goes to the verb.

A repair never makes a token its own head's head: a move that would close a cycle is not made.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.nlp.document import Token

DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "avant-hier"}
# words that make a day phrase longer (« jeudi soir », « dimanche dernier », « la semaine dernière »)
DAY_PARTS = {"soir", "matin", "après-midi", "dernier", "prochain", "passé", "aube", "nuit", "midi"}
WEEK = {"semaine", "week-end", "mois"}
TAKEN = {"obj", "xcomp", "obl:arg", "advcl", "iobj"}
PARTITIVE = {"des", "du"}
ENDS_PHRASE = {".", ";", ":", "!", "?"}


def repair(tokens: list[Token], language: str) -> list[Token]:
    """The tokens with the repairs above applied (French only; English is returned unchanged)."""
    if language != "fr" or not tokens:
        return tokens
    toks = list(tokens)
    kids = _children(toks)
    for t in tokens:
        if _day_taken(toks, kids, toks[t.i]):
            _give_back(toks, kids, t.i)
    for t in tokens:
        _rejoin_complement(toks, kids, t.i)
    for t in tokens:
        _rejoin_list(toks, kids, t.i)
    for t in tokens:
        if toks[t.i].pos in ("VERB", "AUX"):
            _object_behind_place(toks, kids, t.i)
    for t in tokens:
        _recipient_off_a_name(toks, kids, t.i)
    return toks


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


def _object_behind_place(toks: list[Token], kids: list[list[int]], verb: int) -> None:
    """« ont signé samedi à Niamey le traité », « ont paraphé à la Maison Blanche une déclaration »: a verb
    with no object of its own whose place phrase took the noun phrase after it."""
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
        if not any(toks[c].dep in ("case", "mark") and _low(toks[c]) in PLACE_CASES for c in kids[k]):
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
        if k < place or t.pos not in ("NOUN", "PROPN") or t.dep not in ("nmod", "appos", "obj", "nsubj", "dep"):
            continue
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
