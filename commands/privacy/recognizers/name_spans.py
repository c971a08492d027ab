"""Where a name found at one token ends, and the candidate it becomes, and the layouts that
make two words one name (a nickname in brackets inside it, a pasted row "Nguyen, Bao | 14"):
shared by the cue rules (``names``) and the list rules (``name_lists``)."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    COMPASS,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    ROLES,
    TITLES,
)
from commands.privacy.recognizers.name_forms import particle_end, surname_like
from commands.privacy.recognizers.name_tokens import Tok

# Titles written with a period ("Mme. Roy"); a full word ends a sentence ("une Aînée. Quatre").
SHORT_TITLES = words(
    "mr mrs ms mx m mme mmes mlle dr dre sgt cpl cst const det rev sra srta capt insp"
)


def gap_ok(text: str, a: Tok, b: Tok, allowed: str = " \t") -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 3 and all(c in allowed for c in gap)


# The next label of a form copied into a note: "Date de naissance :", "DOB:", "Tél. :"
_LABEL = re.compile(
    r"(?:date\s+(?:de\s+naissance|of\s+birth)|dob|ddn|t[ée]l(?:[ée]phone)?|phone|cell|courriel|"
    r"e-?mail|adresse|address|nas|sin|nam|ohip|hcn|parent|tuteur|tutrice|motif|no|age|âge|"
    r"personne)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)


FRENCH_CALENDAR = words(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier avril juin
    juillet août aout septembre octobre novembre décembre decembre
    """
)


def extend(text: str, toks: list[Tok], j: int, lower_ok: bool) -> int:
    """Index past the last token of a name starting at ``j`` (three tokens, plus particles)."""
    end = j + 1
    while end < len(toks) and end - j < 3 + _initials(toks, j, end):
        prev, nxt = toks[end - 1], toks[end]
        initial = len(prev.text) == 1 and prev.text.isupper()  # "J.R. Thunderchild"
        past = aside_between(text, toks, end) if prev.given or end - 1 == j else -1
        if past > 0:
            end = past + 1  # "Sarojini (Saro) Ratnam", "Brooklynn (2 n's) Peters"
            continue
        if prev.possessive or not gap_ok(text, prev, nxt, " \t.-" if initial else " \t"):
            break
        if _MAIL_OR_LINK.match(text, nxt.start):
            break  # "mom Tanya Whitford tanya.whitford88@example.com": her address, not a name
        if nxt.lower in _BIRTH_WORDS:
            break  # "kassandra nee le 2011-05-30": a date of birth follows, not a surname
        if _LABEL.match(text, nxt.start):
            break  # "Nom : Jean-Guy Boutin Date de naissance : …": the next field of a form
        if initial and nxt.cap and (not nxt.protected or nxt.listed_word or nxt.surname):
            end += 1
            continue
        past = particle_end(text, toks, end)
        if past > end:
            return past
        if nxt.text in _SUFFIXES and end > j + 1:
            return end + 1  # "Eddie Kayseas Jr.": the suffix is the name's
        if nxt.text in _ONE_SYLLABLE_SURNAMES and text[nxt.end : nxt.end + 1] in (
            "",
            ",",
            ".",
            ";",
        ):
            return end + 1  # "Thuy Le.", "Kevin Le,": a Vietnamese surname, not the article
        if (
            (
                (nxt.capped_name or (surname_like(nxt) and nxt.surname and not nxt.sentence_start))
                and nxt.lower not in PERSON_VERBS
            )
            or (
                # "Daniel Mercredi", "Pierre Janvier": French days and months are written in lower
                # case, so capitalised after a given name they are a surname
                nxt.cap
                and not nxt.sentence_start
                and nxt.lower in FRENCH_CALENDAR
                and (prev.given or (prev.unknown and prev.cap))  # "Jayceon Mercredi"
            )
            or (
                (
                    # "jessica gagnon a été vue au Tim": a name typed in lower case goes on so
                    (lower_ok or toks[j].text.islower())
                    and not nxt.cap
                    and (nxt.strong or (nxt.surname and prev.strong))
                    and nxt.lower not in PERSON_VERBS  # "Sister Mary said"
                )
                or place_surname(prev, nxt)
                or _word_surname(toks, j, end)
            )
        ):
            end += 1
        else:
            break
    return end


_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "fils", "père"))
_MAIL_OR_LINK = re.compile(r"[\w.+-]*[.+_-][\w.+-]*@|[\w.+-]+@|[\w-]+\.(?:com|org|ca|net)\b")
_BIRTH_WORDS = words("nee née né born dob ddn")
_ONE_SYLLABLE_SURNAMES = frozenset(
    ("Le", "Ly", "Vo", "Do", "Ha", "La", "Ng", "Vu", "Wu", "Xu", "Yu", "Li", "Lu", "Ho", "Ma", "Oh")
)


