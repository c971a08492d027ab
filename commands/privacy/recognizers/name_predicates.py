"""What the words around a capitalised word say of it: a verb only people do ("Hope
said", "Rose a manqué"), a relative named beside it ("hunter and his mom", "Dakota's mom"),
a verb of meeting ("talked to Crystal", "if anyone sees Dakota")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import (
    CONJUNCTIONS,
    CREWS,
    INSTITUTION,
    KIN,
    POSSESSIVES,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_tokens import Tok

# Verbs that at the start of a sentence make the word their (human) subject.
_SUBJECT = SUBJECT_VERBS | words(
    """
    says attends asked asks called calls came comes cried drove keeps left lives presented
    misses missed moved needs ran refuses returned showed sleeps slept stayed stays
    stopped texted walked wants wanted went
    avait dort veut voulait vivait revient refusait s'est n'a n'est
    won't doesn't didn't can't couldn't wouldn't isn't wasn't hasn't hadn't
    skipped skips fled punched hit quit relapsed overdosed signed discharged phoned
    voudrait aimerait souhaite ne no-showed noshowed answered responded confirmed
    appelle texte mange parle crie fugue boit fume travaille reste menace frappe vole vend vient
    arrested remanded sentenced convicted acquitted detained breached pleaded pled
"""
)
_COPULAS = words("is was has had are were have est était sont étaient ont avaient")
# After a copula, words that read the subject as the everyday word: "Hope is that…",
# "Bill is overdue", "Patience is running thin", "Prudence est de mise".
_ABSTRACT_AFTER = words(
    """
    that a an the what how why so too very more less much also always never key
    important needed required recommended advised essential high low due overdue
    running wearing limited scarce over here coming ending approaching lost gone
    best better worse good great bad hard usually often typically generally normally
    when where around thin short wearing mince courte limitée
    de d du des un une le la les l très trop bien mal importante nécessaire
    essentiel essentielle clé requise requis recommandée recommandé mise ce ça que
    qu difficile facile open closed full muted ouvert ouverte fermé fermée plein pleine
"""
)
# "Rose a manqué", "Désiré a été vu": a past participle after "a".
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us", "ert", "eint")
# Verbs whose object is a person: "Visited Bear at home", "talked to Crystal".
CONTACT = words(
    """
    met saw seen sees see called visited texted phoned contacted drove picked referred found
    brought took escorted accompanied transported call
    located reached croisé croisée
    rencontré rencontrée vu vue appelé appelée visité texté accompagné chez trouvé trouvée
    retrouvé retrouvée appellera rappellera appelle rappelle connaît connait connaissait
    overheard
    avise aviser avisé avisée informer informé informée prévenir prévenu prévenue
    notify notified inform informed warn warned
    discharge discharged admit admitted release released
    héberge hébergé hébergée hébergeait hébergent héberger hosting
    représente represents represented accompagne accompanies
"""
)
_NE_PERSON = words("se s veut voulait va vient dort répond parle sort mange fréquente")
_CONTACT_PREP = words("with to avec à")
TALK = words(
    """
    phone talked talk talking spoke speak speaking spoken met meet meeting checked
    envoyer envoyé envoyée donner donné remettre remis
    parlé parler parle rencontre suivi visite
