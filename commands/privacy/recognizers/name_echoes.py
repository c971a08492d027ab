"""A name found once, found again elsewhere in the same note: typed in lower case
("Destiny Bear (15)… destiny doesnt want"), as the family in the plural ("the Mandamins…
Curtis Mandamin"), as initials in brackets ("Jean-Philippe (JP)") or spelled out by an
e-mail address beside it ("Ruby Castel, rcastel@…"); spelled again, in ``name_respellings``;
initials said of a person wherever they stand, in ``name_initials``."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    INSTITUTION,
    KIN,
    MODALS,
    PERSON_VERBS,
    RELATIVES,
)
from commands.privacy.recognizers.name_chat import (
    AUXILIARIES,
    chat_word,
    contracted,
    typed_in_lower_case,
)
from commands.privacy.recognizers.name_initials import initials_of_people
from commands.privacy.recognizers.name_respellings import respellings
from commands.privacy.recognizers.name_tokens import Tok


def find(
    text: str, toks: list[Tok], taken: set[int], spans: list[Candidate], generic: str | None
) -> list[Candidate]:
    """More spans of the names in ``spans`` (whose tokens are ``taken``)."""
    out: list[Candidate] = []
    for c in spans:
        alias = _INITIALS_ASIDE.match(text, c.end)
        initials = "".join(w[0] for w in re.split(r"[\s-]+", text[c.start : c.end]) if w)
        letters = alias.group(1).replace(".", "").replace("-", "") if alias is not None else ""
        # "Jean-Philippe Sauvé (JP)": a compound given name's initials
        compound = "-" in text[c.start : c.end] and initials.upper().startswith(letters)
        if alias is not None and (
            letters == initials.upper()
            or (len(letters) >= 2 and compound)
            # "je vous réfère Wissam (W.K.)": the given name's initial, then the surname's
            or ("." in alias.group(1) and len(letters) == 2 and letters[0] == initials.upper())
        ):
            # "Jean-Philippe (JP) c'est le chum de la mère"
            out.append(Candidate(Kind.NAME, alias.start(1), alias.end(1), c.suggestion, 43))
        equated = _IS_BEFORE.search(text, max(0, c.start - 30), c.start)
        if equated is not None and " " in text[c.start : c.end] and _nickname(equated, text):
            out.append(Candidate(Kind.NAME, equated.start(1), equated.end(1), c.suggestion, 43))
        variant = _VARIANT_AFTER.match(text, c.end)
        said = variant.group(1).casefold() if variant is not None else ""
        if variant is not None and said not in STOPWORDS and said not in CALENDAR:
            # "Rania Al-Hamwi (aussi écrit Alhamwi)", "Abdirahman (not Abdulrahman)", "Xuseen /
            # Hussein": the same person spelled another way
            out.append(Candidate(Kind.NAME, variant.start(1), variant.end(1), c.suggestion, 43))
        spelled = _VARIANT_BEFORE.search(text, max(0, c.start - 32), c.start)
        said = spelled.group(1).casefold() if spelled is not None else ""
        if (
            spelled is not None
            and said not in STOPWORDS
            and said not in KIN
            and said not in _LABELS
            # not "Dilico (Shawna)": an agency, then its worker
            and not any(t.start == spelled.start(1) and t.protected and not t.name for t in toks)
        ):
            # "Maxamed (Mohamed dans le dossier scolaire…)"
            out.append(Candidate(Kind.NAME, spelled.start(1), spelled.end(1), c.suggestion, 43))
        short_form = _SHORT_BEFORE.search(text, max(0, c.start - 12), c.start)
        if short_form is not None and " " in text[c.start : c.end]:
            word = short_form.group(1)
            if len(word) >= 2 and text[c.start : c.end].lower().startswith(word.lower()):
                # "yeah its Nav - Navjot Singh Dhillon": the short form, then the full name
                out.append(Candidate(Kind.NAME, short_form.start(1), short_form.end(1), None, 43))
        before = _INITIALS_BEFORE.search(text, max(0, c.start - 10), c.start)
        if before is not None and text[c.end : c.end + 1] == ")":
            letters = re.sub(r"[^A-Z]", "", before.group(1))
            if len(letters) >= 2 and initials.upper().startswith(letters):
                # "P-A (Pierre-Alexandre Côté) est de retour": the initials the person goes by
                out.append(Candidate(Kind.NAME, before.start(1), before.end(1), c.suggestion, 43))
        aged = _SURNAME_AFTER_AGE.match(text, c.end)
        if aged is not None and _surname_word(toks, aged.start(1)):
            # "Hunter (6) and Paisley (4) McAllister": the family name after the ages
            out.append(Candidate(Kind.NAME, aged.start(1), aged.end(1), c.suggestion, 43))
        between = _QUOTED_BETWEEN.match(text, c.end) or _QUOTED_APPOSED.match(text, c.end)
        if between is not None and between.group(1).casefold() not in STOPWORDS:
            # 'usager Robert « Bob » Séguin': a nickname between the given and family names;
            # 'Dawn Little Bear, "Dawnie", on and off at the shelter': one put beside the name
            out.append(Candidate(Kind.NAME, between.start(1), between.end(1), c.suggestion, 43))
        short = SHORT_ASIDE.match(text, c.end) or _FRIENDS_ASIDE.match(text, c.end)
        if short is not None and (
            short.re is _FRIENDS_ASIDE or is_short_form(short.group(1), text[c.start : c.end])
        ):
            # "Aiyana Swan (Ai) is 15": the short form the person goes by
            out.append(Candidate(Kind.NAME, short.start(1), short.end(1), c.suggestion, 43))
            family = _SURNAME_AFTER_ASIDE.match(text, short.end())
            if (
                family is not None
                and " " not in text[c.start : c.end]
                and family.group(1).casefold() not in CALENDAR
                and _surname_word(toks, family.start(1))
            ):
                # "Kassidy (Kass) McGregor, 15": the family name after the short form
                out.append(Candidate(Kind.NAME, family.start(1), family.end(1), c.suggestion, 43))
        quoted = _QUOTED_BEFORE_ASIDE.search(text, max(0, c.start - 30), c.start)
        if quoted is not None and text[c.end : c.end + 1] == ")":
            # 'his buddy "Smokey" (Dwayne Iron) keeps…': the nickname, then who it is
            out.append(Candidate(Kind.NAME, quoted.start(1), quoted.end(1), c.suggestion, 43))
        dashed = _NICK_BEFORE_DASH.search(text, max(0, c.start - 30), c.start)
        if dashed is not None and re.match(r"\s*[—–]", text[c.end :]):
            k = next((k for k, t in enumerate(toks) if t.start == dashed.start(1)), None)
            if (
                k is not None
                and k > 0
                and not toks[k - 1].cap  # not "Thunder Bay — Dennis Kakegamic —"
                and not (toks[k].protected or toks[k].sentence_start or toks[k].lower in KIN)
            ):
                # "says Shorty — Dennis Kakegamic — has been living…": who, then the full name
                out.append(Candidate(Kind.NAME, dashed.start(1), dashed.end(1), c.suggestion, 43))
        nick = _BEFORE_ASIDE.search(text, max(0, c.start - 30), c.start)
        if nick is not None and text[c.end : c.end + 1] == ")":
            k = next((k for k, t in enumerate(toks) if t.start == nick.start(1)), None)
            begun = len(nick.group(1)) < 3  # "dit que Jo (Joanie Mallet)": the name begun
            if begun and not text[c.start : c.end].lower().startswith(nick.group(1).lower()):
                k = None
            if k is not None and (toks[k].name or toks[k].unknown) and toks[k].lower not in KIN:
                # "Bear (Jordan Cheechoo) is back": a nickname, the full name in brackets
                out.append(Candidate(Kind.NAME, nick.start(1), nick.end(1), c.suggestion, 43))
    out.extend(_unlisted_surnames(text, toks, spans, generic))
    out.extend(_given_before_compound(text, toks, spans))
    for first, k in _in_email(text, toks, taken):
        out.append(Candidate(Kind.NAME, toks[first].start, toks[k].end, generic, 43))
    out.extend(initials_of_people(text, toks, generic))
    for m in _INITIALS_THEN_KIN.finditer(text):  # "JP (stepdad) drives the freight run"
        if (
            m.group(2).casefold() in RELATIVES
            and m.group(1).casefold() not in lexicon().never_single
        ):
            out.append(Candidate(Kind.NAME, m.start(1), m.end(1), generic, 43))
    out.extend(respellings(text, toks, spans + out, generic))
    # "Garage owner says Mac — Mackenzie Nighttraveller — has slept… Mac is 19": the names
    # found here are repeated later too, like those found before
    known = taken | {k for k, t in enumerate(toks) for c in out if c.start <= t.start < c.end}
    out.extend(
        Candidate(Kind.NAME, toks[k].start, toks[k].end, generic, 43)
        for k in _lower_case_repeats(text, toks, known, typed_in_lower_case(text))
    )
    return out


def _given_before_compound(text: str, toks: list[Tok], spans: list[Candidate]) -> list[Candidate]:
    """ "Dawn Little Bear, on and off at the shelter": a family name of two capitalised words
    was found, and the given name before it, an everyday word too, was left out."""
    out = []
    starts = {t.start: k for k, t in enumerate(toks)}
    for c in spans:
        k = starts.get(c.start)
        if k is None or k == 0 or c.end not in {t.end for t in toks[k + 1 : k + 3]}:
            continue
        prev = toks[k - 1]
        if (
            prev.cap
            and prev.given
            and not prev.protected
            and not prev.possessive
            and not prev.text.isupper()
            and prev.lower not in STOPWORDS
            and prev.lower not in KIN
            and prev.lower not in MODALS  # "Will Little Bear come to table?"
            and text[prev.end : c.start] == " "
            and all(t.cap for t in toks[k : k + 2])
            and not any(o.start < prev.end and prev.start < o.end for o in spans)
        ):
            out.append(Candidate(Kind.NAME, prev.start, prev.end, c.suggestion, 43))
    return out


def _unlisted_surnames(
    text: str, toks: list[Tok], spans: list[Candidate], generic: str | None
) -> list[Candidate]:
    """ "real name dennis severight", "grace muswagon, shes the kokum": a given name found in
    lower case, then a word no list holds, is the family name too."""
    out = []
    for c in spans:
        first = next((k for k, t in enumerate(toks) if t.start == c.start), -1)
        if first > 0:
            prev = toks[first - 1]
            if (
                prev.text.islower()
                and toks[first].text.islower()  # chat: not "avise Lévesque", "little Nibi"
                and len(prev.lower) >= 3  # not "ty colleen"
                and prev.text.isalpha()
                and (
                    prev.given
                    or (prev.unknown and len(prev.lower) >= 4 and not chat_word(prev.lower))
                )
                and not contracted(prev.lower)
                # "j'ai texté marco hier": a participle after its auxiliary, not a given name
                and not (first >= 2 and toks[first - 2].lower in AUXILIARIES)
                # "tanner ironchild n boo": an everyday given name before a family name no
                # list holds
                and (not prev.common or toks[first].unknown)
                and not prev.protected
                and not prev.possessive
                and text[prev.end : c.start] == " "
            ):
                # "call reena desnomie's mom": the given name before a family name found
                out.append(Candidate(Kind.NAME, prev.start, prev.end, generic, 43))
        k = next((k for k, t in enumerate(toks) if t.start == c.start and t.end == c.end), -1)
        if k < 0 or k + 1 >= len(toks) or not toks[k].text.islower() or not toks[k].given:
            continue
        nxt = toks[k + 1]
        if (
            text[toks[k].end : nxt.start] == " "
            and nxt.unknown
            and nxt.text.isalpha()
            and nxt.text.islower()
            and len(nxt.lower) >= 5
            and not chat_word(nxt.lower)
            and not contracted(nxt.lower)
            and not nxt.lower.endswith(("ing", "ed", "ly", "s"))
        ):
            out.append(Candidate(Kind.NAME, nxt.start, nxt.end, generic, 43))
    return out


# "Aiyana Swan (Ai)", "Desmond (Dez)", "Wyatt Eagle Plume (Wy)", "mohamed (moe)"
SHORT_ASIDE = re.compile(
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s*\((?-i:([A-Z][a-z]{1,4}|[a-z]{2,5}))\)"
)
# "Jonathan (Jo pour les chums)", "Aiyana (Ai to her friends)": what friends call the person
_FRIENDS_ASIDE = re.compile(
    r"\s*\((?-i:([A-Z][\w'’-]{1,15}))\s+(?:pour\s+(?:les|ses)\s+(?:chums|amis|amies|intimes)"
    r"|for\s+short|to\s+(?:(?:his|her|their)\s+)?friends|entre\s+amis)\)",
    re.IGNORECASE,
)
_VARIANT_AFTER = re.compile(
    r"\s*(?:\(\s*(?:(?:aussi|parfois)\s+[ée]crit|(?:also|sometimes)\s+spelled|spelled|[ée]crit|not|"
    r"pas|or|ou)\s+|\s/\s"
    r"|\s+(?:ou|or)\s+(?=[A-Z][\w'’-]+\s*[?,]|[A-Z][\w'’-]+$)"  # "Tremblay ou Tremblé?"
    r"|,?\s+(?:not|pas|no,)\s+(?=[A-Z][\w'’-]+\s*(?:[?,.;]|with\b|$)))"  # ", not Ngyuen"
    r"((?-i:[A-Z][\w'’-]+))(?=\s*[),.;?]|\s+(?:was|is|est|a)\b|$)",
    re.IGNORECASE,
)
_LABELS = frozenset(("youth", "client", "victim", "father", "mother", "jeune", "usager", "name"))
_VARIANT_BEFORE = re.compile(
    r"(?<![\w-])((?-i:[A-Z][a-z'’-]{2,}))\s*(?:\(\s*|\s/\s"
    # "Ask Moose — sorry, Morris Kakegamic —": a name taken back for the right one
    r"|(?:[—–-]+|,)\s*(?:sorry|oops|pardon|I\s+mean|je\s+veux\s+dire),?\s+(?:I\s+mean\s+)?)$"
)
_SHORT_BEFORE = re.compile(r"(?<![\w-])((?-i:[A-Z][a-z]{1,4}))\s+[-–—]\s+$")
_INITIALS_BEFORE = re.compile(r"(?<![\w-])((?-i:[A-Z](?:[-.]?[A-Z]){1,2}))\.?\s*\($")
_BEFORE_ASIDE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:and|et|with|avec|que|says|said|dit)\s+)((?-i:[A-Z][a-z]{1,}))\s+\($"
)
_QUOTED_BEFORE_ASIDE = re.compile(
    # « le Grand » (Mathieu Boucher): the article a Québécois nickname keeps
    r"[\"“‘«]\s*((?-i:(?:(?:le|la|Le|La)\s)?[A-ZÀ-Ý][\w'’-]{1,20}(?:\s[A-ZÀ-Ý][\w'’-]{1,20})?))"
    r"\s*[\"”’»]\s*\($"
)
_NICK_BEFORE_DASH = re.compile(r"\b((?-i:[A-Z][\w'’-]{1,20}))\s+[—–]\s+$")
_SURNAME_AFTER_ASIDE = re.compile(r" ((?-i:[A-Z][\w'’-]+))(?=\s*(?:[,;.)]|$|\s\d|\s\())")
_SURNAME_AFTER_AGE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:y/?o|ans)?\s*\)\s+((?-i:[A-Z][\w'’-]+))")


def is_short_form(word: str, name: str) -> bool:
    """Whether ``word`` reads as the short form of ``name``: its first letters ("Ai" of
    "Aiyana"), or its first two and more ("Dez" of "Desmond"), in the name's case ("moe" of
    "mohamed", never "(moi)" after "Marc")."""
    if word.islower() != name.islower() or word.casefold() in STOPWORDS:
        return False
    folded, said = name.casefold(), word.casefold()
    return folded.startswith(said) or (len(said) >= 3 and folded[:2] == said[:2])


def _surname_word(toks: list[Tok], start: int) -> bool:
    t = next((t for t in toks if t.start == start), None)
    return t is not None and t.lower not in STOPWORDS and (t.surname or t.unknown or t.listed_word)


_QUOTED_BETWEEN = re.compile(
    r"\s+(?:«\s*|[\"“‘]|')([^\W\d_][\w’-]{1,20})(?:\s*»|[\"”’]|')\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ])"
)
_QUOTED_APPOSED = re.compile(
    r",?\s*(?:«\s*|[\"“‘]|')((?-i:[A-ZÀ-Ý])[\w’-]{1,20})(?:\s*»|[\"”’]|')\s*(?:[,;)]|$)"
)
_INITIALS_THEN_KIN = re.compile(
    r"\b((?-i:[A-Z]{2,3})|(?-i:[A-Z])\.(?-i:[A-Z])\.)\s*\((?:the\s+|her\s+|his\s+|their\s+|"
    r"le\s+|la\s+|sa\s+|son\s+)?([^\W\d_]+(?:-[^\W\d_]+)?)\)",
    re.IGNORECASE,
)


def _nickname(equated: re.Match[str], text: str) -> bool:
    """The word before "is <full name>" is what the person is called: a word in no list, or
    one the note already used for someone ("Smoke" in quotes), never "Contact is Jane Smith"."""
    word = equated.group(1)
    if word.casefold() in STOPWORDS or word.casefold() in KIN or word.casefold() in _CHART_WORDS:
        return False  # "Ptn is rosalie tawpisim, 79": the chart's word for the patient
    return not lexicon().is_common(word.casefold()) or text.count(word) > 1


_CHART_WORDS = words("pt ptn clt pts")
_INITIALS_ASIDE = re.compile(r"\s*\(((?-i:[A-Z]{2,3}|[A-Z]\.[A-Z]\.|[A-Z]-[A-Z]))\)")  # "(J-P)"
# "… and "Smoke" broke in; Smoke is Damon McKenzie, 16": a nickname, then who it stands for
_IS_BEFORE = re.compile(r"(?:^|[.;:!?]\s+)[\"“]?([A-Z][\w'’-]+)[\"”]?\s+(?:is|=|c['’]est)\s+$")
_EMAIL_LOCAL = re.compile(r"([\w.+-]+)@[\w-]+\.[\w.-]+")
# a handle's leading word, when figures or a dot follow it: "@deacon.5150", "@kayla_09"
_HANDLE_HEAD = re.compile(r"(?<![\w.])@([^\W\d_]{3,})(?=[._]?\d)")
_HANDLE_OPENING = re.compile(r"(?<![\w.])@([^\W\d_]{4,})(?=[._\d])")


def _in_email(text: str, toks: list[Tok], taken: set[int]) -> list[tuple[int, int]]:
    """ "Our contact was Ruby Castel, rcastel@…": a capitalised word that the e-mail address
    beside it spells out is that person's name, however everyday the word; so is one a handle
    opens with ("Deacon… @deacon.5150")."""
    if "@" not in text:
        return []
    locals_ = [m.group(1).casefold() for m in _EMAIL_LOCAL.finditer(text)]
    heads = {m.group(1).casefold() for m in _HANDLE_HEAD.finditer(text)}
    # "noticed grace cashing cheques… Her IG is @gracie.b_204": a given name, in any case,
    # that a handle in the same note opens with, give or take a pet form's ending
    openings = {m.group(1).casefold() for m in _HANDLE_OPENING.finditer(text)}
    out = []
    for k, t in enumerate(toks):
        stem = t.lower.removesuffix("e")  # "grace", "@gracie"; "kate", "@katie"
        if (
            k not in taken
            and t.given
            and not t.protected
            and len(stem) >= 4
            and t.lower not in KIN
            and text[t.start - 1 : t.start] != "@"
            and any(h.startswith(stem) and len(h) - len(stem) <= 2 for h in openings)
        ):
            out.append((k, k))
            continue
        # "destiny emailed me from destinyy.r@…": in lower case, before what a person does
        acts = (
            t.text.islower()
            and k + 1 < len(toks)
            and toks[k + 1].lower in PERSON_VERBS
            and (t.given or t.unknown)
        )
        if k in taken or not (t.cap or acts) or t.protected or t.text.isupper() or len(t.lower) < 4:
            continue
        if t.lower in INSTITUTION or t.lower in STOPWORDS or t.lower in KIN:
            continue
        if t.cap and t.name and t.lower in heads:
            out.append((k, k))  # "Deacon and a girl…; his snap is @deacon.5150"
            continue
        if not any(t.lower in local and t.lower != local for local in locals_):
            continue
        given_before = (
            k > 0 and toks[k - 1].cap and toks[k - 1].given and toks[k - 1].end + 1 == t.start
        )
        if given_before:
            out.append((k - 1, k))  # "Ruby Castel, rcastel@…"
        elif (t.name or t.unknown) and (not t.common or acts):
            out.append((k, k))
    return out


def _lower_case_repeats(text: str, toks: list[Tok], taken: set[int], chat: bool) -> list[int]:
    """ "Destiny Bear (15) called… destiny doesnt want to go back": once a name is found
    capitalised, the same word later is that person again, capitalised or typed in lower
    case (an everyday word only when a verb said of a person follows it, or in chat where a
    person stands: "the one w/ sky… sky's the older sister", "not mark. mark moved out")."""
    found = {
        toks[k].lower
        for k in taken
        # "cheska" in chat; in chat typed in lower case, "boo" and "sky" too; any word of a
        # full name ("the kid is mason o'leary … dad says mason has")
        if len(toks[k].lower) >= 3
        and (toks[k].cap or not toks[k].common or chat or k + 1 in taken or k - 1 in taken)
    }
    # "goes by JJ … MJPS to contact JJ", "aka Ro … Ro posts": a short name, written the same
    short = {toks[k].text for k in taken if len(toks[k].text) == 2 and toks[k].text[0].isupper()}
    out = []
    for k, t in enumerate(toks):
        if k in taken or t.lower in STOPWORDS or t.lower in KIN:
            continue
        if t.text in short and not t.protected:
            out.append(k)
            continue
        if t.cap and len(t.lower) >= 5 and t.lower.endswith("s") and t.lower[:-1] in found:
            out.append(k)  # "the Mandamins, dad Curtis Mandamin": the family, by the name
            continue
        if t.cap and t.lower in found and not (t.common or t.protected or t.text.isupper()):
            out.append(k)  # "Kîsik Morningstar; he prefers Kîsik to his English name"
            continue
        after = toks[k + 1].lower if k + 1 < len(toks) else ""
        if (
            t.cap
            and t.lower in found
            and not t.text.isupper()
            # "Crystal's income assistance was cut off": whose, once the name is known
            and (
                after in PERSON_VERBS
                or not t.sentence_start
                or t.possessive
                or _told_apart(text, t)
            )
        ):
            out.append(k)  # "his daughter Faith is staying… Faith has", "'Ask Tanner,' she said"
            continue
        if t.cap or t.lower not in found:
            continue
        before = toks[k - 1].lower if k > 0 else ""
        if not t.common or after in PERSON_VERBS or after in _NEGATED or after in _HOUSEHOLD:
            out.append(k)  # "gull family again - annie gull called": the family, by the name
        elif chat and t.text.isalpha() and (before in _BESIDE_A_PERSON or t.possessive):
            out.append(k)  # "the one w/ sky", "not mark.", "boo's mom"
    return out


def _told_apart(text: str, t: Tok) -> bool:
    """ "Dakota (not the girl, the older cousin Dakota Tootoosis) has the car": the bracket
    gives the full name of the person the word is."""
    aside = _ASIDE_AFTER.match(text, t.end)
    return (
        aside is not None
        and re.search(rf"\b{re.escape(t.text)}\s+[A-Z]", aside.group(1)) is not None
    )


_ASIDE_AFTER = re.compile(r"\s*\(([^()]{3,80})\)")
_HOUSEHOLD = words("family families famille side boys girls kids household")
_BESIDE_A_PERSON = words("w/ w with not and or to for than pis avec et")


_NEGATED = words("doesnt didnt wont cant isnt wasnt hasnt aint")