def _word_surname(toks: list[Tok], j: int, end: int) -> bool:
    """ "sa mère Nicole Trudeau la frappe", "Kokum Evelyn Sock has custody": a capitalised
    everyday word right after a given name, inside a sentence, is the family name."""
    first, last = toks[j], toks[end]
    if end == j + 2 and not _word_surname(toks, j, j + 1):
        return False  # "Lucy Many Bears", "Wyatt Eagle Plume": a two-word family name goes on
    return (
        end in (j + 1, j + 2)
        and first.given
        and not first.common
        and not first.protected
        and first.lower not in lexicon().given_places
        and last.cap
        and last.common
        and not last.protected
        and not last.sentence_start
        and not last.text.isupper()
        and len(last.lower) >= 3
        and last.lower not in _NOT_A_SURNAME
    )


def place_surname(first: Tok, last: Tok) -> bool:
    """ "josh mcleod", "Hunter Keewatin": a given name, then a surname the place list
    shields when it stands alone."""
    return (
        first.given
        and not first.protected
        and last.protected
        and last.listed_word
        and last.text[:1].isupper() == first.text[:1].isupper()  # "hunter mcleod" opens a note
        and len(last.lower) >= 3
        and not last.text.isupper()  # "Lloyd RCMP"
        # "Heather Janvier", "josh mcleod"; not "Wellington Catholic", "a young man"
        and (
            (last.surname and (last.cap or not last.common))
            # "Céleste Ottawa de Manawan": a city that is a family's name too, only here (as
            # a listed surname "le fils à Ottawa" would be a name); not "Hard Rock Ottawa"
            or (
                last.lower in _CITY_FAMILY_NAMES
                and last.cap
                and not (first.common and first.lower in lexicon().english)
            )
            or (first.cap and not last.common and not last.name)  # not "carry naloxone"
        )
        and first.lower not in _PLACE_PREFIXES  # "North Dakota", "Grand Forks"
    )


_PLACE_PREFIXES = words(
    "north south east west new old upper lower grand great little big port fort mount lake glen"
)


# Cities that are Atikamekw, Québécois and Haudenosaunee families' names too
_CITY_FAMILY_NAMES = words("ottawa laval brant")


def _initials(toks: list[Tok], j: int, end: int) -> int:
    return sum(1 for t in toks[j:end] if len(t.text) == 1 and t.text.isupper())


def cand(text: str, toks: list[Tok], i: int, j: int, suggestion: str | None) -> Candidate:
    if i > 0 and toks[i - 1].text in _KUNYA and text[toks[i - 1].end : toks[i].start] == " ":
        i -= 1  # "Abu Omar says the rent is late": "father of Omar" is how he is called
    return Candidate(Kind.NAME, toks[i].start, toks[j - 1].end, suggestion, 45)


_KUNYA = frozenset(("Abu", "Abou", "Umm", "Oum", "Um"))


def person_verb_after(toks: list[Tok], i: int) -> bool:
    if toks[i].possessive:  # "Tyler's mom", not "Robin's Donuts"
        return not (i + 1 < len(toks) and toks[i + 1].cap)
    # "Early 60s, lives rural": a number between the word and the verb says the word is not
    # its subject
    if i + 1 >= len(toks) or toks[i + 1].start - toks[i].end > 2:
        return False
    if toks[i + 1].lower == "ne" and i + 2 < len(toks):  # "Kinoshameg ne s'est pas présenté"
        return toks[i + 2].lower in PERSON_VERBS or toks[i + 2].lower in _NEGATED
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    if toks[i + 1].lower in _NEGATED and after in ("pas", "plus", "jamais", "pu"):
        return True  # "Shaniss vient plus depuis 3 sem.": the "ne" dropped, as it is said
    if toks[i + 1].lower == "passe" and after == "ses":
        return True  # "Kesho passe ses journées au parc": only a person spends their days
    if toks[i + 1].lower == "prefers" and after in ("they", "she", "he", "iel"):
        return True  # "Tali prefers they/them": only a person has pronouns
    if toks[i + 1].lower == "couch" and after in ("surfing", "surfs", "surfed"):
        return True  # "Ty couch surfing again"
    participle = len(after) > 3 and after.endswith(("é", "ée", "i", "ie", "is", "it", "u", "ue"))
    if toks[i + 1].lower in ("l'a", "l’a", "m'a", "m’a") and participle:
        return True  # "depuis que Lagacé l'a sorti du logement": someone did it to someone
    return toks[i + 1].lower in PERSON_VERBS  # "uses", "spends" among them


# French verbs a person says no with: "Lajoie ne répond plus", "ne veut pas"
_NEGATED = words(
    "répond rappelle retourne veut peut sait vient dort mange parle fréquente participe "
    "collabore prend donne reconnaît accepte voit ouvre"
)


