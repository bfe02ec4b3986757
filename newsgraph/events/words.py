"""The word lists and dependency labels the coder's rules test against.

Lists of words are compared with folded lemmas (`lexicon.norm`) as well as raw lower-case text, so each
list is folded once here. Lexicons that people extend (verbs, nouns, cues) are data files read by
`newsgraph.events.lexicon`; these lists are the coder's own grammar words.
"""

from __future__ import annotations

import re

from newsgraph.events import lexicon

SUBJ = {"nsubj", "csubj", "expl:subj"}  # French inverted clitics: "a-t-il ajouté"
PASS_SUBJ = {"nsubjpass", "nsubj:pass"}
OBJ = {"dobj", "obj"}
AGENT = {"agent", "obl:agent"}
# Phrases that say where, not to whom. French "à/au/aux" also mark recipients ("livrer au Burkina"), so
# they are not here: a place after them is no actor anyway.
LOCATIVE = {"in", "at", "en", "dans", "near", "inside", "within", "près", "vers"}
DEFAULT_TARGET = {
    "en": ("with", "against", "to", "toward", "towards", "on", "from", "upon", "outside"),
    "fr": ("avec", "contre", "à", "au", "aux", "envers", "auprès", "de", "du", "des", "d", "sur", "devant", "face"),
}
NOUN_TARGET = {
    "en": ("on", "against", "with", "between", "to", "of", "for", "toward", "towards", "among"),
    "fr": ("contre", "avec", "entre", "envers", "à", "au", "aux", "sur", "de", "du", "des", "d"),
}
FALLBACK_TARGET = {"en": ("in", "for"), "fr": ("en", "dans", "pour")}
PRONOUNS = {
    "en": {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "itself", "themselves"},
    "fr": {"il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "lui", "eux", "celui-ci",
           "celle-ci"},
}
NO_DETERMINERS = {"aucun", "aucune", "nul", "nulle", "no"}  # a subject or object no one: the act did not happen
PERSONAL = {"he", "his", "him", "she", "her", "il", "elle", "lui"}
# clitics, negation and adverbs that may stand between a subject and its verb: "le Niger ne l'a pas", "Mali has also"
PRECLITICS = {"ne", "n'", "n", "se", "s'", "s", "l'", "l", "le", "la", "les", "lui", "leur", "y", "en", "not", "also",
              "pas", "already", "déjà", "aussi", "then", "alors", "finally", "enfin", "jointly", "conjointement"}
# prepositions by which a participle on an object names whom the act concerns: "imposées au Niger", "déposée par le Mali"
PARTICIPLE_PREPS = {"par", "by", "a", "au", "aux", "contre", "against", "on", "sur", "to", "envers"}
# nouns that only open or start the act named in their complement: "l'ouverture d'une enquête"
LIGHT_NOUNS = {"ouverture", "lancement", "début", "opening", "launch", "start", "beginning", "mise", "reprise",
               "resumption", "poursuite", "continuation"}
# Nouns of quantity between a support verb and its event noun (« a procédé à plusieurs dizaines d'interpellations »),
# seen through to what they count ("a series of raids", « dissoudre l'ensemble des partis »)
QUANTITY = {"dizaine", "centaine", "millier", "série", "vague", "nombre", "dozen", "hundred", "series", "wave",
            "number", "string", "ensemble", "totalité", "majorité", "plupart", "majority", "all", "round", "cycle",
            "package", "tranche", "batch", "salve", "train"}
# armed men an attack noun is « of » are its doers, and so are the weapons it is made of (their state's)
ARMED_DOERS = {"REB", "UAG"}
WEAPONS = {"drone", "missile", "roquette", "obus", "bombe", "avion", "hélicoptère", "chasseur", "artillerie",
           "mortier"}
DE_CASES = {"de", "des", "du", "d'"}
# what makes forces sent abroad a help to the host (074) rather than a deployment (154)
HELP_CUES = {"help", "assist", "support", "train", "bolster", "request", "invitation", "instructor", "trainer", "adviser",
             "advisor", "aider", "assister", "soutenir", "appuyer", "épauler", "former", "renforcer", "demande",
             "requête", "instructeur", "formateur", "conseiller", "appui", "soutien"}
