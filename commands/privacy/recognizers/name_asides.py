"""Names beside what says they are names: a word before "aka" or "(goes by …)" ("tiger aka
tyler"), the given name an aside says someone is ("ti-pou (c'est léanne)"), a given name and
the short form it goes by ("Destiny (Dez)") and a word the table's situation number follows
("Nibi (26-050) has a new cell")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon
from commands.privacy.recognizers.cues import INSTITUTION, KIN, PERSON_VERBS, ROLES, SUBJECT_VERBS
from commands.privacy.recognizers.name_chat import chat_word
from commands.privacy.recognizers.name_echoes import SHORT_ASIDE, is_short_form
from commands.privacy.recognizers.name_naming import NOT_NICKNAMES
from commands.privacy.recognizers.name_tokens import Tok

# After a word: "tiger aka tyler sewap", "buster's real name is clifford", "bébé c'est le
# surnom de la plus vieille", "Boots is his street name".
# "jb = Jean-Baptiste Exantus", "tay is short for Taylor-Dawn": what a short name stands for
_SHORT_FOR = (
    r"\s*(?:\bis\s+short\s+for|\bstands\s+for|\bc['’]est\s+pour)\s+(?-i:[A-ZÀ-Ý])"
    # "= Jean-Baptiste Exantus": a full name, not "lead = Regina PS", "zone = North Central"
    r"|\s*=\s*(?-i:[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*\s+[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*)(?!\s+(?-i:[A-Z]{2}))"
)
# "river is what the cashier at the Northern called the boy": what someone is called
_CALLED_SO = (
    r"\s+(?:is|was)\s+what\s+(?:[\w'’-]+\s+){0,8}(?:calls?|called)\s+"
    r"(?:him|her|them|the\s+(?:boy|girl|kid|man|woman|guy|lady|youth|teen))\b"
)
_WHAT_SHE_GOES_BY = r"\s*\((?:that['’]?s|thats)\s+what\s+(?:she|he|they)\s+goes?\s+by\)"
_NICKNAME_AFTER = re.compile(
    r"(?:\s+(?:aka|a\.k\.a\.?|alias)\s"
    # "Tehoniehtathe (goes by Teo)": the name, then in brackets what they go by
    r"|\s*\((?:goes\s+by|aka|a\.k\.a\.?|alias|dite?|known\s+as|surnomm[ée]e?)\s"
    r"|['’]s\s+(?:real|legal|full|actual|government)\s+name\b"
    r"|\s+(?:c['’]est|cest)\s+(?:le|son)\s+surnom\b"
    r"|\s+(?:is|was)\s+(?:his|her|their|a)\s+(?:nickname|street\s+name)\b"
    r"|\s+(?:is|was)\s+what\s+(?:\w+\s+){0,2}(?:calls?|called)\b"  # "mouse is what they call…"
    r"|(?=" + _CALLED_SO + ")"
    r"|[\"”]?\s+to\s+(?:his|her|their)\s+(?:friends|buddies|crew)\b"  # "tyson, TJ to his friends"
    r"|(?:\s+lol)?[\"”]?\s*[—–,-]?\s*(?:apparently\s+|supposedly\s+)?(?:that['’]?s|thats|c['’]est|cest)\s+"
    r"(?:what|comme\s+ça\s+qu)\w*\s+(?:\w+\s+){0,2}"
    r"(?:calls?|appell?ent)\b"  # "Bear — that's what everyone calls him"
    # "maélie (nom affiché)", "Jo (il se fait appeler comme ça, 17 ans)"
    r"|\s*\((?:nom\s+affich[ée]|display\s+name|pseudo|(?:il|elle)\s+se\s+fait\s+appeler)\b"
    r"|" + _SHORT_FOR + "|" + _WHAT_SHE_GOES_BY + r")",
    re.IGNORECASE,
)


# "jé (c'est jérémie, le plus vieux)", "lucky (lucas) is out of the hospital": a short name or
# a nickname, and in brackets the given name it stands for
_WHO_IT_IS = re.compile(
    r"\s*\((?:c['’]est|cest|that['’]?s|i\.e\.)\s+"
    r"(?!(?:the|a|an|le|la|les|un|une|what|ce|ça|pour|for|not|pas)\b)[^\W\d_]",
    re.IGNORECASE,
)
_GIVEN_IN_BRACKETS = re.compile(r"\s*\(([^\W\d_][\w'’-]+)\)\s+([^\W\d_][\w'’]*)")
# "Nibi (26-050) has a new cell", "neebs (sit 26-050) messaged me": the situation's number in
# brackets, then what the person did; not "Saint-Malo (26-064) :", a town
_SIT_ASIDE = re.compile(
    r"\s*\((?:sit(?:uation)?\.?\s*#?\s*)?(?:19|20)?\d{2}-\d{3,4}\)\s+"
    r"(?:just\s+|also\s+|now\s+|still\s+|finally\s+)?([^\W\d_][\w'’]*)",
    re.IGNORECASE,
)
_TIMES_OF_DAY = frozenset(("mornings", "afternoons", "evenings", "nights", "matins", "soirs"))
_IT_IS_BEFORE = re.compile(
    # not "any day except Tuesday mornings (that's Babytime)": a program at that time
    "".join(rf"(?<!{when}\s)" for when in sorted(_TIMES_OF_DAY))
    + r"\((?:c['’]est|cest|that['’]?s|i\.e\.)\s+$",
    re.IGNORECASE,
)


def nickname_before_cue(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A word, then what says it is what someone is called: "tiger aka tyler"."""
    t = toks[i]
    quoted = text[t.start - 1 : t.start] in ('"', "“") and text[t.end : t.end + 1] in ('"', "”")
    if (t.protected and not quoted) or not t.text.isalpha():
        return False  # but a town quoted as one: '"Moncton" — that's what everyone calls him'
    if t.lower in NOT_NICKNAMES:  # "the bus (Kasper) runs": what carries someone
        return False
    if len(t.lower) < 2 or t.lower in STOPWORDS or t.lower in KIN or chat_word(t.lower):
        return False  # not "lol" in "eagle lol thats what they call him"
    if t.lower in ("apparently", "supposedly"):
        return False  # '"Moncton" — apparently that's what everyone calls him'
    if i > 0 and toks[i - 1].lower in ("the", "a", "an", "le", "la", "un", "une"):
        return False  # "the shelter aka the Lighthouse": a place
    if not t.cap and t.common and i > 0 and toks[i - 1].lower in ("de", "du", "des", "of"):
        return False  # "le jeune du foyer de groupe (dit Bébé)": a noun's complement
    if t.common and not t.cap and text[t.end : t.end + 3].strip().startswith("="):
        return False  # "lead = Jean Roy", "responsable = CLSC": a role, then who fills it
    if _WHO_IT_IS.match(text, t.end):
        return t.lower not in _TIMES_OF_DAY  # not "Tuesday mornings (that's Babytime)"
    inner = _GIVEN_IN_BRACKETS.match(text, t.end)
    if (
        inner is not None
        and inner.group(1).casefold() in lexicon().given
        and t.lower not in INSTITUTION  # "School (Carlton) says he's attended 6 days"
        and t.lower not in ROLES
    ):
        return inner.group(2).casefold() in PERSON_VERBS  # "lucky (lucas) is out"
    if t.lower in ROLES or (
        t.lower in INSTITUTION and not re.match(_CALLED_SO, text[t.end :], re.IGNORECASE)
    ):
        return False  # "Client (goes by Jay)": who, not what they are called; not "river is…"
    if len(t.lower) == 2 and t.text.isalpha():  # "jb = …", "Jo (il se fait appeler comme ça)"
        if i + 1 < len(toks) and toks[i + 1].protected:
            return False  # "KI = Kitchenuhmaykoosib Inninuwug": a community's initials
        return (
            re.match(_SHORT_FOR, text[t.end :], re.IGNORECASE) is not None
            or (t.cap and t.name and _NICKNAME_AFTER.match(text, t.end) is not None)
            or re.match(_WHAT_SHE_GOES_BY, text[t.end :], re.IGNORECASE) is not None  # "MJ (…)"
        )
    return len(t.lower) >= 3 and _NICKNAME_AFTER.match(text, t.end) is not None


