"""Given names that are everyday words, where the sentence leaves only the person reading.

"Hope", "Storm", "Grace", "Chase", "Céleste" are names and words; the lists cannot tell
them apart and most rules leave them alone. A few frames can: a list of such words that
then do something together ("sunny and brook are both at the Y") or head news of each
("HOPE: has a worker now. DAWN: still nothing."), a word after "w/" that
closes the sentence ("check in w/ pat?"), a subject line that names someone ("Re: frank -"),
a word described as a person right after it ("STORM (the youth)", "RIVER missing since"),
Québec's "Ti-" nickname used without an article ("Ti-Gars vend au dépanneur"), a word
opening a sentence with the one it keeps with ("Hope and the baby are at the shelter"), a word
after "le vieux" that then does something (« le vieux Lauréat a appelé »), a given name
before where the person works and what they said ("Ray at the legion says…"), a name in a
frame only a person fits ("a bed for Crystal tonight", "client prefers Mo."), and a
speaker's label before what they say (« Mylène : j'ai laissé un message »). Chat
typed in lower case names people by any everyday word where only a person fits: "saw bunny
at the band office", "storm's new # is…", "re storm: she's…".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    DETERMINERS,
    INSTITUTION,
    IS_WAS,
    KIN,
    PERSON_VERBS,
    ROLES,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_lowercase import PRONOUNS
from commands.privacy.recognizers.name_nicknames import nickname_word
from commands.privacy.recognizers.name_token_language import PEOPLES
from commands.privacy.recognizers.name_tokens import Tok

# What a list of people does together: "are both", "all named", "sont encore ensemble"
_TOGETHER = re.compile(
    r"\s+(?:are|were|both|all|have|had|sont|étaient|etaient|ont|dorment|restent|vivent|"
    r"habitent|vont|se\s+sont)\b"
    # "Grace and Hope - twins, 9", "Autumn and River — siblings": what they are to each other
    r"|\s*[-–—:]\s*(?:twins|siblings|sisters|brothers|cousins|jumeaux|jumelles|s(?:œ|oe)urs|"
    r"fr[èe]res)\b",
    re.IGNORECASE,
)
_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter", "été", "automne", "hiver"))
_NOT_PEOPLE = re.compile(
    r"\s+(?:not|n['’]t|pas)\b|(?:\s+[\w'’-]+){0,3}?\s+(?:halls?|rooms?|salles?|programs?|"
    r"programmes?|buildings?|wings?|units?|streets?|rues?|schools?|écoles?|shelters?|houses?)\b",
    re.IGNORECASE,
)
_JOIN_WORDS = frozenset(("and", "et", "pis"))
# A person right after the word: "(the youth)", "(la jeune)", "missing since", "AWOL"
_PERSON_AFTER = re.compile(
    r"\s*\((?:the|la|le)\s+(?:youth|kid|teen|girl|boy|client|jeune|fille|gars|ado)\)"
    r"|\s+(?:missing|awol|disparue?)\s+(?:since|depuis|from)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"(?:^|(?<=\n))\s*(?:re|fw|fwd|tr)\s*:\s*$", re.IGNORECASE)
_ARTICLES = frozenset(("le", "la", "un", "une", "mon", "ton", "son", "ce", "du", "au", "the", "a"))


def find(text: str, toks: Sequence[Tok], taken: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    listed = _listed_together(text, toks) | _roll_call(text, toks)
    for k, t in enumerate(toks):
        if k in taken:
            continue
        if (
            k in listed
            or _with_closing(text, toks, k)
            or _subject_line(text, toks, k)
            or _described_after(text, t)
            or _ti_nickname(toks, k)
            or _the_old_one(toks, k)
            or _from_somewhere(text, toks, k)
            or _with_dependant(text, toks, k)
            or _framed_person(text, toks, k)
            or _speaker(text, toks, k)
            or _on_a_site(text, toks, k)
        ):
            out.append(Candidate(Kind.NAME, t.start, t.end, None, 44))
            if _pair_before(toks, k) and k - 2 not in taken:
                first = toks[k - 2]  # "Dale and Bonnie from the Legion want…": both of them
                out.append(Candidate(Kind.NAME, first.start, first.end, None, 44))
    return out


# "Hank on site 26 asked staff to hold his mail": who lives on a campsite or a boat's slip
_ON_A_SITE = re.compile(
    r"\s+(?:on|at|in)\s+(?:site|campsite|slip|berth)\s*#?\s*(?:[A-Z]-?)?\d{1,4}[A-Za-z]?\b"
    r"(?!\s*(?:weeks?|days?|nights?|times|hours?|hrs?|x)\b)",
    re.IGNORECASE,
)


def _on_a_site(text: str, toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    if not (t.cap and t.given and not t.protected and not t.text.isupper()):
        return False
    if k > 0 and toks[k - 1].lower in DETERMINERS:
        return False  # "the Grace on site 3": a thing named so
    return _ON_A_SITE.match(text, t.end) is not None


def _pair_before(toks: Sequence[Tok], k: int) -> bool:
    return k > 1 and toks[k - 1].lower in ("and", "et") and toks[k - 2].given and toks[k - 2].cap


def _word_name(t: Tok) -> bool:
    return t.given and not t.protected and len(t.lower) >= 3 and t.lower not in CALENDAR


def _listed_together(text: str, toks: Sequence[Tok]) -> set[int]:
    """ "joy, dawn and summer all named", "Jack and Rose are the 2 youngest": every item a
    given name, at the start of a sentence, then what they do together."""
    found: set[int] = set()
    k = 0
    while k < len(toks):
        if not toks[k].sentence_start or not _word_name(toks[k]):
            k += 1
            continue
        run = [k]
        while (nxt := _next_item(text, toks, run[-1])) is not None:
            run.append(nxt)
        together = _TOGETHER.match(text, toks[run[-1]].end)
        if (
            len(run) >= 2
            and together is not None
            and not all(toks[j].lower in _SEASONS for j in run)  # "autumn and winter are worst"
            and not _NOT_PEOPLE.match(text, together.end())  # "are not names", "are the halls"
        ):
            found.update(run)
        k = run[-1] + 1
    return found


def _roll_call(text: str, toks: Sequence[Tok]) -> set[int]:
    """ "HOPE: has a worker now. DAWN: still nothing.": two or more sentences headed by a
    given name and a colon, and no other heading, are news of each person."""
    heads = [k for k, t in enumerate(toks) if t.sentence_start and text[t.end : t.end + 2] == ": "]
    towns = lexicon().given_places  # "Hope:" heads a note from the town as often
    if len(heads) < 2 or all(toks[k].lower in towns for k in heads):
        return set()
    if not all(_word_name(toks[k]) or toks[k].lower in towns for k in heads):
        return set()
    return set(heads)


# "Hope and the baby are at Pauline's Place", "Smokey and his girl were there": someone and
# the person they keep with, then what they do
_AND_DEPENDANT = re.compile(
    r"\s+(?:and|&|et|pis)\s+(?:the|her|his|their|sa|son|ses|le|la)\s+(?:baby|bébé|bebe|kids|"
    r"children|enfants|girl|girlfriend|gf|boyfriend|bf|man|woman|partner|blonde|chum|dog|chien)"
    r"\s+(?:are|were|r|sont|étaient)\b",
    re.IGNORECASE,
)


def _with_dependant(text: str, toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    return (
        t.cap
        and (k == 0 or t.sentence_start)
        and (_word_name(t) or nickname_word(t.lower))
        and not t.protected
        and t.lower not in KIN
        and t.lower not in ROLES
        and _AND_DEPENDANT.match(text, t.end) is not None
    )


def _next_item(text: str, toks: Sequence[Tok], j: int) -> int | None:
    """The next given name in a list: after ", ", " & ", or a word "and", "et", "pis"."""
    if j + 1 >= len(toks):
        return None
    b = toks[j + 1]
    if b.lower in _JOIN_WORDS and text[toks[j].end : b.start] in (" ", ", "):
        if j + 2 >= len(toks) or text[b.end : toks[j + 2].start] != " ":
            return None
        j, b = j + 1, toks[j + 2]
    elif text[toks[j].end : b.start] not in (", ", " & "):
        return None
    return j + 1 if _word_name(b) else None


def _with_closing(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "check in w/ pat?", "moving to the north end w/ chase": "w/" then only the name."""
    t = toks[k]
    if not _word_name(t) or not text.endswith("w/ ", 0, t.start) or t.lower in _CARRIED:
        return False  # "walked out w/ kit": a naloxone kit
    return re.match(r"\s*(?:[?!.;]|$)", text[t.end :]) is not None


