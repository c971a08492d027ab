"""Names said by a naming verb: "goes by Jay", "aka Smokey", "dit « Ti-Loup »", "named tyler".

After a naming verb almost any word is a name, so the verb's strength decides how much a
lower-case or everyday word may be read as one; quoted speech after the verb names nobody."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    COMPASS,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    POSSESSIVES,
    TITLES,
    WEEKDAYS,
)
from commands.privacy.recognizers.name_chat import contracted
from commands.privacy.recognizers.name_quoted_nicknames import (
    OPENING_QUOTE,
    quoted_after,
    words_not_a_nickname,
)
from commands.privacy.recognizers.name_spans import cand, extend
from commands.privacy.recognizers.name_thing_shields import ANIMALS
from commands.privacy.recognizers.name_token_language import PEOPLES
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.naming_phrases import (
    NAME_KINDS,
    NAMING,
    NAMING_WEAK,
    NICK_ADJECTIVES,
    NICK_NEXT_VERBS,
    NICK_PREFIXES,
    NOT_GIVEN,
    UNSAID,
    lettered_nickname,
)


def named_by_verb(text: str, toks: list[Tok], i: int) -> tuple[Candidate, int] | tuple[()] | None:
    """The name a naming verb at ``i`` introduces and where it ends; ``()`` when quoted
    speech follows the verb, ``None`` when there is no naming verb at ``i``."""
    phrase = naming_phrase(toks, i)
    if not phrase:
        return None
    j = i + phrase
    if _A_THING_NAMED.search(text, max(0, toks[i].start - 60), toks[i].start):
        return ()  # 'un group chat sur Snap qui s'appelle "la mafia"': a chat's name, no one's
    if phrase == 1 and toks[i].lower == "nom" and j + 1 < len(toks) and toks[j].lower in NAME_KINDS:
        j += 2 if toks[j + 1].lower == "est" else 1  # "son nom innu c'est Uapukun"
    if j >= len(toks):
        return None
    cue_end = toks[j - 1].end + (2 if toks[j - 1].possessive else 0)  # "surname's crow"
    if toks[i].lower == "a" and phrase == 3 and text[cue_end : cue_end + 1] == ".":
        cue_end += 1  # "a.k.a. Bear": the abbreviation's last full stop
    quoted = quoted_after(text, cue_end)
    if quoted is not None:
        k = j
        while k < len(toks) and toks[k].end <= quoted[1]:
            k += 1
        after_a_name = i > 0 and toks[i - 1].cap and (toks[i - 1].name or toks[i - 1].unknown)
        kin = toks[i].lower in ("saved", "enregistré", "enregistrée") and toks[j].lower in KIN
        # 'calls him "uncle"': no name, unlike « se fait appeler « Papi » »
        kin = kin or (k == j + 1 and toks[j].lower in KIN and toks[j].text.islower())
        if k > j and not after_a_name and (words_not_a_nickname(toks[j:k]) or kin):
            return ()  # "dit « yalla » à tout le monde", "on dit « la mère »": words, no name
        if toks[i].lower == "dit" and i > 0 and toks[i - 1].lower in _SAYS_AFTER:
            return ()  # "le proprio nous envoie la décision pis dit « go »": says, not called
        end = quoted[1]
        number = re.search(r"\s+[+(]?\d", text[quoted[0] : end])
        if number is not None and number.start() > 0:
            end = quoted[0] + number.start()  # "« Rocky 705-555-0120 »": the name, then a phone
        if (
            k < len(toks)
            # 'Réjean dit « Pitou » Bouchard', "Marcus aka 'Bigs' Thompson" (a town too)
            and (toks[k].capped_name or (toks[k].cap and toks[k].surname and toks[k].listed_word))
            and re.fullmatch(r"\s*[»”\"'’]\s+", text[quoted[1] : toks[k].start])
        ):
            end, k = toks[k].end, k + 1  # 'Réjean dit « Pitou » Bouchard'
        return Candidate(Kind.NAME, quoted[0], end, None, 47), max(k, j)
    if OPENING_QUOTE.match(text, cue_end):
        return ()  # quoted speech, not a nickname: « je serai plus là pour Noël »
    target = toks[j]
    if re.match(r"-\d", text[target.end : target.end + 2]):
        return None  # "le tableau dit S-21": the table's own label
    pronoun = target.text == "I" and text[target.end : target.end + 1] != "."  # "name, I know"
    titled = j + 1 < len(toks) and toks[j + 1].cap
    titled = titled and bool(re.fullmatch(r"\.?\s+|\.", text[target.end : toks[j + 1].start]))
    # not "goes by Dre, Detroit address", "Andre (aka Dre) DOB 2001…"
    if pronoun or (target.lower in TITLES and titled):
        return None  # "cards in her name, Mrs. Beckford": the title reads the name after it
    if toks[i].lower.startswith("identif") and target.protected and not target.given:
        return None  # "identifies as Two-Spirit", « s'identifie comme Métisse »: who, not a name
    if toks[i].lower.startswith("identif") and target.lower in PEOPLES:
        return None  # "identifies as Cree": a people
    # "dit le Grand", "qu'on appelle la Grande"; not "il dit le Nord", "est-ce qu'on appelle la…"
    nick_cue = (toks[i].lower in _NICK_CUES and _said_of_someone(text, toks, i)) or (
        toks[j - 1].lower in ("appelle", "appellent")
        and any(x.lower == "on" and x.elided[:2].lower() == "qu" for x in toks[i:j])
        and "est-ce" not in text[max(0, toks[j].start - 25) : toks[j].start]  # we phone it
        and j + 1 < len(toks)
        and not toks[j + 1].text.isupper()
    )
    # "tout le monde l'appelle la Grande": calls her, then a nickname with its article
    calls_her = toks[j - 1].lower in ("appelle", "appellent") and toks[j - 1].elided in ("l'", "l’")
    # "un gars qui se fait appeler la Grosse sur Snap"
    calls_her = calls_her or (
        toks[j - 1].lower == "appeler" and any(x.lower in ("fait", "faisait") for x in toks[i:j])
    )
    known_under = toks[j - 1].lower == "sous"  # "connu sous le Grand Pat"
    if (
        (nick_cue or calls_her or known_under)
        and target.lower in ("le", "la", "the")
        and j + 1 < len(toks)
        and toks[j + 1].cap
        and not toks[j + 1].protected
        and toks[j + 1].lower not in INSTITUTION
        and toks[j + 1].lower not in COMPASS  # "tout le monde dit le Nord est loin"
        and text[target.end : toks[j + 1].start] == " "
    ):
        end = j + 2
        while (
            end < len(toks)
            and end - j < 4
            and toks[end].cap
            and (toks[end].given or not toks[end].protected)
            and toks[end].lower not in INSTITUTION
            and text[toks[end - 1].end : toks[end].start] == " "
        ):
            end += 1  # "connu sous le Grand Pat"
        return cand(text, toks, j, end, None), end  # "Mathieu Gélinas dit le Kid"
    if (
        toks[i].lower in ("dit", "dite")
        and i > 0
        and (
            toks[i - 1].given or (toks[i - 1].cap and toks[i - 1].name) or toks[i - 1].lower in _GUY
        )
        and target.lower in ("le", "la")
        and j + 1 < len(toks)
        and toks[j + 1].lower in NICK_ADJECTIVES
        and text[target.end : toks[j + 1].start] == " "
        and (
            re.match(r"\s*(?:[.,;:!?)]|$)", text[toks[j + 1].end :]) is not None
            or (j + 2 < len(toks) and toks[j + 2].lower in NICK_NEXT_VERBS)
        )
    ):
        return cand(text, toks, j, j + 2, None), j + 2  # "Steve Boudreau dit le gros, sort…"
    prefixed = target.lower in NICK_PREFIXES or (nick_cue and lettered_nickname(text, toks, j))
    if prefixed and j + 1 < len(toks) and not _weak_cue(toks, i, j):
        return cand(text, toks, j, j + 2, None), j + 2  # "aka lil T on the street"
    weak_cue = _weak_cue(toks, i, j)
    if (
        tuple(x.lower for x in toks[i:j]) in _OWNER_CUES
        and target.common
        and not target.given
        and not (j + 1 < len(toks) and toks[j + 1].capped_name)
    ):
        return None  # "au nom de Maison Écluse": an organisation speaks, no one is named
    passive = i > 0 and toks[i - 1].lower in _PASSIVE
    if toks[i].lower == "called" and target.lower in WEEKDAYS and passive:
        return None  # "CFS after-hours was called Sunday": phoned that day
    if toks[i].lower in _NAME_WORDS and not target.cap and re.match(r" ?:", text[target.end :]):
        return None  # « Nom brodé : Simard »: the label goes on, the name comes after it
    if NOT_GIVEN.match(text, target.start):
        return None  # "Nom de famille : s.o." (sans objet), "n.d.": an abbreviation, no name
    title_kin = target.lower in _NICK_KIN  # "les gens l'appellent Pépère"
    nick = (
        j + 1 < len(toks)
        and toks[j + 1].cap
        # "se fait appeler Kid Smoke", "Daddy K", not "named Youth A"
        and (len(toks[j + 1].text) > 1 or target.lower in _KIN_NICKS)
        and text[target.end : toks[j + 1].start] == " "
    )
    ok = target.cap and not target.protected and (target.lower not in KIN or nick or title_kin)
    ok = ok or target.capped_name
    # "(goes by Dido)", "goes by Boy at home": after a cue that only names, any capitalised word
    plain_kin = _plain_cue(toks, i) and not weak_cue
    ok = ok or (plain_kin and target.cap and target.lower not in NOT_NICKNAMES)
    # "le jeune homme du foyer (dit Bébé)": a bracket opened on "dit" holds only a nickname
    bracketed = toks[i].lower in _NICK_CUES and text[toks[i].start - 1 : toks[i].start] == "("
    ok = ok or (bracketed and j == i + 1 and target.cap and target.lower not in NOT_NICKNAMES)
    # after a naming verb a shielded given name is one: "name is crystal bird", "is Raymond …"
    shielded = target.listed_word or (target.cap and "-" not in target.text)  # "Saint-Jean-Bosco"
    ok = ok or (not weak_cue and target.given and shielded)
    if not weak_cue:
        ok = ok or (
            not target.protected
            and not target.cap
            and target.lower not in STOPWORDS
            and (
                target.name
                or target.unknown
                or "-" in target.lower  # "goes by j-rock"
                or (len(target.text) == 2 and target.text.isalpha())  # "aka kg"
            )
        )
    if not weak_cue and _plain_cue(toks, i):
        # "goes by trigger", "everybody calls him hammer", "surnommé fouine": after a cue that
        # only ever introduces a name, an everyday word in lower case is the nickname
        ok = ok or (
            not target.cap
            and not target.protected
            and target.text.isalpha()
            and len(target.text) > 2
            and target.lower not in STOPWORDS
            and target.lower not in NOT_NICKNAMES
            and not (toks[i].lower.startswith("call") and target.lower in KIN)  # "call her nanay"
        )
    pair = False
    if (
        weak_cue
        and not ok
        and (target.given or target.surname or target.unknown)
        and target.lower not in STOPWORDS
        and target.lower not in _AFTER_A_CALL  # "the daycare called too"
        and (target.cap or toks[i - 1].lower != "se")  # "il se dit persécuté": what he claims
    ):
        after = toks[j + 1].lower if j + 1 < len(toks) else ""
        clause_ends = re.match(r"\s*(?:[.,;:!?)]|$)", text[target.end :]) is not None
        ok = after in PERSON_VERBS or clause_ends  # "a guy they call tiny is running"
        # "Called dawn back re: her son": a phone call returned to someone
        ok = ok or (after == "back" and toks[i].lower in ("called", "call") and not target.cap)
        # "name Dakota Fontaine, Sagkeeng member": a given name and a family name after "name"
        pair = (
            toks[i].lower in ("name", "nom")
            and target.cap
            and target.given
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and toks[j + 1].surname
            and text[target.end : toks[j + 1].start] == " "
        )
        ok = ok or pair
    if nick_cue and not weak_cue:
        # "ricky morin aka ghost", "dit le Kid": after "aka" even an everyday word is a nickname
        ok = ok or (
            target.text.isalpha() and target.lower not in STOPWORDS and len(target.text) > 2
        )
    said = tuple(x.lower for x in toks[max(i, j - 4) : j])
    said = said[:-1] if said[-1:] in (("is",), ("est",)) else said[-3:]  # "maiden name is"
    if said[-1:] == ("surname",) or said[-2:] in _FAMILY_NAME or said == _NOM_DE_FAMILLE:
        # after a surname's word any word is one: "surname Wabano", "Keewatin-Bear"
        ok = ok or (
            target.text.replace("-", "").isalpha()
            and target.lower not in STOPWORDS
            and "," not in text[cue_end : target.start]
        )
    real_name = j >= 3 and toks[j - 3].lower in _WHOSE_NAME and toks[j - 2].lower == "name"
    if real_name and toks[j - 1].lower == "is" and not weak_cue:
        # "her real name is Xinyi": a listed place's word after "name is" is the name
        ok = ok or (target.cap and target.listed_word and not target.common)
    ok = ok and target.lower not in UNSAID and not contracted(target.lower)  # "is unknown", "im"
    # « qu'on appelle Au cœur des familles agricoles »: a call to an organisation, not "dit
    # Le Gros"
    lower_next = j + 1 < len(toks) and not toks[j + 1].cap
    ok = ok and not (weak_cue and target.lower in STOPWORDS and not target.given and lower_next)
    # "he named Mount Begbie as where he wanted to go": a place's first word, then its name
    ok = ok and not (
        target.lower in _PLACE_HEADS and j + 1 < len(toks) and toks[j + 1].cap and not nick_cue
    )
    # "houses go by lot and the band list": how, not who
    ok = ok and not (not nick_cue and not target.cap and target.lower in NOT_NICKNAMES)
    # "calls him, real name russell…": what follows is the name, not "real"
    ok = ok and not (
        target.lower in _NAME_QUALIFIERS and j + 1 < len(toks) and toks[j + 1].lower in _NAME_WORDS
    )
    # an acronym after a weak cue ("called CMHA"), not initials ("dit J-S")
    ok = ok and not (weak_cue and target.text.isupper() and len(target.text.replace("-", "")) > 2)
    # "if it's a name, DOB, address…": a list of what not to post
    listed = text[toks[j - 1].end : target.start].strip() == ","
    ok = ok and not (listed and target.text.isupper() and len(target.text) > 1)
    gap = text[cue_end : target.start]  # "last name (Ducharme)"; not "name: (left blank)"
    gap = gap.replace("(", "") if target.cap and not target.common else gap
    if ok and len(gap) <= 3 and all(c in " \t:,\"'“”«»" for c in gap):
        end = max(extend(text, toks, j, True), j + 2 if pair else 0)
        if nick and target.lower in KIN:
            end = max(end, j + 2)  # "the kids call him Uncle Boo": the kin word and the name
        if (
            end + 1 < len(toks)
            and toks[end].lower in ("or", "ou")
            and (toks[end + 1].cap or toks[end + 1].name or toks[end + 1].unknown)
            and not toks[end + 1].protected
            and toks[end + 1].lower not in STOPWORDS
        ):
            end = extend(text, toks, end + 1, True)  # "goes by Dre or D-Money"
        return cand(text, toks, j, end, None), end
    return None


_PASSIVE = words("was were been got")
_ADVERBS = words("toujours always tjrs souvent usually still encore often")
_KIN_NICKS = words("daddy papa papi mama mami mommy unc uncle auntie sis bro cuz")
_NAME_QUALIFIERS = words("real legal full first last vrai")
_NAME_WORDS = words("name names nom prénom")
_AFTER_A_CALL = words(
    "too also back again twice today yesterday earlier later tonight aussi encore hier ce"
)
_AGED = re.compile(r"\d{1,2}\s*ans\s*,\s*$")


def _said_of_someone(text: str, toks: list[Tok], i: int) -> bool:
    return (
        toks[i].lower not in ("dit", "dite")
        # "Steve Boisclair, dit le Gros", "dave lacasse dit le Grand": after a name, even unlisted
        or any(t.cap or not t.common for t in toks[max(0, i - 1) : i] if t.name or t.unknown)
        or (i > 0 and toks[i - 1].lower in ("monde", "gens", "jeunes"))
        or _AGED.search(text, max(0, toks[i].start - 12), toks[i].start) is not None
    )


_NICK_CUES = words("aka alias nicknamed surnommé surnommée dit dite surnom")
_CALLERS = words("everyone everybody people ppl they kids family friends some most all")


def _plain_cue(toks: list[Tok], i: int) -> bool:
    """ "goes by", "surnommé", "everybody calls him": cues that never mean a visit or a call."""
    word = toks[i].lower
    if word in ("goes", "going", "surnommé", "surnommée"):  # "hes going by ghost now"
        return not toks[i].elided
    if word in ("street", "nickname") and i + 1 < len(toks):  # "his street name is ghost"
        return toks[i + 1].lower in ("name", "is")
    return word in ("calls", "call") and i > 0 and toks[i - 1].lower in _CALLERS


# What follows "goes by" or "calls him" and is no name: "goes by bus", "calls him lazy".
NOT_NICKNAMES = words(
    """
    bus car foot train plane truck boat taxi cab bike skidoo quad snowmobile ferry air road sled
    canoe atv land water sea lot number numbers greyhound transit direct deposit mail cheque
    fast quickly slowly quick slow fine ok okay often sometimes daily weekly unnoticed
    names stupid lazy crazy useless ugly fat dumb worthless liar loser around nightly weekends
    first last order then before after only field line box spelled spelling real identity alone
    back every each again later today tomorrow tonight once twice when about workshop project
    since because cause until though while now
    """
)
_WHOSE_NAME = words("real legal full her his their")  # "her real name is Xinyi"
_GUY = words("gars fille type bonhomme dude gamin")  # "ya un gars dit le gros qui vend"
# kin words that are nicknames after a naming verb: "les gens l'appellent Pépère", "Nana"
_NICK_KIN = words("pépère pepere mémère memere papi nana mamie mémé pépé tonton tatie granny bébé")
_FAMILY_NAME = (("last", "name"), ("family", "name"), ("maiden", "name"), ("married", "name"))
_NOM_DE_FAMILLE = ("nom", "de", "famille")
_A_THING_NAMED = re.compile(  # "le chien s'appelle Caramel": a pet
    r"(?:\b(?:group\s*chat|groupe|gc|page|compte|account|serveur|server|channel|canal|team|"
    r"équipe|game|jeu|app|appli|site|podcast|playlist)\b[^.!?\n]{0,25}\b(?:qui|that|which)\s+"
    r"|\b" + ANIMALS + r"\s+)(?:s['’]|is\s+|was\s+|est\s+|'s\s+)?$",
    re.IGNORECASE,
)
_PETS = words("dog cat pet puppy kitten horse chien chat")


def _weak_cue(toks: list[Tok], i: int, j: int) -> bool:
    spoken = toks[i].elided in ("s'", "l'") and toks[i].lower.startswith("appel")
    if spoken or toks[i].possessive:  # "s'appelle céleste", "l'appelle pitou", "surname's crow"
        return False  # said as plainly as "is called"
    owner = i > 0 and (toks[i - 1].possessive or toks[i - 1].lower in POSSESSIVES)
    plain = j < len(toks) and (toks[j].start - toks[j - 1].end == 1 or toks[j].given)
    if toks[i].lower in ("name", "nom") and owner and plain:
        return False  # "registered under mom's name, Crystal Keeper": whose name, then it
    if (
        toks[i].lower in ("dit", "dite")
        and i > 0
        and (
            toks[i - 1].given
            or (toks[i - 1].cap and toks[i - 1].surname and not toks[i - 1].common)
        )
    ):
        return False  # "réjean dit bouboule", "Steve Bouchard dit bouche": a nickname after
    return tuple(x.lower for x in toks[i:j]) in NAMING_WEAK


_OWNER_CUES = (("au", "nom", "de"), ("in", "the", "name", "of"))


def naming_phrase(toks: list[Tok], i: int) -> int:
    if i > 0 and toks[i - 1].possessive and toks[i - 1].lower in _PETS:
        return 0  # "Her dog's name is Chance"
    if i > 0 and (toks[i - 1].lower, toks[i].lower) in _NO_NAME_SAID:
        return 0  # "goes by a street name, cousin also involved", "nobody named, will bring"
    if (
        toks[i].lower == "appeler"
        and toks[i].elided not in ("s'", "s’")
        and not (i >= 2 and toks[i - 1].lower == "fait" and toks[i - 2].lower == "se")
    ):
        # "je vais appeler Mme Sarazin": a call; "dit s'appeler Bear", "se fait appeler Papi"
        return 0
    for phrase in NAMING.get(toks[i].lower, ()):
        if tuple(t.lower for t in toks[i : i + len(phrase)]) == phrase:
            if phrase == ("going", "by") and i + 2 < len(toks) and toks[i + 2].lower in _WHEN:
                return 0  # "the MH nurse going by Friday": a visit, not a name
            return len(phrase)
        # "il signe toujours ses textos « Rocky »", "she always signs as": an adverb inside
        adverb = i + 1 < len(toks) and toks[i + 1].lower in _ADVERBS and len(phrase) > 1
        if (
            adverb
            and (toks[i].lower, *(t.lower for t in toks[i + 2 : i + len(phrase) + 1])) == phrase
        ):
            return len(phrase) + 1
    # "known on the rez as", "known at the mosque and at work as", "referred to in notes as"
    if toks[i].lower == "known" or tuple(t.lower for t in toks[i : i + 2]) == ("referred", "to"):
        for n in range(2, 9):
            between = toks[i + 1 : i + n]
            if i + n < len(toks) and toks[i + n].lower == "as":
                return n + 1 if all(t.text.islower() and t.text.isalpha() for t in between) else 0
    return 0


_WHEN = CALENDAR | words("today tomorrow tonight later again")
_NO_NAME_SAID = {("a", "street"), ("an", "street"), ("nobody", "named"), ("not", "named")}


_PLACE_HEADS = words("mount mt fort port lake cape point mont lac")
# what stands before "dit" when it is "says": a pronoun it is said to, a conjunction
_SAYS_AFTER = words("pis puis et nous me te lui leur vous qui ça ca")