def named_in_aside(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "la petite ti-pou (c'est léanne)": the given name the aside says someone is; "Nibi
    (26-050) has a new cell": the name an aside gives the situation's number; "Destiny (Dez)":
    a given name, then the short form it goes by."""
    t = toks[i]
    short = SHORT_ASIDE.match(text, t.end)  # "Destiny (Dez) now at her aunt's"
    if short and t.cap and t.given and not (t.protected or t.listed_word):
        return len(short.group(1)) < len(t.text) and is_short_form(short.group(1), t.text)
    return numbered_aside(text, toks, i) or (
        (t.given or t.unknown)
        and not t.protected
        and t.text.replace("-", "").isalpha()
        and len(t.lower) >= 3
        and _IT_IS_BEFORE.search(text, max(0, t.start - 12), t.start) is not None
    )


def numbered_aside(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Nibi (26-050) has a new cell": a word no list holds, the situation's number, a verb."""
    t = toks[i]
    if t.protected or not t.text.isalpha() or len(t.lower) < 3 or not (t.unknown or t.given):
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES or t.lower in INSTITUTION:
        return False
    m = _SIT_ASIDE.match(text, t.end)
    verb = m.group(1).casefold() if m is not None else ""
    return not chat_word(t.lower) and (verb in PERSON_VERBS or verb in SUBJECT_VERBS)
