"""Given names that are also everyday words, read from where they stand in the sentence.

"Hunter", "Faith", "Summer", "Will", "Rose", "Pierre", "Prudence" are listed given
names and everyday words (or places) at once, so the list rules in ``names`` wait
for a cue such as a title or a kinship word. Notes often give none: "Spoke to Faith
yesterday", "Summer has missed 12 days", "Rencontré Claire et sa mère". Here the
cue is the word's position:

* Mid-sentence, a capital is deliberate: a capitalised listed given name is a
  person unless it is part of a proper noun (the next word is capitalised too:
  "Grace Christian School"), heads a place or calendar noun ("Hope centre",
  "Victoria Day"), or follows a determiner, a time preposition or an institution
  word ("an Amber alert", "in Summer", "la maison Colombe").
* At the start of a sentence a capital says nothing, so the word is a person only
  when what follows is said of people and not of the word's everyday reading:
  "Hope said", "Rose a manqué", "Faith is pregnant", "Chance and his girlfriend"
  are people; "Will attend", "Mark the date", "Hope is that…", "Prudence est de
  mise" are not.
* A listed given name joined by "and", "et" or a comma to a name is a name too
  ("Will and Grace", "Amber, Ruby and Jade", "Prudence et Patience").
* In lower case, or when the word is also a listed place or people ("Dakota"),
  only a possessive kinship phrase decides: "hunter and his mom", "Dakota and her
  brother", "claire et sa mère".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    CALENDAR_SURNAMES,
    CAME_FROM,
    DETERMINERS,
    FAMILY,
    INSTITUTION,
    KIN,
    KIN_SIZES,
    PERSON_VERBS,
    ROLES,
    SAYS,
    TESTAMENT,
)
from commands.privacy.recognizers.name_asides import named_in_aside, nickname_before_cue
from commands.privacy.recognizers.name_beside import said_beside
from commands.privacy.recognizers.name_blockers import (
    HEADS,
    after_blocker,
    after_indefinite,
    before_a_word,
    dated,
    heads_name,
    street_after_on,
    title_phrase,
)
from commands.privacy.recognizers.name_chat import (
    dropped_apostrophe,
    said_of_a_thing,
    said_of_money,
    short_name,
    typed_in_lower_case,
    weather,
)
from commands.privacy.recognizers.name_chat_replies import replied_name
from commands.privacy.recognizers.name_coordination import (
    among_acronyms,
    chain_end,
    chain_start,
    given_candidate,
    list_of_places,
    spread_to_coordinated,
)
from commands.privacy.recognizers.name_described import (
    apposed_person,
    everyday_word_aside,
    quoted_person,
    role_of,
)
from commands.privacy.recognizers.name_everyday_words import (
    everyday_word_seen,
    owner_of_contact,
    topic_person,
)
from commands.privacy.recognizers.name_forms import (
    age_follows,
    age_said,
    aged_in_chat,
    birth_date_follows,
    named_before_birth,
    vietnamese_word,
)
from commands.privacy.recognizers.name_kin import kin_of_named
from commands.privacy.recognizers.name_kin_is import kin_said
from commands.privacy.recognizers.name_kin_said import apposed_to_youth, kin_in_brackets
from commands.privacy.recognizers.name_lowercase import lower_case_person
from commands.privacy.recognizers.name_nicknames import moniker, nickname_as_person
from commands.privacy.recognizers.name_plural_subjects import plural_subjects
from commands.privacy.recognizers.name_possessives import OWNED, owner_by_mark, possessive_reading
from commands.privacy.recognizers.name_predicates import (
    TALK,
    WORKERS,
    contact_object,
    kin_coordination,
    labelled_person,
    only_a_person_did,
    possessive_kin,
    predicate,
)
from commands.privacy.recognizers.name_replies import addressed, reply_name
from commands.privacy.recognizers.name_reported import both_named, identified, reported_actor
from commands.privacy.recognizers.name_roles import (
    affiliated,
    called,
    companion,
    owner,
    referred_to,
    spaced,
    unlisted_subject,
)
from commands.privacy.recognizers.name_saints import parish
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.name_wordforms import letter_nickname, northern_form, qc_initials
from commands.privacy.recognizers.naming_phrases import UNSAID


def find(text: str, toks: Sequence[Tok], taken: set[int]) -> list[int]:
    """Indices of tokens read as names by position; ``taken`` are tokens already in a name."""
    found = [i for i in range(len(toks)) if i not in taken and _by_position(text, toks, i)]
    found += [i for i in plural_subjects(text, toks) if i not in taken and i not in found]
    spread = spread_to_coordinated(text, toks, taken, found)
    # "Elgin, Kent and Lambton reps joined by Teams": counties, however they were reached
    kept = [i for i in spread if not list_of_places(text, toks, i)]
    return [i for i in kept if not among_acronyms(text, toks[i])]  # "NAS, NAM, DDN"


_ROUTE = re.compile(r"\s+(?:route|bus|line|express|streetcar|rocket)\b", re.IGNORECASE)
_AGE_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,2}\s*(?:y/?o|yo|ans|yrs)?\s*\)")
_WEATHER_VERBS = words("came hit rolled blew passed knocked cleared dropped")
_WEATHER_STATES = words("clear bad cold warm nice rough high low heavy brutal over coming too so")
_NUMBERED = re.compile(r"\d(?:st|nd|rd|th|e)?\s+$")
_CALLED = words("called calling phoned appelé appelée")
_UNITS = words("ans an mois heures heure semaines years months hours weeks")
_IS_CALLED = re.compile(r"\b(?:he['’]s|she['’]s|c['’]est|it['’]s)\s+$", re.IGNORECASE)
_WITH = re.compile(r"\b(?:w/?|with|and|avec|pis|et)\s+$")


def _agency_after(text: str, toks: Sequence[Tok], k: int) -> bool:
    """An agency's two-word name starts at ``k``, then what the person has with it: "Abel's
    Service Canada form"; not "Robin's Donuts", "Naomi's Family Resource Centre"."""
    return (
        k + 2 < len(toks)
        and toks[k - 1].lower not in lexicon().given_places  # "Hope's Ontario Works office"
        and toks[k].protected
        and toks[k + 1].protected
        and not (toks[k].listed_word or toks[k + 1].listed_word)
        and text[toks[k].end : toks[k + 1].start] == " "
        and toks[k + 2].lower in _HELD_WITH
        and not toks[k + 2].cap
    )


