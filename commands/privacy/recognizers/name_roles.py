"""Names told by the role a word plays, whatever list it is in.

Some words are people because of what the sentence does with them, even when the
lists call them a place, a holiday or nothing at all: the subject of a verb said
only of people ("Noël a été arrêté", "Églantine dort chez une amie") and the
entries of an attendee or contact list ("Présents : Gagnon (SPVG), Fatou (maison
d'hébergement)", "Jacynthe, l'intervenante du CLSC"), and the one someone is with
("stayed with Dunstan", "en couple avec Dieunel").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    CONJUNCTIONS,
    DETERMINERS,
    INSTITUTION,
    KIN,
    NATIONALITY_ENDINGS,
    ROLES,
    TOLD,
    TOLD_WHAT,
)
from commands.privacy.recognizers.name_chat import chat_word, short_name, typed_in_lower_case
from commands.privacy.recognizers.name_from_agency import from_agency, works_there
from commands.privacy.recognizers.name_predicates import TALK
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.naming_phrases import UNSAID


def spaced(text: str, a: Tok, b: Tok) -> bool:
    """One space between the words, an elided "n'"/"s'" allowed ("Céleste n'est")."""
    return _GAP.fullmatch(text, a.end, b.start) is not None


_GAP = re.compile(r" (?:[nsl]['’])?", re.IGNORECASE)
# Said only of people, so they decide even for a word that is otherwise a place or a
# holiday: "Noël a été arrêté", "Églantine dort chez une amie", "Xavion told staff".
_HUMAN = words(
    """
    prefers prefer thinks feels knows works missed skipped signed discharged called phoned
    emailed turns turned
    said says told tells stated admitted disclosed denied cried slept sleeps texted phoned
    refused refuses agreed wants wanted threatened punched assaulted overdosed fled
    dit dort pleure refuse refusait veut voulait avoue a avoué fugue fugué menace texte
    dormait couche couchait mange mangeait boit buvait crie criait frappe frappait
    cries yelled screamed hits punches ate eats drinks drank begged left
    """
)
_HUMAN_PARTICIPLES = words(
    """
    arrested seen charged hospitalized hospitalised admitted discharged released assaulted
    arrêté arrêtée vu vue hospitalisé hospitalisée accusé accusée libéré libérée agressé
    agressée expulsé expulsée suspendu suspendue retrouvé retrouvée apporté frappé frappée
    menacé menacée volé fugué quitté consommé crié pleuré avoué mordu poussé texté disparu
    disparue
    """
)


_WHO_SOMEONE_IS = words(  # only a person, to the people in a note
    "dealer pusher pimp chum blonde boyfriend girlfriend bf gf landlord proprio propriétaire "
    "roommate coloc voisin voisine neighbour neighbor ex père mère frère sœur cousin cousine"
)


def _human_predicate(toks: Sequence[Tok], j: int) -> bool:
    """``toks[j:]`` is said only of a person: "told staff", "was arrested", "a été vu"."""
    if j + 1 < len(toks) and toks[j].lower in ("never", "still", "just", "finally", "already"):
        j += 1  # "Ontario Works says Tookate never got her cheque"
        if toks[j].lower in ("got", "came", "went", "showed"):
            return True
    if j >= len(toks):
        return False
    verb = toks[j].lower
    if verb in _HUMAN and verb != "a":
        return True
    rest = [t.lower for t in toks[j + 1 : j + 3]]
    if verb in ("took", "takes", "ran", "runs") and rest[:1] in (["off"], ["away"]):
        return True  # "chaske took off with lil t"
    if verb in ("la", "le", "les", "lui", "me", "m", "l", "nous", "vous") and rest[:1]:
        if rest[0] in _HUMAN and rest[0] != "a":
            return True  # "elle dit que Pinamen la menace"
        if rest[0] == "a" and len(rest) > 1 and rest[1].endswith(("é", "ée", "u", "it", "is")):
            return True  # "Nakasuk nous a donné son numéro de téléphone"
    if verb in ("is", "was", "est") and rest[:1] in (["the"], ["le"], ["la"]) and rest[1:]:
        return rest[1] in _WHO_SOMEONE_IS  # "Bouboule c'est le dealer", "Tig is the landlord"
    if verb in ("is", "was") and rest[:1] == ["back"] and rest[1:2] in (["in"], ["at"], ["home"]):
        return True  # "mckay is back in the Thunder Bay jail"
    if verb in ("picked", "dropped") and rest[:2] in (["up", "by"], ["off", "by"]):
        return True  # "Dakota picked up by SNPS on Seneca Rd 0200h"
    if verb in ("checked", "checks", "signed", "signs") and rest[:1] in (["out"], ["in"]):
        return True  # "Dakota checked out at 8am": of a shelter, a hospital
    if verb in ("est", "était", "is", "was") and rest[:1] in (["pas"], ["not"]) and len(rest) > 1:
        return rest[1] in _HUMAN_STATES or rest[1] in _CAME  # "Regina n'est pas venue"
    if verb in ("is", "was", "est", "était") and rest and rest[0] in _HUMAN_STATES:
        # "Brandon is moving to Regina", "Florence est enceinte"; not "is moving forward"
        return rest[1:2] not in (["forward"], ["ahead"], ["along"], ["quickly"])
    if verb in ("hasn't", "hasnt", "hadn't") and rest[:1] == ["been"]:
        return rest[1:] in (["in"], ["to"], ["home"], ["back"])  # "Dakota hasn't been in since"
    if verb in ("was", "has", "is", "a", "got") and rest:  # "Dakota got released from…"
        if rest[0] in ("been", "été") and len(rest) > 1:
            return rest[1] in _HUMAN_PARTICIPLES
        return rest[0] in _HUMAN_PARTICIPLES or (verb == "a" and rest[0] in _HUMAN)
    return False


_LIST_SEPARATORS = (":", ",", ";", "•", "-", "–", "\n")


# "Snapchat de Yanick", "le cell de Kevin": what belongs to someone names them.
_BELONGINGS = words(
    """
    snapchat snap facebook fb instagram insta tiktok cell cellulaire courriel numéro
    téléphone phone email adresse compte account profile profil
    """
)


def owner(text: str, toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    if i < 2 or not t.cap or t.protected or t.text.isupper() or len(t.lower) < 3:
        return False
    if not (t.name or t.unknown) or t.lower in STOPWORDS:
        return False
    return toks[i - 1].lower in ("de", "d", "of") and toks[i - 2].lower in _BELONGINGS


def affiliated(text: str, toks: Sequence[Tok], i: int) -> bool:
    """An entry of an attendee or contact list: "Présents : Gagnon (SPVG), Fatou (maison
    d'hébergement)", "Contacts: Brooke (CMHA) and Reid (school)"."""
    t = toks[i]
    if works_there(text, toks, i):
        return True  # "AJ from the tattoo shop called back", "Brandy at the nail place says"
    # "the server says lee from the dart league is back", "ask jen from DCS to call me"
    said = i > 0 and toks[i - 1].lower in _SAYS | _ASKS and spaced(text, toks[i - 1], t)
    if (
        (t.sentence_start or said)
        and (not t.cap or t.common)
        and t.given
        and (not t.protected or t.listed_word)
        and (len(t.lower) >= 3 or short_name(t.lower))  # "jp from the Care Hub says"
        and i + 1 < len(toks)
        and toks[i + 1].lower == "from"
        and not (t.lower in _MONEY_WORDS and "$" in text[t.end : t.end + 60])  # "Bill … is $380"
    ):
        return from_agency(text, toks, i + 1)  # "mark from the food bank will drop off…"
    if (
        t.cap
        and t.given
        and t.protected
        and t.listed_word
        and not t.text.isupper()  # "discharged AMA from Vic": against medical advice
        and i + 1 < len(toks)
        and toks[i + 1].lower == "from"
        # "in Jan from the residence", "back in Thompson from Nelson House": a time or a place
        and not (i > 0 and toks[i - 1].lower in _WHEN_WHERE)
    ):
        return from_agency(text, toks, i + 1)  # "Tell her Crystal from the shelter gave…"
    if not t.cap or t.protected or t.possessive or not (t.name or t.unknown):
        return False
    if t.text.isupper() or len(t.lower) < 3 or t.lower in STOPWORDS or t.lower in KIN:
        return False
    if i + 1 >= len(toks):
        return False
    if (
        toks[i + 1].lower in _FROM
        and (t.strong or t.unknown)
        and t.lower not in ROLES
        and not (i > 0 and toks[i - 1].lower in DETERMINERS)  # "l'unité Les Érables du centre"
    ):
        return from_agency(text, toks, i + 1)  # "Okonkwo from CFS will be the contact"
    r = i + 2 if i + 1 < len(toks) and toks[i + 1].lower in _APPOSED_DETERMINERS else i + 1
    if (
        (t.strong or t.unknown)
        and r + 1 < len(toks)
        and toks[r].lower in ROLES
        and text[t.end : toks[i + 1].start].startswith(",")
        and toks[r + 1].lower in _FROM | {"at", "au", "à"}
    ):
        return from_agency(text, toks, r + 1)  # "Jacynthe, l'intervenante du CLSC, m'a donné"
    if text[t.end : toks[i + 1].start].strip() != "(":
        return False
    org = toks[i + 1]
    if not (
        (org.text.isupper() and len(org.text) >= 2)
        or org.lower in INSTITUTION
        or (org.protected and not org.listed_word)
        or org.lower in _AFFILIATIONS
    ):
        return False
    first = i
    while first > 0 and toks[first - 1].cap and spaced(text, toks[first - 1], toks[first]):
        first -= 1
    before = text[max(0, toks[first].start - 40) : toks[first].start].rstrip()
    return (
        not before
        or before.endswith(_LIST_SEPARATORS)
        or (
            first > 0
            and toks[first - 1].lower in CONJUNCTIONS
            and before.endswith(toks[first - 1].text)
        )
    )


