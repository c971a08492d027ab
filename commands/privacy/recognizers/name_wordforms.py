"""What a word's own spelling says, before any list or context: chat's negations typed
without the apostrophe ("didnt"), family names by their ending ("Kowalczyk") or by a
spelling only Inuktitut, Cree and Innu-aimun have ("Qajaq", "Kaapiish"), acronyms in
the plural or in mixed case ("DOBs", "ToR"), two everyday words run together as a service's
name ("HealthLine"), the initials of a compound first name ("J-F"), and what no name is
written as: the asterisks or x's a redaction leaves, "I'll", a French weekday cut short before
an hour."""

from __future__ import annotations

import re

from commands.privacy.lexicon import Lexicon, unaccented, words

# Negations chat types without the apostrophe, read as the words the rules know.
_UNTYPED_APOSTROPHE = {
    w.replace("'", ""): w
    for w in words(
        "didn't doesn't isn't wasn't hasn't hadn't won't can't couldn't wouldn't shouldn't "
        "aren't weren't don't haven't"
    )
}
NEGATIONS = frozenset(_UNTYPED_APOSTROPHE.values())
# Endings only family names have, for the many the lists lack: "Kowalczyk", "Shevchuk",
# "Hrynyshyn", "Lysyk", "Semeniuk", "Papadopoulos", "Popescu", "Petrosyan", "Jankowski",
# "Petrovic", and the Icelandic "Bjarnason", "Olafsson", "Sigurdardottir" of the Interlake.
_SURNAME_ENDING = re.compile(
    r"\w{2,}(?:chuk|czuk|czyk|czak|shyn|enko|wicz|vich|ovic|evic|owski|ewski|inski|ynski"
    r"|yk|yuk|iuk|opoulos|akis|escu|eanu|osyan|yan|ason|sson|dottir)$"
)
# Spellings of Inuktitut, Cree and Innu-aimun that English and French never write: a "q"
# without "u", doubled vowels, "tsh", and the endings "-iish", "-oosh", "-kum", "-apu",
# "-juk": "Qajaq", "Aqigiaq", "Kaapiish", "Wiiyaas", "Tshani", "Mattawashkum", "Nuakapu".
# The communities so spelled are in the place lists, which shield them first.
_NORTHERN_FORM = re.compile(
    # "Jeetaloo", "ooleepeeka": a doubled e and a doubled o, as Inuit names are spelt in English
    r"(?=[a-zà-ÿāīūēō]{4,}$)(?:.*(?:q(?!u)|aa|ii|uu|iish|oosh|eesh|aash|tsh|chish|ee.*oo|oo.*ee)"
    r"|.*(?:ish|kum|apu|juk|luk|oose)$)"
)
_NOT_NORTHERN = words(
    "irish danish spanish turkish polish swedish finnish kurdish cornish scottish british "
    "english flemish amish yiddish jewish welsh quelquun qqun kukum pulaar"
)
# Everyday Inuktitut words in English notes: a kayak, a sled, a parka, a lamp, country food
_NORTHERN_THINGS = words(
    "qajaq qajait qamutiik qamutik amauti amautik kamik kamiik iglu igluvigaq ulu inuksuk "
    "inukshuk qulliq maktaaq muktuk tuktu natsiq nattiq qarmaq aqpik pana savik unaaq"
)
_CAMEL_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
# An acronym in the plural or written in mixed case: "DOBs", "SINs", "ToR", "MoU"
_ACRONYM_FORM = re.compile(r"[A-Z]{2,}s|[A-Z][a-z][A-Z]")
_COMPOUND_INITIALS = re.compile(r"[A-Z]-[A-Z]")


def spelled_out(lower: str) -> str:
    """ "didnt" as "didn't"; any other word as it is."""
    return _UNTYPED_APOSTROPHE.get(lower, lower)


def surname_by_ending(lower: str) -> bool:
    """A family name no list holds, told by its ending: "kowalczyk", "papadopoulos"."""
    return _SURNAME_ENDING.fullmatch(lower) is not None


def northern_form(written: str) -> bool:
    """A word spelled the way Inuktitut, Cree and Innu names are: "Qajaq", "Kaapiish"; not an
    acronym ("LGBTQ", "EMRII")."""
    lower = written.casefold()
    return (
        not written.isupper()
        and _NORTHERN_FORM.match(lower) is not None
        and lower not in _NOT_NORTHERN
        and not (written.islower() and lower in _NORTHERN_THINGS)  # "sewing & qajaq building"
    )


def acronym_form(text: str) -> bool:
    """ "DOBs", "HSNs", "ToR", "PoA": an acronym, never a name."""
    return _ACRONYM_FORM.fullmatch(text) is not None


_FAMILY_PREFIX = re.compile(r"(?:Mac|Mc|De|Di|Da|Du|Le|La|Van|Von)[A-Z]")


def gaelic_surname(written: str, text: str, after: int) -> bool:
    """ "MacNeil", "MacIntosh", "McInnis", "M'Kenzie" one space after the word ending at
    ``after``: "Mac", "Mc" or "M'" and a capital, a family name whether or not a list holds
    it; not "MacBook"."""
    return (
        text[after : after + 2] == " " + written[:1]
        and _GAELIC.fullmatch(written) is not None
        and written.casefold() not in _GAELIC_THINGS
    )


