"""Who someone is, said beside a word, names them whatever the lists hold: "Mikey (older
bro)", "Tesfaye the dad", "The 14 y/o, Justice,", "Crow (street name)", "Mackenzie
(she/her)". Kin said of a name ("dawn was the cousin") is read in ``name_kin_is``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    INSTITUTION,
    IS_WAS,
    KIN,
    PERSON_VERBS,
    RELATIVES,
    ROLES,
)
from commands.privacy.recognizers.name_chat import chat_word, short_name
from commands.privacy.recognizers.name_tokens import Tok

# "Crow (street name)", '"Bones" (real name unknown)', "Favour (surname unknown)", "Okanee
# (surname only on the occurrence)", "Bong (don't know his legal name)": a word said to be a name
_GRADE = r"(?:gr\.?|grade|niveau|sec\.?)\s*\d{1,2}\s*[),]"  # "(Gr. 11, …", "(sec. 3, 15 ans)"
_ONE_WHO_ASIDE = re.compile(r"\s*\((?:the\s+one|celui|celle)\s+(?:who|that|qui)\b", re.I)
_AGED_ASIDE = re.compile(r"\s*\(\d{1,2},\s+(?:the|le|la)\s")
_IN_GRADE = re.compile(r"\s*\(" + _GRADE, re.IGNORECASE)
# The writer vouching for an unlikely name: "(yes that's her name)", "(yes, lowercase on the
# intake)", "(yes like the truck)", "(oui, c'est son vrai prénom)"
_YES_THATS_IT = re.compile(r"\s*\((?:yes|yep|oui)\b[,\s]+[^()\n/]{2,40}\)", re.IGNORECASE)
_NICKNAMED = re.compile(
    r"\s*[»”\"’']?\s*\((?:(?:le|la|son|sa|his|her|the)\s+)?(?:nickname|surnom|street\s+name|alias|"
    r"surname|prénom|"
    # "rusty (thats what everyone calls him, …)", "Doc (what everyone calls him, 60s)"
    r"(?:(?:that['’]?s|c['’]?est)\s+)?(?:what|comme\s+ça\s+que)\s+(?:\w+\s+){0,2}"
    r"(?:calls?|appell?ent)|"
    # "Frost (everyone at the parkade calls him that)", « Pépère (tout le monde l'appelle de
    # même) », « « Coco » (comme on l'appelle au refuge) »
    r"(?:every(?:one|body)|tout\s+le\s+monde|les\s+gens)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:calls?\s+(?:him|her|them)|l['’]appell?e(?:nt)?)|comme\s+on\s+l['’]appelle|"
    # "Tite-Ann (c'est le surnom de Anne-Sophie)", "Bubba (that's the nickname for the eldest)"
    r"(?:that['’]?s|c['’]?est|it['’]?s)\s+(?:le|son|sa|un|the|his|her|a)\s+(?:surnom|nickname)|"
    r"[^()\n]{0,25}?\b(?:(?:real|legal|full|last|family|first|street)\s+name|surname|nom\s+de\s+famille|"
    r"vrai\s+nom|nom\s+légal))\b"
    # "Pierrot — c'est comme ça qu'on l'appelle — vieux monsieur": set off by a dash
    r"|\s*[—–]\s*(?:that['’]?s|c['’]?est)\s+(?:what|comme\s+ça\s+qu)[\w'’ ]{0,20}?"
    r"(?:calls?|appell?e(?:nt)?)\b",
    re.IGNORECASE,
)
_REAL_NAME_AFTER = re.compile(
    r"\s*\((?:(?:his|her|their|son|sa)\s+)?(?:(?:real|legal|full)\s+name|vrai\s+nom)"
    r"(?:\s+is|\s+est|\s*:)?\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
_PRONOUNS = re.compile(r"\s*\((?:she/her|he/him|they/them|she/they|he/they|il/lui|elle/elle|iel)\b")
_DESCRIBED = re.compile(
    r"\s*\((?:she/her|he/him|they/them|il/lui|elle/elle|iel|"
    r"(?:le|la|the)\s+(?:grand|grande|petit|petite|tall|short|older|younger|oldest|youngest)\b"
    r"|"
    + _GRADE  # "Raven (Gr. 11, Riverview Collegiate)"
    + r"|nickname|surnom|aka|street\s+name"  # "J-Lo (nickname, she's 16)", "Crow (street name)"
    # "via Kingfisher (NBPS youth officer)": who the person is at an agency
    r"|(?!from\b|per\b|via\b|selon\b|[^()\n]*\bby\b)"  # not "parent (name removed by coordinator)"
    r"[^()\n]{0,20}\b(?:officer|worker|counsell?or|caseworker|"
    r"liaison|principal|teacher|coordinator|coordonnatrice|coordonnateur|"
    r"nurse|coach|agent|agente|policier|policière|intervenante?|travailleuse|travailleur)"
    # "Corbiere (gr 8 teacher, Cochrane Public) reports", "Kahlan (worker at Opokaa'sin)"
    r"(?:\s*(?:,|\bat\b|\bwith\b|\bfrom\b)\s*[^()\n,]{1,30})?\)"
    # "Lucky (the dog-walking guy at the encampment)", "Dre (the one who hangs at…)"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:guy|girl|man|woman|lady|dude|kid|one)\s+(?:who|that|at|from|with)\b"
    r"|(?:celui|celle)\s+qui\b"
    # "Mahamed (Abdirahman Warsame's younger brother)"
    r"|[^()\n]{0,40}['’]s\s+(?:(?:older|younger|big|little|twin|half)\s+)?"
    r"(?:brother|sister|cousin|son|daughter|nephew|niece|uncle|aunt|dad|mom|father|mother)\b"
    # "Star (la cadette, 11 ans)"
    r"|(?:le|la|l')\s*(?:cadet|cadette|aîné|aînée|aine|ainee|benjamin|benjamine)\b"
    # "Pauly (white guy, 40s, limp)"
    r"|(?:white|black|native|indigenous|older|young|tall|short|big)\s+"
    r"(?:guy|man|woman|girl|boy|lady|male|female)\b)",  # "Dakota (gr 8) came in with bruises"
    re.IGNORECASE,
)
_ADJECTIVE_ENDING = re.compile(r"(?:ée|ées|és|ique|iques|euse|euses|ive|ives)$")
# "storm (son)" is a son, "X (son chum)" a boyfriend, "sandy (foster mom)"
_KIN_ASIDE = re.compile(
    r"\s*\((?:\s*(?:older|younger|big|little|grand|petit|petite|ex|new|step|foster|bio|birth|"
    r"maternal|paternal|great|half|"  # "rose (maternal aunt) at 778-…"
    # "Faith (pt's twin)"
    r"adoptive|le|la|l'|the|her|his|sa|son|ses|(?:pt|patient|client|youth)['’]s)(?=\s))*\s*"
)


# Who a person is at work, and only that, in brackets: "(the carrier)", "(night clerk, …"
_ROLE_ASIDE = re.compile(r"\s*\((?:the|our|le|la|l['’]|notre)?\s*(?:[a-z]+\s+)?([a-z]+)\s*[),]")
_SIZED_KIN = re.compile(
    r"\s*\((?:older|younger|big|little|oldest|youngest|eldest)\s+([\w-]+)\)", re.I
)
_NAME_SAID_AFTER = re.compile(
    r"[.,;]\s+(?:that['’]s|it['’]s|c['’]est)\s+(?:\w+['’]s\s+|his\s+|her\s+|son\s+|sa\s+)?"
    # "Rivers. that's mom's last name", "under Sacobie, that's her maiden name"
    r"(?:first\s+|last\s+|family\s+|maiden\s+)?(?:name|prénom|nom)\b"
    r"|\s*[»”\"]\s*,?\s*de\s+son\s+(?:surnom|vrai\s+nom)"  # "« Coco » de son surnom"
    r"|\s*[»”\"]?,?\s+(?:(?:is|was|c['’]?est|est)\s+(?:his|her|their|the|son|sa|le|leur|a|an|un)\s+"
    r"(?:(?:older|younger|old|other|little|big)\s+)?(?:\w+['’]s\s+)?"  # "the older guy's nickname"
    r"(?:(?:first|last|middle|real|legal|given|family|street|vrai)\s+)?(?:name|prénom|nom|surnom"
    r"|nickname)\b"  # "Lune, c'est un surnom"
    r"|is\s+what\s+(?:[\w'’]+\s+){1,3}?goes?\s+by"  # "Shadow is what his older friend goes by"
    r"|[—–]\s+(?:his|her|their|son|sa)\s+(?:[\w'’-]+\s+)?(?:name|nom)\b"  # "X — his Cree name"
    r"|\s*\((?:(?:oui|yes),\s*)?(?:c['’]est|that['’]s|it['’]s)\s+(?:son|sa|her|his)\s+(?:prénom|nom|name)"
    r"|is\s+what\s+(?:everyone|everybody|people|they|we|the\s+family|the\s+kids|his|her)"
    # "dakota is what she goes by on insta", "Honey is what everyone calls the grandmother"
    r"(?:\s+\w+)?\s+calls?\b)",
    re.IGNORECASE,
)
_SHORT_FOR = re.compile(r",?\s+\(?(?:short\s+for|diminutif\s+de)\s+", re.IGNORECASE)
_RANKED = re.compile(
    r",\s*(?:le|la|the)\s+(?:plus\s+)?(?:vieux|vieille|jeune|oldest|youngest|eldest|older|younger)\b",
    re.IGNORECASE,
)
_SAID_NEXT = re.compile(r"\s*(?:,|(?:is|was|has|est|a)\b)")  # not "the older one made the team"
_RANKED_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:oldest|youngest|eldest|middle\s+one|older\s+one|younger\s+one|"
    r"plus\s+vieux|plus\s+vieille|plus\s+jeune|aîné|aînée|cadet|cadette)\s*,?\s+$",
    re.IGNORECASE,
)
_ONE_WHO = re.compile(
    r"\s?[,—–]\s(?:the\s+(?:one|guy|girl|woman|man|lady|dude)|celui|celle|le\s+gars|la\s+fille)"
    r"\s+(?:who|that|qui|from|de|w/|with|avec)(?!\w)",
    re.IGNORECASE,
)
_KIN_APPOSED = re.compile(r",?\s(?:the|le|la)\s([^\W\d_][\w'’-]*)")
_REAL_NAME = re.compile(
    r"\s*\((?:legal|real|full|birth)\s+name|\s*\((?:de\s+son\s+)?vrai\s+nom|\s*\(nom\s+légal"
    # "Bubba (that's Darnell Janvier)": a nickname, then who it is
    r"|\s*\((?:that'?s|that is|c'est|aka|a\.k\.a\.?|i\.e\.?)\s+(?-i:[A-Z][a-zà-ÿ]+\s[A-Z])"
    r"|\s*[,—–]\s*(?:(?:his|her|their)\s+)?(?:real|legal|full|birth)\s+name"
    r"|\s*[,—–]\s*(?:de\s+son\s+)?vrai\s+nom",
    re.IGNORECASE,
)


def apposed_to_youth(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "The 14 y/o, Justice, is back at school": a name set off by commas after an age or a
    word for the person, however everyday the word."""
    t = toks[i]
    bracketed = text[t.start - 1 : t.start] == "(" and text[t.end : t.end + 1] == ")"
    if not (t.cap or (t.given and bracketed)):
        return False  # "client (jen) says": a given name alone in brackets, in lower case
    initials = len(t.text) == 2 and t.text.isupper() and not t.protected  # "le jeune, JW,"
    initials = initials and t.lower not in _ROLE_LETTERS  # not "the youth, EA, and the SRO"
    if t.possessive or ((t.text.isupper() or len(t.lower) < 3) and not initials):
        return False
    if (t.protected and not (t.listed_word and t.given)) or t.lower in STOPWORDS:
        return False
    end = t.end
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and nxt.cap
        and text[t.end : nxt.start] == " "
        and not nxt.common
        and nxt.lower not in INSTITUTION
    ):
        end = nxt.end  # "34 y/o female, Crystal Rainville, presenting…"
    set_off = text[end : end + 1] in (",", ")") or text[end : end + 2] in (" —", " –")
    if not set_off or t.lower in KIN or t.lower in ROLES:
        return False  # "the other one, Ikey — is the one": a dash closes it too
    before = _PERSON_BEFORE.search(text, max(0, t.start - 80), t.start)
    if before is None:
        # "34 y/o female, Crystal Rainville,": a full name after the sex, not "male, Porcupine,"
        return (
            end != t.end
            and t.given
            and _SEXED_BEFORE.search(text, max(0, t.start - 40), t.start) is not None
        )
    if "ans" in before.group(0):  # "Femme de 45 ans, Camerounaise,": French sets off an
        return t.given and not t.protected  # origin, a nation or a district the same way
    after = _WORD_AFTER.match(text, end)
    if t.protected and end == t.end and after and _noun(after.group(1)):
        return False  # "16 y/o, London, school refusal": where the youth is, in a list
    return t.given or t.unknown or not t.protected