_FROM = words("from of with de du chez")
# "Jacynthe, l'intervenante du CLSC", "Okwudili, the worker from CFS": a role set beside a name
_APPOSED_DETERMINERS = words("the our their la le notre leur")
_MONEY_WORDS = words("bill grant penny cash sterling")
_WHEN_WHERE = words("in on since until by at to en depuis au à dans near")


_AFFILIATIONS = words(
    """
    school police housing probation maison école hôpital hospital shelter refuge clinic
    clinique centre center band conseil council mental health santé famille family
    """
)


_CAME = words(
    "venu venue venus venues présenté présentée rentré rentrée revenu revenue arrivé arrivée"
)
_HUMAN_STATES = words(
    """
    moving staying living couch-surfing sleeping using drinking pregnant missing refusing
    hiding crying homeless incarcerated suicidal intoxicated attending skipping couchsurfing
    breaching violating avoiding dealing selling
    enceinte incarcéré incarcérée suicidaire intoxiqué intoxiquée disparu disparue fugueuse
    """
)
# "call Regina back", "text Summer tomorrow": the object of a call is a person.
_CALL = words("call text phone ring email message remind ask tell visit rappeler appeler texter")
_CALL_AFTER = words(
    """
    back again today tomorrow tmrw tonight asap re about when if before after first
    demain aujourd'hui ce soir quand avant après
    """
)


