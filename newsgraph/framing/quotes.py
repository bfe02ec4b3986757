"""Direct quotes in every quoting style, and reported speech, each with its speaker and cue.

Direct quotes are found by their marks (quote_marks.py) and joined when an attribution interrupts
them. Reported speech is the clause under a reporting verb ("X said that ...", « a déclaré que ... »,
"X dit avoir ..."), the clause before a trailing attribution (« ..., a indiqué le ministère »), what
"according to X" / « selon X » / « d'après X » / « pour X, » frames, and what "X condemned ... as"
calls it. Quotes are attributed in text order, so a pronoun or a title ("he added", « a-t-il
ajouté », "the minister") points back to a speaker already met (quote_speakers.py). A quote of
nobody in particular ("described as held in a “friendly atmosphere”") keeps a null speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsgraph.actors.gazetteer import country_actor
from newsgraph.actors.resolve import is_place_name
from newsgraph.events import lexicon
from newsgraph.events.coder import AGENT, SUBJ, Coder
from newsgraph.events.words import MUST
from newsgraph.framing.quote_lexicon import norm, quote_lexicon
from newsgraph.framing.quote_marks import QuoteSpan, find_quote_spans
from newsgraph.framing.quote_speakers import CONCERNED, FIRST_SECOND, LATTER, Said, Speakers, verb_after_noun
from newsgraph.models import Quote, Record
from newsgraph.nlp.document import Document, Token

VERSION = "2.7"
CODER = f"newsgraph-quotes {VERSION}"
__all__ = ["QuoteStage", "QuoteFinder", "find_quote_spans", "CODER", "VERSION"]

HEADLINE = {"headline", "title", "titre", "manchette"}   # the quoted words that follow are an outlet's
FIRST_PERSON = {"i", "we", "je", "j'", "j’", "nous", "me", "us"}
# words quoted inside a quote: curly or guillemets inside straight marks, and single marks set off by spaces
INNER = re.compile(r"“([^”]+)”|«([^»]+)»|(?:(?<=[\s:])|^)[‘']([\w][^‘’']*?[\w.!?,])[’'](?!\w)|\"([^\"]+)\"")
OBJ_AS_SUBJ = {"obj", "dobj", "nsubj", "expl:subj", "dep", "appos", "obl:arg", "nmod"}
AS_WORDS = {"en": {"as"}, "fr": {"comme"}}
DESCRIBE = {"describe", "see", "view", "regard", "condemn", "denounce", "brand", "label", "dismiss", "hail", "call", "decry", "criticise",
            "criticize", "qualifier", "decrire", "condamner", "denoncer", "presenter", "traiter", "saluer"}
# verbs whose "as" belongs to them even when the parser hangs it lower ("described X who had ... as “...”")
AS_FRAME = {"describe", "brand", "label", "portray", "depict", "characterise", "characterize"}
CLAUSE_END = ",.;: "
LAWYERS = {"avocat", "avocate", "lawyer", "attorney"}   # who speaks for a client, and is named by « Me » later
FRONTED = {"sur", "dans", "depuis", "on", "in", "from"}
CITING = {"citing", "quoting", "citant"}
QUOTING = {"quote", "cite", "citer"}
FRONTED_TO = {"a", "au", "aux", "to"}
REFLEXIVE = {"se", "s'", "s’"}
BREAK_OUT = {"declarer"}   # « une épidémie s'est déclarée »: reflexive with a thing for subject, it broke out
MARKS = {"«", "»", '"', "“", "”", "„", "‹", "›"}
POINTING = {"ce", "cette", "ces", "cet", "these", "this", "those", "such"}
DEFINITE = {"le", "la", "l'", "l’", "the"}
AIRED = {"lire", "lu", "lue", "read", "diffuser", "diffuse", "diffusee", "broadcast", "air", "aired", "relayer", "relaye",
         "relayee", "relay", "relayed"}   # who read or carried the words out, not who wrote them
# Only participles, as written: « poursuivre ses efforts pour « ... » », « a jugé ces propos de « ... » » and "in
# charge of" name no offence
TRIED = {"condamne", "condamnee", "condamnes", "condamnees", "inculpe", "inculpee", "inculpes", "poursuivi",
         "poursuivie", "poursuivis", "jugee", "juges", "convicted", "sentenced", "charged", "prosecuted",
         "tried"}   # (not « accuser »: who accuses is the speaker; not « jugé »: also « a jugé X de »)
CHARGED = TRIED | {"arrete", "arretee", "arretes", "arretees", "interpelle", "interpellee", "interpelles", "ecroue",
                   "ecrouee", "ecroues", "detenu", "detenue", "detenus", "arrested", "detained", "jailed",
                   "incarcere", "incarceree", "incarceres"}   # held or tried for an offence
# days and times of day: « Jeudi, Le Phare ... titre » opens on when, not on who (the event coder's TIME_WORDS differ)
DAY_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "hier",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}
CHARGE_LINKS = {"pour", "de", "d'", "d’", "for", "with", "of"}
ATTRIBUTED = {"attribuer", "attribue", "attribuee", "attribute", "attributed", "ascribe", "ascribed", "imputer"}
AUTHOR = {"author", "auteur", "autrice"}
LOCATED = {"figurer", "figure", "apparaitre", "apparait", "trouver", "trouve", "appear", "appears", "appeared",
           "feature", "features", "featured"}   # « L'avertissement figure dans une lettre de X »
ORIGIN = {"venir", "vient", "emaner", "emane", "provenir", "provient", "come", "came", "emanate", "emanated"}
MADE_REPORTING = {("faire", "savoir"), ("faire", "valoir"), ("y", "voir")}
VIEW = {"see", "view", "regard"}
THUS = {"ainsi", "thus"}
# the event coder's lists of evaluative and mood words: a « pour qui » clause holding one gives a view
VIEW_CUES = ("evaluative_negative", "evaluative_positive", "label_negative", "mood_pessimistic", "mood_optimistic")
SPEAK = {"parler", "exprimer", "speak", "talk"}
OBJECT_CLITICS = {"leur", "lui"}   # « leur reproche d'avoir », « lui demande de »: a verb, not a noun
INCISE_CLITICS = {"leur", "lui", "nous", "vous", "me", "m'", "m’", "te", "t'", "t’", "l'", "l’", "y", "en"}
INCISE_HEADS = {"pour", "de", "quant", "lui", "elle", "pour sa part", "en", "selon", "dans", "devant", "par", "a", "au"}
INCISE_NOT = {"et", "mais", "ou", "selon", "puis", "car", "donc", "ni", "and", "but", "or", "then", "according"}


@dataclass
class _Found:
    """A quote before its speaker is known: where it is and what attributes it."""

    start: int
    end: int
    text: str
    direct: bool
    sentence: int
    cue: int | None = None            # the reporting verb's token
    speaker_head: int | None = None   # the head of the speaker phrase, when known without the parse of the verb
    cue_text: str | None = None
    span: QuoteSpan | None = None
    shown: bool = True                # False for a report made mostly of quoted words: it only lends its speaker


class QuoteStage:
    name = "quotes"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        record.quotes = QuoteFinder(record, doc).run()


# Prepositions of the place an inverted incise may name before its subject (« réplique depuis Niamey son homologue »).
INCISE_PLACE_PREPS = {"depuis", "a", "de"}


def _place_after(toks: list[Token], i: int) -> bool:
    """A capitalised place name starts at token `i` (a known town or country, or a name the model tags a place)."""
    return toks[i].text[:1].isupper() and (toks[i].ent in ("LOC", "GPE") or is_place_name(toks[i].text))


# The label an interview sets before an answer ("A:", « R : », "Answer:", « Réponse : »).
ANSWER_LABEL = re.compile(r"(?:(?<=\s)|^)(?:A|R|Answer|Réponse|Reponse)\s*[:.\-–—]$")


class QuoteFinder:
    def __init__(self, record: Record, doc: Document) -> None:
        self.record, self.doc, self.lang = record, doc, doc.language
        self.coder = Coder(record, doc)
        self.coder.subjects = doc.annotations.get("subjects", [])
        self.lex = quote_lexicon(self.lang)
        self.speakers = Speakers(doc, self.coder)
        self.spans: list[QuoteSpan] = []

    def run(self) -> list[Quote]:
        spans = self.spans = self._merge_interrupted(find_quote_spans(self.doc.text))
        direct = [f for f in (self._direct(sp) for sp in spans) if f is not None]
        found = direct + self._reported([(f.start, f.end) for f in direct])
        attributed: list[tuple[_Found, Said | None, str | None]] = []
        for f in sorted(found, key=lambda f: (f.start, not f.direct)):
            said, cue = self._attribute(f)
            if said is None and f.direct:
                said, cue = self._report_around(f, attributed) or (said, cue)
            if f.shown:   # a report only kept to lend its speaker is no speaker heard
                self.speakers.remember(said)
            attributed.append((f, said, cue))
        quotes: list[Quote] = []
        inner: list[Quote] = []
        for f, said, cue in attributed:
            if not f.shown:
                continue
            said = self._named_later(said)
            quotes.append(Quote(speaker=said.actor if said else None, text=f.text, span=(f.start, f.end), cue=cue,
                                direct=f.direct, sentence=f.sentence, coder=CODER))
            if f.direct and f.span is not None:
                inner += self._inner_quotes(f.span, said)
        taken = {q.span for q in quotes}   # (the span is the store's key: an inner quote never doubles another)
        return sorted(quotes + [q for q in inner if q.span not in taken], key=lambda q: q.span)

    def _inner_quotes(self, sp: QuoteSpan, outer: Said | None) -> list[Quote]:
        """« Leur chef nous a dit : “Fermez vos écoles” », "My neighbour shouted 'Close the doors'": words quoted
        inside a quote after a verb of speech (or a colon) are a quote of their own, of that verb's subject; "we",
        « nous », "I" are the outer speaker."""
        out = []
        for a, b in self._inner_spans(sp):
            verb = self._introducer(sp, a)
            if verb is None:
                continue
            head, _ = self._subject(verb)
            if head is None or not sp.start <= head.idx < a:
                continue   # a speaker outside the outer quote is the outer speaker's own framing
            said = outer if norm(head.text) in FIRST_PERSON else self.speakers.phrase(head)
            out.append(Quote(speaker=said.actor if said else None, text=self.doc.text[a:b], span=(a, b),
                             cue=verb.text, direct=True, sentence=self.doc.tokens[verb.i].sent, coder=CODER))
        return out

    def _inner_spans(self, sp: QuoteSpan) -> list[tuple[int, int]]:
        spans = []
        for a0, b0 in sp.parts:
            for m in INNER.finditer(self.doc.text, a0, b0):
                g = next(i for i in range(1, 5) if m.group(i) is not None)
                a, b = m.start(g), m.end(g)
                while a < b and self.doc.text[a] in " \u00a0\u202f":
                    a += 1
                while b > a and self.doc.text[b - 1] in " \u00a0\u202f,;":
                    b -= 1
                if len(re.findall(r"\w+", self.doc.text[a:b])) >= 2:
                    spans.append((a, b))
        return spans

    def _introducer(self, sp: QuoteSpan, a: int) -> Token | None:
        """The verb of speech that introduces inner quoted words starting at `a`: a reporting verb right before the
        mark, or the verb of the clause that ends in a colon right before it, inside the outer quote."""
        first = self.doc.token_at(a)
        if first is None:
            return None
        toks = self.doc.tokens
        j = first - 1
        while j >= 0 and toks[j].text in MARKS | {"'", "‘"}:
            j -= 1
        if j < 0:
            return None
        if toks[j].text != ":":   # "shouting 'Close the doors'": the verb right before the mark; « parlent de
            return toks[j] if self._is_cue(toks[j]) and toks[j].idx >= sp.start else None   # “drone abattu” » only
        for k in range(j, max(j - 8, -1), -1):                                               # names the words
            t = toks[k]
            if t.idx < sp.start or t.sent != toks[j].sent or t.text in (".", ";", "!", "?") or t.text in MARKS:
                return None
            if self._is_cue(t) or t.pos == "VERB":
                return t
        return None

    @staticmethod
    def _report_around(f: _Found, attributed: list[tuple[_Found, Said | None, str | None]]
                       ) -> tuple[Said, str | None] | None:
        """'The minister maintains that Niger "closed no door"': quoted words inside a reported clause whose speaker
        is known are that speaker's, when nothing nearer attributes them."""
        for g, said, cue in reversed(attributed):
            if not g.direct and said is not None and g.start <= f.start and f.end <= g.end:
                return said, cue
        return None

    def _named_later(self, said: Said | None) -> Said | None:
        """""..., his lawyer said. "...," the lawyer, Sidiki Keita, told reporters": a title first met without a
        name is the person the next sentences name with that title."""
        if said is not None and said.role in LAWYERS:
            lawyer = self._lawyer_named_later(said)
            if lawyer is not None:
                return lawyer
        if said is None or said.named or said.role is None:
            return said
        if any(s.named and s.role == said.role and s.char < said.char for s in self.speakers.history):
            return said
        for later in self.speakers.history:
            if later.char > said.char and later.named and later.person and later.role == said.role and \
                    self.speakers._sentences_between(said.char, later.char) <= 2 and \
                    (said.actor.country is None or later.actor.country in (None, said.actor.country)):
                # ("Niger's prime minister ... Burkina Faso's foreign minister, Rasmata Zongo": another state's)
                return later
        return said

    def _lawyer_named_later(self, said: Said) -> Said | None:
        """« L'avocate de X a dénoncé « ... ». « ... », a déclaré Me Fatou Sy »: a lawyer met by title speaks, not
        the client the title hangs on, and is the person the next two sentences name with the lawyer's title
        (« Me », « Maître ») or role, unless the text shows another gender."""
        if any(s.named and s.role in LAWYERS and s.char < said.char for s in self.speakers.history):
            return None   # a lawyer already named: the title points back at them
        for later in self.speakers.history:
            if later.char <= said.char or not later.person or not later.named or \
                    self.speakers._sentences_between(said.char, later.char) > 2:
                continue
            titled = later.role in LAWYERS or \
                re.match(r"(?:Me|Maître|Maitre)\s", self.doc.text[later.char:later.char + 8]) is not None
            genders = {self.speakers.known_gender(said), self.speakers.known_gender(later)} - {None}
            if titled and len(genders) < 2:
                return later
        return None

    # -- helpers over the parse ---------------------------------------------------------------------
    def _is_cue(self, t: Token) -> bool:
        lemma = norm(t.lemma)
        if lemma in BREAK_OUT and self._broke_out(t):
            return False
        if t.pos in ("VERB", "AUX", "NOUN", "ADJ") and (lemma in self.lex.reporting or
                                                       norm(t.text) in self.lex.reporting):
            return True
        if t.i > 0 and (norm(self.doc.tokens[t.i - 1].lemma), lemma) in MADE_REPORTING:
            return True   # « a fait savoir que », « fait valoir que », « y voit la preuve que »
        if lemma in VIEW and self._seen_as(t):
            return True   # "sees the decree as ...": a view given as the speaker's
        if self._mistagged_verb(t) or self._aux_across_incise(t) is not None:
            return True
        return self._guessed_verb(t) is not None

    def _broke_out(self, t: Token) -> bool:
        """« une épidémie de choléra s'est déclarée »: reflexive « se déclarer » with a subject that is no person,
        body or role means "broke out", not speech (« le ministre s'est déclaré « inquiet » » still speaks)."""
        toks = self.doc.tokens
        clitic = next((toks[k] for k in self.doc.children[t.i] if norm(toks[k].text) in REFLEXIVE and k < t.i), None)
        if clitic is None or clitic.i == 0:
            return False
        # the noun just before the clitic, whatever the parser made of it (it may hang the subject on a pronoun of
        # another clause); "de choléra" leads up to « épidémie »
        subj = toks[clitic.i - 1]
        while subj.dep == "nmod" and subj.head < subj.i and toks[subj.head].pos in ("NOUN", "PROPN"):
            subj = toks[subj.head]
        if subj.pos != "NOUN":
            return False
        lemma = norm(subj.lemma)
        return subj.i not in self.speakers.by_token and lemma not in self.lex.roles and \
            lemma not in self.lex.bodies and lemma not in self.lex.media

    def _seen_as(self, t: Token) -> bool:
        """"as" under the verb or under its object (the parser hangs "sees the tax as ..." either way)."""
        holders = [t] + self.coder._kids(t.i, {"dobj", "obj"})
        return any(norm(k.text) in AS_WORDS.get(self.lang, set()) for h in holders for k in self.coder._kids(h.i))

    def _guessed_verb(self, t: Token) -> str | None:
        """The reporting verb a French form the small model left unlemmatised stands for (« promet » taken for
        an adjective, « lance-t-il » for a noun): only for a word used as a verb, one with an inverted clitic
        after it, a subject, or an infinitive straight after it."""
        if self.lang != "fr" or t.pos not in ("NOUN", "ADJ", "VERB", "PROPN"):
            return None
        toks = self.doc.tokens
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        prev = toks[t.i - 1] if t.i > 0 else None
        verb_like = (nxt is not None and nxt.text.startswith("-")) or bool(self.coder._kids(t.i, SUBJ)) or \
            (nxt is not None and (nxt.text in ("«", "“") or norm(nxt.text) in ("que", "qu'", "qu’"))) or \
            (nxt is not None and "VerbForm=Inf" in nxt.morph) or \
            (prev is not None and norm(prev.text) in OBJECT_CLITICS and nxt is not None and
             norm(nxt.text) in ("de", "d'", "d’", "que", "qu'", "qu’")) or \
            (prev is not None and prev.text == "," and t.i > 1 and toks[t.i - 2].text in ("»", "”", '"')) or \
            self._after_its_subject(t) or self._after_apposition(t)
        if not verb_like:
            return None
        return self.lex.reporting_verb(t.text, t.lemma)

    def _after_apposition(self, t: Token) -> bool:
        """« X, chercheuse au ..., juge pour sa part que », « Un commerçant, joint par téléphone, parle d'« ... » »: a
        present form straight after the comma that closes an apposition, in a sentence that opens on a noun phrase
        and has no finite verb before it, is the verb of that noun phrase (the parser took it for one more noun)."""
        toks = self.doc.tokens
        if t.i < 3 or toks[t.i - 1].text != "," or not t.text.islower() or t.pos == "VERB" and "VerbForm=Fin" in t.morph:
            return False
        s = self.doc.sentences[t.sent]
        if toks[s.start].pos not in ("DET", "NOUN", "PROPN") or \
                sum(1 for i in range(s.start, t.i) if toks[i].text == ",") < 2:
            return False
        return not any("VerbForm=Fin" in toks[i].morph or toks[i].pos == "AUX" for i in range(s.start, t.i)
                       if not self._quoted(toks[i].idx))

    def _after_its_subject(self, t: Token) -> bool:
        return t.i > 0 and not self._quoted(self.doc.tokens[t.i - 1].idx) and verb_after_noun(self.doc, t)

    def _verb_like(self, t: Token) -> bool:
        return t.pos in ("VERB", "AUX") or self._guessed_verb(t) is not None or self._mistagged_verb(t) or \
            self._aux_across_incise(t) is not None

    def _aux_across_incise(self, t: Token) -> Token | None:
        """« Le ministre ... a, de son côté, appelé », « a pour sa part répété »: the auxiliary of a reporting verb's
        past participle that an incise separates from it. The parser then loses the verb (it tags the participle an
        adjective or hangs it on the incise's noun), so the auxiliary is what ties it to its subject."""
        if self.lang != "fr" or not t.text.isalpha() or not t.text.islower() or \
                not re.search(r"(é|ée|és|ées|i|is|it|u|us)$", t.text) or \
                self.lex.reporting_verb(t.text, t.lemma) is None:
            return None
        toks = self.doc.tokens
        for j in range(t.i - 2, max(t.i - 8, -1), -1):
            between = toks[j + 1:t.i]
            if toks[j].sent != t.sent or any(x.text in MARKS or "VerbForm=Fin" in x.morph for x in between):
                return None
            if norm(toks[j].lemma) in ("avoir", "etre") and "VerbForm=Fin" in toks[j].morph and \
                    any(x.text == "," or norm(x.text) in INCISE_HEADS for x in between[:1]):
                return toks[j]
        return None

    def _mistagged_verb(self, t: Token) -> bool:
        """« Les autorités maliennes assurent que ... » with « assurent » tagged as a preposition, « les commerçants
        disent écouler » with « disent » as an adverb: a reporting verb by its lemma, whatever its tag, when it has
        a subject, or « que » / "that" or an infinitive follows it."""
        if t.pos in ("VERB", "AUX", "NOUN", "ADJ", "PUNCT", "CCONJ", "SCONJ", "SPACE") or not t.text.isalpha():
            return False
        if norm(t.lemma) not in self.lex.reporting and norm(t.text) not in self.lex.reporting:
            return False
        nxt = self.doc.tokens[t.i + 1] if t.i + 1 < len(self.doc.tokens) else None
        return bool(self.coder._kids(t.i, SUBJ)) or nxt is not None and (
            norm(nxt.text) in ("que", "qu'", "qu’", "that") or "VerbForm=Inf" in nxt.morph and nxt.sent == t.sent)

    def _sentence_of(self, char: int) -> int:
        tok = self.doc.token_at(char)
        return self.doc.tokens[tok].sent if tok is not None else 0

    def _subject(self, cue: Token, within: QuoteSpan | None = None) -> tuple[Token | None, bool]:
        """The speaker phrase's head for a reporting verb, and whether the verb has no speaker by design (a
        passive without agent: "was described as ...")."""
        clitic = self._clitic_after(cue) or self._concerned_after(cue)
        if clitic is not None:   # « écrit-elle », « a-t-il lancé »: the inverted pronoun is the subject,
            return clitic, False  # whatever else the parser made a subject or a passive of
        if cue.pos != "VERB" and self._after_apposition(cue):   # « X, chercheuse au ..., juge que »: the noun phrase
            s = self.doc.sentences[cue.sent]                         # the sentence opens on
            comma = next(i for i in range(s.start, cue.i) if self.doc.tokens[i].text == ",")
            head = self._clause_head(s.start, comma)
            if head is not None:
                return self._past_time_word(cue, head), False
        relayed = self._relayed_source(cue)
        if relayed is not None:   # "X, citing Y, reported", "X quoted him as adding": the words are Y's, him's
            return relayed, False
        aux = self._aux_across_incise(cue)
        if aux is not None:   # the subject of the clause before the auxiliary, whatever the parser did after it
            head = self._clause_head(self.doc.sentences[cue.sent].start, aux.i)
            if head is not None:
                return head, False
        if self._passive(cue, within) and not self.coder._kids(cue.i, AGENT):
            return None, True
        subj = self._participle_owner(cue) or self._governor_subject(cue) or self.coder._subject_token(cue) or \
            self._subject_on_aux(cue)
        subj = self._after_fronted_participle(cue, subj)
        subj = self._pronoun_after_frame(cue, subj)
        subj = self._described_subject(cue, subj)
        if subj is not None and subj.pos == "PROPN" and subj.text.islower():
            subj = None   # « précise le communiqué, lu sur la RTB »: a participle the tagger took for a name
        if subj is not None and "PronType=Rel" in subj.morph and subj.head != cue.i and cue.dep == "conj":
            subj = self.coder._subject_token(self.doc.tokens[cue.head])   # "le journal assure ... et conclut"
        if subj is not None and "PronType=Rel" in subj.morph and subj.head != cue.i:
            subj = None   # a relative pronoun of another clause: the parse lost the verb's own subject
        if subj is not None and "PronType=Rel" in subj.morph and cue.dep in ("acl:relcl", "relcl") and \
                self.doc.tokens[cue.head].pos in ("NOUN", "PROPN") and cue.head < cue.i:
            subj = self.doc.tokens[cue.head]   # "..., a déclaré son porte-parole, qui appelle à « ... »"
        if subj is not None and "PronType=Rel" in subj.morph and subj.head == cue.i:
            # « ..., ironise l'éditorialiste, qui appelle à « ... » »: the parser hung the clause on the verb it
            # took the noun for the object of, or made it an adverbial clause; « qui » stands for the noun phrase
            # just before it
            subj = self._antecedent(subj) or subj
        if subj is not None and subj.pos == "NOUN" and any(norm(k.text) in FRONTED for k in self.coder._kids(subj.i, {"case"})):
            subj = None   # « Sur sa chaîne Telegram, l'agence X affirme »: a fronted place is no subject
        if subj is not None and subj.i < cue.i and any(norm(k.text) in FRONTED_TO for k in self.coder._kids(subj.i, {"case"})):
            # « À la question de savoir si ..., il a répondu que »: a fronted phrase with a preposition is no
            # subject; the pronoun the parser set aside as expletive is
            subj = next((k for k in self.coder._kids(cue.i, {"expl:subj", "nsubj"}) if k.pos == "PRON"), None)
        if subj is not None and (subj.lower in ("-t", "t") or subj.i == cue.i):
            subj = None
        if subj is not None and (subj.text in MARKS or within is not None and within.inside(subj.idx)):
            others = [k for k in self.coder._kids(cue.i, SUBJ) if k.text not in MARKS and k.pos != "PUNCT"
                      and not (within is not None and within.inside(k.idx))]   # the parser took « for the subject
            subj = others[0] if others else None
        if subj is None and ("VerbForm=Fin" in cue.morph or "Mood=Ind" in cue.morph or
                             cue.pos not in ("VERB", "AUX") and (self._guessed_verb(cue) or self._mistagged_verb(cue))):
            subj = self._actor_before(cue) or self._phrase_before(cue)
        if subj is None and cue.pos not in ("VERB", "AUX") and self._after_its_subject(cue):
            subj = self._clause_head(self.doc.sentences[cue.sent].start, cue.i)
        if subj is None:
            subj = self._noun_head_of(cue) or self._noun_just_before(cue)
        if subj is None and "VerbForm=Part" in cue.morph and "Tense=Pres" in cue.morph:
            subj = self._main_subject(cue)   # "..., saying that ...", « ..., affirmant avoir ... »
        if subj is None:
            subj = self._inverted_subject(cue, within)
        if subj is None and cue.dep == "parataxis" and cue.head < cue.i:   # « Le commandant, joint par
            head_subj = next(iter(self.coder._kids(cue.head, {"nsubj", "nsubj:pass", "nsubjpass"})), None)  # téléphone,
            # assure que »: the grammatical subject, not the agent « par téléphone » the coder would take
            if head_subj is not None and head_subj.i < cue.i and not self._quoted(head_subj.idx) and \
                    head_subj.pos in ("NOUN", "PROPN"):
                subj = head_subj
        if subj is None and cue.dep == "conj":   # « Le journal assure que ... et conclut qu'« ... » »
            main = self._main_subject(cue)
            if main is not None and main.i < cue.i and not self._quoted(main.idx):
                subj = main
        subj = self._after_ce_que(cue, subj)
        subj = self._past_time_word(cue, subj)
        if subj is not None and within is not None and within.inside(subj.idx):
            return None, False
        return subj, False

    def _antecedent(self, rel: Token) -> Token | None:
        """The head of the noun phrase that ends just before a relative pronoun (and its comma), if any."""
        i = rel.i - 1
        if i >= 0 and self.doc.tokens[i].text == ",":
            i -= 1
        if i < 0 or self.doc.tokens[i].sent != rel.sent or self.doc.tokens[i].pos not in ("NOUN", "PROPN") or \
                self._quoted(self.doc.tokens[i].idx):
            return None
        t = self.doc.tokens[i]
        for _ in range(4):   # "l'éditorialiste du quotidien X, qui": the phrase's head, not its last name
            up = self.doc.tokens[t.head]
            if t.dep not in ("flat", "flat:name", "nmod", "compound", "appos") or up.i >= t.i or \
                    up.pos not in ("NOUN", "PROPN"):
                break
            t = up
        return t

    def _relayed_source(self, cue: Token) -> Token | None:
        """"Jeune Afrique, citing the state daily L'Essor, reported that ...", « Citant l'APS, le site X ajoute que »,
        "RT quoted him as adding that ...": an outlet that passes on what another source said is no speaker; the
        source it cites or quotes is, like « cité par » the other way round."""
        toks = self.doc.tokens
        cur = cue
        for _ in range(2):   # "quoted him as adding": the verb of quoting above the cue, with its object
            if cur.head == cur.i:
                break
            cur = toks[cur.head]
            if norm(cur.lemma) in QUOTING and cur.i < cue.i:
                obj = next((k for k in self.coder._kids(cur.i, {"obj", "dobj"}) if k.i < cue.i), None)
                if obj is not None:
                    return obj
        s = self.doc.sentences[cue.sent]
        for t in toks[s.start:cue.i]:   # "citing X" / « citant X » before the cue, in its sentence
            if norm(t.text) not in CITING or self._quoted(t.idx):
                continue
            if any(self._is_cue(k) for k in toks[t.i + 1:cue.i] if k.pos in ("VERB", "AUX") and k.dep != "amod"):
                return None   # another verb of speech between: the citing belongs to it
            obj = next((k for k in self.coder._kids(t.i, {"obj", "dobj"}) if k.pos in ("NOUN", "PROPN")), None)
            return obj
        return None

    def _past_time_word(self, cue: Token, subj: Token | None) -> Token | None:
        """« Jeudi, Le Phare, quotidien privé de Niamey, titre « ... » »: a day or time of day that opens the sentence
        before a comma is no speaker, whatever the parser made of it; the phrase after the comma is."""
        toks = self.doc.tokens
        if subj is None or norm(subj.text) not in DAY_WORDS or subj.i + 2 >= cue.i:
            return subj
        comma = next((j for j in range(subj.i + 1, min(subj.i + 3, cue.i)) if toks[j].text == ","), None)
        if comma is None:
            return subj
        head = self._phrase_head(comma + 1)
        return head if head.i < cue.i and head.pos in ("NOUN", "PROPN") and not self._quoted(head.idx) else subj

    def _after_ce_que(self, cue: Token, subj: Token | None) -> Token | None:
        """« ce que cette source juge « peu crédible » »: the parser may take « ce » for the subject; the phrase
        after « que » is."""
        toks = self.doc.tokens
        if self.lang != "fr" or subj is not None and norm(subj.text) != "ce":
            return subj
        que = next((j for j in range(cue.i - 1, max(0, cue.i - 7), -1) if norm(toks[j].text) in ("que", "qu'", "qu’")
                    and norm(toks[j - 1].text) == "ce"), None)
        if que is None or que + 1 >= cue.i:
            return subj
        head = self._phrase_head(que + 1)
        return head if head.i < cue.i and head.pos in ("NOUN", "PROPN", "PRON") else subj

    def _described_subject(self, cue: Token, subj: Token | None) -> Token | None:
        """« Des automobilistes rencontrés devant une station de Yantala disent », « Un pompiste, qui ne souhaite
        pas être nommé, assure »: when the parser hangs the verb of speech inside the participle or relative
        clause that describes its subject, the subject is the noun that clause describes (not the place in it,
        nor the relative pronoun)."""
        toks = self.doc.tokens
        if self.lang != "fr" or not ("VerbForm=Fin" in cue.morph or cue.dep in ("amod", "advcl")):
            return subj
        if subj is not None and subj.dep in ("nsubj", "nsubj:pass") and subj.head == cue.i and \
                "PronType=Rel" not in subj.morph:
            return subj
        cur = cue if subj is None or "PronType=Rel" in subj.morph else subj
        for _ in range(6):
            if cur.head == cur.i:
                return subj
            up = toks[cur.head]
            if up.pos == "VERB" and up.dep in ("acl", "acl:relcl") and toks[up.head].pos in ("NOUN", "PROPN") and \
                    up.head < up.i and up.head < cue.i and not self._quoted(toks[up.head].idx) and \
                    not any(t.pos in ("VERB", "AUX") and t.dep == "ROOT" for t in toks[up.head:cue.i]) and \
                    (up.dep == "acl" or toks[cue.i - 1].text == ","):   # (a relative clause closed by a comma)
                return toks[up.head]
            cur = up
        return subj

    def _after_fronted_participle(self, cue: Token, subj: Token | None) -> Token | None:
        """« Reçu jeudi par le capitaine X, l'émissaire du président togolais a salué »: a sentence that opens with
        a past participle and its agent has for subject the phrase after the comma that closes that clause, not
        the agent nor the participle the parser may take for it."""
        s = self.doc.sentences[cue.sent]
        first = self.doc.tokens[s.start]
        if (first.pos != "VERB" or "VerbForm=Part" not in first.morph or "Tense=Past" not in first.morph) and \
                not self._participle_opening(s.start):
            return subj
        commas = [t.i for t in self.doc.tokens[s.start:cue.i] if t.text == "," and not self._quoted(t.idx)]
        if not commas or subj is not None and subj.i > commas[0]:
            return subj
        after = next((t for t in self.doc.tokens[commas[0] + 1:cue.i]
                      if self._bare_noun(t) or t.pos == "PRON" and t.dep in SUBJ), None)
        if after is not None and after.pos == "ADJ" and after.head > after.i and \
                self.doc.tokens[after.head].pos in ("NOUN", "PROPN"):
            after = self.doc.tokens[after.head]   # « l'ancien ministre »: the noun, not the adjective before it
        return after or subj

    def _participle_opening(self, i: int) -> bool:
        """« Invité de RFI, le ministre ... a estimé », « Joint au téléphone depuis Dakar, l'ancien ministre ...
        estime », « Interrogé par la télévision nationale, ... »: a capitalised French past participle opening the
        sentence before a preposition, which the small model tags a noun (« Invité ») or a name (« Joint »), still
        opens a participle clause; the outlet or the place in it is no subject."""
        toks = self.doc.tokens
        t = toks[i]
        return self.lang == "fr" and i + 1 < len(toks) and t.text[:1].isupper() and t.ent not in ("PER", "PERSON") and \
            t.pos in ("NOUN", "PROPN", "VERB", "ADJ", "X") and toks[i + 1].pos == "ADP" and \
            re.fullmatch(r"[a-zàâçéèêëîïôûùü]{2,}(é|ée|és|ées|int|inte|ints|intes|u|ue|us|ues)", t.text.lower()) is not None

    def _pronoun_after_frame(self, cue: Token, subj: Token | None) -> Token | None:
        """« Côté burkinabè, on se montre prudent », "On the Nigerien side, they insist": a fronted noun phrase the
        parser also made a subject is the frame; the pronoun after the comma is the subject (it points at that
        side)."""
        toks = self.doc.tokens
        if subj is None or subj.pos not in ("NOUN", "PROPN") or subj.i > cue.i:
            return subj
        pron = next((k for k in self.coder._kids(cue.i, {"nsubj", "expl:subj"}) if k.pos == "PRON" and
                     subj.i < k.i < cue.i), None)
        if pron is None or not any(toks[j].text == "," for j in range(subj.i + 1, pron.i)):
            return subj
        return pron

    def _participle_owner(self, cue: Token) -> Token | None:
        """« Un employé de la mine, joint par téléphone, craint ... »: a verb the parser joined to a participle
        that describes a noun speaks with that noun, not with the participle's agent (« par téléphone »)."""
        if self.coder._kids(cue.i, SUBJ):
            return None
        if cue.dep != "conj" or cue.head >= cue.i:
            return self._subject_of_incise(cue)
        part = self.doc.tokens[cue.head]
        if part.dep not in ("acl", "appos") or "VerbForm=Part" not in part.morph or part.head >= part.i:
            return None
        owner = self.doc.tokens[part.head]
        return owner if owner.pos in ("NOUN", "PROPN") and not self._quoted(owner.idx) else None

    def _subject_of_incise(self, cue: Token) -> Token | None:
        """« Le ministre de la Communication, invité du journal, a affirmé que ... »: the parser made the noun the
        subject of the participle set between commas after it, and left the verb of speech with none. The noun
        before that comma is the verb's subject."""
        toks = self.doc.tokens
        for part in self.coder._kids(cue.i, {"advcl", "acl"}):
            if part.i >= cue.i or "VerbForm=Part" not in part.morph or toks[part.i - 1].text != "," or \
                    not any(toks[j].text == "," for j in range(part.i + 1, cue.i)):
                continue
            subj = next((k for k in self.coder._kids(part.i, SUBJ) if k.i < part.i), None)
            if subj is not None and subj.pos in ("NOUN", "PROPN") and not self._quoted(subj.idx):
                return subj
        return None

    def _subject_on_aux(self, cue: Token) -> Token | None:
        """« Le Premier ministre a, pour sa part, affirmé que ... »: an incise between the auxiliary and the verb
        makes the parser hang the subject on the auxiliary."""
        helpers = self.coder._kids(cue.i, {"aux", "aux:tense", "aux:pass"})
        if cue.i > 0 and norm(self.doc.tokens[cue.i - 1].lemma) == "faire":   # « a fait savoir que »
            helpers = helpers + [self.doc.tokens[cue.i - 1]]
        for aux in helpers:
            subj = next((k for k in self.coder._kids(aux.i, SUBJ) if k.lower not in ("-t", "t")), None)
            if subj is not None:
                return subj
        return None

    def _governor_subject(self, cue: Token) -> Token | None:
        """« il a préféré évoquer ... », "she decided to describe ...": an infinitive reporting verb speaks with
        the subject of the verb it completes (not with an agent the parser hung on that verb)."""
        if "VerbForm=Inf" not in cue.morph or cue.dep != "xcomp" or cue.head == cue.i:
            return None
        return next((k for k in self.coder._kids(cue.head, SUBJ) if k.lower not in ("-t", "t")), None)

    def _noun_head_of(self, cue: Token) -> Token | None:
        """« L'organisation conclut : ... »: a finite verb the parser hung as a modifier on the noun just before
        it has that noun for subject (finite verbs do not modify nouns; relative clauses are parsed apart). The
        small French model also tags « conclut » as a participle, so a verb right after its noun counts too."""
        if cue.dep not in ("acl", "amod", "appos", "nmod") or cue.head >= cue.i or self.coder._kids(cue.i, AGENT):
            return None
        head = self.doc.tokens[cue.head]
        # "a resident who asked not to be named told AFP": a relative clause on the noun may stand between
        relative = {i for k in self.coder._kids(head.i, {"relcl", "acl:relcl"}) if k.i < cue.i
                    for i in self.doc.subtree(k.i)}
        between = [t for t in self.doc.tokens[head.i + 1:cue.i] if t.i not in relative]
        if head.pos not in ("NOUN", "PROPN") or head.text in MARKS or \
                any(t.pos in ("VERB", "PUNCT", "PRON") for t in between) or \
                self._quoted(head.idx) or between and "VerbForm=Fin" not in cue.morph and not self._mistagged_verb(cue):
            return None   # (« Le ministre nigérien du Commerce maintient que » with the verb tagged an adverb)
        return head

    def _noun_just_before(self, cue: Token) -> Token | None:
        """« Ses partisans dénoncent « un enlèvement politique » » parsed with the quoted noun as subject: the noun
        right before a finite verb, outside any preposition, is its subject."""
        if cue.i == 0 or "Mood=Ind" not in cue.morph and "VerbForm=Fin" not in cue.morph:
            return None
        prev = self.doc.tokens[cue.i - 1]
        if prev.pos not in ("NOUN", "PROPN") or prev.sent != cue.sent or self._quoted(prev.idx) or \
                self.coder._kids(prev.i, {"case", "prep"}) or self.doc.tokens[prev.head].dep == "prep":
            return None
        return prev

    def _phrase_before(self, cue: Token) -> Token | None:
        """"..., a health worker at the local clinic said.": a trailing attribution whose subject the parser
        attached elsewhere; the subject is the phrase between the comma and the verb."""
        toks = self.doc.tokens
        j = cue.i - 1
        while j >= 0 and (toks[j].pos in ("AUX", "ADV", "PART") or norm(toks[j].text) in OBJECT_CLITICS) and \
                toks[j].sent == cue.sent:   # (« ..., le colonel X, leur reproche d'avoir »)
            j -= 1
        if j > 0 and toks[j].text == "," and self.lang == "fr":   # « Une chaîne ..., Réveil Africain, affirme »:
            j -= 1                                                  # the name set between two commas
        end = j
        while j >= 0 and toks[j].sent == cue.sent and toks[j].text != "," and end - j < 10:
            j -= 1
        if j < 0 or toks[j].text != "," or j == end:
            return None
        span = range(j + 1, end + 1)
        tops = [toks[i] for i in span if (toks[i].head not in span or toks[i].head == toks[i].i) and toks[i].pos != "DET"]
        # (« Joint à Paris, l'intéressé dénonce »: the article may hang on the verb, the noun be tagged a participle)
        if not tops or tops[0].pos not in ("NOUN", "PROPN", "PRON") and norm(tops[0].text) not in CONCERNED or \
                self._quoted(tops[0].idx):
            return None
        return tops[0]   # "l'agence Sahel Info" split in two by the parser: the first is the head

    def _quoted(self, char: int) -> bool:
        return any(sp.inside(char) for sp in self.spans)

    def _actor_before(self, cue: Token) -> Token | None:
        """"From exile in Dakar, the Movement for ... said": a finite verb left without a subject by the parser
        has for subject the actor named just before it."""
        j = cue.i - 1
        while j >= 0 and (self.doc.tokens[j].pos in ("AUX", "ADV") or norm(self.doc.tokens[j].text) in OBJECT_CLITICS) \
                and self.doc.tokens[j].sent == cue.sent:
            j -= 1
        if j > 0 and self.doc.tokens[j].text == ")":   # « Le Syndicat ... (SNE) dénonce »: the name before it
            while j > 0 and self.doc.tokens[j].text != "(" and cue.i - j < 8:
                j -= 1
            j -= 1
        m = self.speakers.by_token.get(j) if j >= 0 and self.doc.tokens[j].sent == cue.sent else None
        if m is None or m.type in ("adjective", "modifier", "capital"):
            return None
        head = self.doc.tokens[self.coder._mention_head(m)]
        return head if self._bare_noun(head) else None   # « Le Syndicat ... du Niger dénonce »: not Niger

    def _main_subject(self, t: Token) -> Token | None:
        """The subject of the sentence's main verb, which a participle clause after a comma shares, wherever
        the parser hung the participle."""
        s = self.doc.sentences[t.sent]
        root = next((x for x in self.doc.tokens[s.start:s.end] if x.head == x.i), None)
        if root is None or root.i == t.i:
            return None
        return self.coder._subject_token(root)

    def _passive(self, t: Token, within: QuoteSpan | None = None) -> bool:
        """A passive verb ("was described as", « présenté comme »); « a-t-il assuré » is not one, whatever
        the parser says of its clitic, nor is a verb whose "passive subject" is a word of the quote."""
        if self.coder._kids(t.i, {"auxpass", "aux:pass"}):
            return True
        return any(not k.text.startswith("-") and not (within is not None and within.inside(k.idx))
                   for k in self.coder._kids(t.i, {"nsubjpass", "nsubj:pass"}))

    def _audience(self, t: Token) -> bool:
        """A passive reporting verb whose subject is the audience ("viewers were told", « les auditeurs ont été
        invités à »)."""
        subj = self.coder._kids(t.i, {"nsubjpass", "nsubj:pass", "nsubj"})
        return any(norm(k.lemma) in self.lex.audience or norm(k.text) in self.lex.audience for k in subj)

    def _clitic_after(self, cue: Token) -> Token | None:
        """The hyphenated subject pronoun right after a French verb or its auxiliary (« lance-t-il »,
        « a-t-elle ajouté »)."""
        if self.lang != "fr":
            return None
        toks = self.doc.tokens
        for j in (cue.i + 1, cue.i + 2, cue.i - 1, cue.i - 2):
            if 0 <= j < len(toks) and toks[j].text.startswith("-") and toks[j].sent == cue.sent and \
                    _clitic_word(toks[j].lower) in ("il", "elle", "ils", "elles", "on") and \
                    (j > cue.i or toks[cue.i - 1].text.startswith("-") or toks[j - 1].pos == "AUX"):
                return toks[j]
        return None

    def _concerned_after(self, cue: Token) -> Token | None:
        """« », a déclaré l'intéressé à sa sortie », « », a ajouté ce dernier »: the word that points back at a person,
        inverted after the verb, is its subject (the parser tags « intéressé » a participle and hangs it anywhere)."""
        toks = self.doc.tokens
        if self.lang != "fr" or cue.i == 0 or toks[cue.i - 1].text not in (",", "»") and toks[cue.i - 1].pos != "AUX":
            return None
        nxt = cue.i + 1
        while nxt < len(toks) and nxt - cue.i < 3 and norm(toks[nxt].text) in ("l'", "l’", "le", "la", "ce", "cette"):
            nxt += 1
        return toks[nxt] if nxt < len(toks) and nxt > cue.i + 1 and norm(toks[nxt].text) in CONCERNED | LATTER \
            else None

    def _inverted_subject(self, cue: Token, within: QuoteSpan | None) -> Token | None:
        """« ... », a-t-il ajouté / précise le communiqué / a déclaré un membre de la famille: the subject after
        the verb, which the parser often takes for an object."""
        toks = self.doc.tokens
        for j in range(cue.i - 3, min(cue.i + 3, len(toks))):
            if 0 <= j < len(toks) and toks[j].text.startswith("-") and toks[j].lower.lstrip("-t") in (
                    "il", "elle", "ils", "elles", "on"):
                return toks[j]
        prev = cue.i - 1
        while prev >= 0 and (toks[prev].pos in ("AUX", "ADV") or norm(toks[prev].text) in REFLEXIVE) and \
                toks[prev].sent == cue.sent:   # « », s'interroge l'administrateur »
            prev -= 1
        if prev < 0 or toks[prev].text not in (",", "»", '"', "”", "!", "?", "…") or self.lang != "fr" and \
                toks[prev].text not in (",", '"', "”"):
            return None
        kids = sorted(self.coder._kids(cue.i, OBJ_AS_SUBJ), key=lambda k: (k.dep not in ("obj", "dobj", "nsubj"), k.i))
        for k in kids:
            if k.i > cue.i and k.pos in ("NOUN", "PROPN", "PRON") and not (within and within.inside(k.idx)):
                return k
        return None

    # -- direct quotes ------------------------------------------------------------------------------
    def _merge_interrupted(self, spans: list[QuoteSpan]) -> list[QuoteSpan]:
        """“We will not yield,” the minister said, “whatever the cost.” is one quote in two parts."""
        out: list[QuoteSpan] = []
        for sp in spans:
            if out:
                prev = out[-1]
                between = self.doc.text[prev.end:sp.start].strip(" \u00a0\u202f\"“”«»")
                if 0 < len(between) <= 80 and "\n" not in between and re.search(r",\s*$", between.rstrip("\u00a0 ")) \
                        and re.match(r"^[,\s\u00a0]*\w", between) and not _sentence_end(between) \
                        and (self._has_cue(prev.end, sp.start) or self._incise(prev) is not None) \
                        and not re.search(r"[.!?]\s*$", self.doc.text[prev.start:prev.end].rstrip()):
                    prev.parts.append((sp.start, sp.end))
                    prev.end = sp.end
                    continue
            out.append(sp)
        return out

    def _has_cue(self, a: int, b: int) -> bool:
        """Whether a reporting verb stands between two character offsets."""
        return any(a < t.idx < b and self._is_cue(t) for t in self.doc.tokens)

    def _direct(self, sp: QuoteSpan) -> _Found | None:
        tok = self.doc.token_at(sp.start)
        if tok is None:
            return None
        text = " ".join(self._without_incise(a, b, sp) for a, b in sp.parts)
        return _Found(sp.start, sp.end, text, True, self.doc.tokens[tok].sent, span=sp)

    def _without_incise(self, a: int, b: int, sp: QuoteSpan) -> str:
        """The quoted words of one part; « Nous ne demandons pas la charité, poursuit-il, nous demandons une
        route. » loses its inner attribution, the two sides joined by one space like an interrupted quote."""
        incise = self._inner_incise(sp)
        if incise is None or not a < incise[0].idx < b:
            return self.doc.text[a:b]
        toks = self.doc.tokens
        close = next(j for j in range(incise[1].i + 1, len(toks)) if toks[j].text == ",")   # after « -il » or the noun
        cut, resume = toks[incise[0].i - 1].idx, toks[close].end
        return self.doc.text[a:cut].rstrip() + " " + self.doc.text[resume:b].lstrip()

    def _attribute(self, f: _Found) -> tuple[Said | None, str | None]:
        if not f.direct:
            return self._attribute_reported(f)
        assert f.span is not None
        return self._attribute_direct(f.span)

    def _attribute_direct(self, sp: QuoteSpan) -> tuple[Said | None, str | None]:
        """The speaker of quoted words: the reporting verb above them, « selon X », a clause ending in a colon,
        a reporting verb in their sentence, the speaker of the clause they sit in, the speaker just before,
        or the sentence after (« Ces mots du ministre »)."""
        tok = self.doc.token_at(sp.start)
        assert tok is not None
        incise = self._incise(sp) or self._inner_incise(sp)
        if incise is not None:
            # « Un élu balaie ces critiques : « ... », a-t-il lancé »: a pronoun stands for whom the colon's clause
            # names, though someone else spoke before
            colon = self._colon_speaker(sp) if incise[1].pos == "PRON" or incise[1].text.startswith("-") else None
            said = colon or self.speakers.phrase(incise[1])
            if said is not None:
                return said, incise[0].text
        mid = self._mid_incise(sp)
        if mid is not None:
            return mid
        opener = self._verb_first(sp) or self._under_headline(sp) or self._charge(sp)
        if opener is not None:
            return opener, None
        parenthetical = self._parenthetical_incise(sp)
        if parenthetical is not None:
            return parenthetical
        cue = None
        for anchor in self._anchors(sp):
            cue = self._governing_cue(anchor, sp, up_only=True)
            if cue is not None:
                break
        explicit = None
        if cue is not None:
            said, cue_text, settled = self._by_cue(cue, sp)
            if said is not None or (settled and self._by_design(cue, sp)):
                return said, cue_text
            explicit = (None, cue_text) if settled else None
        according = self._according_to(sp.start, sp) or self._pour(sp)
        relay = according if according is not None and norm(according[1] or "") in self.lex.relay else None
        if according is not None and according[0] is not None and relay is None:
            return according
        colon = self._colon_speaker(sp) or self._colon_after(sp)
        if colon is not None:
            return colon, None
        if explicit is not None:
            return explicit   # a speaker we cannot resolve: null rather than a guess
        cue = self._governing_cue(tok, sp, up_only=False)
        if cue is not None:
            said, cue_text, settled = self._by_cue(cue, sp)
            if settled:
                return said, cue_text
        if relay is not None and relay[0] is not None:   # "as quoted by Xinhua" with no verb of its own
            return relay
        for anchor in self._anchors(sp):
            clause = self._clause_speaker(anchor, sp)
            if clause is not None:
                return clause, None
        answer = self._answer(sp)
        if answer is not None:
            return answer, None
        if self._whole_sentences(sp):
            said = self.speakers.last(sp.start)
            if said is not None and self.speakers._sentences_between(said.char, sp.start) <= 2:
                return said, None
        return self._words_of(sp) or self._thus_spoke(sp) or self._introduced_after(sp), None

    def _parenthetical_incise(self, sp: QuoteSpan) -> tuple[Said, str] | None:
        """'The plant, said Burkina Faso's energy minister at the signing, will "end load-shedding for good"',
        « Le projet, a affirmé le ministre, « changera la vie » »: a verb of speech and its subject set between
        commas in the quote's sentence, before the quote and outside any quote, say who speaks the quoted words."""
        first = self.doc.token_at(sp.start)
        if first is None:
            return None
        toks = self.doc.tokens
        sent = self.doc.sentences[toks[first].sent]
        for c in range(sent.start, first - 2):
            if toks[c].text != "," or self._quoted(toks[c].idx) or c > 0 and toks[c - 1].text in MARKS | {'"', "”"}:
                continue   # (« « ... », ironise l'éditorialiste, » is the incise of the quote before it)
            v = c + 1
            while v < first and (toks[v].pos == "AUX" or norm(toks[v].text) in REFLEXIVE):
                v += 1   # « , a affirmé le ministre, »
            if v + 1 >= first or not toks[v].text.islower() or not self._is_cue(toks[v]) or \
                    v == c + 1 and "VerbForm=Part" in toks[v].morph or toks[v + 1].pos == "ADP":
                continue   # ", interrogé par l'AMAP,", "cited by RFI": who asked or relayed, not who speaks
            close = next((j for j in range(v + 1, first) if toks[j].text in (",", ";", ":") or toks[j].text in MARKS),
                         None)
            if close is None or toks[close].text != "," or close == v + 1:
                continue
            named = self.speakers.by_token.get(v + 1)
            head = self.doc.tokens[self.coder._mention_head(named)] if named is not None else self._phrase_head(v + 1)
            if head.i >= close or head.pos not in ("NOUN", "PROPN"):
                continue
            said = self.speakers.phrase(head)
            if said is not None:
                return said, toks[v].text
        return None

    def _charge(self, sp: QuoteSpan) -> Said | None:
        """« Arrêté en mars pour « atteinte au moral des troupes », le journaliste ... », "jailed for "undermining
        the state"": the name of the offence someone is held or tried for is the words of the state holding or
        trying them (the article's state)."""
        first = self.doc.token_at(sp.start)
        home = self.speakers.home
        if first is None or home is None:
            return None
        toks = self.doc.tokens
        j = first - 1
        while j >= 0 and toks[j].text in MARKS:
            j -= 1
        if j < 1 or norm(toks[j].text) not in CHARGE_LINKS:
            return None
        for k in range(j - 1, max(-1, j - 5), -1):
            if toks[k].text in (",", ".", ";", ":") or self._quoted(toks[k].idx):
                return None
            if norm(toks[k].text) in CHARGED:
                kind = "JUD" if norm(toks[k].text) in TRIED else "COP"
                return Said(country_actor(home, kind), sp.start, person=False)
        return None

    def _under_headline(self, sp: QuoteSpan) -> Said | None:
        """'Under the headline "...", the daily X questioned', « Sous le titre « ... », le journal X »: a headline
        named just before the quoted words is the words of the outlet that opens the clause after them."""
        first = self.doc.token_at(sp.start)
        if first is None:
            return None
        toks = self.doc.tokens
        j = first - 1
        while j >= 0 and toks[j].text in MARKS:
            j -= 1
        if j < 0 or norm(toks[j].lemma) not in HEADLINE and norm(toks[j].text) not in HEADLINE:
            return None
        k = next((i for i in range(first, len(toks)) if toks[i].idx >= sp.end), None)
        while k is not None and k < len(toks) and (toks[k].text in MARKS or toks[k].text in (",", ".", "?", "!")):
            if toks[k].text == "." and toks[k].idx >= sp.end:
                return None   # « ..., titre « ... ». Des automobilistes ... »: the next sentence names no outlet
            k += 1
        if k is None or k >= len(toks):
            return None
        end = k   # the noun phrase that opens the clause: its last noun is its head ("the state daily Sidwaya")
        while end < len(toks) and end - k < 10 and toks[end].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            end += 1
        head = next((t for t in reversed(toks[k:end]) if t.pos in ("NOUN", "PROPN")), None)
        return self.speakers.phrase(head) if head is not None and not self._quoted(head.idx) else None

    def _introduced_after(self, sp: QuoteSpan) -> Said | None:
        """« « ... » Ce rescapé de l'attaque, réfugié à Dédougou, préfère taire son nom. », "“...” The farmer who says
        this, X, has worked ...": quoted sentences that stand alone, with nobody heard before them, are those of the
        person the next sentence opens with (the way a report that opens on a quote introduces its speaker)."""
        if not self._whole_sentences(sp) or self.speakers.last(sp.start) is not None:
            return None
        m = re.match(r"[\s\u00a0\u202f»\"”.!?…]*", self.doc.text[sp.end:])
        first = self.doc.token_at(sp.end + (m.end() if m else 0))
        if first is None or self._quoted(self.doc.tokens[first].idx):
            return None
        s = self.doc.sentences[self.doc.tokens[first].sent]
        end = next((t.i for t in self.doc.tokens[first:s.end] if self._quoted(t.idx)), s.end)
        root = next((t for t in self.doc.tokens[first:end] if t.head == t.i), None)
        subj = self.coder._subject_token(root) if root is not None else None
        if subj is None or not first <= subj.i < end or not self._bare_noun(subj):
            subj = self._clause_head(first, end)
        said = self.speakers.phrase(subj) if subj is not None and subj.i < end else None
        return said if said is not None and said.person else None

    def _inner_incise(self, sp: QuoteSpan) -> tuple[Token, Token] | None:
        """« Nous ne demandons pas la charité, poursuit-il, nous demandons une route. »: a verb with an inverted
        pronoun set between commas inside the marks is the attribution, not quoted words."""
        if self.lang != "fr":
            return None
        toks = self.doc.tokens
        first = self.doc.token_at(sp.start) or 0
        for t in toks[first:]:  # (only the quote's own tokens)
            if t.idx >= sp.end:
                break
            if not sp.start < t.idx or toks[t.i - 1].text != "," or not t.text.isalpha() or \
                    not t.text.islower() or t.i + 2 >= len(toks):
                continue
            clitic = toks[t.i + 2] if toks[t.i + 1].lower in ("-t", "-t-") else toks[t.i + 1]
            if clitic.text.startswith("-") and _clitic_word(clitic.lower) in ("il", "elle", "ils", "elles") and \
                    clitic.i + 1 < len(toks) and toks[clitic.i + 1].text == ",":
                return t, clitic
            named = self._inner_named(t, sp)
            if named is None and norm(t.lemma) == "avoir" and toks[t.i + 1].text.islower():
                named = self._inner_named(toks[t.i + 1], sp)   # « ..., a raconté Khadija Adam, arrivée avec ..., et »
                if named is not None:
                    return toks[t.i + 1], named
            if named is not None:
                return t, named
        return None

    def _inner_named(self, verb: Token, sp: QuoteSpan) -> Token | None:
        """« ..., poursuit le commandant de la zone, ... » inside the marks: a reporting verb, then a determiner and a
        noun phrase up to the next comma, with the quote going on after it. The head is the speaker's."""
        toks = self.doc.tokens
        if self.lex.reporting_verb(verb.text, verb.lemma) is None or verb.i + 2 >= len(toks) or \
                toks[verb.i + 1].pos != "DET" and not toks[verb.i + 1].text[:1].isupper():
            return None
        comma = next((j for j in range(verb.i + 2, min(verb.i + 10, len(toks))) if toks[j].text in (",", "»", ".")),
                     None)
        if comma is None or toks[comma].text != "," or not sp.inside(toks[comma].idx) or \
                not re.search(r"\w", self.doc.text[toks[comma].end:sp.end]):
            return None
        head = self._phrase_head(verb.i + 1)
        if head.pos not in ("NOUN", "PROPN") or head.i >= comma:
            return None
        return head

    def _thus_spoke(self, sp: QuoteSpan) -> Said | None:
        """« « ... » Ainsi parle Hamidou Sawadogo, un commerçant de Djibo. », "Thus spoke ...": the sentence after
        the quote opens with « ainsi » and a verb of speech, and its subject follows the verb."""
        m = re.match(r"[\s\u00a0\u202f»\"”.!?…]*", self.doc.text[sp.end:])
        first = self.doc.token_at(sp.end + (m.end() if m else 0))
        toks = self.doc.tokens
        if first is None or norm(toks[first].text) not in THUS:
            return None
        j = first + 1
        while j < len(toks) and (norm(toks[j].text) in REFLEXIVE or toks[j].pos == "AUX"):
            j += 1
        if j + 1 >= len(toks) or not (self._is_cue(toks[j]) or norm(toks[j].lemma) in SPEAK or
                                      self.lex.reporting_verb(toks[j].text, toks[j].lemma) is not None):
            return None
        head = self._phrase_head(j + 1)
        if head.pos not in ("NOUN", "PROPN") or self._quoted(head.idx):
            return None
        return self.speakers.phrase(head)

    def _incise(self, sp: QuoteSpan) -> tuple[Token, Token] | None:
        """The verb and subject set right after the closing mark: « ... », soupire Haoua / « ... », s'indigne un
        grossiste / « ... », tranche-t-il / "...," said a truck owner. In French any verb in that place reports the
        quote, whether the lexicon knows it or the tagger took it for a noun; in English only a reporting verb does
        (the subject usually comes first there, and the parse finds it)."""
        for _, end in sp.parts:
            got = self._incise_at(end)
            if got is not None:
                return got
        return None

    def _mid_incise(self, sp: QuoteSpan) -> tuple[Said | None, str | None] | None:
        """« Le président, a-t-il ajouté, lui a présenté « ... » », "The president, he added, had shown him "..."": an
        attribution between commas inside the sentence, before the quoted words, makes the sentence its speaker's."""
        first = self.doc.token_at(sp.start)
        if first is None:
            return None
        toks = self.doc.tokens
        s = self.doc.sentences[toks[first].sent]
        for t in toks[s.start:first]:
            k = t.i + 1   # « écrit-elle encore, »: the clitic and an adverb may stand before the closing comma
            while k < min(t.i + 4, len(toks)) and (toks[k].text.startswith("-") or toks[k].pos == "ADV"):
                k += 1
            if not self._is_cue(t) or self._quoted(t.idx) or k >= len(toks) or toks[k].text != ",":
                continue
            pron = self._clitic_after(t) if self.lang == "fr" else \
                (toks[t.i - 1] if toks[t.i - 1].pos == "PRON" and toks[t.i - 2].text == "," else None)
            if pron is None or not any(toks[j].text == "," for j in range(max(s.start, pron.i - 3), pron.i)):
                continue
            said = self.speakers.phrase(pron)
            if said is not None:
                return said, t.text
        return None

    def _incise_at(self, end: int) -> tuple[Token, Token] | None:
        rest = self.doc.text[end:]
        m = re.match(r"[,.!?…\s\u00a0\u202f]*[»\"”][\s\u00a0\u202f]*(,?)[\s\u00a0\u202f]*", rest)
        if m is None or not (m.group(1) or re.search(r"[,!?…]", m.group(0) + self.doc.text[max(end - 1, 0):end])):
            return None
        first = self.doc.token_at(end + m.end())
        if first is None:
            return None
        toks = self.doc.tokens
        i = first
        while i < len(toks) and i - first < 2 and self.lang == "fr" and norm(toks[i].text) in INCISE_CLITICS:
            i += 1   # « leur a lancé le général », « nous a confié un habitant »: the object pronoun first
        aux_at = i
        while i < len(toks) and (norm(toks[i].text) in REFLEXIVE or i == aux_at and (
                toks[i].pos == "AUX" or norm(toks[i].lemma) in ("avoir", "etre", "have", "be"))):
            i += 1   # « s'indigne », « a déclaré »
        if i + 1 >= len(toks):
            return None
        if i > aux_at and toks[i].text.startswith("-"):   # « a-t-il lancé », « leur a-t-il promis »: the parser
            # may hang the participle on the quoted verb, so the incise is read here, not from the parse
            j = i + 1 if toks[i].lower in ("-t", "-t-") else i
            if j + 1 < len(toks) and _clitic_word(toks[j].lower) in ("il", "elle", "ils", "elles", "on") and \
                    toks[j + 1].text.isalpha() and toks[j + 1].text.islower():
                return toks[j + 1], toks[j]
        verb, nxt = toks[i], toks[i + 1]
        word = norm(verb.text)
        if not verb.text.isalpha() or not verb.text.islower() or word in INCISE_NOT or \
                verb.pos in ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "PUNCT", "NUM"):
            return None
        if self.lang != "fr" and not self._is_cue(verb):
            return None
        if nxt.lower in ("-t", "-t-") and i + 2 < len(toks):   # « tranche-t-il » split in three
            nxt = toks[i + 2]
        if nxt.text.startswith("-") and _clitic_word(nxt.lower) in ("il", "elle", "ils", "elles", "on"):
            return verb, nxt
        if nxt.text.startswith("-"):   # « a-t-il déclaré »: the clitic sits after the auxiliary
            return None
        if nxt.text == "," and self.lang == "fr":   # « a déclaré, sous couvert d'anonymat, un responsable »: the
            close = next((j for j in range(nxt.i + 1, min(nxt.i + 8, len(toks))) if toks[j].text in (",", ".", "»")),
                         None)                        # incise between commas comes before the subject
            if close is None or toks[close].text != "," or close + 1 >= len(toks) or \
                    any(self._quoted(toks[j].idx) for j in range(nxt.i, close)):
                return None
            nxt = toks[close + 1]
        if self.lang == "fr" and norm(nxt.text) in INCISE_PLACE_PREPS and nxt.i + 2 < len(toks) and \
                _place_after(toks, nxt.i + 1):
            j = nxt.i + 1   # « réplique depuis Niamey son homologue »: where the words were spoken comes first
            while j < len(toks) - 1 and _place_after(toks, j) and j - nxt.i <= 3:
                j += 1   # the place's words only: « depuis Niamey Mohamed Bazoum » goes on to the speaker's name
            nxt = toks[j]
        if self.lang == "fr" and not (nxt.pos in ("DET", "PROPN", "NOUN", "NUM") or nxt.text[:1].isupper()):
            return None
        head = self._concerned_after(verb) or self._phrase_head(nxt.i)
        if head.pos not in ("NOUN", "PROPN") and norm(head.text) not in LATTER | CONCERNED | FIRST_SECOND or \
                self._quoted(head.idx):
            return None   # (« a ajouté ce dernier » with « dernier » tagged an adjective still names the speaker)
        return verb, head

    def _verb_first(self, sp: QuoteSpan) -> Said | None:
        """« Dans un communiqué, la Commission « prend acte » de ... et « exhorte » ... » / 'the Commission "takes
        note"': quoted words that open with the verb of a main clause whose subject stands just before the mark
        are that subject's (a quote that carries on the same clause after « et » is the last speaker's)."""
        first = self.doc.token_at(sp.start)
        if first is None:
            return None
        t = self.doc.tokens[first]
        if not t.text.islower() or t.pos not in ("VERB", "AUX") and not self._is_cue(t) or "VerbForm=Inf" in t.morph or \
                "VerbForm=Part" in t.morph and not t.text.endswith("s") or "VerbForm=Ger" in t.morph:
            return None
        k = sp.start - 1
        while k >= 0 and (self.doc.text[k].isspace() or self.doc.text[k] in MARKS):
            k -= 1
        j = self.doc.token_at(k) if k >= 0 else None
        if j is None:
            return None
        prev = self.doc.tokens[j]
        s = self.doc.sentences[prev.sent]
        before = [x for x in self.doc.tokens[s.start:j + 1] if not self._quoted(x.idx)]
        if any(norm(x.text) in ("que", "qu'", "qu’", "that") or self._is_cue(x) and self._verb_like(x) and
               x.pos != "NOUN" for x in before):
            return None   # « explique que les assaillants « sont arrivés » »: the words are inside a report
        if norm(prev.text) in ("et", "and"):
            said = self.speakers.last(sp.start)
            return said if said is not None and self.speakers._sentences_between(said.char, sp.start) == 0 else None
        if prev.pos not in ("NOUN", "PROPN") or self._framed(prev.sent, prev.idx):
            return None
        return self.speakers.phrase(prev)

    def _framed(self, si: int, char: int) -> bool:
        """« Pour les signataires du texte, les responsables de l'ancien régime « doivent rendre des comptes » »,
        « Selon elle, les pertes « dépassent » ... »: a sentence that opens by giving the view to someone speaks for
        that someone; the subject of the clause after the comma is what the view is about."""
        s = self.doc.sentences[si]
        if self._pour_clause(si) is not None:
            return True
        raw = self.doc.text[s.start_char:char]
        return any(m.start() < 3 and "," in raw[m.end():] for m in self._according_matches(norm(raw)))

    def _by_cue(self, cue: int, sp: QuoteSpan) -> tuple[Said | None, str | None, bool]:
        """(speaker, cue, settled): settled is False when the verb gives no speaker and other clues may."""
        t = self.doc.tokens[cue]
        subj, by_design = self._subject(t, sp)
        if by_design:
            return None, t.text, True
        if subj is None:
            return None, t.text, False
        if norm(subj.lemma) in self.lex.speech - self.lex.statement:   # « Cette phrase, prononcée par ..., résume »
            said = self._words_of(sp)
            return said, None, said is not None
        return self.speakers.phrase(subj), t.text, True   # a named speaker we cannot resolve stays null

    def _anchors(self, sp: QuoteSpan) -> list[int]:
        """Tokens to climb the parse from: the opening mark (the French parser often hangs « on the verb of
        the clause before and starts a new sentence after it) and the first quoted word."""
        out = []
        j = sp.start - 1
        while j >= 0 and self.doc.text[j] in " \u00a0\u202f":
            j -= 1
        mark = self.doc.token_at(j) if j >= 0 else None
        if mark is not None and self.doc.tokens[mark].text in ("«", "“", '"', "„"):
            out.append(mark)
        first = self.doc.token_at(sp.start)
        if first is not None:
            out.append(first)
        return out

    def _by_design(self, cue: int, sp: QuoteSpan) -> bool:
        t = self.doc.tokens[cue]
        subj, by_design = self._subject(t, sp)
        return by_design or (subj is not None and (norm(subj.lemma) in self.lex.nobody or
                                                   norm(subj.text) in self.lex.nobody))

    def _pour(self, sp: QuoteSpan) -> tuple[Said | None, str | None] | None:
        f = self._pour_clause(self._sentence_of(sp.start))
        if f is None or f.speaker_head is None:
            f = self._pour_qui_clause(self._sentence_of(sp.start))
            if f is None or f.speaker_head is None or not f.start <= sp.start < f.end + 2:
                return None
        return self.speakers.phrase(self.doc.tokens[f.speaker_head]), f.cue_text

    def _governing_cue(self, tok: int, sp: QuoteSpan, up_only: bool) -> int | None:
        """The reporting verb above the quote in the parse (`up_only`), else the nearest one in its sentences
        outside the quote."""
        if up_only:
            cur = self.doc.tokens[tok]
            first = None
            prev = cur
            for _ in range(8):
                outer = self._described_through_relative(cur, prev)
                if outer is not None:
                    return outer
                if self._is_cue(cur) and not self._quoted(cur.idx) and (cur.pos != "NOUN" or self._guessed_verb(cur)):
                    if not (self._passive(cur, sp) and not self.coder._kids(cur.i, AGENT)):
                        return cur.i
                    # "was charged with “...”, his lawyer said": the agentless passive is inside what the
                    # verb above reports; that verb's subject speaks, if there is one
                    first = cur.i if first is None else first
                if cur.head == cur.i:
                    break
                prev, cur = cur, self.doc.tokens[cur.head]
            return first
        sents = {self.doc.tokens[a].sent for a in self._anchors(sp)} | {self.doc.tokens[tok].sent}
        last = self.doc.token_at(sp.end - 1)
        if last is not None:
            sents.add(self.doc.tokens[last].sent)
            for k in range(last + 1, min(last + 5, len(self.doc.tokens))):   # the French parser often starts
                sents.add(self.doc.tokens[k].sent)                           # a sentence at the closing mark
        best = None
        for si in sorted(sents):
            s = self.doc.sentences[si]
            for i in range(s.start, s.end):
                t = self.doc.tokens[i]
                if self._is_cue(t) and not self._quoted(t.idx) and self._verb_like(t) and \
                        not self._under(t, sp) and \
                        not self._other_quote_between(sp, t) and not self._passive(t) and \
                        not ("VerbForm=Part" in t.morph and not self.coder._kids(t.i, {"aux", "aux:tense"})
                             and t.idx < sp.start and self.lang == "fr" and "Tense=Pres" not in t.morph):
                    # « Interrogé sur ..., il a parlé » (but « affirmant avoir ... » reports)
                    if best is None or (self._describes_speaker(t), abs(t.idx - sp.start)) < \
                            (self._describes_speaker(self.doc.tokens[best]), abs(self.doc.tokens[best].idx - sp.start)):
                        best = i
        return best

    def _described_through_relative(self, cur: Token, prev: Token) -> int | None:
        """"described farmers who had protested against the tax as “...”": the parser hangs "as" on the verb of the
        relative clause, but "describe X as" is one frame and the words are the describer's, not the relative
        clause's; only verbs that need their "as" ("describe", "brand", "label") climb, and a relative verb of the
        same kind ("praised farmers who described the tax as") keeps its words."""
        if cur.dep not in ("relcl", "acl:relcl") or norm(prev.text) not in AS_WORDS.get(self.lang, set()) or \
                prev.head != cur.i or norm(cur.lemma) in AS_FRAME:
            return None
        noun = self.doc.tokens[cur.head]
        verb = self.doc.tokens[noun.head]
        if noun.dep not in ("dobj", "obj") or verb.i == noun.i or norm(verb.lemma) not in AS_FRAME or \
                self._quoted(verb.idx) or any(norm(self.doc.tokens[k].text) in AS_WORDS.get(self.lang, set())
                                              for k in self.doc.children[verb.i]):
            return None
        return verb.i

    def _describes_speaker(self, t: Token) -> bool:
        """"a resident who asked not to be named told AFP", « un élu, qui a requis l'anonymat, évoque »: a verb in a
        relative clause on a noun outside the quote describes the speaker; the clause's own verb reports, so the
        relative one is taken only when no other verb is there."""
        relative = t.dep in ("relcl", "acl:relcl") or \
            any("PronType=Rel" in self.doc.tokens[k].morph for k in self.doc.children[t.i])
        return relative and t.head != t.i and self.doc.tokens[t.head].pos in ("NOUN", "PROPN") and \
            not self._quoted(self.doc.tokens[t.head].idx)

    def _under(self, t: Token, sp: QuoteSpan) -> bool:
        """« les “marchands de désespoir” qui annoncent ... »: a verb in a clause hung on the quoted words
        describes them; it does not report them."""
        relative = t.dep in ("relcl", "acl:relcl") or \
            any("PronType=Rel" in self.doc.tokens[k].morph for k in self.doc.children[t.i])
        head = self.doc.tokens[t.head]
        return relative and t.head != t.i and sp.start - 2 <= head.idx <= sp.end + 2   # on the words or their mark

    def _other_quote_between(self, sp: QuoteSpan, t: Token) -> bool:
        """A sentence end between the quote and the verb: the verb belongs to another sentence."""
        a, b = (sp.end - 1, t.idx) if t.idx > sp.end else (t.end, sp.start)   # the quote may end the sentence
        return bool(re.search(r"[.!?][\s\"”»\u00a0\u202f]*\s[«\"“A-ZÀ-Ý]", self.doc.text[max(a, 0):b]))

    def _colon_speaker(self, sp: QuoteSpan) -> Said | None:
        """"X put it better: “...”", « L'organisation conclut : « ... » »: the subject of the clause before the
        colon."""
        before = self.doc.text[:sp.start].rstrip(" \u00a0\u202f«\"“")
        if not before.endswith(":"):
            return None
        colon = self.doc.token_at(len(before) - 1)
        if colon is None:
            return None
        s = self.doc.sentences[self.doc.tokens[colon].sent]
        if self._narrative_infinitive(s.start, colon):
            said = self.speakers.last(sp.start)
            return replace(said, char=sp.start) if said is not None else None
        verbs = [t for t in self.doc.tokens[s.start:colon] if t.pos in ("VERB", "AUX") and t.dep in ("ROOT", "root")]
        verbs = verbs or [t for t in self.doc.tokens[s.start:colon] if t.pos == "VERB" and t.dep not in ("acl",)]
        for v in verbs:   # (« joint par téléphone » only describes the speaker: its agent is no speaker)
            quoted = next((k for k in self.coder._kids(v.i, {"obj", "dobj"}) if k.pos in ("NOUN", "PROPN")), None) \
                if norm(v.lemma) in QUOTING else None
            if quoted is not None:   # "He quoted a Malian student who told him:": the words are the student's
                return self.speakers.phrase(quoted)
            subj, by_design = self._subject(v, sp)
            if subj is not None and not by_design:
                return self.speakers.phrase(subj)
        return self._clause_subject(s.start, colon)

    def _narrative_infinitive(self, a: int, b: int) -> bool:
        """« Et d'ajouter : », « Et de conclure : »: an infinitive of narration has no subject of its own; the
        speaker just heard goes on."""
        words = self.doc.tokens[a:b]
        return 3 <= len(words) <= 4 and norm(words[0].text) == "et" and \
            norm(words[1].text) in ("de", "d'", "d’") and self._is_cue(words[2])

    def _colon_after(self, sp: QuoteSpan) -> Said | None:
        """A headline « « Nous ne céderons pas » : le ministre ferme la porte », '"We stay": the minister rules out
        ...': the subject of the clause after the colon that follows the closing mark."""
        m = re.match(r"[\s\u00a0\u202f.!?…]*[»\"”][\s\u00a0\u202f]*:[\s\u00a0\u202f]*", self.doc.text[sp.end:])
        first = self.doc.token_at(sp.end + m.end()) if m else None
        if first is None:
            return None
        end = first
        while end < len(self.doc.tokens) and self.doc.tokens[end].text not in (".", "!", "?", ";") and end - first < 15:
            end += 1
        head = self._clause_head(first + 1 if self.doc.tokens[first].text == ":" else first, end)
        return self.speakers.phrase(head) if head is not None else None

    def _answer(self, sp: QuoteSpan) -> Said | None:
        """« Comment vivez-vous la hausse ? « Très mal. » »: quoted words right after a question the article asks
        answer it; the one answering is the speaker heard last, else the first person the article names (the
        one interviewed)."""
        before = self.doc.text[:sp.start].rstrip(" \u00a0\u202f«\"“")
        label = ANSWER_LABEL.search(before)   # "Q: Is a default possible? A: "Not this year."", « R. »
        if label is not None:
            before = before[:label.start()].rstrip(" \u00a0\u202f")
        if not before.endswith("?") or self._quoted(len(before) - 1):
            return None
        said = self.speakers.last(sp.start, person=True)
        if said is not None:
            return replace(said, char=sp.start)
        people = [m for m in self.speakers.mentions if m.type == "person" and m.start < (self.doc.token_at(sp.start) or 0)]
        return self.speakers.phrase(self.doc.tokens[self.coder._mention_head(people[0])]) if people else None

    def _bare_noun(self, t: Token) -> bool:
        """A noun (or a role word the tagger mistook) outside quotes and outside any preposition: a subject."""
        return (t.pos in ("NOUN", "PROPN") or norm(t.text) in self.lex.roles) and not self._quoted(t.idx) and \
            t.dep not in ("pobj", "poss") and not self.coder._kids(t.i, {"case"}) and \
            self.doc.tokens[t.head].dep not in ("prep",)   # "minister on the exit" has a "prep" child, not a case

    def _clause_head(self, a: int, b: int) -> Token | None:
        """The first noun phrase of tokens a..b outside a preposition (a fronted « Dans les gares, » is skipped)."""
        return next((t for t in self.doc.tokens[a:b] if self._bare_noun(t)), None)

    def _clause_subject(self, a: int, b: int) -> Said | None:
        """« Un transporteur ghanéen soupire : », « Le chef coutumier, lui, se veut rassurant : »: when the parse
        gives the clause before a colon no verb with a subject, its first noun phrase outside a preposition."""
        for t in self.doc.tokens[a:b]:
            if self._bare_noun(t) and t.pos in ("NOUN", "PROPN"):
                said = self.speakers.phrase(t)
                if said is not None:
                    return said
                if t.dep in ("nsubj", "nsubj:pass", "nsubjpass"):
                    return None
        return None

    def _clause_speaker(self, tok: int, sp: QuoteSpan) -> Said | None:
        """« Il invite « tous les hommes de bonne volonté » à ... »: quoted words in a clause whose subject is
        someone who has already spoken are theirs."""
        cur = self.doc.tokens[tok]
        for _ in range(8):
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX") and not sp.inside(cur.idx):
                subj, by_design = self._subject(cur, sp)
                if by_design or subj is None:
                    return None
                said = self.speakers.phrase(subj)
                if said is None:
                    return None
                known = [s.actor for s in self.speakers.history if s.char < sp.start]
                # an outlet speaks through what it prints: « Le quotidien d'État a consacré sa une aux « ... » »; an
                # office holder or a named speaker says what their own act is for (« Le ministre a justifié la mesure
                # par « ... » », « a défendu la fin « immédiate » de l'accord »), though nobody has spoken yet
                return said if said.actor in known or said.actor.kind == "MED" or said.person and said.role or \
                    said.named else None
        return None

    def _whole_sentences(self, sp: QuoteSpan) -> bool:
        inner = self.doc.text[sp.start:sp.end]
        return len(re.findall(r"\w+", inner)) >= 3 and bool(re.search(r"[.!?…]$", inner.rstrip())) and \
            not re.search(r"\w", self.doc.text[self._sentence_start(sp.start):sp.start])

    def _sentence_start(self, char: int) -> int:
        m = None
        for m in re.finditer(r"[.!?…]\s+", self.doc.text[:char]):
            pass
        return m.end() if m else 0

    def _words_of(self, sp: QuoteSpan) -> Said | None:
        """« ... » Ces mots du ministre ... / Cette phrase, prononcée par X, ... / "Its author was X": the sentences
        after name the speaker of the words they point back to."""
        rest = self.doc.text[sp.end:]
        m = re.match(r"[\s\u00a0\u202f»\"”.!?…]*", rest)
        start = sp.end + (m.end() if m else 0)
        first = self.doc.token_at(start)
        if first is None:
            return None
        return self._speech_noun_names(first) or self._author_after(first)

    def _speech_noun_names(self, first: int) -> Said | None:
        toks = self.doc.tokens[first:first + 6]   # « C'est en ces termes que ... »
        noun = next((t for t in toks if norm(t.lemma) in self.lex.speech or norm(t.text) in self.lex.speech), None)
        if noun is None or not any(norm(t.text) in POINTING for t in toks) and \
                not (noun.i > 0 and norm(self.doc.tokens[noun.i - 1].text) in DEFINITE):
            return None   # « L'avertissement vient du ministre », "The order came from ...": a definite noun too
        top = self._those_of(noun) or self._passive_of(noun) or noun
        ranked: list[tuple[int, int, Token]] = []
        for k in self.doc.subtree(top.i):   # "du ministre", "prononcée par le ministre", "by the minister"
            t = self.doc.tokens[k]
            if k == noun.i or t.pos not in ("NOUN", "PROPN") or t.sent != noun.sent or self._in_clause(t, top):
                continue
            # English hangs the noun on its preposition, whose own "prep" children ("a herder from Gao") are the
            # noun's modifiers, not its case
            case = [self.doc.tokens[t.head]] if self.doc.tokens[t.head].dep in ("prep", "agent") else \
                [c for c in self.coder._kids(k, {"case", "prep"})]
            words = {norm(c.text) for c in case}
            governor = self.doc.tokens[t.head]
            if governor.dep in ("prep", "agent"):
                governor = self.doc.tokens[governor.head]
            gov = {norm(governor.lemma), norm(governor.text)}
            before = norm(self.doc.tokens[case[0].i - 1].text) if case and case[0].i > 0 else ""
            if gov & AIRED or before in AIRED:   # (the parse may hang the agent elsewhere)
                continue   # « Le message, lu par un jeune homme, émane du Collectif »: the reader is no author
            if words & {"par", "by"} and governor.dep in ("acl", "acl:relcl", "relcl", "advcl") and \
                    governor.head != noun.i and governor.i != top.i:
                continue   # "those of a chief ..., reached by telephone by AFP", « celui du ministre, interrogé par
                # les députés »: who reached or questioned the speaker is no author
            if words & {"par", "by"} or words & {"a", "au", "aux", "to"} and gov & ATTRIBUTED:
                ranked.append((0, k, t))   # the agent of « prononcée par », « est attribuée au ministre »
            elif words & {"de", "du", "des", "d'", "of"} and self._noun_chain(t, top):
                ranked.append((1, k, t))   # the noun's own complement: « Ces mots du ministre »
        for _, _, t in sorted(ranked, key=lambda r: (r[0], r[1])):
            said = self.speakers.phrase(t)
            if said is not None:
                return said
        return self._words_by(noun) or self._words_from(noun) or self._words_in(noun)

    def _words_in(self, noun: Token) -> Said | None:
        """« L'avertissement figure dans une lettre de l'Association ... », "The warning appears in a letter from
        ...": words said to stand in a document are those of the document's author."""
        toks = self.doc.tokens
        j = noun.i + 1
        located = False
        while j < len(toks) and j - noun.i < 5 and toks[j].sent == noun.sent and (
                toks[j].pos in ("AUX", "ADV") or norm(toks[j].text) in REFLEXIVE or
                norm(toks[j].lemma) in LOCATED or norm(toks[j].text) in LOCATED):
            located = located or norm(toks[j].lemma) in LOCATED or norm(toks[j].text) in LOCATED
            j += 1
        if not located or j + 1 >= len(toks) or norm(toks[j].text) not in ("dans", "in"):
            return None
        head = self._phrase_head(j + 1)
        if norm(head.lemma) not in self.lex.statement and norm(head.text) not in self.lex.statement or \
                self._quoted(head.idx):
            return None
        return self.speakers.phrase(head)

    def _passive_of(self, noun: Token) -> Token | None:
        """« Cette phrase ... est attribuée au ministre », "The remark was made by the governor", « Le message
        ... émane du Collectif »: the verb the speech noun is the subject of, when it is passive or says where the
        words come from, holds the speaker."""
        head = self.doc.tokens[noun.head]
        if head.i == noun.i or noun.dep not in ("nsubj", "nsubj:pass", "nsubjpass"):
            # the tagger may miss the noun (« Cette phrase » read as an adjective): the sentence's own verb of
            # attribution or origin after it still names the speaker
            s = self.doc.sentences[noun.sent]
            root = next((t for t in self.doc.tokens[s.start:s.end] if t.head == t.i), None)
            ok = root is not None and root.i > noun.i and {norm(root.lemma), norm(root.text)} & (ATTRIBUTED | ORIGIN)
            return root if ok else None
        words = {norm(head.lemma), norm(head.text)}
        return head if noun.dep != "nsubj" or words & (ATTRIBUTED | ORIGIN) else None

    def _noun_chain(self, t: Token, top: Token) -> bool:
        """Whether `t` hangs from `top` through nouns only: « Ces mots du ministre de la Justice », not « Cette
        phrase, prononcée devant le Conseil des droits de l'homme » (a place the words were said in)."""
        cur = t
        for _ in range(8):
            if cur.head == top.i or cur.i == top.i:
                return True
            cur = self.doc.tokens[cur.head]
            if cur.pos not in ("NOUN", "PROPN", "ADP", "PRON") or cur.head == cur.i:   # ("those of", "of" itself)
                return False
        return False

    def _author_after(self, first: int) -> Said | None:
        """"“...” The line drew the loudest applause. Its author was Niger's prime minister", « L'auteur de ces
        mots est le ministre »: within the two sentences after the quote, with no quote between, a copula whose
        subject is the words' author names the speaker."""
        si = self.doc.tokens[first].sent
        for s in self.doc.sentences[si:si + 2]:
            if any(self._quoted(t.idx) for t in self.doc.tokens[s.start:s.end]):
                return None
            for t in self.doc.tokens[s.start:s.end]:
                if norm(t.lemma) not in AUTHOR or t.dep not in ("nsubj", "nsubj:pass") or t.head == t.i:
                    continue
                head = self.doc.tokens[t.head]
                pred = head if any(k.dep == "cop" for k in self.coder._kids(head.i)) else \
                    next(iter(self.coder._kids(head.i, {"attr", "acomp"})), None) if norm(head.lemma) == "be" else None
                if pred is not None and pred.pos in ("NOUN", "PROPN"):
                    return self.speakers.phrase(pred)
        return None

    def _those_of(self, noun: Token) -> Token | None:
        """"The words are those of a farmer", « Ces propos sont ceux du ministre »: the copula's head, whose
        "of" / « de » names the speaker, when the speech noun is its subject."""
        head = self.doc.tokens[noun.head]
        if noun.dep not in ("nsubj", "nsubj:pass") or head.i == noun.i:
            return None
        copula = norm(head.lemma) in ("be", "etre") or any(k.dep == "cop" for k in self.coder._kids(head.i))
        return head if copula else None

    def _in_clause(self, t: Token, top: Token) -> bool:
        """Whether `t` hangs below `top` through a finite verb: « C'est en ces termes que le gouverneur s'est
        adressé aux déplacés de Ouallam » names no speaker in « de Ouallam »."""
        cur = t
        for _ in range(12):
            if cur.i == top.i or cur.head == cur.i:
                return False
            cur = self.doc.tokens[cur.head]
            if cur.i != top.i and cur.pos in ("VERB", "AUX") and (
                    "Mood=" in cur.morph or cur.dep in ("acl:relcl", "relcl") or
                    self.coder._kids(cur.i, {"aux", "aux:tense", "aux:pass"})):
                return True
        return False

    def _words_from(self, noun: Token) -> Said | None:
        """« C'est en ces termes que le gouverneur ... s'est adressé », « L'avertissement vient du ministre », "The
        order came from the governor": the speaker after a cleft « que » or after a verb of origin."""
        toks = self.doc.tokens
        j = noun.i + 1
        origin = False
        while j < len(toks) and j - noun.i < 5 and (toks[j].pos in ("AUX", "ADV") or
                                                   norm(toks[j].lemma) in ORIGIN or norm(toks[j].text) in ORIGIN):
            origin = origin or norm(toks[j].lemma) in ORIGIN or norm(toks[j].text) in ORIGIN
            j += 1
        if j + 1 >= len(toks):
            return None
        word = norm(toks[j].text)
        if not (j == noun.i + 1 and word in ("que", "qu'", "qu’") or
                origin and word in ("de", "du", "d'", "d’", "from", "by", "par")):
            return None   # the noun must be followed by « que », or by a verb of origin and its source
        head = self._phrase_head(j + 1)
        if head.pos not in ("NOUN", "PROPN") and not origin:   # « C'est par cette annonce que s'est ouvert le
            verb = next((t for t in toks[j + 1:noun.i + 8] if t.pos in ("VERB", "ADJ")), None)  # journal de l'ORTM »:
            subj = next((k for k in self.coder._kids(verb.i, {"nsubj", "nsubj:pass", "obj"})   # the subject comes
                         if k.i > verb.i and k.pos in ("NOUN", "PROPN")), None) if verb is not None else None  # after
            head = subj if subj is not None else head
        if head.pos not in ("NOUN", "PROPN") or self._quoted(head.idx):
            return None
        return self.speakers.phrase(head)

    def _words_by(self, noun: Token) -> Said | None:
        """« Ce slogan, répété par la télévision publique » when the parser hung the participle, not the noun,
        on the agent: the phrase after the first "par" / "by" close behind the noun, or after a verb of origin
        (« émane de »)."""
        toks = self.doc.tokens
        for j in range(noun.i + 1, min(noun.i + 16, len(toks) - 1)):
            if toks[j].sent != noun.sent or toks[j].text in (".", "!", "?", ";", ":"):
                break
            if norm(toks[j].text) in ("par", "by") and norm(toks[j - 1].text) not in AIRED:
                return self.speakers.phrase(self._phrase_head(j + 1))   # (« lu par X »: X only read it out)
            if (norm(toks[j].text) in ORIGIN or norm(toks[j].lemma) in ORIGIN) and \
                    norm(toks[j + 1].text) in ("de", "du", "des", "d'", "d’", "from") and j + 2 < len(toks):
                return self.speakers.phrase(self._phrase_head(j + 2))   # « Le message, lu ..., émane du Collectif »
        return None

    def _according_to(self, char: int, sp: QuoteSpan | None = None) -> tuple[Said | None, str | None] | None:
        """« Selon lui, ... » / "according to the commission, ...": the phrase after it, in the sentence of
        `char`."""
        si = self._sentence_of(char)
        s = self.doc.sentences[si]
        text = norm(self.doc.text[s.start_char:s.end_char])
        for m in self._according_matches(text):
            if sp is not None and sp.inside(s.start_char + m.start()):
                continue
            tok = self.doc.token_at(s.start_char + m.end() + 1)
            if tok is None:
                continue
            head = self._phrase_head(tok)
            said = self.speakers.phrase(head)
            return said, self.doc.text[s.start_char + m.start():s.start_char + m.end()]
        return None

    def _according_matches(self, text: str) -> list[re.Match[str]]:
        """Where each "according to" phrase first occurs in a folded sentence, in the lexicon's order; a French
        phrase ending in « de » also matches « du », « des » and « d' » (« aux yeux du ministre »)."""
        out = []
        for phrase in self.lex.according_to:
            forms = [phrase] + ([phrase[:-2] + w for w in ("du", "des")] if phrase.endswith(" de") else [])
            rx = "|".join(re.escape(f) + r"(?!\w)" for f in forms)
            if phrase.endswith(" de"):
                rx += "|" + re.escape(phrase[:-2]) + r"d['’]"
            m = re.search(r"(?<!\w)(?:" + rx + ")", text)
            if m is not None:
                out.append(m)
        return out

    def _phrase_head(self, tok: int) -> Token:
        """The head noun of the phrase starting at `tok` (its determiner or adjective climbs to it)."""
        t = self.doc.tokens[tok]
        for _ in range(3):
            if t.pos in ("NOUN", "PROPN", "PRON") or t.head == t.i or norm(t.text) in self.lex.roles or \
                    norm(t.text) in LATTER | FIRST_SECOND:
                break   # a role noun the tagger took for an adverb (« l'imam ») still heads its phrase
            if self.doc.tokens[t.head].pos in ("NOUN", "PROPN"):
                t = self.doc.tokens[t.head]
                break
            if t.i + 1 < len(self.doc.tokens):
                t = self.doc.tokens[t.i + 1]
        if t.dep in ("poss", "nmod:poss") and self.doc.tokens[t.head].pos == "NOUN" and t.head > t.i:
            t = self.doc.tokens[t.head]   # "the network's president": the president speaks, for the network
        return t

    # -- reported speech ----------------------------------------------------------------------------
    def _reported(self, covered: list[tuple[int, int]]) -> list[_Found]:
        out: list[_Found] = []
        taken = list(covered)

        def add(f: _Found) -> None:
            if f.end - f.start < 12 or any(x <= f.start and f.end <= y for x, y in taken):
                return
            if sum(min(f.end, y) - max(f.start, x) for x, y in covered if x < f.end and f.start < y) > \
                    (f.end - f.start) / 2:
                f.shown = False   # mostly quoted words, a direct quote already; its verb may still name their
                out.append(f)     # speaker (_report_around)
                return
            out.append(f)
            taken.append((f.start, f.end))

        for s in self.doc.sentences:
            for i in range(s.start, s.end):
                t = self.doc.tokens[i]
                if not self._verb_like(t) or not self._is_cue(t) or self._quoted(t.idx):
                    continue   # a verb inside quoted words reports nothing outside them
                trailing = self._trailing(t)
                before = self._complement(t) or self._infinitive(t)
                if before is not None and trailing is not None and trailing.speaker_head is not None and \
                        before.start <= self.doc.tokens[trailing.speaker_head].idx < before.end:
                    before = None   # « ..., rapporte le quotidien public Sidwaya »: its subject, no report
                for f in (before, trailing, self._described_as(t)):
                    if f is not None:
                        add(f)
            for f in (self._according_clause(s.index), self._pour_clause(s.index), self._pour_qui_clause(s.index)):
                if f is not None:
                    add(f)
        return out

    def _span_of(self, toks: list[int]) -> tuple[int, int]:
        a = self.doc.tokens[toks[0]].idx
        b = self.doc.tokens[toks[-1]].end
        while b > a and self.doc.text[b - 1] in CLAUSE_END + "»\"”«“":
            b -= 1
        while a < b and self.doc.text[a] in " «\"“":
            a += 1
        return a, b

    def _complement(self, t: Token) -> _Found | None:
        """"X said (that) ...", « X a déclaré que ... », « X dit avoir ... »: the clause under the verb."""
        comps = [c for c in self.coder._kids(t.i, {"ccomp", "xcomp"}) if c.pos in ("VERB", "AUX", "ADJ", "NOUN", "ADV")]
        # "Speaking ..., a day after X took effect, the minister said the states would ...": the clause after the
        # verb is what it reports; a clause before it that the parser also hung there is the sentence's setting
        comps = sorted(comps, key=lambda c: (c.pos not in ("VERB", "AUX"), c.i < t.i)) or self._clause_on_document(t)
        if not comps:
            return self._clause_after_que(t)
        comp = comps[0]
        if comp.i > t.i and comp.pos in ("VERB", "AUX") and self._is_cue(comp) and not self._passive(comp) and \
                not self.coder._kids(comp.i, SUBJ):   # (« rappelle qu'aucun État n'a demandé à »: its own clause)
            # « a dit espérer que ... » (but "said the family had not been told where ..." reports the telling)
            inner = self._complement(comp)
            if inner is not None:
                inner.cue = t.i
                inner.cue_text = t.text
                return inner
        a, b = self._span_of(self.doc.subtree(comp.i))
        b = self._through_quote(b)
        text = re.sub(r"^(that|que|qu['’])\s*", "", self.doc.text[a:b], flags=re.I)
        a = b - len(text)
        return _Found(a, b, text, False, t.sent, cue=t.i, cue_text=t.text)

    def _through_quote(self, b: int) -> int:
        """« maintient que le Niger n'a « fermé aucune porte » »: a clause the parser cut at the opening mark of
        the quoted words that finish it runs on to their end."""
        m = re.match(r"[\s\u00a0\u202f]*[«“\"][\s\u00a0\u202f]*", self.doc.text[b:])
        if m is None:
            return b
        sp = next((sp for sp in self.spans if sp.start == b + m.end()), None)
        return sp.end if sp is not None else b

    def _clause_after_que(self, t: Token) -> _Found | None:
        """« Le quotidien L'Observateur rapporte que ... » with the verb hung on the outlet's name: the clause from
        the « que » right after the verb to the end of the sentence."""
        toks = self.doc.tokens
        j = t.i + 1
        if j + 1 >= len(toks) or norm(toks[j].text) not in ("que", "qu'", "qu’") or toks[j + 1].sent != t.sent \
                or t.pos == "NOUN" and not self._guessed_verb(t) and "Mood=" not in t.morph:
            return None
        end = self.doc.sentences[t.sent].end
        a, b = self._span_of(list(range(j + 1, end)))
        if self.doc.text[a:b].count("«") != self.doc.text[a:b].count("»"):
            return None
        return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text)

    def _clause_on_document(self, t: Token) -> list[Token]:
        """"said in a final communiqué that ...", « a indiqué dans un communiqué que ... »: the parser hangs the
        content clause on the document noun instead of the verb."""
        for n in self.coder._kids(t.i, {"prep", "obl", "obl:mod", "obl:arg", "nmod"}):
            if n.dep == "prep":
                n = next(iter(self.coder._kids(n.i, {"pobj"})), n)
            if norm(n.lemma) not in self.lex.statement and norm(n.text) not in self.lex.statement:
                continue
            for c in self.coder._kids(n.i, {"acl", "ccomp", "acl:relcl", "relcl"}):
                if c.i > n.i and any(norm(m.text) in ("that", "que", "qu'", "qu’")
                                     for m in self.coder._kids(c.i, {"mark"})):
                    return [c]
        return []

    def _infinitive(self, t: Token) -> _Found | None:
        """« plusieurs notables affirment avoir été mandatés ... », "they claim to have ...": an infinitive
        straight after the reporting verb is what is reported, even when the parser hung it elsewhere."""
        toks = self.doc.tokens
        j = t.i + 1
        if j < len(toks) and toks[j].lower == "to" and self.lang == "en":
            j += 1
        if j >= len(toks) or "VerbForm=Inf" not in toks[j].morph or toks[j].sent != t.sent:
            return None
        s = self.doc.sentences[t.sent]
        a, b = self._span_of(list(range(j, s.end)))
        subj = next(iter(self.coder._kids(t.i, SUBJ)), None)
        if subj is None:   # the subject the parser gave the infinitive's verb instead
            subj = next((toks[i] for i in range(t.i - 1, s.start - 1, -1)
                         if toks[i].dep in ("nsubj", "nsubj:pass", "nsubjpass")), None)
        subj = subj or self.coder._subject_token(t)
        return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text,
                      speaker_head=subj.i if subj is not None else None)

    def _trailing(self, t: Token) -> _Found | None:
        """« Le Mali a signé un accord ..., a annoncé le ministère. »: what comes before a trailing attribution."""
        tail = self._trailing_en(t)
        if tail is not None:
            return tail
        root = t.head == t.i and self.lang == "fr" and \
            any(k.i > t.i and k.pos in ("NOUN", "PROPN") for k in self.coder._kids(t.i, OBJ_AS_SUBJ))
        toks = self.doc.tokens
        # « ... après des menaces d'hommes armés, rapporte le quotidien Le Sahel. »: the parser may also hang the
        # trailing verb on the last noun before it, as if it were a clause of that noun; its subject after it shows
        hung = self.lang == "fr" and t.dep in ("acl", "advcl", "acl:relcl") and t.head < t.i and \
            "VerbForm=Part" not in t.morph and "VerbForm=Inf" not in t.morph and t.i + 1 < len(toks) and \
            toks[t.i + 1].pos in ("DET", "PROPN") and toks[t.i + 1].sent == t.sent
        root = root or hung
        if (t.dep not in ("conj", "parataxis") or t.head >= t.i) and not root or self._after_apposition(t):
            return None   # (the parser may make the trailing verb the root, its subject after it; a verb after an
            # apposition has its subject before it and its report after it)
        prev = t.i - 1
        while prev >= 0 and self.doc.tokens[prev].pos in ("AUX", "ADV") and self.doc.tokens[prev].sent == t.sent:
            prev -= 1
        if prev < 0 or self.doc.tokens[prev].text != "," or self._own_que_clause(t):
            return None
        s = self.doc.sentences[t.sent]
        if root and not any(self.doc.tokens[i].pos in ("VERB", "AUX") and "Mood=" in self.doc.tokens[i].morph
                            for i in range(s.start, prev)):
            return None   # « La ministre ..., Fatimé Abakar, a lancé ... »: an apposition, not a reported clause
        a, b = self._span_of(list(range(s.start, prev)))
        if self.doc.text[a:b].count("«") != self.doc.text[a:b].count("»"):
            return None
        inverted = self._inverted_subject(t, None)   # the subject after the verb, whatever the parser hung before it
        if inverted is None and hung:
            inverted = self._phrase_head(t.i + 1)
        return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text,
                      speaker_head=inverted.i if inverted is not None else None)

    def _own_que_clause(self, t: Token) -> bool:
        """« Joint ..., l'ancien ministre X, dont le parti a été dissous, estime que ... », « Le ministre ..., invité
        du journal, affirme que ... »: a verb of speech followed by its own « que » clause opens a report; it does
        not trail one, whatever clause the parser hung it on (what stands before its comma is its subject)."""
        toks = self.doc.tokens
        j = t.i + 1
        while j < len(toks) and toks[j].sent == t.sent and (toks[j].pos in ("ADV", "PRON") or
                                                            toks[j].text in ("-t-", "-il", "-elle")):
            j += 1
        return j < len(toks) and toks[j].sent == t.sent and norm(toks[j].text) in ("que", "qu'", "qu’") and \
            not self._quoted(toks[j].idx)

    def _trailing_en(self, t: Token) -> _Found | None:
        """"A convoy ... was ambushed on Tuesday between Kati and Kolokani, a security source told AFP.", "..., the
        weekly X reported on Friday, citing ...": after a long clause the small English model hangs the trailing
        verb of speech under the main verb (advcl, ccomp) and may set its subject beside the last noun before the
        comma. A finite verb of speech that ends its sentence's last clause, straight after ", <noun phrase>",
        reports the clause before the comma."""
        toks = self.doc.tokens
        if self.lang != "en" or t.dep not in ("advcl", "ccomp") or t.head >= t.i or "VerbForm=Fin" not in t.morph or \
                any(k.i > t.i for k in self.coder._kids(t.i, {"ccomp", "xcomp"})):
            return None
        j = t.i - 1
        while j >= 0 and toks[j].sent == t.sent and toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") and \
                not self._quoted(toks[j].idx):
            j -= 1
        if j < 0 or j == t.i - 1 or toks[j].text != "," or toks[t.i - 1].pos not in ("NOUN", "PROPN"):
            return None
        s = self.doc.sentences[t.sent]
        if not any(toks[i].pos in ("VERB", "AUX") and "VerbForm=Fin" in toks[i].morph for i in range(s.start, j)):
            return None
        a, b = self._span_of(list(range(s.start, j)))
        if self.doc.text[a:b].count('"') % 2 or self.doc.text[a:b].count("“") != self.doc.text[a:b].count("”"):
            return None
        own = self.coder._kids(t.i, SUBJ)
        return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text,
                      speaker_head=None if own else t.i - 1)

    def _described_as(self, t: Token) -> _Found | None:
        """"condemned the message as an attempt to ...": what the speaker calls it."""
        if norm(t.lemma) not in DESCRIBE:
            return None
        for k in self.coder._kids(t.i, {"prep", "obl", "advcl", "obl:mod", "nmod"}):
            if norm(k.text) in AS_WORDS.get(self.lang, set()):
                objs = self.coder._kids(k.i, {"pobj"})
                if objs:
                    a, b = self._span_of(self.doc.subtree(objs[0].i))
                    return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text)
            case = [c for c in self.coder._kids(k.i, {"case", "mark"}) if norm(c.text) in AS_WORDS.get(self.lang, set())]
            if case:
                toks = [j for j in self.doc.subtree(k.i) if j > case[0].i]
                if toks:
                    a, b = self._span_of(toks)
                    return _Found(a, b, self.doc.text[a:b], False, t.sent, cue=t.i, cue_text=t.text)
        return None

    def _according_clause(self, si: int) -> _Found | None:
        """"According to X, ..." / "..., according to X." / « Selon X, ... »: the rest of the sentence."""
        s = self.doc.sentences[si]
        raw = self.doc.text[s.start_char:s.end_char]
        text = norm(raw)
        for m in self._according_matches(text):
            if norm(raw[m.start():m.end()]) in self.lex.relay and self._reports_before(s.start_char + m.start(), si):
                continue   # "X said ..., as quoted by Xinhua": the verb's clause is the quote, not this one
            rest = re.split(r",\s*", raw[m.end():], maxsplit=1)
            if len(rest) == 2 and len(rest[1]) > 12:
                a = s.start_char + m.end() + len(rest[0]) + 1
                b = s.end_char
            elif m.start() > 12:
                a, b = s.start_char, s.start_char + m.start()
            else:
                continue
            a, b = self._trim(a, b)
            return _Found(a, b, self.doc.text[a:b], False, si, speaker_head=None,
                          cue_text=raw[m.start():m.end()])
        return None

    def _reports_before(self, char: int, si: int) -> bool:
        """Whether a reporting verb outside quoted words stands in sentence `si` before `char`."""
        s = self.doc.sentences[si]
        return any(t.idx < char and self._is_cue(t) and self._verb_like(t) and not self._quoted(t.idx)
                   for t in self.doc.tokens[s.start:s.end])

    def _pour_clause(self, si: int) -> _Found | None:
        """« Pour le gouverneur de Dosso, la recrudescence s'explique ... »: a view given to a speaker."""
        s = self.doc.sentences[si]
        first = self.doc.tokens[s.start]
        if norm(first.text) not in ("pour", "for") or s.end - s.start < 5:
            return None
        raw = self.doc.text[s.start_char:s.end_char]
        comma = raw.find(",")
        if comma < 0 or comma > 80:
            return None
        head = self._phrase_head(s.start + 1)
        if head.pos not in ("NOUN", "PROPN", "PRON") and norm(head.text) not in self.lex.roles or \
                head.idx > s.start_char + comma:   # « Pour l'imam de ... »: the tagger may miss a role noun
            return None
        said = self.speakers.phrase(head)
        body = any(norm(head.lemma) in words for words in (self.lex.bodies, self.lex.roles, self.lex.signers))
        if said is None or not (said.person or said.named or body):   # "For the Algerian foreign ministry," is a
            return None                                                # body's view; « Pour le Mali, » no one's
        a, b = self._trim(s.start_char + comma + 1, s.end_char)
        return _Found(a, b, self.doc.text[a:b], False, si, speaker_head=head.i, cue_text=first.text)

    def _pour_qui_clause(self, si: int) -> _Found | None:
        """« ... l'ONG Internet sans frontières, pour qui la coupure vise à « ... » », « Le chercheur X, pour qui la
        junte « ... », appelle au dialogue »: a view given to the noun phrase before « , pour qui » (and "for whom"),
        up to the next comma outside quotes or the end of the sentence."""
        s = self.doc.sentences[si]
        toks = self.doc.tokens
        for i in range(s.start + 2, s.end - 2):
            if norm(toks[i].text) not in ("pour", "for") or norm(toks[i + 1].text) not in ("qui", "whom") or \
                    toks[i - 1].text != "," or self._quoted(toks[i].idx):
                continue
            j = i - 2
            while j >= s.start and toks[j].pos not in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON") and \
                    not self._quoted(toks[j].idx):
                j -= 1
            run = toks[j + 1:i - 1]
            named = [t for t in run if getattr(self.speakers.by_token.get(t.i), "type", "") in ("org", "unknown", "person")]
            head = named[0] if named else next((t for t in run if t.pos in ("NOUN", "PROPN")), None)
            if head is None:
                continue   # (a later « , pour qui » of the sentence may have its noun phrase)
            end = i + 2
            while end < s.end and not (toks[end].text == "," and not self._quoted(toks[end].idx)):
                end += 1
            a, b = self._trim(toks[i + 2].idx, toks[end - 1].end)
            if b - a < 8 or not self._gives_view(i + 2, end):
                continue
            return _Found(a, b, self.doc.text[a:b], False, si, speaker_head=head.i, cue_text="pour qui")
        return None

    def _gives_view(self, start: int, end: int) -> bool:
        """« pour qui la loi doit « protéger les journalistes » », « pour qui cette décision est inacceptable »: a
        clause holding quoted words, a verb of duty or an evaluative word (the event coder's modality lists) is a
        view; « les déplacés, pour qui le camp est le dernier refuge » only describes them."""
        toks = self.doc.tokens
        if any(self._quoted(t.idx) for t in toks[start:end]):
            return True
        cues = lexicon.cues(self.lang)
        view = MUST.union(*(cues.get(k, frozenset()) for k in VIEW_CUES))
        return any(norm(t.lemma) in view or norm(t.text) in view for t in toks[start:end])

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and self.doc.text[a] in " ,\u00a0":
            a += 1
        while b > a and self.doc.text[b - 1] in CLAUSE_END:
            b -= 1
        return a, b

    def _attribute_reported(self, f: _Found) -> tuple[Said | None, str | None]:
        if f.cue is not None:
            t = self.doc.tokens[f.cue]
            if f.speaker_head is not None:   # found with the clause, where the parse of the verb misleads
                return self.speakers.phrase(self.doc.tokens[f.speaker_head]), t.text
            subj, by_design = self._subject(t)
            if by_design and self._audience(t):   # "Viewers were reminded that ...": by whoever addresses them
                said = self.speakers.last(f.start)
                return (said if said is not None and self.speakers._sentences_between(said.char, f.start) <= 2
                        else None), t.text
            if by_design or subj is None:
                return None, t.text
            return self.speakers.phrase(subj), t.text
        if f.speaker_head is not None:
            return self.speakers.phrase(self.doc.tokens[f.speaker_head]), f.cue_text
        got = self._according_to(f.start)
        return (got[0], f.cue_text) if got else (None, f.cue_text)


# titles written with a point: the point after them ends no sentence (a short name does: "in Mali. His host")
ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Cpt|St|Prof|Pr|M|Mme|Mlle|Me|Mgr|Jr|Sr|No|Vol)$")


def _sentence_end(text: str) -> bool:
    """Whether a sentence ends inside `text` ("... on the crisis. His host ..."), an abbreviation's point aside."""
    return any(not ABBREVIATIONS.search(text[:m.start()])
               for m in re.finditer(r"[.!?…][\"”»]?\s+(?=[A-ZÀ-Ý«\"“])", text))


def _clitic_word(word: str) -> str:
    return word.lstrip("-").removeprefix("t-")
