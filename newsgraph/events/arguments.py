"""Source and target of a trigger, from the dependency parse.

Subjects and objects, passive agents, possessors, prepositional targets, the members of coordinated lists
(one actor each), pairs and groups named before ("the two men"), the authors of a document, the partner
inside an agreement, and the country a national body named without one belongs to (`localise`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsgraph.actors.gazetteer import ARMED_KINDS, country_actor, gazetteer
from newsgraph.actors.resolve import CLAUSE_DEPS, POINTING_BACK, ActorMention
from newsgraph.events import lexicon
from newsgraph.events.base import GERUND_CLITICS, Trigger, lemma_of, reaction, side, standalone
from newsgraph.events.dates_places import DatePlaceMixin
from newsgraph.events.lexicon import VerbEntry
from newsgraph.events.reference import ReferenceMixin
from newsgraph.events.words import (
    ACCUSATION,
    ACT_NOUNS,
    ADDRESSED_ROOTS,
    AGENT,
    AIR_MEANS,
    AIR_WORDS,
    ALL_SIDES,
    ANAPHORIC,
    ARRIVE,
    AUTHORED,
    BLASTS,
    BOMB_WORDS,
    BOMBERS,
    CAR_BOMB_WORDS,
    CARRIED_OUT,
    CARRY,
    CAUSATIVE,
    CLAIM,
    COMMUNICATIVE_ROOTS,
    COST_VERBS,
    DE_CASES,
    DEFAULT_TARGET,
    DEFINITE,
    DEMAND_ROOTS,
    DISPATCH,
    DOCUMENTS,
    EXPLOSIVES,
    FALLBACK_TARGET,
    FORCES,
    HELP_CUES,
    ISSUE,
    LED_BY,
    LIVES,
    LOCATIVE,
    NOT_PARTY,
    OBJ,
    PAIR_NOUNS,
    PAIR_WORDS,
    PARTICIPLE_PREPS,
    PASS_SUBJ,
    PRECLITICS,
    PRONOUNS,
    REACTION_ROOTS,
    RECEIVE,
    RELATIVE,
    STRIKE_NOUNS,
    SUBJ,
    SUICIDE_WORDS,
    SYMMETRIC,
    TARGET_NOUNS,
    TIME_WORDS,
    TOPIC_VERBS,
    UNNAMED_ARMED,
    VEHICLES,
    VICTIM_OBJECTS,
    VICTIM_VERBS,
    VIOLENT_ROOTS,
)
from newsgraph.models import Actor
from newsgraph.nlp.document import Token

AES_MEMBERS = ("MLI", "BFA", "NER")  # the Alliance of Sahel States
AES_FOUNDED = dt.date(2023, 9, 16)  # before it, "the three Sahel states" names no alliance


def localise(actor: Actor | None, country: str | None, as_source: bool = False,
            victim: bool = True) -> Actor | None:
    """A national body named without its country takes the country of the place where it acts."""
    if actor is None or actor.country or not country:
        return actor
    if actor.kind is None and actor.id.startswith("name:") and actor.code is None:
        # a person named without a title: a victim is usually of the place; a speaker, a doer or a visitor
        # met there ("refused to meet King Abdullah II in Tel Aviv") may be foreign
        return actor if as_source or not victim else replace(actor, country=country, code=country)
    if actor.kind in (None, "UAG", "IGO"):
        return actor
    if actor.id.startswith("---"):
        return country_actor(country, actor.kind)
    if actor.id.startswith("name:") and actor.code in (None, actor.kind):  # an unknown official
        return replace(actor, country=country, code=f"{country}{actor.kind}")
    return actor


class ArgumentMixin(ReferenceMixin, DatePlaceMixin):
    """Finds the sources and targets of triggers."""

    def _arguments(self, trig: Trigger, t: Token, entry: VerbEntry | None) -> None:
        if trig.kind == "gather":
            self._gather_arguments(trig, t)
            return
        incise = self._incise_speaker(t)
        if incise:
            self._incise_arguments(trig, t, incise)
            return
        sources, pron = self._sources(t)
        if not sources and trig.code[:2] in VIOLENT_ROOTS:
            for k in self._kids(t.i, SUBJ):  # "L'assaut, revendiqué par le JNIM, a fait trente morts"
                sources = self._claimant(k)
                if sources:
                    break
        if not sources and trig.code[:2] in VIOLENT_ROOTS and self._passive(t):
            sources = self._attack_doers(t)  # « tuées lors d'une attaque des rebelles des ADF »
        targets = self._targets(t, entry)
        if t.head != t.i and lemma_of(self.doc.tokens[t.head]) in DISPATCH and \
                self._mission(self.doc.tokens[t.head]) is t:
            # "sent personnel to Bosnia to investigate": into what happens where they are sent
            sources = sources or self._sources(self.doc.tokens[t.head])[0]
            targets = self._destination(self.doc.tokens[t.head], sources) or targets
        if reaction(trig.code):
            # "criticised the sanctions imposed on Sudan by the United States": aimed at who imposed them
            targets = [a for a in self._agents_of_reacted(t) if a not in sources] or targets
        if not sources and targets and trig.code in SYMMETRIC and not self._kids(t.i, SUBJ) and any(
                k.lower in ("se", "s'", "s’") for k in self._kids(t.i, {"expl:comp", "expl:pv", "expl", "obj"})):
            # « C'est à Niamey que se sont réunis ... les chefs d'état-major du Mali, du Burkina Faso et du Niger »:
            # the inverted subject of a reflexive verb, read as its object, are the parties acting together (the
            # list as written, when the parser scattered it)
            end = next((k.i for k in self.doc.tokens[t.i + 1:self.doc.sentences[t.sent].end]
                        if k.pos in ("VERB", "AUX") and lemma_of(k) not in TIME_WORDS), self.doc.sentences[t.sent].end)
            listed = [a for a in self._listed_after(t) if any(
                m.actor == a and t.i < m.start < end for m in self.mentions if m.sentence == t.sent)]
            sources, targets = (listed if len(listed) > len(targets) else targets), []
        if trig.code[:2] == "14" and not targets:
            targets = self._protest_aim(t)
        if trig.code[:2] in VIOLENT_ROOTS and not targets:
            targets = [a for a in self._toll_victims(t) if a not in sources]
        sources, targets = self._recode_by_means(trig, t, sources, targets, pron)
        if sources and (trig.code[:2] in VIOLENT_ROOTS | {"13", "16", "17"}):
            # "threatened to intensify strikes in Lebanon if Hezbollah is not disarmed": whom the condition names
            targets = self._condition_party(t, sources) or targets
        if targets and all(a in sources for a in targets):
            targets = self._targets(t, entry, skip_objects=True)
        if sources and not targets:
            targets = self._unparsed_targets(trig, t, sources)
        if (lemma_of(t) in RECEIVE or self._fr_participle_infinitive(t) in RECEIVE) and \
                trig.code[:2] in ("06", "07", "03"):
            givers = self._givers(t)
            if givers:  # "Mali took delivery of drones from Turkey": the giver is the source
                sources, targets = givers, sources
        trig.sources, trig.targets, trig.pronoun = sources, targets, pron
        # "both countries" after "lashed out at the United States and Britain" are the two named together
        for pair in (targets, sources, sources[:1] + targets[:1]):
            if trig.code == "045" and pair is sources:
                continue  # "mediated by Qatar and Turkey": the mediators are not the two sides talked of after
            if len(pair) == 2 and side(pair[0]) != side(pair[1]):
                self.last_pair = list(pair)
                break
        for group in (targets, sources):
            if len({side(a) for a in group}) >= 3:
                self.last_group = list(group)
                break

    def _attack_doers(self, t: Token) -> list[Actor]:
        """Who carried out the attack a killing told in the passive happened in: "were killed in an attack by ADF
        rebels", « ont été tuées lors d'une attaque des rebelles des ADF » (armed men the attack is « of »)."""
        frames = self._kids(t.i, {"prep", "obl", "obl:arg", "obl:mod", "advmod"})
        frames += [x for f in list(frames) for x in self._kids(f.i, {"pobj", "obl:arg", "obl"})]  # « lors de »
        for n in frames:
            entry = self._noun_entry(n) if n.pos == "NOUN" else None
            if entry is None or entry.code[:2] not in VIOLENT_ROOTS:
                continue
            for k in self._kids(n.i, {"prep", "nmod", "agent"}):
                word = self._prep_word(k)
                inner = (self._kids(k.i, {"pobj"}) or [k]) if k.dep in ("prep", "agent") else [k]
                got = self._actors_in(inner[0].i)[0]
                if got and (word in ("by", "par") or word in DE_CASES and all(a.kind in ARMED_KINDS for a in got)):
                    return got
        return []

    def _gather_arguments(self, trig: Trigger, t: Token) -> None:
        """A gathering's parties: the first one named hosts or convenes, the others come."""
        subj = self._subject_token(t)
        parts: list[Actor] = []
        for o in self._kids(t.i, OBJ | {"prep", "obl", "obl:arg"}):
            got, _ = self._actors_in(o.i)
            parts.extend(a for a in got if a not in parts)
        if subj is not None:
            trig.antecedent = t.head if subj.lower in RELATIVE and t.dep in ("relcl", "acl:relcl") else subj.i
        listed = self._listed_after(t)
        if len(listed) > len(parts):
            parts = listed  # the parser lost the list ("rassemblé X et les ministres A (Mali), B ... et C")
        if len(parts) >= 2:
            trig.sources, trig.targets = [parts[0]], parts[1:]

    def _incise_arguments(self, trig: Trigger, t: Token, incise: list[Actor]) -> None:
        """« Trois journalistes ont été interpellés ..., a dénoncé l'Association des journalistes »: the noun
        after the verb of an incise is its subject, and what it denounces is the doer of the act before (else the
        authorities of where it happened)."""
        head = self.doc.tokens[t.head]
        trig.sources = incise
        trig.targets = [a for a in self._sources(head)[0] if a not in incise]
        where = self._place_for(head.i)
        home = where.country if where is not None and where.country else self._sentence_country(t.sent)
        if not trig.targets and home:
            trig.targets = [country_actor(home, "GOV")]

    def _recode_by_means(self, trig: Trigger, t: Token, sources: list[Actor], targets: list[Actor],
                         pron: bool) -> tuple[list[Actor], list[Actor]]:
        """What the means and the destination of an act change in its code and sides: bombs and blasts, forces
        arriving abroad, troops sent to help another state."""
        if lemma_of(t) in ("strike", "hit", "step", "drive", "heurter", "sauter", "percuter") and \
                self._object_lemmas(t) & EXPLOSIVES:
            # "their vehicle struck a roadside bomb": the vehicle's people are the victims of a bombing
            trig.code = "1833"
            sources, targets = [], sources
        if trig.code[:2] in VIOLENT_ROOTS and trig.code[:3] != "183" and not sources and self._by_explosive(t):
            # "tués par l'explosion d'un engin explosif", "killed by a roadside bomb"; a state's bomb is a strike
            trig.code = self._bombing_code(t)
        elif trig.code[:2] in VIOLENT_ROOTS and trig.code[:3] not in ("183", "195") and self._by_air(t):
            trig.code = "195"  # « tués par des frappes de drones de l'armée malienne »: the strike, from the air
        elif trig.code == "183":
            kind = self._bombing_code(t)  # "a car bomb exploded", "a suicide bomber blew himself up"
            trig.code = kind if kind != "1833" else trig.code
        if trig.code == "042" and sources and lemma_of(t) in ARRIVE:
            subjects = self._kids(t.i, SUBJ)
            words = [self.doc.tokens[j] for j in self.doc.subtree(subjects[0].i)] if subjects else \
                self._words_before(t)
            where = self._place_for(t.i)
            dest = {a.country for a in targets} or ({where.country} if where is not None else set())
            if any(lemma_of(k) in FORCES or lexicon.norm(k.text) in FORCES for k in words) and \
                    dest - {a.country for a in sources} - {None}:  # (in another country than theirs)
                trig.code = "074"  # "Rwandan soldiers arrived in Maputo", « des instructeurs turcs sont arrivés »
                abroad = sorted(c for c in dest - {a.country for a in sources} if c is not None)
                targets = targets or [country_actor(abroad[0], "GOV")]  # (the host, however the place hangs)
        if (trig.code[:2] == "15" or trig.code[:3] in ("062", "074")) and (sources or pron):
            host = self._sent_to_help(t, sources)
            if host:  # "a dépêché des troupes au Bénin pour aider l'armée", "deployed instructors to Niger"
                trig.code = "074" if trig.code[:2] == "15" else trig.code
                targets = [country_actor(host, "GOV")]
        return sources, targets

    def _condition_party(self, t: Token, sources: list[Actor]) -> list[Actor]:
        """The actor a threat is made against: the subject of its condition ("if Hezbollah is not disarmed", « si
        le Hezbollah n'était pas désarmé », "unless Israel withdraws"), on the act or on the verb of threatening."""
        heads = [t]
        if t.dep in ("xcomp", "ccomp", "advcl") and t.head != t.i and \
                lemma_of(self.doc.tokens[t.head]) in self.cues["intention_hostile"]:
            heads.append(self.doc.tokens[t.head])
        elif lemma_of(t) not in self.cues["intention_hostile"]:
            return []
        mine = {side(s) for s in sources}
        for h in heads:
            for c in self._conditions(h):
                for sj in self._kids(c.i, SUBJ | PASS_SUBJ):
                    got = [a for a in self._actors_in(sj.i)[0] if side(a) not in mine]
                    if got:
                        return got
        return []

    def _unparsed_targets(self, trig: Trigger, t: Token, sources: list[Actor]) -> list[Actor]:
        """A target the verb's own complements do not give, found where each kind of act names it."""
        if trig.code[:2] in REACTION_ROOTS and self._reacts_to_act(t):
            got = self._doers_of_last_act(t.sent, sources, self._reacted_roots(t))
            if got:
                return got
        if trig.code[:2] in COMMUNICATIVE_ROOTS:
            for c in self._kids(t.i, {"ccomp", "xcomp"}):  # "alleged that Benin was letting France ...": Benin
                inner_subj = self._kids(c.i, SUBJ | PASS_SUBJ)
                if inner_subj:
                    # (not the speaker's own side: "warned that the country would respond")
                    got = [a for a in self._actors_in(inner_subj[0].i)[0]
                           if a not in sources and not any(a.country and a.country == s.country for s in sources)]
                    if got:
                        return got
                    break
        if trig.code[:2] == "13" and lemma_of(t) in self.cues["intention_hostile"]:
            got = self._threatened_party(t, sources)
            if got:
                return got
        if trig.code[:2] in DEMAND_ROOTS:
            got = [a for a in self._que_clause_subjects(t) if a not in sources]
            home = self._sentence_country(t.sent) if not got else None
            if home and self._object_lemmas(t) & ALL_SIDES and self._all_of(t):
                got = [country_actor(home)]  # "urged all sides in Libya to stop fighting": the country's parties
            if got:
                return got
        if (trig.code == "016" or trig.code[:2] == "12") and self._object_lemmas(t) & ACCUSATION:
            got = self._accuser(t, sources)  # "rejected the allegations": whoever made them
            if got:
                return got
        if trig.code[:2] not in ("01", "14") and not (len(sources) >= 2 and trig.code in SYMMETRIC) and \
                not (t.dep == "acl" and self._named_agent(t)):  # (a participle's own complements say on whom)
            return self._next_actor(t, sources)
        return []

    def _destination(self, t: Token, sources: list[Actor]) -> list[Actor]:
        """Where a dispatch verb sends someone: the actor or the country of the place after "to" / « à, en,
        au »."""
        home = {a.country for a in sources}
        for k in self._kids(t.i, {"prep", "obl", "obl:arg", "obl:mod"}):
            if self._prep_word(k) not in ("to", "a", "à", "au", "aux", "en", "dans", "into"):
                continue
            inner = next(iter(self._kids(k.i, {"pobj"})), k)
            got = [a for a in self._actors_in(inner.i)[0] if a.country not in home]
            if got:
                return got
            p = self.place_by_token.get(inner.i)
            if p is not None and p.place.country and p.place.country not in home:
                return [country_actor(p.place.country)]
        return []

    def _reacted(self, t: Token) -> list[Token]:
        """What a reaction verb reacts to: its objects, the noun its participle describes (« une mesure saluée
        par »), the antecedent of its relative (« une désignation que Caracas a rejetée »)."""
        out = self._objects(t) + self._described(t)
        relative = t.dep in ("relcl", "acl:relcl") or t.dep == "acl" and any(
            k.lower in RELATIVE for k in self._kids(t.i, {"mark"}))  # (« une annonce que Kiev a qualifiée »)
        if relative and t.head != t.i and (
                any(k.lower in RELATIVE for k in self._kids(t.i, OBJ)) or not self._kids(t.i, OBJ)):
            out.append(self.doc.tokens[t.head])
        return out

    def _reacted_roots(self, t: Token) -> set[str]:
        """The roots of the acts a reaction names by a noun with no party of its own ("the attack", « un accord »)."""
        return {entry.code[:2] for o in self._reacted(t) if not self._actors_in(o.i)[0]
                for entry in [self._noun_entry(o)] if entry is not None}

    def _reacts_to_act(self, t: Token) -> bool:
        """Whether a reaction is to an act named by a noun with no party of its own: "the move", « une
        agression », « une désignation que Caracas a rejetée »."""
        reacted = self._reacted(t)
        if reacted and self._object_lemmas(t) & ACT_NOUNS:
            return True
        for o in reacted:
            if lemma_of(o) in ACT_NOUNS:
                return True
            entry = self._noun_entry(o)
            if entry is not None and not self._actors_in(o.i)[0]:
                return True
        return False

    def _agents_of_reacted(self, t: Token) -> list[Actor]:
        """The doer a participle names on what a reaction is aimed at: « les sanctions imposées au Soudan par
        les États-Unis »."""
        out: list[Actor] = []
        for o in self._objects(t):
            for k in self._kids(o.i, {"acl"}):
                out.extend(a for a in self._agent_actors(k) if a not in out)
        return out

    def _doers_of_last_act(self, si: int, sources: list[Actor], roots: set[str] | None = None) -> list[Actor]:
        """Who did the act a reaction points back at ("Britain, France and Germany triggered the return of UN
        sanctions. Tehran condemned the move"): the sources of the last act told in this sentence or the one before,
        other than a statement, and other than the reacting side's own. When the reaction names the kind of act
        ("Doha condemned the attack", « Kiev a salué un accord »), the last act of that kind in the paragraph
        (three sentences back), whose doers are both sides when it is mutual."""
        mine = {side(a) for a in sources}
        if roots:
            out: list[Actor] = []
            for e in reversed(self.told_before + self.told_here):
                if si - POINTING_BACK <= e.sentence <= si and e.modality == "asserted" and e.root in roots:
                    # (an agreement is both signatories' act; a clash is not both sides' attack)
                    sides = [e.source] + ([e.target] if e.cameo in SYMMETRIC and e.root not in VIOLENT_ROOTS else [])
                    out = [a for a in sides if a is not None and side(a) not in mine and
                           a.code is not None and a.code not in UNNAMED_ARMED]  # (an unnamed attacker is no one)
                    if out:
                        return out
        told = [e for e in self.told_before + self.told_here if e.sentence >= si - 1 and e.modality == "asserted" and
                e.root not in ("01", "02") and e.source is not None and side(e.source) not in mine]
        if not told:
            return []
        last = told[-1]
        out = []
        for e in told:
            if e.sentence == last.sentence and e.cameo == last.cameo and e.source is not None and e.source not in out:
                out.append(e.source)
        return out

    def _givers(self, t: Token) -> list[Actor]:
        """Who gave what a receiving verb's subject got: "from Turkey", « de la Russie », "wheat donated by
        Moscow"."""
        givers: list[Actor] = []
        for k in self._kids(t.i):
            word = lexicon.norm(k.text)
            if k.dep == "prep" and word in ("from",):
                for p in self._kids(k.i, {"pobj"}):
                    givers.extend(self._actors_in(p.i)[0])
            elif k.dep in ("obl", "obl:arg", "obl:mod") and any(lexicon.norm(c.text) in ("de", "d", "du", "des")
                                                                 for c in self._kids(k.i, {"case"})):
                givers.extend(self._actors_in(k.i)[0])
        for o in self._kids(t.i, OBJ):
            for k in self._kids(o.i, {"prep", "nmod"}):
                if lexicon.norm(k.text) == "from" or any(lexicon.norm(c.text) in ("de", "d", "du", "des")
                                                           for c in self._kids(k.i, {"case"})):
                    for p in self._kids(k.i, {"pobj"}) or [k]:
                        givers.extend(a for a in self._actors_in(p.i)[0] if a not in givers)
        givers.extend(a for a in self._participle_party(self._kids(t.i, OBJ)) if a not in givers)
        for o in self._objects(t):  # « des drones armés en provenance de Turquie », wherever the parser hangs it
            for j in self.doc.subtree(o.i):
                if lemma_of(self.doc.tokens[j]) in ("provenance", "provenant", "originaire"):
                    for k in self._kids(j, {"nmod", "obl", "obl:arg", "prep"}):
                        givers.extend(a for a in self._actors_in(k.i)[0] if a not in givers)
        return givers

    def _sources(self, t: Token) -> tuple[list[Actor], bool]:
        if self.lang == "en" and t.tag in ("VBD", "VBZ", "VBP") and t.dep in ("advcl", "conj") and t.i > 0 and \
                not self._kids(t.i, SUBJ | PASS_SUBJ):
            m = self.by_token.get(t.i - 1)
            if standalone(m, strict=True) and m.end - 1 == t.i - 1:
                return [m.actor], False  # "Hamas freed ... and Israel released ...", parsed with Israel astray
        subj = self._subject_token(t)
        if subj is None and self.lang == "fr" and t.dep == "advcl" and "Tense=Pres|VerbForm=Part" in t.morph:
            # « ..., a annoncé mardi le porte-parole du gouvernement, dénonçant le soutien de Kiev »: the participle
            # is the speaker's, whom the parser took for the reporting verb's object
            got = self._incise_speaker(self.doc.tokens[t.head])
            if got:
                return got, False
        if subj is None:
            if t.dep == "acl" and t.head != t.i and lemma_of(self.doc.tokens[t.head]) in DOCUMENTS:
                # "ont adressé une lettre dénonçant ...": the document's authors say it
                doc_noun = self.doc.tokens[t.head]
                owner = self._kids(doc_noun.i, {"poss", "nmod:poss"}) + [
                    k for k in self._kids(doc_noun.i, {"nmod"}) if self._case_word(k) in ("de", "du", "des", "d", "of")]
                for o in owner:
                    got, pron = self._actors_in(o.i)
                    if got:
                        return got, pron
                if doc_noun.head != doc_noun.i and doc_noun.dep in OBJ | {"obl", "obl:mod", "pobj"}:
                    gov = self.doc.tokens[doc_noun.head]
                    if gov.pos == "ADP" and gov.head != gov.i:
                        gov = self.doc.tokens[gov.head]
                    if gov.pos in ("VERB", "AUX"):
                        return self._sources(gov)
            return self._surface_subject(t), False
        for k in self._kids(subj.i, {"acl"}):  # "rebels led by Hayat Tahrir al-Sham", « menés par le JNIM »
            if lemma_of(k) in LED_BY:
                for ag in self._kids(k.i, AGENT | {"obl:agent"}):
                    inner = self._kids(ag.i, {"pobj"}) or [ag]
                    got, pron = self._actors_in(inner[0].i)
                    if got:
                        return got, pron
        heads = [subj] + [self.doc.tokens[c] for c in self.doc.children[t.i]
                          if self.doc.tokens[c].dep in SUBJ and c != subj.i]
        actors: list[Actor] = []
        pron = False
        for h in heads:
            got, p = self._actors_in(h.i)
            pron = pron or p
            actors.extend(a for a in got if a not in actors)
            m = self.by_token.get(h.i)
            if m is not None and m.type in ("country", "org", "composite", "person"):
                # "Le Mali, le Burkina Faso et le Niger ont signé": a list the parser split is still one subject
                pool = [x for x in self.mentions if x.sentence == m.sentence and standalone(x)]
                actors.extend(a for a in self._group_of(m, pool, both=True) if a not in actors)
        return actors, pron

    def _by_explosive(self, t: Token) -> bool:
        """Whether a violent verb's means is an explosive device or a blast: its agent or an instrument phrase
        ("killed by a roadside bomb", « tués par l'explosion d'un engin »), the blast it happened in ("killed
        in a blast", « tués dans l'explosion d'une mine »), or the subject of the clause a participle hangs on
        ("A car bomb exploded ..., killing six officers")."""
        for k in self._kids(t.i, AGENT | {"obl", "obl:mod", "prep"}):
            case = self._prep_word(k)
            words = {lemma_of(self.doc.tokens[j]) for j in self._arg_tokens(k.i)}
            if case in ("par", "by", "with", "avec") and words & (EXPLOSIVES | BLASTS):
                return True
            if case in ("in", "dans", "lors") and words & BLASTS:
                return True
        if t.dep in ("advcl", "acl", "xcomp", "advmod") and t.head != t.i:
            if lemma_of(self.doc.tokens[t.head]) in BLASTS:  # « a explosé ..., tuant cinq soldats »
                return True
            for k in self._kids(t.head, SUBJ):
                if {lemma_of(self.doc.tokens[j]) for j in self._arg_tokens(k.i)} & (EXPLOSIVES | BOMBERS):
                    return True
        return False

    def _by_air(self, t: Token) -> bool:
        """Whether a violent verb's means, its agent or an instrument phrase, is a strike from the air ("killed by a
        drone strike", « tués lors d'un bombardement aérien »)."""
        means = [k for k in self._kids(t.i, AGENT | {"obl", "obl:mod", "prep"})
                 if self._prep_word(k) in ("par", "by", "in", "dans", "lors", "with", "avec")]
        means += [x for k in self._kids(t.i, {"advmod"}) if k.lower == "lors" for x in self._kids(k.i, {"obl:arg"})]
        for k in means:
            words = {lemma_of(self.doc.tokens[j]) for j in self._arg_tokens(k.i)}
            if words & AIR_MEANS or (words & STRIKE_NOUNS and words & AIR_WORDS):
                return True
        return False

    def _words_before(self, t: Token) -> list[Token]:
        """The words right before a verb whose subject the parse lost, back to punctuation or another verb."""
        out: list[Token] = []
        for i in range(t.i - 1, self.doc.sentences[t.sent].start - 1, -1):
            k = self.doc.tokens[i]
            if k.pos == "PUNCT" or (k.pos == "VERB" and k.dep != "amod"):
                break
            out.append(k)
        return out

    def _bombing_code(self, t: Token) -> str:
        """The kind of bombing the sentence tells: a suicide bombing (1831), a car bomb (1832), else a roadside
        or improvised device (1833)."""
        s = self.doc.sentences[t.sent]
        lemmas = [lemma_of(self.doc.tokens[i]) for i in range(s.start, s.end)]
        if set(lemmas) & SUICIDE_WORDS:
            return "1831"
        # "a car bomb", « une voiture piégée »: the vehicle word next to the bomb word; not "their vehicle struck
        # a mine"
        car = any(a in CAR_BOMB_WORDS and b in BOMB_WORDS or a in BOMB_WORDS and b in CAR_BOMB_WORDS
                  for a, b in zip(lemmas, lemmas[1:]))
        return "1832" if car else "1833"

    def _toll_victims(self, t: Token) -> list[Actor]:
        """The victims named in the toll of a violent act ("A car bomb exploded ..., killing six officers",
        « a explosé ..., tuant trois soldats »): the object of a killing participle hung on its verb, which is
        the same event told with its toll."""
        for k in self._kids(t.i, {"advcl", "conj", "xcomp"}):
            participle = self._present_participle(k)
            entry = self._verb_entry(k) if participle else None
            if entry is not None and entry.code[:2] in VIOLENT_ROOTS:
                return [a for o in self._objects(k) for a in self._actors_in(o.i)[0]]
        return []

    def _victims_of(self, noun: Token) -> list[Actor]:
        """Who suffers the violence a noun names, when the verb it hangs on says so: the subject of "died in
        an attack", « ont péri dans l'explosion », « ont perdu la vie dans une embuscade », « l'armée a subi
        une attaque », "came under attack", or of the noun "target" in « le camp a été la cible d'une attaque »."""
        toks = self.doc.tokens
        tolled = self._lives_cost(noun)
        if tolled:
            return tolled
        up = toks[noun.head] if noun.head != noun.i else None
        if up is not None and up.dep == "prep" and up.head != up.i:  # English: noun <- pobj <- preposition
            up = toks[up.head]
        if up is None or up.i == noun.i:
            return []
        lem = lemma_of(up)
        if lem not in VICTIM_VERBS | TARGET_NOUNS or (lem in VICTIM_VERBS and up.pos not in ("VERB", "ADJ")):
            return []
        need = VICTIM_OBJECTS.get(lem)
        if need and not any(lemma_of(k) == need or lexicon.norm(k.text) == need
                            for k in self._kids(up.i, OBJ | {"prep", "prt", "obl", "obl:mod"})):
            return []  # "lost ground", "found a way": not a death
        subj = self._kids(up.i, SUBJ | PASS_SUBJ)
        return self._actors_in(subj[0].i)[0] if subj else []

    def _lives_cost(self, noun: Token) -> list[Actor]:
        """Whose lives an act "cost" or "claimed", told by a verb whose subject it is or by its relative clause
        (« l'attaque jihadiste qui a coûté la vie à une cinquantaine de soldats », "the ambush, which claimed the
        lives of twelve gendarmes"): those it was done to."""
        verbs = [self.doc.tokens[noun.head]] if noun.dep in SUBJ and noun.head != noun.i else []
        verbs += self._kids(noun.i, {"relcl", "acl:relcl"})
        out: list[Actor] = []
        for v in verbs:
            lives = [o for o in self._kids(v.i, OBJ) if lemma_of(o) in LIVES]
            if lemma_of(v) not in COST_VERBS or not lives:
                continue
            whose = [k for k in self._kids(v.i, {"obl", "obl:arg", "obl:mod", "iobj", "dative"})
                     if self._prep_word(k) in ("a", "au", "aux", "")] + \
                [x for o in lives for p in self._kids(o.i, {"prep"}) if lexicon.norm(p.text) == "of"
                 for x in self._kids(p.i, {"pobj"})] + \
                [k for o in lives for k in self._kids(o.i, {"nmod"}) if self._prep_word(k) in ("a", "au", "aux")]
            for k in whose:
                out.extend(a for a in self._actors_in(k.i)[0] if a not in out)
        return out

    def _sent_to_help(self, t: Token, senders: list[Actor]) -> str | None:
        """The foreign state forces are sent to, when they go to help it: trainers or instructors, a purpose of
        helping ("pour aider", "to support"), or the host's request ("à la demande de", "at the request of").
        Forces sent abroad with none of these stay a deployment (154): they may be going to fight."""
        dest: str | None = None
        # the destination hangs on the verb, or on the forces sent ("des soldats en Gambie")
        places = self._kids(t.i, {"obl", "obl:arg", "obl:mod", "prep", "dative", "advmod", "nmod", "xcomp"})
        places += [k for o in self._objects(t) for k in self._kids(o.i, {"nmod", "prep"})]
        for k in places:
            # (the small French model may read "au Niger" as a verb with "au" as its marker)
            word = self._prep_word(k) or next((lexicon.norm(c.text) for c in self._kids(k.i, {"mark"})), "")
            if word not in ("a", "au", "aux", "en", "vers", "to", "into", "in"):
                continue
            for j in self._arg_tokens(k.i):
                m = self.by_token.get(j)
                country = m.actor.country if m is not None and m.type in ("country", "capital") else None
                p = self.place_by_token.get(j)
                country = country or (p.place.country if p is not None else None)  # "à Niamey": Niger
                if country:
                    dest = country
                    break
            if dest:
                break
        if dest is None:  # "sent troops to help Russia drive Ukrainian forces out": the state helped
            for j in self.doc.subtree(t.i):
                tk = self.doc.tokens[j]
                if tk.pos == "VERB" and lemma_of(tk) in HELP_CUES:
                    # "to help Russia drive ... out": the helped is the object, or the subject of what it helps do
                    held = self._objects(tk) + [s for c in self._kids(tk.i, {"ccomp", "xcomp"})
                                                for s in self._kids(c.i, SUBJ)]
                    helped = [a for o in held for a in self._actors_in(o.i)[0] if a.country]
                    if helped:
                        dest = helped[0].country
                        break
        if dest is None or any(a.country == dest for a in senders):
            return None
        words = {lemma_of(self.doc.tokens[j]) for j in self.doc.subtree(t.i)}
        return dest if words & HELP_CUES else None

    def _accuser(self, t: Token, deniers: list[Actor]) -> list[Actor]:
        """Who made the accusations a verb rejects: named on the accusation ("the Malian accusations", "les
        accusations portées par le Mali", "HRW's report"), else the accuser of the two sentences before."""
        mine = {side(a) for a in deniers} | {a.country for a in deniers if a.country}
        objs = self._objects(t) or self._kids(t.i, PASS_SUBJ)
        named = [a for o in objs for a in self._actors_in(o.i)[0]] + self._participle_party(objs)
        for a in named:
            if side(a) not in mine and a.country not in mine:
                return [a]
        for si, a in reversed(self.accusers):
            if 0 <= t.sent - si <= 2 and side(a) not in mine and a.country not in mine:
                return [a]
        return []

    def _claimant(self, noun: Token) -> list[Actor]:
        """Who claims or carried out an attack noun, in a participle hung on it: "l'assaut, revendiqué par le
        JNIM", "the ambush, claimed by Islamic State", « une attaque menée par des combattants du JNIM »."""
        for k in self._kids(noun.i, {"acl", "amod"}):
            if not self._kids(k.i, AGENT):
                continue
            if lemma_of(k) in CLAIM | CARRIED_OUT | AUTHORED:
                # « la plainte déposée par le Soudan », « l'interdiction décrétée par les autorités »; but in
                # "the attack condemned by France" or « confirmée par l'armée » the agent did not do it
                agent = self._kids(k.i, AGENT)[0]
                agent = next(iter(self._kids(agent.i, {"pobj"})), agent)
                m = self.by_token.get(agent.i)  # "par le Mali contre l'Algérie": the agent, not its complement
                if standalone(m) and not self._kids(agent.i, {"conj"}):
                    return [m.actor]
                return self._sources(k)[0]
        return []

    def _actors_after(self, t: Token, cases: tuple[str, ...], first: bool = False) -> list[Actor]:
        """The actors in `t`'s phrase after one of `cases`, wherever the parser hung the preposition: what a
        participle aims at (« la plainte déposée par le Mali contre l'Algérie »), to whom a gift goes (« la
        livraison par la Russie d'hélicoptères de combat à l'armée malienne »). `first`: the first such phrase's."""
        out: list[Actor] = []
        for j in self.doc.subtree(t.i):
            k = self.doc.tokens[j]
            if k.dep in ("nmod", "obl", "obl:arg", "obl:mod", "pobj") and self._case_word(k) in cases:
                got = [a for a in self._actors_in(k.i)[0] if a not in out]
                if got and first:
                    return got
                out.extend(got)
        return out

    def _surface_subject(self, t: Token) -> list[Actor]:
        """The parser lost a finite verb's subject ("Dans un communiqué publié mercredi, le Mali, le Burkina
        Faso et le Niger ont condamné", where the list hangs on the participle): the actors named right before
        the verb, with only auxiliaries, clitics and negation between, and listed with commas or "et"/"and",
        are its subject. A list that follows a preposition is a complement, not a subject."""
        toks = self.doc.tokens
        start = self.doc.sentences[t.sent].start
        if t.pos != "VERB" or self._passive(t) or t.dep not in ("ROOT", "root", "conj"):
            return []
        i = t.i - 1
        finite = "VerbForm=Fin" in t.morph
        while i >= start and (toks[i].pos == "AUX" or toks[i].lower in PRECLITICS):
            finite = finite or toks[i].pos == "AUX"
            i -= 1
        if not finite:
            return []
        found: list[Actor] = []
        while i >= start:
            m = self.by_token.get(i)
            if not standalone(m, strict=True) or m.end - 1 != i or \
                    m.locative == "place":
                break
            found.append(m.actor)
            j = m.start - 1
            while j >= start and toks[j].pos == "DET":
                j -= 1
            if j >= start and (toks[j].text == "," or toks[j].lower in ("et", "and")):
                i = j - 1
                if i >= start and toks[i].text == "," and toks[j].lower in ("et", "and"):
                    i -= 1
                continue
            if j >= start and toks[j].pos == "ADP":
                return []
            break
        out: list[Actor] = []
        for a in reversed(found):
            if a not in out:
                out.append(a)
        return out

    def _subject_token(self, t: Token) -> Token | None:
        causee = self._causee(t)
        if causee is not None:
            return causee
        if self._stranded(t):  # the nearest actor before it, with no verb between
            for i in range(t.i - 1, self.doc.sentences[t.sent].start - 1, -1):
                tk = self.doc.tokens[i]
                if tk.pos == "VERB":
                    break
                m = self.by_token.get(i)
                if standalone(m):
                    return self.doc.tokens[self._mention_head(m)]
        cur = self._past_relative(t)
        for _ in range(4):
            if self._passive(cur):
                ag = self._agents(cur)
                if ag:
                    inner = self._kids(ag[0].i, {"pobj"})
                    return inner[0] if inner else ag[0]
                # the parser hung "par X" on a nearby noun, or on a day it read as a verb ("revendiquée lundi par")
                # (or on a town it read as a verb: « reçu à Alger par le président », Alger an xcomp)
                days = [k.i for k in self._kids(cur.i) if lemma_of(k) in TIME_WORDS or
                        (k.dep == "xcomp" and self._kids(k.i, AGENT))]
                for j in [x for d in [cur.i, *days] for x in self.doc.subtree(d, CLAUSE_DEPS)]:
                    tk = self.doc.tokens[j]
                    if tk.lower in ("par", "by") and tk.dep in ("case", "prep", "agent") and tk.head != cur.i:
                        host = self.doc.tokens[tk.head] if tk.dep == "case" else next(iter(self._kids(j, {"pobj"})), None)
                        if host is not None and any(i in self.by_token for i in self._arg_tokens(host.i)):
                            return host  # "par plusieurs centaines de combattants du JNIM"
                return None
            subj = [k for k in self._kids(cur.i, SUBJ | (PASS_SUBJ if self._stative(cur) else set()))
                    if k.lower not in ("-t", "t")]
            if subj:
                return subj[0]
            if cur.dep == "pcomp" and cur.head != cur.i and self.doc.tokens[cur.head].dep == "prep":
                cur = self.doc.tokens[self.doc.tokens[cur.head].head]  # "concluded by urging ..."
                continue
            if cur.dep in ("xcomp", "conj", "advcl", "acl", "ccomp", "acomp") and cur.head != cur.i:
                # "acomp": "France is ready to contribute": the subject of "is ready" contributes
                head = self.doc.tokens[cur.head]
                if cur.dep == "acl" and head.pos in ("NOUN", "PROPN"):
                    if cur.tag == "VBN" or "VerbForm=Part" in cur.morph and "Tense=Past" in cur.morph:
                        return None  # "the fighters killed in ..." — the noun is the patient
                    poss = self._kids(head.i, {"poss", "nmod:poss", "det"})
                    poss = [p for p in poss if p.lower in PRONOUNS.get(self.lang, set()) or p.i in self.by_token]
                    if poss:
                        return poss[0]
                    after_comma = cur.i > 0 and self.doc.tokens[cur.i - 1].text == "," and (
                        cur.tag == "VBG" or "Tense=Pres|VerbForm=Part" in cur.morph)
                    closes_relative = after_comma and bool(self._kids(head.i, {"relcl", "acl:relcl"}))
                    if any(i in self.by_token for i in self._arg_tokens(head.i)) and not closes_relative:
                        # "a column of jihadists travelling": the noun's actors act (not when a comma closes the
                        # noun's relative clause first: « aux sociétés qui continueraient d'opérer, sommant leurs
                        # employés de partir » is the speaker's)
                        return head
                    gov = self.doc.tokens[head.head] if head.head != head.i else None
                    # « a annoncé la fin de l'accord, accusant l'Algérie »: a present participle set off by a comma
                    # is the clause's subject's, wherever the parser hangs it
                    if gov is None or (lemma_of(gov) not in ISSUE and not after_comma):
                        return None
                    # "a promulgué un décret dissolvant les partis": the decree's author dissolves them
                    cur = head
                    while cur.head != cur.i and cur.pos not in ("VERB", "AUX"):
                        cur = self.doc.tokens[cur.head]
                    if cur.pos not in ("VERB", "AUX") or cur.i == head.i:
                        return None
                    continue
                if cur.dep == "advcl" and ("VerbForm=Part" in cur.morph or cur.tag == "VBN") and self._passive(head):
                    # « Arrivé jeudi à Bamako, le ministre a été reçu par Goïta »: a participle set before a passive
                    # clause is its subject's, not its agent's
                    told = self._kids(head.i, PASS_SUBJ)
                    if told:
                        return told[0]
                cur = head
                continue
            return None
        return None

    def _noun_before_comma(self, t: Token) -> int | None:
        """The noun right before the comma that opens a past participle's phrase the parser hung on a verb (« cinq
        de ses ressortissants, arrêtés la semaine dernière par »): the participle describes that noun."""
        if t.dep != "advcl" or t.i < 2 or self.doc.tokens[t.i - 1].text != "," or \
                not ("VerbForm=Part" in t.morph and "Tense=Past" in t.morph or t.tag == "VBN"):
            return None
        before = self.doc.tokens[t.i - 2]
        return before.i if before.pos in ("NOUN", "PROPN") and before.i in self.by_token else None

    def _past_relative(self, t: Token) -> Token:
        """Where to look for the doer of `t`: for a present participle set off by a comma that the parser hangs inside
        a relative clause (« a rejeté la liste des ressortissants que Paris souhaite expulser, dénonçant un
        ultimatum »), the verb of the clause the relative's noun belongs to; else `t` itself."""
        if self._gerund(t):
            # « a suspendu ... deux ONG, en les accusant de », « New Delhi a riposté en expulsant »: a gerund's doer
            # is the subject of the verb it hangs on, however far up the parse put that verb
            cur = t
            while cur.head != cur.i:
                cur = self.doc.tokens[cur.head]
                if cur.pos in ("VERB", "AUX") and self._kids(cur.i, SUBJ):
                    return cur
            if cur.i != t.i and cur.pos in ("VERB", "AUX"):
                return cur
        if not self._after_comma_participle(t):
            return t
        cur = self.doc.tokens[t.head]
        while cur.dep in ("xcomp",) and cur.head != cur.i:
            cur = self.doc.tokens[cur.head]
        if cur.dep not in ("relcl", "acl:relcl") or cur.head == cur.i:
            return t
        cur = self.doc.tokens[cur.head]
        while cur.head != cur.i and cur.pos not in ("VERB", "AUX"):
            cur = self.doc.tokens[cur.head]
        return cur if cur.pos in ("VERB", "AUX") else t

    def _causee(self, t: Token) -> Token | None:
        """Who a causative made act: the object of "prompted X to", « a poussé X à »."""
        if t.head == t.i or t.dep not in ("xcomp", "advcl", "obl", "obl:arg") or self._kids(t.i, SUBJ):
            return None
        gov = self.doc.tokens[t.head]
        objs = self._kids(gov.i, OBJ)
        if lemma_of(gov) not in CAUSATIVE or not objs or not any(
                k.lower in ("to", "à", "a", "de", "d'") for k in self._kids(t.i, {"aux", "mark", "case"})):
            return None
        return objs[0]

    def _incise_speaker(self, t: Token) -> list[Actor]:
        """The speaker of a French incise (« ..., a dénoncé l'Association des journalistes »), which the parser
        reads as the object of a verb conjoined to the clause before, or that the repairs made its inverted subject."""
        if self.lang == "fr" and t.dep == "parataxis" and lemma_of(t) in self.cues["reporting"]:
            after = [k for k in self._kids(t.i, SUBJ) if k.i > t.i]
            if after:
                return self._actors_in(after[0].i)[0]
        if self.lang != "fr" or t.dep not in ("conj", "parataxis", "advcl", "ROOT", "root") or self._kids(t.i, SUBJ) or \
                lemma_of(t) not in self.cues["reporting"] or "Tense=Pres|VerbForm=Part" in t.morph:
            return []  # (« ..., accusant l'Ukraine de » is the subject's own participle, not an incise)
        i = t.i - 1
        while i >= 0 and self.doc.tokens[i].pos == "AUX":
            i -= 1
        if i < 0 or self.doc.tokens[i].text != ",":
            return []
        for o in self._objects(t):
            got, _ = self._actors_in(o.i)
            if got:
                return got
        return []

    def _protest_aim(self, t: Token) -> list[Actor]:
        """« ont manifesté pour exiger le départ des militaires américains », "marched to demand the release of":
        a protest is aimed at whom its demand names."""
        for k in self._kids(t.i, {"advcl", "xcomp"}):
            e = self._verb_entry(k)
            if e is not None and e.code != "light" and e.code[:2] in ("10", "02", "11"):
                got = self._targets(k, e)
                if got:
                    return got[:1]
        return []

    def _french_relative_antecedent(self, t: Token) -> Actor | None:
        """« la Cour pénale internationale, qu'ils accusent de ... »: the small French model reads the relative
        « qu' » as a conjunction; the actor named right before it (a comma between) is the verb's object."""
        if self.lang != "fr":
            return None
        marks = [m for m in self._kids(t.i, {"mark"}) if lexicon.norm(m.text).rstrip("'’") in ("que", "qu")]
        if not marks or marks[0].i == 0:
            return None
        m = self._mention_just_before(marks[0].i)
        if m is None:
            return None
        subj = self._kids(t.i, SUBJ)
        return m.actor if subj and subj[0].i > marks[0].i else None

    def _mention_just_before(self, i: int) -> ActorMention | None:
        """The actor named right before token `i` (one comma between at most), as a whole mention ending there."""
        j = i - 1
        if j > 0 and self.doc.tokens[j].text == ",":
            j -= 1
        m = self.by_token.get(j)
        return m if m is not None and standalone(m, strict=True) and m.end - 1 == j else None

    def _with_whom(self, t: Token) -> list[Actor]:
        """« reçu par le président malien, avec qui il a évoqué la force unifiée »: the small French model hangs « avec »
        and « qui » on the verb as a conjunction and a subject; the actors named right before « avec » (a comma between;
        « ses homologues malien et burkinabè, avec lesquels ») are the partners."""
        if self.lang != "fr":
            return []
        for k in self._kids(t.i):
            if k.lower not in ("qui", "lequel", "laquelle", "lesquels", "lesquelles") or k.i < 2 or \
                    self.doc.tokens[k.i - 1].lower != "avec":
                continue
            m = self._mention_just_before(k.i - 1)
            if m is not None:
                pool = [x for x in self.mentions if x.sentence == m.sentence and standalone(x)]
                return self._group_of(m, pool) or [m.actor]
        return []

    def _threatened_party(self, t: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a threat is aimed at when what it threatens is not itself coded: the actors, else the country
        of the place, in its complement (« a menacé d'intervenir militairement au Nigeria »)."""
        for k in self._kids(t.i, {"xcomp", "advcl"}):
            if not any(m.lower in ("to", "de", "d'", "d’") for m in self._kids(k.i, {"aux", "mark"})):
                continue
            found = [a for a in self._actors_in(k.i)[0] if a not in sources]
            if found:
                return found
            places = {p.place.country for j in self.doc.subtree(k.i)
                      if (p := self.place_by_token.get(j)) is not None and p.place.country}
            places -= {a.country for a in sources}
            if len(places) == 1:
                return [country_actor(places.pop())]
        return []

    def _all_of(self, t: Token) -> bool:
        """Whether the verb's object is "all"/"both"/« toutes » of something ("all sides", « toutes les parties »),
        not one party ("the ruling party")."""
        return any(lexicon.norm(d.text) in ("all", "both", "tout", "toute", "tous", "toutes")
                   for o in self._objects(t) for d in self._kids(o.i, {"det", "predet", "amod", "nummod"}))

    def _que_clause_subjects(self, t: Token) -> list[Actor]:
        """Whom a demand or an appeal is made of when the parse loses its content clauses: the actor right after
        each « que » / "that" that follows the verb in its sentence (« a exigé lundi, dans un communiqué, que
        les forces rwandaises quittent ... et que le M23 dépose les armes »)."""
        s = self.doc.sentences[t.sent]
        out: list[Actor] = []
        for i in self._demand_clauses(t):
            j = i + 1
            while j < s.end and self.doc.tokens[j].pos == "DET":
                j += 1
            m = self.by_token.get(j)
            after = self.by_token.get(j + 1)
            actor = None
            if standalone(m):
                actor = m.actor
            elif after is not None and after.type == "adjective" and after.actor.country:
                actor = country_actor(after.actor.country)  # « que les forces rwandaises »: their country
            if actor is not None and actor not in out:
                out.append(actor)
        return out

    def _relative_partner(self, t: Token) -> list[Actor]:
        """The antecedent of a relative pronoun after "à"/"avec"/"to"/"with" on the verb or the verb it hangs
        on (« le capitaine Traoré, à qui il a promis d'intensifier la coopération », "Goita, with whom he held
        talks"): the partner the act is addressed to."""
        cur = t
        for _ in range(3):
            for k in self._kids(cur.i, {"obl", "obl:mod", "obl:arg", "iobj", "prep", "dep"}):
                pron = (self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k
                case = lexicon.norm(k.text) if k.dep == "prep" else self._case_word(k)
                if lexicon.norm(pron.text) in RELATIVE | {"auquel", "auxquels", "auxquelles", "whom"} and \
                        (case in ("a", "à", "au", "avec", "to", "with") or lexicon.norm(pron.text).startswith("aux")):
                    rel = cur
                    while rel.dep not in ("acl:relcl", "relcl") and rel.head != rel.i:
                        rel = self.doc.tokens[rel.head]
                    if rel.dep not in ("acl:relcl", "relcl"):
                        return []
                    antecedent = self._actor_before(min(self.doc.subtree(rel.i)), rel.sent)
                    return [antecedent] if antecedent is not None else []
            if cur.dep not in ("xcomp", "ccomp") or cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        return []

    def _targets(self, t: Token, entry: VerbEntry | None, skip_objects: bool = False) -> list[Actor]:
        objs = self._kids(t.i, PASS_SUBJ) if self._passive(t) else self._objects(t)
        if entry is not None and entry.code[:2] == "04" and lemma_of(t) in TOPIC_VERBS and not self._passive(t):
            skip_objects = True  # "with whom he discussed relations between the AES and ECOWAS": a topic
        noun = self._noun_before_comma(t) if not objs and not skip_objects and self._passive(t) else None
        if noun is not None or not objs and not skip_objects and self._passive(t) and t.dep in ("acl", "amod") and \
                t.head != t.i:
            # "un diplomate, accusé par Niamey d'espionnage": the actor the participle hangs on undergoes it
            # (when an actor does it: not "people uprooted by violence"); « ses ressortissants, arrêtés par les
            # forces nigériennes », which the parser hangs on the main verb, likewise
            holder = noun if noun is not None else t.head
            m = self.by_token.get(holder)
            agents = [a for k in self._kids(t.i, AGENT) for a in self._actors_in(k.i)[0]]
            if standalone(m) and agents and m.actor not in agents:
                got, _ = self._actors_in(holder)   # whose they are (« ses »)
                return [a for a in got if a not in agents] or [m.actor]
        found: list[Actor] = []
        if entry is not None and (entry.code[:2] == "07" or entry.code[:4] == "0842") and not skip_objects and \
                not self._passive(t):
            # "delivered another IRIS-T system to Ukraine", « restituer à Orano le stock de la mine »: what is given
            # (back) is no party; the recipient is
            got = self._targets(t, entry, skip_objects=True)
            if got:
                return got
        antecedent = self._french_relative_antecedent(t) if not skip_objects else None
        if antecedent is not None:
            return [antecedent]
        partners = self._with_whom(t)
        if partners:
            return partners
        if objs and self._gerund(t) and all(lexicon.norm(o.text) in GERUND_CLITICS for o in objs):
            main = self._past_relative(t)   # « a expulsé le représentant de l'ONU en l'accusant »: « l' » is the
            if main is not t:               # object of the main verb
                objs = self._kids(main.i, PASS_SUBJ) if self._passive(main) else self._objects(main)
        for o in ([] if skip_objects else objs):
            if lexicon.norm(o.text).rstrip("'’") in RELATIVE | {"qu"} and t.dep in ("relcl", "acl:relcl") and \
                    t.head != t.i:
                o = self.doc.tokens[t.head]  # « la Cour pénale internationale, qu'ils accusent »: the antecedent
            got, _ = self._actors_in(o.i, doer=True)
            if not got and entry is not None and entry.code[:2] in VIOLENT_ROOTS:
                got = self._carried(o)
            found.extend(a for a in got if a not in found)
        if found:
            return found
        preps = entry.target if entry and entry.target else DEFAULT_TARGET.get(self.lang, ())
        if entry is not None and entry.code[:2] in VIOLENT_ROOTS and self.lang == "en":
            preps = tuple(preps) + ("at",)  # "fired missiles at U.S. warships": at is aimed, not where
        for word_set in (preps, FALLBACK_TARGET.get(self.lang, ()) if objs else ()):
            kids = self._kids(t.i)
            for p in [k for k in kids if k.dep == "prt"]:
                for k in self._kids(p.i, {"prep"}):  # "pulling out of the ICC"
                    got = [a for x in self._kids(k.i, {"pobj"}) for a in self._actors_in(x.i, doer=True)[0]]
                    found.extend(a for a in got if a not in found)
            for k in kids:
                obj = None
                if k.dep == "prep" and lexicon.norm(k.text) in word_set:
                    pobj = self._kids(k.i, {"pobj", "pcomp"})
                    obj = pobj[0] if pobj else None
                elif k.dep in ("obl", "obl:arg", "obl:mod", "iobj", "nmod") and any(
                        lexicon.norm(c.text) in word_set for c in self._kids(k.i, {"case"})):
                    obj = k
                elif k.dep in ("dative", "iobj") and (self.lang == "en" or k.pos == "PRON"):
                    obj = k  # "qui lui a réaffirmé le soutien de la France": "lui" receives it
                if obj is not None and self._border_phrase(k):
                    continue  # "deployed troops to the Algerian border": where they go, not whom at
                if obj is not None and not (lemma_of(obj) in NOT_PARTY and word_set is not preps):
                    # "in the presence of Rubio", "in solidarity with Bamako": no party
                    got, _ = self._actors_in(obj.i, doer=True)
                    found.extend(a for a in got if a not in found)
            if found:
                return found
        addressed = entry is not None and entry.code[:2] in ADDRESSED_ROOTS
        found.extend(a for a in self._surface_target(t, preps, addressed) if a not in found)
        if found:
            return found
        tprep = set(preps) | set(FALLBACK_TARGET.get(self.lang, ()))
        for o in objs:  # "recalled its ambassador to Algeria": the object's own complement
            for k in self._kids(o.i, {"prep", "nmod"}):
                word = self._prep_word(k)
                if word not in tprep or self._border_phrase(k):
                    continue
                got, _ = self._actors_in(k.i)
                found.extend(a for a in got if a not in found)
        if not found:
            found = self._participle_party(objs)
        if not found:
            found = self._relative_partner(t)
        if not found and self.lang == "fr" and not (entry is not None and entry.code in SYMMETRIC):
            for o in objs:  # (a signing's parties are its subjects: "La RDC et le Rwanda ont signé un accord")
                found.extend(a for a in self._partner_in(o) if a not in found)
        return found

    def _carried(self, o: Token) -> list[Actor]:
        """Whom a vehicle struck carries ("struck a boat carrying suspected members of the Tren de Aragua gang",
        « a visé un convoi transportant des soldats »): the people aboard are whom the attack aims at."""
        if lemma_of(o) not in VEHICLES:
            return []
        out: list[Actor] = []
        for acl in self._kids(o.i, {"acl"}):
            if lemma_of(acl) in CARRY:
                for k in self._kids(acl.i, OBJ):
                    out.extend(a for a in self._actors_in(k.i)[0] if a not in out)
        return out

    def _participle_party(self, objs: list[Token]) -> list[Actor]:
        """The party named by a participle hung on the object: "a levé les sanctions imposées au Niger",
        "a rejeté la requête déposée par le Mali", "les exécutions imputées à l'armée burkinabè", "seized gold
        mined by Barrick": its agent or its target preposition's actor is whom the act concerns."""
        out: list[Actor] = []
        nouns = list(objs)
        for o in nouns:  # "l'essentiel des sanctions imposées", "la saisie de trois tonnes d'or du complexe exploité"
            if len(nouns) < 8:
                nouns += self._kids(o.i, {"nmod"}) + [x for p in self._kids(o.i, {"prep"}) if lexicon.norm(p.text) == "of"
                                                      for x in self._kids(p.i, {"pobj"})]
        for o in nouns:
            for acl in self._kids(o.i, {"acl", "amod"}):
                if acl.pos != "VERB" or not ("Tense=Past" in acl.morph or acl.tag == "VBN"):
                    continue
                for k in self._kids(acl.i, AGENT | {"obl", "obl:arg", "obl:mod", "prep", "iobj"}):
                    word = self._prep_word(k)
                    if k.dep not in AGENT and word not in PARTICIPLE_PREPS:
                        continue
                    inner = next(iter(self._kids(k.i, {"pobj"})), k) if k.dep in ("prep", "agent") else k
                    m = self.by_token.get(inner.i)  # "par le Mali devant la Cour": the agent, not its complement
                    got = [m.actor] if standalone(m) and \
                        not self._kids(inner.i, {"conj"}) else self._actors_in(inner.i)[0]
                    out.extend(a for a in got if a not in out)
        return out

    def _partner_in(self, o: Token) -> list[Actor]:
        """The other party named inside an agreement-like object, however deep the parse hangs it: "a
        dénoncé l'accord de coopération militaire qui le liait aux États-Unis". Only for objects that
        name a tie between parties (an event noun of roots 03-08), never places."""
        n = self._noun_entry(o)
        if n is None or n.code[:2] not in ("03", "04", "05", "06", "07", "08"):
            return []
        out: list[Actor] = []
        # (a relative clause on the tie itself names its partner; one on a noun deeper down tells of that noun: « une
        # aide en faveur du Tchad, qui accueille des réfugiés soudanais »)
        relatives = frozenset({"relcl", "acl:relcl"})
        inside = self.doc.subtree(o.i, relatives) + [j for k in self._kids(o.i, set(relatives))
                                                        for j in self.doc.subtree(k.i)]
        for i in sorted(inside):
            m = self.by_token.get(i)
            if m is None or m.start != i or m.type in ("modifier", "sector_modifier"):
                continue
            before = self.doc.tokens[i - 1] if i > 0 else None
            if before is not None and lexicon.norm(before.text) in LOCATIVE:
                continue
            if m.actor not in out:
                out.append(m.actor)
        return out

    def _surface_target(self, t: Token, preps: tuple[str, ...] | frozenset[str] | set[str],
                        addressed: bool = False) -> list[Actor]:
        """When the parse gives no target, the words right after the verb may: a target preposition and
        the actor it introduces ("a réclamé à Alger l'extradition", where the small French model reads
        "Alger" as a verb). Only up to the next comma or verb, and never a place after "in"/"en"."""
        toks = self.doc.tokens
        end = self.doc.sentences[t.sent].end
        i = t.i + 1
        while i < min(end, t.i + 6):
            tk = toks[i]
            if tk.text in (",", ";", ":", "(", "«", "\"") or (tk.pos in ("VERB", "AUX") and i not in self.by_token):
                break
            if tk.pos == "ADP":
                if lexicon.norm(tk.text) not in preps or lexicon.norm(tk.text) in LOCATIVE:
                    break  # only the first preposition after the verb: later ones hang on its object
                j = i + 1
                if j < end and toks[j].pos == "DET":
                    j += 1
                m = self.by_token.get(j)
                if standalone(m, strict=True) and m.start == j:
                    return [m.actor]
                if j < end and addressed:  # "a réclamé à Alger": a capital after "à" is read as a place upstream
                    for hit in gazetteer().find(toks[j].text, self.lang):
                        if hit.entry.type == "capital" and hit.entry.country and hit.end == len(toks[j].text):
                            return [country_actor(hit.entry.country, "GOV")]
                break
            i += 1
        return []

    def _next_actor(self, t: Token, sources: list[Actor]) -> list[Actor]:
        """When the parse gives no target, the first actor named after the trigger in its clause (the small
        models often hang the object on the wrong word), unless a verb, a relative or a place phrase intervenes."""
        s = self.doc.sentences[t.sent]
        for i in range(t.i + 1, min(s.end, t.i + 12)):
            tk = self.doc.tokens[i]
            if tk.pos in ("VERB", "SCONJ") or tk.dep == "mark" or tk.lower in RELATIVE or tk.text in (";", ":", "—", "(") or \
                    (tk.text == "," and i > t.i + 1):
                return []
            if tk.lower in LOCATIVE and tk.pos == "ADP":
                return []
            m = self.by_token.get(i)
            if standalone(m) and m.actor not in sources:
                return [m.actor]
        return []

    def _listed_after(self, t: Token) -> list[Actor]:
        """The actors named after a gathering verb, in order, up to the end of its sentence: neither
        places ("à Moscou") nor the country in parentheses after a name ("Abdoulaye Diop (Mali)"); a
        title without a country gives way to the named people it introduces ("les ministres A, B et C")."""
        toks = self.doc.tokens
        found: list[ActorMention] = []
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.sentence != t.sent or m.start <= t.i or not standalone(m, strict=True):
                continue
            before = toks[m.start - 1] if m.start > 0 else None
            if before is not None and (before.text == "(" or (before.pos == "ADP" and lexicon.norm(before.text) in
                                                               LOCATIVE | {"a", "au", "aux", "to"})):
                continue
            if before is not None and before.pos == "DET" and m.start > 1 and lexicon.norm(
                    toks[m.start - 2].text) in LOCATIVE | {"a", "au", "aux"}:
                continue
            found.append(m)
        if any(m.type == "person" for m in found):
            found = [m for m in found if not (m.type in ("sector", "composite") and m.actor.country is None)]
        out: list[Actor] = []
        for m in found:
            if m.actor not in out:
                out.append(m.actor)
        return out

    def _of_the_sahel(self, n: Token) -> bool:
        """Whether a noun is qualified by the Sahel or the Alliance of Sahel States ("Sahel states", « pays
        sahéliens », « États de l'AES », « pays membres de l'AES »)."""
        for k in self.doc.subtree(n.i):
            if k == n.i:
                continue
            tok = self.doc.tokens[k]
            m = self.by_token.get(k)
            if lexicon.norm(tok.text) in ("sahel", "sahelien", "sahelienne", "saheliens", "saheliennes") or \
                    (m is not None and m.actor.id == "AES"):
                return True
        return False

    def _person_before_place(self, ante: Token) -> int | None:
        """"Bamako's envoy to the United Nations, who had accused": "who" stands for a person, so when the parser
        hangs it on the body or place a person is posted to ("to", "at", "in"), it is that person's (the token
        right before the preposition, if an official or person is named there)."""
        m = self.by_token.get(ante.i)
        if m is None or m.type not in ("org", "country", "capital") or ante.i < 2:
            return None
        first = m.start
        while first > 0 and self.doc.tokens[first - 1].pos == "DET":
            first -= 1
        if first < 2 or self.doc.tokens[first - 1].lower not in ("to", "at", "in"):
            return None
        person = self.by_token.get(first - 2)
        if person is None or person.type not in ("person", "composite") or person.actor.kind not in ("GOV", None):
            return None
        return first - 2

    def _sentence_root(self, t: Token) -> Token | None:
        """The verb at the root of `t`'s sentence, if the root is a verb."""
        root = self._root_of(t)
        return root if root.pos in ("VERB", "AUX") else None

    def _actors_in(self, head: int, doer: bool = False) -> tuple[list[Actor], bool]:
        """Actors named in the argument headed by `head` (one per coordinated member), and whether a
        pronoun had to be resolved. With `doer`, an event noun ("Russia's backing of X") gives its doer."""
        t = self.doc.tokens[head]
        if t.lower.lstrip("-") in PRONOUNS.get(self.lang, set()) or (t.pos == "PRON" and t.lower not in RELATIVE and
                                                          t.text.islower() and t.i not in self.by_token):
            got = list(self._pronoun(t))
            for c in self._kids(t.i, {"conj"}):  # "he and Turkish Foreign Minister Hakan Fidan discussed"
                got.extend(a for a in self._actors_in(c.i)[0] if a not in got)
            return got, bool(got)
        for n in [t] + [p for p in self._kids(t.i, {"poss", "nmod:poss"}) if p.i not in self.by_token]:
            # "the two men", "both countries", "the three countries' move", "les trois pays"
            counted = [PAIR_WORDS[k.lower] for k in self._kids(n.i, {"nummod", "det", "predet", "preconj"})
                       if k.lower in PAIR_WORDS]
            m_n = self.by_token.get(n.i)
            if lemma_of(n) in PAIR_NOUNS and counted and (
                    m_n is None or (m_n.type == "sector" and m_n.actor.country is None)):
                for group in (self.last_pair, self.last_group):
                    if len(group) == counted[0]:
                        return list(group), True
                root = self._sentence_root(n)
                if root is not None and root.i != n.i and root.i not in self.pair_roots and \
                        n.i in self.doc.subtree(root.i, frozenset(SUBJ | PASS_SUBJ)):
                    # « Kinshasa et le M23 ont paraphé une déclaration, au terme de discussions entre les deux
                    # parties »: the pair the sentence's own subject names
                    self.pair_roots.add(root.i)
                    try:
                        doers = self._sources(root)[0]
                    finally:
                        self.pair_roots.discard(root.i)
                    if len(doers) == counted[0]:
                        return list(doers), True
                if counted[0] == len(AES_MEMBERS) and (self.ref is None or self.ref >= AES_FOUNDED) and \
                        self._of_the_sahel(n) and not any(
                        (m := self.by_token.get(k)) is not None and m.actor.id != "AES"
                        for k in self.doc.subtree(n.i) if k != n.i):
                    # (not "Three Sahel countries, Chad, Mauritania and Senegal, ...": those are named)
                    # "the three Sahel states", « les trois pays de l'AES » with no list before: the Alliance's
                    # members, each a party
                    return [country_actor(c, "GOV") for c in AES_MEMBERS], False
        if t.lower in RELATIVE and t.head != t.i:
            verb = self.doc.tokens[t.head]
            if verb.dep in ("relcl", "acl:relcl", "acl") and verb.head != verb.i:
                holder = self._person_before_place(self.doc.tokens[verb.head]) if t.lower in ("who", "whom") else None
                return self._actors_in(holder if holder is not None else verb.head, doer)
        tokens = self._arg_tokens(head)
        own = [k for k in self._kids(t.i, {"poss", "nmod:poss", "det"}) if k.lower in PRONOUNS.get(self.lang, set())]
        m0 = self.by_token.get(t.i)
        if own and m0 is not None and m0.type == "sector" and m0.actor.country is None:
            if doer:
                return [], False  # "recalled their ambassadors": the subject's own agents, not the target
            owners = self._pronoun(own[0])  # "its fighters" are the group's; "their troops" the state's
            kind = m0.actor.kind
            return [country_actor(o.country, kind) if o.country and o.id in (o.country, o.code) or
                    (o.code and o.code == o.country) else o for o in owners], True
        if doer and t.pos == "NOUN" and self._noun_entry(t):
            by = self._noun_agents(t)  # « l'expulsion de ses ressortissants par la Mauritanie »: the agent acts
            if by:
                return by, False
            poss = self._kids(t.i, {"poss", "nmod:poss"})
            if self.lang == "fr":  # "le soutien de l'Ukraine aux groupes terroristes": Ukraine does the supporting
                poss += [k for k in self._kids(t.i, {"nmod"}) if self._case_word(k) in ("de", "du", "des", "d")]
            for p in poss:
                got, pron = self._actors_in(p.i)
                if got:
                    return got, pron
        shared = self._coordinated_modifiers(t)
        if shared:
            return shared, False
        found: list[ActorMention] = []
        named: list[Actor] = []
        for a in self._kids(t.i, {"appos"}):  # "un économiste, Ibrahim Maazou, a affirmé": the named person
            m = self.by_token.get(a.i)
            if m is not None and m.type == "person" and (t.i not in self.by_token or
                                                        self.by_token[t.i].type in ("sector", "composite")):
                named.append(m.actor)
        if named:  # « les présidents congolais Félix Tshisekedi et rwandais Paul Kagame »: each one named
            return (named if self._plural(t) else named[:1]), False
        for i in sorted(tokens):
            m = self.by_token.get(i)
            if m and m not in found and standalone(m):
                found.append(m)
        if not found and t.pos in ("NOUN", "PROPN") and lemma_of(t) in ANAPHORIC and \
                {k.lower for k in self._kids(t.i, {"det"})} & DEFINITE:
            back = self._antecedent_body(t)  # "the commission said", "the group claimed", "le bloc a annoncé"
            if back is not None:
                return [back], True
        unknown = len(found) == 1 and found[0].type == "person" and not found[0].actor.code
        if (not found or unknown) and t.pos == "PROPN":
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded": an unknown name acts
            # for the body its apposition names
            for a in self._kids(t.i, {"appos"}):
                body = [m for i in sorted(self._arg_tokens(a.i)) if (m := self.by_token.get(i)) is not None and
                        m.start == i and m.type in ("org", "composite", "sector") and m.actor.kind == "IGO"]
                if body:
                    found = body
                    break
        if len(found) > 1:
            found = self._outermost(found, tokens)
        if not found:
            for i in sorted(tokens):
                m = self.by_token.get(i)
                if m and m not in found:
                    found.append(m)
        pron = False
        if not found and not doer:  # "its pledge": the possessor does it (never a target: "cut its aid")
            for i in sorted(tokens):
                tk = self.doc.tokens[i]
                if tk.dep in ("poss", "nmod:poss", "det") and tk.lower in PRONOUNS.get(self.lang, set()):
                    got = self._pronoun(tk)
                    if got:
                        return got, True
        actors: list[Actor] = []
        for m in found:
            if m.actor not in actors:
                actors.append(m.actor)
        return actors, pron

    def _noun_agents(self, t: Token) -> list[Actor]:
        """The actors an event noun names as its agent (« l'expulsion par le Niger du chef »), also when the parser
        hangs "by X" on the noun's own "of" complement ("the expulsion of three diplomats by Burkina Faso", « l'expulsion
        de ses ressortissants par la Mauritanie »)."""
        holders = [t] + [k for k in self._kids(t.i, {"nmod"}) if self._case_word(k) in DE_CASES and
                         not self._noun_entry(k)] + [x for p in self._kids(t.i, {"prep"}) if lexicon.norm(p.text) == "of"
                                                     for x in self._kids(p.i, {"pobj"}) if not self._noun_entry(x)]
        for h in holders:
            for k in self._kids(h.i, {"nmod", "prep", "agent"}):
                if self._prep_word(k) not in ("by", "par"):
                    continue
                inner = next(iter(self._kids(k.i, {"pobj"})), k) if k.dep in ("prep", "agent") else k
                got = self._actors_in(inner.i)[0]
                if got:
                    return got
        return []

    @staticmethod
    def _plural(t: Token) -> bool:
        """Whether a noun names more than one (its morphology, else the tag: "NNS")."""
        return "Number=Plur" in t.morph or t.tag in ("NNS", "NNPS")

    def _coordinated_modifiers(self, t: Token) -> list[Actor]:
        """"U.S. and British warships", "Malian and Burkinabe troops", "les armées malienne et burkinabè":
        one actor per country named in a coordinated modifier, with the noun's sector."""
        if t.pos == "ADP":
            objs = self._kids(t.i, {"pobj"})
            if not objs:
                return []
            t = objs[0]
        mods = [k for k in self._kids(t.i, {"compound", "amod", "nmod"}) if k.i in self.by_token]
        for k in list(mods):
            mods.extend(c for c in self._kids(k.i, {"conj"}) if c.i in self.by_token and c not in mods)
        if len(mods) < 2 or not any(c.dep == "conj" for c in mods):
            return []
        countries: list[str] = []
        for k in mods:
            m = self.by_token[k.i]
            if m.type not in ("adjective", "country") or not m.actor.country:
                return []
            if m.actor.country not in countries:
                countries.append(m.actor.country)
        if len(countries) < 2:
            return []
        head = self.by_token.get(t.i)
        kind = head.actor.kind if head is not None and head.type in ("sector", "composite") else None
        return [country_actor(c, kind) for c in countries]

    def _outermost(self, found: list[ActorMention], tokens: set[int]) -> list[ActorMention]:
        """Drop a mention nested in the complement of another ("partisans des putschistes", "the
        spokesman of the army"): the outer one is the actor. Coordinated members stay."""
        heads = {id(m): self._mention_head(m) for m in found}
        keep = []
        for m in found:
            cur = self.doc.tokens[heads[id(m)]]
            nested = False
            for _ in range(6):
                if cur.head == cur.i or cur.head not in tokens:
                    break
                if cur.dep == "conj":
                    break
                up = self.doc.tokens[cur.head]
                if any(up.i in o.tokens() for o in found if o is not m) and cur.dep in (
                        "pobj", "nmod", "prep", "poss", "nmod:poss", "compound", "amod"):
                    owner = next(o for o in found if o is not m and up.i in o.tokens())
                    if owner.type in ("sector", "composite") and m.type in ("sector",):
                        nested = True
                    break
                cur = up
            if not nested:
                keep.append(m)
        return keep or found

    def _is_subject_mention(self, m: ActorMention) -> bool:
        """A mention that is, or modifies, a clause's subject ("a JNIM spokesman declared")."""
        for i in m.tokens():
            t = self.doc.tokens[i]
            if t.dep in SUBJ | PASS_SUBJ:
                return True
            if t.dep in ("compound", "poss", "amod", "nmod", "nmod:poss") and t.head != t.i and \
                    self.doc.tokens[t.head].dep in SUBJ | PASS_SUBJ:
                return True
        return False