_WORD_AFTER = re.compile(r",\s+([a-z][\w'’-]*)\s+[a-z]")


def _noun(word: str) -> bool:
    return not (
        word in PERSON_VERBS or word in IS_WAS or word in _ADVERBS or word.endswith(("ed", "s"))
    )


_ADVERBS = words(
    """
    never just still also then finally already always again now apparently reportedly
    allegedly really will would can could might may did does didn't doesn't won't can't
    """
)


_SEXED_BEFORE = re.compile(
    r"\d{1,2}\s*(?:y/?o|yo|-year-old|year old|ans)\s+(?:male|female|man|woman|homme|femme)\s*,\s*$",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"(?:\d{1,2}\s*(?:y/?o|yo|-year-old|year old|ans)|\b(?:youth|teen|girl|boy|client|jeune|ado|"
    r"adolescente?|fille|garçon|daughter|son|little\s+one|other\s+one|youngest|oldest|eldest|baby|"
    r"toddler"
    r"|(?:le|la)\s+(?:petite?|plus\s+jeune|cadette?|bébé|(?:p['’]?tite?\s+)?derni[eè]re?)"
    # "La sœur de la dame, Pierrette,", "her sister, Pierrette,", "Her Kuya (Bong)"
    r"|(?:"
    + "|".join(sorted(RELATIVES | {"mère", "père", "nièce", "neveu"}, key=len, reverse=True))
    # "the sister in Alberta, Crystal, says she'll take him": where the relative lives (not
    # "Aunt in London (UK)")
    + r")(?:\s+(?:de|du|of)\s+(?:la|le|l'|the)?\s*\w+|\s+(?:in|from|à|en)\s+\w+(?=\s*,))?))"
    + r"(?:\s+(?:who|that|qui)\s[^,;.()]{1,40})?"  # "The girl who called it in, Tsuki, is"
    + r"\s*[,(]\s*$",
    re.IGNORECASE,
)


