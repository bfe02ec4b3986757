"""Direct quotes in every quoting style, and reported speech, each with its speaker and cue.

Direct quotes are found in the text by their marks (“…”, «…», "…"), joined when an attribution
interrupts them, and attributed to the subject of the reporting verb that governs them in the parse,
else to the reporting verb in their sentence, else — for a quote that is a sentence of its own — to
the speaker of the quote before it. Reported speech is the clause under a reporting verb ("X said
that ...", "a déclaré que ...") or after "according to X" / "selon X". A quote of nobody in
particular ("described as held in a “friendly atmosphere”") keeps a null speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.actors.resolve import ActorMention
from newsgraph.events import lexicon
from newsgraph.events.coder import PRONOUNS, Coder
from newsgraph.models import Actor, Quote, Record
from newsgraph.nlp.document import Document, Token

VERSION = "1.0"
CODER = f"newsgraph-quotes {VERSION}"

PAIRS = [("“", "”"), ("«", "»"), ("„", "“"), ("‹", "›")]
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "déclaration", "text", "texte", "letter",
                   "lettre", "message", "report", "rapport", "note", "release", "post", "video", "vidéo", "audio",
                   "speech", "discours", "address", "interview", "entretien", "tweet", "publication", "bulletin"}
SPEECH_NOUNS = {"mot", "propos", "parole", "declaration", "déclaration", "word", "remark", "comment", "statement",
                "phrase", "message"}
ACCORDING = {"en": [r"\baccording to\b"], "fr": [r"\bselon\b", r"\bd'après\b", r"\bd’après\b"]}
EXTRA_CUES = {"en": {"call", "describe", "term", "dub", "brand", "label", "hail", "denounce", "condemn", "vow",
                     "pledge", "promise", "threaten", "urge", "ask", "reply", "respond", "quote", "cite", "conclude",
                     "admit", "acknowledge", "deny", "lament", "complain", "proclaim", "announce", "tweet", "post",
                     "caution", "demand", "accuse", "charge", "criticise", "criticize", "slam", "praise", "thank"},
              "fr": {"qualifier", "décrire", "appeler", "exhorter", "promettre", "menacer", "répondre", "conclure",
                     "reconnaître", "regretter", "déplorer", "proclamer", "saluer", "fustiger", "exiger",
                     "réclamer", "lancer", "martèler", "marteler", "poursuivre", "assurer", "avertir", "jurer",
                     "demander", "citer", "se féliciter", "féliciter", "remercier"}}


@dataclass
class _Span:
    start: int   # first quoted character
    end: int     # one past the last quoted character
    parts: list[tuple[int, int]]


class QuoteStage:
    name = "quotes"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        record.quotes = QuoteFinder(record, doc).run()


def find_quote_spans(text: str) -> list[_Span]:
    """Character spans inside quote marks, curly, guillemets and straight; innermost text only."""
    found: list[tuple[int, int]] = []
    for open_, close in PAIRS:
        i = 0
        while True:
            a = text.find(open_, i)
            if a < 0:
                break
            b = text.find(close, a + 1)
            if b < 0:
                break
            if b - a > 1 and "\n\n" not in text[a:b]:
                found.append((a + 1, b))
            i = b + 1
    # straight double quotes: pair them in order, within a paragraph
    for para in re.finditer(r"[^\n]+", text):
        qs = [m.start() + para.start() for m in re.finditer('"', para.group(0))]
        for a, b in zip(qs[0::2], qs[1::2]):
            found.append((a + 1, b))
    stripped = set()
    for a, b in found:
        while a < b and text[a] in " \u00a0\u202f":
            a += 1
        while b > a and text[b - 1] in " \u00a0\u202f":
            b -= 1
        if b > a:
            stripped.add((a, b))
    return [_Span(a, b, [(a, b)]) for a, b in sorted(stripped)
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in stripped)]


class QuoteFinder:
    def __init__(self, record: Record, doc: Document) -> None:
        self.record, self.doc, self.lang = record, doc, doc.language
        self.coder = Coder(record, doc)
        self.mentions: list[ActorMention] = doc.annotations.get("mentions", [])
        self.cues = lexicon.cues(self.lang)["reporting"] | frozenset(EXTRA_CUES.get(self.lang, ()))
        self.salient: list[list[Actor]] = doc.annotations.get("subjects", [])
        self.last_speaker: Actor | None = None

    def run(self) -> list[Quote]:
        spans = self._merge_interrupted(find_quote_spans(self.doc.text))
        quotes: list[Quote] = []
        last_speaker: Actor | None = None
        self.last_speaker = None
        last_sentence = -2
        for sp in spans:
            tok = self.doc.token_at(sp.start)
            if tok is None:
                continue
            sent = self.doc.tokens[tok].sent
            cue_tok = self._governing_cue(tok, sp)
            speaker: Actor | None = None
            null_by_design = False
            if cue_tok is not None:
                speaker, null_by_design = self._speaker_of(cue_tok, sent)
                subj = self.coder._subject_token(self.doc.tokens[cue_tok])
                if speaker is None and not null_by_design and last_speaker is not None and (subj is None or (
                        subj.lower.lstrip("-t") in PRONOUNS.get(self.lang, set()) | {"il", "elle", "he", "she"})):
                    speaker = last_speaker  # "he said", "a-t-il ajouté": the speaker quoted just before
            elif self._whole_sentences(sp) and last_speaker is not None and sent - last_sentence <= 2:
                speaker = last_speaker
            if speaker is None and cue_tok is None and not null_by_design:
                speaker = self._according_to(sent) or self._words_of(sp)
            text = " ".join(self.doc.text[a:b] for a, b in sp.parts)
            quotes.append(Quote(speaker=speaker, text=text, span=(sp.start, sp.end),
                                cue=self.doc.tokens[cue_tok].text if cue_tok is not None else None, direct=True,
                                sentence=sent, coder=CODER))
            if speaker is not None:
                last_speaker, last_sentence = speaker, self.doc.tokens[self.doc.token_at(sp.end - 1) or tok].sent
                self.last_speaker = speaker
        quotes.extend(self._reported(quotes))
        return sorted(quotes, key=lambda q: q.span)

    # -- direct quotes ------------------------------------------------------------------------
    def _merge_interrupted(self, spans: list[_Span]) -> list[_Span]:
        """“We will not yield,” the minister said, “whatever the cost.” is one quote in two parts."""
        out: list[_Span] = []
        for sp in spans:
            if out:
                prev = out[-1]
                between = self.doc.text[prev.end + 1:sp.start - 1]
                if 0 < len(between) <= 80 and "\n" not in between and re.search(r",\s*$", between.rstrip("\u00a0 ")) \
                        and re.match(r"^[,\s\u00a0]*\w", between) and self._has_cue(prev.end, sp.start) \
                        and not re.search(r"[.!?]\s*$", self.doc.text[prev.start:prev.end].rstrip()):
                    prev.parts.append((sp.start, sp.end))
                    prev.end = sp.end
                    continue
            out.append(sp)
        return out

    def _has_cue(self, a: int, b: int) -> bool:
        """Whether a reporting verb stands between two character offsets."""
        i = next((t.i for t in self.doc.tokens if t.idx > a), None)
        while i is not None and i < len(self.doc.tokens) and self.doc.tokens[i].idx < b:
            if lexicon._norm(self.doc.tokens[i].lemma) in self.cues:
                return True
            i += 1
        return False

    def _whole_sentences(self, sp: _Span) -> bool:
        inner = self.doc.text[sp.start:sp.end]
        return len(re.findall(r"\w+", inner)) >= 6 and bool(re.search(r"[.!?…]$", inner.rstrip()))

    def _is_cue(self, t: Token) -> bool:
        return t.pos in ("VERB", "AUX", "NOUN") and lexicon._norm(t.lemma) in self.cues

    def _governing_cue(self, tok: int, sp: _Span) -> int | None:
        """The reporting verb above the quote in the parse, else one in its sentence outside the quote."""
        def inside(i: int) -> bool:  # within the quoted words (not the attribution between two parts)
            return any(a <= i < b for a, b in sp.parts)

        cur = self.doc.tokens[tok]
        for _ in range(8):
            if self._is_cue(cur) and not inside(cur.idx):
                return cur.i
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        sents = {self.doc.tokens[tok].sent}
        last = self.doc.token_at(sp.end - 1)
        if last is not None:
            sents.add(self.doc.tokens[last].sent)
        best = None
        for si in sorted(sents):
            s = self.doc.sentences[si]
            for i in range(s.start, s.end):
                t = self.doc.tokens[i]
                if self._is_cue(t) and not inside(t.idx) and t.pos != "NOUN":
                    if best is None or abs(t.idx - sp.start) < abs(self.doc.tokens[best].idx - sp.start):
                        best = i
        return best

    def _speaker_of(self, cue: int, sent: int) -> tuple[Actor | None, bool]:
        """The subject of a reporting verb, resolved; (None, True) when the verb has no speaker by design
        (a passive without agent: "was described as ...")."""
        t = self.doc.tokens[cue]
        self.coder.subjects = self.salient[:sent]
        if self.coder._passive(t) and not self.coder._kids(t.i, {"agent", "obl:agent"}):
            return None, True
        subj = self.coder._subject_token(t)
        if subj is None:
            return None, False
        if lexicon._norm(subj.lemma) in STATEMENT_NOUNS:
            owner = self._statement_owner(subj, sent)
            return owner, owner is None
        actors, _ = self.coder._actors_in(subj.i)
        if not actors and subj.lower in PRONOUNS.get(self.lang, set()):
            actors = self.coder._pronoun(subj)
        if not actors:
            return None, False
        return self._localise(actors[0], sent), False

    def _statement_owner(self, subj: Token, sent: int) -> Actor | None:
        """"The statement warned ...": the actor whose statement it is (its possessor, else the salient one)."""
        for k in self.coder._kids(subj.i, {"poss", "nmod:poss", "nmod", "prep"}):
            got, _ = self.coder._actors_in(k.i)
            if got:
                return got[0]
        for subjects in reversed(self.salient[:sent + 1][-3:]):
            if subjects:
                return subjects[0]
        return None

    def _localise(self, actor: Actor, sent: int) -> Actor:
        """"a government spokesman" takes the country of the nearest country-bearing actor before it."""
        if actor.country or not actor.id.startswith("---"):
            return actor
        from newsgraph.actors.gazetteer import country_actor

        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.sentence <= sent and m.actor.country and m.type not in ("person",):
                return country_actor(m.actor.country, actor.kind)
        return actor

    def _words_of(self, sp: _Span) -> Actor | None:
        """« ... » Ces mots du ministre ...: a quote attributed by the sentence that follows it."""
        last = self.doc.token_at(sp.end - 1)
        if last is None:
            return None
        nxt = self.doc.tokens[last].sent + 1
        if nxt >= len(self.doc.sentences):
            return None
        s = self.doc.sentences[nxt]
        head = [t for t in self.doc.tokens[s.start:min(s.end, s.start + 4)]]
        for t in head:
            if lexicon._norm(t.lemma) in SPEECH_NOUNS:
                for m in self.mentions:
                    if m.sentence == nxt and m.start > t.i and m.start <= t.i + 6 and m.type not in ("adjective",):
                        return self._localise(m.actor, nxt)
        return None

    def _according_to(self, sent: int) -> Actor | None:
        s = self.doc.sentences[sent]
        text = self.doc.text[s.start_char:s.end_char]
        for rx in ACCORDING.get(self.lang, []):
            m = re.search(rx, text, re.I)
            if m:
                tok = self.doc.token_at(s.start_char + m.end() + 1)
                if tok is None:
                    continue
                if self.doc.tokens[tok].lower in ("lui", "elle", "eux", "elles", "him", "her", "them"):
                    # "selon lui": the one quoted before, or the subject of the sentences before
                    if self.last_speaker is not None:
                        return self.last_speaker
                    for subjects in reversed(self.salient[:sent][-2:]):
                        if subjects:
                            return self._localise(subjects[0], sent)
                    continue
                for mention in self.mentions:
                    if mention.sentence == sent and mention.start >= tok and mention.start <= tok + 6:
                        return self._localise(mention.actor, sent)
        return None

    # -- reported speech ----------------------------------------------------------------------
    def _reported(self, direct: list[Quote]) -> list[Quote]:
        out = []
        covered = [q.span for q in direct]
        for s in self.doc.sentences:
            for i in range(s.start, s.end):
                t = self.doc.tokens[i]
                if t.pos not in ("VERB", "AUX") or not self._is_cue(t):
                    continue
                comps = [c for c in self.coder._kids(i, {"ccomp", "xcomp"}) if c.pos in ("VERB", "AUX", "ADJ", "NOUN")]
                if not comps:
                    continue
                comp = comps[0]
                toks = self.doc.subtree(comp.i)
                a = self.doc.tokens[toks[0]].idx
                b = self.doc.tokens[toks[-1]].end
                while b > a and self.doc.text[b - 1] in ",.;: ":
                    b -= 1
                if b - a < 12 or any(x <= a and b <= y for x, y in covered):
                    continue
                text = self.doc.text[a:b]
                text = re.sub(r"^(that|que|qu['’])\s*", "", text, flags=re.I)
                speaker, _ = self._speaker_of(i, s.index)
                out.append(Quote(speaker=speaker, text=text, span=(a, b), cue=t.text, direct=False,
                                 sentence=s.index, coder=CODER))
                covered.append((a, b))
            text = self.doc.text[s.start_char:s.end_char]
            for rx in ACCORDING.get(self.lang, []):
                m = re.search(rx, text, re.I)
                if not m:
                    continue
                speaker = self._according_to(s.index)
                rest = re.split(r",\s*", text[m.end():], maxsplit=1)
                if len(rest) == 2 and len(rest[1]) > 12:
                    a = s.start_char + m.end() + len(rest[0]) + 1
                    while self.doc.text[a] in " ,":
                        a += 1
                    b = s.end_char
                    while b > a and self.doc.text[b - 1] in ",.;: ":
                        b -= 1
                elif m.start() > 12:
                    a, b = s.start_char, s.start_char + m.start()
                    while b > a and self.doc.text[b - 1] in ",.;: ":
                        b -= 1
                else:
                    continue
                if any(x <= a and b <= y for x, y in covered):
                    continue
                out.append(Quote(speaker=speaker, text=self.doc.text[a:b], span=(a, b), cue=m.group(0),
                                 direct=False, sentence=s.index, coder=CODER))
                covered.append((a, b))
        return out