_HELD_WITH = words("form forms file worker caseworker application claim cheque appointment card")


def _by_position(text: str, toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    if not t.cap and t.lower in STOPWORDS and not t.given:
        return False  # "the", "and", "de": a third of the words; lower case, no one's but "ben"
    if street_after_on(text, toks, i) and not t.possessive:
        return False  # "logement surpeuplé sur Crémazie, le père…": a street
    if after_indefinite(toks, i):
        return False  # "une grosse pierre a fracassé le pare-brise"
    if t.lower in KIN_SIZES and i + 1 < len(toks) and toks[i + 1].lower in KIN:
        return False  # "[11:20] Foster mom: she took off again": what kind of mom
    if list_of_places(text, toks, i):
        return False  # "Elgin, Kent and Lambton reps joined by Teams": counties
    if named_before_birth(text, toks, i):
        return True  # "Intake from the shelter: Crystal Azure, DOB 1990-06-14"
    if reply_name(text, toks, i):
        return True  # "Lebrun oui", "Okemaw pas présent au tribunal": a short reply
    if vietnamese_word(t.text) and not t.protected:
        return True  # "bao or Bảo, not sure": a letter only a Vietnamese name has
    if t.cap and t.strong and not t.given and northern_form(t.text):
        return True  # "Kuujjuaq sit 19: Pilurtuq (M, 34)": an Inuktitut, Cree or Innu name
    if t.text.islower() and t.unknown and len(t.lower) >= 5 and northern_form(t.text):
        return True  # "pauluusiq again, his anaana wants him sent south": in chat too
    if t.cap and t.lower in CALENDAR_SURNAMES and i + 1 < len(toks):
        said = toks[i + 1].lower
        if (said in SAYS and not t.possessive) or (
            t.possessive and (said in ROLES or said in KIN or said in _PROBATION)
        ):
            return True  # "Janvier said he'd be at his cousin's", "Janvier's probation officer"
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    if (
        short_name(t.lower)
        and after in PERSON_VERBS
        and not t.protected
        and text[t.end : toks[i + 1].start] == " "  # not "ty, got it"
    ):
        return True  # "mom says tj hasn't been home since Sunday"
    if (
        t.unknown
        and t.sentence_start
        and not t.cap
        and t.text.isalpha()
        and text[t.start - 1 : t.start] != "-"  # "kelqu'un", "5-plexes"
        and after in _SUBJECT_AUXILIARIES
        and typed_in_lower_case(text)
    ):
        return True  # "wapachee est r'tourné dans la communauté": chat, a word no list holds
    if unlisted_subject(text, toks, i) or affiliated(text, toks, i):
        return True
    if (
        qc_initials(t.text)
        and not re.match(r"-\d", text[t.end : t.end + 2])
        and not (i > 0 and toks[i - 1].text.isupper() and text[t.start - 1 : t.start] == " ")
        and (
            after in PERSON_VERBS
            or after in _SUBJECT_AUXILIARIES
            or _IS_CALLED.search(text, 0, t.start)
        )
    ):
        return True  # "M-E a texté l'intervenante", "jf est revenu", "he's JF but the school…"
    colleague = i > 0 and toks[i - 1].lower in ("collègue", "colleague", "coworker")
    colleague = colleague and after in ("du", "de", "des", "from", "at", "au", "of")
    if colleague and len(t.text) == 2 and t.text.islower() and t.lower not in STOPWORDS:
        return True  # "mon collègue jf du CLSC", "ma collègue sb du CLSC": initials, "colleague"
    if letter_nickname(t.text) and (
        after in PERSON_VERBS or after in ("is", "was", "has") or _WITH.search(text, 0, t.start)
    ):
        return True  # "marcus said d-money is gonna be at the park", "hangs w d-money on barton"
    if (
        (t.cap or (t.unknown and t.text.isalpha() and typed_in_lower_case(text)))  # "dez and his…"
        and (t.unknown or (t.common and not t.sentence_start and t.lower not in KIN))
        and not t.protected
        and not t.possessive
        and not t.text.isupper()
        and kin_coordination(toks, i)
        and not _NUMBERED.search(text, max(0, t.start - 8), t.start)  # "near 100th Street and her"
    ):
        return True  # "Nuvalinga and her two kids"
    if owner_by_mark(text, toks, i):
        return True
    if (
        not t.cap
        and t.unknown
        and t.text.isalpha()
        and len(t.lower) >= 4
        and not t.possessive
        and (i == 0 or toks[i - 1].lower not in DETERMINERS)
        and aged_in_chat(text, t.end)
        and typed_in_lower_case(text)
    ):
        return True  # "saali,16, posted the video", "qumaq (15) is back": chat, a word no list has
    if companion(text, toks, i) or addressed(text, toks, i) or called(text, toks, i):
        return True
    if owner(text, toks, i):
        return True
    if role_of(text, toks, i) or quoted_person(text, toks, i) or kin_in_brackets(text, toks, i):
        return True
    if everyday_word_aside(text, toks, i) or nickname_before_cue(text, toks, i):
        return True
    if apposed_person(text, toks, i):  # "Snoop, the young guy on the Ellice walk, is…"
        return True
    if kin_of_named(text, toks, i) or reported_actor(toks, i) or both_named(toks, i):
        return True
    if identified(text, toks, i):  # "the girl in the video is jasmine, goes to Centennial"
        return True
    if nickname_as_person(text, toks, i) or dropped_apostrophe(text, toks, i) or moniker(toks, i):
        return True
    if named_in_aside(text, toks, i) or everyday_word_seen(text, toks, i):
        return True
    if owner_of_contact(text, toks, i) or topic_person(text, toks, i):
        return True
    if apposed_to_youth(text, toks, i) or referred_to(text, toks, i):
        return True
    if t.listed_word and _DAY_OF_MONTH.match(text, t.end):
        return False  # "Family met Mar 5": a date
    if said_beside(text, toks, i) and t.lower not in KIN and t.lower not in ROLES:
        return True  # "chez lafrenière", "Rahaf, a classmate,", "May is the one who"
    talked_to = i >= 2 and toks[i - 1].lower in ("to", "with") and toks[i - 2].lower in TALK
    unlisted = t.unknown and (t.cap or (t.text.isalpha() and len(t.lower) >= 5 and talked_to))
    unlisted = unlisted or (qc_initials(t.text) and "-" in t.text and not t.protected)
    if unlisted and not t.sentence_start and contact_object(toks, i, False):
        # "Reached Ilunga at 204…", "met Nuvalinga downtown", "talked to halldor", « croisé p-o »
        return True
    whose = ""
    if t.possessive and i + 1 < len(toks) and text[t.end : toks[i + 1].start].strip(" '’s") == "":
        whose = toks[i + 1].lower  # not "at Mary Brown's, dad at the Co-op": a comma between
    if (
        t.given
        and t.protected
        and (
            (not t.listed_word and (whose in FAMILY or whose in WORKERS))
            or (t.listed_word and t.cap and whose in _HOME_OR_PHONE)
        )
    ) or (t.cap and t.lower in CALENDAR and (whose in _KIN_OR_HOME or whose in FAMILY)):
        # "talked to mark's aunt": the store "Mark's" has no aunt (but "St. Joseph's youth…");
        # "goes over to Crystal's place": the drug has no place; "Janvier's daughter"
        return i == 0 or toks[i - 1].lower not in DETERMINERS
    if t.cap and t.surname and t.protected and whose in _MATTER and i and toks[i - 1].lower == "on":
        return True  # "a housing rep on Leblanc's case", "the PO on Leblanc's file": a person's
    if t.given and t.cap and not t.protected and _AGE_IN_BRACKETS.match(text, t.end):
        return True  # "children Hunter (6) and Paisley (4)": a person's age, whatever precedes
    if t.given and t.text.islower() and typed_in_lower_case(text) and replied_name(text, toks, i):
        return True  # "its sage. the girl from the group home": a reply's frame names them
    if not given_candidate(t, shielded_ok=True, surname_ok=True) or after_blocker(text, toks, i):
        return False
    if t.lower in UNSAID or said_of_money(t.lower, text, t.end):
        return False  # "Mom = Unknown", "Bill is way past due"
    if _PET_NAMED.search(text, max(0, t.start - 30), t.start):
        return False  # "Her dog's name is Chance": a pet
    if t.lower in ROLES:
        return False  # "Parent says…": a role, whatever the surname lists hold
    if t.lower in INSTITUTION and text[t.end : t.end + 2].strip()[:1].isdigit():
        return False  # "Ward 3", "Room 4": a label and its number
    if _ROUTE.match(text, t.end) and re.search(r"\d\s$", text[max(0, t.start - 3) : t.start]):
        return False  # "the 96 Wilson route", "the 7 Bathurst bus": a bus route
    if t.lower in INSTITUTION and i > 0 and heads_name(text, toks, i):
        return False  # "Mushkegowuk Council": the head of an organisation's name
    if ((t.given or (t.surname and not t.common)) and kin_coordination(toks, i)) or (
        (t.given or (t.surname and t.cap)) and possessive_kin(toks, i)
    ):
        # "hunter and his mom", "Dakota's mom"; not "15 ans et demi et sa mère"
        return not (i > 1 and toks[i - 2].lower in _UNITS and toks[i - 1].lower in ("et", "and"))
    if t.given and kin_said(text, toks, i):
        return True  # "i thought dawn was the cousin", "dad is rocky", "grace and dawn are sisters"
    if not t.cap or t.text.islower():
        person = lower_case_person(text, toks, i)
        if person or not t.cap:
            return person  # "legend's been selling vapes" opens a note in lower case too
    if (
        contact_object(toks, i, t.listed_word)
        and (t.listed_word or not t.protected)
        and not (t.text.isupper() and len(t.text) > 1)  # "called EMS"
        and not before_a_word(text, toks, i)  # "Met with Regina Treaty/Status Indian Services"
        and not (t.lower in CALENDAR and toks[i - 1].lower in _AT_A_TIME)  # "Rencontre à Noël?"
    ):
        return True  # "Visited Bear at home", "talked to Crystal"
    if t.lower in CALENDAR and dated(text, t.start, t.end):
        return False  # "check 22:40 Sunday, 86 y/o found confused", "count for January was 9"
    # "Barrie: Crystal (34) called…", "Victoria didn't show at the clinic": shielded, but an
    # age or what only a person does says who
    shown = (
        age_follows(text, t.end)
        or only_a_person_did(text, t.end)
        or labelled_person(text, t.start, t.end)  # "Caller: Regina. Didn't give a last name"
    )
    if t.protected and not (t.listed_word and t.given and shown and not parish(toks, i)):
        return False  # "Homme de Saint-Pascal, 52 ans": the man's age, not a Pascal's
    if t.given and shown:
        return True  # "Noël a appelé pour dire qu'il…", "Summer said she'd come"
    if not (t.given or t.sentence_start):
        return False
    if t.given and (
        age_follows(text, t.end) or age_said(text, t.end) or birth_date_follows(text, t.end)
    ):  # "Hope (11/30/2013) was picked up"
        return True  # "Prudence, 15 ans,", "Faith (14)", "soleil a 13 ans", "Hope is 14"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and text[t.end : nxt.start] in (" ", "")
        and nxt.cap
        and not (t.possessive and nxt.text.isupper() and nxt.lower in OWNED)  # "Duc's IG"
        and not (t.possessive and t.given and _agency_after(text, toks, i + 1))
    ):
        return False  # a proper noun: "Grace Christian School", "Robin's Donuts"
    if nxt is not None and nxt.lower in HEADS and text[t.end : nxt.start] == " ":
        return False
    if title_phrase(toks, i):
        return False
    if t.possessive:  # "Faith's mom", "Brandy's OW file", "Abel's Service Canada form"
        return possessive_reading(toks, i) or (t.given and _agency_after(text, toks, i + 1))
    if (
        i > 1
        and toks[i - 1].lower in ("de", "from")
        and toks[i - 2].lower in CAME_FROM
        and toks[i - 2].lower not in _CALLED
        and not t.possessive
    ):
        return False  # "la mère vient de France": where someone comes from
    first = chain_start(text, toks, i)
    if not toks[first].sentence_start:
        return True
    last = chain_end(text, toks, i)
    if last + 1 >= len(toks) or not spaced(text, toks[last], toks[last + 1]):
        return False
    if t.lower == "will" and last + 2 < len(toks) and toks[last + 2].lower in TESTAMENT:
        return False  # "Will was signed last year": the document
    verb = toks[last + 1].lower
    state = toks[last + 2].lower if last + 2 < len(toks) else ""
    if weather(t.lower) and (
        verb in _WEATHER_VERBS or (verb in ("was", "is") and state in _WEATHER_STATES)
    ):
        return False  # "Sky was clear enough", "Storm came through Meadow Lake"
    clause = verb in ("is", "was") and state in _PRONOUNS
    if t.common and (clause or said_of_a_thing(text, t.end)):
        return False  # "Hope is he accepts the detox bed", "fb: page is public": no one
    return predicate(toks, last + 1, strict=not t.given)


_DAY_OF_MONTH = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th|er)?\b(?!\s*(?:y/?o|yo|ans|years))")
_PRONOUNS = words("he she they it we i you that this there")
_SUBJECT_AUXILIARIES = words("est a is was has had s'est missing awol disparu didn't didnt")
_AT_A_TIME = words("à at on for pour avant après before after until jusqu'à")
_HOME_OR_PHONE = words(
    "place house apartment trailer room phone cell car truck plate bf gf file dog cat puppy"
)  # "Dakota's dog was seized": no state or drug has a dog
_KIN_OR_HOME = _HOME_OR_PHONE | words("girl boy kid kids")  # "Janvier's girl again"
_MATTER = words("case file")
_PET_NAMED = re.compile(
    r"\b(?:dog|cat|pet|puppy|kitten|chien|chat)(?:['’]s)?\s+(?:name\s+is|named|called|"
    r"s'appelle|nommée?)\s*$",
    re.IGNORECASE,
)


_PROBATION = words("probation parole case")