# verbs of warning, and the words in what is said that make the warning a threat of force (138)
WARN = {"warn", "vow", "threaten", "caution", "prévenir", "avertir", "menacer", "jurer"}
THREAT_NOUNS = {"response", "retaliation", "retaliate", "reprisal", "riposte", "war", "target", "consequence",
                "crush", "crushing", "réponse", "représailles", "riposter", "guerre", "cible",
                "conséquence", "aggression", "agression", "punishment", "châtiment", "vengeance", "revenge"}
# what a denial rejects, and the words that call it false ("called the accusations baseless")
ACCUSATION = {"accusation", "allegation", "claim", "charge", "report", "conclusion", "finding", "rumour", "rumor",
              "allégation", "affirmation", "rapport", "imputation", "propos", "assertion", "déclaration"}
FALSEHOOD = {"baseless", "false", "unfounded", "groundless", "fabrication", "lie", "untrue", "absurd", "ridiculous",
             "mensonge", "infondé", "faux", "fallacieux", "calomnie", "calomnieux", "grotesque", "gratuit",
             "fantaisiste", "diffamatoire", "éhonté"}
RELATIVE = {"which", "who", "that", "whom", "qui", "que", "lequel", "laquelle", "lesquels", "dont"}
GATHER = {"bring together", "gather", "bring", "unite", "convene", "assemble", "involve", "include",
          "réunir", "rassembler", "regrouper", "associer", "impliquer"}
MEETING_ROOTS = {"04"}
VIOLENT_ROOTS = {"18", "19", "20"}
# Acts always done to someone (meeting, praising, helping, yielding, investigating, demanding, disapproving,
# rejecting, protesting, reducing relations, coercing, assaulting, mass violence): when no one they are done to is
# found, what is left names half an event and is not coded. Statements (01), appeals (02), intentions (03), threats
# (13), posture (15), talks of a ceasefire (08) and fighting (19) are coded with an unnamed other side.
AIMED_ROOTS = {"04", "05", "06", "07", "09", "10", "11", "12", "14", "16", "17", "18", "20"}
SYMMETRIC = {"040", "041", "044", "046", "057", "030", "036", "0871", "060", "061", "062", "063", "064", "190", "193",
             "0311", "0312", "019"}
COMPLETION = {"begin", "start", "continue", "manage", "succeed", "resume", "keep", "go", "try", "attempt", "seek",
              "commencer", "continuer", "réussir", "parvenir", "poursuivre", "reprendre", "tenter", "chercher",
              "finir", "achever", "venir", "faire", "laisser", "make", "help", "aider"}
# "the two men signed a pact", "les deux pays ont convenu": the pair of the event just told
PAIR_NOUNS = {"man", "men", "leader", "side", "country", "nation", "president", "minister", "government", "state",
              "party", "counterpart", "homme", "dirigeant", "partie", "pays", "président", "ministre",
              "gouvernement", "état", "chef", "homologue", "capitale", "capital", "neighbour", "neighbor", "voisin",
              "rival", "ally", "allié", "belligerent", "belligérant", "adversary", "adversaire", "foe", "ennemi",
              "head", "delegation", "délégation"}