def called(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Someone to call or text back: "Can someone call Regina back?"."""
    t = toks[i]
    if i == 0 or i + 1 >= len(toks) or not t.cap or t.possessive or t.text.isupper():
        return False
    if t.protected and not (t.listed_word and t.given):
        return False
    if not (t.name or t.unknown) or t.lower in STOPWORDS or t.lower in KIN:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return (
        t.lower not in CALENDAR  # "a joint visit Thu if @CMHA is free": a weekday
        and prev.lower in _CALL
        and text[prev.end : t.start] == " "
        and not nxt.cap
        and nxt.lower in _CALL_AFTER
    )


def unlisted_subject(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A capitalised opener in no list, or shielded only as a lone listed word, followed by
    a verb said only of people."""
    t = toks[i]
    if (
        i > 0
        and toks[i - 1].lower in TOLD
        and t.unknown
        and t.text.isalpha()
        and t.text.islower()
        and len(t.lower) >= 4
        and i + 1 < len(toks)
        and toks[i + 1].lower in TOLD_WHAT
    ):
        return True  # "told benonie we'd call him after table": a word in no list, told
    said = i > 0 and toks[i - 1].lower in _SAYS and spaced(text, toks[i - 1], t)
    opens = (
        t.sentence_start
        or said  # "mom says chaske took off"
        or (  # "il dit que Bao dort…", "says that Xavion slept…"
            t.cap
            and i > 0
            and toks[i - 1].lower in _CLAUSE_OPENERS
            and spaced(text, toks[i - 1], t)
        )
    )
    if not opens or t.possessive or len(t.lower) < 3:
        return False
    if t.text.isupper() or t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES:
        return False
    if not t.cap:  # "jay told the SRO…": a lower-case given name opening the sentence
        # "wilnes missed his appt"; a youth's words quoted: '"tay said if i dont come back…"'
        chat = t.sentence_start and (
            typed_in_lower_case(text) or text[: t.start].rstrip()[-1:] in ('"', "“", "«")
        )
        listed = t.given or (t.surname and not t.common)  # "ratt texted me back finally"
        if not (listed or ((said or chat) and t.unknown and t.text.isalpha())) or t.protected:
            return False
        if chat_word(t.lower):
            return False  # "crisis team said doc signed a Form 1": the doctor
    elif not (t.unknown or (t.protected and t.listed_word and t.given)):
        return False
    if i + 1 >= len(toks) or not (
        spaced(text, t, toks[i + 1]) or text[t.end : toks[i + 1].start] in (" c'", " c’")
    ):
        return False  # "Bouboule c'est le dealer": "c'est" is a space and a verb
    nxt = toks[i + 1]
    if nxt.cap and nxt.unknown and not nxt.possessive and i + 2 < len(toks):
        # "Piita Kilabuk discharged from Stanton": a full name in no list, then the verb
        return spaced(text, nxt, toks[i + 2]) and _human_predicate(toks, i + 2)
    return _human_predicate(toks, i + 1)


# "asking for Miigwans", "demande après Ginette": someone sought
_SEEKING = words("asking asked ask asks looking looked searching searched demande demandé")
_SAYS = words("says said thinks thought dit pense")
_ASKS = words("ask call tell text ping cc")
_CLAUSE_OPENERS = words(
    "que qu that because since when while if si quand lorsque parce puisque so but mais donc alors"
)
_WITH = words(
    "with avec chez by par found located trouvé trouvée retrouvé retrouvée appellera rappellera"
)


_NOTE_OPENING = re.compile(
    r"[\s•*:–—-]*(?:(?:quick|short|brief|small)\s+)?(?:update|fyi|note|suivi|mise à jour)?"
    r"[\s:–—-]*",
    re.IGNORECASE,
)


def referred_to(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "re: Bellefeuille", "re: River - discharged", "Selon Pelletier, ça s'est calmé",
    "according to Marcus": a note about someone, or someone's word."""
    t = toks[i]
    if i == 0 or not t.cap or t.possessive or t.text.isupper() or len(t.lower) < 3:
        return False
    if (t.protected and not (t.listed_word and t.given)) or t.lower in STOPWORDS:
        return False
    if not (t.name or t.unknown) or t.lower in KIN or t.lower in ROLES:
        return False
    if t.lower in INSTITUTION and not t.given:
        return False  # "re: Housing", not "re: River"
    prev = toks[i - 1]
    if prev.lower == "re" and text[prev.end : t.start].strip() == ":":
        return True  # "pls call the school VP re: Amir"
    if prev.lower == "re" and text[prev.end : t.start] == " ":
        return _NOTE_OPENING.fullmatch(text, 0, prev.start) is not None  # the note opens with it
    if prev.lower == "selon" or (
        prev.lower == "to" and i >= 2 and toks[i - 2].lower == "according"
    ):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is None or not nxt.cap or text[t.end : nxt.start] != " "
    return False


def companion(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The one someone is with: "stayed with Dunstan", "parti avec Dorval", "chez Ginette"."""
    t = toks[i]
    if i > 0 and not t.cap and toks[i - 1].lower in ("chez", "avec", "with", "w"):
        # "passe ses nuits chez brad": a lower-case given name in no everyday use
        common_ok = toks[i - 1].lower == "chez"  # "chez brad", not "with grace"
        if short_name(t.lower) and not t.protected:
            return True  # "w/ tj again last nite"
        if t.lower in UNSAID:
            return False  # "left w/ unknown male in a blue truck"
        if t.unknown and t.text.isalpha() and len(t.lower) >= 5 and i >= 2:
            return toks[i - 2].lower in _SPOKE  # "spoke w/ nanokeesic at band office"
        return t.given and (common_ok or not t.common) and not t.protected and len(t.lower) >= 3
    if i == 0 or not t.cap or t.possessive or t.text.isupper() or len(t.lower) < 3:
        return False
    prev = toks[i - 1]
    sought = (
        prev.lower in ("for", "après")
        and i >= 2
        and toks[i - 2].lower in _SEEKING
        # "asking for Miigwans.", not "asked for Kanyen'kéha resources"
        and (
            i + 1 == len(toks)
            or text[t.end : toks[i + 1].start] != " "
            or toks[i + 1].lower in STOPWORDS
        )
    )
    if not (prev.lower in _WITH or sought) or text[prev.end : t.start] != " ":
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.cap and text[t.end : nxt.start] in (" ", "-"):
        return False  # a longer proper noun: "with Child Welfare", "chez Jean Coutu"
    if nxt is not None and nxt.lower in INSTITUTION:
        return False
    if t.protected:
        if (
            nxt is not None
            and not nxt.cap
            and nxt.lower not in STOPWORDS
            and t.lower.endswith(NATIONALITY_ENDINGS)
        ):
            return False  # "with French slides": an adjective
        if nxt is not None and nxt.lower in _WHAT_IT_GIVES:
            return False  # "with Alberta plates", "with Nodin follow-up": a province, an agency
        town = re.search(r"-(?:d['’]|du-|de-|la-|les-|sur-)", t.lower)  # "avec Val-d'Or"
        return t.listed_word and t.given and prev.lower in ("with", "avec", "chez") and not town
    return t.unknown or (t.name and not t.common)


_SPOKE = TALK | words("chatted connected visited")  # "spoke w/", "chatted w/"
_WHAT_IT_GIVES = words("plates plate tags licence license registration follow-up referral intake")
