"""A name that opens a short reply: "Lebrun oui", "Okemaw pas présent au tribunal",
"Fortin – ça fait 3 fois ce mois-ci", "Ty = the older brother", "c'était Seb, pas Max".

In a busy channel reps answer in a few words, and the name is often the whole subject with
nothing around it that a longer note would give (a title, a kinship word, a verb said only of
people). A one-line message that opens with a surname, a given name or a word no list holds,
followed by what a reply puts after a name (yes or no, a dash, a comma, "=", "c'est", "a
signé", "again", a verb of what someone did), names that person. Towns, agencies and
everyday words keep their own reading unless what follows leaves no other. So does the one a
message is addressed to or signed by ("Thanks Bex", "Steph, peux-tu…", "— Véro").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import CALENDAR, KIN, PERSON_VERBS, ROLES, SUBJECT_VERBS
from commands.privacy.recognizers.name_chat import (
    chat_word,
    said_of_money,
    typed_in_lower_case,
    weather,
)
from commands.privacy.recognizers.name_tokens import Tok

_SHORT_CHARS = 90
_SHORT_TOKENS = 12


def reply_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is the person a short reply opens with."""
    if len(text) > _SHORT_CHARS or len(toks) > _SHORT_TOKENS or not _opens(text, toks, i):
        return False
    t = toks[i]
    rest = text[t.end :]
    if t.possessive:  # "Cardinal's the aunt in PA", "june's the gf, not the sister": "is"
        rest = " is" + text[t.end + 2 :]
        if not _said_to_be_kin(rest) and not _AFTER_ANY.match(rest):
            return False
    strong = _AFTER_ANY.match(rest) is not None or _said_to_be_kin(rest, heading=not t.common)
    # "mcleod lol wrong chat"; a word, in lower case, only before what says it is someone:
    # "river is the 6 y/o"
    chat = not t.cap and typed_in_lower_case(text) and (not t.common or strong)
    if not (t.cap or chat) or t.text.isupper() or len(t.lower) < 2:
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES or t.lower in CALENDAR:
        return False
    if chat_word(t.lower) or (weather(t.lower) and not strong):  # "river is the 6 y/o"
        return False
    if not t.text.replace("-", "").isalpha():
        return False
    if t.text in _THANKS:
        return False  # "ty! 🙏": thank you
    if _NAME_TALK.match(rest):
        return True  # "it's Jourdain, Innu family", "c'est Saint-Fleur le nom de famille"
    lex = lexicon()
    place = t.lower in lex.given_places or (t.protected and not t.listed_word)
    if place or (t.protected and not (t.surname or t.listed_word)):
        # "Ermineskin, the older sister": the whole reply says who the person is
        return (
            (m := _IS_KIN.match(rest)) is not None
            and _kin_word(m)
            and not rest[m.end() :].strip(" .!?")
        )
    if t.protected and t.lower.startswith(("saint-", "sainte-", "st-", "ste-")):
        return False  # "Saint-Jean-Baptiste, bureau fermé lundi": a holiday, a parish
    if not (t.given or t.surname or t.unknown):
        return False
    if t.common and said_of_money(t.lower, text, t.end):
        return False  # "Grant came through! The Kinsmen Foundation approved $4,000."
    if t.common:  # "Sparrow missed curfew", "Boucher c'est le beau-père"; not "Bill paid"
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        done = _DID.match(rest) is not None  # "Désir a confirmé pour demain"
        return strong or done or (nxt in SUBJECT_VERBS and nxt in PERSON_VERBS)
    if t.unknown:
        # a word no list holds: only before what is said of a person ("Okemaw pas présent",
        # "Tesfaye confirmed…"), never before a colon or a comma, where a heading, a French
        # participle or a typo stand as often ("Arriérés :", "Rouvert.", "Meds:"); in lower
        # case only before what is said of a name ("ogemah yep", "ghebremichael, je sais pas
        # l'épeler")
        if len(t.lower) < 4 or _INFLECTED.search(t.lower) or not (t.cap or strong):
            return False
        after = toks[i + 1 :]
        placed = (  # "Whiteduck, Kitigan Zibi": a word no list holds, then only the community
            text[t.end : t.end + 2] == ", "
            and 1 <= len(after) <= 3
            and all(a.cap and a.protected for a in after)
            and not text[after[-1].end :].strip(" .!")
        )
        answer = i > 0 and _answers(text, t) and not rest.strip(" ?.!")  # "…last wk? Musqua?"
        # "Kapashesit?", "Uyarak?? thought he went back to Iqaluit": a name asked about
        asked = i == 0 and len(t.lower) >= 6 and _ASKED_ABOUT.match(rest) is not None
        # "yeah Naistus", "Dieuseul? non, Dieuvel": after yes, no or a correction, the whole reply
        alone = i > 0 and not rest.strip(" ?.!") and len(t.lower) >= 5
        return (
            strong or placed or answer or asked or alone or _SAID_OF_SOMEONE.match(rest) is not None
        )
    if t.protected:  # a surname some list shields: not "Desjardins a gelé le compte"
        return strong or _REPLIED.match(rest) is not None
    return strong or _AFTER_A_NAME.match(rest) is not None