UNNAMED_ARMED = {"UAG", "---UAG"}  # an attacker nobody named: "gunmen", "jihadists", or none at all
PAIR_WORDS = {"two": 2, "both": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
DOCUMENTS = {"letter", "statement", "communique", "resolution", "declaration", "report", "note", "message", "decree",
             "case", "complaint", "lawsuit", "petition", "suit", "plainte", "requête", "recours", "pétition",
             "lettre", "communiqué", "déclaration", "rapport", "texte", "message", "décret", "motion", "courrier"}
ABSTRACT = {"terrorism", "extremism", "insecurity", "crime", "migration", "trafficking", "banditry", "jihadism",
            "radicalisation", "radicalization", "poverty", "corruption", "impunity", "terrorisme", "extrémisme",
            "insécurité", "criminalité", "trafic", "banditisme", "djihadisme", "jihadisme", "radicalisation",
            "pauvreté", "corruption", "impunité", "immigration", "piracy", "piraterie"}
MEDIATION = re.compile(
    r"\b(?:sous l['’]égide|médiation|par l['’]entremise|en (?:la )?présence|under the auspices of|mediated by|"
    r"brokered by|in the presence of|mediation (?:by|of|from))\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?(?:the\s+)?", re.I)
REPRISAL = {"retaliation", "reprisal", "response", "revenge", "représaille", "représailles", "riposte", "vengeance",
            "réponse"}
ELABORATE = {"target", "aim", "cover", "concern", "include", "cibler", "viser", "concerner", "inclure", "toucher"}
# A decision, a vote or a chosen occasion to act is reported as the act ("Alger a décidé de rappeler ses
# ambassadeurs", "used the summit to lambast ECOWAS"): the inner event is not merely planned.
DECIDE = {"decide", "choose", "opt", "vote", "use", "décider", "choisir", "opter", "voter", "utiliser", "profiter",
          "résoudre"}
RECEIVE = {"receive", "obtain", "acquire", "get", "take", "buy", "purchase", "import", "recevoir",
           "obtenir", "acquérir", "acquerir", "réceptionner", "receptionner", "acheter", "importer"}
OPPOSE = {"oppose", "opposer", "pit", "involve", "impliquer", "mettre aux prises"}
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "nuit",
              "semaine", "jour", "veille", "lendemain", "heure", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "week", "day", "night", "morning", "evening", "year", "month", "an",
              "année", "mois", "aube", "hour"}
ENVOYS = {"ambassador", "envoy", "diplomat", "ambassadeur", "ambassadrice", "diplomate", "envoyé", "envoye",
          "chargé", "charge"}
DOMESTIC_ROOTS = {"09", "14"}
DOMESTIC = {"172", "173", "175", "080", "084", "081", "082", "083", "116", "132"}  # (132: a threatened curfew)
TEMPORAL = {"during", "after", "before", "following", "amid", "since", "until", "pendant", "après", "apres", "avant",
            "lors", "depuis", "suite", "durant"}
HYPO_ADJ = {"possible", "eventuel", "éventuel", "potential", "hypothetical", "hypothetique", "hypothétique",
            "proposed", "propose", "proposé", "envisage", "envisagé", "rumoured", "rumored", "alleged", "presume",
            "présumé", "supposed", "suppose", "supposé", "putative", "allege", "presumer"}
PLANNED_ADJ = {"planned", "prevu", "prévu", "upcoming", "scheduled", "forthcoming", "prochain", "futur", "future"}
ANAPHORIC = {"commission", "bloc", "group", "organisation", "organization", "body", "alliance", "movement",
             "network", "agency", "institution", "coalition", "confederation", "union", "country", "nation",
             "groupe", "organisme", "mouvement", "reseau", "réseau", "agence", "confédération", "pays", "etat", "état", "collectif", "front", "mission", "force"}
ISSUE = {"promulgate", "issue", "sign", "adopt", "publish", "decree", "enact", "pass", "promulguer", "signer",
         "adopter", "publier", "prendre", "édicter", "edicter", "décréter", "decreter"}
COMMUNICATIVE_ROOTS = {"02", "10", "11", "12", "13"}
ADDRESSED_ROOTS = COMMUNICATIVE_ROOTS  # said to someone: "a réclamé à Alger"
DESCRIBE = {"describe", "call", "brand", "label", "term", "hail", "consider", "regard", "see", "view", "portray",
            "denounce", "décrire", "decrire", "qualifier", "considérer", "considerer", "présenter", "presenter",
            "traiter", "saluer", "dénoncer", "denoncer"}
ANNOUNCE = {"announce", "declare", "decide", "order", "approve", "decree", "proclaim", "confirm", "annoncer",
            "décider", "decider", "ordonner", "décréter", "decreter", "proclamer", "confirmer", "acter", "entériner"}
MUST = {"must", "devoir", "falloir"}
EXPLOSIVES = {"bomb", "mine", "landmine", "ied", "explosive", "device", "bombe", "engin", "explosif"}
CLAIM = {"claim", "revendiquer", "assume", "admit", "acknowledge", "reconnaître", "reconnaitre"}
ACCUSE_ROOTS = {"11", "12"}
DEFINITE = {"the", "this", "that", "these", "those", "le", "la", "les", "l'", "l’", "ce", "cette", "ces", "cet"}

