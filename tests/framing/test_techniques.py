"""Techniques: the cue lexicon and the training sentences validate, the shipped classifier is coherent,
cues and classifier combine as documented, Repetition is structural, and on real text (real models)
the founding article's loaded language and appeal are found while neutral wire prose stays clean."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph.framing.technique_model import NONE, Model, fit, load_model, sigmoid, training_sentences
from newsgraph.framing.technique_repetition import repeated_phrases
from newsgraph.framing.technique_voice import voiced
from newsgraph.framing.techniques import CODER, CUE_SURE, LABELS, combine, find_techniques, patterns
from newsgraph.ingest.readers import RawArticle, read_file
from newsgraph.models import Record, Technique
from newsgraph.pipeline import analyze

REQUIRED = {"Loaded_Language", "Name_Calling-Labeling", "Doubt", "Exaggeration-Minimisation",
            "Appeal_to_Fear-Prejudice", "Flag_Waving", "Appeal_to_Values", "Appeal_to_Authority",
            "Causal_Oversimplification", "False_Dilemma-No_Choice", "Whataboutism", "Slogans",
            "Conversation_Killer", "Guilt_by_Association"}


def test_every_pattern_loads_with_a_known_label() -> None:
    ps = patterns()
    assert ps and all(p.label in LABELS and 0 < p.confidence <= 1 for p in ps)
    assert {p.lang for p in ps} >= {"en", "fr"}


def test_loaded_language_on_its_span() -> None:
    text = ("The statement warned that “no amount of lies, demonization and malicious propaganda” can deter "
            "Russia from supporting African sovereignty.")
    got = find_techniques(text, "en")
    spans = {text[t.span[0]:t.span[1]] for t in got if t.technique == "Loaded_Language"}
    assert "malicious propaganda" in " ".join(spans) and "demonization" in " ".join(spans)
    assert all(t.text == text[t.span[0]:t.span[1]] for t in got)


def test_neutral_wire_prose_carries_no_cue() -> None:
    text = ("The effectiveness of this emerging cooperation will depend on transparent consultations with civil "
            "society, respect for human rights and sustained support for the region's economic resilience.")
    assert find_techniques(text, "en") == []
    texte = "Le gouvernement a annoncé mardi la réouverture de la frontière avec le Bénin, selon un communiqué."
    assert find_techniques(texte, "fr") == []


# -- training data and shipped weights -------------------------------------------------------------

def test_training_sentences_cover_every_required_label_in_both_languages() -> None:
    rows = training_sentences()
    counts: dict[tuple[str, str], int] = {}
    for text, lang, label in rows:
        assert text.strip() and (label == NONE or label in LABELS), (label, text)
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
    for label in REQUIRED:
        assert counts.get((label, "en"), 0) >= 8 and counts.get((label, "fr"), 0) >= 8, label
    assert counts[(NONE, "en")] >= 40 and counts[(NONE, "fr")] >= 40
    assert len({t for t, _, _ in rows}) == len(rows), "a sentence is listed twice"


def test_shipped_weights_are_coherent() -> None:
    model = load_model()
    assert model is not None
    k = len(model.labels)
    assert set(model.labels) >= REQUIRED and set(model.labels) <= LABELS
    assert "Repetition" not in model.labels   # structural, never learnt
    assert model.weights.shape == (k, 512) and model.bias.shape == (k,) and model.alone.shape == (k,)
    assert np.all((model.alone > 0) & (model.alone < 1)) and 0 <= model.agree < 1 and 0 < model.narration < 1
    # the labels the classifier confuses with a reported accusation are held to a stricter threshold
    strict = model.alone[model.labels.index("Name_Calling-Labeling")]
    assert strict >= float(np.median(model.alone)) and model.narration >= strict
    assert "dev split" in model.note and "no SemEval" in model.note


def test_fit_learns_a_separable_toy_problem_deterministically() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 8))
    y = np.stack([(x[:, 0] > 0), (x[:, 1] < 0)], axis=1).astype(float)
    w1, b1 = fit(x, y, steps=300)
    w2, b2 = fit(x, y, steps=300)
    assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
    acc = ((sigmoid(x @ w1.T + b1) >= 0.5) == (y > 0)).mean()
    assert acc > 0.95


# -- combining cues and classifier (hand-built model and probabilities) ----------------------------

def _model(agree: float = 0.3, alone: float = 0.7, narration: float = 0.95) -> Model:
    labels = ("Doubt", "Loaded_Language")
    return Model(labels=labels, weights=np.zeros((2, 512), dtype=np.float32), bias=np.zeros(2, dtype=np.float32),
                 alone=np.full(2, alone, dtype=np.float32), agree=agree, narration=narration, note="hand-built")


def _cue(label: str, span: tuple[int, int], text: str, confidence: float, sentence: int) -> Technique:
    return Technique(technique=label, span=span, text=text[span[0]:span[1]], confidence=confidence,
                     sentence=sentence, coder=CODER)


def test_a_weak_cue_needs_the_classifiers_agreement() -> None:
    text = "They spread vile lies. The market opened."
    sentences = [(0, 22), (23, 41)]
    weak = _cue("Loaded_Language", (12, 21), text, CUE_SURE - 0.1, 0)
    disagree = np.array([[0.1, 0.1], [0.0, 0.0]])
    agree = np.array([[0.1, 0.5], [0.0, 0.0]])
    assert combine(text, sentences, [weak], disagree, _model()) == []
    kept = combine(text, sentences, [weak], agree, _model())
    assert [t.span for t in kept] == [(12, 21)] and kept[0].confidence > weak.confidence


def test_a_sure_cue_stands_alone_and_the_classifier_adds_its_confident_labels_on_the_sentence() -> None:
    text = "They spread vile lies. Who really believes them?"
    sentences = [(0, 22), (23, 48)]
    sure = _cue("Loaded_Language", (12, 21), text, CUE_SURE + 0.1, 0)
    probs = np.array([[0.2, 0.0], [0.9, 0.1]])
    got = combine(text, sentences, [sure], probs, _model())
    assert [(t.technique, t.text) for t in got] == [("Loaded_Language", "vile lies"),
                                                    ("Doubt", "Who really believes them?")]
    assert all(0 <= t.confidence <= 1 and t.sentence is not None for t in got)


def test_the_classifier_alone_is_held_to_the_narration_floor_outside_quotes() -> None:
    narrated = "The ministry rejected the accusations, calling them \"unfounded\"."
    quoted = "\"These people will never be trusted again,\" the minister said."
    text = narrated + " " + quoted
    sentences = [(0, len(narrated)), (len(narrated) + 1, len(text))]
    probs = np.array([[0.85, 0.0], [0.85, 0.0]])   # equally sure of Doubt in both sentences
    got = combine(text, sentences, [], probs, _model(alone=0.7, narration=0.95))
    assert [(t.technique, t.sentence) for t in got] == [("Doubt", 1)]
    sure = combine(text, sentences, [], np.array([[0.97, 0.0], [0.0, 0.0]]), _model(alone=0.7, narration=0.95))
    assert [(t.technique, t.sentence) for t in sure] == [("Doubt", 0)]


@pytest.mark.parametrize(("sentence", "speaks"), [
    ("The rebels said they had killed dozens of soldiers, a claim that could not be verified.", False),
    ("Le gouvernement a rejeté ces accusations, les qualifiant d'« infondées ».", False),   # one scare-quoted word
    ("Bamako describes them as Russian \"instructors\".", False),
    ("The US troops left the base in August.", False),                                   # "US" is not "us"
    ("« Nous ne céderons jamais », a lancé le colonel.", True),
    ("\"They lie to the whole world,\" the spokesman said.", True),
    ("Who really believes these figures?", True),
    ("Notre armée ne recule devant rien.", True),
    ("Give us back our dignity.", True),
])
def test_a_sentence_speaks_when_it_quotes_addresses_or_asks(sentence: str, speaks: bool) -> None:
    assert voiced(sentence, [(0, len(sentence))]) == [speaks]


# -- Repetition ------------------------------------------------------------------------------------

def test_a_loaded_phrase_said_again_is_repetition_on_the_later_occurrence() -> None:
    text = ("The network denounced the shameless plunder of Niger. Ten years of shameless plunder, it said, "
            "must end.")
    first = text.index("shameless plunder")
    loaded = Technique("Loaded_Language", (first, first + 17), "shameless plunder", 0.7, 0, CODER)
    got = repeated_phrases(text, [loaded], [0, 53], CODER)
    assert [(t.technique, t.span[0], t.sentence) for t in got] == [("Repetition", text.rindex("shameless plunder"), 1)]


def test_a_repeated_exclamation_is_repetition_and_a_single_one_is_not() -> None:
    once = "« Le Faso d'abord ! » ont scandé les manifestants. La police a encadré le cortège."
    assert repeated_phrases(once, [], None, CODER) == []
    twice = once + " Puis, de nouveau : « Le Faso d'abord ! »"
    got = repeated_phrases(twice, [], None, CODER)
    assert len(got) == 1 and got[0].span[0] > len(once)


# -- real text through the whole pipeline ----------------------------------------------------------

def _overlapping(rec: Record, words: str) -> set[str]:
    a = rec.text.index(words)
    b = a + len(words)
    return {t.technique for t in rec.techniques if t.span[0] < b and a < t.span[1]}


@pytest.mark.models
def test_the_seed_techniques(seed_dir: Path) -> None:
    rec = next(analyze([read_file(str(next(seed_dir.glob("*.txt")))).articles[0]]))
    assert "Loaded_Language" in _overlapping(rec, "malicious propaganda")
    assert "Loaded_Language" in _overlapping(rec, "demonization")
    assert _overlapping(rec, "all the good people of the world") & {"Appeal_to_Values", "Flag_Waving"}
    closing = rec.text.index("Since its establishment in 2023")
    assert [t for t in rec.techniques if t.span[1] > closing] == []
    assert all(0 <= t.confidence <= 1 and rec.text[t.span[0]:t.span[1]] == t.text for t in rec.techniques)


NEUTRAL = {
    "en": "Niger's transitional government said on Monday it had signed an agreement with a Chinese company to "
          "build a 120-kilometre road between Dosso and Gaya. Work is due to start in January and last two "
          "years, the public works minister told reporters. The cost was put at 85 billion CFA francs. Traders "
          "in Gaya said the current road becomes impassable during the rainy season.",
    "fr": "Le ministère malien de l'Agriculture a annoncé jeudi la distribution de 12 000 tonnes d'engrais aux "
          "producteurs de coton de la région de Sikasso. La campagne commencera la semaine prochaine, a précisé "
          "le directeur régional, Seydou Coulibaly. Selon la compagnie cotonnière, la récolte de l'an dernier "
          "avait atteint 690 000 tonnes. Des producteurs interrogés à Koutiala ont dit attendre aussi des semences.",
}


@pytest.mark.models
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_neutral_wire_copy_gets_no_technique(lang: str) -> None:
    rec = next(analyze([RawArticle(text=NEUTRAL[lang], path=None, date="2025-04-10", language=lang)]))
    assert rec.techniques == [], [(t.technique, t.text) for t in rec.techniques]


@pytest.mark.models
def test_the_classifier_finds_a_technique_the_cues_miss() -> None:
    # an insinuating question with none of the lexicon's words: only the classifier can see it
    text = ("The foreign ministry welcomed the report. But do these observers, who have never set foot in Kidal, "
            "actually understand anything about our country?")
    assert not {t.technique for t in find_techniques(text, "en")} & {"Doubt"}
    rec = next(analyze([RawArticle(text=text, path=None, date="2025-04-10", language="en")]))
    assert "Doubt" in {t.technique for t in rec.techniques}


# Paragraphs of the bundled sample corpus that a human reads as neutral wire copy: each reports an
# accusation, a label, a toll or a charged topic (terrorism, Wagner, jihadist propaganda) in the
# reporter's own third-person voice, with at most a word or two in scare quotes and no loaded wording
# of its own. The classifier used to flag them as Name_Calling-Labeling; an analyst must not.
NEUTRAL_SAMPLE = {
    "fr": [("031-burkina-suspend-bbc-voa.txt", "les qualifiant d'« infondées »"),
           ("031-burkina-suspend-bbc-voa.txt", "Les autorités de transition accusent régulièrement"),
           ("025-djibo-attaque.txt", "un bilan invérifiable de source indépendante")],
    "en": [("026-tinzaouaten-fighting.txt", "a claim that could not be verified"),
           ("032-niger-suspends-bbc.txt", "accuse international media of echoing jihadist propaganda")],
}


@pytest.mark.models
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_neutral_wire_paragraphs_of_the_sample_corpus_are_not_flagged(lang: str, sample_dir: Path) -> None:
    paragraphs = []
    for name, words in NEUTRAL_SAMPLE[lang]:
        found = [p for p in (sample_dir / name).read_text(encoding="utf-8").split("\n\n") if words in p]
        assert len(found) == 1, (name, words)
        paragraphs.append(found[0].strip())
    raws = [RawArticle(text=p, path=None, date="2024-08-01", language=lang) for p in paragraphs]
    flagged = [(t.technique, t.text) for rec in analyze(raws) for t in rec.techniques]
    assert len(flagged) <= 1, flagged   # one slip in five paragraphs at most; there used to be one per paragraph


# -- constructions (session 7): one original sentence per shape, each with a neutral sentence that
# shares its words but not its move --------------------------------------------------------------

CONSTRUCTIONS = [
    ("en", "Loaded_Language", "The mayor said the gangs were vermin to be swept out of the old town.", "vermin"),
    ("fr", "Loaded_Language", "« Cette racaille ne fera plus la loi à Kayes », a lancé le gouverneur.", "racaille"),
    ("en", "Loaded_Language", "\"They have turned our rich province into a Chinese colony,\" the deputy said.", "into a Chinese colony"),
    ("fr", "Loaded_Language", "« Ils ont transformé la capitale en prison à ciel ouvert », dit-il.", "en prison"),
    ("en", "Loaded_Language", "\"The postponement is a hijacking of the vote,\" the party said.", "hijacking of the vote"),
    ("en", "Exaggeration-Minimisation", "\"It is the most shameful treaty in the history of the continent,\" she said.",
     "in the history of the continent"),
    ("en", "Exaggeration-Minimisation", "\"Our nation has never been so strong,\" the colonel told the crowd.", "never been so strong"),
    ("fr", "Exaggeration-Minimisation", "« Jamais le Faso n'a été aussi respecté », a-t-il assuré.", "aussi respecté"),
    ("en", "Causal_Oversimplification", "\"The drought has only one culprit: the dams built upstream,\" he said.", "one culprit"),
    ("en", "Causal_Oversimplification",
     "Every time the envoy visits Niamey, a new scandal suddenly breaks in the European press.", "suddenly breaks"),
    ("fr", "Causal_Oversimplification", "« La vie chère n'a qu'une seule cause : le franc CFA », selon le tract.", "seule cause"),
    ("en", "Guilt_by_Association", "\"By criticising the army, these editors are doing the work of the jihadists,\" he said.",
     "doing the work of the jihadists"),
    ("fr", "Guilt_by_Association", "« Ceux qui réclament des élections font le jeu de l'ennemi », a-t-il dit.",
     "font le jeu de l'ennemi"),
    ("en", "Whataboutism", "\"These diplomats said nothing when our markets were bombed,\" the spokeswoman replied.",
     "said nothing when"),
    ("fr", "Whataboutism", "« Ces ONG n'ont rien dit quand nos soldats tombaient », a répliqué le ministre.",
     "n'ont rien dit quand"),
    ("en", "Conversation_Killer", "\"This verdict must end the debate once and for all,\" the prosecutor said.",
     "must end the debate"),
    ("en", "Name_Calling-Labeling", "\"A gang of crooks has stolen the cooperative's savings,\" the farmers wrote.",
     "gang of crooks"),
    ("fr", "Appeal_to_Hypocrisy", "« Ces capitales osent nous faire la leçon sur la démocratie », a dit le colonel.",
     "osent nous faire la leçon"),
]


@pytest.mark.parametrize(("lang", "label", "sentence", "words"), CONSTRUCTIONS)
def test_an_argument_move_is_found_by_its_construction(lang: str, label: str, sentence: str, words: str) -> None:
    a = sentence.index(words)
    got = {t.technique for t in find_techniques(sentence, lang) if t.span[0] < a + len(words) and a < t.span[1]}
    assert label in got, (label, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The museum traces the history of the region from the Songhai empire to independence."),
    ("en", "Every time the river floods, the road to Mopti is closed for several days."),
    ("en", "The drought has several causes, according to the meteorological office."),
    ("en", "The new customs office will serve the interests of traders on both sides of the border."),
    ("en", "The committee will end the meeting with a vote on the budget."),
    ("en", "The health ministry said nothing had been decided about the vaccination campaign."),
    ("fr", "Le musée retrace l'histoire de la région depuis l'empire songhaï."),
    ("fr", "Le ministre a transformé une ancienne caserne en école, selon la mairie."),
    ("fr", "Les deux équipes ont joué le match retour à Niamey dimanche."),
])
def test_neutral_sentences_sharing_those_words_carry_no_cue(lang: str, sentence: str) -> None:
    assert find_techniques(sentence, lang) == [], [(t.technique, t.text) for t in find_techniques(sentence, lang)]


@pytest.mark.models
def test_the_classifier_finds_a_quoted_threat_the_cues_miss() -> None:
    # a warning that raises fear with none of the lexicon's shapes; session 7's written sentences taught it
    text = ("The governor toured the displacement camps on Tuesday. \"If these camps stay open, our towns will be "
            "next,\" he warned.")
    assert "Appeal_to_Fear-Prejudice" not in {t.technique for t in find_techniques(text, "en")}
    rec = next(analyze([RawArticle(text=text, path=None, date="2025-04-10", language="en")]))
    assert "Appeal_to_Fear-Prejudice" in {t.technique for t in rec.techniques}
