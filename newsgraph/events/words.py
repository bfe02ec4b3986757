"""The word lists and dependency labels the coder's rules test against.

The word lists are data: `data/words.yaml` holds them, one key per list with what it is for, and each is read
here once into the constant of the same name in capitals. Most lists are compared with folded lemmas
(`lexicon.norm`) as well as raw lower-case text, so those are folded once here. Dependency labels, CAMEO roots
and codes, and the tables that pair words with codes stay in code: they follow the rules, not the language.
Lexicons of event verbs and nouns and the modality cues are read by `newsgraph.events.lexicon`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from newsgraph.errors import DataFileError
from newsgraph.events import lexicon

PATH = "words.yaml"


def load(text: str | None = None) -> dict[str, list[str] | dict[str, list[str]]]:
    """The lists of `data/words.yaml` (or of `text`, a copy of it): each key holds a list of words, or one list
    per language; none is empty or names a word twice."""
    doc = yaml.safe_load(lexicon._read(PATH) if text is None else text)
    if not isinstance(doc, dict):
        raise DataFileError(PATH, 0, "expected one key per word list")
    out: dict[str, list[str] | dict[str, list[str]]] = {}
    for key, value in doc.items():
        if isinstance(value, dict):
            out[str(key)] = {str(lang): _checked(f"{key}.{lang}", ws) for lang, ws in value.items()}
        else:
            out[str(key)] = _checked(str(key), value)
    return out


def _checked(key: str, words: Any) -> list[str]:
    if not isinstance(words, list) or not words:
        raise DataFileError(PATH, key, "expected a non-empty list of words, or one list per language")
    for w in words:
        if not isinstance(w, str):
            raise DataFileError(PATH, key, f"YAML reads {w!r} as a {type(w).__name__}, not a word: put the word "
                                           "in double quotes")
    twice = sorted({w for w in words if words.count(w) > 1})
    if twice:
        raise DataFileError(PATH, key, f"listed twice: {', '.join(twice)}")
    return words


def _folded(words: set[str]) -> set[str]:
    """Word lists are compared with folded lemmas (`lexicon.norm`) as well as raw lower-case text."""
    return words | {lexicon.norm(w) for w in words}


_LISTS = load()
FOLDED_LISTS: set[str] = set()  # the keys of words.yaml whose words are folded here


def _words(key: str) -> list[str]:
    value = _LISTS.get(key)
    if not isinstance(value, list):
        raise DataFileError(PATH, key, "missing, or split by language: words.py reads one list under this key")
    return value


def _by_language(key: str) -> dict[str, list[str]]:
    value = _LISTS.get(key)
    if not isinstance(value, dict):
        raise DataFileError(PATH, key, "missing, or not split by language: words.py reads one list per language")
    return value


def _fold(key: str) -> set[str]:
    FOLDED_LISTS.add(key)
    return _folded(set(_words(key)))


def _fold_by_language(key: str) -> dict[str, set[str]]:
    FOLDED_LISTS.add(key)
    return {lang: _folded(set(ws)) for lang, ws in _by_language(key).items()}


SUBJ = {"nsubj", "csubj", "expl:subj"}  # French inverted clitics: "a-t-il ajouté"
PASS_SUBJ = {"nsubjpass", "nsubj:pass"}
OBJ = {"dobj", "obj"}
AGENT = {"agent", "obl:agent"}
MEETING_ROOTS = {"04"}
VIOLENT_ROOTS = {"18", "19", "20"}
NON_STATE = {"REB", "UAG", "OPP"}  # kinds that fight or oppose their own state
# Acts always done to someone (meeting, praising, helping, investigating, disapproving, protesting,
# reducing relations, coercing, assaulting, mass violence): when no one they are done to is found, what is left
# names half an event and is not coded. Statements (01), appeals (02), intentions (03), demands (10: "demanded
# immediate elections"), rejections (12: "failed to reach agreement"), threats (13), posture (15), talks of a
# ceasefire (08) and fighting (19) are coded with an unnamed other side.
AIMED_ROOTS = {"04", "05", "06", "07", "09", "11", "14", "16", "17", "18", "20"}
SYMMETRIC = {"040", "041", "044", "046", "057", "030", "036", "0871", "060", "061", "062", "063", "064", "190", "193",
             "0311", "0312", "019"}
UNNAMED_ARMED = {"UAG", "---UAG"}  # an attacker nobody named: "gunmen", "jihadists", or none at all
PAIR_WORDS = {"two": 2, "both": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
MEDIATION = re.compile(
    r"\b(?:sous l['’]égide|médiation|par l['’]entremise|en (?:la )?présence|under the auspices of|mediated by|"
    r"brokered by|in the presence of|mediation (?:by|of|from))\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?(?:the\s+)?", re.I)
DOMESTIC_ROOTS = {"09", "14"}
DOMESTIC = {"172", "173", "175", "080", "084", "081", "082", "083", "116", "132"}  # (132: a threatened curfew)
COMMUNICATIVE_ROOTS = {"02", "10", "11", "12", "13"}
ADDRESSED_ROOTS = COMMUNICATIVE_ROOTS  # said to someone: "a réclamé à Alger"
ACCUSE_ROOTS = {"11", "12"}
MISSION_ROOTS = ("09", "045", "046")  # (a meeting to come stays what it was)
# the object some VICTIM_VERBS need to tell a victim (« perdre la vie », « trouver la mort », "came under fire")
VICTIM_OBJECTS = {"perdre": "vie", "trouver": "mort", "come": "under", "lose": "life"}
# Demands and appeals for a release, aimed at whoever holds the captives (RELEASE_NOUNS, HOLD)
RELEASE_CODES = frozenset({"1053", "0253"})
CAPTURE_CODES = ("173", "181")
# Reactions to an act: praise, criticism and rejection are aimed at whoever did it
REACTION_ROOTS = ("05", "11", "12")
# Verbs telling that an event happened, whose complements name its parties (« un échange de prisonniers a eu lieu
# entre la Russie et l'Ukraine », "talks took place between"): with their object where the idiom needs one
OCCUR = {"occur": "", "happen": "", "take": "place", "avoir": "lieu", "derouler": "", "tenir": "",
         "hold": "", "intervenir": ""}
DEMAND_ROOTS = frozenset({"10", "02"})  # demands and appeals

# The word lists of data/words.yaml, in its order; what each is for is told there.
LOCATIVE = _fold("locative")
DEFAULT_TARGET = {lang: tuple(ws) for lang, ws in _fold_by_language("default_target").items()}
NOUN_TARGET = {lang: tuple(ws) for lang, ws in _fold_by_language("noun_target").items()}
FALLBACK_TARGET = {lang: tuple(ws) for lang, ws in _by_language("fallback_target").items()}
PRONOUNS = _fold_by_language("pronouns")
NO_DETERMINERS = set(_words("no_determiners"))
PERSONAL = _fold("personal")
PRECLITICS = _fold("preclitics")
PARTICIPLE_PREPS = set(_words("participle_preps"))
LIGHT_NOUNS = _fold("light_nouns")
QUANTITY = _fold("quantity")
WEAPONS = _fold("weapons")
DE_CASES = set(_words("de_cases"))
HELP_CUES = _fold("help_cues")
WARN = _fold("warn")
THREAT_NOUNS = _fold("threat_nouns")
ACCUSATION = _fold("accusation")
FALSEHOOD = _fold("falsehood")
RELATIVE = _fold("relative")
GATHER = _fold("gather")
COMPLETION = _fold("completion")
PAIR_NOUNS = _fold("pair_nouns")
DOCUMENTS = _fold("documents")
ABSTRACT = _fold("abstract")
REPRISAL = _fold("reprisal")
ELABORATE = _fold("elaborate")
DECIDE = _fold("decide")
RECEIVE = _fold("receive")
OPPOSE = _fold("oppose")
TIME_WORDS = _fold("time_words")
ENVOYS = _fold("envoys")
TEMPORAL = _fold("temporal")
HYPO_ADJ = _fold("hypo_adj")
PLANNED_ADJ = _fold("planned_adj")
ANAPHORIC = _fold("anaphoric")
ISSUE = _fold("issue")
DESCRIBE = _fold("describe")
ANNOUNCE = _fold("announce")
MUST = _fold("must")
EXPLOSIVES = _fold("explosives")
CLAIM = _fold("claim")
DEFINITE = _fold("definite")
PAST_TIMES = tuple(_words("past_times"))
BROKER = _fold("broker")
DISPATCH = _fold("dispatch")
CROWD_VERBS = _fold("crowd_verbs")
PROTEST_PLACES = set(_words("protest_places"))
PROTEST_WORDS = _fold("protest_words")
CAUSATIVE = _fold("causative")
LISTING = _fold("listing")
TERRORIST = _fold("terrorist")
LISTED_AS = _fold("listed_as")
TOLL_NOUNS = _fold("toll_nouns")
ACCIDENTS = _fold("accidents")
NOT_MISHAP = _fold("not_mishap")
STATIVE_PARTICIPLES = frozenset(_words("stative_participles"))
FR_ETRE_VERBS = frozenset(_words("fr_etre_verbs"))
FR_CONDITIONAL_STEMS = frozenset(_words("fr_conditional_stems"))
HEARSAY = _fold("hearsay")
DENIAL = _fold("denial")
LED_BY = frozenset(_words("led_by"))
NOT_PARTY = _fold("not_party")
BY_MEANS = _fold("by_means")
FRAME_NOUNS = _fold("frame_nouns")
VICTIM_VERBS = _fold("victim_verbs")
SUFFER = _fold("suffer")
CARRIED_OUT = _fold("carried_out")
TARGET_NOUNS = _fold("target_nouns")
BLASTS = _fold("blasts")
AIR_MEANS = _fold("air_means")
STRIKE_NOUNS = _fold("strike_nouns")
AIR_WORDS = _fold("air_words")
CLASHES = _fold("clashes")
BORDERS = _fold("borders")
BACKING = _fold("backing")
COST_VERBS = _fold("cost_verbs")
LIVES = _fold("lives")
BORDER_PREPS = _fold("border_preps")
KILL = _fold("kill")
ARMED_ADJECTIVES = _fold("armed_adjectives")
BEFOREHAND = _fold("beforehand")
VEHICLES = _fold("vehicles")
CARRY = _fold("carry")
SUICIDE_WORDS = _fold("suicide_words")
BOMB_WORDS = _fold("bomb_words")
CAR_BOMB_WORDS = _fold("car_bomb_words")
BOMBERS = _fold("bombers")
RELEASE_NOUNS = _fold("release_nouns")
HOLD = _fold("hold")
AUTHORED = _fold("authored")
LEFT_LAND = _fold("left_land")
TOPIC_VERBS = _fold("topic_verbs")
RESPONSIBILITY = _fold("responsibility")
RENEW = _fold("renew")
PERMITS = _fold("permits")
SET_IN = frozenset(_words("set_in"))
SHIFTED_JUDGEMENTS = _fold("shifted_judgements")
LEAVE = _fold("leave")
ACT_NOUNS = _fold("act_nouns")
RESPOND = _fold("respond")
MEDIATOR_PREPS = tuple(_words("mediator_preps"))
HOSTAGES = _fold("hostages")
HALT = _fold("halt")
ROLE_NOUNS = _fold("role_nouns")
SHARED_NOUNS = _fold("shared_nouns")
ACTING_NOUNS = {word: "045" for word in _fold("acting_nouns")}  # mediating: the code of each role noun
ALL_SIDES = _fold("all_sides")
ACCUSE_VERBS = _fold("accuse_verbs")
TERMS_PREPS = _fold("terms_preps")
TERMS_RELATIVES = _fold("terms_relatives")
ARRIVE = _fold("arrive")
FORCES = _fold("forces")
COMPLEMENTIZERS = frozenset(_words("complementizers"))
WHEN_WORDS = frozenset(_words("when_words"))