def _folded(words: set[str]) -> set[str]:
    """Word lists are compared with folded lemmas (`lexicon.norm`) as well as raw lower-case text."""
    return words | {lexicon.norm(w) for w in words}


LOCATIVE = _folded(LOCATIVE)
# an undated past: what a relative clause says someone used to do is background
PAST_TIMES = ("in the past", "previously", "par le passe", "auparavant", "jadis", "autrefois", "in previous years",
              "a plusieurs reprises", "repeatedly", "on several occasions")
# obtaining a truce or a deal between others is mediating it
BROKER = _folded({"obtain", "secure", "obtenir", "arracher", "décrocher"})
# sending someone to investigate or mediate is that act, begun where they are sent (PLOVER INVESTIGATE)
DISPATCH = _folded({"send", "dispatch", "envoyer", "dépêcher", "mandater", "déléguer"})
MISSION_ROOTS = ("09", "045", "046")  # (a meeting to come stays what it was)
# verbs of a crowd coming together: a demonstration (141) only with a sign of protest
CROWD_VERBS = _folded({"gather", "assemble", "converge", "congregate", "rassembler", "regrouper", "converger",
                       "masser"})
PROTEST_PLACES = {"against", "outside", "contre", "devant"}
PROTEST_WORDS = _folded({"protest", "demonstration", "rally", "sit-in", "slogan", "placard", "banner", "chant",
                         "demand", "denounce", "condemn", "manifestation", "manifester", "protester", "pancarte",
                         "banderole", "scander", "slogan", "réclamer", "exiger", "dénoncer", "soutien", "support"})
# causatives: "prompted X to urge", « a conduit Berlin à suspendre » tell that X did it, the cause doing nothing itself
CAUSATIVE = _folded({"prompt", "lead", "force", "push", "compel", "drive", "spur", "oblige", "pousser", "conduire",
                     "amener", "contraindre", "obliger", "forcer", "acculer"})
# putting someone on a terrorist list is a sanction (163, GUIDE Batch 8)
LISTING = _folded({"designate", "list", "blacklist", "classify", "label", "add", "place", "put", "désigner", "inscrire",
                   "classer", "placer", "ajouter", "qualifier"})
TERRORIST = _folded({"terrorist", "terroriste", "terrorism", "terrorisme"})
LISTED_AS = _folded({"organization", "organisation", "group", "groupe", "entity", "entité", "list", "liste"})
# ... unless the object is the toll: « une attaque qui n'a fait aucune victime » still happened
TOLL_NOUNS = _folded({"victime", "mort", "blessé", "perte", "dégât", "casualty", "victim", "death", "injury",
                      "damage", "fatality"})

# mishaps and disasters: what they kill was not attacked by anyone
ACCIDENTS = _folded({"crash", "accident", "collision", "flood", "flooding", "fire", "blaze", "collapse", "landslide",
                     "earthquake", "storm", "cyclone", "stampede", "shipwreck", "capsizing", "derailment", "heatwave",
                     "écrasement", "naufrage", "inondation", "incendie", "effondrement", "glissement",
                     "séisme", "tempête", "bousculade", "chavirement", "déraillement", "canicule", "crue", "pluie"})
NOT_MISHAP = _folded({"artillery", "mortar", "gun", "tank", "drone", "rocket", "criminal", "criminel", "criminelle",
                      "volontaire", "arson", "enemy", "ennemi"})  # "artillery fire", « incendie criminel »