def aside_between(text: str, toks: list[Tok], k: int) -> int:
    """Index of the surname after a bracketed aside that opens at ``toks[k]``, between a
    given name and the surname, or -1: a nickname ("Sarojini (Saro) Ratnam") or a note on
    the spelling ("Brooklynn (2 n's) Peters", "Bently (sp) Cardinal", "Nike (pronounced
    NY-kee) Abdi")."""
    if k < 1 or k >= len(toks) or text[toks[k - 1].end : toks[k - 1].end + 2] != " (":
        return -1
    close = text.find(")", toks[k - 1].end)
    if close < 0 or text[close : close + 2] != ") ":
        return -1
    last = next((j for j in range(k, len(toks)) if toks[j].start > close), -1)
    if last < 0 or toks[last].start != close + 2:
        return -1
    nick = toks[k]
    nickname = (
        last == k + 1 and nick.cap and not nick.protected and nick.start == toks[k - 1].end + 2
    )
    if not (nickname or _SPELLING_ASIDE.fullmatch(text, toks[k - 1].end, close + 2)):
        return -1
    after = toks[last]
    return last if surname_like(after) and not (after.common and not after.surname) else -1


_SPELLING_ASIDE = re.compile(
    r" \((?:sp\.?|sic|\d\s*[a-z]['’]?s|(?:one|two|double|deux)\s+[a-z]['’]?s?"
    r"|pronounced\s+[^()\n]{1,20}|(?:confirm\s+)?spelling\??)\) ",
    re.IGNORECASE,
)


def given_before(text: str, toks: list[Tok], k: int, taken: set[int]) -> int:
    """Index of the given name right before the surname ``toks[k]`` ("Désiré Léger"), so
    the whole name is covered, or ``k`` itself."""
    prev = toks[k - 1] if k > 0 else None
    if (
        prev is None
        or k - 1 in taken
        or not (toks[k].surname and prev.cap and (prev.given or prev.unknown))
        or prev.protected
        or prev.possessive
        or text[prev.end : toks[k].start] != " "
    ):
        return k
    return k - 1


def inverted(text: str, toks: list[Tok], i: int) -> bool:
    """A surname, a comma, a given name: a row pasted from a list ("Nguyen, Bao | 14")."""
    t = toks[i]
    # "Pt: Waboose, Crystal DOB: …": after a form's label, a surname no list holds
    labelled = _LABEL_BEFORE.search(text, max(0, t.start - 14), t.start) is not None
    listed = t.surname and t.strong
    # "Eyolfson, Jonina: 84, lives alone": a note that opens on a list's row, then the age
    aged = i == 0 and _AGED_ROW.match(text, toks[i + 1].end if i + 1 < len(toks) else t.end)
    labelled = labelled or bool(aged)
    if i + 1 >= len(toks) or not (t.cap and (listed or (labelled and t.unknown))) or t.possessive:
        return False
    nxt = toks[i + 1]
    return (
        text[t.end : nxt.start] == ", "
        and nxt.cap
        and (not nxt.protected or (nxt.listed_word and nxt.given))  # "Waboose, Crystal DOB"
        and not nxt.text.isupper()
        and (nxt.given or nxt.unknown)
        and _ROW_END.match(text, nxt.end) is not None
    )


def in_cells(text: str, toks: list[Tok], i: int) -> bool:
    """A given name and a family name in two cells of a pasted export: "Ethan ; Bearchief ;
    Gr 8", "Ethan | Bearchief | 14", or the family name first: "Sinclair | Cody | M"."""
    t = toks[i]
    if i + 1 >= len(toks) or not t.cap or t.possessive or t.protected or t.text.isupper():
        return False
    nxt = toks[i + 1]
    sep = text[t.end : nxt.start]
    if not (
        sep.strip() in (";", "|")
        and nxt.cap
        and not nxt.protected
        and not nxt.text.isupper()
        and text[nxt.end : nxt.end + len(sep)] == sep
    ):
        return False
    family_first = ((t.surname and t.strong) or t.unknown) and nxt.given and not t.given
    return (t.given and (nxt.surname or nxt.unknown)) or family_first


_ROW_END = re.compile(
    r"\s*(?:[|;(]|,\s*\d|:\s*\d{1,3}\s*,|$)|\s+(?-i:DOB|DDN|MRN|HSN|OHIP|PHN|RAMQ|NAS|SIN)\b"
    r"|\s*[—–-]\s"
)
_AGED_ROW = re.compile(r":\s*\d{1,3}\s*,")
_LABEL_BEFORE = re.compile(
    r"\b(?:pt|patient|name|nom|client|cliente|usager|usagère|resident|tenant)\s*:\s*$", re.I
)


# What follows a given name and is no family name: a place's or a body's head, a role, a
# relative, a day, a direction ("Victoria Park", "Grace Hospital", "Kevin Monday")
_NOT_A_SURNAME = (
    INSTITUTION | ROLES | KIN | CALENDAR | frozenset(TITLES) | COMPASS | STOPWORDS | PERSON_VERBS
) | words("jr sr junior senior falls point island mountain memorial general regional")