"""
)


# After "is not" / "n'est pas": where or how a person is. "Céleste n'est pas en sécurité".
_PERSON_STATE = words(
    """
    been in at home back safe en à au chez là rentrée rentré revenue revenu venu venue parti
    retournée retourné
    partie allé allée arrivé arrivée sorti sortie seul seule
    """
)
# "Chance got suspended", "Kevin got picked up": what happens to a person
_GOT = words("suspended arrested picked kicked jumped beaten charged evicted hurt stabbed expelled")
_TO_PERSON = words("attend meet call return stay move see visit contact")
_REFUSING = words("refusing refuses refused refuse")
_REFUSED = words("school treatment meds medication services shelter help care contact to")
_FOUND_AS = words("passed asleep unresponsive intoxicated alone outside drunk high")


def predicate(toks: Sequence[Tok], j: int, strict: bool = False) -> bool:
    """``toks[j:]`` says something of a person: a subject verb, "and her…", a copula."""
    if j >= len(toks):
        return False
    verb = toks[j].lower
    after = toks[j + 1].lower if j + 1 < len(toks) else ""
    if verb in _SUBJECT:
        return not (verb.endswith("n't") and after in ("be", "help", "work", "last"))
    if verb == "back" and after in _BACK_WHERE and not strict:
        return True  # "Chase back at the shelter, bed 12"
    if verb in _REFUSING and after in _REFUSED and not strict:
        return True  # "Chase refusing school again": only a person refuses school
    if verb == "met" and not strict:
        return True  # "Savannah met an older guy on there", not "Niijkiwendidaa met her"
    if verb in _EN_ADVERBS and after in _SUBJECT and not strict:
        return True  # "claire never showed for the 2pm", "jay still refuses"
    if verb == "got":
        return after in _GOT
    if verb in ("locked", "kicked") and after == "out" and not strict:
        return True  # "URGENT: Rose locked out at RR 2, no heat"
    if verb in ("found", "seen", "spotted") and not strict:
        ing = after.endswith("ing") and not after.endswith("thing")  # not "found nothing"
        seen_at = verb == "seen" and after in ("at", "with", "w")  # "Summer seen at Pine Centre"
        return ing or seen_at or after in _FOUND_AS  # "Hunter found sleeping in the stairwell"
    if verb in ("est", "was", "is", "était", "etait") and after in ("pas", "not") and not strict:
        later = toks[j + 2].lower if j + 2 < len(toks) else ""
        if later in _PERSON_STATE:
            return True  # "Claire est pas venue" (spoken French drops the "ne")
    if (
        verb == "est"
        and after in ("a", "à")
        and j + 2 < len(toks)
        and toks[j + 2].lower in ("l", "la", "le", "l'urgence", "l'hôpital")
    ):
        return True  # "François est à l'urgence"
    if verb in CONJUNCTIONS and after in POSSESSIVES:
        return True
    if verb in _COPULAS and not strict:
        if after in ("not", "pas", "n't"):  # "Faith is not attending", not "…are not names"
            later = toks[j + 2].lower if j + 2 < len(toks) else ""
            return later.endswith("ing") or later in _PERSON_STATE
        if (verb, after) in (("est", "de"), ("is", "back"), ("was", "back")):
            return j + 2 < len(toks) and toks[j + 2].lower in _BACK_WHERE
        if j + 2 < len(toks) and toks[j + 2].lower == "off":
            return False  # "Chase was called off on Hwy 2"
        if (
            after == "the"
            and j + 2 < len(toks)
            and toks[j + 2].lower in KIN
            and not toks[j + 2].possessive
        ):
            return True  # "Rose is the great-aunt in Fort McKay": a relative is someone
        if after == "the" and j + 3 < len(toks) and toks[j + 2].lower == "one":
            who = toks[j + 3].lower  # "Sterling is the one threatening the kid", "… who"
            return who in ("who", "who's", "whos", "that") or (
                who.endswith("ing") and not who.endswith("thing")  # not "the one thing"
            )
        return bool(after) and after not in _ABSTRACT_AFTER
    if verb == "to" and not strict:  # "Hunter to attend intake", not "Hope to be…"
        return after in _TO_PERSON
    if verb == "ne":  # "Claire ne se présente plus", not "Patience ne suffit pas"
        return after in _NE_PERSON
    if verb == "a":  # "Rose a manqué", "Désiré a été vu"; not "Prudence a ses limites"
        if after in _ADVERBS and j + 2 < len(toks):
            after = toks[j + 2].lower  # "Rose a encore appelé le 911"
        return after == "été" or after.endswith(_PARTICIPLE_ENDS)
    return False


_BACK_WHERE = words("retour at in home with from")  # "Grace is back from treatment"
_EN_ADVERBS = words("never still just already finally also always apparently actually")
# "Rose a encore appelé", "Noël a pas pris ses pilules" (spoken French drops the "ne")
_ADVERBS = words("encore déjà aussi jamais toujours souvent finalement enfin presque bien pas pus")


def kin_coordination(toks: Sequence[Tok], i: int) -> bool:
    if i + 2 < len(toks) and toks[i + 1].lower in _AND and toks[i + 2].lower == "them":
        # "Tanner and them were at the dugout": someone and their friends (not "between X and")
        return not toks[i].possessive and not (i and toks[i - 1].lower in ("between", "with"))
    if i + 3 >= len(toks) or toks[i].possessive:
        return False
    conj, pos, kin = toks[i + 1], toks[i + 2], toks[i + 3]
    k = i + 3
    while kin.lower in _COUNT_WORDS and k + 1 < len(toks) and k < i + 5:
        k += 1
        kin = toks[k]  # "Nuvalinga and her two kids", "sky and her 2 little ones"
    return (
        conj.lower in CONJUNCTIONS
        and pos.lower in POSSESSIVES
        and (
            kin.lower in KIN
            or kin.lower.rstrip("s") in KIN
            or kin.lower in CREWS  # "Tank and his crew are selling out of it"
            or kin.lower == "enfants"
            or kin.lower in _PETS  # "Kestrel and her dog are back in the doorway"
        )
    )


_AND = words("and an n")
_PETS = words("dog dogs cat cats puppy chien chienne chiens chat chats chiot")
_COUNT_WORDS = words(
    "two three four five six 2 3 4 5 6 deux trois quatre cinq little young younger older baby"
)


def possessive_kin(toks: Sequence[Tok], i: int) -> bool:
    """ "Dakota's mom", "Victoria's counsellor", "April's address", "Star's TikTok": only a
    person has a relative, a worker, a home address, a cell or an account."""
    return (
        toks[i].possessive
        and toks[i].lower not in INSTITUTION  # "the tribal council's youth home"
        and i + 1 < len(toks)
        and (
            toks[i + 1].lower in KIN
            or toks[i + 1].lower in WORKERS
            or toks[i + 1].lower in _PERSONAL_DETAILS
        )
    )


_PERSONAL_DETAILS = words(
    "address addy cell dob birthday tiktok insta instagram ig snap snapchat facebook fb email "
    "handle unit matter charges bail sentencing"  # "Grace's matter is with the Crown now"
)


WORKERS = words(
    """
    worker caseworker therapist psychiatrist lawyer sw po landlord landlady coach boss
    """
)


def contact_object(toks: Sequence[Tok], i: int, listed_place: bool) -> bool:
    """Object of a verb of meeting; a listed place ("chez Rona") only after "talked to"."""
    if i == 0 or toks[i].sentence_start or toks[i].start - toks[i - 1].end > 1:
        return False  # "mom will talk to, Regina FNCFS worker has…": a comma ends the object
    prev = toks[i - 1].lower
    if prev in CONTACT and (not listed_place or prev in _SEEN):
        return True  # "if anyone sees Dakota": a town is visited, not seen
    if prev in _GIVE and i + 1 < len(toks) and toks[i + 1].lower in _OBJECT_DETERMINERS:
        return True  # "Housing offered Crystal a unit", "told Faith the plan"
    if prev in ("tell", "told", "ask", "asked", "dis", "dit") and i + 1 < len(toks):
        return toks[i + 1].lower in _SUBJECT_PRONOUNS  # '"tell Crystal she's not getting…"'
    if prev == "try" and i + 1 < len(toks) and toks[i + 1].lower in ("at", "on"):
        return not listed_place or toks[i].given  # "try Crystal at VS": whom to call, and where
    if prev == "back" and i >= 2 and toks[i - 2].lower in ("call", "text", "phone", "rappeler"):
        return True  # "call back Nkechi at 437-555-0111 ext 3"
    if prev == "from" and i >= 2 and toks[i - 2].lower in ("heard", "hear", "hearing"):
        return True  # "Heard from Fobister: the youth is back in Grassy"
    if i >= 3 and toks[i - 3].lower in _BEFORE_A_NOUN:
        return False  # "Prochaine rencontre à Regina le 14": a meeting, not a verb
    return prev in _CONTACT_PREP and i >= 2 and toks[i - 2].lower in TALK


_BEFORE_A_NOUN = words("prochaine prochain la une notre votre next première dernière the our a")
_SEEN = words(
    "saw seen sees see met texted phoned contacted reached rencontré texté croisé croisée"
)
# Verbs with two objects, the first a person: "gave Hope a ride".
_GIVE = words(
    """
    offered gave given sent showed handed promised bought lent owes owed told asked
    offer give send show hand promise buy lend tell ask
    """
)
_SUBJECT_PRONOUNS = words("she he they she's he's they're elle il i i'm im we you")
_OBJECT_DETERMINERS = words("a an the her his their some any more another")


def only_a_person_did(text: str, pos: int) -> bool:
    """What only a person does, said right after ``pos``: "Victoria didn't show at the
    clinic", "Noël a manqué son rendez-vous", "Noël est retourné chez sa mère"."""
    return _ONLY_A_PERSON.match(text, pos) is not None