PERSONAL = _folded(PERSONAL)
RELATIVE = _folded(RELATIVE)
ACCUSATION = _folded(ACCUSATION)
FALSEHOOD = _folded(FALSEHOOD)
WARN = _folded(WARN)
THREAT_NOUNS = _folded(THREAT_NOUNS)
HELP_CUES = _folded(HELP_CUES)
LIGHT_NOUNS = _folded(LIGHT_NOUNS)
QUANTITY = _folded(QUANTITY)
WEAPONS = _folded(WEAPONS)
PRECLITICS = _folded(PRECLITICS)
GATHER = _folded(GATHER)
COMPLETION = _folded(COMPLETION)
DECIDE = _folded(DECIDE)
PAIR_NOUNS = _folded(PAIR_NOUNS)
ELABORATE = _folded(ELABORATE)
REPRISAL = _folded(REPRISAL)
ABSTRACT = _folded(ABSTRACT)
DOCUMENTS = _folded(DOCUMENTS)
RECEIVE = _folded(RECEIVE)
OPPOSE = _folded(OPPOSE)
TIME_WORDS = _folded(TIME_WORDS)
ENVOYS = _folded(ENVOYS)
TEMPORAL = _folded(TEMPORAL)
HYPO_ADJ = _folded(HYPO_ADJ)
PLANNED_ADJ = _folded(PLANNED_ADJ)
ANAPHORIC = _folded(ANAPHORIC)
ISSUE = _folded(ISSUE)
DESCRIBE = _folded(DESCRIBE)
ANNOUNCE = _folded(ANNOUNCE)
MUST = _folded(MUST)
EXPLOSIVES = _folded(EXPLOSIVES)
CLAIM = _folded(CLAIM)
DEFINITE = _folded(DEFINITE)
PRONOUNS = {lang: _folded(ws) for lang, ws in PRONOUNS.items()}
DEFAULT_TARGET = {lang: tuple(_folded(set(ws))) for lang, ws in DEFAULT_TARGET.items()}
NOUN_TARGET = {lang: tuple(_folded(set(ws))) for lang, ws in NOUN_TARGET.items()}

# Participles that name their subject's state ("is opposed to", « est opposé à »): no passive without an agent
STATIVE_PARTICIPLES = frozenset({"oppose", "opposer", "oppos"})
# French verbs of motion and change that take « être » in the past (« sont arrivés », « est parvenue à un accord »,
# « sont partis »): the small parser reads them as passives, but their subject is the doer
FR_ETRE_VERBS = frozenset({"arriver", "partir", "venir", "revenir", "parvenir", "rentrer", "retourner", "entrer",
                           "sortir", "intervenir", "repartir", "tomber", "rester", "devenir", "survenir", "convenir"})

# French conditional stems that are not the infinitive ("serait", "aurait", "ferait", "pourrait" ...)
FR_CONDITIONAL_STEMS = frozenset({"ser", "aur", "fer", "pourr", "devr", "ir", "viendr", "tiendr", "voudr", "saur",
                                  "verr", "enverr", "faudr", "vaudr", "courr", "mourr", "recevr", "obtiendr",
                                  "maintiendr", "soutiendr"})

# Nouns whose content is not asserted ("rumours that", « des allégations selon lesquelles »), and the verbs of
# denial whose object is not
HEARSAY = _folded({"rumour", "rumor", "rumeur", "allegation", "allégation", "accusation", "claim", "hearsay",
                   "speculation", "spéculation", "supputation", "report"})
DENIAL = _folded({"deny", "démentir", "nier", "refute", "réfuter", "dismiss"})

# Participles that name who leads a group ("rebels led by HTS"): the leader named after "by" is the actor
LED_BY = frozenset({"lead", "diriger", "mener", "conduire", "commander", "command"})

# Nouns after which a named actor is no party to the act ("in the presence of Rubio", "in solidarity with Bamako",
# « au nom de la CEDEAO »)
NOT_PARTY = _folded({"presence", "présence", "solidarity", "solidarité", "behalf", "name", "nom", "memory",
                     "mémoire", "honour", "honor", "honneur", "absence", "suite", "lendemain", "veille", "issue",
                     "wake", "aftermath", "sidelines", "marge", "cadre"})

# Means a « par » / "by" phrase can name instead of a doer (« a félicité par téléphone », "by video link")
BY_MEANS = _folded({"téléphone", "telephone", "phone", "visioconférence", "vidéoconférence", "video", "vidéo", "courrier",
                    "lettre", "letter", "écrit", "voie", "message", "mail", "email", "satellite", "link", "liaison"})

# Nouns that frame an event noun in time ("at the end of talks with", « à l'issue d'un entretien avec », « en
# marge d'une réunion avec »): the small French parser hangs the event's partner on the frame noun instead
FRAME_NOUNS = _folded({"issue", "marge", "cours", "occasion", "terme", "sidelines", "end", "course", "close"})

