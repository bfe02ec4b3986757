"""Finding and resolving actor mentions in a parsed document.

Dictionary matches come first (gazetteer.py); they override what the small spaCy models say, which
is how "Burkina Faso" stops being a person. Then sector nouns are joined to the country words that
modify them ("Malian troops", "l'armée malienne", "the foreign ministers of Mali, Burkina Faso and
Niger" -> MLIMIL, MLIGOV, BFAGOV, NERGOV); titles are absorbed by the person they describe; people
and organisations the dictionaries do not know become actors of their own; and a later short form
("the Network") is linked to the earlier full name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from newsgraph.actors.colonial import colonial_powers
from newsgraph.actors.fold import fold, key, words
from newsgraph.actors.gazetteer import (
    ARMED_KINDS,
    Entry,
    Gazetteer,
    Match,
    country_actor,
    gazetteer,
    is_acronym,
    kind_at,
    name_id,
    sector_actor,
)
from newsgraph.actors.locative import DATIVE_PREPS, PLACE, locative, locative_preposition
from newsgraph.models import Actor, Mention, Record
from newsgraph.nlp.document import Document, Entity, Token

VERSION = "1.9"
CLAUSE_DEPS = frozenset({"relcl", "acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj",
                         "advcl:cleft", "appos", "dep"})
LINK_PREPS = {"of", "from", "de", "du", "des", "d'", "d’", "d"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "à", "a", "en", "dans", "près", "au", "aux", "vers", "across",
            "throughout", "to", "into", "towards", "toward"}
_ORG_KINDS = [
    (r"\bforces vives\b", "OPP"),   # « les Forces vives de Guinée »: the platforms of parties and civil society
    (r"\b(community|league|organi[sz]ation of|union of|nations|commonwealth|bloc|council of europe|"
     r"communaute|communauté|ligue|organisation des|union des)\b", "IGO"),
    (r"\b(ministry|ministère|government|gouvernement|presidency|présidence|council|conseil|parliament|assembly|"
     r"assemblée|senate|sénat|embassy|ambassade|agency|agence|authority|autorité|regulator|régulateur|"
     r"régulation)\b", "GOV"),
    (r"\b(army|armée|forces|brigade|battalion|bataillon|regiment|régiment|command|commandement|guard|garde)\b", "MIL"),
    (r"\b(police|gendarmerie)\b", "COP"),
    (r"\b(court|cour|tribunal|prosecutor|parquet)\b", "JUD"),
    (r"\b(party|parti|opposition|coalition)\b", "OPP"),
    (r"\b(front|movement|mouvement|liberation|libération|katiba|jihad|djihad|islamic|islamique)\b", "REB"),
    (r"\b(network|réseau|association|foundation|fondation|committee|comité|collective|collectif|campaign|"
     r"campagne|coalition|watch|initiative|society|société civile|ngo|ong)\b", "NGO"),
    (r"\b(university|université|school|école|institute|institut)\b", "EDU"),
    (r"\b(union|syndicat|confederation of labour)\b", "LAB"),
    (r"\b(bank|banque|company|compagnie|corp|corporation|group|groupe|mining|sarl|sa|ltd|inc|airlines)\b", "BUS"),
    (r"\b(radio|television|télévision|tv|news|press|presse|journal|agency|times|post|tribune)\b", "MED"),
    (r"\b(church|église|mosque|mosquée|diocese|diocèse|islamic council|haut conseil islamique)\b", "REL"),
]


@dataclass(frozen=True)
class ActorMention:
    """A mention with its tokens, for the stages after this one."""

    actor: Actor
    start: int            # first token
    end: int              # one past the last token
    sentence: int
    char_start: int
    char_end: int
    type: str             # person, org, country, capital, adjective, sector, composite, unknown
    pronoun: bool = False
    # For country and capital mentions after a locative preposition (see locative.py): "place" ("en Algérie",
    # "in Mali", "près de Niamey"; a capital so placed names a city and is not kept at all) or "addressee"
    # (after "à"/"au"/"to" governed by a verb of asking, writing or answering: "a demandé à Bamako de",
    # "a écrit au Niger", "appealed to Moscow"; kept as the government). None elsewhere.
    locative: str | None = None

    def tokens(self) -> range:
        return range(self.start, self.end)


class ActorStage:
    name = "actors"
    version = VERSION

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz

    def __call__(self, record: Record, doc: Document) -> None:
        mentions = resolve(doc, self.gaz or gazetteer(), record.date)
        doc.annotations["mentions"] = mentions
        record.mentions = [Mention(m.actor, (m.char_start, m.char_end), m.sentence) for m in mentions
                           if m.type not in ("adjective", "modifier")]


def _tokens_for(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    a = doc.token_at(start)
    b = doc.token_at(end - 1)
    if a is None or b is None:
        return None
    return a, b + 1


def _head_of(doc: Document, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the range (the phrase's syntactic head)."""
    for i in range(end - 1, start - 1, -1):
        h = doc.tokens[i].head
        if h < start or h >= end or h == i:
            return i
    return end - 1


def resolve(doc: Document, gaz: Gazetteer, date: str | None = None) -> list[ActorMention]:
    """Every actor mention of `doc`. `date` (YYYY-MM-DD, the article's) dates the bodies whose kind changed over
    time (a party in government, then in opposition); without it they are as they are at the data's date."""
    raw: list[ActorMention] = []
    found = gaz.find(doc.text, doc.language)
    # "U.S. border patrol agents": a place word that begins a sector phrase does not make the country a site
    sector_at = {doc.token_at(m.start) for m in found if m.entry.type == "sector"}
    with_state: set[tuple[int, int]] = set()   # weapons: kept only where a state word joins them (_compose)
    sites: list[ActorMention] = []   # capitals named as places: no actor, but the home of "Police in Conakry"
    for m in found:
        toks = _tokens_for(doc, m.start, m.end)
        if toks is None:
            continue
        a, b = toks
        e = _reading(doc, m, found) if m.entry.readings else m.entry
        if e is None:
            continue
        sent = doc.tokens[a].sent
        if e.type == "place" and e.actor is not None:
            # « au Nord-Kivu », "Borno state officials", « l'est du Congo »: a province or town stands for no one;
            # it says where, in which country (a site for the bodies there, a place for the event coder)
            site = ActorMention(e.actor, a, b, sent, doc.tokens[a].idx, doc.tokens[b - 1].end, "country", locative=PLACE)
            sites.append(site)
            raw.append(site)
            continue
        where = locative(doc, a, b) if e.type in ("capital", "country") else None
        if e.type == "capital" and where == PLACE and e.country:
            sites.append(ActorMention(country_actor(e.country), a, b, sent, doc.tokens[a].idx, doc.tokens[b - 1].end,
                                      "country", locative=PLACE))
        if e.type == "capital" and where == PLACE or (e.type in ("capital", "country") and b not in sector_at and
                                                      _names_a_site(doc, a, b, e.type == "capital")):
            continue
        if e.type == "country" and _federated_state(doc, a, b, e.country, found):
            continue   # "Niger State", « l'État du Niger, au Nigeria »: a state of a federation, a place
        if e.type in ("org", "sector") and doc.tokens[b - 1].text[:1].isupper() and _in_place_name(doc, a, b):
            continue   # "the West Bank" is a place, not "the West"
        if e.type in ("capital", "country") and _starts_a_name(doc, a, b, gaz):
            continue   # "Faso Vérité", "Niger Horizon": the country word begins an outlet's or a body's name
        if e.type == "sector" and b - a == 1 and doc.tokens[a].pos == "VERB" and \
                doc.tokens[a].text.lower() != e.alias.lower():
            continue   # « a jugé la présence » is no « juge »: a verb spelled like a body noun but for its accents
        if e.type == "sector" and b - a == 1 and _finite_verb_of_subject(doc, a):
            continue   # « L'économiste X juge cette hausse ... »: a finite verb with its subject, not the noun « juge »
        if e.type in ("capital", "country", "adjective", "sector") and _stance_word(doc.text, m.start, m.end):
            continue   # "Rwanda-backed rebels", "pro-Russian separatists", « pro-rwandais »: a side taken, no actor
        if e.type == "adjective" and e.offices_only and not _on_an_office(doc, a, b):
            continue   # "European countries" are no EU; "European foreign ministers" are its council
        if e.type == "person" and b - a == 1 and a > 0 and _given_name(doc, a - 1, a) and \
                not _is_title(doc.tokens[a - 1].text, gaz):
            continue  # "Ali Ouattara" is not Alassane Ouattara: a surname alone after another given name
        actor = e.actor
        if e.type == "capital" and actor is not None:
            actor = country_actor(e.country or "", "GOV")
        if e.type == "sector":
            actor = sector_actor(e.kind or "GOV")
            if e.with_state:
                with_state.add((a, b))
        if e.type == "adjective":
            actor = e.actor or country_actor(e.country or "")   # a body's adjective carries the body
        assert actor is not None
        raw.append(ActorMention(actor, a, b, sent, doc.tokens[a].idx, doc.tokens[b - 1].end, e.type,
                                locative=where))
    raw = _armed_officials(doc, [m for m in raw if not _sector_as_modifier(doc, m, raw, gaz)])

    raw = _halves_of_divided_states(doc, raw)
    raw = _add_unknown_entities(doc, raw)
    raw = _add_titled_people(doc, raw)
    raw = _add_body_phrases(doc, raw)
    raw = _add_named_bodies(doc, raw)
    raw = _add_named_outlets(doc, raw)
    raw = _add_described_people(doc, raw)
    raw = [m for m in raw if (m.start, m.end) not in with_state or _weapons_acting(doc, m, raw)]
    mentions = [m for m in _compose(doc, raw, tuple(sites)) if m.type != "sector" or (m.start, m.end) not in with_state]
    mentions = _sectors_describing_bodies(doc, mentions)
    mentions = _absorb_titles(doc, mentions)
    mentions = _titles_run_into_names(doc, mentions)
    mentions = _officials_named_next(doc, mentions)
    mentions = _short_forms(doc, mentions)
    mentions = _lone_body_words(doc, mentions)
    mentions = _bracketed_acronyms(doc, mentions)
    mentions = _definite_descriptions(doc, mentions)
    mentions = _adjectives_alone(doc, mentions)
    mentions = _country_modifiers(doc, mentions)
    mentions = _country_of_unknown_bodies(doc, mentions)
    mentions = [_led_by_someone(doc, m) for m in mentions]
    mentions = _domestic_offices(doc, mentions)
    mentions = _local_offices(doc, mentions)
    mentions = [_state_auxiliary(doc, m) for m in mentions]
    mentions = _former_rulers(doc, mentions)
    mentions = _titles_pointing_back(doc, mentions)
    mentions = _ranks_pointing_back(doc, mentions)
    mentions = _realms_pointing_back(doc, mentions)
    mentions = _groups_pointing_back(doc, mentions)
    mentions = _appositive_titles(doc, mentions)
    mentions = _officials_of_the_sentence(mentions)
    mentions = _bodies_described(doc, mentions, gaz)
    mentions = _acronyms_by_initials(doc, mentions)
    mentions = _dated_kinds(mentions, gaz, date)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _dated_kinds(mentions: list[ActorMention], gaz: Gazetteer, date: str | None) -> list[ActorMention]:
    """A party that governed then (GOV) is in opposition now (OPP), or the reverse: on an article's date a body
    whose dictionary entry lists dated kinds has the kind of that date, and the code that goes with it."""
    if date is None or not gaz.periods:
        return mentions
    out = []
    for m in mentions:
        periods = gaz.periods.get(m.actor.id)
        if periods:
            kind = kind_at(periods, gaz.default_kinds.get(m.actor.id), date)
            if kind != m.actor.kind:
                code = (m.actor.country or "") + (kind or "") if m.actor.country else m.actor.code
                m = replace(m, actor=replace(m.actor, kind=kind, code=code))
        out.append(m)
    return out


# Small words an acronym skips: « Commission électorale nationale indépendante » is the CENI, "Independent
# National Electoral Commission" the INEC, « Haute Autorité de l'audiovisuel et de la communication » the HAAC.
_INITIALS_SKIP = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "en", "au", "aux", "a", "sur", "of",
                  "the", "for", "and", "on", "in", "to"}


def initials(name: str) -> str:
    """The acronym a name makes: the first letter of each of its words but the small ones, folded and upper case."""
    return "".join(w[0] for w in re.split(r"[\s\-‑–—'’]+", fold(name).lower())
                   if w and w[0].isalpha() and w not in _INITIALS_SKIP).upper()


def _acronym_letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalpha()).upper()