_CARRIED = words("kit media meds")


def _subject_line(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "Re: frank - ambulance came again": a subject line that is a given name."""
    t = toks[k]
    return (
        _word_name(t)
        and _SUBJECT.search(text, max(0, t.start - 12), t.start) is not None
        and re.match(r"\s+[-–—]\s|\s*:", text[t.end :]) is not None
    )


def _described_after(text: str, t: Tok) -> bool:
    """ "STORM (the youth) punched a staff", "RIVER missing since 0400"."""
    return t.cap and _word_name(t) and _PERSON_AFTER.match(text, t.end) is not None


def _ti_nickname(toks: Sequence[Tok], k: int) -> bool:
    """ "Ti-Gars vend au dépanneur": Québec's nickname, capitalised and without an article
    ("le ti-gars de 5 ans" is a little boy)."""
    t = toks[k]
    if re.fullmatch(r"Ti-[A-ZÀ-Ý][\wà-ÿ]+", t.text) is None or t.protected:
        return False
    return not (k and toks[k - 1].lower in _ARTICLES)


def _the_old_one(toks: Sequence[Tok], k: int) -> bool:
    """« le vieux Lauréat a encore appelé », "old man Sterling was seen": whoever "le vieux"
    is, capitalised mid-sentence and then doing something, even when the word is an everyday
    one."""
    t = toks[k]
    if k < 2 or k + 1 >= len(toks) or not t.cap or t.protected or t.sentence_start:
        return False
    if not t.text.isalpha() or t.text.isupper() or t.lower in CALENDAR or t.lower in INSTITUTION:
        return False
    return (toks[k - 2].lower, toks[k - 1].lower) in _THE_OLD and toks[k + 1].lower in PERSON_VERBS


def _from_somewhere(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "Ray at the legion says…", "Tiff from jail ministry: …", « Line de la banque
    alimentaire a remarqué… »: a given name, then where the person works, then what they
    said or did; the words are everyday ones ("ray", "line") only outside this frame."""
    t = toks[k]
    # "fyi patsy from the church says…"; not "grant from the province says yes"
    opening = (k == 0 or (k == 1 and toks[0].lower in ("fyi", "ps", "btw"))) and (
        t.lower not in _NOT_OPENING_NAMES
    )
    if not t.given or t.protected or len(t.lower) < 3 or (not t.cap and t.common and not opening):
        return False
    if t.text.isupper() or t.lower in _PAPERS or t.lower in ROLES or (t.common and "-" in t.lower):
        return False  # "SAPA du CLSC", "Bill from the dentist", "Doc at the CHC", "X-Ray at…"
    if k > 0 and (toks[k - 1].lower in DETERMINERS or toks[k - 1].lower in _OF):
        return False  # "the Line at the depot", "la Rose des vents", "le mur de pierre du…"
    j = k + 1
    if j + 1 >= len(toks) or text[t.end : toks[j].start] != " " or toks[j].lower not in _FROM:
        return False
    elided = toks[j + 1].elided in ("l'", "l’")  # "de l'hébergement"
    if toks[j].lower == "de" and toks[j + 1].lower != "la" and not elided:
        return False  # "Justice de paix": no article, no workplace
    # "Dale and Bonnie from the Legion want to…": two people, a verb in the plural
    pair = _pair_before(toks, k)
    for m in range(j + 1, min(len(toks), j + 7)):
        gap = text[toks[m - 1].end : toks[m].start].replace("'s", "").replace("’s", "")
        verb = toks[m].lower in PERSON_VERBS or toks[m].lower in SUBJECT_VERBS
        if m > j + 1 and (verb or (pair and toks[m].lower in _PLURAL_VERBS)):
            # "Hope at the shelter is full": a state is said of places too
            return gap == " " and not (t.common and toks[m].lower in IS_WAS)
        if gap.strip(" -" if m > j + 1 or not elided else " -'’l"):
            return False  # "Hope at the shelter, the Mission…": punctuation ends the frame
        if text[toks[m].end : toks[m].end + 1] == ":":
            # not "Avis de la SQ:", "Note from the RCMP:": an agency's notice
            return not (t.common and toks[m].text.isupper())
    return False


# Frames only a person fits, whatever word names them: "has a bed for Crystal tonight",
# "client prefers Mo.", "call me re Dakota asap"
_FRAME_BEFORE = re.compile(
    r"(?:\b(?:a|the|one)\s+(?:bed|cot|mat|spot|room|space)\s+for|\b(?P<prefers>prefers)|\bre)\s+$",
    re.IGNORECASE,
)
_FRAME_AFTER = re.compile(r"\s*(?:[.,;!?)]|$)|\s+(?:tonight|today|tomorrow|asap|pls|please)\b")


def _framed_person(text: str, toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    if not t.cap or t.sentence_start or not t.given or t.text.isupper() or not t.text.isalpha():
        return False
    if t.lower in CALENDAR or t.lower in INSTITUTION or t.lower in ROLES or t.lower in KIN:
        return False
    before = _FRAME_BEFORE.search(text, max(0, t.start - 20), t.start)
    if before is None or _FRAME_AFTER.match(text, t.end) is None:
        return False
    return not (before.group("prefers") and t.lower in PEOPLES)  # "prefers Cree": a language


# "Mylène : j'ai laissé un message", "Hope: I called the school": a speaker's label at the
# start of a line, then what they say in the first person
_FIRST_PERSON = re.compile(r" ?: +(?:j['’]|je\b|i\b|i['’]m\b|we\b|nous\b)", re.IGNORECASE)


def _speaker(text: str, toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    if (
        not t.cap
        or not t.given
        or t.text.isupper()
        or text[max(0, t.start - 1) : t.start] not in ("", "\n")
    ):
        return False
    if (
        t.lower in CALENDAR
        or t.lower in ROLES
        or t.lower in KIN
        or t.lower in lexicon().given_places
    ):
        return False  # "Hope: I called the detachment" is as often the town's rep
    return (not t.protected or t.listed_word) and _FIRST_PERSON.match(text, t.end) is not None


_FROM = words("from at du des de")
_PLURAL_VERBS = words("want need say ask offer think veulent disent demandent offrent")
_OF = words("of de du des en")
_PAPERS = words("bill bills will note")  # what comes "from the landlord", not who
# what opens a note before "from the …" and is no one's name: a grant, a letter, a guy
_NOT_OPENING_NAMES = _PAPERS | words(
    "grant grants letter report word update news cheque call guy guys man woman lady girl boy kid"
)


_THE_OLD = frozenset((("le", "vieux"), ("la", "vieille"), ("le", "bonhomme"), ("old", "man")))


# Nouns a note says were seen, picked up or back somewhere, never a person's nickname.
_MASS = words(
    """
    smoke fire blood damage police staff security evidence garbage water snow ice traffic
    people everyone someone somebody anyone nobody lunch dinner supper breakfast food meds
    stuff mail money cash rent groceries furniture clothes laundry paperwork power heat
    """
)
_HOW_SEEN = words("together alone twice once there here lately recently earlier")  # "seen alone"
_SEEN_WHERE = words("at outside near downtown again")
_PICKED = re.compile(r"\b(?:picked\s+up|dropped\s+off|drove|took|brought)\s+$", re.IGNORECASE)
_BACK_WITH_KIN = re.compile(
    r"\s+(?:is|was)\s+back\s+(?:at|with)\s+(?:his|her|their|the\s+)?\s*(?:kokum|kookum|"
    r"mosom|moshom|nokom|grandma|grandpa|granny|auntie|aunt|uncle|cousin|mom|dad|place)\b"
)


def everyday_word_seen(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Chat typed in lower case names people by everyday words: "saw bunny at the band
    office", "picked up river from school", "moose is back at kokum's"."""
    t = toks[i]
    if t.cap or t.protected or t.possessive or not t.text.isalpha() or len(t.lower) < 3:
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in _MASS or t.lower in _HOW_SEEN:
        return False
    if t.lower.endswith(("s", "ing", "ed", "ly")):
        return False  # "seen leaving at lunch", "picked up groceries from"
    if not typed_in_lower_case(text):
        return False
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    if before in ("saw", "seen", "spotted") and after in _SEEN_WHERE:
        return True
    if after in ("from", "at") and _PICKED.search(text, max(0, t.start - 20), t.start):
        return i + 2 < len(toks) and toks[i + 2].lower in ("school", "daycare", "court", "the")
    opens = i == 0 or t.sentence_start or before in ("says", "said")  # "auntie says peanut is…"
    return opens and _BACK_WITH_KIN.match(text, t.end) is not None


_CONTACT_OWNED = re.compile(
    r"['’]s\s+(?:new\s+|old\s+|real\s+|other\s+)?(?:#|number|phone|cell|plate|car|truck|snap|"
    r"snapchat|insta|instagram|ig|tiktok|fb|facebook|email|e-mail|addy|address|dob|bday|licence|"
    r"birthday|license)(?![\w'’])",
    re.IGNORECASE,
)


def owner_of_contact(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "storm's new # is 431-555-…", "settee's plate is 648 KVR": whoever owns a phone, a plate
    or an account is a person, whatever everyday word they go by."""
    t = toks[i]
    if t.cap or t.protected or not t.possessive or not t.text.isalpha() or len(t.lower) < 3:
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in INSTITUTION or t.lower in ROLES:
        return False  # "housing's email"
    if t.lower in ("family", "household"):
        return False  # "family's truck broke down on the 596": a household's, no one's name
    if i > 0 and (toks[i - 1].lower in DETERMINERS or toks[i - 1].lower in PRONOUNS):
        return False  # "the school's number", "her work's phone"
    if t.lower in _STAFF or (i > 0 and toks[i - 1].text.isupper() and len(toks[i - 1].text) > 1):
        return False  # "the CAS rep's number"
    return _CONTACT_OWNED.match(text, t.end) is not None


# "the CAS rep's number", "learner's licence # …" (a licence's class)
_STAFF = words(
    "rep reps sw po cw ts worker staff officer nurse doc counsellor counselor driver learner novice"
)
_TOPIC_PRONOUN = re.compile(r"\s*[:,—–-]\s*(?:she|he)(?:['’]s|\s+(?:is|was|has|had))\b", re.I)


def topic_person(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "re storm: she's been texting…", "update on hope - she's back with her mom": the
    topic of an update, then "she"/"he": a person, whatever everyday word they go by."""
    t = toks[i]
    if t.cap or t.protected or t.possessive or not t.text.isalpha() or len(t.lower) < 3:
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in INSTITUTION or t.lower in ROLES:
        return False
    if t.lower in _MASS or t.lower in _TOPICS or t.lower.endswith(_ABSTRACT_ENDINGS):
        return False  # "will call him re mediation, he's open to a plan": what, not who
    prev = toks[i - 1].lower if i > 0 else ""
    if prev == "on" and t.lower in _ON_IDIOMS:
        return False  # "the wrong birth year on file, she's actually 14"
    return prev in ("re", "on", "about") and _TOPIC_PRONOUN.match(text, t.end) is not None


_TOPICS, _ABSTRACT_ENDINGS = words("housing school court work"), ("tion", "ment", "ness", "ity")
_ON_IDIOMS = words(
    "file record call site hold time board track leave probation parole duty shift scene"
)
