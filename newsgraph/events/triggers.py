"""Finding triggers and picking their CAMEO codes.

A trigger is a verb in the verb lexicon, a support verb with an event noun as object ("held talks"), an
event noun with participants ("Russia's delivery of wheat to Mali"), or a word of reported speech
(`newsgraph.events.speech`). Each gets its code from the lexicon entry that best fits its particles,
objects and modifiers, then its modality and arguments; an intended act takes its 03x/13x code.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.actors.gazetteer import ARMED_KINDS, country_actor
from newsgraph.events import lexicon
from newsgraph.events.base import Pending, Trigger, lemma_of, side, standalone
from newsgraph.events.dates_places import DatePlaceMixin
from newsgraph.events.lexicon import NounEntry, VerbEntry
from newsgraph.events.speech import SpeechMixin
from newsgraph.events.words import (
    ABSTRACT,
    ACCIDENTS,
    ACCUSATION,
    ACCUSE_ROOTS,
    ACTING_NOUNS,
    AGENT,
    ANNOUNCE,
    ARMED_ADJECTIVES,
    BEFOREHAND,
    BROKER,
    CAUSATIVE,
    CLAIM,
    CROWD_VERBS,
    DE_CASES,
    DEFINITE,
    DISPATCH,
    DOCUMENTS,
    DOMESTIC,
    DOMESTIC_ROOTS,
    ELABORATE,
    ENVOYS,
    FALSEHOOD,
    FRAME_NOUNS,
    GATHER,
    HALT,
    HYPO_ADJ,
    LEAVE,
    LEFT_LAND,
    LIGHT_NOUNS,
    LISTED_AS,
    LISTING,
    LOCATIVE,
    MEDIATOR_PREPS,
    MEETING_ROOTS,
    NON_STATE,
    NOT_MISHAP,
    NOUN_TARGET,
    OBJ,
    OCCUR,
    OPPOSE,
    PASS_SUBJ,
    PAST_TIMES,
    PERMITS,
    PLANNED_ADJ,
    PROTEST_PLACES,
    PROTEST_WORDS,
    QUANTITY,
    RELATIVE,
    RENEW,
    REPRISAL,
    RESPOND,
    ROLE_NOUNS,
    SUBJ,
    SUFFER,
    SYMMETRIC,
    TEMPORAL,
    TERRORIST,
    TIME_WORDS,
    VIOLENT_ROOTS,
    WARN,
    WEAPONS,
)
from newsgraph.models import Actor
from newsgraph.nlp.document import Token

# Verbs that name or describe something; with a predicate ("called the strike a mistake") they are no event
NAMING_VERBS = frozenset(("call", "qualifier", "appeler", "term", "dub", "brand", "label", "describe"))

# Cooperative acts whose announced refusal is a rejection (12x)
REFUSABLE_ROOTS = ("03", "04", "05", "06", "07", "08")

# The intention (03x, 13x) to do an act, looked up by the act's full code, then its first three digits, then
# its root
COOP_INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
               "0841": "0353", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
               "057": "030", "045": "039", "046": "036"}
HOSTILE_INTENT = {"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "1621": "1311",
                  "1622": "1311", "1623": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                  "17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                  "175": "137", "18": "138", "19": "138", "20": "138", "191": "1381", "192": "1382",
                  "190": "1384", "193": "1384", "194": "1384", "195": "1384", "183": "1383", "180": "1383"}


def intended_code(code: str) -> str:
    """The 03x or 13x code for an intention to do `code` ("pledged to deepen ties", "vowed to strike")."""
    root = code[:2]
    if root in ("03", "13"):
        return code
    table = HOSTILE_INTENT if root >= "10" else COOP_INTENT
    for k in (code, code[:3], root):
        if k in table:
            return table[k]
    return "130" if root >= "10" else "030"


def refusal_code(code: str) -> str:
    """The 12x code for refusing to do `code`: refusing to meet is 125, to release 1243, to comment 011."""
    for k, v in (("0841", "1243"), ("085", "1244"), ("086", "1245"), ("087", "1246"), ("045", "126"),
                 ("057", "127"), ("037", "127"), ("04", "125"), ("06", "121"), ("07", "122"), ("08", "124"),
                 ("01", "011")):  # "declined to comment", "a refusé de commenter": decline comment
        if code.startswith(k):
            return v
    return "120"


def halted_code(code: str) -> str | None:
    """The 16x code for halting a cooperative act `code`: aid and cooperation (162x, 160), talks (164), mediation
    (165), diplomatic cooperation (161); None for acts whose halting is no reduction of relations."""
    for k, v in (("061", "1621"), ("071", "1621"), ("062", "1622"), ("072", "1622"), ("073", "1623"), ("07", "162"),
                 ("06", "160"), ("045", "165"), ("04", "164"), ("05", "161")):
        if code.startswith(k):
            return v
    return None


class TriggerMixin(SpeechMixin, DatePlaceMixin):
    """Finds the triggers of a sentence, with their codes, modality and arguments."""

    def _triggers(self, si: int) -> list[Trigger]:
        s = self.doc.sentences[si]
        out: list[Trigger] = []
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if self.lang == "fr" and t.lemma in ("avoir", "être") and t.pos in ("VERB", "AUX") and \
                    self._kids(t.i, SUBJ | OBJ):
                for k in self._kids(t.i, {"advmod", "amod", "xcomp", "obj", "acl"}):
                    if k.pos in ("ADV", "ADJ", "NOUN") and k.i == t.i + 1 and (
                            self.verbs.get(lexicon.norm(k.text)) or self.verbs.get(lemma_of(k))):
                        self.lemma_override[t.i] = k  # the participle, mis-tagged, carries the meaning
                        self.consumed.add(k.i)
            if t.pos in ("VERB", "AUX") or (t.pos in ("ADJ", "NOUN") and t.tag in ("VBN", "VBD", "VBG")) or \
                    self._mistagged_verb(t):
                trig = self._verb_trigger(t)
                if trig and trig.code == "172" and lemma_of(t) in RENEW:
                    # « a décidé de ne pas renouveler l'autorisation d'émettre de la chaîne »: the permit withdrawn
                    trig = replace(trig, modality="asserted") if trig.modality == "negated" else None
                    if trig is not None:
                        trig.targets = self._permit_holders(t, trig.sources) or trig.targets
                if trig:
                    if trig.modality == "negated":
                        self._stated_refusal(trig, t)
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("VERB", "AUX") and lemma_of(t) in self.cues["reporting"]:
                trig = self._must(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("VERB", "AUX") and lemma_of(t) in WARN:
                trig = self._threat(t)
                if trig:  # the threat replaces what the warning verb alone gave (130)
                    out = [o for o in out if o.token != i or o.code[:2] not in ("13", "01")] + [trig]
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos == "ADJ" and lemma_of(t) in (self.cues["evaluative_negative"] | self.cues["evaluative_positive"]) \
                    or t.pos == "NOUN" and lemma_of(t) in self.cues["label_negative"]:
                trig = self._evaluation(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("ADJ", "VERB") and (lemma_of(t) in self.cues.get("mood_pessimistic", frozenset()) |
                                             self.cues.get("mood_optimistic", frozenset())):
                trig = self._mood(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("NOUN", "PROPN") and i not in self.consumed:
                trig = self._noun_trigger(t, si)
                if trig:
                    out.append(trig)
        return out

    def _mistagged_verb(self, t: Token) -> bool:
        """The small French model tags many present-tense verbs as nouns or adjectives ("Le Niger retire ses
        troupes"): a non-verb at the root of its clause with a subject or object is read as a verb."""
        if t.pos not in ("NOUN", "ADJ", "ADV", "PROPN") or t.i in self.consumed:
            return False
        if t.dep not in ("ROOT", "root", "conj", "ccomp", "xcomp", "advcl"):
            return False
        if not self._kids(t.i, SUBJ | OBJ):
            return False
        return bool(self.verbs.get(lemma_of(t)) or self.verbs.get(lexicon.norm(t.text)) or
                    self.verbs.get(self._fr_participle_infinitive(t)))

    def _verb_trigger(self, t: Token) -> Trigger | None:
        if t.dep in ("relcl", "acl:relcl", "acl", "advcl") and self._habitual_past(t):
            return None  # "Niamey, which has in the past denied any such talks": what it used to do, not news
        denial = self._denial_by_naming(t)
        if denial is not None:
            return denial if denial.sources else None
        # "designated the gang a foreign terrorist organization" names it to sanction it
        listing = lemma_of(t) in LISTING and self._terror_listing(t)
        if not listing and (self._kids(t.i, {"oprd"}) or (lemma_of(t) in NAMING_VERBS and [
                k for k in self._kids(t.i, {"xcomp", "oprd"}) if lemma_of(k) not in TIME_WORDS])):
            return None  # "called the strike a grave mistake": naming, not an event
        handled, stance = self._stance_verb(t)
        if handled:
            return stance
        if lemma_of(t) in RESPOND and self._manner_act(t):
            return None  # "Paris hit back by expelling 12 diplomats": the expulsion is the answer
        entry = self._verb_entry(t)
        if entry is not None and entry.code == "041" and lemma_of(t) in ("call", "appeler") and any(
                not self._actors_in(o.i)[0] for o in self._objects(t)):
            return None  # "called the decision hasty": naming a thing, not telephoning anyone
        code, kind = self._entry_code(t, entry)
        if listing:
            code, kind = "163", "verb"  # a terrorist listing is a sanction
        if lemma_of(t) in HALT and not (code and code[:2] == "16"):
            halted = self._halted(t)
            code = halted or code  # « a suspendu sa coopération militaire avec la France »
        conf = 0.8 if entry is not None and entry.code != "light" and entry.object else 0.7
        lemma = lemma_of(t)
        phr = " ".join([lemma] + [lexicon.norm(k.text) for k in self._kids(t.i, {"prt", "compound:prt"})])
        if phr in GATHER or lemma in GATHER:
            gcode = self._gather_subject(t)
            subj_tok = self._subject_token(t)
            if gcode is not None or (subj_tok is not None and not self._actors_in(subj_tok.i)[0] and (
                    code is None or code[:2] == "04")):
                code, kind = gcode or code or "040", "gather"
        if lemma in OPPOSE or phr in OPPOSE:
            opposed = self._opposed(t)
            if opposed is not None:
                return opposed
        if code is None:
            code, kind = self._pledged_noun(t)
            if code is None:
                return None
        objs_now = self._objects(t)
        if code[:2] in VIOLENT_ROOTS and objs_now and all(lemma_of(o) in ABSTRACT for o in objs_now):
            return None  # "help the country fight terrorism": a policy aim, not an attack on anyone
        if code[:2] == "11" and t.dep in ("acl", "amod", "conj", "advcl") and not self._kids(t.i, SUBJ) and \
                ("Tense=Past" in t.morph or t.tag == "VBN") and lemma_of(t) in ("accuse", "accuser"):
            return self._accused_in_passing(t, code)
        if code[:2] in VIOLENT_ROOTS and self._by_accident(t):
            return None
        if lemma_of(t) in DISPATCH and self._mission(t) is not None:
            return None  # the dispatch is told by its purpose: the inquiry or mediation under way
        if code == "141" and lemma_of(t) in CROWD_VERBS and not self._protesting(t):
            return None  # "residents gathered for Palm Sunday": a crowd, not a demonstration
        if lemma_of(t) in CAUSATIVE and any(self._causee(x) is not None for x in self._kids(t.i)) and \
                not any(self._actors_in(s.i)[0] for s in self._kids(t.i, SUBJ)):
            return None  # "the killings forced Niger to recall": a cause, no one forcing anyone
        if self._told_in_passing(t, code):
            return None
        trig = Trigger(t.i, code, kind, conf)
        self._modality(trig, t)
        self._arguments(trig, t, entry)
        self._recode_with_arguments(trig, t, kind)
        return trig

    def _denial_by_naming(self, t: Token) -> Trigger | None:
        """"called the Malian accusations baseless", « a qualifié de mensonges les accusations »: naming an
        accusation a falsehood denies it (016), against whoever made it."""
        if lemma_of(t) not in NAMING_VERBS or not self._object_lemmas(t) & ACCUSATION:
            return None
        said = {lemma_of(self.doc.tokens[j]) for k in self._kids(t.i, {"xcomp", "oprd", "obl", "obl:arg", "obl:mod"} | OBJ)
                for j in self.doc.subtree(k.i)}
        if not (said & FALSEHOOD or {"sans", "fondement"} <= said or {"without", "foundation"} <= said):
            return None
        trig = Trigger(t.i, "016", "verb", 0.6)
        self._modality(trig, t)
        self._arguments(trig, t, None)
        trig.targets = self._accuser(t, trig.sources)  # not every body named on the accusation
        return trig

    def _stance_verb(self, t: Token) -> tuple[bool, Trigger | None]:
        """Verbs of intention and refusal: whether they settle the matter, and the trigger they give. "threatened
        to cut ties" leaves the inner event to be coded, intended; « a exclu toute réouverture de la frontière »
        and "refused to meet Jordan's King Abdullah" are refusals of the act named."""
        lemma0 = lemma_of(t)
        if lemma0 not in self.cues["intention_cooperative"] | self.cues["intention_hostile"] | self.cues["refusal"]:
            return False, None
        inner = [x for x in self._kids(t.i, {"xcomp"}) if self._codes_something(x)]
        if inner and lemma0 not in self.cues["refusal"]:
            return True, None
        if not inner:
            refused = self._refused_act(t) if lemma0 in self.cues["refusal"] else None
            return refused is not None, refused
        code = self._refused(inner[0])
        if not code:
            return False, None
        trig = Trigger(t.i, code, "verb", 0.7)
        self._modality(trig, t)  # "accusing Tehran of failing to meet": not asserted
        self._arguments(trig, t, None)
        if code == "011":
            trig.targets = []  # declining to comment addresses no one; its topic is no party
        elif code == "172":  # "refused to renew the licence of the channel"
            trig.targets = self._permit_holders(inner[0], trig.sources) or trig.targets
        else:  # whom the refused act was for, before anyone named later in the clause (« ..., invoquant la colère »)
            trig.targets = [a for a in self._targets(inner[0], self._verb_entry(inner[0]))
                            if a not in trig.sources] or trig.targets
        return True, trig

    def _entry_code(self, t: Token, entry: VerbEntry | None) -> tuple[str | None, str]:
        """The code a verb's lexicon entry gives here, and the trigger's kind: a support verb takes its event
        noun's ("procéder à des frappes"), through a quantity (« plusieurs dizaines d'interpellations »); the
        nouns that are this event's object are consumed so that they are not coded again."""
        code, kind = None, "verb"
        if entry and entry.code == "light" and lemma_of(t) in RENEW and self._object_lemmas(t) & PERMITS:
            return "172", "verb"  # (asserted only when not done: see the caller)
        if entry and entry.code == "light":
            for o in self._objects(t) + self._kids(t.i, {"obl", "obl:arg", "prep"}) + \
                    [d for d in self._described(t) if self._named_agent(t) and not self._violent_noun(d)]:
                if o.dep == "prep":
                    o = (self._kids(o.i, {"pobj"}) or [o])[0]
                if lemma_of(o) in QUANTITY:  # "a series of raids"
                    o = next(iter(self._counted_nouns(o)), o)
                n = self._noun_entry(o)
                if n:
                    code, kind = n.code, "light"
                    self.consumed.add(o.i)
                    break
        elif entry:
            code = entry.code
            for o in self._objects(t):
                n = self._noun_entry(o)
                if lemma_of(t) in CLAIM and n is not None and n.code[:2] in VIOLENT_ROOTS:
                    continue  # "JNIM a revendiqué l'attaque": the attack is coded too, with JNIM as its source
                self.consumed.add(o.i)
                if entry.object:  # "a suspendu une partie de son aide": the aid is this event's object, not another
                    self.consumed.update(k.i for k in self._kids(o.i, {"compound", "nmod", "conj"})
                                         if lemma_of(k) in entry.object)
            subj = self._kids(t.i, SUBJ)
            n = self._noun_entry(subj[0]) if subj else None
            if n and n.code[:2] in VIOLENT_ROOTS and code[:2] in VIOLENT_ROOTS:
                code = n.code  # "des frappes de drones ont tué 21 civils": the strikes are the event
                self.consumed.add(subj[0].i)
        if code is not None and code[:2] == "17" and any(
                lexicon.norm(m.text) in ("that", "que", "qu") for c in self._kids(t.i, {"ccomp"})
                for m in self._kids(c.i, {"mark"})):
            code = "112"  # "charging that Paris had acted against Niger": a charge made in words is an accusation
        if code is not None and code[:2] == "14" and lemma_of(t) in ("protest", "protester"):
            code = self._protest_in_words(t, code)
        return code, kind

    def _opposed(self, t: Token) -> Trigger | None:
        """« De violents combats ont opposé l'armée aux rebelles »: the fighting noun is the event, the objects
        its one side and the complement the other."""
        subj = self._kids(t.i, SUBJ)
        n = self._noun_entry(subj[0]) if subj else None
        if not n:
            return None
        self.consumed.add(subj[0].i)
        trig = Trigger(t.i, n.code, "verb", 0.7)
        self._modality(trig, t)
        parts: list[Actor] = []
        for o in self._objects(t):
            parts.extend(a for a in self._actors_in(o.i)[0] if a not in parts)
        others: list[Actor] = []
        for k in self._kids(t.i, {"obl", "obl:arg", "prep", "iobj"}):
            o = (self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k
            others.extend(a for a in self._actors_in(o.i)[0] if a not in others and a not in parts)
        trig.sources, trig.targets = (parts, others) if others else (parts, [])
        return trig

    def _pledged_noun(self, t: Token) -> tuple[str | None, str]:
        """"pledged support", « a promis une aide », "pledged $50 million in financing": an intention verb with
        an event noun for object (and no clause) is that event."""
        lemma = lemma_of(t)
        if lemma not in self.cues["intention_cooperative"] | self.cues["intention_hostile"] or \
                self._kids(t.i, {"xcomp", "ccomp"}) or not self._kids(t.i, OBJ):
            return None, "verb"
        objs = self._kids(t.i, OBJ) + [x for p in self._kids(t.i, {"prep"}) if lexicon.norm(p.text) == "in"
                                       for x in self._kids(p.i, {"pobj"})]
        carrier = next((x for x in objs if self._noun_entry(x)), None)
        n = self._noun_entry(carrier) if carrier is not None else None
        if n is None or carrier is None:
            return None, "verb"
        self.consumed.add(carrier.i)
        return n.code, "light"

    def _told_in_passing(self, t: Token, code: str) -> bool:
        """Whether a verb names an event that is not this sentence's news: a past event in a participle, a
        description, a detail or the toll of an act coded at its head, a relative on the event's own noun."""
        past = "Tense=Past" in t.morph or t.tag == "VBN"
        if t.dep in ("acl",) and past and code[:2] not in VIOLENT_ROOTS and \
                not (code == "015" and self._kids(t.i, AGENT)) and not self._named_agent(t) and \
                not self._kids(t.i, {"aux", "aux:tense", "mark"}):  # (« C'est à Niamey que se sont réunis »: finite)
            # "l'accord de paix signé en 2015": a past event named in passing, not today's news; but "l'assaut,
            # revendiqué par le JNIM," is the claim being reported
            return True
        participle = self._present_participle(t)
        if participle and t.dep == "acl" and code[:2] not in VIOLENT_ROOTS and self.lang == "en" and not (
                code[:2] in ACCUSE_ROOTS and lemma_of(self.doc.tokens[t.head]) in DOCUMENTS):
            # "jihadists travelling on motorbikes", "a resolution calling for a truce": descriptions; but "filed
            # a case accusing Israel of genocide" is the filer's accusation
            return True
        if participle and t.dep in ("advcl", "acl", "xcomp", "conj") and lemma_of(t) in ELABORATE:
            return True  # "adopted sanctions against Russia, targeting its shadow fleet": the same act, detailed
        if participle and t.dep in ("advcl", "acl", "xcomp") and t.head != t.i:
            gov = t.head if self.doc.tokens[t.head].pos in ("VERB", "AUX") else self._governing_verb(self.doc.tokens[t.head])
            head_entry = self._verb_entry(self.doc.tokens[gov]) if gov is not None else None
            if head_entry and head_entry.code != "light" and head_entry.code[:3] == code[:3]:
                return True  # "signed a treaty creating the confederation": the same event, told twice
        if code[:2] in VIOLENT_ROOTS and t.dep in ("advcl", "conj", "xcomp") and participle and t.head != t.i:
            head_entry = self._verb_entry(self.doc.tokens[t.head])
            head_noun = [self._noun_entry(o) for o in self._kids(t.head, OBJ)]
            if (head_entry and head_entry.code[:2] in VIOLENT_ROOTS) or \
                    any(n and n.code[:2] in VIOLENT_ROOTS for n in head_noun):
                return True  # "attacked the camp, killing 12": one event, its toll in `size`
        if code[:2] in VIOLENT_ROOTS:
            subj = self._kids(t.i, SUBJ)
            if subj and subj[0].lower in RELATIVE and t.dep in ("relcl", "acl:relcl") and t.head != t.i:
                ante = self._noun_entry(self.doc.tokens[t.head])
                if ante is not None and ante.code[:2] in VIOLENT_ROOTS:
                    return True  # "the massacre, which killed 130 people": the massacre is the event
        return False

    def _terror_listing(self, t: Token) -> bool:
        """Whether a listing verb puts its object on a terrorist list (« a inscrit le cartel sur sa liste des
        organisations terroristes », "designated X as a foreign terrorist organization")."""
        words = {lemma_of(self.doc.tokens[j]) for k in self._kids(t.i) if k.dep not in SUBJ | {"ccomp", "advcl"}
                 for j in self.doc.subtree(k.i)}
        return bool(words & TERRORIST) and bool(words & LISTED_AS)

    def _between(self, t: Token) -> list[Actor]:
        """The parties a verb or its object names with "between" / « entre », the list kept whole."""
        for k in self._kids(t.i, {"prep", "obl", "obl:mod", "obl:arg", "nmod"}) + [
                x for o in self._objects(t) for x in self._kids(o.i, {"prep", "nmod"})]:
            if self._prep_word(k) in ("between", "entre", "entrer"):
                inner = next(iter(self._kids(k.i, {"pobj"})), k)
                m = self.by_token.get(inner.i)
                got = self._actors_in(inner.i)[0]
                if m is not None and standalone(m):
                    pool = [x for x in self.mentions if x.sentence == t.sent and standalone(x)]
                    got = got + [a for a in self._group_of(m, pool, both=True) if a not in got]
                return got
        return []

    def _habitual_past(self, t: Token) -> bool:
        """Whether a clause is placed in an undated past ("in the past", "previously", « par le passé »,
        « à plusieurs reprises »)."""
        for k in self._kids(t.i, {"prep", "obl", "obl:mod", "advmod", "npadvmod"}):
            words = " ".join(lexicon.norm(self.doc.tokens[j].text) for j in sorted(self.doc.subtree(k.i)))
            if any(p == words or words.endswith(" " + p) or words.startswith(p + " ") for p in PAST_TIMES):
                return True
        return False

    def _protesting(self, t: Token) -> bool:
        """Whether a crowd gathers to protest or support something: a purpose clause (« pour dénoncer »), a
        place of protest ("outside parliament", « devant le palais »), something against, or a protest noun."""
        for k in self._kids(t.i):
            if k.dep in ("advcl", "xcomp", "acl") and self._purpose(k):
                return True
            if self._prep_word(k) in PROTEST_PLACES:
                return True
        words = {lemma_of(self.doc.tokens[j]) for j in self.doc.subtree(t.i)}
        return bool(words & PROTEST_WORDS)

    def _by_accident(self, t: Token) -> bool:
        """Whether what killed is a mishap, not an attacker: "the crash of a helicopter that killed all eight on
        board", « un incendie a tué dix personnes », « le naufrage d'une pirogue a fait 40 morts »."""
        for s in self._kids(t.i, SUBJ):
            nouns = [s]
            if s.lower in RELATIVE and t.dep in ("relcl", "acl:relcl") and t.head != t.i:
                nouns = [self.doc.tokens[t.head]]  # the relative's antecedent, or the noun it complements
                for _ in range(2):  # ("the crash of a helicopter that killed": of what the helicopter is part)
                    n = nouns[-1]
                    up = self.doc.tokens[n.head] if n.head != n.i else n
                    up = self.doc.tokens[up.head] if up.pos == "ADP" and up.head != up.i else up
                    if up.pos not in ("NOUN", "PROPN") or up.i == n.i:
                        break
                    nouns.append(up)
            for n in nouns:
                if (lemma_of(n) in ACCIDENTS or lexicon.norm(n.text) in ACCIDENTS) and not any(
                        lemma_of(k) in NOT_MISHAP for k in self._kids(n.i, {"compound", "amod", "nmod"})):
                    return True
        return False

    def _violent_noun(self, t: Token) -> bool:
        n = self._noun_entry(t)  # (« les frappes menées par Washington contre » is coded at the noun, with its aim)
        return n is not None and n.code[:2] in VIOLENT_ROOTS

    def _participle_act(self, trig: Trigger) -> bool:
        """Whether a trigger is a past participle describing its noun by what a named actor did to it."""
        t = self.doc.tokens[trig.token]
        return trig.kind in ("verb", "light") and bool(self._described(t)) and trig.code[:2] not in VIOLENT_ROOTS \
            and self._named_agent(t)

    def _manner_act(self, t: Token) -> bool:
        """Whether a verb's manner complement ("by expelling", « en expulsant ») is coded on its own."""
        for k in self._kids(t.i, {"prep", "advcl", "xcomp"}):
            if k.dep == "prep" and lexicon.norm(k.text) == "by":
                if any(self._codes_something(p) for p in self._kids(k.i, {"pcomp"})):
                    return True
            elif k.dep != "prep" and any(lexicon.norm(c.text) == "en" for c in self._kids(k.i, {"case", "mark"})):
                if self._codes_something(k):
                    return True
        return False

    def _halted(self, t: Token) -> str | None:
        """The reduction a halting verb makes when its object is a cooperative act ("halted intelligence sharing",
        « a gelé son aide budgétaire »), or the role of one who does it (« a renoncé à son rôle de médiateur »,
        "ended its role as mediator")."""
        objs = self._objects(t) + [k for k in self._kids(t.i, {"obl", "obl:arg"}) if self._case_word(k) in ("a", "à")]
        for o in objs:
            for n in [o] + self._kids(o.i, {"compound", "nmod", "amod"}):
                entry = self._noun_entry(n)
                code = halted_code(entry.code) if entry is not None else None
                if code:
                    self.consumed.add(n.i)
                    return code
            if lemma_of(o) in ROLE_NOUNS:
                held = self._kids(o.i, {"nmod", "appos"}) + [x for p in self._kids(o.i, {"prep"})
                                                             for x in self._kids(p.i, {"pobj"})]
                code = next((halted_code(ACTING_NOUNS[lemma_of(h)]) for h in held if lemma_of(h) in ACTING_NOUNS), None)
                if code:
                    self.consumed.add(o.i)
                    return code
        return None

    def _told_to_leave(self, t: Token) -> bool:
        """Whether a verb's complement is to leave the country (or just to leave), wherever the parser hangs it:
        on the verb, or on its object (« a sommé le représentant de quitter le territoire »)."""
        told = self._objects(t) + self._kids(t.i, {"iobj", "obl", "obl:arg", "dative"})
        for _ in range(2):  # « le chef de la délégation du CICR de quitter »: two complements down
            told += [n for o in told for n in self._kids(o.i, {"nmod"}) if n not in told]
        hung = self._kids(t.i, {"xcomp", "advcl", "acl"}) + [k for o in told for k in self._kids(o.i, {"acl", "xcomp"})]
        return any(lemma_of(k) in LEAVE and (not self._objects(k) or any(
            lemma_of(o) in LEFT_LAND for o in self._objects(k))) for k in hung)

    def _recode_with_arguments(self, trig: Trigger, t: Token, kind: str) -> None:
        """What the arguments and the verb's complements change in a trigger's code and modality."""
        if lemma_of(t) in BROKER and trig.code in SYMMETRIC and len(trig.sources) == 1:
            between = self._between(t)
            if len(between) >= 2 and trig.sources[0] not in between:
                # « a obtenu un cessez-le-feu entre les États-Unis et les Houthis »: the parties make the truce,
                # whoever obtained it mediated (045)
                self.brokers.setdefault(t.sent, []).append((t.i, trig.sources[0]))
                trig.sources, trig.targets = between, []
        if trig.code == "165" and len(trig.targets) < 2:
            # « a renoncé à son rôle de médiateur entre la RDC et le Rwanda »: the parties are those it mediated between
            for k in [t] + self._objects(t) + self._kids(t.i, {"obl", "obl:arg"}):
                between = [a for a in self._between(k) if a not in trig.sources]
                between = between or [a for n in self._kids(k.i, {"nmod", "appos"}) for a in self._between(n)
                                      if a not in trig.sources]
                if len(between) >= 2:
                    trig.targets = between
                    break
        if (trig.code == "139" or (trig.code[:2] == "10" and lemma_of(t) in self.cues["command"])) and self._told_to_leave(t):
            # « a donné 72 heures à l'ambassadeur pour quitter le pays », "ordered the envoy to leave the country"
            trig.code = "174"
            # (the country to be left is where they are, not whom the order is aimed at)
            trig.targets = [a for a in trig.targets if side(a) not in {side(s) for s in trig.sources} and
                            not a.id.startswith("---")] or trig.targets
        if kind == "light" and trig.modality == "asserted" and \
                lemma_of(t) in self.cues["intention_cooperative"] | self.cues["intention_hostile"]:
            trig.modality = "intended"  # "pledged $50 million in financing", « souhaite une coopération »
        if kind == "light" and trig.code[:2] in VIOLENT_ROOTS and lemma_of(t) in SUFFER:
            # « l'armée a subi une embuscade », "the convoy came under attack": the subject is the victim, and the
            # doer is whoever the noun names ("an ambush by JNIM fighters"), else an unidentified armed group
            noun = next((self.doc.tokens[i] for i in self.consumed if self.doc.tokens[i].head == t.i or
                         self.doc.tokens[self.doc.tokens[i].head].head == t.i), None)
            trig.targets = trig.sources
            trig.sources = self._claimant(noun) if noun is not None else []
        if trig.code == "166" and trig.targets and all(
                a is not None and a.country is None and a.kind in ("IGO", "JUD") for a in trig.targets):
            trig.code = "161"  # "pulling out of the ICC / ECOWAS": leaving a body cuts relations, no troops move
        if trig.modality == "intended":
            trig.code = intended_code(trig.code)

    def _permit_holders(self, renewal: Token, sources: list[Actor]) -> list[Actor]:
        """The bodies a permit not renewed was held by, however deep in the object (« l'autorisation d'émettre de la
        chaîne C8 »)."""
        return [m.actor for o in self._objects(renewal) for j in self.doc.subtree(o.i)
                if (m := self.by_token.get(j)) is not None and m.start == j and m.type in ("org", "unknown") and
                m.actor not in sources]

    def _codes_something(self, t: Token) -> bool:
        """Whether a verb would be coded on its own (a support verb only with a known event noun)."""
        e = self._verb_entry(t)
        if e is None:
            return False
        if e.code != "light":
            return True
        return any(self._noun_entry(o) for o in self._objects(t)) or (
            lemma_of(t) in RENEW and bool(self._object_lemmas(t) & PERMITS))  # "refused to renew the licence"

    def _accused_in_passing(self, t: Token, code: str) -> Trigger | None:
        """"l'arrestation d'un ressortissant français accusé d'espionnage", "la BBC, accusée de relayer de fausses
        informations": whoever acts on the accused in the main clause is the one accusing them; « l'Ukraine,
        accusée par Bamako de soutenir », with its agent, is that agent's accusation of the actor it hangs on."""
        if self._kids(t.i, AGENT):
            trig = Trigger(t.i, code, "verb", 0.7)
            self._modality(trig, t)
            self._arguments(trig, t, self._verb_entry(t))
            before = self._actor_before(t.i, t.sent)
            if not trig.targets and before is not None and before not in trig.sources:
                trig.targets = [before]  # "un ressortissant français, accusé par Bamako", hung on the verb
            return trig if trig.sources and trig.targets else None
        head = self.doc.tokens[t.head]
        gov_i = head.i if head.pos in ("VERB", "AUX") else self._governing_verb(head)
        if gov_i is None:
            return None
        gov = self.doc.tokens[gov_i]
        sources, _ = self._sources(gov)
        if not sources:
            return None
        mine = {side(a) for a in sources} | {a.country for a in sources if a.country}
        cands = [head] if head.pos in ("NOUN", "PROPN") else []
        j = t.i - 1
        while j > 0 and self.doc.tokens[j].pos == "PUNCT":
            j -= 1
        if j in self.by_token:  # the actor the participle follows, set off by a comma
            cands.append(self.doc.tokens[self._mention_head(self.by_token[j])])
        cands += self._kids(gov.i, PASS_SUBJ | OBJ)  # else the one the main clause acts on
        for c in cands:
            got = [a for a in self._actors_in(c.i)[0] if side(a) not in mine and a.country not in mine]
            if got:
                return Trigger(t.i, code, "verb", 0.6, sources=sources, targets=got)
        return None

    def _refused(self, inner: Token) -> str | None:
        """"refused to meet" is 125, "refused to release" 1243, "declined to comment" 011: the refusal takes its
        code from what was refused."""
        e = self._verb_entry(inner)
        if lemma_of(inner) in RENEW and self._object_lemmas(inner) & PERMITS:
            return "172"  # "refused to renew the licence of the channel": the permit withdrawn
        if e is None or e.code == "light":
            return "120"
        return refusal_code(e.code)

    def _investigates(self, v: Token) -> bool:
        """The verb, or its object noun, is an inquiry (09): "opened an inquiry", « a ouvert une enquête »."""
        ve = self._verb_entry(v)
        if ve is not None and ve.code[:2] == "09":
            return True
        return any((n := self._noun_entry(o)) is not None and n.code[:2] == "09" for o in self._objects(v))

    def _refused_act(self, t: Token) -> Trigger | None:
        """A refusal whose object names a cooperative act: refusing the act (« a exclu toute réouverture de la
        frontière avec le Bénin » is 12x against Benin)."""
        for o in self._objects(t):
            n = self._noun_entry(o)
            if n is None or n.code[:2] not in REFUSABLE_ROOTS:
                continue
            self.consumed.add(o.i)
            trig = Trigger(t.i, refusal_code(n.code), "verb", 0.6)
            self._modality(trig, t)
            self._arguments(trig, t, None)
            if not trig.targets:  # the partner of the refused act: "de la frontière avec le Bénin"
                trig.targets = [m.actor for j in self.doc.subtree(o.i) if j != o.i and (m := self.by_token.get(j))
                                and m.start == j and m.type not in ("modifier", "sector_modifier")
                                and m.actor not in trig.sources]
            return trig
        return None

    def _protest_in_words(self, t: Token, code: str) -> str:
        """"protested that the authorities were failing ...", "..., a rights group protested": a protest with a
        content clause is a criticism in words (111); « a protesté auprès de l'Algérie », "protested to the
        embassy" an official complaint (114); otherwise a street protest."""
        if self._kids(t.i, {"ccomp"}):
            return "111"
        for k in self._kids(t.i, {"prep", "obl", "obl:arg", "obl:mod"}):
            if self._prep_word(k) in ("to", "aupres"):
                return "114"
        if any(lexicon.norm(k.text) == "aupres" for k in self._kids(t.i, {"advmod"})):
            return "114"  # the small French model makes « auprès » an adverb
        return code

    def _stated_refusal(self, trig: Trigger, t: Token) -> None:
        """"said it would not meet the demands", "Bamako will not allow ...", « le Niger ne livrera pas »: a
        cooperative act its doer says it will not do is a refusal, asserted (12x), not a negated act."""
        if trig.code[:2] not in REFUSABLE_ROOTS:
            return
        gov = self.doc.tokens[t.head] if t.head != t.i else None
        reported = t.dep == "ccomp" and gov is not None and lemma_of(gov) in self.cues["reporting"]
        future = "Tense=Fut" in t.morph or (reported and self._conditional(t)) or (
            t.dep == "xcomp" and gov is not None and lemma_of(gov) == "aller")  # « ne va pas renouveler »
        for a in self._kids(t.i, {"aux", "aux:tense"}):
            if a.lower in ("will", "wo", "shall", "'ll") or lemma_of(a) == "aller":
                future = True
            elif a.lower in ("would", "'d") or self._conditional(a):
                future = future or reported  # "said it would not": the future of reported speech
        if not future:
            return
        code = refusal_code(trig.code)
        if code[:2] == "12":
            trig.code, trig.modality = code, "asserted"

    def _gather_subject(self, t: Token) -> str | None:
        """For "X, which brought together A and B": the code of the meeting noun X, if X is one."""
        subj = self._subject_token(t)
        if subj is None:
            return None
        if subj.lower in RELATIVE and t.dep in ("relcl", "acl:relcl") and t.head != t.i:
            subj = self.doc.tokens[t.head]  # "The gathering, which brought together ..."
        n = self._noun_entry(subj)
        if n and n.code[:2] in MEETING_ROOTS:
            return n.code
        return None

    def _noun_trigger(self, t: Token, si: int) -> Trigger | None:
        entry = self._noun_entry(t)
        if entry is None:
            return None
        if self.lang == "fr" and t.dep == "nmod" and self.doc.tokens[t.head].pos == "NOUN" and \
                self._case_word(t) in ("de", "d") and not self._kids(t.i, {"det"}) and \
                entry.code[:2] in VIOLENT_ROOTS and self._noun_entry(self.doc.tokens[t.head]) is None:
            return None  # « des hélicoptères de combat », « une zone de combat »: a kind of thing, not an event
        dets = {k.lower for k in self._kids(t.i, {"det"})}
        date = self._date_for(t.i)
        place = self._place_for(t.i)
        sources: list[Actor] = []
        pron = False
        for k in self._kids(t.i, {"poss", "nmod:poss"}):
            got, pron = self._actors_in(k.i)
            sources.extend(got)
        for k in self._kids(t.i, {"amod", "compound"}):
            m = self.by_token.get(k.i)
            if m and m.actor not in sources:
                sources.append(m.actor)
        targets: list[Actor] = []
        done: set[int] = set()
        if entry.code[:2] == "16" and not sources:
            sources, targets, done = self._withdrawal_sides(t)
        between = self._noun_complements(t, entry, sources, targets, done) or self._parties_where_it_happened(t)
        if not sources:  # "the expulsion of three diplomats by Burkina Faso": "by" hung on what was done
            sources = self._noun_agents(t)
            targets = [a for a in targets if a not in sources]
        if not targets and entry.code[:2] in VIOLENT_ROOTS:
            targets = [a for a in self._victims_of(t) if a not in sources]  # "died in an attack on Sunday"
        if not targets and sources and entry.code[:2] == "07":
            targets = [a for a in self._actors_after(t, ("a", "à", "au", "aux", "to"), first=True) if a not in sources]
        if len(between) == 1:  # "entre Israël et le Hamas" where the parser split the pair
            first = next((m for m in self.mentions if m.actor == between[0] and m.sentence == si), None)
            if first is not None:
                pool = [x for x in self.mentions if x.sentence == si and standalone(x)]
                between = self._group_of(first, pool, both=True)
        if len(between) >= 2 and not sources:
            sources, targets = [between[0]], between[1:]
        if not sources:
            sources, targets, pron = self._noun_claimant(t, entry, targets, pron)
        inherited_from: int | None = None
        if not sources:
            sources, targets, pron, inherited_from = self._announcer(t, targets, pron)
        if entry.code[:3] == "042" and not targets and place is not None and place.country:
            targets = [country_actor(place.country, "GOV")]  # « En visite en Tanzanie, le président allemand »
        if not sources and targets and entry.code[:2] in ("04", "05", "03", "06", "07") and \
                t.dep in ("pobj", "obl", "obl:mod", "obl:arg", "nmod", "appos", "npadvmod"):
            # "travelled to Bamako for talks with Goita": the traveller talks; « lors d'un entretien avec »,
            # which the French parser hangs on « lors » (obl:arg), is the speaker's meeting
            gov = self._governing_verb(t)
            if gov is not None:
                got, pron = self._sources(self.doc.tokens[gov])
                sources = [a for a in got if a not in targets]
                inherited_from = gov
        if sources and not targets and entry.code[:2] in VIOLENT_ROOTS:
            home = (place.country if place else None) or self._sentence_country(si)
            claimed = t.dep in ("obj", "dobj") and lemma_of(self.doc.tokens[t.head]) in CLAIM
            if home and all(a.country != home or (claimed and a.kind in NON_STATE) for a in sources):
                # "JNIM claimed the attack in Bamako"; « le CSP a revendiqué l'attaque du camp de Bourem »: rebels
                # strike their own state
                targets = [country_actor(home)]
        if not sources and not targets:
            if entry.code[:2] in MEETING_ROOTS:
                gov = self._governing_verb(t)
                if gov is not None:  # "met at a summit in Niamey on July 6": the verb holds the date
                    date = date or self._date_for(gov)
                    place = place or self._place_for(gov)
                self.pending.append(Pending(t.i, entry.code, si, date, place, lemma_of(t)))
            return None
        if self._noun_told_in_passing(t, entry):
            return None
        # (a force posture needs no one it is aimed at: « a annoncé l'envoi de 3 000 soldats dans le nord du pays »)
        acts_at_home = entry.code[:2] in DOMESTIC_ROOTS | {"15"} or entry.code[:3] in DOMESTIC | {"171"}
        if not (sources and (targets or (inherited_from is not None and acts_at_home))):
            # a bare mention ("the attack on the convoy") is not coded unless it has both sides or is violent;
            # nor is one in a time phrase ("during a three-day assault on the camp"): it is the main event's
            # (an act "after" which something happened, told with its doer and its own relative clause, is an act of
            # its own: « après l'attaque jihadiste qui a coûté la vie à une cinquantaine de soldats »; not one with
            # no doer: « après l'attaque qui a coûté la vie à 54 soldats », GUIDE rule 14)
            temporal = t.dep in ("pobj", "obl", "obl:mod") and self._case_word(t) in TEMPORAL and not (
                self._case_word(t) in BEFOREHAND and self._kids(t.i, {"relcl", "acl:relcl"}) and any(
                    lemma_of(k) in ARMED_ADJECTIVES or lexicon.norm(k.text) in ARMED_ADJECTIVES or
                    (k.i in self.by_token and self.by_token[k.i].actor.kind in ARMED_KINDS)
                    for k in self._kids(t.i, {"amod", "compound", "poss", "nmod:poss"})))
            if not (entry.code[:2] in VIOLENT_ROOTS and targets) or temporal:
                return None
        trig = Trigger(t.i, entry.code, "noun", 0.5, sources=sources, targets=targets, pronoun=pron)
        self._noun_modality(trig, t, inherited_from)
        if dets & DEFINITE and entry.code[:2] in MEETING_ROOTS:
            trig.antecedent = t.i
        return trig

    def _withdrawal_sides(self, t: Token) -> tuple[list[Actor], list[Actor], set[int]]:
        """Who leaves and where from, in a withdrawal noun's complements, and the complements used: "the
        withdrawal of Mali, Burkina Faso and Niger from the bloc", « le retrait des troupes françaises du Niger »
        (the French parser hangs the place on either noun)."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        done: set[int] = set()
        if self.lang == "en":
            for k in self._kids(t.i, {"prep"}):
                pobj = next(iter(self._kids(k.i, {"pobj"})), None)
                if pobj is None or lexicon.norm(k.text) not in ("of", "from"):
                    continue
                got = [a for a in self._actors_in(pobj.i)[0] if a.kind in ("GOV", "MIL", "IGO", None)]
                (sources if lexicon.norm(k.text) == "of" else targets).extend(got)
                done.add(k.i)
            return (sources, targets, done) if sources else ([], [], set())
        for k in self._kids(t.i, {"nmod"}):
            if self._case_word(k) not in ("de", "des", "du", "d"):
                continue
            if lemma_of(k) in ENVOYS:
                # « le retour en France de l'ambassadeur au Niger »: the envoy is what is recalled (its sender
                # announces it); the side is where the envoy is posted, not where it goes home to
                posted = [a for x in self._kids(k.i, {"nmod"}) if self._case_word(x) in ("a", "à", "au", "aux", "en")
                          for a in self._actors_in(x.i)[0]]
                return [], posted, ({k.i} if posted else set())
            cands = [self.by_token[x.i] for x in [k] + self._kids(k.i, {"amod"}) if x.i in self.by_token]
            if not cands or cands[0].type not in ("sector", "composite", "org", "adjective"):
                continue
            mover = cands[0]
            if mover.type == "adjective" and mover.actor.country:  # "des troupes françaises"
                mover = replace(mover, actor=country_actor(mover.actor.country, "MIL"))
            if mover.actor.kind not in ("MIL", "IGO", "GOV"):
                continue
            sources.append(mover.actor)
            done.add(k.i)
            inner = self._kids(k.i, {"nmod"})
            inner += [y for x in inner for y in self._kids(x.i, {"nmod"})]  # "des forces des États-Unis du Niger"
            for f in inner + [x for x in self._kids(t.i, {"nmod"}) if x.i != k.i]:
                m = self.by_token.get(f.i)
                if self._case_word(f) in ("de", "du", "d") and m is not None and m.actor.country and \
                        m.actor.country != mover.actor.country:
                    targets.append(country_actor(m.actor.country))
                    done.add(f.i)
            for acl in [] if targets else self._kids(k.i, {"acl"}) + self._kids(t.i, {"acl"}):
                # « des militaires français déployés dans le pays »: where the movers were posted
                for x in self._kids(acl.i, {"obl", "obl:mod", "obl:arg"}):
                    if self._case_word(x) in ("dans", "en", "au", "aux", "a", "sur"):
                        body = self._antecedent_body(x, mover.actor.country) if lemma_of(x) in ("pays", "country") \
                            else None
                        got = [body] if body else self._actors_in(x.i)[0]
                        targets.extend(country_actor(a.country) for a in got
                                       if a.country and a.country != mover.actor.country)
            if not targets:  # "le départ des soldats américains de la base d'Agadez": the place's country
                left = {p.place.country for j in self.doc.subtree(t.i) if (p := self.place_by_token.get(j))
                        and p.place.country and p.place.country != mover.actor.country}
                if len(left) == 1:
                    targets.append(country_actor(left.pop()))
            break
        return sources, targets, done

    def _noun_complements(self, t: Token, entry: NounEntry, sources: list[Actor], targets: list[Actor],
                          done: set[int]) -> list[Actor]:
        """Add the agent ("by", « par ») and the targets an event noun's complements name; return the parties
        named with "between" / « entre »."""
        between: list[Actor] = []
        for k in self._kids(t.i, {"prep", "nmod", "acl"}) + self._framed_partners(t):
            if k.i in done:
                continue
            prep = self._prep_word(k)
            obj = next(iter(self._kids(k.i, {"pobj"})), None) if k.dep == "prep" else k
            if obj is None or prep in LOCATIVE:
                continue
            got, _ = self._actors_in(obj.i)
            if not sources and (prep in ("by", "par") or (entry.code == "045" and prep in MEDIATOR_PREPS)):
                # (« une médiation du Togo », "mediation by Qatar": the mediator, not a party)
                m = self.by_token.get(obj.i)  # « par la Russie de nouveaux hélicoptères à l'armée »: the agent only
                own = standalone(m) and not self._kids(obj.i, {"conj"})
                sources.extend([m.actor] if own and m is not None else got)
            elif prep in ("between", "entre", "among"):
                between.extend(got)
            elif prep in ("on", "about", "sur", "concernant") and entry.code[:2] in ("04", "01", "02", "03") and \
                    prep not in entry.target:
                continue  # "talks on Ukraine": a topic, not a party
            elif prep in (entry.target or NOUN_TARGET.get(self.lang, ())) or prep in NOUN_TARGET.get(self.lang, ()):
                if prep in ("of", "de") and entry.code[:2] not in VIOLENT_ROOTS | {"16", "17"}:
                    continue
                if prep in DE_CASES and not sources and got and entry.code[:2] in VIOLENT_ROOTS and \
                        (all(a.kind in ARMED_KINDS for a in got) or
                         {lemma_of(x) for x in [obj] + self._kids(obj.i, {"amod", "compound"})} & WEAPONS):
                    # armed men or weapons an attack noun is « of » name its doers (« une attaque des rebelles des
                    # ADF contre une église », « une attaque de drones russes »), where a state or a place so named
                    # is what was attacked (« l'attaque de Kidal »)
                    sources.extend(got)
                    continue
                targets.extend(a for a in got if a not in targets)
        return between

    def _framed_partners(self, t: Token) -> list[Token]:
        """« à l'issue d'un entretien avec son homologue », "on the sidelines of a meeting with": the partner phrase
        that the parser hung on the frame noun belongs to the event noun framed."""
        if t.dep not in ("nmod", "pobj") or t.head == t.i:
            return []
        up = self.doc.tokens[t.head]
        if up.dep == "prep" and up.head != up.i:
            up = self.doc.tokens[up.head]
        if lemma_of(up) in TIME_WORDS:  # « plusieurs semaines de discussions entre les deux parties »
            return [k for k in self._kids(up.i, {"nmod", "prep"})
                    if k.i > t.i and self._prep_word(k) in ("avec", "with", "entre", "between")]
        if lemma_of(up) not in FRAME_NOUNS:
            return []
        return [k for k in self._kids(up.i, {"nmod", "prep"}) if k.i > t.i and self._prep_word(k) in ("avec", "with")]

    def _parties_where_it_happened(self, t: Token) -> list[Actor]:
        """The parties an event noun's verb of happening names with "between" / « entre » (« un échange de
        prisonniers a eu lieu dimanche entre la Russie et l'Ukraine »)."""
        if t.dep not in SUBJ | PASS_SUBJ or t.head == t.i:
            return []
        verb = self.doc.tokens[t.head]
        needs = OCCUR.get(lemma_of(verb))
        if needs is None or (needs and needs not in {lemma_of(o) for o in self._kids(verb.i, OBJ)}):
            return []
        out: list[Actor] = []
        heads = [verb] + [o for o in self._kids(verb.i, OBJ) if needs and lemma_of(o) == needs]  # (« eu lieu entre »)
        for k in [k for h in heads for k in self._kids(h.i, {"prep", "obl", "obl:arg", "obl:mod", "nmod"})]:
            if self._prep_word(k) in ("between", "entre", "among", "parmi"):
                inner = self._kids(k.i, {"pobj"}) or [k]
                out.extend(a for a in self._actors_in(inner[0].i)[0] if a not in out)
        return out

    def _noun_claimant(self, t: Token, entry: NounEntry, targets: list[Actor],
                       pron: bool) -> tuple[list[Actor], list[Actor], bool]:
        """The doer of an event noun named by a participle's agent (« la plainte déposée par le Mali contre
        l'Algérie ») or by a verb claiming it ("JNIM claimed responsibility for the assault")."""
        sources = self._claimant(t)
        if sources and not targets:
            acls = self._kids(t.i, {"acl"})
            targets = [a for k in acls for a in self._actors_after(k, ("contre", "against")) if a not in sources] or \
                [a for k in acls for a in self._targets(k, None, skip_objects=True) if a not in sources]
        if not sources and entry.code[:2] in VIOLENT_ROOTS:
            cur = t
            for _ in range(4):  # "a revendiqué l'attaque"
                if cur.head == cur.i:
                    break
                cur = self.doc.tokens[cur.head]
                if cur.pos == "VERB":
                    if lemma_of(cur) in CLAIM:
                        got, pron = self._sources(cur)
                        sources.extend(got)
                    break
        return sources, targets, pron

    def _announcer(self, t: Token, targets: list[Actor],
                   pron: bool) -> tuple[list[Actor], list[Actor], bool, int | None]:
        """"Macron a annoncé le retrait des militaires du Niger", "la justice a ordonné la saisie de l'or",
        "announced the launch of an inquiry": who announces or orders an act does it. Also gives the verb the
        sources came from."""
        announced = t
        if t.dep in ("nmod", "pobj") and lemma_of(self.doc.tokens[t.head]) in LIGHT_NOUNS | {"of"}:
            light = self.doc.tokens[t.head]
            announced = self.doc.tokens[light.head] if light.pos == "ADP" and light.head != light.i else light
        if not (announced.dep in ("dobj", "obj") and announced.head != announced.i and
                lemma_of(self.doc.tokens[announced.head]) in ANNOUNCE and
                (announced is t or lemma_of(announced) in LIGHT_NOUNS)):
            return [], targets, pron, None
        got, pron = self._sources(self.doc.tokens[announced.head])
        sources = [a for a in got if a not in targets]
        if sources and not targets:
            targets = [a for a in self._participle_party([t]) if a not in sources]
        return sources, targets, pron, announced.head

    def _noun_told_in_passing(self, t: Token, entry: NounEntry) -> bool:
        """An event noun given as the reason for, or the object of, another act: "en représailles à l'assassinat
        de ...", "an inquiry into the killing of civilians"."""
        up = self.doc.tokens[t.head] if t.head != t.i else None
        if up is not None and up.dep == "prep":
            up = self.doc.tokens[up.head]
        if up is None:
            return False
        if lemma_of(up) in REPRISAL:
            return True
        if up.i != t.i and up.pos == "NOUN":
            outer = self._noun_entry(up)
            if outer is not None and outer.code[:2] != entry.code[:2]:
                return True
        return up.pos == "VERB" and self._case_word(t) in ("into", "sur") and entry.code[:2] != "09" and \
            self._investigates(up)  # "opened an inquiry into the killing", with "into" hung on the verb

    def _noun_modality(self, trig: Trigger, t: Token, inherited_from: int | None) -> None:
        """An event noun's modality: its verb's ("did not send a delegation to the summit": no summit for them),
        and its modifiers' (« une éventuelle rencontre », "any aggression": nothing happened; "a planned visit")."""
        self._modality(trig, t)
        if inherited_from is not None and trig.modality == "asserted":
            gov_trig = Trigger(inherited_from, trig.code, "noun", 0.5)
            self._modality(gov_trig, self.doc.tokens[inherited_from])
            trig.modality = gov_trig.modality
        mods = {lemma_of(k) for k in self._kids(t.i, {"amod", "advmod", "det"})}
        if mods & HYPO_ADJ or mods & {"any", "tout", "toute", "chaque", "every"}:
            trig.modality = "hypothetical"
        elif mods & PLANNED_ADJ and trig.modality == "asserted":
            trig.modality = "intended"
