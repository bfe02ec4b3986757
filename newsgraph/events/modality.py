"""Modality of a trigger: asserted, negated, hypothetical or intended.

Read from the words around the trigger: negation, conditional and future auxiliaries and moods, purpose
and content clauses ("urged X to withdraw"), and the verbs that govern it ("pledged to", "refused to").
"""

from __future__ import annotations

from newsgraph.events import lexicon
from newsgraph.events.base import CoderBase, Trigger, lemma_of
from newsgraph.events.words import (
    ACCUSE_VERBS,
    CAUSATIVE,
    COMPLETION,
    DECIDE,
    DEMAND_ROOTS,
    DENIAL,
    DISPATCH,
    HEARSAY,
    NO_DETERMINERS,
    OBJ,
    PASS_SUBJ,
    SUBJ,
    TERMS_PREPS,
    TERMS_RELATIVES,
    TOLL_NOUNS,
)
from newsgraph.nlp.document import Token

# French negation words that are also comparatives (« plus de cent »): negations only beside « ne »
AMBIGUOUS_NEGATION = frozenset({"plus"})


class ModalityMixin(CoderBase):
    """Sets `Trigger.modality` from the parse around the trigger."""

    def _modality(self, trig: Trigger, t: Token) -> None:
        cues = self.cues
        chain = [t]
        cur = t
        for _ in range(5):
            # (through an object that a participle describes: "a video appeared to show officers beating protesters")
            up = cur.dep in ("xcomp", "acl", "ccomp", "conj", "advcl", "acl:relcl") or (
                cur.dep in ("dobj", "obj") and len(chain) >= 2 and chain[-2].dep == "acl")
            if up and cur.head != cur.i:
                cur = self.doc.tokens[cur.head]
                chain.append(cur)
            else:
                break
        if self._after_comma_participle(t) and len(chain) > 2 and chain[1].dep in ("xcomp", "ccomp"):
            # "ordered the ICRC to close its offices, accusing it of collusion", where the parser hangs the
            # participle on what is ordered: set off by a comma, it is the main clause's act, asserted as it is
            top = next((g for g in chain[2:] if g.dep not in ("xcomp", "ccomp")), chain[-1])
            chain = [t] + chain[chain.index(top):]
        if self._negated(t):
            trig.modality = "negated"
            return
        if self._hearsay(t) or self._accused_content(t):
            trig.modality = "hypothetical"
            return
        order = self._imposing_order(trig, t)
        if order is not None:
            # "ordered the newspaper to suspend publication": the authority's order is the coercion, done as the
            # order is (and not done if the order is only threatened or denied)
            gov_trig = Trigger(order.i, "100", "verb", trig.confidence)
            self._modality(gov_trig, order)
            trig.modality = gov_trig.modality
            return
        if self._unrealised(t) or self._demanded(t) or self._provided_for(t):
            trig.modality = "hypothetical"
            return
        # a stated intention stays one under a condition the speaker sets ("said they would meet him if he gave
        # them a veto"), and a hostile act the speaker's side may do if something happens is a threat ("may halt
        # its mediation if cooperation founders, the minister said")
        kept = False
        for a in self._kids(t.i, {"aux", "aux:tense"}):
            lem = lemma_of(a)
            if a.lower in ("would", "'d") and self._reported(t):
                trig.modality = "intended"  # "said it would keep its borders open": the future of reported speech
                kept = self._hostile(trig) or self._own_side(t)
                continue
            if lem in cues["hypothetical_aux"] or a.lower in cues["hypothetical_aux"] or self._conditional(a):
                if a.lower in cues["threat_modals"] and self._hostile(trig) and self._reported(t) and \
                        self._conditions(t) and not self._negated(t):
                    trig.modality, kept = "intended", True
                    continue
                trig.modality = "hypothetical"
                return
            if lem in cues["future_aux"] or a.lower in cues["future_aux"]:
                trig.modality = "intended"
        if self._conditional(t):
            if self.lang == "fr" and self._reported(t):
                trig.modality = "intended"  # « a affirmé que le Mali livrerait »: the future of reported speech
                kept = self._hostile(trig) or self._own_side(t)
            else:
                trig.modality = "hypothetical"
                return
        if "Tense=Fut" in t.morph:
            trig.modality = "intended"
        if any(lemma_of(k) in cues["intention_cooperative"] for k in self._kids(t.i, {"mark"})):
            trig.modality = "intended"  # « s'est dite prête à accepter », where the parser hangs « prête » as a mark
        # "threatened to strike unless Israel rescinded", « a menacé d'adopter des sanctions si »: the threat, and
        # what it threatens, are issued whatever the condition
        threat = lemma_of(t) in cues["intention_hostile"] or any(
            lemma_of(g) in cues["intention_hostile"] and c.dep in ("xcomp", "acl") for g, c in zip(chain[1:], chain[:-1]))
        if not threat and not kept and self._conditions(t):
            trig.modality = "hypothetical"
            return
        if any(lemma_of(m) in cues["conditional_marks"] for m in self._kids(t.i, {"mark"})):
            trig.modality = "hypothetical"
            return
        if not threat and not kept and any(lemma_of(m) in cues["conditional_marks"]
                                           for g in chain[1:] for m in self._kids(g.i, {"mark"})):
            # "Whether Moscow can keep its footprint in the Sahel while it fights in Ukraine will depend on": inside
            # a clause told as a condition or an open question
            trig.modality = "hypothetical"
            return
        # the verbs and nouns that govern the trigger: "pledged to", "its pledge to", "could", "refused to"
        for gov, dep_child in zip(chain[1:], chain[:-1]):
            dep = dep_child.dep
            if dep == "advcl" and any(k.lower in ("to", "de", "d'", "d’") for k in self._kids(dep_child.i, {"aux", "mark"})):
                dep = "xcomp"  # "threatened on Saturday to intervene": the parser's advcl is the complement
            if dep not in ("xcomp", "acl", "ccomp"):
                continue
            lem = lemma_of(gov)
            if dep in ("xcomp", "acl") and (lem in cues["refusal"] or lem in cues.get("omission", frozenset())):
                trig.modality = "negated"
                return
            if dep == "xcomp" and any(lemma_of(m) in cues["conditional_marks"]
                                                for m in self._kids(gov.i, {"mark"})):
                trig.modality = "hypothetical"  # « si la CEDEAO venait à rétablir ses sanctions »
                return
            ge = self._verb_entry(gov) if gov.pos in ("VERB", "AUX") else None
            if ge is not None and ge.code != "light" and ge.code[:2] in ("02", "10") and dep_child is not t:
                trig.modality = "hypothetical"  # "urged the juntas to keep negotiating": what is asked for
                return
            if self._scheduled(gov, dep_child):
                trig.modality = "intended"  # « il doit s'entretenir avec Poutine », « le sommet devrait se tenir »
                return
            if lem in cues["hypothetical_aux"] or self._conditional(gov) or lem in cues["hypothetical_heads"]:
                trig.modality = "hypothetical"
                return
            if self._negated(gov):
                trig.modality = "negated"
                return
            below = chain[:chain.index(gov)]
            if lem in cues["intention_of_clause"] and dep in ("xcomp", "acl"):
                trig.modality = "intended"  # "undertook to withdraw" (but "undertook a mission" is the mission)
                return
            if (lem in cues["intention_cooperative"] or lem in cues["intention_hostile"]) and (
                    dep in ("xcomp", "acl") or all(c.dep in ("xcomp", "ccomp") for c in below)):
                # "pledged to supply", "pledged that the alliance would keep supplying"; not an event told in a
                # clause of time inside the pledge ("warned it would respond, a week after it shot down ...")
                trig.modality = "intended"
                return
            if dep_child is not t and dep == "xcomp" and any(
                    a.lower in ("would", "will", "'ll", "'d") or lemma_of(a) in cues["future_aux"]
                    for a in self._kids(gov.i, {"aux"})) and gov.dep == "ccomp":
                trig.modality = "intended"  # "said it would keep supplying": the future of reported speech
                return

    def _imposing_order(self, trig: Trigger, t: Token) -> Token | None:
        """The verb of command whose complement is a coercive act (17x) the coder gives to the one who orders
        ("ordered the newspaper to suspend publication", « a ordonné la fermeture »): that order, else None."""
        if trig.code[:2] != "17" or t.dep not in ("xcomp", "ccomp", "advcl", "obj", "dobj") or t.head == t.i:
            return None
        gov = self.doc.tokens[t.head]
        if gov.pos not in ("VERB", "AUX") or lemma_of(gov) not in self.cues["command"]:
            return None
        return gov

    def _reported(self, t: Token) -> bool:
        """Whether a clause is what a reporting verb says ("said it would", « a affirmé qu'il livrerait »)."""
        return t.dep == "ccomp" and t.head != t.i and lemma_of(self.doc.tokens[t.head]) in self.cues["reporting"]

    def _hostile(self, trig: Trigger) -> bool:
        """Whether the trigger names a hostile act (rejecting, reducing relations, coercing, attacking), whose
        announcement under a condition is a threat."""
        return "12" <= trig.code[:2] <= "20"

    def _own_side(self, t: Token) -> bool:
        """Whether the reported clause's subject is the speaker itself: a personal pronoun ("said they would"),
        or the same word as the speaker ("Mali said Mali would")."""
        subj = self._kids(t.i, SUBJ)
        if not subj:
            return False
        if subj[0].pos == "PRON" and lexicon.norm(subj[0].text) in self.cues["speaker_pronouns"]:
            return True
        speaker = self._kids(t.head, SUBJ)
        return bool(speaker) and lemma_of(speaker[0]) == lemma_of(subj[0])

    def _scheduled(self, gov: Token, child: Token) -> bool:
        """French news uses « devoir » for what is scheduled or expected (« Goïta doit s'entretenir avec
        Poutine »), not for an obligation, unless it sits in reported speech (« estime que le Mali doit »)."""
        return self.lang == "fr" and lemma_of(gov) == "devoir" and child.dep == "xcomp" and \
            gov.dep not in ("ccomp", "xcomp") and not self._negated(gov)

    def _hearsay(self, t: Token) -> bool:
        """An act told only as the content of a rumour, an allegation or a denial ("denied rumours that the
        junta leader had been wounded", « a démenti toute implication dans l'enlèvement »): not asserted."""
        cur = t
        for _ in range(5):
            if cur.head == cur.i or cur.dep in ("conj", "parataxis", "advcl"):
                return False  # « a démenti ... et dénoncé une campagne »: the second verb is asserted
            child, cur = cur, self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                # what a denial's subject says ("Ukraine, accused by Mali of ..., denied") is no denied content
                return lemma_of(cur) in DENIAL and child.dep not in SUBJ | PASS_SUBJ
            if cur.pos == "NOUN" and lemma_of(cur) in HEARSAY:
                return True
        return False

    def _unrealised(self, t: Token) -> bool:
        """A purpose or content clause ("to demand", "urged X to withdraw", "pour protester", "accused X of
        executing") names an event that did not (yet) happen. Intentions are handled by the caller."""
        if t.head == t.i:
            return False
        head = self.doc.tokens[t.head]
        if t.dep == "conj" and head.pos == "VERB" and not self._kids(t.i, SUBJ | PASS_SUBJ | {"mark"}) and \
                not any(k.dep in ("aux", "mark") and k.lower in ("to", "de", "d'", "d’", "pour") for k in self._kids(t.i)):
            # "gave the soldiers until Monday to lay down their weapons and gather at the stadium": the second verb
            # shares the first one's "to", and so its fate
            return self._unrealised(head)
        if t.dep in ("advcl", "ccomp") and any(lexicon.norm(m.text) in ("until", "till", "jusqu", "jusqu'")
                                             for m in self._kids(t.i, {"mark", "case"})):
            return True  # "until all foreign troops left the country": a condition still to be met
        gov = self.doc.tokens[t.head]
        glem = lemma_of(gov)
        cues = self.cues
        if t.dep in ("ccomp", "xcomp") and gov.pos in ("VERB", "AUX"):
            ge = self._verb_entry(gov)
            if ge and ge.code != "light" and ge.code[:2] in ("02", "10"):
                return True  # "demanded that TikTok provide details": asked for, not done
        if t.dep == "pcomp" and gov.dep == "prep":
            # "accused X of executing", "consensus on strengthening": a gerund after a preposition names an
            # activity, not an event of the day; "responded by attacking" is the exception
            return gov.lower not in ("by", "en", "after", "après")
        infinitive = any(k.lower in ("to", "pour", "afin", "de", "d'", "d’") and k.dep in ("aux", "mark", "case")
                         for k in self._kids(t.i)) or ("VerbForm=Inf" in t.morph and self.lang == "fr")
        if not infinitive or t.dep not in ("xcomp", "advcl", "acl", "ccomp", "advcl:cleft", "obl", "obl:arg"):
            return False
        if t.dep == "xcomp" and glem in cues["reporting"]:
            return False  # « a dit souhaiter une coopération », « affirme vouloir »: what the subject says of itself
        if t.pos in ("NOUN", "PROPN") and gov.pos not in ("VERB", "AUX"):
            return False  # « a été la cible d'une attaque »: a noun after "de" on a noun or adjective is no purpose
        complement = t.dep in ("xcomp", "acl") or (t.dep == "advcl" and not self._kids(gov.i, OBJ))
        if complement and glem in cues["intention_cooperative"] | cues["intention_hostile"] | \
                cues["intention_of_clause"] | COMPLETION:
            # "undertook on Tuesday to hold talks", parsed as a clause of purpose of a verb with no object; but what
            # a purpose clause would help do is no more done than the purpose (« pour aider la police à combattre »)
            return glem in COMPLETION and self._unrealised(gov)
        if glem in DECIDE and t.dep in ("xcomp", "advcl", "ccomp"):
            return False
        if glem in DISPATCH and self._mission(gov) is t:
            return False  # "sent a team to investigate": the inquiry is under way
        if glem in CAUSATIVE and t.dep in ("xcomp", "advcl", "obl", "obl:arg") and self._kids(gov.i, OBJ):
            # "prompting Aoun to urge", « a conduit Berlin à suspendre »: the causee did it, unless the causing is
            # itself only a purpose (« sont arrivés pour aider la police à combattre les gangs »)
            return self._unrealised(gov)
        return not self._scheduled(gov, t)

    def _provided_for(self, t: Token) -> bool:
        """What an agreement provides ("an agreement under which Bamako will drop charges and hand back the gold",
        « un accord en vertu duquel le Mali restituera l'or »): its terms, not acts done."""
        cur = t
        for _ in range(4):
            if cur.dep in ("relcl", "acl:relcl"):
                break
            if cur.dep not in ("conj", "xcomp") or cur.head == cur.i:
                return False
            cur = self.doc.tokens[cur.head]
        else:
            return False
        for k in self._kids(cur.i, {"prep", "obl", "obl:mod", "advmod"}):
            words = [self.doc.tokens[j] for j in self.doc.subtree(k.i)]
            if any(lexicon.norm(w.text) in TERMS_RELATIVES for w in words) and (
                    k.lower == "whereby" or any(lexicon.norm(w.text) in TERMS_PREPS for w in words)):
                return True
        return False

    def _accused_content(self, t: Token) -> bool:
        """An act inside what someone is accused of, however deep ("accusing Kyiv of backing the armed groups
        that killed Malian soldiers", « accusant l'Ukraine de soutenir les groupes qui ont tué »): the accuser's
        charge, not an event the article reports."""
        cur = t
        for _ in range(6):
            if cur.head == cur.i:
                return False
            child, cur = cur, self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX") and lemma_of(cur) in ACCUSE_VERBS:
                return child.dep not in SUBJ | PASS_SUBJ | {"dobj", "obj", "conj", "advcl", "parataxis"}
        return False

    def _demanded(self, t: Token) -> bool:
        """A clause that a demand or an appeal before it in the sentence opens is what is asked for, however
        the parser hung it (« a exigé ... que les forces quittent ... et que le M23 dépose »)."""
        marks = {m.i for m in self._kids(t.i, {"mark"})}
        if not marks:
            return False
        for i in range(t.i - 1, self.doc.sentences[t.sent].start - 1, -1):
            v = self.doc.tokens[i]
            e = self._verb_entry(v) if v.pos in ("VERB", "AUX") else None
            if e is not None and e.code != "light" and e.code[:2] in DEMAND_ROOTS:
                return bool(marks & set(self._demand_clauses(v)))
        return False

    def _fr_ne(self, t: Token) -> bool:
        """A French « ne » / « n' » on the verb or its auxiliary (« n'ont plus », « ne sont plus »)."""
        heads = [t] + self._kids(t.i, {"aux", "aux:tense", "aux:pass", "auxpass"})
        return any(lexicon.norm(k.text) in ("ne", "n'", "n") for h in heads for k in self._kids(h.i))

    def _negated(self, t: Token) -> bool:
        cues = self.cues["negation"]
        if self.lang == "fr" and not self._fr_ne(t):
            # « plus d'une centaine de civils », « plus de vingt »: a quantity, without « ne », is no negation
            cues = cues - {k.lemma for k in self._kids(t.i, {"advmod"}) if lemma_of(k) in AMBIGUOUS_NEGATION and
                           k.i + 1 < len(self.doc.tokens) and
                           lexicon.norm(self.doc.tokens[k.i + 1].text) in ("de", "d'", "d", "du", "des")}
        for k in self._kids(t.i):
            if k.dep in ("neg",) or (k.dep == "advmod" and lemma_of(k) in cues and self.lang == "fr") or \
                    (k.dep in ("advmod", "det") and k.lower in ("never", "not", "n't")):
                return True
            if k.dep in ("aux", "aux:tense", "aux:pass", "auxpass") and any(
                    c.dep in ("neg", "advmod") and lemma_of(c) in cues for c in self._kids(k.i)):
                return True
            if k.dep in SUBJ | PASS_SUBJ | OBJ and lemma_of(k) not in TOLL_NOUNS and any(
                    lexicon.norm(d.text) in NO_DETERMINERS for d in self._kids(k.i, {"det"})):
                return True  # « aucun accrochage n'a opposé », "no soldier was hurt"
        if self.lang == "fr" and any(lexicon.norm(k.text) in ("ne", "n'") for k in self._kids(t.i, {"advmod"})):
            after = self.doc.tokens[t.i + 1:t.i + 4]  # « n'avaient pas riposté »: the parser hung « pas » further on
            return any(lemma_of(a) in cues and a.i < self.doc.sentences[t.sent].end for a in after)
        return False