def _acronyms_by_initials(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« la Haute Autorité de la communication ... la HAC », « la CENI » after « la Commission électorale nationale
    indépendante », "the INEC" and "the Independent National Electoral Commission": an acronym and a body's full
    name whose initials it spells are one actor in an article, in either order and without brackets. The
    dictionary's body wins over a name only the text gives; between two names the text gives, the full name."""
    toks = doc.tokens
    bodies: dict[str, ActorMention] = {}
    for m in mentions:
        if m.type not in ("org", "unknown"):
            continue
        for name in (m.actor.name, doc.text[m.char_start:m.char_end]):
            letters = initials(name)
            if len(letters) >= 3 and len(key(name)) >= len(letters) and not is_acronym(name, 10, lower=1):
                best = bodies.get(letters)
                if best is None or best.type != "org" and m.type == "org":
                    bodies[letters] = m
    if not bodies:
        return mentions
    out = []
    covered = {i for m in mentions for i in m.tokens()}
    for m in mentions:
        surface = doc.text[m.char_start:m.char_end]
        body = bodies.get(_acronym_letters(surface)) if is_acronym(surface, 10, shortest=3, lower=1) else None
        if body is not None and body.actor.id != m.actor.id and m.type in ("org", "unknown") and \
                (m.type == "unknown" or body.type == "org"):
            m = replace(m, actor=body.actor, type=body.type)
        elif m.type == "unknown" and not is_acronym(surface, 10, lower=1):
            # the full name the text gives, with the dictionary's acronym also used in the article: that body
            known = next((a for a in mentions if a.type == "org" and a.actor.id != m.actor.id and
                          is_acronym(doc.text[a.char_start:a.char_end], 10, shortest=3, lower=1) and
                          _acronym_letters(doc.text[a.char_start:a.char_end]) == initials(m.actor.name)), None)
            if known is not None:
                m = replace(m, actor=known.actor, type="org")
        out.append(m)
    for i, t in enumerate(toks):   # an acronym no one tagged: « la HAC reproche »
        if i in covered or not is_acronym(t.text, 10, shortest=3) or t.pos not in ("PROPN", "NOUN", "X") or \
                0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")":
            continue   # (a bracketed acronym right after its name is that name's mention: _bracketed_acronyms)
        body = bodies.get(_acronym_letters(t.text))
        if body is not None:
            out.append(ActorMention(body.actor, i, i + 1, t.sent, t.idx, t.end, body.type))
    return out


_DESCRIPTION_WORDS = 3   # "the paramilitary forces": a short common noun phrase


def _bodies_described(doc: Document, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """« les paramilitaires », "the paramilitaries": a definite common noun the dictionary ties to a body stands
    for it in a text naming the body, or else its country, when only one body so described fits."""
    if not gaz.descriptions:
        return mentions
    named = {m.actor.id for m in mentions}
    countries = {m.actor.country for m in mentions if m.actor.country}
    covered = {i for m in mentions for i in m.tokens()}
    out = list(mentions)
    for t in doc.tokens:
        if t.i == 0 or doc.tokens[t.i - 1].lower not in DEMONSTRATIVE or t.i in covered:
            continue
        for n in range(_DESCRIPTION_WORDS, 0, -1):
            end = t.i + n
            if end > len(doc.tokens) or any(i in covered or doc.tokens[i].sent != t.sent for i in range(t.i, end)):
                continue
            bodies = gaz.descriptions.get(key(doc.text[t.idx:doc.tokens[end - 1].end]), [])
            fits = [a for a in bodies if a.id in named] or [a for a in bodies if a.country in countries]
            if len(fits) == 1:
                out.append(ActorMention(fits[0], t.i, end, t.sent, t.idx, doc.tokens[end - 1].end, "org"))
                covered.update(range(t.i, end))
                break
    return out


def _former_rulers(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« l'ancienne puissance coloniale », "the former colonial power": the government of the state that ruled a
    country the article names (France, when Paris and Bamako are the parties)."""
    named = [(m.start, m.actor.country) for m in mentions if m.actor.country and
             m.type in ("country", "capital", "adjective", "modifier", "composite", "org", "person")]
    out = list(mentions)
    for p in colonial_powers(doc, named):
        if any(m.start < p.end and p.start < m.end for m in out):
            out = [m for m in out if not (m.start < p.end and p.start < m.end and m.type == "sector")]
            if any(m.start < p.end and p.start < m.end for m in out):
                continue
        toks = doc.tokens
        out.append(ActorMention(country_actor(p.country, "GOV"), p.start, p.end, toks[p.start].sent,
                                toks[p.start].idx, toks[p.end - 1].end, "composite"))
    return out


# A country or sector word inside "pro-X", "anti-X" or "X-backed" says whose side someone is on, not who they are:
# "Rwanda-backed rebels" are not Rwanda's, "anti-Syria journalists" not Syria's.
_STANCE_BEFORE = re.compile(r"(?:^|[^\w])(?:pro|anti)-$")   # read on folded text: every hyphen is "-"
_STANCE_AFTER = re.compile(r"^-(?:backed|supported|sponsored|funded|financed|armed|trained|aligned|allied|"
                           r"affiliated|friendly|leaning)\b")


def _stance_word(text: str, start: int, end: int) -> bool:
    return bool(_STANCE_BEFORE.search(fold(text[max(0, start - 5):start])) or _STANCE_AFTER.match(fold(text[end:end + 14])))


# Words that tie armed men to the state they fight for: "pro-government militias", "army-backed fighters",
# "loyalist militiamen", « milices progouvernementales », « supplétifs proches du pouvoir ».
_STATE = r"(?:government|junta|regime|army|military|state|gouvernement\w*|junte|armee|pouvoir|etat)"   # folded
_PRO_STATE_BEFORE = re.compile(rf"(?:\bpro-?{_STATE}|\b{_STATE}-(?:backed|allied|aligned|sponsored|supported|"
                               rf"affiliated)|\bloyalist)\s+$")
_PRO_STATE_AFTER = re.compile(rf"^\s+(?:pro-?{_STATE}|loyalistes?|proches? du pouvoir|soutenue?s? par l'armee|"
                              rf"(?:allied|loyal) to the (?:government|army|junta))\b")


def _state_auxiliary(doc: Document, m: ActorMention) -> ActorMention:
    """Pro-government militias, like the VDP, fight beside the army as part of the state (GUIDE): armed men tied to
    the government or the army are that state's military, of the country named with them or, left open here, of
    the place where they act."""
    if m.type not in ("sector", "composite") or m.actor.kind not in ARMED_KINDS:
        return m
    head = doc.tokens[_head_of(doc, m.start, m.end)]
    first = doc.sentences[head.sent].start_char
    before = fold(doc.text[max(first, head.idx - 40):head.idx])
    after = fold(doc.text[head.end:head.end + 40])
    if not (_PRO_STATE_BEFORE.search(before) or _PRO_STATE_AFTER.match(after)):
        return m
    country = m.actor.country
    return replace(m, actor=country_actor(country, "MIL") if country else sector_actor("MIL"))


def _reading(doc: Document, m: Match, found: list[Match]) -> Entry | None:
    """« L'ANP a abattu un drone près de Tamanrasset » is Algeria's army; « selon l'ANP, à Tillabéri » Niger's press
    agency: of the readings of an ambiguous alias, the one whose country the sentence names most, then the
    article (countries, demonyms, capitals, national bodies and people, and the Sahel's towns); the first on a tie.
    None for a body's full name that several states give their own bodies (« Haute Autorité de la communication »)
    in an article that names other countries but none of these: that country's own body, which the dictionaries
    lack."""
    sentence = _sentence_at(doc, m.start)
    here: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    told: Counter[str] = Counter()  # named by the text itself as a country, not by a speaker or a capital
    quoted = _quoted_spans(doc.text)
    for start, country, kind in _countries_named(doc, found):
        if start != m.start:
            anywhere[country] += 1
            here[country] += _sentence_at(doc, start) == sentence
            told[country] += kind not in ("capital", "place") and not any(a <= start < b for a, b in quoted)
    best = max(m.entry.readings, key=lambda r: (here[r.country or ""], anywhere[r.country or ""]))
    # (« la sortie du processus d'Abuja. « Le Nigeria ne cesse … » »: a city naming a process and a country in
    # a speaker's words say nothing of whose body it is)
    if best.type == "org" and +told and not anywhere[best.country or ""] and \
            not is_acronym(doc.text[m.start:m.end], 10, lower=1):
        return None
    return best


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage between quotation marks (« », “ ”, straight double quotes)."""
    return [(x.start(), x.end()) for x in re.finditer(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"", text)]


def _sentence_at(doc: Document, char: int) -> int:
    t = doc.token_at(char)
    return -1 if t is None else doc.tokens[t].sent


def _countries_named(doc: Document, found: list[Match]) -> list[tuple[int, str, str]]:
    """(character offset, country, type of the match) of every dictionary match with one country, and of every town
    of the Sahel gazetteer named with a capital (type "place")."""
    from newsgraph.geo.places import place_gazetteer

    out = [(f.start, f.entry.country, f.entry.type) for f in found if f.entry.country and not f.entry.readings]
    index = place_gazetteer().index
    ws = words(doc.text)
    for i, (w, start, _end) in enumerate(ws):
        if not doc.text[start:start + 1].isupper():
            continue
        for k, source, row in index.get(w, ()):
            if source == "sahel" and tuple(x for x, _, _ in ws[i:i + len(k)]) == k:
                out.append((start, str(row["country"]), "place"))
                break
    return out


# A state split in two whose halves a text names by their side once it has named both ("the North", « le Sud »).
DIVIDED_STATES = ({"north": "PRK", "nord": "PRK", "south": "KOR", "sud": "KOR"},)
HALF_DETERMINERS = {"the", "le", "du", "au"}


def _halves_of_divided_states(doc: Document, raw: list[ActorMention]) -> list[ActorMention]:
    """"the South's army", "the North" in a text that names both Koreas: the half is that state."""
    named = {m.actor.country for m in raw if m.type in ("country", "capital", "adjective")}
    covered = {i for m in raw for i in m.tokens()}
    out = list(raw)
    for halves in DIVIDED_STATES:
        if not set(halves.values()) <= named:
            continue
        for t in doc.tokens:
            iso = halves.get(t.lower)
            if iso is None or t.i in covered or not t.text[:1].isupper() or t.i == 0 or \
                    doc.tokens[t.i - 1].lower not in HALF_DETERMINERS or _half_of_a_name(doc, t.i):
                continue
            out.append(ActorMention(country_actor(iso), t.i, t.i + 1, t.sent, t.idx, t.end, "country"))
    return out


def _half_of_a_name(doc: Document, i: int) -> bool:
    """"the North Atlantic", "the South of France": the side word begins a longer name or a part of a place."""
    if i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[i + 1]
    return nxt.text[:1].isupper() or nxt.lower in ("of", "de", "du", "des", "-")


TITLES = {"president", "minister", "general", "gen", "captain", "capt", "colonel", "col", "lieutenant", "lt", "major",
          "commander", "prime", "secretary", "chancellor", "king", "queen", "prince", "sheikh", "emir", "mr", "mrs",
          "ms", "dr", "sir", "m", "mme", "ministre", "capitaine", "chef",
          "commandant", "marechal", "generale", "senator", "senateur", "ambassador", "ambassadeur", "pope", "pape",
          "imam", "cheikh", "premier", "vice", "deputy", "speaker", "governor", "gouverneur", "mayor", "maire"}


# Nouns for those who lead or speak for a group: "terrorist leaders", « les chefs jihadistes » lead armed men.
LEADER_NOUNS = {"leader", "leaders", "chief", "chiefs", "commander", "commanders", "spokesman", "spokesperson",
                "chef", "chefs", "dirigeant", "dirigeants", "responsable", "responsables", "porte-parole", "commandant"}


def _armed_officials(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"terrorist leaders", "jihadist commanders", « des chefs terroristes »: an office noun qualified by a word for
    armed men is held among those armed men, one mention of their kind, not a government and a second actor."""
    toks = doc.tokens
    out = list(mentions)
    for m in mentions:
        if m.type != "sector" or m.actor.kind not in ARMED_KINDS or m not in out:
            continue
        if m.end < len(toks) and _fold_word(toks[m.end].text) in LEADER_NOUNS:
            start, end = m.start, m.end + 1          # "terrorist leaders"
        elif m.start > 0 and _fold_word(toks[m.start - 1].text) in LEADER_NOUNS and toks[m.start - 1].text.islower():
            start, end = m.start - 1, m.end          # « chefs terroristes »
        else:
            continue
        if toks[start].sent != toks[end - 1].sent:
            continue
        out = [o for o in out if not (o.type == "sector" and start <= o.start < end)]
        out.append(ActorMention(sector_actor(m.actor.kind), start, end, m.sentence, toks[start].idx,
                                toks[end - 1].end, "sector"))
    return out


def _officials_named_next(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Burkina Faso's security minister said ... . Mahamadou Sana accused ...": a name the dictionaries lack, first
    met as the subject of the sentence right after one whose subject is an untitled official of a known country,
    names that official and takes the official's code (every mention of the name does)."""
    named: dict[str, Actor] = {}
    seen: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type == "person" and m.actor.code is None and m.actor.id not in seen and _is_subject(doc, m):
            office = [o for o in mentions if o.sentence == m.sentence - 1 and o.type == "composite" and
                      o.actor.country and _is_subject(doc, o)]
            others = [p for p in mentions if p.sentence == m.sentence - 1 and p.type == "person"]
            if len(office) == 1 and not others:
                o = office[0].actor
                named[m.actor.id] = replace(m.actor, code=o.code, country=o.country, kind=o.kind)
        seen.add(m.actor.id)
    return [replace(m, actor=named[m.actor.id]) if m.type == "person" and m.actor.id in named else m
            for m in mentions]


def _is_subject(doc: Document, m: ActorMention) -> bool:
    return doc.tokens[_head_of(doc, m.start, m.end)].dep in ("nsubj", "nsubj:pass")


def _given_name(doc: Document, j: int, surname: int) -> bool:
    """A capitalised word of the same sentence right before a surname, tagged a proper noun or, as the small
    French model tags « Mariam » at the start of a sentence, part of the same person entity."""
    t, s = doc.tokens[j], doc.tokens[surname]
    same_person = t.ent in ("PERSON", "PER") and t.ent == s.ent
    return t.text[:1].isupper() and t.sent == s.sent and (t.pos == "PROPN" or same_person)


def _is_title(word: str, gaz: Gazetteer) -> bool:
    w = fold(word).strip(".")
    if w in TITLES:
        return True
    return any(e.type == "sector" and k == (w,) for k, e in gaz.index.get(w, ()))


def _starts_a_name(doc: Document, a: int, b: int, gaz: Gazetteer) -> bool:
    """"Faso Vérité", "Niger Horizon", "Mali Actu": a country word that the model reads as the start of a longer
    name, followed by a capitalised word no dictionary knows (not a title, a sector or another actor), begins the
    name of something else."""
    toks = doc.tokens
    if b >= len(toks) or toks[b].sent != toks[a].sent or not _is_name_word(toks[b]) or toks[b].pos != "PROPN":
        return False
    nxt = _fold_word(toks[b].text)
    if _is_title(toks[b].text, gaz) or nxt in GEO_HEADS | NOT_ACTOR_WORDS | BODY_WORDS | BODY_HEADS or \
            gaz.find(toks[b].text, doc.language):
        return False
    return any(e.start <= a and e.end > b and e.label not in ("LOC", "GPE") for e in doc.entities)


def _in_place_name(doc: Document, a: int, b: int) -> bool:
    """True when the name at [a, b) runs, with the capitalised words around it, into the name of a known place
    or region: "the West" in "the West Bank" or "the West African bloc", "Bank" in "West Bank"."""
    from newsgraph.geo.places import place_gazetteer

    toks = doc.tokens
    first, last = a, b
    while first > 0 and a - first < 2 and toks[first - 1].sent == toks[a].sent and _is_name_word(toks[first - 1]):
        first -= 1
    while last < len(toks) and last - b < 2 and toks[last].sent == toks[a].sent and _is_name_word(toks[last]):
        last += 1
    index = place_gazetteer().index
    for k in range(first, b):
        for e in range(max(a, k) + 1, last + 1):
            if (k, e) == (a, b) or (k >= a and e <= b):
                continue
            name = key(doc.span_text(k, e))
            if name and (" ".join(name) in REGIONS or any(entry == name for entry, _s, _r in index.get(name[0], ()))):
                return True
    return False


def _finite_verb_of_subject(doc: Document, i: int) -> bool:
    """« L'économiste Amadou Diallo juge cette hausse « inévitable » »: a word spelled like a sector noun (« juge »)
    that comes straight after a person's name, or that the parser makes a finite verb (or the sentence's root)
    with a subject before it, is that verb."""
    t = doc.tokens[i]
    if not t.text.islower() or t.pos not in ("VERB", "NOUN", "X", "ADJ"):
        return False
    prev = doc.tokens[i - 1] if i > 0 else None
    if prev is not None and doc.language == "fr" and prev.sent == t.sent and prev.ent in ("PERSON", "PER") and \
            prev.pos == "PROPN" and prev.text[:1].isupper() and prev.head != i:
        return True   # (tagged a noun or anything else, straight after the name and not qualified by it: its verb)
    return (t.pos == "VERB" and "VerbForm=Fin" in t.morph or t.pos == "NOUN" and t.head == i) and any(
        k.head == i and k.dep in ("nsubj", "nsubj:pass") and k.i < i
        for k in doc.tokens[doc.sentences[t.sent].start:i])


def _sector_as_modifier(doc: Document, m: ActorMention, mentions: list[ActorMention], gaz: Gazetteer) -> bool:
    """"jihadist violence", "military-led governments", "counter-insurgency efforts": a sector word that
    only describes another noun is not an actor."""
    if m.type != "sector":
        return False
    head = doc.tokens[_head_of(doc, m.start, m.end)]
    if m.actor.kind in ARMED_KINDS and _fold_word(doc.tokens[head.head].text) in LEADER_NOUNS:
        return False   # « chefs terroristes »: the leaders of armed men (_armed_officials)
    if (head.pos == "ADJ" and head.dep in ("amod", "compound")) or \
            head.dep in ("amod", "compound", "nmod:poss") and head.pos != "PROPN":
        if head.dep in ("amod", "compound"):
            outer = head.head
            if head.pos == "ADJ" and m.actor.kind == "CVL" and m.end < len(doc.tokens) and \
                    doc.tokens[m.end].pos in ("NOUN", "PROPN", "ADJ"):
                return True   # "the national army", "a civilian government": a quality, not a second actor
            if doc.tokens[outer].ent in ("PERSON", "PER") and _is_title(head.text, gaz):
                return False   # "Ousted president Jean-Bertrand Aristide": a title before a name the model found
            if head.dep == "amod" and any(outer in x.tokens() for x in mentions if x.type == "adjective"):
                return False   # « le chancelier autrichien », « de drones russes »: a noun parsed as its demonym's modifier
            return not any(outer in x.tokens() for x in mentions if x.type in ("sector", "person", "org"))
        return head.pos == "ADJ" and head.dep == "amod"
    return ("-" in head.text or "‑" in head.text) and head.dep in ("amod", "compound")


def _add_unknown_entities(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    covered = {i for m in found for i in m.tokens()}
    out = list(found)
    for ent in _joined_people(doc.entities):
        if ent.label not in ("PERSON", "PER", "ORG", "NORP") or ent.label == "NORP":
            continue
        toks = [i for i in range(ent.start, ent.end) if i not in covered]
        if len(toks) != ent.end - ent.start:
            continue
        start, end = ent.start, ent.end
        if ent.label in ("PERSON", "PER"):
            start = _given_names_before(doc, start, end, covered)
        while start < end and (doc.tokens[start].pos in ("DET", "PUNCT") or ent.label in ("PERSON", "PER") and
                               _fold_word(doc.tokens[start].text) in HONORIFICS and end - start > 2):
            start += 1   # « Me Aïssata Coulibaly » is Aïssata Coulibaly
        while ent.label in ("PERSON", "PER") and end - start > 2 and locative_preposition(doc, start) is not None and \
                (is_place_name(doc.tokens[start].text) or any(
                    m.entry.type in ("capital", "country") for m in gazetteer().find(doc.tokens[start].text))):
            start += 1   # « lance à Niamey Halima Souley »: the town the model ran into the name is where she spoke
        while end > start and doc.tokens[end - 1].pos in ("PUNCT", "PART") :
            end -= 1
        while start < end - 1 and (doc.tokens[start].text.islower() and
                                   _fold_word(doc.tokens[start].text) not in NAME_PARTICLES or
                                   _fold_word(doc.tokens[start].text) in PLATFORMS):
            start += 1   # « capitaine Issa » is Issa; « Telegram Debout Afrique » is Debout Afrique
        if doc.language == "fr" and ent.label == "ORG" and _fold_word(doc.tokens[start].text) in BODY_HEADS:
            longer = _body_name_end(doc, start)
            if longer > end and not any(i in covered for i in range(end, longer)):
                end = longer   # « Réseau des jeunes » + « patriotes du Sahel »: the whole name of the body
        end = _before_own_verb(doc, start, end)   # « Réseau affirme » is the Réseau and its verb
        if start >= end:
            continue
        while end > start and doc.tokens[end - 1].pos in ("ADP", "DET", "CCONJ"):
            end -= 1
        if start >= end:
            continue
        name = doc.span_text(start, end)
        if " ".join(key(name)) in _sector_tails():
            continue
        if not any(c.isupper() for c in name) or len(name) < 2 or is_place_name(name) or \
                re.search(r"[-‑](led|backed|based|linked|run)$", name):
            continue
        typ = _named_after_role(doc, start, end) or _unknown_type(doc, start, end, ent.label)
        if typ is None:
            continue
        if typ == "outlet":
            actor = Actor(id=name_id(name), name=name, code="MED", country=None, kind="MED")
            typ = "unknown"
        elif typ == "person":
            actor = Actor(id=name_id(name), name=name, code=None, country=None, kind=None)
        else:
            kind = _noun_kind(doc, start, end) or guess_kind(name)   # « le groupe Lilium »: a company
            country = _country_in(name)
            code = (country or "") + (kind or "") if country else (kind if kind else None)
            actor = Actor(id=name_id(name), name=name, code=code, country=country, kind=kind)
        out.append(ActorMention(actor, start, end, doc.tokens[start].sent, doc.tokens[start].idx,
                                doc.tokens[end - 1].end, typ))
        covered.update(range(start, end))
    return out


# Nouns of a post a person holds, which the press sets before the holder's name and a comma ("the station's director,
# Abakar Mahamat Nour,"); PERSON_NOUNS say what a person is, these what a person heads or speaks for.
POST_NOUNS = {"director", "directeur", "directrice", "president", "presidente", "secretary", "secretaire",
              "spokesman", "spokeswoman", "spokesperson", "porte-parole", "head", "chief", "chef", "leader",
              "coordinator", "coordinateur", "coordinatrice", "commander", "commandant", "editor", "redacteur",
              "redactrice", "founder", "fondateur", "fondatrice", "chairman", "chairwoman", "responsable", "delegue",
              "deleguee", "representant", "representante", "manager", "gerant", "gerante", "proprietaire", "owner"}


def _named_after_role(doc: Document, start: int, end: int) -> str | None:
    """"Le directeur de la radio, Abakar Mahamat Nour, dénonce": two to four capitalised words set between commas
    right after the phrase of a post are the person who holds it, whatever label the model gave them."""
    toks = doc.tokens
    if not 2 <= end - start <= 4 or start < 2 or toks[start - 1].text != "," or end >= len(toks) or \
            toks[end].text not in (",", ")"):
        return None
    k = start - 2
    while k >= 0 and toks[k].sent == toks[start].sent and toks[k].text != "," and start - k <= 8:
        if toks[k].text.islower() and _fold_word(toks[k].text) in POST_NOUNS and toks[k].pos == "NOUN":
            return "person"
        k -= 1
    return None


def _given_names_before(doc: Document, start: int, end: int, covered: set[int]) -> int:
    """"Mahamadou Sana", where the model tagged only "Sana": capitalised proper nouns right before a person's name
    that hang on it are the person's given names."""
    toks = doc.tokens
    while start > 0 and start - 1 not in covered and toks[start - 1].sent == toks[start].sent and \
            toks[start - 1].pos == "PROPN" and _is_name_word(toks[start - 1]) and \
            toks[start - 1].dep in ("compound", "flat", "flat:name") and start <= toks[start - 1].head < end and \
            not _is_title(toks[start - 1].text, gazetteer()):
        start -= 1
    return start


# Words that make a capitalised name something other than a body or a person: operations, meetings, agreements,
# programmes, laws, currencies, weapons and vehicles ("Opération Barkhane", "the Algiers Agreement", "le franc CFA").
NOT_ACTOR_WORDS = {
    "operation", "summit", "sommet", "conference", "agreement", "accord", "accords", "treaty", "traite", "pact",
    "pacte", "charter", "charte", "declaration", "programme", "program", "plan", "project", "projet", "law", "loi",
    "act", "code", "festival", "cup", "coupe", "games", "jeux", "day", "journee", "week", "semaine", "election",
    "elections", "referendum", "war", "guerre", "crisis", "crise", "exercise", "exercice", "report", "rapport",
    "index", "award", "prize", "prix", "franc", "francs", "euro", "euros", "dollar", "dollars", "rouble", "roubles",
    "naira", "cfa", "drone", "drones", "missile", "missiles", "tank", "tanks", "jet", "jets", "helicopter",
    "helicopters", "aircraft", "ship", "vessel", "frigate", "destroyer", "app", "platform", "model", "vaccine",
    "strategy", "strategie", "doctrine", "resolution", "protocol", "protocole", "roadmap", "process", "processus",
    "dialogue", "talks", "negociations", "initiative", "corridor", "pipeline", "gazoduc", "oleoduc", "route",
    "highway", "railway", "visa", "passport", "hashtag", "mission", "deal", "deals", "ceasefire", "truce", "treve",
    "armistice", "statute", "statut", "convention", "covenant"}
# Head words of places: "the Niger River", "le lac Tchad", "the Kossei base", "le camp de Zamzam".
GEO_HEADS = {
    "river", "fleuve", "riviere", "lake", "lac", "mount", "mountains", "mont", "monts", "massif", "desert", "forest",
    "foret", "park", "parc", "reserve", "bridge", "pont", "dam", "barrage", "mine", "mines", "road", "avenue",
    "boulevard", "street", "rue", "island", "ile", "iles", "gulf", "golfe", "basin", "bassin", "plateau", "valley",
    "vallee", "airport", "aeroport", "port", "stadium", "stade", "hotel", "palace", "palais", "hospital",
    "hopital", "market", "marche", "camp", "camps", "base", "bases", "strait", "detroit", "canal", "peninsula",
    "coast", "cote", "sea", "mer", "ocean", "region", "province", "district", "quartier", "neighbourhood", "village",
    "town", "city", "ville", "oasis", "wadi", "oued", "border", "frontiere", "square", "place", "prison", "checkpoint",
    "garrison", "garnison", "site", "field", "gisement"}
# Small words inside people's names ("Al Hassan Ag Abdoul Aziz", "Charles de Gaulle", "Mohamed Ould Ghazouani").
NAME_PARTICLES = {"de", "du", "da", "di", "dos", "das", "van", "von", "der", "ben", "bin", "ibn", "ould", "ag", "al",
                  "el", "le", "la", "abu", "bou", "y", "bint", "mint", "wa", "wal", "ou"}


def _names_a_site(doc: Document, start: int, end: int, is_capital: bool) -> bool:
    """"the Niger River", "le lac Tchad", "Bamako airport", "the Algiers Agreement", "l'accord d'Alger": a
    country or city word that names a river, a site, a meeting or an agreement is not the state. A country
    only when it is the name itself (no "of"/"de": "la frontière du Niger" still names Niger)."""
    toks = doc.tokens
    sent = toks[start].sent
    if start > 0 and toks[start - 1].sent == sent and _fold_word(toks[start - 1].text) in GEO_HEADS or \
            end < len(toks) and toks[end].sent == sent and _fold_word(toks[end].text) in GEO_HEADS:
        return True   # "le fleuve Niger", "Lake Chad", "the Niger River", "Bamako airport"
    head = toks[_head_of(doc, start, end)]
    if head.head == head.i:
        return False
    gov = _fold_word(toks[head.head].text)
    linked = any(doc.tokens[c].dep == "case" or doc.tokens[c].pos == "ADP" for c in doc.children[head.i])
    if head.dep not in ("compound", "flat", "flat:name", "appos", "nmod", "nmod:poss", "npadvmod", "amod"):
        return False
    if is_capital:
        return gov in GEO_HEADS | NOT_ACTOR_WORDS and head.dep != "nmod:poss"
    return not linked and gov in GEO_HEADS and head.dep != "nmod:poss"


STATE_WORDS = {"state", "etat"}


def _federated_state(doc: Document, a: int, b: int, country: str | None, found: list[Match]) -> bool:
    """"Niger State", « l'État du Niger, au Nigeria », "the State of Niger in Nigeria": a country's name that is
    the name of a federated state of another country (Nigeria's Niger State) names that state, a place. "State"
    after the name says so; « l'État du/de X » does when the other country follows it (", au Nigeria")."""
    toks = doc.tokens
    if b < len(toks) and toks[b].text in ("State", "state") and toks[b].sent == toks[a].sent:
        return True
    j = a - 1
    while j > 0 and toks[j].pos == "DET":
        j -= 1
    if j < 1 or _fold_word(toks[j].text) not in ("of", "du", "de", "d'", "d") or \
            _fold_word(toks[j - 1].text) not in STATE_WORDS:
        return False
    k = b + 1 if b < len(toks) and toks[b].text == "," else b
    if k < len(toks) and _fold_word(toks[k].text) in IN_PREPS:
        k += 1
    if k >= len(toks) or k == b:
        return False
    return any(m.entry.type == "country" and m.entry.country != country and m.start == toks[k].idx for m in found)


def _joined_people(entities: list[Entity]) -> list[Entity]:
    """"Al Hassan Ag" + "Abdoul Aziz": the small models cut long names at a particle; touching person
    entities are one name."""
    out: list[Entity] = []
    for e in entities:
        if out and e.label in ("PERSON", "PER") and out[-1].label == e.label and out[-1].end == e.start:
            out[-1] = Entity(out[-1].start, e.end, e.label)
        else:
            out.append(e)
    return out


def _unknown_type(doc: Document, start: int, end: int, label: str) -> str | None:
    """"person", "unknown" (an organisation) or None: what a name the dictionaries lack becomes.

    The small models tag rivers, operations, summits, weapons and ships as ORG or PER; a name becomes an actor
    only when it looks like a body (an organisation word, an acronym) or a person (two or more name words, or
    one after a title), never after a place preposition ("à Komsilga", "in the Zamzam camp"), and never when
    it only names a thing ("Akinci drones", "the Kossei base")."""
    name = doc.span_text(start, end)
    ws = key(name)
    if not ws or set(ws) & NOT_ACTOR_WORDS or ws[0] in GEO_HEADS or ws[-1] in GEO_HEADS:
        return None
    p = locative_preposition(doc, start)
    if p is not None and _fold_word(doc.tokens[p].text) not in DATIVE_PREPS:
        return None   # "in Komsilga", "près de Zamzam": a place the geocoder does not know
    beside = _noun_beside(doc, start, end)
    if beside in OUTLET_NOUNS:
        return "outlet"   # « l'agence Sahel Info Alternatif », "the channel Sahel Truth"
    if beside in BODY_HEADS | BODY_WORDS:
        return "unknown"  # « le collectif Sauvons Kidal »
    if _names_a_thing(doc, start, end):
        return None
    tagged_person = label in ("PERSON", "PER")
    if tagged_person and not set(ws) & (BODY_HEADS | BODY_WORDS) and _looks_like_person(doc, start, end, True):
        return "person"   # "John McDonald" is not a brand
    if _looks_like_body(name):
        return "unknown"
    if _looks_like_person(doc, start, end, tagged_person or
                          (len(ws) >= 2 and (ws[0] in _person_words() or ws[-1] in _person_words()))):
        return "person"
    return None


def _before_own_verb(doc: Document, start: int, end: int) -> int:
    """Where a name ends when the model ran it into its own clause's verb (« Réseau affirme »): at a lower-case
    verb that governs the name or heads the sentence."""
    for i in range(start + 1, end):
        t = doc.tokens[i]
        if t.pos in ("VERB", "AUX") and t.text[:1].islower() and (t.head == i or not start <= t.head < end):
            return i
    last = doc.tokens[end - 1]
    if end - start >= 2 and last.text.islower() and end < len(doc.tokens) and \
            _fold_word(doc.tokens[end].text) in ("que", "qu'", "qu", "that", ":"):
        return end - 1   # « Conseil juge que »: a verb the model read as a noun
    return end


def _noun_beside(doc: Document, start: int, end: int) -> str | None:
    """The common noun a name is set beside (« l'agence Sahel Info », "la chaîne Telegram Debout Afrique", "the
    channel Sahel Truth"), folded; None when the word before the name is no such noun."""
    toks = doc.tokens
    if end + 2 < len(toks) and toks[end].text == "," and _fold_word(toks[end + 1].text) in ("un", "une", "a", "an") \
            and toks[end + 2].pos == "NOUN":
        return _fold_word(toks[end + 2].text)   # "Faso Vérité, un site d'enquête,"
    if start > 0 and toks[start - 1].text == "," and end < len(toks) and toks[end].text == ",":
        first = start - 1
        while first - 1 >= max(start - 10, doc.sentences[toks[start].sent].start) and toks[first - 1].pos != "PUNCT":
            first -= 1   # the whole phrase before the comma: its first noun is its head (« Un économiste invité du journal »)
        nouns = [j for j in range(first, start - 1) if toks[j].pos == "NOUN" and toks[j].text.islower()]
        if nouns and _fold_word(toks[nouns[0]].text) in OUTLET_NOUNS | BODY_HEADS | BODY_WORDS:
            return _fold_word(toks[nouns[0]].text)   # « Une chaîne Telegram proche de Moscou, Debout Afrique, »
    j = start - 1
    while j >= 0 and _fold_word(doc.tokens[j].text) in PLATFORMS | OUTLET_QUALITIES:
        j -= 1
    if j < 0 or doc.tokens[j].sent != doc.tokens[start].sent or doc.tokens[j].pos != "NOUN" or \
            not doc.tokens[j].text.islower():
        return None
    return _fold_word(doc.tokens[j].text)


def _looks_like_body(name: str) -> bool:
    ws = key(name)
    acronym = is_acronym(name, 8) and not any(c.isdigit() for c in name)
    camel = any(w[:1].isupper() and any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) and
                not any(c in w for c in "-'’") for w in name.split())   # "TikTok", "PetroChina": a company's brand
    return acronym or camel or bool(set(ws) & (BODY_HEADS | BODY_WORDS)) or guess_kind(name) is not None


def _looks_like_person(doc: Document, start: int, end: int, person_like: bool) -> bool:
    """Name words only (capitalised, no digits, no organisation or place word): two or more of them, or one
    right after a title or honorific ("President Milei", "le colonel Diarra", "Me Diarra"). `person_like`:
    the model tagged a person, or the name starts with a given name the dictionaries know."""
    words_ = [doc.tokens[i].text for i in range(start, end) if _fold_word(doc.tokens[i].text) not in NAME_PARTICLES
              and doc.tokens[i].text not in HYPHENS]   # "Jean-Bertrand" is three tokens, one given name
    if not words_ or not person_like:
        return False
    for w in words_:
        if not w[:1].isupper() or any(c.isdigit() for c in w) or (len(w) > 1 and w.isupper()):
            return False
    if len(words_) >= 2:
        return True
    j = start - 1
    while j >= 0 and doc.tokens[j].pos == "DET":
        j -= 1
    return j >= 0 and doc.tokens[j].sent == doc.tokens[start].sent and (
        _is_title(doc.tokens[j].text, gazetteer()) or _fold_word(doc.tokens[j].text) in HONORIFICS or
        _role_noun_before(doc, j, start, end))


def _role_noun_before(doc: Document, j: int, start: int, end: int) -> bool:
    """« le sergent Moussa », "the trucker Ali": a name the model tags as a person, right after a definite
    common noun it is attached to, is that person's given name."""
    t = doc.tokens[j]
    head = _head_of(doc, start, end)
    return j == start - 1 and t.pos == "NOUN" and t.text.islower() and j > 0 and \
        _fold_word(doc.tokens[j - 1].text) in DEFINITE and (doc.tokens[head].head == j or t.head == head) and \
        doc.tokens[start].ent in ("PERSON", "PER")


def _names_a_thing(doc: Document, start: int, end: int) -> bool:
    """"Akinci combat drones", "the Kossei base", "le camp de Zamzam": a name that only qualifies a common
    noun (not an actor noun such as "fighters" or "leaders") names that thing."""
    head = doc.tokens[_head_of(doc, start, end)]
    if head.head == head.i:
        return False
    gov = doc.tokens[head.head]
    if gov.pos != "NOUN" or not gov.text.islower():
        return False
    if _is_title(gov.text, gazetteer()) or _fold_word(gov.text) in BODY_HEADS | BODY_WORDS:
        return False   # "the CSP fighters", "ECOWAS leaders", "le Front ... Union": actors' nouns
    if head.dep == "compound" and gov.i >= end:
        return True
    return head.dep in ("nmod", "appos", "flat", "flat:name") and _fold_word(gov.text) in GEO_HEADS | NOT_ACTOR_WORDS


def _person_words() -> set[str]:
    """Given names and surnames of the people in the dictionaries ("Abdoulaye", "Ibrahim", "Bazoum"): a name the
    model tags as an organisation is a person when it starts or ends with one."""
    global _GIVEN
    if _GIVEN is None:
        _GIVEN = {w for bucket in gazetteer().index.values() for k, e in bucket
                  if e.type == "person" and len(k) >= 2 for w in (k[0], k[-1]) if w not in TITLES}
    return _GIVEN


_GIVEN: set[str] | None = None
# Organisation words beyond the heads that start a body's name ("Agence", "Bank", "Group", "Company").
BODY_WORDS = {"agency", "agence", "company", "societe", "compagnie", "group", "groupe", "bank", "banque", "corporation",
              "corp", "inc", "ltd", "sarl", "authority", "autorite", "commission", "office", "service", "services",
              "directorate", "direction", "ministry", "ministere", "university", "universite", "school", "ecole",
              "church", "eglise", "assembly", "assemblee", "parliament", "parlement", "court", "cour", "tribunal",
              "militia", "milice", "brigade", "brigades", "battalion", "bataillon", "corps", "guard", "garde", "legion",
              "katiba", "army", "armee", "forces", "police", "radio", "television", "tv", "news", "press", "presse",
              "newspaper", "journal", "times", "post", "tribune", "airlines", "airways", "mining", "petroleum", "oil",
              "holding", "fund", "fonds", "ngo", "ong", "watch", "academy", "academie", "consortium", "syndicat",
              "cartel", "tribe", "clan", "community", "communaute", "secretariat", "senate", "senat", "junta", "junte",
              "government", "gouvernement", "presidency", "presidence", "embassy", "ambassade", "brotherhood",
              "confrerie", "ansar", "jamaat", "houthis"}


# Nouns of outlets: a name set right after one is that outlet ("the channel Sahel Truth", « le site Faso Vérité »).
OUTLET_NOUNS = {"agence", "agency", "chaine", "channel", "site", "page", "compte", "account", "journal", "newspaper",
                "quotidien", "daily", "hebdomadaire", "weekly", "bihebdomadaire", "radio", "station", "television",
                "tele", "media", "outlet", "blog", "magazine", "mensuel", "portail", "webtv", "podcast"}
# Platforms and qualities that stand between an outlet noun and its name (« la chaîne Telegram Debout Afrique »).
PLATFORMS = {"telegram", "facebook", "whatsapp", "youtube", "tiktok", "twitter", "instagram", "x"}
OUTLET_QUALITIES = {"privee", "prive", "publique", "public", "communautaire", "satirique", "panafricain",
                    "panafricaine", "prorusse", "pro-russe", "en", "ligne", "online", "private", "state", "d'etat"}
HYPHENS = {"-", "‑", "–"}
# Honorifics a French or English name follows; the small models often miss the name after them.
HONORIFICS = {"me", "maitre", "dr", "docteur", "pr", "professeur", "mr", "mrs", "ms", "m", "mme", "mlle"}
# Head words of organisation names: a capitalised one starts the name of a body.
BODY_HEADS = {"movement", "mouvement", "collective", "collectif", "network", "reseau", "institute", "institut",
              "association", "alliance", "coalition", "front", "committee", "comite", "council", "conseil",
              "union", "federation", "confederation", "league", "ligue", "party", "parti", "foundation",
              "fondation", "observatory", "observatoire", "coordination", "platform", "plateforme", "centre",
              "center", "organisation", "organization", "forum", "rally", "rassemblement", "convention", "synergie",
              "autorite", "authority", "commission", "haute", "haut"}
# Compared with folded words only, where every apostrophe is "'".
NAME_LINKS = {"of", "for", "the", "and", "de", "des", "du", "d", "d'", "pour", "la", "le", "l", "l'", "et"}


def _fold_word(word: str) -> str:
    return fold(word).strip(".")


def _is_name_word(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha() and t.pos not in ("VERB", "AUX", "PUNCT", "PRON")


PLACE_DESCRIPTIONS = {"localite", "locality", "commune", "bourgade", "hameau", "chef-lieu", "capitale", "capital",
                      "agglomeration", "settlement", "hamlet", "zone", "area", "secteur", "cercle", "departement"}
CLOSED_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PRON", "PUNCT", "NUM"}


def _add_described_people(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """A name the press gives with what the person is right after a comma: 'said Moussa, a taxi driver',
    « soupire Haoua, vendeuse de céréales », "the words of Salamatou, a displaced woman", "our interview with Ndèye
    Fatou Sarr, an economist at ...". One to four capitalised words described by a word for a person (`PERSON_NOUNS`
    or a sector word of the dictionaries) are a person whatever the model tagged them (it often reads them as a
    place); a single word right after a verb (« confie Salif, étudiant en droit ») is one with any description but a
    place's ("attacked Djibasso, a town")."""
    covered = {i for m in found for i in m.tokens()}
    out = list(found)
    toks = doc.tokens
    for comma in range(1, len(toks) - 1):
        if toks[comma].text != "," or comma - 1 in covered or not _is_name_word(toks[comma - 1]):
            continue
        start = comma - 1
        while start - 1 >= doc.sentences[toks[comma].sent].start and comma - start < 4 and \
                start - 1 not in covered and _is_name_word(toks[start - 1]) and toks[start - 1].text.isalpha():
            start -= 1
        words_ = [toks[k] for k in range(start, comma)]
        if any(not w.text.replace("-", "").isalpha() or w.text.isupper() or len(w.text) < 2 for w in words_) or \
                len(words_[-1].text) < 3:
            continue
        name = doc.span_text(start, comma)
        folded = set(key(name))
        if folded & (BODY_HEADS | BODY_WORDS | GEO_HEADS | OUTLET_NOUNS | PRESS_NOUNS | CALENDAR) or \
                any(w.ent in ("DATE", "TIME") for w in words_) or is_place_name(name) or gazetteer().find(name) or \
                locative_preposition(doc, start) is not None:
            continue
        if start > 0 and (toks[start - 1].pos == "DET" or _fold_word(toks[start - 1].text) in NAME_LINKS and
                          start > 1 and _is_name_word(toks[start - 2])):
            continue   # « le ministre de la Santé, », "the Forum of Sahel Pastoralists,": part of another name
        k = comma + 1
        while k < len(toks) and toks[k].pos == "DET":
            k += 1
        while k < len(toks) and toks[k].pos == "ADJ" and toks[k].text.islower():
            k += 1   # "a displaced woman", « une jeune vendeuse »
        if k >= len(toks) or toks[k].sent != toks[comma].sent or not toks[k].text.islower() or \
                toks[k].pos not in ("NOUN", "VERB", "PROPN", "ADJ"):
            continue   # the description is a noun phrase right after the comma ("on Saturday, while ..." is not)
        noun = toks[k]
        w = _fold_word(noun.text)
        if w in GEO_HEADS | PLACE_DESCRIPTIONS:
            continue   # "attacked Boulkessi, a town near the border": a place
        if (w in ORG_NOUNS or w in BODY_HEADS | {"bloc"}) and not (
                k + 1 < len(toks) and toks[k + 1].pos == "NOUN" and toks[k + 1].text.islower()):
            continue   # "said Ecowas, the regional bloc", "Dangote, the largest refinery": a body ("a company
            # driver" is still a person)
        before = toks[start - 1] if start > 0 else None
        after_verb = before is not None and before.text.islower() and (
            before.pos in ("VERB", "AUX") or start >= 2 and toks[start - 2].text in (",", "»", '"', "”") and
            before.pos not in CLOSED_POS) and \
            not any(w_.dep in ("obj", "dobj") and w_.head == start - 1 for w_ in words_)
        # (« », soupire Haoua »: the small French model reads such verbs as nouns; the verb's object is what it acts
        # on, not who speaks: « ont attaqué Kouakourou, un poste militaire »)
        person_word = w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS or any(
            e.entry.type == "sector" for e in gazetteer().find(noun.text.lower(), doc.language))
        if not (person_word or len(words_) == 1 and after_verb):
            continue
        actor = Actor(id=name_id(name), name=name, code=None, country=None, kind=None)
        out.append(ActorMention(actor, start, comma, toks[start].sent, toks[start].idx, toks[comma - 1].end, "person"))
        covered.update(range(start, comma))
    return out


CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "janvier", "fevrier", "mars",
            "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"}
# Words that tell what a person is or does, set after a name and a comma ("Salamatou, a displaced woman").
PERSON_NOUNS = {
    "man", "woman", "mother", "father", "widow", "widower", "girl", "boy", "son", "daughter", "grandmother",
    "grandfather", "driver", "trader", "vendor", "seller", "shopkeeper", "farmer", "herder", "fisherman", "nurse",
    "doctor", "midwife", "teacher", "student", "economist", "analyst", "researcher", "lawyer", "columnist",
    "blogger", "activist", "resident", "villager", "survivor", "mechanic", "tailor", "miner", "imam", "pastor",
    "chief", "elder", "veteran", "retiree", "pensioner", "engineer", "housewife", "youth", "worker",
    "homme", "femme", "mere", "pere", "veuve", "veuf", "fille", "fils", "grand-mere", "grand-pere", "chauffeur",
    "commercant", "commercante", "vendeur", "vendeuse", "boutiquier", "boutiquiere", "cultivateur", "cultivatrice",
    "agriculteur", "agricultrice", "eleveur", "pecheur", "infirmier", "infirmiere", "medecin", "sage-femme",
    "enseignant", "enseignante", "instituteur", "institutrice", "etudiant", "etudiante", "economiste", "analyste",
    "chercheur", "chercheuse", "avocat", "avocate", "chroniqueur", "chroniqueuse", "blogueur", "blogueuse",
    "militant", "militante", "habitant", "habitante", "rescape", "rescapee", "mecanicien", "couturier",
    "couturiere", "orpailleur", "pasteur", "chef", "notable", "doyen", "retraite", "retraitee", "ingenieur",
    "menagere", "jeune", "ouvrier", "ouvriere", "deplace", "deplacee", "refugie", "refugiee"}


def _add_titled_people(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """« Me Fousseyni Diarra », "Dr Aminata Traoré": capitalised words after an honorific are a person, when
    the model missed them."""
    covered = {i for m in found for i in m.tokens()}
    out = list(found)
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        if fold(t.text).strip(".") not in HONORIFICS or not t.text[:1].isupper():
            continue
        j = i + 1
        while j < len(toks) and j - i <= 3 and j not in covered and _is_name_word(toks[j]) and \
                toks[j].sent == t.sent and fold(toks[j].text).strip(".") not in HONORIFICS:
            j += 1
        if j - i < 3 or j - i == 1:   # a given name and a surname at least
            continue
        name = doc.span_text(i + 1, j)
        if is_place_name(name):
            continue
        actor = Actor(id=name_id(name), name=name, code=None, country=None, kind=None)
        out.append(ActorMention(actor, i + 1, j, t.sent, toks[i + 1].idx, toks[j - 1].end, "person"))
        covered.update(range(i + 1, j))
    return out


def _add_body_phrases(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """"the Collective of Pastoral Communities", « le Mouvement nigérien pour la démocratie », "the Bamako
    Institute of Opinion Studies": a capitalised organisation word heads the name of a body the dictionaries
    and the model lack; it becomes an unknown organisation, so every later stage shares it."""
    covered = {i: m for m in found for i in m.tokens()}
    out = list(found)
    toks = doc.tokens
    for h, t in enumerate(toks):
        w = fold(t.text)
        lone = h in covered and covered[h].type == "unknown" and (covered[h].start, covered[h].end) == (h, h + 1) and \
            h + 1 < len(toks) and _is_demonym(toks[h + 1].text)
        union = w in NAMED_UNIONS or w == "forces" and h + 1 < len(toks) and fold(toks[h + 1].text) == "vives"
        if h in covered and not (covered[h].type == "sector" or covered[h].type == "composite" and union
                                 or lone) \
                or w not in BODY_HEADS | NAME_HEADS or not t.text[:1].isupper() or h == doc.sentences[t.sent].start:
            continue   # (a lone « Conseil » the model tagged heads the name its demonym goes on: « Conseil danois »)
        start = h
        while start - 1 >= 0 and _is_name_word(toks[start - 1]) and toks[start - 1].sent == t.sent and \
                (start - 1 not in covered or covered[start - 1].type in ("capital", "country", "adjective", "sector")) and \
                start - 1 != doc.sentences[t.sent].start:
            start -= 1   # "the Bamako Institute", "the Sahel Alliance", "the National Union" (not "nationals")
        end = _body_name_end(doc, h)
        if any(i in covered and covered[i].type not in ("capital", "country", "adjective", "sector") and
               not (covered[i].type == "composite" and union) and not (lone and i == h)
               for i in range(start, end)):
            continue
        if end - start < 2:
            continue
        inside = [m for m in out if m.start >= start and m.end <= end]
        if any(m.type == "sector" and (m.start, m.end) == (start, end) for m in inside):
            continue   # "the Constitutional Council": the whole name is a body noun of the dictionaries, of its kind
        if any(m.type == "sector" and m.start == start and all(
                covered.get(i) is not None and covered[i].type in ("country", "capital", "adjective") or
                fold(toks[i].text) in NAME_LINKS for i in range(m.end, end)) for m in inside):
            continue   # « les Forces de défense et de sécurité du Niger »: a sector phrase of the dictionaries and its
            # country are that country's sector, no body of their own
        if w in NAME_HEADS and end - h < 2:
            continue   # « les Forces » alone: a sector word, no name
        country = next((m.actor.country for m in inside if m.actor.country and m.type in
                        ("capital", "country", "adjective", "composite")), None)
        name = doc.span_text(start, end)
        short = key(name)
        if any(m.type in ("org", "unknown") and len(key(m.actor.name)) > len(short) and
               key(m.actor.name)[-len(short):] == short for m in out):
            continue   # "the Campaign Network" after "the Sahel Solidarity Campaign Network": a short form
        kind = _kind_before(doc, start, out) or guess_kind(name) or \
            next((m.actor.kind for m in inside if m.type == "composite"), None) or HEAD_KINDS.get(w)
        if kind == "GOV" and any(m.type == "adjective" for m in inside) and re.search(r"\b(pour|for)\b", name, re.I):
            kind = "NGO"   # « le Conseil suédois pour les déplacés »: a body named by a nation and a cause is no state organ
        code = (country or "") + (kind or "") if country else kind
        actor = Actor(id=name_id(name), name=name, code=code, country=country, kind=kind)
        out = [m for m in out if m not in inside]
        out.append(ActorMention(actor, start, end, t.sent, toks[start].idx, toks[end - 1].end, "unknown"))
        for i in range(start, end):
            covered[i] = out[-1]
    return out


# Capitalised words that head the name of a body when a name follows them (« le Syndicat national des enseignants
# du Niger », « la Société de raffinage de Zinder », "the opposition coalition Forces Vives de Guinée"); alone or
# as the dictionaries' sector phrases (« les Forces de défense et de sécurité ») they stay what they were.
NAME_HEADS = {"syndicat", "societe", "compagnie", "forces", "groupement", "collectif", "coordination"}
# The kind a body named by one of those heads has when nothing else tells it (the last guess).
HEAD_KINDS = {"societe": "BUS", "compagnie": "BUS", "syndicat": "LAB"}
# Heads whose capitalised name is the body itself even where the dictionaries read a state's sector in it: « le
# Syndicat national des enseignants du Niger » is a union, not Niger's teachers.
NAMED_UNIONS = {"syndicat", "union", "federation", "confederation", "coalition", "association", "collectif",
                "mouvement", "front", "parti"}


def _kind_before(doc: Document, start: int, mentions: list[ActorMention]) -> str | None:
    """The kind of the sector phrase set right before a name ("the opposition coalition Forces Vives")."""
    before = [m for m in mentions if m.type == "sector" and m.end == start]
    return before[0].actor.kind if before else None


# Common nouns that announce the name of a body, with the kind such a body usually is ("the Gran Grif gang",
# « l'ONG Alarme Phone Sahara », « le groupe Lilium »). None: the kind is read from the words before the noun
# ("rights group", "armed group", "mining company") or left open.
ORG_NOUNS = {"ngo": "NGO", "ong": "NGO", "association": "NGO", "charity": "NGO", "collective": "NGO",
             "collectif": "NGO", "foundation": "NGO", "fondation": "NGO", "gang": "UAG", "militia": "UAG",
             "milice": "UAG", "gangs": "UAG", "militias": "UAG", "milices": "UAG", "cartel": "UAG", "company": "BUS", "firm": "BUS", "societe": "BUS", "compagnie": "BUS",
             "entreprise": "BUS", "firme": "BUS", "consortium": "BUS", "refinery": "BUS", "raffinerie": "BUS",
             "miner": "BUS", "party": "OPP", "parti": "OPP",
             "syndicat": "LAB", "group": None, "groupe": None, "organisation": None, "organization": None,
             "movement": None, "mouvement": None, "network": None, "reseau": None}
# A French « groupe » with a bare name after it is a business group (« le groupe Lilium », « le groupe Bolloré »).
_FR_GROUP = {"groupe": "BUS"}


def _noun_kind(doc: Document, start: int, end: int) -> str | None:
    """The kind of an unknown body from the organisation noun set beside its name (« le groupe Lilium », "the
    Gran Grif gang"), or from a sector phrase ending in that noun ("the rights group X", "an armed group X")."""
    toks = doc.tokens
    for j in (start - 1, end):
        if not 0 <= j < len(toks) or not (toks[j].text.islower() or toks[j].text in ("NGO", "ONG")) or \
                _fold_word(toks[j].text) not in ORG_NOUNS:
            continue
        for k in range(max(0, j - 3), j):
            phrase = doc.span_text(k, j + 1).lower()
            entries = [e for m in gazetteer().find(phrase, doc.language) if m.start == 0 and m.end == len(phrase)
                       for e in [m.entry] if e.type == "sector"]
            if entries:
                return entries[0].kind
        w = _fold_word(toks[j].text)
        return ORG_NOUNS[w] or (_FR_GROUP.get(w) if doc.language == "fr" else None)
    return None


def _add_named_bodies(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """"the Gran Grif gang", « l'association Alternative Espaces Citoyens », "the NGO Alarm Phone": capitalised
    words right after (French and English) or right before (English) an organisation noun name a body the
    dictionaries and the model lack. It becomes an unknown organisation with the noun's kind."""
    toks = doc.tokens
    covered = {i: m for m in found for i in m.tokens()}
    out = list(found)
    for i, t in enumerate(toks):
        if not (t.text.islower() or t.text in ("NGO", "ONG")) or t.pos not in ("NOUN", "PROPN") or \
                _fold_word(t.text) not in ORG_NOUNS:
            continue
        spans = [(i + 1, _name_run_end(doc, i + 1))]
        nationality = covered.get(i + 1)
        if doc.language == "fr" and nationality is not None and nationality.type == "adjective" and \
                nationality.end == i + 2:
            spans = [(i + 2, _name_run_end(doc, i + 2))]  # « le groupe russe Yadran »: the name after the nationality
        else:
            nationality = None
        if doc.language == "en":
            spans.append((_name_run_start(doc, i), i))
        for start, end in spans:
            if end - start < 1 or end - start > 6 or toks[start].sent != t.sent:
                continue
            if any(i2 in covered and covered[i2].type not in ("sector",) and not _guessed_person(covered[i2])
                   for i2 in range(start, end)):
                continue   # a known body, person or country: "the Wagner group", "le groupe JNIM"
            name = doc.span_text(start, end)
            if is_place_name(name) or set(key(name)) & (NOT_ACTOR_WORDS | GEO_HEADS) or \
                    start == doc.sentences[t.sent].start:
                continue
            kind = _noun_kind(doc, start if nationality is None else i + 1, end) or guess_kind(name)  # « le parti Union »
            country = _country_in(name) or (nationality.actor.country if nationality is not None else None)
            code = (country or "") + (kind or "") if country else kind
            actor = Actor(id=name_id(name), name=name, code=code, country=country, kind=kind)
            out = [m for m in out if not (start <= m.start and m.end <= end)]
            out.append(ActorMention(actor, start, end, t.sent, toks[start].idx, toks[end - 1].end, "unknown"))
            covered.update({k: out[-1] for k in range(start, end)})
            break
    return out


def _guessed_person(m: ActorMention) -> bool:
    """A person only the model saw: after an organisation noun (« la coalition de gangs Kraze Baryè ») the
    name is the body's."""
    return m.type == "person" and m.actor.id.startswith("name:") and m.actor.code is None


# Press nouns a newspaper's title follows ("the private daily Le Pays", « le quotidien L'Observateur Paalga »).
PRESS_NOUNS = {"daily", "paper", "newspaper", "weekly", "quotidien", "hebdomadaire", "bihebdomadaire", "journal",
               "magazine", "mensuel", "tabloid", "gazette"}
STATE_PRESS = {"public", "publique", "state", "state-owned", "state-run", "officiel", "official",
               "gouvernemental"}
PRESS_QUALITIES = {"independent", "independant", "independante", "pro-government", "pro-junta", "opposition",
                   "satirical", "national", "regional", "regionale", "local", "locale", "francophone",
                   "anglophone", "progouvernemental", "gouvernemental", "officiel", "official"}


def _add_named_outlets(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """"The private daily Le Pays", « le quotidien burkinabè L'Observateur Paalga », "the weekly The Northern
    Ledger": a title after a press noun (and its qualities and nationality) names an outlet, article and all, even
    when its words are a place's or a country's ("Le Pays", "Le Sahélien"). It becomes an unknown outlet (MED)."""
    toks = doc.tokens
    covered = {i: m for m in found for i in m.tokens()}
    out = list(found)
    for i, t in enumerate(toks):
        if not t.text.islower() or _fold_word(t.text) not in PRESS_NOUNS or t.pos not in ("NOUN", "PROPN", "ADJ"):
            continue
        j = i + 1
        while j < len(toks) and toks[j].sent == t.sent and (
                _fold_word(toks[j].text) in OUTLET_QUALITIES | PRESS_QUALITIES or
                toks[j].text.islower() and j in covered and covered[j].type == "adjective"):
            j += 1   # « le quotidien privé burkinabè Le Pays »
        if j >= len(toks) or not _is_name_word(toks[j]) or \
                {_fold_word(toks[k].text) for k in range(i + 1, j)} & STATE_PRESS:
            continue   # « le quotidien public Le Sahel » speaks for its state, as the GUIDE has it: left to the quote stage
        end = _name_run_end(doc, j)
        if end - j > 6 or any(k in covered and covered[k].type in ("org", "unknown", "person") for k in range(j, end)):
            continue   # a known outlet ("the daily Sidwaya"), or a name already read
        if doc.language != "fr" and end < len(toks) and toks[end].text.islower() and \
                (toks[end].pos == "NOUN" or toks[end].tag == "VBG"):
            continue   # "the weekly Cabinet session", "the weekly Council of Ministers meeting" (the model may read
            # "meeting" as a verb): the name qualifies the noun after it
        name = doc.span_text(j, end)
        if len(key(name)) < 1 or (end - j == 1 and len(name) < 3):
            continue
        actor = Actor(id=name_id(name), name=name, code="MED", country=None, kind="MED")
        out = [m for m in out if not (j <= m.start and m.end <= end)]
        out.append(ActorMention(actor, j, end, t.sent, toks[j].idx, toks[end - 1].end, "unknown"))
        covered.update({k: out[-1] for k in range(j, end)})
    return _outlets_described_after(doc, out)


def _outlets_described_after(doc: Document, found: list[ActorMention]) -> list[ActorMention]:
    """"Le Pays, a private daily, was more cautious", « Le Sahélien, hebdomadaire satirique de Niamey, titre »: a
    title followed by a comma and a press noun (after an article and qualities) is an outlet too."""
    toks = doc.tokens
    covered = {i: m for m in found for i in m.tokens()}
    out = list(found)
    for i, t in enumerate(toks):
        if not t.text.islower() or _fold_word(t.text) not in PRESS_NOUNS:
            continue
        k = i - 1
        while k > 0 and toks[k].sent == t.sent and (toks[k].pos == "DET" or
                                                   _fold_word(toks[k].text) in OUTLET_QUALITIES | PRESS_QUALITIES):
            k -= 1
        if k < 1 or toks[k].text != "," or {_fold_word(toks[x].text) for x in range(k + 1, i)} & STATE_PRESS:
            continue
        end = k
        start = end
        while start > doc.sentences[t.sent].start and end - start < 5 and (
                _is_name_word(toks[start - 1]) or start < end and _fold_word(toks[start - 1].text) in NAME_LINKS and
                start - 2 >= 0 and _is_name_word(toks[start - 2])):
            start -= 1
        while start < end and toks[start].pos == "ADP":
            start += 1   # "In Tillaberi, a local weekly reported": the sentence's opening preposition
        if start == end or not _is_name_word(toks[start]) or \
                any(x in covered and covered[x].type in ("org", "unknown", "person", "capital", "country") or
                    toks[x].ent in ("DATE", "TIME") or _fold_word(toks[x].text) in CALENDAR
                    for x in range(start, end)):
            continue   # "Niamey, the capital" is no outlet; "Sidwaya, le quotidien public" is known
        name = doc.span_text(start, end)
        if is_place_name(name):
            continue   # "In Tillaberi, a local weekly reported": a place, then the outlet that reported from it
        actor = Actor(id=name_id(name), name=name, code="MED", country=None, kind="MED")
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(ActorMention(actor, start, end, t.sent, toks[start].idx, toks[end - 1].end, "unknown"))
        covered.update({x: out[-1] for x in range(start, end)})
    return out


def _name_run_end(doc: Document, start: int) -> int:
    """One past the capitalised words (and the small words linking them) that start at `start`."""
    toks = doc.tokens
    end = start
    while end < len(toks) and toks[end].sent == toks[start].sent and (
            _is_name_word(toks[end]) or _tagged_name_word(toks, end) or
            _fold_word(toks[end].text) in NAME_LINKS and end + 1 < len(toks) and
            _is_name_word(toks[end + 1]) and end > start):
        end += 1
    return end


def _tagged_name_word(toks: list[Token], i: int) -> bool:
    """« le gang Gran Grif », where the model tags "Grif" a verb: a capitalised word inside the entity the name
    before it opens is still part of that name."""
    return i > 0 and toks[i].text[:1].isupper() and bool(toks[i].ent) and toks[i - 1].ent == toks[i].ent and \
        _is_name_word(toks[i - 1])


def _name_run_start(doc: Document, end: int) -> int:
    """The first of the capitalised words right before `end`, after a determiner ("the Gran Grif gang"); `end`
    when they do not follow a determiner."""
    toks = doc.tokens
    start = end
    while start > 0 and end - start < 5 and toks[start - 1].sent == toks[end].sent and (
            _is_name_word(toks[start - 1]) or start - 1 > 0 and start < end and
            _fold_word(toks[start - 1].text) in NAME_LINKS and _is_name_word(toks[start - 2])):
        start -= 1   # "the Tren de Aragua gang": small words between capitalised ones belong to the name
    if start == end or start == 0 or toks[start - 1].pos != "DET":
        return end
    return start


FRENCH_LINKS = {"de", "du", "des", "d'", "pour", "la", "le", "les", "l'", "et"}


def _french_name_tail(doc: Document, i: int) -> int:
    """Where a French name quoted in English text ends when it goes on in lower case from token `i` ("the Forces
    vives de Guinée", "the Front national pour la défense de la Constitution"): at the capitalised word that closes a
    run of lower-case words holding a French linking word (the English model tags such words anyhow, verbs
    included); `i` itself when the words are English."""
    toks = doc.tokens
    j = i
    last = None
    while j < len(toks) and j - i < 7 and toks[j].sent == toks[i].sent and toks[j].pos != "PUNCT":
        if toks[j].text[:1].isupper():
            last = j
        j += 1
    if last is None or not {fold(toks[k].text) for k in range(i, last)} & FRENCH_LINKS or \
            {fold(toks[k].text) for k in range(i, last)} & {"of", "the", "for", "and", "in", "on", "to"}:
        return i
    return last + 1


def _body_name_end(doc: Document, h: int) -> int:
    """One past the last word of a body's name starting at `h`: capitalised words and the small words that link
    them (English), or the head's own noun phrase up to a clause, a comma or a place (French)."""
    toks = doc.tokens
    np = set(doc.subtree(h, CLAUSE_DEPS))
    end = h + 1
    linear = False
    while end < len(toks) and toks[end].sent == toks[h].sent:
        w = fold(toks[end].text)
        bare = doc.language == "fr" and w == "en" and end + 1 < len(toks) and end + 1 in np and \
            toks[end + 1].pos == "NOUN" and toks[end + 1].text.islower()   # « de la presse en ligne », « en exil »
        tail = _french_name_tail(doc, end) if doc.language == "en" and toks[end].text.islower() else end
        if tail > end:
            end = tail   # "the Forces vives de Guinée": a French name in English text
            break
        demonym = _is_demonym(toks[end].text)
        if toks[end].pos == "PUNCT" or w in LOCATIVE and not bare or toks[end].pos in ("VERB", "AUX") and not demonym \
                or w in CALENDAR:
            break   # (« le Conseil danois pour les réfugiés »: the model may read the demonym as a verb; "the National
            # Union of Teachers Monday called", « le Syndicat ... du Niger jeudi appelle »: the day is no part of it)
        if demonym:
            end += 1
            linear = True   # the parse under a demonym read as a verb is no guide: the phrase goes on to the comma
            continue
        if _is_name_word(toks[end]) or (w in NAME_LINKS and end + 1 < len(toks)) or \
                (doc.language == "fr" and (end in np or linear) and toks[end].pos in ("ADJ", "NOUN", "DET", "ADP")):
            end += 1
            continue
        break
    while end > h + 1 and not toks[end - 1].text[:1].isupper() and \
            (fold(toks[end - 1].text) in NAME_LINKS or toks[end - 1].pos in ("DET", "ADP")):
        end -= 1   # never end on "of the" (but on a name the model read as one: « du Niger » with « Niger » a DET)
    return end


def _is_demonym(word: str) -> bool:
    """A lower-case word of the dictionaries that names a people (« danois », « nigérienne »)."""
    return word.islower() and any(m.entry.type == "adjective" for m in gazetteer().find(word))


def _sector_tails() -> set[str]:
    """Word sequences that end a multiword sector phrase ("affaires etrangeres", "foreign affairs")."""
    global _TAILS
    if _TAILS is None:
        tails: set[str] = set()
        for bucket in gazetteer().index.values():
            for k, e in bucket:
                if e.type == "sector" and len(k) > 1:
                    for i in range(1, len(k)):
                        tail = k[i:]
                        if tail[0] not in ("de", "des", "du", "d", "of", "la", "le", "l", "the"):
                            tails.add(" ".join(tail))
        _TAILS = tails
    return _TAILS


_TAILS: set[str] | None = None

REGIONS = {"sahel", "africa", "afrique", "west africa", "afrique de l'ouest", "europe", "middle east", "maghreb",
           "sahara", "azawad", "liptako", "liptako-gourma", "lake chad", "lac tchad", "the west", "occident",
           "west african", "east african", "central african", "north african"}


def is_place_name(name: str) -> bool:
    """Regions and places the small models often tag as people or organisations ("Sahel")."""
    from newsgraph.geo.places import place_gazetteer

    folded = " ".join(key(name))
    if folded in REGIONS or fold(name) in REGIONS:
        return True
    if re.search(r"\b(state|province|region|county|district|governorate|valley|city|hall|square|airport|"
                 r"etat|région|region|province|préfecture|prefecture|cercle|commune)$", folded):
        return True  # "Rivers State", "Crocus City Hall": places, not actors
    k = key(name)
    for entry_key, source, _row in place_gazetteer().index.get(k[0], ()) if k else ():
        if entry_key == k and source in ("sahel", "city"):
            return True
    return False


# Members a union of people is made of: a union of them is a trade or professional union, never a union of states
# ("the Union of Road Transporters", « l'Union des producteurs de coton »).
_MEMBER_SUFFIX = re.compile(r"(ers|ors|eurs|euses|ists|istes|ants|antes|ents|entes|iers|ieres|ières|trices|ees|és|"
                            r"aires|ciens|ciennes)$")
_MEMBERS = {"women", "femmes", "youth", "jeunes", "staff", "personnel", "paysans", "retraites", "retraités", "nurses",
            "police", "agents", "cadres", "magistrats", "medecins", "médecins", "journalists", "transport", "workers",
            "professionals", "professionnels", "professionnelles", "journalistes", "press", "presse", "media",
            "médias", "medias", "artists", "artistes", "lawyers", "avocats", "teachers", "students", "étudiants",
            "etudiants", "élèves", "eleves", "farmers", "traders", "commerçants", "commercants", "miners"}
# Bodies of a trade or of professionals: « Association des journalistes du Burkina », "Guild of Editors".
_PROFESSIONALS = re.compile(r"\b(association|guild|ordre|order|chambre|chamber|fédération|federation|réseau|network|"
                            r"collectif|conseil|council)s? (of|des|de la|de l'|de l’|du|d')\s*(.+)$")


def _is_trade_union(low: str) -> bool:
    """« Syndicat ... », "National Union of ...", « Union nationale des ... », "Union of ... workers": a union of
    people. An intergovernmental union is never "national" and unites states, not trades."""
    if re.search(r"\b(syndicat|syndicats|trade union|labou?r union)\b", low):
        return True
    if re.search(r"\b(national|general|autonomous|free) union\b|\bunion (nationale|générale|generale|autonome|"
                 r"syndicale|libre)\b", low):
        return True
    m = re.search(r"\bunion (of|des|de la|de l'|de l’|du|d')\s*(.+)$", low)
    if m is None:
        return False
    words = re.findall(r"[\w’'-]+", m.group(2))[:5]
    return any(w in _MEMBERS or len(w) > 4 and _MEMBER_SUFFIX.search(w) for w in words)


def _of_professionals(low: str) -> bool:
    """« Association des journalistes professionnels », « Réseau des professionnels de la presse »: a body
    whose name says whom of a trade it gathers (listed words only: an association of victims is an NGO)."""
    m = _PROFESSIONALS.search(low)
    return m is not None and bool(set(re.findall(r"[\w’'-]+", m.group(3))[:3]) & _MEMBERS - {"women", "femmes",
                                                                                           "youth", "jeunes"})


def guess_kind(name: str) -> str | None:
    """The sector of an organisation the dictionaries lack, read from the words of its name."""
    low = name.lower()
    if _is_trade_union(low) or _of_professionals(low):
        return "LAB"
    for rx, kind in _ORG_KINDS:
        if re.search(rx, low):
            return kind
    return None


def _country_in(name: str) -> str | None:
    for m in gazetteer().find(name):
        if m.entry.type in ("country", "adjective", "capital"):
            return m.entry.country
    return None


def _np_tokens(doc: Document, head: int) -> set[int]:
    """Tokens of the noun phrase under `head`: modifiers and of/from/de complements, not clauses or conjuncts."""
    out = {head}
    stack = [(c, True) for c in doc.children[head]]
    while stack:
        j, top = stack.pop()
        t = doc.tokens[j]
        if t.dep in CLAUSE_DEPS or (top and t.dep == "conj") or (top and t.dep in ("cc",)):
            continue
        if t.dep in ("prep", "case") and t.lower not in LINK_PREPS and t.head == head:
            continue
        if t.dep in ("nmod", "obl") and any(doc.tokens[c].dep == "case" and doc.tokens[c].lower not in LINK_PREPS
                                             for c in doc.children[j]):
            continue
        out.add(j)
        stack.extend((c, False) for c in doc.children[j])
    return out


def _compose(doc: Document, mentions: list[ActorMention], sites: tuple[ActorMention, ...] = ()) -> list[ActorMention]:
    """Join sector nouns with the country words that modify them, or with the country or capital they are in
    (`sites`: capitals named as places, which are no mentions of their own)."""
    country_like = [m for m in mentions if m.type in ("country", "adjective", "capital")]
    used: set[int] = set()
    out: list[ActorMention] = []
    drop: set[int] = set()
    # "a French national and two Italian nuns", which the small English model parses as one noun phrase: a
    # demonym right before a sector noun belongs to it
    sectors_at = {m.start: m for m in mentions if m.type == "sector"}
    claimed = {id(c): sectors_at[c.end] for c in country_like if c.type == "adjective" and c.end in sectors_at}
    if doc.language == "fr":  # « le ministre algérien des Affaires étrangères », parsed with the adjective astray
        sectors_end = {m.end: m for m in mentions if m.type == "sector"}
        claimed.update({id(c): sectors_end[c.start] for c in country_like
                        if c.type == "adjective" and c.start in sectors_end and id(c) not in claimed})
    for si, m in enumerate(mentions):
        if m.type != "sector":
            continue
        head = _head_of(doc, m.start, m.end)
        np = _np_tokens(doc, head) | {c.start for c in country_like if claimed.get(id(c)) is m}
        attached = [c for c in country_like if id(c) not in used and any(i in np for i in c.tokens())
                    and not (c.start >= m.start and c.end <= m.end) and claimed.get(id(c), m) is m]
        if attached:
            attached += _coordinated_demonyms(doc, head, attached, [c for c in country_like if id(c) not in used])
        orgs = [o for o in mentions if o.type in ("org", "unknown") and any(i in np for i in o.tokens()) and
                o is not m and o.actor.kind != "MED"]
        # "ECOWAS leaders", "les combattants du JNIM", "Leaders of the Collective of Pastoral Communities in
        # Burkina Faso": the body itself, when no country comes before it
        if orgs and (not attached or all(o.start < c.start for o in orgs[:1] for c in attached)):
            drop.add(id(m))
            out.append(replace(m, actor=orgs[0].actor, type="org"))
            continue
        ruler = _ruler_of(doc, m, np, mentions) if not attached else None
        if ruler is not None:   # « le régime de l'ancien président Macky Sall », "Assad's regime"
            drop.add(id(m))
            out.append(replace(m, actor=country_actor(ruler.actor.country or "", m.actor.kind), type="composite"))
            continue
        if not attached:
            home = _home_country(doc, m, head, [c for c in country_like if id(c) not in used] + list(sites))
            if home is not None:   # "Opposition groups in Zimbabwe": the country they are in is theirs
                used.add(id(home))
                drop.add(id(m))
                out.append(replace(m, actor=country_actor(home.actor.country or "", m.actor.kind), type="composite"))
            continue
        drop.add(id(m))
        kind = m.actor.kind
        for c in attached:
            used.add(id(c))
            if _body_adjective(c):   # « les casques bleus onusiens », "European foreign ministers": the body
                a, b = min(m.start, c.start), max(m.end, c.end)
                out.append(ActorMention(c.actor, a, b, m.sentence, doc.tokens[a].idx, doc.tokens[b - 1].end, "org"))
                continue
            actor = country_actor(c.actor.country or c.actor.code or "", kind)
            if len(attached) == 1:
                a, b = min(m.start, c.start), max(m.end, c.end)
            else:
                a, b = c.start, c.end
            out.append(ActorMention(actor, a, b, m.sentence, doc.tokens[a].idx, doc.tokens[b - 1].end, "composite"))
    rest = [m for m in mentions if id(m) not in drop and id(m) not in used]
    return rest + out


def _coordinated_demonyms(doc: Document, head: int, attached: list[ActorMention],
                          free: list[ActorMention]) -> list[ActorMention]:
    """« les armées malienne, burkinabè et nigérienne »: demonyms joined to one already on the noun, parsed as
    conjuncts of the noun or of that demonym (a noun is not coordinated with an adjective), name an army each."""
    toks = doc.tokens
    heads = {head} | {i for c in attached for i in c.tokens()}
    return [c for c in free if c.type == "adjective" and c not in attached and c.end - c.start == 1 and
            toks[c.start].pos == "ADJ" and toks[c.start].dep == "conj" and toks[c.start].head in heads and
            toks[c.start].sent == toks[head].sent]


# Nouns of an armed attack whose "of"/« de » complement names the weapons that made it ("an attack of Russian drones").
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "raid", "raids", "barrage", "barrages", "wave", "salvo",
                "attaque", "attaques", "frappe", "frappes", "vague", "salve", "tirs", "bombardement", "bombardements"}
AGENT_PREPS = {"by", "par"}
OF_PREPS = {"of", "de", "d'", "d’", "d", "des", "du"}


def _weapons_acting(doc: Document, m: ActorMention, mentions: list[ActorMention]) -> bool:
    """Weapons stand for the forces that fire them only as the doer: the subject ("Israeli warplanes bombed"),
    the agent (« tués par des drones russes ») or what an attack is made of (« une attaque de drones russes »).
    Weapons delivered, used or shot down are things ("shot down five Indian fighter jets")."""
    toks = doc.tokens
    head = toks[_head_of(doc, m.start, m.end)]
    demonym = next((a for a in mentions if a.type == "adjective" and head.head in a.tokens()), None)
    if demonym is not None and head.dep == "amod":   # « de drones russes » parsed with the noun on its demonym
        head = toks[_head_of(doc, demonym.start, demonym.end)]
    for _ in range(4):
        if head.dep != "conj" or head.head == head.i:
            break
        head = toks[head.head]
    if head.dep in ("nsubj", "obl:agent", "agent"):
        return True
    cases = {_fold_word(toks[c].text) for c in doc.children[head.i] if toks[c].dep == "case"}
    if head.dep == "pobj" and head.head != head.i:
        cases.add(_fold_word(toks[head.head].text))
        governor = toks[toks[head.head].head]
    else:
        governor = toks[head.head]
    if cases & AGENT_PREPS:
        return True
    return bool(cases & OF_PREPS) and _fold_word(governor.text) in ATTACK_NOUNS


def _sectors_describing_bodies(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the rebel Revolutionary United Front", « le groupe jihadiste JNIM » seen from the other side: a sector word
    that describes a named body right after it is that body, not a second actor of its kind."""
    bodies = [o for o in mentions if o.type in ("org", "unknown")]
    out = []
    for m in mentions:
        if m.type == "sector":
            head = doc.tokens[_head_of(doc, m.start, m.end)]
            body = next((o for o in bodies if head.head in o.tokens() and 0 <= o.start - m.end <= 1), None)
            if body is not None and head.dep in ("amod", "compound", "nmod"):
                m = replace(m, actor=body.actor, type="org")
        out.append(m)
    return out


STATE_KINDS = frozenset({"GOV", "MIL", "COP"})


def _ruler_of(doc: Document, m: ActorMention, np: set[int], mentions: list[ActorMention]) -> ActorMention | None:
    """The state official of a known country whose government, regime or army sector noun `m` is, named by a
    possessive or an of/de complement: "Assad's regime", « le gouvernement de l'ancien président Macky Sall »."""
    if m.actor.kind not in STATE_KINDS:
        return None
    for p in mentions:
        if p.type != "person" or not p.actor.country or p.actor.kind not in STATE_KINDS:
            continue
        if p.start >= m.end and any(i in np for i in p.tokens()) or \
                p.end + 1 == m.start and _possessive_after(doc, p):
            return p
    return None


# Sector kinds whose members live where they are: "opposition groups in Zimbabwe", « les enseignants au Mali ».
# Not troops, peacekeepers, gunmen or refugees, who are often foreign to the place they are in.
RESIDENT_KINDS = {"GOV", "COP", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "EDU", "REL", "LAB"}
# Sector words for people who are foreign to where they are ("foreign nationals in Mali", "tourists in Niger").
FOREIGN_WORDS = {"foreign", "foreigners", "national", "nationals", "expatriate", "expatriates", "tourist", "tourists",
                 "hostage", "hostages", "ressortissant", "ressortissants", "ressortissante", "ressortissantes",
                 "expatrie", "expatries", "touriste", "touristes", "otage", "otages", "etranger", "etrangers",
                 "etrangere", "etrangeres", "ambassador", "ambassadors", "ambassadeur", "ambassadeurs", "embassy",
                 "ambassade", "envoy", "diplomat", "diplomats", "diplomate", "diplomates", "delegation", "consulate",
                 "consulat", "emissaire", "counterpart", "counterparts", "homologue", "homologues", "ally", "allies",
                 "allie", "international", "internationaux", "internationale", "western", "occidentaux"}
IN_PREPS = {"in", "en", "au", "aux", "dans"}
CITY_PREPS = {"a"}   # « à », folded


def _home_country(doc: Document, m: ActorMention, head: int, countries: list[ActorMention]) -> ActorMention | None:
    """The country named by "in X" / « en X » right on a sector noun of a resident kind, if any."""
    if m.actor.kind not in RESIDENT_KINDS:
        return None
    np = _np_tokens(doc, head) | set(m.tokens())
    if any(_fold_word(doc.tokens[i].text) in FOREIGN_WORDS for i in np):
        return None
    for c in countries:
        if c.type != "country" or c.start <= m.end - 1 or c.start - m.end > 2:
            continue
        preps = IN_PREPS | CITY_PREPS if c.locative == PLACE else IN_PREPS   # « la police à Bamako »
        p = c.start - 1 if _fold_word(doc.tokens[c.start - 1].text) in preps else c.start - 2
        if p < m.end or _fold_word(doc.tokens[p].text) not in preps:
            continue
        c_head = doc.tokens[_head_of(doc, c.start, c.end)]
        gov = c_head.head if c_head.dep not in ("pobj",) else doc.tokens[c_head.head].head
        if gov == head or m.start <= gov < m.end:
            return c
    return None


def _absorb_titles(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Russian Foreign Minister Sergey Lavrov", "Abdoulaye Diop, Mali's foreign minister", "le chef de la
    diplomatie russe, Sergueï Lavrov": the title is a mention of the person, and gives an unknown person
    their code."""
    people = [m for m in mentions if m.type == "person"]
    if not people:
        return mentions
    titled: dict[int, ActorMention] = {}      # id(title mention) -> person mention
    missions = _mission_places(doc, mentions)
    for p in people:
        p_tokens = set(p.tokens())
        for m in mentions:
            if id(m) in missions and missions[id(m)] is not p and id(missions[id(m)]) not in titled and \
                    m.sentence == p.sentence and m.end <= p.start and _adjacent(doc, m, p):
                titled[id(missions[id(m)])] = p   # "the UN special envoy for Yemen, Hans Grundberg": the UN's
                continue
            if m is p or m.type not in ("sector", "composite", "adjective", "country", "org") or id(m) in titled \
                    or id(m) in missions:
                continue
            if m.type == "org" and p.actor.code not in (None, "IGO", p.actor.kind):
                continue  # a known official keeps their own code
            if m.sentence != p.sentence or not _adjacent(doc, m, p):
                continue
            m_tokens = set(m.tokens())
            lo, hi = min(m.start, p.start), max(m.end, p.end)
            group = m_tokens | p_tokens | set(range(lo, hi))  # title words between ("Secretary-General")
            title_on_person = all(doc.tokens[i].head in group or doc.tokens[i].head == i or
                                  (doc.tokens[i].dep == "appos" and doc.tokens[i].head in p_tokens) for i in m_tokens)
            person_on_title = any(
                doc.tokens[i].head in m_tokens and (
                    doc.tokens[i].dep in ("appos", "flat:name", "nmod", "compound") or
                    # "le chef de la diplomatie russe, Sergueï Lavrov": an apposition parsed as a conjunct
                    (doc.tokens[i].dep == "conj" and not any(doc.tokens[c].dep == "cc" for c in doc.children[i])
                     and doc.tokens[p.start - 1].text == ","))
                for i in p_tokens)
            if title_on_person or person_on_title:
                titled[id(m)] = p
    if not titled:
        return mentions
    coded: dict[int, Actor] = {}
    for m in mentions:
        named = titled.get(id(m))
        if named is None or id(named) in coded:
            continue
        person = named.actor
        if m.type == "org" and person.code in (None, "IGO", person.kind):
            coded[id(named)] = replace(person, code=m.actor.code, country=m.actor.country or person.country,
                                       kind=person.kind or m.actor.kind)  # "UN Secretary-General Antonio Guterres"
        elif person.code is None and m.actor.country:
            coded[id(named)] = replace(person, code=m.actor.code, country=m.actor.country, kind=m.actor.kind)
        elif person.code is None and person.kind is None and m.type == "sector":
            coded[id(named)] = replace(person, kind=m.actor.kind)  # "President Javier Milei": a GOV person
    out = []
    for m in mentions:
        named = titled.get(id(m))
        if named is not None and m.type == "country" and _possessive_after(doc, m):
            out.append(m)   # "Mali's Aminata Dicko": Mali gives her its country and stays the country
        elif named is not None:
            out.append(replace(m, actor=coded.get(id(named), named.actor), type="person"))
        elif id(m) in coded:
            out.append(replace(m, actor=coded[id(m)]))
        else:
            out.append(m)
    return out


_TITLE_RUN = 4   # tokens: the rest of an office's name between its state and the holder ("des Affaires étrangères")
_TITLE_RUN_TAGS = {"ADP", "DET", "NOUN", "PROPN", "ADJ"}


def _titles_run_into_names(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« le ministre malaisien des Affaires étrangères Darusman Hakimi », "Foreign Minister of Malaysia X": an
    unknown person right after a state's titled office, with only the rest of the office's name between and no
    comma, holds it, however many states the sentence names. An office with no state ("the Federal Minister for
    Interior Aftab Sherpao") makes the person an official of its kind, and names them: the state may come later
    (_officials_of_the_sentence)."""
    out = list(mentions)
    for k, p in enumerate(out):
        if p.type != "person" or p.actor.code is not None:
            continue
        title = max((m for m in out if m.sentence == p.sentence and m.end <= p.start and m.actor.kind in STATE_KINDS
                     and (m.type in ("composite", "person") and m.actor.country or m.type == "sector")),
                    key=lambda m: m.end, default=None)
        if title is None or p.start - title.end > _TITLE_RUN or not _holds_office(doc, title) or \
                any(doc.tokens[i].pos not in _TITLE_RUN_TAGS for i in range(title.end, p.start)) or \
                any(m.start >= title.end and m.end <= p.start for m in out):
            continue
        if title.type == "sector":
            person = replace(p.actor, kind=title.actor.kind)
            out[out.index(title)] = replace(title, actor=person, type="person")
            out[k] = replace(p, actor=person)
            continue
        out[k] = replace(p, actor=replace(p.actor, code=title.actor.code, country=title.actor.country,
                                          kind=title.actor.kind))
    return out


def _holds_office(doc: Document, m: ActorMention) -> bool:
    return any(_fold_word(doc.tokens[i].text) in TITLES | OFFICE_HOLDERS for i in m.tokens())


_TITLE_MENTIONS = ("adjective", "country", "modifier", "composite", "org", "capital", "sector")
_DESCRIPTION_REACH = 8   # tokens: a description set off by commas is a short noun phrase


def _appositive_titles(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« le secrétaire américain au Trésor, Scott Bessent », « le chef de l'armée, le général X », "Louise Aubin,
    the UN resident coordinator": a person the dictionaries lack, set off by a comma from a description, takes
    the state or the body that description names (its country word, or a body such as the UN or an army)."""
    coded: dict[str, Actor] = {}
    for p in mentions:
        if p.type != "person" or p.actor.country or p.actor.code not in (None, p.actor.kind) or p.actor.id in coded:
            continue
        described = _description_beside(doc, p)
        title = next((m for m in sorted(mentions, key=lambda m: -m.end) if m is not p and m.type in _TITLE_MENTIONS
                      and m.locative is None and set(m.tokens()) <= described and
                      (m.actor.country or m.actor.kind == "IGO")), None)
        if title is None:
            continue
        t = title.actor
        if t.country and t.kind in STATE_KINDS:
            coded[p.actor.id] = replace(p.actor, country=t.country, code=t.code, kind=t.kind)
        elif t.country and title.type in ("adjective", "country", "modifier", "capital"):
            kind = p.actor.kind or "GOV"
            coded[p.actor.id] = replace(p.actor, country=t.country, code=t.country + kind, kind=kind)
        elif t.kind == "IGO":
            coded[p.actor.id] = replace(p.actor, country=t.country, code=t.code, kind=p.actor.kind or t.kind)
    return [replace(m, actor=coded[m.actor.id]) if m.actor.id in coded else m for m in mentions]


def _officials_of_the_sentence(mentions: list[ActorMention]) -> list[ActorMention]:
    """"Germany delivered another system to Ukraine, Defence Minister Boris Pistorius said": an official the
    dictionaries lack, with a title but no country, serves the one state the sentence names outside its
    places."""
    coded: dict[str, Actor] = {}
    for p in mentions:
        if p.type != "person" or p.actor.country or p.actor.kind not in STATE_KINDS or \
                p.actor.code not in (None, p.actor.kind):
            continue
        states = {m.actor.country for m in mentions if m.sentence == p.sentence and m.actor.country and
                  m.locative is None and m.type in ("country", "capital", "adjective", "modifier", "composite")}
        if len(states) == 1:
            country = states.pop() or ""
            coded[p.actor.id] = replace(p.actor, country=country, code=country + (p.actor.kind or ""))
    return [replace(m, actor=coded[m.actor.id]) if m.actor.id in coded else m for m in mentions]


def _description_beside(doc: Document, p: ActorMention) -> set[int]:
    """The tokens of the noun phrase set off by a comma right before the person (past a title and its article:
    « le chef de l'armée, le général X ») or right after them ("X, the UN resident coordinator,"). A phrase that
    opens with a preposition ("In Mali, X") is a setting, not a description."""
    toks = doc.tokens
    sent = toks[p.start].sent
    out: set[int] = set()
    i = p.start - 1
    while i >= 0 and toks[i].sent == sent and (toks[i].pos == "DET" or _fold_word(toks[i].text) in TITLES):
        i -= 1
    if i >= 1 and toks[i].text == "," and toks[i - 1].sent == sent:
        j = i - 1
        while j - 1 >= 0 and i - j < _DESCRIPTION_REACH and toks[j - 1].sent == sent and \
                toks[j - 1].pos not in ("PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            j -= 1
        object_of_verb = j > 0 and toks[j - 1].pos in ("VERB", "AUX") and toks[j].pos != "ADP"
        if not object_of_verb and (toks[j].pos != "ADP" or j != doc.sentences[sent].start):
            out |= set(range(j + (toks[j].pos == "ADP"), i))   # "par le secrétaire américain au Trésor, X"
    k = p.end
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].pos == "DET" and toks[k + 1].sent == sent:
        e = k + 1
        while e < len(toks) and e - k <= _DESCRIPTION_REACH and toks[e].sent == sent and \
                toks[e].pos not in ("PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            e += 1
        out |= set(range(k + 1, e))
    return out


MISSION_PREPS = {"for", "pour", "to", "in", "au", "aux", "en"}


def _mission_places(doc: Document, mentions: list[ActorMention]) -> dict[int, ActorMention]:
    """"the UN special envoy for Yemen", « l'envoyé spécial de l'ONU pour le Yémen »: a country after for/pour
    that ends an official's title is where the official serves, not whom they serve. Maps id(country mention)
    to the mention of the title (or of its body) right before the preposition."""
    toks = doc.tokens
    ending = {m.end: m for m in mentions if m.type in ("org", "sector", "composite") and m.actor.kind != "MIL"}
    out: dict[int, ActorMention] = {}
    for c in mentions:
        if c.type != "country":
            continue
        j = c.start - 1
        while j > 0 and toks[j].pos == "DET":
            j -= 1
        if j < 1 or _fold_word(toks[j].text) not in MISSION_PREPS or toks[j].sent != toks[c.start].sent:
            continue
        title = ending.get(j)
        if title is not None and (title.type == "org" or any(
                _fold_word(toks[i].text) in ENVOY_WORDS for i in title.tokens())):
            out[id(c)] = title
    return out


# Officials sent somewhere, whose "for X" names where they serve.
ENVOY_WORDS = {"envoy", "envoys", "envoye", "envoyee", "emissaire", "representative", "representant",
               "representante", "ambassador", "ambassadeur", "ambassadrice", "coordinator", "coordonnateur", "coordinateur", "mediator", "mediateur", "special"}


def _possessive_after(doc: Document, m: ActorMention) -> bool:
    return m.end < len(doc.tokens) and doc.tokens[m.end].text in ("'s", "’s")


def _adjacent(doc: Document, m: ActorMention, p: ActorMention) -> bool:
    """True when only punctuation, determiners, possessive markers or title words separate m and p."""
    if m.end <= p.start:
        between = range(m.end, p.start)
    elif p.end <= m.start:
        between = range(p.end, m.start)
    else:
        return True
    return all(doc.tokens[i].pos in ("PUNCT", "DET", "PART", "ADJ", "PROPN", "NOUN") and
               doc.tokens[i].pos != "VERB" for i in between) and len(between) <= 4


def _short_forms(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """Link "the Network" or "the Campaign Network" to an earlier "Sahel Solidarity Campaign Network"."""
    named = [m for m in mentions if m.type in ("unknown", "org", "person") and len(key(m.actor.name)) > 1]
    if not named:
        return mentions
    relinked = []
    for m in mentions:
        if m.type in ("unknown", "person") and m.actor.id.startswith("name:"):
            short = key(m.actor.name)
            for full in sorted(named, key=lambda n: -n.start):
                if full.start < m.start and full is not m and any(
                        len(short) < len(fk) and fk[-len(short):] == short for fk in _full_keys(doc, full)) \
                        and (len(short) == 1 if full.type == "person" else _holds_body_word(short)):
                    m = replace(m, actor=full.actor, type=full.type)
                    break
        relinked.append(m)
    mentions = relinked
    covered = {i for m in mentions for i in m.tokens()}
    out = list(mentions)
    toks = doc.tokens
    i = 0
    while i < len(toks):
        if i in covered or not toks[i].text[:1].isupper() or toks[i].pos not in ("PROPN", "NOUN"):
            i += 1
            continue
        j = i
        while j < len(toks) and j not in covered and toks[j].text[:1].isupper() and toks[j].pos in ("PROPN", "NOUN") \
                and toks[j].sent == toks[i].sent:
            j += 1
        phrase = key(doc.span_text(i, j))
        for m in sorted(named, key=lambda m: -m.start):
            if m.start >= i:
                continue
            if phrase and any(len(phrase) < len(full_key) and full_key[-len(phrase):] == phrase
                              for full_key in _full_keys(doc, m)) and \
                    (len(phrase) == 1 if m.type == "person" else _holds_body_word(phrase)):
                out.append(ActorMention(m.actor, i, j, toks[i].sent, toks[i].idx, toks[j - 1].end, m.type))
                break
        i = j
    return out


def _full_keys(doc: Document, m: ActorMention) -> list[tuple[str, ...]]:
    """The keys a later short form may end: the actor's name, and for a person also the name as this text
    spells it ("Volodymyr Zelenskiy", resolved to the dictionary's "Volodymyr Zelenskyy", so "Zelenskiy" alone
    is the same man)."""
    keys = [key(m.actor.name)]
    if m.type == "person":
        keys.append(key(doc.text[m.char_start:m.char_end]))
    return keys


def _holds_body_word(words_: tuple[str, ...]) -> bool:
    """"the Network", "the Campaign Network": a short form of a body names the kind of body; "Éducation" alone
    is a common word of « Coalition des syndicats de l'éducation », not that coalition."""
    return bool(set(words_) & (BODY_HEADS | BODY_WORDS | OUTLET_NOUNS))


def _lone_body_words(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« la Commission », « le Conseil », « l'organisation », "the Commission": a body word alone is the body
    named before it whose name holds the word (« la Commission de la CEDEAO », whose dictionary match is only
    « CEDEAO »), never a new body; with no such body before it, it is no actor."""
    out: list[ActorMention] = []
    covered = {i for m in mentions for i in m.tokens()}
    for m in mentions:
        if m.type == "unknown" and m.end - m.start == 1 and _fold_word(doc.tokens[m.start].text) in BODY_HEADS | BODY_WORDS:
            back = _body_before(doc, m.start, mentions)
            if back is not None:
                out.append(replace(m, actor=back.actor, type=back.type))
            continue
        out.append(m)
    for i, t in enumerate(doc.tokens):   # lower-case and definite: « l'organisation demande », "the commission said"
        w = _fold_word(t.text)
        if i in covered or t.pos != "NOUN" or not t.text.islower() or w not in BODY_HEADS | BODY_WORDS or \
                i == 0 or _fold_word(doc.tokens[i - 1].text) not in DEFINITE or \
                any(doc.tokens[c].dep in ("nmod", "amod", "prep", "compound") for c in doc.children[i]):
            continue
        back = _body_before(doc, i, mentions, exact=True)
        if back is not None:
            out.append(ActorMention(back.actor, i, i + 1, t.sent, t.idx, t.end, back.type))
    return out


DEFINITE = {"le", "la", "l'", "l", "the", "cette", "this"}


def _bracketed_acronyms(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"The International Labor Office (ILO)", « l'Alliance pour la refondation (APR) »: a name and the acronym in
    brackets right after it are one actor, mentioned once. A name the dictionaries lack takes the actor of a known
    acronym; an acronym nobody knows becomes another name of the body, wherever it is used later."""
    toks = doc.tokens
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    at = {m.start: m for m in ordered}
    same: dict[str, Actor] = {}     # actor id -> the actor it stands for
    aliases: dict[str, ActorMention] = {}   # an acronym no dictionary knows -> the body it names
    dropped: set[int] = set()
    renamed: dict[int, Actor] = {}
    named: set[int] = set()          # names whose bracketed acronym was a mention of its own
    grown: dict[int, int] = {}       # a mention's new end, past the body noun it names
    for name in ordered:
        a = name.end + 1
        if name.type not in ("org", "unknown") or a + 1 >= len(toks) or toks[name.end].text != "(":
            continue
        acro = at.get(a)
        close = acro.end if acro is not None else a + 1
        if close >= len(toks) or toks[close].text != ")" or not is_acronym(doc.span_text(a, close), 10, lower=1):
            continue
        if acro is None:
            if not any(m.start <= a < m.end for m in ordered):
                aliases[toks[a].text] = name
            continue
        if acro.type not in ("org", "unknown"):
            continue
        dropped.add(id(acro))
        named.add(id(name))
        if name.actor.id == acro.actor.id:
            continue
        if acro.type == "org" and name.type == "org":
            renamed[id(name)] = acro.actor   # two dictionary bodies: the acronym says which one is meant
        elif acro.type == "org":
            same[name.actor.id] = acro.actor
        else:
            same[acro.actor.id] = same.get(name.actor.id, name.actor)
    for m in ordered:   # "The Asia-Pacific Economic Cooperation (APEC) forum": the forum is the body
        close = m.end + 3 if id(m) in named and m.end + 2 < len(toks) and toks[m.end + 2].text == ")" else m.end
        if close < len(toks) and _body_noun_after(doc, m, close):
            grown[id(m)] = close + 1
    for m in ordered:   # the acronym used later, which the model found on its own: the same body
        body = aliases.get(doc.span_text(m.start, m.end))
        if body is not None and m.type == "unknown" and m.start > body.end:
            same[m.actor.id] = same.get(body.actor.id, body.actor)
    out = [_as_actor(m, renamed.get(id(m)) or same[m.actor.id]) if m.actor.id in same or id(m) in renamed else m
           for m in mentions if id(m) not in dropped]
    out = [replace(m, end=grown[id(m)], char_end=toks[grown[id(m)] - 1].end) if id(m) in grown else m for m in out]
    covered = {i for m in mentions for i in m.tokens()}
    for i, t in enumerate(toks):
        body = aliases.get(t.text)
        if body is not None and i > body.end + 2 and i not in covered:   # "... (ARS). L'ARS exige"
            out.append(ActorMention(same.get(body.actor.id, body.actor), i, i + 1, t.sent, t.idx, t.end, body.type))
    return out


# Nouns after a body's name that only say what kind of body it is ("the APEC forum", "the ECOWAS bloc").
BODY_NOUNS_AFTER = {"forum", "bloc", "grouping", "organisation", "organization", "alliance", "body", "group",
                    "coalition", "movement", "network", "union", "federation"}


def _body_noun_after(doc: Document, m: ActorMention, i: int) -> bool:
    """True when token `i`, right after the mention of a body (past its acronym in brackets), is a lower-case
    noun such as "forum" or "bloc" that heads the name: that noun is the body too, and the clause's subject."""
    if m.type not in ("org", "unknown") or m.actor.kind not in ("IGO", "NGO", None):
        return False
    t = doc.tokens[i]
    head = doc.tokens[_head_of(doc, m.start, m.end)]
    return t.text.islower() and t.pos == "NOUN" and _fold_word(t.text) in BODY_NOUNS_AFTER and head.head == i and \
        t.sent == head.sent


# Nouns a definite description of a body is headed by, with the kinds of body each can stand for (None: a body
# whose kind is unknown): "the aid security group", « le mouvement chiite », "the party's leaders".
_NON_STATE = frozenset({"NGO", "UAG", "REB", "BUS", "OPP", "LAB", "MED", None})
DESCRIPTION_NOUNS: dict[str, frozenset[str | None]] = {
    "group": _NON_STATE, "groupe": _NON_STATE,
    "organisation": frozenset({"NGO", "IGO", "LAB", None}), "organization": frozenset({"NGO", "IGO", "LAB", None}),
    "movement": frozenset({"REB", "OPP", "UAG", None}), "mouvement": frozenset({"REB", "OPP", "UAG", None}),
    "party": frozenset({"OPP", "REB", None}), "parti": frozenset({"OPP", "REB", None}),
    "alliance": frozenset({"REB", "OPP", "UAG", "IGO", None}), "coalition": frozenset({"REB", "OPP", "UAG", None}),
    "militia": frozenset({"UAG", "REB"}), "milice": frozenset({"UAG", "REB"}),
    "bloc": frozenset({"IGO"}), "ngo": frozenset({"NGO"}), "ong": frozenset({"NGO"}),
    "association": frozenset({"NGO", None}), "charity": frozenset({"NGO"}),
    "company": frozenset({"BUS"}), "firm": frozenset({"BUS"}), "societe": frozenset({"BUS"}),
    "entreprise": frozenset({"BUS"}), "miner": frozenset({"BUS"}),
    # "JNIM claimed the assaults. The army said it had repelled the attackers": the armed group just named
    **{w: frozenset({"UAG", "REB"}) for w in (
        "attackers", "assailants", "assaillants", "agresseurs", "insurgents", "insurges", "jihadists", "jihadistes",
        "djihadistes", "militants", "rebels", "rebelles", "terrorists", "terroristes", "fighters", "combattants")}}
DEMONSTRATIVE = DEFINITE | {"ce", "cet", "these", "ces", "that", "les", "those"}


def _definite_descriptions(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"... the International NGO Safety Organisation (INSO) ..., accusing the aid security group of spying",
    « si le Hezbollah n'était pas désarmé, accusant le mouvement chiite de se réarmer »: a definite noun phrase
    headed by a kind of body, naming none, is the latest body of a fitting kind named before it in the same or
    the previous sentence. "the party's leaders" speak for that party."""
    toks = doc.tokens
    covered = {i: m for m in mentions for i in m.tokens()}
    out = list(mentions)
    for i, t in enumerate(toks):
        kinds = DESCRIPTION_NOUNS.get(_fold_word(t.text))
        if kinds is None or not t.text.islower() or t.pos not in ("NOUN", "PROPN") or \
                i in covered and covered[i].type not in ("sector",):
            continue
        start = _description_start(doc, i)
        if start is None or any(j in covered and covered[j].type != "sector" for j in range(start, i)) or \
                i + 1 < len(toks) and _is_name_word(toks[i + 1]) or \
                any(m.type not in ("sector", "adjective") and m.start > i and _complement_of(doc, m, i)
                    for m in mentions):
            continue   # "the Wagner group", "the group Wagner", "the group of JNIM fighters": named there
        sectors = [covered[j] for j in range(start, i + 1) if j in covered]
        want = {m.actor.kind for m in sectors} or None
        body = _body_described(doc, start, mentions, kinds, want)
        if body is None:
            continue
        out = [m for m in out if m not in sectors]
        out.append(ActorMention(body.actor, start, i + 1, t.sent, toks[start].idx, t.end, body.type))
        covered.update({j: out[-1] for j in range(start, i + 1)})
    return _body_officials(doc, out)


def _body_officials(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the party's leaders", "the movement's spokesman": officials of a body named by a possessive speak for
    that body, not for a state."""
    toks = doc.tokens
    ending = {m.end: m for m in mentions if m.type in ("org", "unknown")}
    out = []
    for m in mentions:
        body = ending.get(m.start - 1)
        if m.type == "sector" and m.actor.kind == "GOV" and body is not None and toks[m.start - 1].text in ("'s", "’s"):
            m = replace(m, actor=body.actor, type=body.type)
        out.append(m)
    return out


def _complement_of(doc: Document, m: ActorMention, i: int) -> bool:
    """True when mention `m` is the of/de complement of noun `i` ("the group of JNIM fighters")."""
    toks = doc.tokens
    h = toks[_head_of(doc, m.start, m.end)]
    gov = toks[h.head]
    if gov.i != i and gov.pos == "ADP" and gov.lower in LINK_PREPS:
        gov = toks[gov.head]
    return gov.i == i


def _description_start(doc: Document, i: int) -> int | None:
    """The first word after the determiner of a definite description headed by token `i` (its modifiers: "the
    aid security group"); None when no definite determiner opens it."""
    toks = doc.tokens
    j = i
    while j > 0 and i - j < 3 and toks[j - 1].sent == toks[i].sent and toks[j - 1].text.islower() and \
            toks[j - 1].pos in ("NOUN", "ADJ", "PROPN") :
        j -= 1
    if j > 0 and _fold_word(toks[j - 1].text) in DEMONSTRATIVE and toks[j - 1].pos == "DET":
        return j
    return None


def _body_described(doc: Document, start: int, mentions: list[ActorMention], kinds: frozenset[str | None],
                    want: set[str | None] | None) -> ActorMention | None:
    """The latest body named before token `start`, in its sentence or the one before, of one of `kinds` (and of
    the kinds of the sector words in the description, `want`, when it has some: "the armed group")."""
    sent = doc.tokens[start].sent
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.end > start or m.sentence < sent - 1 or m.type not in ("org", "unknown") or \
                m.actor.kind not in kinds:
            continue
        if want is not None and not ({m.actor.kind} | (ARMED_KINDS if m.actor.kind in ARMED_KINDS else frozenset())) & want:
            continue
        return m
    return None


def _as_actor(m: ActorMention, actor: Actor) -> ActorMention:
    """Mention `m` standing for `actor`: a dictionary organisation when that actor is one."""
    return replace(m, actor=actor, type=m.type if actor.id.startswith("name:") else "org")


def _body_before(doc: Document, i: int, mentions: list[ActorMention], exact: bool = False) -> ActorMention | None:
    """The latest body before token `i` whose name holds its word, or whose name is the complement of that word
    (« la Commission de la CEDEAO »). `exact`: only a body whose name holds the word."""
    w = _fold_word(doc.tokens[i].text)
    bodies = [m for m in mentions if m.end <= i and m.type in ("org", "unknown") and m.end - m.start > 1 or
              m.end <= i and m.type == "org"]
    for m in reversed(bodies):
        if w in key(m.actor.name) or any(w in key(a) for a in m.actor.aliases):
            return m
    for j in range(i - 1, -1, -1):
        if _fold_word(doc.tokens[j].text) != w:
            continue
        np = _np_tokens(doc, j)
        inside = [m for m in bodies if any(k in np for k in m.tokens())]
        if inside:
            return inside[0]
    return None


LED = {"led", "backed", "linked", "allied", "dominated", "affiliated"}


def _led_by_someone(doc: Document, m: ActorMention) -> ActorMention:
    """"Tuareg-led rebels", "Islamist-dominated insurgents": rebels described by who leads them, not named and
    given no country, are an unnamed armed group (GUIDE rule 12)."""
    if m.type != "sector" or m.actor.kind != "REB" or m.actor.country or m.start < 2:
        return m
    toks = doc.tokens
    if toks[m.start - 1].lower in LED and toks[m.start - 2].text in HYPHENS or \
            any(toks[m.start - 1].lower.endswith(("-" + w, "‑" + w)) for w in LED):
        return replace(m, actor=sector_actor("UAG"))
    return m


# Offices that exist only inside a state: "its governor", « son maire », "their prefect" are of the country the
# sentence has named before them.
DOMESTIC_OFFICES = {"governor", "governors", "mayor", "mayors", "prefect", "prefects", "gouverneur", "gouverneurs",
                    "prefet", "prefets", "maire", "maires"}
POSSESSIVES = {"its", "their", "son", "sa", "ses", "leur", "leurs"}


def _domestic_offices(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"declared a state of emergency in Rivers State and suspended its governor": a domestic office with a
    possessive pronoun and no country takes the country of the last actor with one earlier in the sentence."""
    out = []
    for m in mentions:
        toks = doc.tokens
        if m.type == "sector" and m.actor.country is None and m.start > 0 and \
                _fold_word(toks[m.start - 1].text) in POSSESSIVES and \
                _fold_word(toks[_head_of(doc, m.start, m.end)].text) in DOMESTIC_OFFICES:
            before = [b for b in mentions if b.sentence == m.sentence and b.end <= m.start and b.actor.country]
            if before:
                country = max(before, key=lambda b: b.end).actor.country or ""
                m = replace(m, actor=country_actor(country, m.actor.kind), type="composite")
        out.append(m)
    return out


LOCAL_KINDS = frozenset({"GOV", "COP", "JUD", "EDU"})
PlaceIndex = dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]]


def _local_offices(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the Kebbi State government", « le gouverneur de la région de Tillabéri », « le tribunal de Gao », « l'académie
    d'enseignement de Tombouctou »: a state office or school of a province or town of the places gazetteer or of the
    actor dictionaries (named by its of/de complement or a compound) is of that place's country."""
    from newsgraph.geo.places import place_gazetteer

    index = place_gazetteer().index
    toks = doc.tokens
    places = {m.start: m.actor.country for m in mentions if m.locative == PLACE and m.actor.country}
    out = []
    for m in mentions:
        if m.type == "sector" and m.actor.country is None and m.actor.kind in LOCAL_KINDS:
            np = sorted(_np_tokens(doc, _head_of(doc, m.start, m.end)) - set(m.tokens()))
            for i in np:
                if not toks[i].text[:1].isupper():
                    continue
                country = _place_country(doc, i, index) or places.get(i)
                if country:
                    m = replace(m, actor=country_actor(country, m.actor.kind), type="composite")
                    break
        out.append(m)
    return out


def _place_country(doc: Document, i: int, index: PlaceIndex) -> str | None:
    """The country of the place of the Sahel gazetteer whose name starts at token `i`, if one does."""
    ws = words(doc.text[doc.tokens[i].idx:doc.tokens[min(i + 3, len(doc.tokens) - 1)].end])
    names = [w for w, _, _ in ws]
    for k, source, row in index.get(names[0] if names else "", ()):
        if source == "sahel" and tuple(names[:len(k)]) == k:
            return str(row["country"])
    return None


def _country_modifiers(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Sudan's paramilitary Rapid Support Forces", "Yemen's Houthis": the country describes the body."""
    bodies = [m for m in mentions if m.type in ("org", "person", "unknown")]
    out = []
    for m in mentions:
        if m.type in ("country", "capital", "adjective"):
            head = doc.tokens[_head_of(doc, m.start, m.end)]
            if head.dep in ("poss", "nmod:poss", "amod", "compound", "nmod") and any(
                    head.head in b.tokens() for b in bodies):
                m = replace(m, type="modifier")
        out.append(m)
    return out


def _country_of_unknown_bodies(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Le Conseil supérieur de la communication du Burkina Faso": an unknown body takes the country its
    phrase names."""
    countries = [m for m in mentions if m.type in ("country", "adjective", "modifier", "capital")]
    out = []
    for m in mentions:
        if m.type == "unknown" and m.actor.country is None:
            np = _np_tokens(doc, _head_of(doc, m.start, m.end))
            for c in countries:
                if any(i in np for i in c.tokens()) and c.actor.country:
                    kind = m.actor.kind
                    m = replace(m, actor=replace(m.actor, country=c.actor.country,
                                                 code=c.actor.country + (kind or "")))
                    break
        out.append(m)
    out = [_country_after(doc, m, countries) for m in out]
    national = {c.actor.country for c in countries if c.type != "modifier"}
    states = {m.actor.country for m in out if m.actor.country and m.type != "modifier"}
    if len(national) == 1:   # « Au Mali, la Haute autorité de la communication »: a national body of the one country
        only = national.pop() or ""
        out = [replace(m, actor=replace(m.actor, country=only, code=only + (m.actor.kind or "")))
               if m.type == "unknown" and m.actor.country is None and (
                   m.actor.kind in ("GOV", "JUD") and _fold_word(doc.tokens[m.start].text) in NATIONAL_BODY_HEADS or
                   m.actor.kind in DOMESTIC_KINDS) else m for m in out]
    # "Ivory Coast's main opposition party ... the Constitutional Council's decision", « l'Assemblée nationale » in a
    # text on Senegal: a state institution written as a name is of the one country the text names
    if len(states) == 1:
        only = states.pop()
        # the institution stays itself (not "the government": « le président a dissous l'Assemblée nationale »)
        # (its name carries the country, so Senegal's and Mali's « Assemblée nationale » are two actors in a store)
        out = [replace(m, actor=replace(m.actor, id=name_id(f"{doc.span_text(m.start, m.end)} ({only})"),
                                        name=f"{doc.span_text(m.start, m.end)} ({only})", country=only,
                                        code=only + (m.actor.kind or "")))
               if _institution_named(doc, m) else m for m in out]
    placed = {m.actor.id: m.actor for m in out if m.type == "unknown" and m.actor.country}
    # "Leaders of the Collective ... in Burkina Faso": every mention of the body carries its country
    return [replace(m, actor=placed[m.actor.id]) if m.actor.id in placed and m.actor.country is None else m
            for m in out]


def _institution_named(doc: Document, m: ActorMention) -> bool:
    """A dictionary body noun of a state written as the name of an institution: capitalised, and not merely because
    it opens the sentence ("the Constitutional Council", « l'Assemblée nationale », not "Officials said")."""
    toks = doc.tokens
    return m.type == "sector" and m.actor.country is None and m.actor.kind in ("GOV", "JUD") and \
        toks[m.start].text[:1].isupper() and \
        (m.start != doc.sentences[m.sentence].start or m.end - m.start > 1 and toks[m.end - 1].text[:1].isupper())


# Kinds of bodies that, unnamed by country, are of the one country an article names: a union or a school gathers
# people where they live (« l'Union des professionnels de la presse en ligne » in a text on Mali).
DOMESTIC_KINDS = frozenset({"LAB", "EDU"})
# First words of the names of a state's own bodies: regulators, authorities, high councils.
NATIONAL_BODY_HEADS = {"haute", "haut", "autorite", "authority", "conseil", "council", "commission", "agence",
                       "agency", "ministere", "ministry", "cour", "court", "tribunal", "direction", "office"}


def _country_after(doc: Document, m: ActorMention, countries: list[ActorMention]) -> ActorMention:
    """« La Haute Autorité de l'audiovisuel et de la communication (HAAC) du Togo », "the Media Council of
    Kenya": a body the dictionaries lack, named with « du/de la/de l' » or "of" and a country right after its name
    (past an acronym in brackets), is that country's."""
    if m.type != "unknown" or m.actor.country is not None or m.actor.kind in ("IGO", "MED"):
        return m
    toks = doc.tokens
    j = m.end
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
        j += 3
    if j < len(toks) and _fold_word(toks[j].text) in ("of", "du", "de", "d'", "d"):
        j += 1
        while j < len(toks) and toks[j].pos == "DET":
            j += 1
        c = next((c for c in countries if c.start == j and c.type in ("country", "modifier")), None)
        if c is not None and c.actor.country:
            kind = m.actor.kind
            return replace(m, actor=replace(m.actor, country=c.actor.country, code=c.actor.country + (kind or "")))
    return m


def _adjectives_alone(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """A demonym not joined to a sector noun names its country when it is a noun ("the Russians"); a body's
    adjective names the body on any noun, as the author of a report or a mission (« le rapport onusien »)."""
    out = []
    for m in mentions:
        if _body_adjective(m):
            m = replace(m, type="org")
        elif m.type == "adjective":
            head = doc.tokens[_head_of(doc, m.start, m.end)]
            if head.pos in ("NOUN", "PROPN") and head.i in m.tokens():
                m = replace(m, type="country")
        out.append(m)
    return out


def _body_adjective(m: ActorMention) -> bool:
    """An adjective standing for an international body (« onusien »), not for a state."""
    return m.type == "adjective" and not m.actor.country and m.actor.kind == "IGO"


# Offices a bloc's adjective makes the bloc's: its ministers sit in its council, its diplomacy is its own.
BLOC_OFFICES = {"minister", "ministers", "ministre", "ministres", "commissioner", "commissioners", "commissaire",
                "commissaires", "diplomacy", "diplomatie"}


def _on_an_office(doc: Document, a: int, b: int) -> bool:
    """Whether the adjective [a, b) qualifies an office noun ("European foreign ministers")."""
    head = doc.tokens[_head_of(doc, a, b)]
    return head.head != head.i and _fold_word(doc.tokens[head.head].text) in BLOC_OFFICES


# Single-holder offices a definite article can point back with: "the minister", « le président », « le souverain ».
OFFICE_HOLDERS = {"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson", "general",
                  "colonel", "captain", "commander", "envoy", "ambassador", "chancellor", "king", "emir", "leader",
                  "ministre", "president", "porte-parole", "general", "colonel", "capitaine", "commandant", "emissaire",
                  "ambassadeur", "ambassadrice", "chancelier", "roi", "emir", "dirigeant", "diplomate", "diplomat",
                  "monarch", "sovereign", "souverain", "monarque"}
# Words for a monarch, any of which a monarch's own title may use: « le roi Mohammed VI ... le souverain ».
MONARCH_WORDS = {"king", "monarch", "sovereign", "roi", "souverain", "monarque", "emir", "sultan", "queen", "reine"}
# A state's collective bodies, which a definite article names without their country: "the army", « le gouvernement »,
# « les autorités » (an office held by one person, « le chef de l'État », is no such body).
COLLECTIVE_HEADS = {"government", "gouvernement", "army", "armee", "military", "junta", "junte", "authorities",
                    "autorites", "police", "gendarmerie", "troops", "troupes", "soldiers", "soldats", "forces", "regime",
                    "executive", "executif", "armed", "armees", "militaires", "administration"}
DEFINITE_PLURAL = {"les"}
STATE_MENTION_TYPES = {"country", "capital", "composite", "person", "sector"}
POINTING_BACK = 3   # sentences: a definite office rarely looks further back than a short paragraph


def _titles_pointing_back(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Lavrov met Diop in Moscow. The minister later criticised France", « Le ministre a ensuite dénoncé »: a
    definite office named alone, with no country, is the holder of that office named in the sentences before.
    Among earlier people of the office's kind, those whose own title names the same office come first, then the
    nearest sentence, then its first (subject) mention. A state's collective body named so ("The army said its
    troops had repelled the attackers", « Le gouvernement a accusé ») is that body of the state named before."""
    toks = doc.tokens
    out = []
    for m in mentions:
        if m.type != "sector" or m.actor.country is not None or m.start == 0 or \
                _fold_word(toks[m.start - 1].text) not in DEFINITE | DEFINITE_PLURAL:
            out.append(m)
            continue
        head = _head_of(doc, m.start, m.end)
        word = _fold_word(toks[head].text)
        if word in OFFICE_HOLDERS:
            holder = None if toks[head].text.endswith("s") else _office_holder(doc, m, word, mentions)
            if holder is not None:
                m = replace(m, actor=holder.actor, type="person")
        elif word in COLLECTIVE_HEADS and m.actor.kind in STATE_KINDS:
            state = _state_before(doc, m, mentions)
            if state:
                m = replace(m, actor=country_actor(state, m.actor.kind), type="composite")
        out.append(m)
    return out


# Military ranks by which the press calls back an officer it named ("Captain Ibrahim Traoré ... The captain thanked").
RANKS = {"captain", "colonel", "general", "lieutenant", "commander", "capitaine", "general", "commandant"}


def _ranks_pointing_back(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Ibrahim Traore held talks with Putin ... The captain thanked Moscow", « Le colonel a ensuite gracié »: a
    definite rank named alone is the person of the sentences before known by that rank, as the text wrote it
    ("Colonel Assimi Goïta") or as the dictionaries know him ("Captain Traoré"); the nearest one."""
    toks = doc.tokens
    covered = {i for m in mentions for i in m.tokens()}
    out = list(mentions)
    for i, t in enumerate(toks):
        word = _fold_word(t.text)
        if word not in RANKS or i in covered or i == 0 or t.pos != "NOUN" or \
                _fold_word(toks[i - 1].text) not in DEFINITE or \
                i + 1 < len(toks) and toks[i + 1].pos in ("PROPN", "NOUN") and toks[i + 1].sent == t.sent:
            continue

        def ranked(p: ActorMention, word: str = word) -> bool:
            written = any(_fold_word(toks[j].text) == word for j in range(max(0, p.start - 3), p.start)
                          if toks[j].sent == p.sentence)
            return written or any(key(a)[:1] == (word,) for a in p.actor.aliases)

        earlier = [p for p in mentions if p.type == "person" and p.actor.country and p.end <= i and
                   0 <= t.sent - p.sentence <= POINTING_BACK and ranked(p)]
        if not earlier or len({p.actor.id for p in earlier}) > 1:
            continue   # no one, or two officers of that rank: the text does not say which
        p = earlier[-1]
        at = next((k for k, m in enumerate(out) if m.start > i), len(out))   # the others keep their order
        out.insert(at, ActorMention(p.actor, i, i + 1, t.sent, t.idx, t.end, "person"))
    return out


# Words for a side's fighters a report uses once it has named their group; counted ones too ("killed 80 assailants")
ATTACKER_WORDS = {"assailants", "attackers", "assaillants"}
# Round numbers told as nouns ("dozens of", « une trentaine de »); not the events' `QUANTITY` words, which also see
# through "a series of", nor the quote lexicon's `quantity`, which also takes « la plupart », « un groupe »
COUNT_NOUNS = {"dizaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine",
               "centaines", "dozen", "dozens", "scores", "hundreds", "tens"}


def _groups_pointing_back(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"The M23 rebels announced their withdrawal ... Kinshasa demanded that the rebels leave", « le départ des
    rebelles », « Des combattants du JNIM ont attaqué ... l'armée affirme avoir tué 80 assaillants »: a definite word
    for armed men (or attackers counted), named alone, is the one armed group the sentences before name (none when
    they name two)."""
    toks = doc.tokens
    out = []
    for m in mentions:
        if m.type != "sector" or m.actor.kind not in ARMED_KINDS or m.actor.country is not None or m.start < 2:
            out.append(m)
            continue
        before = _fold_word(toks[m.start - 1].text)
        definite = before in DEFINITE | DEFINITE_PLURAL | {"aux"} or (
            before == "des" and toks[m.start - 2].pos in ("NOUN", "PROPN"))   # « le départ des rebelles »: de + les
        counted = _fold_word(toks[m.end - 1].text) in ATTACKER_WORDS and (toks[m.start - 1].pos == "NUM" or (
            before in ("of", "de", "d'", "d’") and _fold_word(toks[m.start - 2].text) in COUNT_NOUNS))
        named_after = any(p.type == "org" and m.end < p.start <= m.end + 3 for p in mentions)
        if not (definite or counted) or named_after:
            out.append(m)   # (« les rebelles du M23 »: named after)
            continue
        earlier = [p for p in mentions if p.type == "org" and p.actor.kind in ARMED_KINDS and p.end <= m.start and
                   0 <= m.sentence - p.sentence <= POINTING_BACK]
        if len({p.actor.id for p in earlier}) == 1:
            m = replace(m, actor=earlier[0].actor, type="org")
        out.append(m)
    return out


def _office_holder(doc: Document, m: ActorMention, word: str, mentions: list[ActorMention]) -> ActorMention | None:
    toks = doc.tokens
    same = MONARCH_WORDS if word in MONARCH_WORDS else {word}

    def titled(p: ActorMention) -> bool:
        before = range(max(0, p.start - 4), p.end)
        return any(_fold_word(toks[i].text) in same for i in before if toks[i].sent == p.sentence)

    # (a title with its country is a composite mention: « le roi de Jordanie, Abdallah II »)
    earlier = [p for p in mentions if p.type in ("person", "composite") and p.actor.country and p.end <= m.start and
               m.sentence - p.sentence <= POINTING_BACK and
               (p.actor.kind == m.actor.kind or {p.actor.kind, m.actor.kind} <= {"GOV", "MIL"}) and
               (p.type == "person" or titled(p))]
    if not earlier:
        return None
    # in the holder's own sentence only a title says so: « Macron a annoncé le retour de l'ambassadeur » is
    # someone else
    holders = [p for p in earlier if titled(p)] or [p for p in earlier if p.sentence < m.sentence]
    if not holders:
        return None
    nearest = max(p.sentence for p in holders)
    if len({p.actor.country for p in holders if p.sentence == nearest}) > 1:
        return None   # "Russia's deputy defence minister was received by Niger's defence minister": either may be meant
    return _nearest_first(holders)


def _state_before(doc: Document, m: ActorMention, mentions: list[ActorMention]) -> str | None:
    """The country of the state named first (as a rule the subject) in the nearest sentence before a collective
    body that names one; a nationality said of a thing ("des drapeaux russes") names no state that acts."""
    earlier = [p for p in mentions if p.sentence < m.sentence and m.sentence - p.sentence <= POINTING_BACK and
               p.actor.country and p.type in STATE_MENTION_TYPES and
               (p.type != "person" or p.actor.kind in STATE_KINDS) and
               doc.tokens[_head_of(doc, p.start, p.end)].dep not in ("amod", "nmod:poss", "poss")]
    return _nearest_first(earlier).actor.country if earlier else None


def _nearest_first(cands: list[ActorMention]) -> ActorMention:
    nearest = max(p.sentence for p in cands)
    return min((p for p in cands if p.sentence == nearest), key=lambda p: p.start)


# States ruled by a monarch, by the word a paragraph uses for them once named (a fact table; kingdoms as of 2025).
REALMS = {
    "kingdom": {"MAR", "SAU", "JOR", "BHR", "GBR", "ESP", "BEL", "NLD", "NOR", "SWE", "DNK", "THA", "KHM", "SWZ",
                "LSO", "BTN", "TON"},
    "emirate": {"QAT", "KWT", "ARE"},
    "sultanate": {"OMN", "BRN"},
}
REALM_WORDS = {"kingdom": "kingdom", "royaume": "kingdom", "emirate": "emirate", "emirat": "emirate",
               "sultanate": "sultanate", "sultanat": "sultanate"}
REALM_DETERMINERS = {"the", "le", "du", "au", "l", "l'", "l’", "cet"}


def _realms_pointing_back(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """« ont salué le soutien constant du royaume » after « Le roi Mohammed VI a reçu ... »; "the kingdom", "the
    emirate" after Saudi Arabia or Qatar: a realm named by its kind of monarchy is the monarchy named in the
    sentences before (not a kingdom's own name: "Royaume-Uni", "the Kingdom of Saudi Arabia")."""
    toks = doc.tokens
    covered = {i for m in mentions for i in m.tokens()}
    out = list(mentions)
    for i, t in enumerate(toks):
        kind = REALM_WORDS.get(_fold_word(t.text))
        if kind is None or i in covered or i == 0 or _fold_word(toks[i - 1].text) not in REALM_DETERMINERS or \
                i + 1 < len(toks) and (toks[i + 1].text[:1] in ("-", "‑") or
                                       _fold_word(toks[i + 1].text) in ("of", "de", "d'", "du")):
            continue
        earlier = [m for m in mentions if m.end <= i and t.sent - m.sentence <= POINTING_BACK and
                   m.actor.country in REALMS[kind] and (m.type in STATE_MENTION_TYPES or m.type == "adjective")]
        if earlier:
            best = max(earlier, key=lambda m: m.start)
            out.append(ActorMention(country_actor(best.actor.country or "", "GOV"), i, i + 1, t.sent, t.idx, t.end,
                                    "composite"))
    return out
