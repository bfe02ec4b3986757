"""Events told in words: demands, evaluations and moods in reported speech.

"Russia said that Sudan must return the helicopter" (a demand, 100), "X described Russia as a reliable
ally" (praise, 051) or "noted that Y has been hostile" (criticism, 111), "s'est dit préoccupé" (a
pessimistic comment, 012).
"""

from __future__ import annotations

from newsgraph.events import lexicon
from newsgraph.events.arguments import ArgumentMixin
from newsgraph.events.base import Trigger, lemma_of, side
from newsgraph.events.modality import ModalityMixin
from newsgraph.events.words import ACT_NOUNS, DESCRIBE, FALSEHOOD, MUST, SUBJ, THREAT_NOUNS, TIME_WORDS
from newsgraph.models import Actor
from newsgraph.nlp.document import Token


class SpeechMixin(ArgumentMixin, ModalityMixin):
    """Triggers found in what speakers say about others."""

    def _must(self, t: Token) -> Trigger | None:
        """"Russia said that Sudan must return the helicopter", "a déclaré que le Niger doit ...": a demand (100)
        from the speaker to the one who must act."""
        for c in self._kids(t.i, {"ccomp"}):
            if not any(lemma_of(a) in MUST or a.lower in MUST for a in self._kids(c.i, {"aux"})) and \
                    not (self.lang == "fr" and lemma_of(c) == "devoir"):
                continue
            who = self._kids(c.i, SUBJ)
            speaker, _ = self._sources(t)
            if not who or not speaker:
                continue
            targets = [a for a in self._actors_in(who[0].i)[0] if a not in speaker]
            if targets:
                trig = Trigger(c.i, "100", "verb", 0.6, sources=speaker, targets=targets)
                self._modality(trig, t)
                return trig
        return None

    def _evaluation(self, t: Token) -> Trigger | None:
        """"X noted that some foreign powers have been hostile": X criticises them (111), or praises (051).
        Also "X described Russia as a reliable ally" and "X branded it an instrument of neo-colonial repression"."""
        negative = self.cues["evaluative_negative"] | self.cues["label_negative"]
        code = "111" if lemma_of(t) in negative or t.lower in negative else "051"
        cur = t
        for _ in range(4):  # up from the adjective to a verb of describing, through "as" or a second object
            if cur.head == cur.i:
                break
            up = self.doc.tokens[cur.head]
            if up.pos in ("VERB",) and lemma_of(up) in DESCRIBE and cur.dep in ("pobj", "prep", "oprd", "xcomp",
                                                                                  "obl", "obl:mod", "advcl", "dobj",
                                                                                  "obj", "ccomp", "dep"):
                if lemma_of(t) in FALSEHOOD:
                    break  # "dismissed as baseless accusations by Niger": calling a charge false denies it (016)
                head = self.doc.tokens[up.head]
                entry = self._verb_entry(head) if up.dep in ("advcl", "xcomp", "conj") and head.i != up.i else None
                if entry is not None and entry.code[:2] in ("11", "12"):
                    break  # "spurned an offer, calling it a ploy": the label is the rejection's own wording
                speaker, _ = self._sources(up)
                targets: list[Actor] = []
                for o in self._objects(up):
                    if o.i != cur.i:
                        targets.extend(a for a in self._actors_in(o.i)[0] if a not in targets)
                act_named = self._object_lemmas(up) & ACT_NOUNS or up.dep in ("acl", "relcl", "acl:relcl") and \
                    lemma_of(self.doc.tokens[up.head]) in ACT_NOUNS  # « une annonce que Kiev a qualifiée de »
                if speaker and not targets and act_named:
                    targets = self._doers_of_last_act(t.sent, speaker)  # "called the decision hasty"
                if speaker and targets:
                    return Trigger(t.i, code, "evaluation", 0.6, sources=speaker, targets=targets)
                if speaker and act_named:  # the act is told in this sentence: its doers are found once it is coded
                    return Trigger(up.i, code, "evaluation", 0.6, sources=speaker)
                break
            cur = up
        if t.dep not in ("acomp", "attr", "ROOT", "root", "conj", "xcomp", "ccomp", "advcl"):
            return None
        holder = t
        while holder.dep == "conj" and holder.head != holder.i:
            holder = self.doc.tokens[holder.head]
        subj_tok = None
        for cand in (holder, self.doc.tokens[holder.head]):
            s = self._kids(cand.i, SUBJ)
            if s:
                subj_tok = s[0]
                break
        if subj_tok is None:
            return None
        targets, _ = self._actors_in(subj_tok.i)
        if not targets:
            return None
        # the speaker: the reporting verb above the clause
        cur = self.doc.tokens[holder.head] if holder.dep in ("acomp", "attr") else holder
        speaker = []
        for _ in range(5):
            if cur.head == cur.i:
                break
            up = self.doc.tokens[cur.head]
            if lemma_of(up) in self.cues["reporting"] and cur.dep in ("ccomp", "advcl", "conj", "parataxis",
                                                                          "xcomp"):
                speaker, _ = self._sources(up)
                break
            cur = up
        if cur.lemma and lemma_of(cur) in self.cues["reporting"] and not speaker:
            speaker, _ = self._sources(cur)
        if not speaker:
            return None
        return Trigger(t.i, code, "evaluation", 0.6, sources=speaker, targets=targets)

    def _mood(self, t: Token) -> Trigger | None:
        """"X said it was deeply concerned", "s'est dit préoccupé", "he was hopeful that ...": the holder's
        pessimistic (012) or optimistic (013) comment, about what follows "about", "over", "par", "de" or "sur"."""
        if t.dep == "amod" and t.head != t.i and (self.doc.tokens[t.head].pos == "PUNCT" or
                                                  self.doc.tokens[t.head].text in ("«", "»", "“", "”", '"')):
            pass  # « très inquiet »: the parser hangs the adjective on the guillemet
        elif t.dep not in ("acomp", "xcomp", "ccomp", "ROOT", "root", "advcl", "conj") or self._negated(t) or (
                t.dep == "acomp" and self._negated(self.doc.tokens[t.head])):  # "was not concerned"
            return None
        code = "012" if lemma_of(t) in self.cues.get("mood_pessimistic", frozenset()) else "013"
        holder: list[Actor] = []
        cur = t
        for _ in range(4):  # the adjective, its copula, the verb of saying: the first with a subject
            if [k for k in self._kids(cur.i, SUBJ) if k.text not in ("«", "»", "“", "”", '"')]:
                holder, _ = self._sources(cur)
                if holder:
                    break
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        if not holder:
            return None
        targets: list[Actor] = []
        for k in self._kids(t.i, {"prep", "obl", "obl:agent", "obl:arg", "obl:mod"}):
            o = (self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k
            if self._case_word(o) in ("about", "over", "by", "at", "par", "de", "du", "des", "sur"):
                targets.extend(a for a in self._actors_in(o.i)[0] if a not in targets and a not in holder)
        return Trigger(t.i, code, "evaluation", 0.6, sources=holder, targets=targets)

    def _threat(self, t: Token) -> Trigger | None:
        """"vowed that Israel would receive a crushing response", "ont prévenu que toute intervention de la
        CEDEAO serait considérée comme une déclaration de guerre": a warning whose content promises force is a
        threat of force (138) against whoever the content names (else the side of the last pair named)."""
        if self._negated(t):
            return None
        # (the content may hang on a day the parser took for the object: "a prévenu jeudi que ...")
        content = [c for k in [t] + [d for d in self._kids(t.i) if lemma_of(d) in TIME_WORDS]
                   for c in self._kids(k.i, {"ccomp", "parataxis"})]
        if t.dep == "parataxis" and not content:
            # « Tout contingent ... sera une cible légitime », a prévenu Zakharova: the quote is the head
            content = [self.doc.tokens[t.head]]
        words: set[int] = set()
        for c in content:
            words.update(self.doc.subtree(c.i))
        if not words:  # the parse lost the clause: what follows "that"/« que » is the content
            s = self.doc.sentences[t.sent]
            that = next((j for j in range(t.i + 1, s.end) if self.doc.tokens[j].dep == "mark" and
                         lexicon.norm(self.doc.tokens[j].text) in ("that", "que", "qu")), None)
            words = set(range(that + 1, s.end)) if that is not None else set()
        if not words or not ({lemma_of(self.doc.tokens[j]) for j in words} & THREAT_NOUNS):
            return None
        speaker, _ = self._sources(t)
        if not speaker:
            return None
        mine = {side(a) for a in speaker} | {a.country for a in speaker if a.country}
        targets: list[Actor] = []
        for o in self._objects(t) + self._kids(t.i, {"iobj", "dative"}):  # "warned Mali that ...": the warned
            targets.extend(a for a in self._actors_in(o.i)[0] if side(a) not in mine and a not in targets)
        for j in sorted(words):
            m = self.by_token.get(j)
            if m is None or m.start != j or m.type in ("modifier", "sector_modifier") or m.locative == "place":
                continue
            if side(m.actor) in mine or (m.actor.country and m.actor.country in mine) or m.actor in targets:
                continue
            targets.append(m.actor)
        if not targets and self.last_pair:
            targets = [a for a in self.last_pair if side(a) not in mine and a.country not in mine and
                       not a.id.startswith("---")][:1]
        return Trigger(t.i, "138", "verb", 0.6, sources=speaker, targets=targets)