# "(gf) says": who someone is to the person, in brackets, then what they said
_KIN_SAYS_AFTER = re.compile(
    r"\s*\(([\w-]+)\)\s+(?:says|said|told|reports|reported|called|dit|affirme|rapporte)\b",
    re.IGNORECASE,
)


def kin_in_brackets(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Mikey (older bro) got picked up", "Josée (mère) refuse": who they are, in brackets."""
    t = toks[i]
    if short_name(t.lower) and not t.protected and _DESCRIBED.match(text, t.end):
        return True  # "jo (iel) a dormi au refuge"
    initials = len(t.text) == 2 and t.text.isalpha() and not t.common  # "jb", "TJ"
    if (short_name(t.lower) or initials) and not t.protected and _ONE_WHO_ASIDE.match(text, t.end):
        return True  # "jb (the one who pays for the dentures)": initials, then who
    if t.cap and t.given and _IN_GRADE.match(text, t.end):
        return True  # "Florence (sec. 3, 15 ans) fugue": a town has no school grade
    if t.given and not t.protected and _AGED_ASIDE.match(text, t.end):
        return True  # "river (14, the quiet one) told her": an age, and who in the family
    if (
        t.text.isalpha()
        and len(t.lower) >= 3
        and (not t.protected or t.listed_word)
        and all(t.lower not in s for s in (STOPWORDS, INSTITUTION, ROLES, KIN))
        and _YES_THATS_IT.match(text, t.end)
    ):
        return True  # "Storm (yes that's her name) is 14", "khaleesi (yes really) 12 y/o"
    if (
        len(t.lower) == 2
        and t.text.isalpha()
        and not t.protected
        and re.match(r"\s*\((?:that['’]?s|c['’]?est)\s", text[t.end :])
        and _NICKNAMED.match(text, t.end)
    ):
        return True  # "jr (that's what they call him in Sandy Lake)"
    if (
        len(t.text) == 2
        and t.text.isupper()
        and not t.protected
        and _REAL_NAME_AFTER.match(text, t.end)
    ):
        return True  # "her partner DJ (real name Dustin Jacobs)": initials he goes by
    if t.possessive or t.text.isupper() or len(t.lower) < 3 or t.lower in STOPWORDS:
        return False
    if t.text.isalpha() and not t.protected and _REAL_NAME_AFTER.match(text, t.end):
        return True  # "coop (real name Cooper Hendriks) - 15": a nickname, any word
    if chat_word(t.lower) and not t.cap:
        return False  # "it's a diff guy, the one from the shelter"
    if (t.cap or t.given or t.unknown) and not t.protected and _NICKNAMED.match(text, t.end):
        return True  # "Crow (street name) is the one supplying": a nickname, any word
    short_for = _SHORT_FOR.match(text, t.end)
    if short_for and (t.cap or t.given or t.unknown) and not t.protected:
        full = next((x for x in toks[i + 1 :] if x.start == short_for.end()), None)
        if full is not None and full.given:
            return True  # "the kid is tay, short for taylor"
    hyphened = "-" in t.lower and t.lower.replace("-", "").isalpha()  # "tit-loup c'est le surnom"
    if (t.cap or t.given or t.unknown or hyphened) and _NAME_SAID_AFTER.match(text, t.end):
        return not t.protected or t.listed_word  # "Qavavau is his first name", "dakota is…"
    if (
        t.given
        and (not t.protected or t.listed_word)
        and _RANKED_BEFORE.search(text, max(0, t.start - 30), t.start)
        and (not t.common or _SAID_NEXT.match(text, t.end))
    ):
        return True  # "the oldest, dakota, is missing", "the older one grace is…"
    aside = (
        t.unknown
        and (t.cap or not _ADJECTIVE_ENDING.search(t.lower))  # "la version caviardée (Jeune A…)"
        and (  # "tay (his cousin)", "is kowalski, the one who"
            text[t.end : t.end + 2].strip()[:1] == "(" or _ONE_WHO.match(text, t.end) is not None
        )
    )
    if not t.cap and (t.protected or not (t.given or t.surname or aside)):
        return False  # "tony (le cousin) vend au parc", "singh the uncle" in lower case
    if t.cap and (t.name or t.unknown) and _PRONOUNS.match(text, t.end):
        return True  # "Mackenzie (she/her) stayed at…": only a person has pronouns
    if (
        t.protected
        and t.cap
        and t.given
        and (says := _KIN_SAYS_AFTER.match(text, t.end))
        and says[1].lower() in KIN
    ):
        return True  # "Paris (gf) says he punched the wall": a town neither has kin nor says
    if t.protected and not (t.listed_word and t.name):
        return False  # "Lacombe (dad)": a surname that is also a town, named by the aside
    after_article = not t.cap and i > 0 and toks[i - 1].lower in KIN_DETERMINERS
    if _REAL_NAME.match(text, t.end) and t.lower not in STOPWORDS and not after_article:
        return True  # "Dre (legal name …)": a nickname with the legal name beside it
    if _DESCRIBED.match(text, t.end) and t.lower not in STOPWORDS and (t.name or not t.common):
        return True  # "Robin (they/them, 17)", "Jay (le grand avec les dreads)"
    if (
        t.cap
        and not t.protected
        and not t.sentence_start
        and (m := _SIZED_KIN.match(text, t.end)) is not None
        and m.group(1).casefold() in KIN
    ):
        return True  # "reached Hawk (older bro)", "Legend (older cousin) makes him carry"
    if not (t.name or t.unknown) or t.lower in STOPWORDS or t.lower in KIN:
        return False
    if t.cap and t.given and (role := _ROLE_ASIDE.match(text, t.end)) and role[1] in ROLES:
        return True  # "Frank (the carrier) was frank about it", "from Hope (rural carrier, …)"
    if _RANKED.match(text, t.end) and not t.protected and (t.cap or not t.common):
        return True  # "Tremblay, le plus vieux des frères, est celui qui pose problème"
    m = _KIN_APPOSED.match(text, t.end)
    if m is not None and re.sub(r"['’]s$", "", m.group(1).casefold()) in KIN:
        # "Tesfaye the dad, not the son", "c'est boucher, le beau-père à jade"
        lower_ok = (  # "c'est boucher, le beau-père à jade", not "sans bail, le proprio"
            t.surname
            and not t.cap
            and (i == 0 or (m.group(0).startswith(",") and toks[i - 1].lower in IS_WAS))
        )
        return not t.protected and (not t.common or lower_ok)
    if _ONE_WHO.match(text, t.end) and (t.cap or t.surname or t.unknown):
        return not t.protected  # "is kowalski, the one who was bothering her"
    m = _KIN_ASIDE.match(text, t.end)
    if m is None or not text[t.end : m.end()].strip().startswith("("):
        return False
    prev = toks[i - 1] if i > 0 else None
    if not t.cap and prev is not None and (prev.lower in _ARTICLE or prev.lower in _COMPOUNDS):
        return False  # "at the Centre parking lot (mom's choice)": a thing, not a person
    word = re.match(r"[^\W\d_][\w'’-]*", text[m.end() :])
    # "Olumide (mom's new partner)": a kinship word, possessive or not
    if word is None:
        return False
    said = re.sub(r"['’]s$", "", word.group(0).casefold())
    if said == "ex" and text[m.end() + 2 : m.end() + 3] == ".":
        return False  # "le quartier (ex. « Hochelaga »)": an example, not an ex-partner
    if _WHAT_KIN_DID.match(text, m.end() + len(word.group(0))):
        return False  # "4 calls in January (neighbour concerns, a fall)": what was reported
    return said in KIN or said in _KIN_PLURALS  # "the McKays (grandparents)"


_ARTICLE = words("the an this that")  # not "a": French chat types "à" so
_COMPOUNDS = words("parking car bus truck empty vacant back front side school church")
# roles, and conditions in brackets: "her mom (MS)", "his son (CP)"
_ROLE_LETTERS = words("ea ts sw cw po yw ow ct rn np md pa ps ed er ms cp tb")
_WHAT_KIN_DID = re.compile(
    r"\s+(?:concerns?|complaints?|reports?|calls?|issues?|disputes?|conflicts?|plaintes?)\b",
    re.IGNORECASE,
)
_KIN_PLURALS = words(
    """
    parents grandparents grands-parents foster-parents kids children enfants twins jumeaux
    jumelles
    """
)

KIN_DETERMINERS = words("the her his their my our a sa son ses la le les leur")