# Verbs whose subject suffers the violence named in their complement ("died in an attack", « ont péri dans
# l'explosion », « l'armée a subi une embuscade », "came under fire"); "péri" is the small model's lemma of « péri ».
# `perdre`/`trouver` count only with « la vie » / « la mort ».
VICTIM_VERBS = _folded({"die", "perish", "mourir", "périr", "péri", "décéder", "succomber", "subir", "essuyer",
                        "suffer", "sustain", "come", "perdre", "trouver", "lose"})
VICTIM_OBJECTS = {"perdre": "vie", "trouver": "mort", "come": "under", "lose": "life"}
# Light verbs whose subject suffers the act their object names (« l'armée a subi une embuscade »)
SUFFER = _folded({"subir", "essuyer", "suffer", "sustain", "come"})
# Participles that name who carried out an act ("an attack carried out by", « une attaque menée par »)
CARRIED_OUT = _folded({"carry", "conduct", "perpetrate", "launch", "stage", "mener", "conduire", "perpétrer",
                       "commettre", "lancer", "orchestrer"})
# Nouns naming what an attack is aimed at ("the camp was the target of an attack", « a été la cible de »)
TARGET_NOUNS = _folded({"target", "cible", "objet"})
# Blasts, which with an explosive or nothing else named are bombings
BLASTS = _folded({"explosion", "blast", "detonation", "détonation", "explode", "exploser", "detonate"})
SUICIDE_WORDS = _folded({"suicide", "kamikaze"})
BOMB_WORDS = _folded({"bomb", "piéger", "piégé"})
CAR_BOMB_WORDS = _folded({"car", "truck", "vehicle", "voiture", "véhicule", "camion"})
# Who or what carries a bomb, as the subject of the clause a killing participle hangs on
BOMBERS = _folded({"kamikaze", "piéger", "piégé", "bomb", "bombe"})

# Demands and appeals for a release, aimed at whoever holds the captives; the nouns and participles that say so
RELEASE_CODES = frozenset({"1053", "0253"})
RELEASE_NOUNS = _folded({"release", "freeing", "libération", "liberation", "élargissement"})
HOLD = _folded({"hold", "detain", "abduct", "kidnap", "arrest", "seize", "jail", "imprison", "détenir", "retenir",
                "enlever", "kidnapper", "arrêter", "interpeller", "emprisonner", "incarcérer", "séquestrer"})
CAPTURE_CODES = ("173", "181")

# Participles that name who authored an act a noun names (« la plainte déposée par », « l'interdiction décrétée
# par »)
AUTHORED = _folded({"déposer", "décréter", "imposer", "prononcer", "décider", "ordonner", "file", "lodge", "impose",
                    "decree", "order", "issue", "adopt", "adopter", "présenter", "submit"})
# What one is given a deadline to leave, for the deadline to be an expulsion
LEFT_LAND = _folded({"pays", "country", "territoire", "territory"})
# Verbs whose object is what is talked about, never a party ("discussed security and relations between the AES and
# ECOWAS", « ont évoqué la situation au Mali »): the party is the one talked with
TOPIC_VERBS = _folded({"discuss", "address", "review", "évoquer", "evoquer", "aborder", "discuter", "examiner"})
# What a claim of an attack it does not name credits ("claimed responsibility", « a revendiqué la responsabilité »)
RESPONSIBILITY = _folded({"responsibility", "responsabilité", "paternité"})
# Renewing a permit is no event; not renewing one withdraws it (172, as revoking it: the guide's batch 12)
RENEW = _folded({"renew", "extend", "prolong", "renouveler", "prolonger", "reconduire"})
PERMITS = _folded({"licence", "license", "authorisation", "authorization", "autorisation", "accreditation",
                   "accréditation", "permit", "permis", "agrément", "agrement", "fréquence", "frequency"})
# Prepositions that set something in a place ("in Abidjan", « à Abidjan »)
SET_IN = frozenset({"in", "at", "à", "a", "au", "dans", "en"})
# Judgements that English moves before a long object ("dismissed as baseless accusations by ... that ...")
SHIFTED_JUDGEMENTS = _folded({"baseless", "unfounded", "groundless", "false", "fabricated", "absurd", "ridiculous",
                              "unacceptable", "illegal", "illegitimate", "null", "void", "unjustified", "slanderous",
                              "defamatory", "malicious", "hostile", "provocative", "irresponsible"})