def _opens(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The token opens the message, perhaps after "c'est", "ça c'est", "it was"."""
    if i == 0:
        return not text[: toks[0].start].strip(" \t\"'«“(")
    if _answers(text, toks[i]):
        return True
    if _CORRECTED.match(text[: toks[i].start]):
        return True  # "Dieuseul? non, Dieuvel": the name put right
    before = [t.lower for t in toks[:i]]
    if before in _HEADINGS and text[toks[i - 1].end : toks[i].start] in (": ", " - ", " – "):
        return True  # "spell check: Mahamud, one m in the middle"
    return before in _OPENINGS and text[toks[i - 1].end : toks[i].start] in (" ", "'s ", "’s ")


def _answers(text: str, t: Tok) -> bool:
    """The token answers the question just before it: "same kid as last wk? Musqua?",
    "C'est la même jeune? Gaudet, de Gravelbourg"."""
    if not t.sentence_start or t.common or not re.search(r"\?\s+$", text[: t.start]):
        return False
    rest = text[t.end :]
    return not rest.strip(" ?.!") or re.match(r"\s*[,:]", rest) is not None


_OPENINGS = [
    ["est"], ["ça", "est"], ["était"], ["ça", "était"], ["it", "was"], ["pas"], ["not"], ["it"],
    ["sorry"], ["wait", "is"], ["hey", "is"], ["so", "is"], ["and", "is"], ["is", "that"], ["is"],
    ["oui"], ["yes"], ["non"], ["no"], ["oui", "est"], ["non", "est"], ["ouais", "est"],
    ["yes", "it"], ["no", "it"], ["yeah", "it"], ["yep", "it"], ["yeah"], ["yep"], ["ouais"],
]  # fmt: skip
_CORRECTED = re.compile(
    r"\s*(?-i:[A-ZÀ-Ý])[\w'’-]+\s*\?*\s*(?:non|no|nope|nah|pas)\s*[,:—–-]?\s+"
    r"(?:c['’]est\s+|it['’]?s\s+)?$",  # "Wapikun? Non, c'est Uapikun avec un U"
    re.IGNORECASE,
)
_ASKED_ABOUT = re.compile(
    r"\?+\s*$|\?+\s+(?:[\w'’]+\s+){0,4}?(?:he|him|his|she|her|they|them|il|elle|lui|family|famille|"
    r"from|de|same|même|heard|connais|know)\b",
    re.IGNORECASE,
)
_HEADINGS = [
    ["spell", "check"], ["spelling"], ["correction"], ["typo"], ["orthographe"], ["épellation"],
    ["corr"], ["fix"], ["name"], ["nom"], ["surname"], ["last", "name"], ["nom", "de", "famille"],
]  # fmt: skip
# What follows a name, whatever the name: "again", "=", "c'est le beau-père"
_AFTER_ANY = re.compile(
    r"\s*(?:=|\?\s*(?:oui|non|yes|no)\b|\s+again\b|\s+(?:too|aussi|encore)\s*[.!]?\s*$"
    r"|,?\s+(?:pas|not)\s+(?-i:[A-Z])"  # "c'était Seb, pas Max": a correction
    r"|,\s+(?-i:[A-Z][a-zé]+)\s*(?:[.!]|$)"  # "pas Boucher, Bouchard. mea culpa", "pas Côté, Cote"
    # "Lau or Liu", "Côté ou Coté", "Chen? or was it Cheng?", "Marchand, no, Marchant"
    r"|\s*\??\s+(?:or|ou)\s+(?:was\s+it\s+)?(?-i:[A-Z])|,?\s+(?:no|non),?\s+(?-i:[A-Z])"
    r"|\s+(?:dob|ddn|née?|born)\b"  # "Adeyemi dob 1998-11-30"
    r"|,\s*(?:one\s+word|all\s+one\s+word|en\s+un\s+mot|\d\s+[a-z]['’]?s\b|[a-z]+,\s+\d\s+[a-z]['’]?s\b)"
    r"|,?\s+(?:yes\s+)?(?:that['’]?s|c['’]est)\s+(?:her|his|their|son|sa)\s+(?:real|legal|actual|vrai)\s"
    r"|\s+(?:w/|with)\s+one\s+[a-z]\b"  # "is that Dacosta w/ one c or two?"
    r"|\s+(?:ou|or)\s+(?-i:[A-Z])[\w'’-]+\s*\?"  # "Tremblay ou Tremblé? ça s'écrit comment"
    # how it is spelled: "Singh with an h", "Léger avec un accent", "Tremblay sans s", "Fox,
    # like the animal", "c'est Petit, comme l'adjectif", "c'est Rivière le nom de famille"
    r"|,?\s+(?:with|w/|avec|sans|without)\s+(?:an?\s+|un\s+|une\s+|two\s+|deux\s+|double\s+|the\s+)?"
    r"(?:[a-zé]\b|accents?\b|apostrophe\b|hyphen\b|trait\b|[a-z]['’]s\b"
    r"|[a-z]{2},\s*(?:not|pas)\s+[a-z]{1,2}\b)"  # "Kowalczuk w/ cz, not ch"
    # "ghebremichael, je sais pas l'épeler", "Ittusardjuat, je l'épelle : I-T-T-…"
    r"|,\s*(?:[\w'’]+\s+){0,5}?(?:l['’])?(?:épel\w*|spell\w*)\b"
    # "Koostachin, double o", "Abi-Saab, hyphen", "Bien-Aimé, trait d'union"
    # "Vo, juste deux lettres", "Mahamud, one m in the middle"
    r"|,\s*(?:just\s+|juste\s+|only\s+|seulement\s+)?(?:two|three|four|deux|trois|quatre|\d)\s+"
    r"(?:letters|lettres)\b"
    r"|,\s*(?:one|two|double|un|une|deux)\s+[a-z]\s+(?:in\s+the\s+middle|at\s+the\s+end|au\s+milieu|"
    r"à\s+la\s+fin)\b"
    r"|\s+the\s+same\s+(?:one\s+)?as\s+(?-i:[A-Z])"  # "is Medeiros the same as Madeiros"
    r"|\s*[,:]\s*(?:deux|two|un|une|one)\s+[a-z]\b(?!['’])"  # "Perrault : deux r, pas Perault"
    r"|\s*[,:]\s*(?:double\s+[a-z]\b|hyphen(?:ated)?\b|trait\s+d['’]union\b|no\s+hyphen\b|sans\s+trait\b"
    r"|(?:no|pas\s+de|sans)\s+[a-z]\b\s*[.!,]|(?:with|avec|w/)\s+-[a-z]{1,3}\b)"  # "Tesfay, no e.""
    r"|,?\s+(?:like|comme)\s+(?:the|le|la|l['’]|in)\s*[a-zé]+"
    r"|\s+(?:le|the)\s+(?:nom|last\s+name|surname|family\s+name)\b"
    r"|\s+(?:uses|goes\s+by|prefers)\s+(?:she|he|they|il|elle|iel)/"  # "Sky uses they/them"
    r"|\s+(?:is|'s)\s+(?:on\s+)?(?:mom|dad|mother|father)['’]s\s+side\b"
    r"|\s+(?:is|was)\s+the\s+\d{1,2}\s*(?:y/?o|yo|year)"  # "river is the 6 y/o"
    r"|\s+(?:oui|non|yes|no|yep|nope)\b\s*[.!]?\s*$)",
    re.IGNORECASE,
)
# What is said only of a name: which family it is, that it is the family name
_NAME_TALK = re.compile(
    r",\s+(?-i:[A-Z][a-zé]+\s+)?(?:family|famille)\s*[.!]?\s*$"
    r"|,\s+(?:like|comme)\s+(?:the|le|la|l['’])\s*[a-zé]+\s*[.!]?\s*$"  # "Shire, like the horse"
    # "Marchant with a t, not Marchand", "Lévesque avec un accent"
    r"|,?\s+(?:with|w/|avec|sans|without)\s+(?:an?|un|une|two|deux|double)\s+"
    r"[a-zé](?=\s*(?:[,.;!?]|$|\s(?:not|pas|no|non)\b))"
    # "Sunshine, her street name", "Nanabush? pretty sure that's a nickname"
    r"|,\s+(?:her|his|their|son|sa)\s+(?:street\s+name|nickname|nick|surnom|vrai\s+nom|real\s+name)\b"
    r"|\?\s*(?:pretty\s+sure\s+|i\s+think\s+|je\s+pense\s+que\s+)?(?:that['’]?s|it['’]?s|c['’]est)\s+"
    r"(?:a|her|his|un|son)\s+(?:nickname|street\s+name|surnom)\b"
    r"|\s+(?:le|the)\s+(?:nom\s+de\s+famille|last\s+name|surname|family\s+name)\b",
    re.IGNORECASE,
)
_IS_KIN = re.compile(
    r"(?:\s+(?:c['’]est|is|was|=)|,|\?+)\s+(?:le|la|l['’]|the|his|her|sa|son|their)\s*"
    r"(?:(?:older|younger|oldest|youngest|big|little|new|ex|real|vrai|grand|grande|bio|birth)\s+)?"
    r"([\w-]+)",
    re.IGNORECASE,
)


def _said_to_be_kin(rest: str, heading: bool = False) -> bool:
    """ "… c'est le beau-père", "… = the older brother", "…, the uncle": who the person is; a
    name as a heading, then a relative ("Bilyk — mom, 40s", "Préfontaine : sa mère a appelé");
    "Mpoyi, le grand", "Wadley? le petit": which one of them."""
    m = _IS_KIN.match(rest) or (_HEADED_KIN.match(rest) if heading else None)
    if m is not None and m.group(1).casefold() in _SIZES:
        return not rest[m.end() :].strip(" .!?")
    return m is not None and _kin_word(m)


def _kin_word(m: re.Match[str]) -> bool:
    return m.group(1).casefold() in KIN or m.group(1).casefold() in _KIN_MORE


_SIZES = words("grand grande petit petite older younger oldest youngest eldest big little")


_HEADED_KIN = re.compile(r"\s*[—–:-]\s*(?:(?:sa|son|ses|his|her|their)\s+)?([\w-]+)\b", re.I)
# "c'est Bekkattla, la famille de Fort Chipewyan": the family too
_KIN_MORE = words("gf bf stepdad stepmom one guy kid landlord nickname surname famille family")
_REPLIED = re.compile(r"\s*(?:[?.!]|$|\s+(?:oui|non|yes|no|yep|nope|lol|from|de)\b)", re.I)
_DID = re.compile(r"\s+a\s+[a-zé]+é\b")
_THANKS = frozenset(("ty", "thx", "tx", "merci"))
_INFLECTED = re.compile(r"(?:ée?s?|és|ert|erte|ics?)$")
_SAID_OF_SOMEONE = re.compile(
    r"\s+(?:oui|non|yes|yep|nope|pas|not|n['’]est|est|a|c['’]est|was|has|had|confirmed|signed|"
    r"signé|called|appelé|appelée|texted|showed|missed|left|refused|refuse|came|went|said|says|"
    r"dit|wants|veut|owns|owned|rents|lives|works|aussi|encore|again|l['’]a|l['’]ont|lui\s+a)\b"
    r"|,\s*(?:right|non|hein|c['’]est\s+ça)\s*\?"  # "Enzoe, right?"
    r"|\s+(?:la|the)\s+(?:famille|family)\b"
    # "Nutarariaq, arrivé d'Iqaluit en janvier": where the person came from
    r"|,\s+(?:arrivée?s?|revenue?s?|déménagée?s?|originaire|arrived|moved|originally)\s"
    # "Mestokosho, d'Ekuanitshit", "Chakasim, from Attawapiskat": where the person is from
    r"|,\s+(?:de|d['’]|from)\s*(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s*[.!]?\s*$|,|\s+(?:à\s+l['’]origine|d['’]origine|au\s+départ|originally)\b)",
    re.IGNORECASE,
)
# What follows a listed surname or given name in a reply
_AFTER_A_NAME = re.compile(
    r"\s*(?:[?.!]|$|[,–—]\s|-\s|\s+(?:"
    r"oui|non|yes|no|yep|nope|lol|pas|not|n['’]est|est|a|c['’]est|cest|était|is|was|has|had|"
    r"from|de|du|à|confirmed|signed|signé|called|appelé|appelée|texted|showed|"
    r"missed|left|refused|refuse|came|went|said|says|dit|wants|veut|en|owns|owned|rents|lives|"
    # "Lavoie marchait sur la voie ferrée", "Lavallée aussi? même famille que jeudi?"
    r"works|file|family|kids|household|aussi|encore|too|also|again|l['’]a|l['’]ont|[a-zé]{3,}ait)\b"
    r"|\s+(?:la|the)\s+(?:famille|family)\b)",  # "Pham la famille vietnamienne de Vanier"
    re.IGNORECASE,
)


_GREETINGS = words("thanks thank thx ty hi hey hello merci bonjour salut allo allô")
_MODALS = words("can could would will did")
_ADDRESSED = words(
    """
    can could would will please pls you your are did do tu toi vous peux peux-tu
    pourrais-tu pourrais pourriez-vous svp stp est-ce merci thanks as-tu avez-vous
    """
)


def addressed(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A name in a greeting, a question to someone or a signature."""
    t = toks[i]
    if not t.cap or t.protected or t.possessive or t.text.isupper():
        return False
    greeted = i > 0 and toks[i - 1].lower in _GREETINGS and toks[i - 1].sentence_start
    if len(t.lower) < 3 and not (greeted and t.given and text[t.end : t.end + 1] == ","):
        return False  # "hey Mo, re the walk-in": a short name, set off after a greeting
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES or t.lower in _GREETINGS:
        return False
    if t.common and not t.given:
        return False
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = text[t.end :].lstrip(" ")
    if prev is not None and prev.lower in _GREETINGS and prev.sentence_start:
        return after[:1] in ("", ",", "!", ".", "—", "-", ":") or (nxt is not None and not nxt.cap)
    if t.sentence_start and i == 0 and after.startswith(","):
        return nxt is not None and not nxt.cap and nxt.lower in _ADDRESSED  # "Steph, peux-tu…"
    if t.sentence_start and i == 0 and nxt is not None and nxt.lower in _MODALS:
        return i + 2 < len(toks) and toks[i + 2].lower in ("u", "you")  # "pat can u update…"
    # A signature: "… je fais le suivi avec la SAE. — Véro"
    before = text[max(0, t.start - 4) : t.start]
    return i == len(toks) - 1 and before.rstrip().endswith(("—", "–", "-", "~")) and i > 0