def accented_given(written: str, lex: Lexicon) -> bool:
    """ "Frédérick", "Véro", "mikaël": a listed given name written with accents the list lacks;
    not "Régina", the city, "Dév", short for a word, nor "on a jasé", a participle."""
    if written.isascii():
        return False  # no accent to take off: the common case, kept cheap
    lower = written.casefold()
    bare = unaccented(lower)
    if written.islower() and _PARTICIPLE.search(lower):
        return False
    return bare != lower and len(bare) > 3 and bare in lex.given and bare not in lex.never_single


_PARTICIPLE = re.compile(r"é(?:e|s|es)?$")


_GAELIC = re.compile(r"M(?:a?c|')[A-Z][a-z]{2,}")
_GAELIC_THINGS = words("macbook macbooks mccafe mccafé mcflurry mcchicken mcmuffin mcdelivery")


def words_run_together(text: str, lex: Lexicon) -> bool:
    """ "HealthLine", "CarePath": two everyday words written as one, a service's name."""
    camel = _CAMEL_WORDS.fullmatch(text)
    if camel is None or (_FAMILY_PREFIX.match(text) and text.casefold() in lex.surnames):
        return False  # "MacLean", "McDonald", "DeWolfe": a family name, not "Mac" + "Lean"
    return all(lex.is_common(w.casefold()) for w in camel.groups())


def compound_initials(text: str) -> bool:
    """ "son conjoint J-F": the initials of a compound first name (Jean-François)."""
    return _COMPOUND_INITIALS.fullmatch(text) is not None


def letter_nickname(written: str) -> bool:
    """A letter, a hyphen, a word, in lower case: "d-money", "j-rock", "t-bone"; not "e-mail"."""
    if _LETTER_NICKNAME.fullmatch(written) is None or written in _LETTER_WORDS:
        return False
    # "e-scooters", "e-bikes": a plural of the listed word, or any "e-" word (electronic)
    return not (written.startswith("e-") or written.removesuffix("s") in _LETTER_WORDS)


_LETTER_NICKNAME = re.compile(r"[a-z]-[a-z]{3,}")
_LETTER_WORDS = words(
    """
    e-mail e-mails e-transfer e-transfers t-shirt t-shirts x-ray x-rays u-turn e-cig e-cigs
    c-section t-ball a-frame b-day e-bike e-bikes e-scooter e-file e-learning e-health
    """
)


def qc_initials(written: str) -> bool:
    """The initials of a Québécois compound first name: "M-E", "p-a", "JF", "jf" (not "PA",
    Prince Albert, or "JP", a justice of the peace)."""
    return _QC_INITIALS.fullmatch(written) is not None


_QC_INITIALS = re.compile(r"(?i:[a-z]-[a-zà-ÿ]|jf|js|jm|jc|jg|jl|fx|mj|pl)")


# Written as no name is, whatever rule found it. "Cl. ID: ***-***", "Name: ****": what a
# redaction left where a name or number stood
_REDACTION = re.compile(r"(?:[Xx*]{2,}[\s./-]*)+")
# "… the Moosonee calls, I'll send them our ToR": a pronoun and its verb, never a name
_CONTRACTION = re.compile(r"(?i:i|you|we|they|he|she|it)['’](?i:ll|m|d|ve|re|s)")
# "ConnexOntario says 11 wks": two words run together, each capitalised, name a service
# (a surname's own capital follows a short prefix: "MacDonald", "LeBlanc", "DesRosiers")
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{4,}[A-Z][a-z]{3,}")
# "Sam. 1h : homme 30 ans": a French weekday cut short ("samedi"), then the hour
_AT_AN_HOUR = re.compile(r"\.\s*\d{1,2}\s?h\b")
# "EpiPen 0,3 mg IM", "Ativan 1 mg": a dose after the word makes it a drug
_DOSE_AFTER = re.compile(r"\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|g|ui|iu|units?)\b", re.IGNORECASE)
# "mom rose from 3 to 5 on the risk scale": a verb of change before its figures
_FROM_TO = re.compile(r"\s+from\s+\d+(?:[.,]\d+)?\s+to\s+\d", re.IGNORECASE)


def never_a_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, found as a name, is written the way no name is: what a
    redaction left, a pronoun and its verb, a service's run-together name, two capitals
    after "the" ("the ER"), a French weekday cut short before an hour ("Sam. 1h"), a drug
    before its dose ("EpiPen 0,3 mg") or a verb before figures ("rose from 3 to 5")."""
    said = text[start:end]
    return (
        _REDACTION.fullmatch(said) is not None
        or _CONTRACTION.fullmatch(said) is not None
        or _CAMEL_BRAND.fullmatch(said) is not None
        or (len(said) == 2 and said.isupper() and text[:start].endswith(("the ", "The ")))
        or (said in ("Sam", "Ven", "Mar", "Jeu") and _AT_AN_HOUR.match(text, end) is not None)
        or _DOSE_AFTER.match(text, end) is not None
        or _FROM_TO.match(text, end) is not None
    )