# Verbs of leaving: a deadline to leave is an expulsion
LEAVE = _folded({"leave", "quitter", "depart", "partir", "exit"})
# Nouns that point back at an act told before ("condemned the move", « a salué cette décision »)
ACT_NOUNS = _folded({"move", "decision", "step", "measure", "action", "announcement", "act", "initiative", "mesure",
                     "décision", "annonce", "démarche", "acte", "geste", "designation", "désignation", "decree", "décret"})
# Reactions to an act: praise, criticism and rejection are aimed at whoever did it
REACTION_ROOTS = ("05", "11", "12")

# Verbs of answering an act ("hit back", « a riposté »): told with the act that answers ("by expelling", « en
# expulsant »), they are that act, not one of their own
RESPOND = _folded({"hit", "strike", "retaliate", "respond", "react", "riposter", "répliquer", "réagir", "répondre"})

# What introduces a mediator after a mediation noun (« une médiation du Togo », "mediation by Qatar")
MEDIATOR_PREPS = ("de", "du", "des", "d", "of", "by", "from")

# Verbs telling that an event happened, whose complements name its parties (« un échange de prisonniers a eu lieu
# entre la Russie et l'Ukraine », "talks took place between"): with their object where the idiom needs one
OCCUR = {"occur": "", "happen": "", "take": "place", "avoir": "lieu", "derouler": "", "tenir": "",
         "hold": "", "intervenir": ""}

# Captives of armed groups rather than of a state: their release is not the place's authorities'
HOSTAGES = _folded({"hostage", "otage", "kidnap", "abductee", "captive"})

# Verbs of halting: halting a cooperative act reduces relations ("halted intelligence sharing with Kyiv", « a
# suspendu sa coopération militaire avec la France »)
HALT = _folded({"halt", "suspend", "stop", "freeze", "pause", "terminate", "interrupt", "cut", "suspendre",
                "interrompre", "geler", "arrêter", "cesser", "couper", "stopper", "renoncer", "abandon",
                "abandonner", "end"})
# A role that names an act by its doer ("its role as mediator", « son rôle de médiateur »): halting it halts the act
ROLE_NOUNS = _folded({"role", "rôle", "fonction", "function", "mission", "position", "capacity", "qualité"})
ACTING_NOUNS = {word: code for words, code in (({"mediator", "médiateur", "médiatrice", "facilitator", "facilitateur",
                                                  "facilitatrice", "broker", "go-between"}, "045"),)
                for word in _folded(words)}

# The warring parties of a place, named as a whole ("urged all sides", « exhorté toutes les parties »)
ALL_SIDES = _folded({"side", "party", "partie", "belligerent", "belligérant", "protagoniste", "camp"})

# Verbs whose complement is a charge, not a reported event
ACCUSE_VERBS = _folded({"accuse", "accuser", "blame", "reprocher", "charge", "incriminer", "soupçonner", "suspect",
                        "allege", "alléguer"})

# What an agreement provides is not yet done: "an agreement under which Bamako will drop charges", « un accord
# en vertu duquel », « aux termes duquel »
TERMS_PREPS = _folded({"under", "vertu", "termes", "terme"})
TERMS_RELATIVES = _folded({"which", "whom", "whereby", "lequel", "laquelle", "lesquels", "lesquelles", "duquel",
                           "de laquelle", "desquels", "desquelles"})

# Arrivals, and the forces whose arrival in another country is military aid rather than a visit
ARRIVE = _folded({"arrive", "land", "arriver", "débarquer", "atterrir"})
FORCES = _folded({"soldier", "troop", "instructor", "trainer", "contingent", "paratrooper", "mercenary", "policeman",
                  "gendarme", "soldat", "troupe", "instructeur", "formateur", "parachutiste", "mercenaire", "policier"})

# Words that open a content clause ("demanded that", « a exigé que »)
COMPLEMENTIZERS = frozenset({"que", "qu", "that"})
DEMAND_ROOTS = frozenset({"10", "02"})  # demands and appeals

# Words that open a clause of time hung on a dated phrase ("in 1968, when ...", « en 2012, lorsque ... »)
WHEN_WORDS = frozenset({"when", "lorsque", "lorsqu", "quand", "ou"})
