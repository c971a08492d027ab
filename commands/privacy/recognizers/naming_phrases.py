"""The phrases that introduce a name, in English and French ("goes by", "aka", "dit",
"s'appelle", "last name is"), and the weaker ones after which an everyday word is not
enough ("called police", "dit que")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import STOPWORDS, phrase_tokens, words

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

NICK_PREFIXES = words("big lil lil' little p'tit ptit p’tit p'tite ptite p’tite ti petit petite")


def lettered_nickname(text: str, toks: list[Tok], j: int) -> bool:
    """A letter, one space, then a word, said as one nickname: "aka d money", "aka j rock"."""
    return (
        len(toks[j].text) == 1
        and toks[j].text.isascii()  # not "son surnom, à garder hors du fil"
        and toks[j].lower not in ("a", "i", "y", "o")
        and text[toks[j - 1].end : toks[j].start] == " "
        and j + 1 < len(toks)
        and toks[j + 1].lower not in STOPWORDS
        and text[toks[j].end : toks[j + 1].start] == " "
    )


_NAMING = [
    "named",
    "name is",
    "name was",  # "she said her name was destiny"
    "names are",
    "names were",
    "name",
    "called",
    "is called",
    "goes by",
    "go by",
    "going by",
    "went by",
    "known as",
    "using the name",  # "she's been using the name Crystal online"
    "uses the name",
    "under the name",
    "sous le nom",
    "sous le nom de",
    "known locally as",  # "known locally as Tank"
    "se présente comme",  # "Il se présente comme Moïse"
    "se presente comme",  # typed without accents: « Le pere se presente comme Rocky »
    "tag is",  # "his tag is Smokey": a street name
    "saved as",  # 'someone saved as "Dal ❤️"': a contact's name in a phone
    "saved under",
    "enregistré sous",
    "enregistrée sous",
    "its me",  # a youth's text: "its me bree im at the mcdonalds"
    "it's me",
    "c'est moi",
    "c moi",  # a youth's text: « c moi jé mon nouveau # c 418-… »
    "cest moi",
    "s'est présenté comme",
    "s'est présentée comme",
    "introduced himself as",
    "introduced herself as",
    "introduces himself as",
    "introduces herself as",
    "known around town as",
    "known in town as",
    "known around here as",
    "known in the community as",
    "known on the street as",
    "knows as",  # "who she knows as K-Money"
    "knew as",
    "only as",  # "knows the guy at the door only as Smokey"
    "aka",
    "a k a",
    "alias",
    "nicknamed",
    "nickname",
    "nickname is",
    "surnom est",
    "nick name",
    "street name",
    "street name is",  # "his street name is ghost"
    "street name was",
    "dit",
    "dite",
    "surnommé",
    "surnommée",
    "surnomment",  # "les voisins le surnomment « Dédé la Pelle »"
    "surnomme",
    "surnom",
    "nommé",
    "nommée",
    "née",  # "Shayla Delorme, 25, née Bear": the family name she was born with
    "nee",
    "dénommé",  # "le chum de la mère, un dénommé Préfontaine"
    "dénommée",
    "prénommé",
    "prénommée",
    "prénom",
    "s'appelle",
    "sappelle",  # chat drops the apostrophe: "il dit quil sappelle Jo"
    "sappelait",
    "sappeler",
    "sappellent",
    "mappelle",
    "appelait",  # "il a dit qu'il s'appelait Jo" (the tokenizer drops the elided s')
    "appeler",  # "Le jeune a seulement dit s'appeler « Bear »"
    "appelle",
    "appellent",
    "call him",
    "call her",
    "calls him",
    "calls her",
    "calling him",
    "calling her",
    "calling someone",  # 'a woman in the back shed calling someone "Rusty"'
    "calling somebody",
    "calls",
    "signe",
    "signé",  # 'Courriel du père, signé « Pat »'
    "signée",
    "signed as",
    "signs as",
    "signs",
    "signs his texts",  # 'He signs his texts "T-Bone"'
    "signs them",  # 'leaves notes for her, signs them "Dusty"'
    "signed them",
    "signs for parcels as",  # 'signs for parcels as "Frank"'
    "signs for packages as",
    "signs for the parcels as",
    "signs her texts",
    "signs his messages",
    "signs her messages",
    "signe ses textos",
    "signe ses messages",
    "appelé",
    "appelée",
    "se fait appeler",
    "va par",  # Acadian and Québec chat: "la fille va par Tite"
    "allait par",
    "connu sous le nom de",
    "connu sous",  # "usager connu sous le Grand Pat au refuge"
    "connue sous",
    "connue sous le nom de",
    "connu aussi sous",  # « elle est connue aussi sous Coco dans le milieu »
    "connue aussi sous",
    "connu comme",
    "connue comme",
    "connaissent comme",  # « les agents le connaissent juste comme Chanceux »
    "connaissent juste comme",
    "connaît comme",
    "connait comme",
    "nom",
    "identified as",
    "identifie comme",
    "identifiée comme",
    "identifies as",
    "identifies only as",  # 'repeat caller, identifies only as "Sunny"'
    "identified only as",
    "identifies herself as",
    "identifies himself as",
    "introduced as",
    "name as",
    "gave his name as",
    "gave her name as",
    "gave the name",  # "youth gave the name jay to police"
    "gave a name",
    "gives the name",
    "used the name",
    "uses the name",
    "a donné le nom",
    "recognize him as",
    "recognize her as",
    "recognized him as",
    "recognized her as",
    "recognise him as",
    "recognise her as",
    "introduced himself as",
    "introduced herself as",
    "answers to",
    "know him as",
    "know her as",
    "knows him as",
    "knows her as",
    "knew him as",
    "knew her as",
    "calls himself",
    "calls herself",
    "calling himself",  # "the guy calling himself Big Crow on the street"
    "calling herself",
    "called himself",
    "called herself",
    "call himself",
    "call herself",
    "call themselves",
    "se fait surnommer",
    "surnommé par ses amis",
    "known on the street as",
    "sous le surnom de",
    "surnom de",
    "surnom est",  # "son surnom c'est le Rat" (the tokenizer drops the elided c')
    "sous le nom de",
    "referred to as",  # "the 19 y/o male (referred to as Bear in early notes)"
    "registered under",  # "she's at RUH registered under Cardinal, first name unknown"
    "admitted under",
    "charted under",
    "booked under",
    "inscrit sous",
    "inscrite sous",
    "refers to him as",
    "refers to her as",
    "refer to him as",
    "refer to her as",
    "au nom de",  # "immatriculé au nom de Kaczmarek", "le bail est au nom de sa mère"
    "in the name of",
    "known to police as",
    "known to staff as",
    "known to us as",
    "connu dans la rue sous le nom de",
    "connue dans la rue sous le nom de",
    "they call",
    "everyone calls me",  # "my name is Zoe but everyone calls me Zee"
    "everybody calls me",
    "they call me",
    "people call me",
    "everyone calls",
    "people call",
    "kids call",
    "un certain",
    "une certaine",
    "a certain",
    "qu'on appelle",
    "on appelle",
    "surname",
    "surname is",
    "last name",
    "last name is",
    "first name",
    "first name is",
    "family name",
    "family name is",
    "middle name",
    "maiden name",  # "she uses her maiden name Kateri Square at the clinic"
    "maiden name is",
    "married name",
    "married name is",
    "nom de jeune fille",
    "nom de fille",
    "nom de famille",
    "nom de famille est",
    "prénom est",
    "nom est",
    "nom écrit",  # "le nom s'écrit…": the tokenizer drops the elided s'
    "nom de famille écrit",
    "prénom écrit",
    "is spelled",
    "is spelt",
    "spelled",  # "sister says it's spelled shaylynn"
    "spelt",
    "spelling",  # "spelling: chaunce w/ a u"
    "legal name",  # "everyone calls her tink, legal name destiny bird"
    "real name",
    "prénom légal",  # "prénom d'usage Sam (prénom légal Samuelle)"
    "nom légal",
    "alias is",  # "his alias is Snake"
    "alias est",
    "display name",  # 'sous @keke_lesbrigands, display « Kéké »': a profile's shown name
    "display",
    "nom affiché",
    "nom d'affichage",
    "be called",  # "chantelle wants to be called chance now"
]
# After these a lowercase or everyday word is not enough: "called police", "dit que".
NAMING_WEAK = frozenset(
    phrase_tokens(p)
    for p in (
        "called",
        "calls",
        "signe",
        "signs",
        "signs his texts",
        "signs her texts",
        "signs them",  # not "the lunch program signed them up"
        "signed them",
        "signs his messages",
        "signs her messages",
        "signe ses textos",
        "signe ses messages",
        "appelle",
        "appelait",
        "appellent",
        "dit",
        "dite",
        "name",
        "nom",
        "appelé",
        "appelée",
        "identifies as",
        "identified as",
        "identifies only as",
        "identified only as",
        "identifies herself as",
        "identifies himself as",
        "identifie comme",  # "La jeune s'identifie comme Amérik"
        "identifiée comme",
        "is called",
        "they call",
        "kids call",  # "mom's partner, who the kids call Dez"
        "everyone calls",
        "people call",
        "a certain",
        "un certain",
        "une certaine",
        "on appelle",
        "au nom de",  # "le bail est au nom de sa mère"
        "in the name of",
        "display",
    )
)
NAMING: dict[str, tuple[tuple[str, ...], ...]] = {}
for _p in sorted((phrase_tokens(p) for p in _NAMING), key=len, reverse=True):
    NAMING[_p[0]] = (*NAMING.get(_p[0], ()), _p)


# "marco dit le grand est revenu": an everyday adjective after a name and "dit", then a verb
NICK_ADJECTIVES = words(
    "gros grosse grand grande petit petite p'tit ptit noir noire blond blonde roux rousse vieux "
    "fou folle chauve maigre rouge boss kid jeune beau belle"
)
NICK_NEXT_VERBS = words("est était a avait sort sortait vient va reste traîne fait is was has qui")
# "son nom innu c'est …", "son nom autochtone": which language the name is in
NAME_KINDS = words(
    """
    innu cri crie atikamekw anishinaabe anishnabe algonquin algonquine autochtone autochtones
    inuk inuktitut mohawk ojibwé ojibwe dénée déné micmac mi'kmaq spirituel traditionnel
    cree dene
    """
)

NOT_GIVEN = re.compile(  # "Nom : N/D", "surnom : non indiqué", "Name: withheld"
    r"(?:s\.o|n\.d|n\.a|t\.b\.d|s\.a|n/a|n/d|s/o|non|none|aucune?|inconnue?|unknown|withheld|"
    r"redacted|retirée?s?|personne)\.?(?![\w/])",
    re.IGNORECASE,
)
# What a name field holds when no name is given: "his name is unknown", « nom : inconnu »;
# what follows the word and says no name: "mom's last name instead of dad's"
UNSAID = words(
    """
    unknown unclear withheld redacted confidential anonymous private pending inconnu
    inconnue confidentiel confidentielle anonyme privé privée
    deceased décédé décédée none aucun aucune absent absente estranged incarcerated
    incarcéré incarcérée unk unkn known given listed removed retiré retirée
    um umm uh uhh hmm erm euh heu
    common courant courante commun commune rare répandu répandue fréquent fréquente
    instead rather plutôt
    """
)