_ONLY_A_PERSON = re.compile(
    # '"Raven" (youth prefers that name) went missing', 'Mackenzie — "Kenz" to her friends —'
    r"[\"”’']?(?:\s*\([^()\d]{1,40}\)|\s+[—–]\s[^—–()\n]{1,30}\s[—–])?"
    r"\s+(?:didn['’]t\s+show|no-?showed|missed\s+(?:her|his|their)\b|a\s+manqué\s+(?:son|sa|ses)\b|"
    r"est\s+(?:retourné|retournée|sorti|sortie)\b|finally\s+answered|overdosed|ran\s+away|a\s+fugué|"
    r"(?:still|went|is|was|gone)\s+awol\b|"  # "mia still awol": only a person goes missing
    # "says Dakota hasn't been home since Sat", "Noël n'est pas rentré depuis jeudi"
    r"(?:hasn['’]t|has\s+not|hadn['’]t|didn['’]t|never)\s+(?:been|come|came|gone)\s+home\b|"
    r"went\s+missing\b|n['’]est\s+pas\s+rentrée?\b|is\s+back\s+from\s+(?:his|her|their)\b|"
    # "Dakota was walking home from the bar at 3 a.m.", "Dakota isn't welcome at the rink"
    r"(?:is|was|were|has\s+been)\s+(?:walking|hitchhiking|sleeping|crying|yelling)\b|"
    r"(?:waits|waited|(?:is|was)\s+waiting)\s+(?:at|outside|by)\s+the\b|"  # "Dakota waits at the"
    r"(?:is|was)(?:n['’]t|\s+not)\s+(?:welcome|allowed)\b|"
    # "Mackenzie told her mom she's moving in with a 24 y/o"
    r"told\s+(?:her|his|their)\s+(?:mom|mother|dad|father|teacher|worker|auntie?|grandma|kokum)\b|"
    # "Noël stays with his dad", "Noël reste chez sa mère": where a person lives or sleeps
    r"(?:stays|stayed|lives|lived|sleeps|slept)\s+(?:with|at)\s+(?:his|her|their)\b|"
    r"(?:reste|vit|dort|habite)\s+chez\s+(?:sa|son|ses)\b|"
    # "Dakota est revenue chez sa mère hier soir", "Dakota came back to her mom's"
    r"est\s+(?:revenue?|rentrée?)\s+chez\s+(?:sa|son|ses)\b|"
    r"(?:came|went|got)\s+back\s+(?:to|home\s+to)\s+(?:her|his|their)\b|"
    # "Autumn will go to camp if FACS funds it": where a person will be sent or stay
    r"(?:will|would|could|can|is\s+going\s+to|wants\s+to|needs\s+to)\s+(?:go|stay|move)\s+"
    r"(?:to\s+(?:camp|school|daycare|treatment|rehab)|with\s+(?:her|his|their)|in\s+with)\b|"
    # "May said she'd come to the clinic", "Noël a appelé pour dire qu'il ne viendrait pas"
    r"(?:says|said)\s+(?:she|he)(?:['’](?:s|ll|d)|\s+(?:is|was|will|would|can|could|went|left|"
    r"saw|has|had|did|didn['’]t|doesn['’]t|wants|wanted|needs))\b|"
    r"a\s+(?:appelé|téléphoné|rappelé)\s+pour\s+dire\s+qu['’](?:il|elle)\b|"
    r"(?:a\s+)?dit\s+qu['’](?:il|elle)\b|"
    # "River uses they/them", "Sky (she/her)", "Alex utilise le pronom iel": only a person has
    # pronouns; "Victoria passe ses journées au parc", "spends her nights at the drop-in"
    r"(?:uses|prefers|goes\s+by|is\s+using)\s+(?:they|she|he|xe|ze)\s*/\s*[a-z]+\b|"
    r"\((?:they|she|he|iel|il|elle)\s*/\s*(?:them|her|him|they|she|he|iel|elle|il|lui)\)|"
    r"(?:utilise|préfère)\s+(?:le\s+pronom\s+)?(?:iel|«\s*iel\s*»)|"
    r"passe\s+(?:toutes\s+)?ses\s+(?:journées|nuits|soirées|fins\s+de\s+semaine)\b|"
    r"spends\s+(?:all\s+)?(?:her|his|their)\s+(?:days|nights|evenings|weekends)\b)",
    re.IGNORECASE,
)


def labelled_person(text: str, start: int, end: int) -> bool:
    """A word standing alone after a form's label for a person: "Caller: Regina. Didn't give
    a last name", "Informant: Summer,"."""
    if _SIT_HEADING.search(text, max(0, start - 25), start) and _COLON.match(text, end):
        return True  # "Sit 24-140 / Victoire : fugue #6": who the situation is
    return (
        _PERSON_LABEL.search(text, max(0, start - 25), start) is not None
        and _ALONE.match(text, end) is not None
    )


_PERSON_LABEL = re.compile(
    r"\b(?:caller|appelante?|client|cliente|name|nom|prénom|first\s+name|informant|"
    r"complainant|plaignante?|referred\s+by|reported\s+by|signalée?\s+par)\s*:\s*$",
    re.IGNORECASE,
)
_ALONE = re.compile(r"\s*(?:[.,;(]|$)")
_SIT_HEADING = re.compile(r"\bsits?\s*#?\s*(?:19|20)?\d\d-\d{3}\s*[/–—]\s*$", re.IGNORECASE)
_COLON = re.compile(r"\s?:\s")
