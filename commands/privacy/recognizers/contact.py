"""Phone numbers, e-mail addresses and social-media handles or profile links.

Fictional and test numbers (555-01xx) are as identifying in a real note as valid
ones, so phones are matched by shape (every common North American notation) and
``phonenumbers`` only adds international formats.
"""

from __future__ import annotations

import functools
import itertools
import re

import phonenumbers

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon
from commands.privacy.recognizers import Candidate, handles_shaped
from commands.privacy.recognizers.handle_colleagues import TABLE_ROLES, colleague
from commands.privacy.recognizers.number_cues import PHONE_IN_PAIRS
from commands.privacy.recognizers.public_contacts import (
    agency_line,
    public_line,
    role_inbox,
)
from commands.privacy.recognizers.screens import Note

_SEP = r"(?:\s[\-‐–]\s|[\s.\-‐–])?"  # "(613) 555 - 0108": a dash typed between spaces
_EXT = r"(?:\s*(?:,\s*)?(?:x|ext\.?|extension|poste|p\.|#)\s*\d{1,5})?"
_NANP = (
    r"(?<![\w/#.-])\d{3}[\s.]\d{3}[\s.]\d{2}[\s.]\d{2}(?![\w-])"  # "613 555 01 28"
    r"|(?<![\w/#.-])(?:\+\s?1[\s.\-]?|1[\s.\-]|1(?=[2-9]\d{9}(?![\w-])))?"  # "18075550147"
    # "780/555-0192", "(306)-555-0109"; an area code never starts with 0 or 1 ("0098341276")
    r"(?:\(\s?[2-9]\d{2}\s?\)[\s.\-]?|[2-9]\d{2}/|[2-9]\d{2}" + _SEP + r")"
    r"\d{3}"
    + _SEP
    + r"\d{4}(?![\w-])"
    + _EXT
    + r"|(?<![\w/#.-])[2-9]\d{2}\s[2-9]\d{6}(?![\w-])"  # "705 5550117"
    + r"|(?<![\w/#.-])[2-9]\d{2}/[2-9]\d{2}/\d{4}(?![\w/-]|\s?(?:mg|ml|km|\$|%))"  # 867/555/0125
    # "306 - 555 - 0147": dashes typed with spaces around them
    + r"|(?<![\w/#.-])\(?[2-9]\d{2}\)?\s[-.‐–]\s\d{3}\s[-.‐–]\s\d{4}(?![\w-])"
)
_LOCAL = r"(?<![\w/#.$-])(?!310[.-])\d{3}[.\-]\d{4}(?![\w.\-/]*\d)" + _EXT  # not BC's 310-6789
# A local number typed with a space or run together ("called me from 555 0163", "has 5550183"):
# the shape of many other numbers, so a word of calling or of a phone must stand near it.
_LOCAL_BARE = re.compile(r"(?<![\w/#.$,-])\d{3}\s?\d{4}(?![\w.\-/]*\d)")
_CALLING = re.compile(
    r"\b(?:call(?:ed|ing|s)?|text(?:ed|ing|s)?|txt|phone|cell|cel|number|num|#|tel|"
    r"téléphone|appel(?:é|ée|er|le)?|rejoindre|reach(?:ed)?|ring)\b",
    re.IGNORECASE,
)
_FILE_CUE = re.compile(r"\b(?:file|case|dossier|occurrence|occ|incident|client|matricule)\b", re.I)
# A number typed across chat lines: "306-555- / 0134", "639 555 / wait / 0111"
_SPLIT = re.compile(
    r"(?<![\w/#.$-])(?:\(?\d{3}\)?[\s.\-]{0,2})?\d{3}[\s.\-]{0,2}/\s*(?:[^\W\d]{1,10}(?:\s+[^\W\d]{1,10}){0,2}\s*/\s*)?"
    r"\d{4}(?![\w-])"
)
# "613 555 01 56", "819-555-01-76": the last four digits said in pairs
_IN_PAIRS = re.compile(r"(?<![\w/#.$-])" + PHONE_IN_PAIRS + r"(?![\w-]|\s\d)")
# "306-555-0 1 8 9", "418 555 0 1 5 6": the last four digits spaced out one by one
_SPACED_OUT = re.compile(
    r"(?<![\w/#.$-])\(?[2-9]\d{2}\)?[\s.-][2-9]\d{2}[\s.-]\d(?:\s\d){3}(?![\w-]|\s\d)"
)
_EMAIL = (
    r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
    r"|\b[\w.+-]+\s@\s(?:[A-Za-z0-9-]+\.)+(?:com|ca|net|org|fr)\b(?!/)"  # "f.x @ example.ca"
    r"|\b[\w.+-]+\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*"
    r"(?!(?:facebook|instagram|tiktok|twitter|snapchat|youtube|linkedin|reddit|x)\b)"
    r"[A-Za-z0-9-]+\s*"
    r"(?:\.|\(dot\)|\[dot\]|\sdot\s|\(point\)|\[point\]|\spoint\s)\s*"
    r"(?:com|ca|net|org|qc\.ca|on\.ca|sk\.ca)\b(?!/)"  # not "the unit at kijiji.ca/o-profile/…"
    # spelled out: "sophie point b arobase hotmail point com", "jdoe at gmail dot com"
    r"|\b[\w+-]+(?:\s+(?:point|dot|underscore|tiret|dash)\s+[\w+-]+)*\s+(?:arobase|at)\s+"
    r"[A-Za-z0-9-]+(?:\s+(?:point|dot)\s+[A-Za-z0-9-]+)*?\s+(?:point|dot)\s+"
    r"(?:com|ca|net|org|fr)\b"
)
_PLATFORMS = r"facebook|fb|instagram|insta|ig|tiktok|twitter|x|snapchat|snap|youtube|discord"
_SOCIAL_DOMAINS = (
    r"(?:facebook|fb(?=\.)|instagram|instagr\.am|tiktok|twitter|x(?=\.com)|snapchat|youtube|"
    r"linkedin|reddit|threads|twitch|pinterest|tumblr|discord|discord\.gg|"
    r"onlyfans|kik|vk|soundcloud|bsky|t\.me|telegram|m\.facebook|linktr\.ee|beacons\.ai|"
    r"steamcommunity|"
    r"vsco\.co|yubo|wattpad|m\.me(?=/)|wa\.me(?=/)|"  # Messenger's and WhatsApp's links
    r"cash\.app(?=/)|venmo(?=\.com/)|paypal\.me(?=/)|"  # "cash.app/$kingzz44": who is paid
    r"etsy(?=\.com/shop/))"  # "etsy.com/shop/ChandellesValB": a seller's own shop
)
_PROFILE_URL = (
    r"(?:https?://)?(?:www\.|m\.)?"
    + _SOCIAL_DOMAINS
    + r"(?:\.com|\.me|\.app|\.social|\.gg|\.tv)?/"
    + r"(?!(?:"
    + _PLATFORMS
    + r")\b)[^\s,;)\]]+"  # not "Facebook/Instagram", two platforms
    # "kijiji.ca/o-profile/1029384756": a person's profile on any classifieds or forum site
    r"|(?:https?://)?(?:www\.)?[a-z0-9-]+\.(?:ca|com|net|org)/(?:[\w-]+/)?"
    r"(?:o-profile|profile|user|users|member|members|u)/[^\s,;)\]]+"
)
_HANDLE = (
    r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b"  # "u/mj_angelbaby" on Reddit
    r"|(?<![\w@<])@(?=[\w.]*[A-Za-z])(?!\d{3,4}h\b)[A-Za-z0-9_.]{2,30}(?<!\.)"  # "@1412h"
    r"|(?<![\w#])[A-Za-z][\w.]{2,31}#\d{4}\b"  # a Discord tag: "ghostboi#4471"
)
_PLATFORM = (
    r"(?:snap(?:chat)?|sc|ig|insta(?:gram)?|tiktok|tik tok|tt|twitter|fb|facebook|"
    r"kik|discord|telegram|x)"
)
# "a user called nightowl_ymm", "compte nommé lil.k2009", "anais.rki": shaped like a handle
# (a digit, an underscore, a dot between letters), not an abbreviation ("e.g.")
_SHAPED = r"(?!(?:e\.g|i\.e|p\.ex|n\.b|a\.k\.a|c\.-à-d)\b)(?=[\w.-]*(?:[_\d]|[A-Za-z]\.[A-Za-z]))"
_ACCOUNT_HANDLE = (
    r"\b(?:user(?:name)?|account|profile|gamer\s?tag|handle|pseudo|compte|profil|usager|"
    r"nom\s+d['’]utilisateur|utilisateur)\s+"
    # "Username on the gaming site is xX_MetisPrince_Xx"
    r"(?:(?:on|in|sur|dans|the|la|le|his|her|son|sa|gaming|game|site|app|chat|server|de|du)\s+)"
    r"{0,4}(?:(?:[\w'’]+\s+){1,5}?(?:is|est|=|:)\s*"  # "user she's talking to is nightcrawler_6611"
    r"|(?:(?:called|named|nommé|nommée|appelé|appelée|:|is|=|est|c['’]est)\s*)?)[\"'“]?"
    r"(?=[\w.]*[A-Za-z])(?!\d0s\b)" + _SHAPED + r"[A-Za-z0-9_.]{3,30}(?<!\.)"  # not "in his 30s"
)
# "Snap kyra_b2010", "Sur Snapchat, elle est lily.mtl09": a handle-shaped word (with a
# digit, an underscore or a dot) a few words after the platform's name.
_PLATFORM_NEAR = (
    r"\b" + "(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik tok|twitter|discord|kik|telegram|"
    r"facebook|fb|messenger|whatsapp|roblox|xbox|psn|twitch|reddit|threads|wechat|weixin|"
    r"signal|viber|line)"
    r"(?:[\s,:]+(?:handle|name|username|user|account|id|compte|profil|pseudo|she|he|her|his|"
    r"they|elle|il|son|sa|is|was|est|c['’]?est|c|as|sous|under|called|named|nommé|nommée|goes|by|"
    r"in|on|the|pic|photo|screenshot|dans|la|le|sur|message|messages|from|de|du|des|par|a|an|user|"
    r"pour|for|to|nom|name|changed|changé|son|his|her|"
    r"un|une|usager|compte|jeune|youth|girl|boy|fille|gars|kid|daughter|son|fils|mom|mère|"
    r"rendu|now|maintenant|new|nouveau|nouvelle|another|autre|latest|"
    r"utilise|uses|used|using|has|had|posts|posted|publie|went)){0,6}"
    # not a time, a day or a count: "threads on the 30th", "40k views", "line for 1000h"
    r"[\s,:(—–-]+[\"'“]?@?(?!\d{1,2}(?:am|pm|h|st|nd|rd|th)\b|\d+(?:\.\d)?[km]\b"
    r"|[0-2]\d[0-5]\dh(?:rs?)?\b|\d+-(?:hour|hr|day|week|min|minute|month|year|night)s?\b"
    r"|1-8\d\d-)"  # "crisis line is 1-866-APPELLE": a toll-free line spelled in letters
    r"(?=[\w.-]*[A-Za-z])" + _SHAPED + r"[A-Za-z0-9_.-][A-Za-zÀ-ÿ0-9_.-]{2,29}(?<![.-])"
)
# "le proprio est lil.ptr.qc sur snap": the handle first, then where it lives
_HANDLE_ON = (
    r"(?<![\w@.])(?=[\w.-]*[A-Za-z])" + _SHAPED + r"[A-Za-z0-9_.-]{3,30}(?<![.-])"
    r"(?=[\"'”»]?\s+(?:on|sur)\s+(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|discord|kik|fb|facebook|xbox|"
    r"psn|roblox|twitch|reddit|telegram|whatsapp)\b)"
)
# "Sur Snap, Kevin est « kev.lmtl »": a quoted handle-shaped word later in the sentence;
# "Il a donné son Snap à une fille de 13 ans : mimi.lacrx": or after a colon that ends it
_QUOTED_NEAR = (
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|discord|kik|facebook|fb)\b[^.!?\n:]{0,60}?"
    r"(?:[«“\"(]|:)\s*(?P<h>(?=[\w.-]*[A-Za-z])" + _SHAPED + r"[A-Za-zÀ-ÿ0-9_.-]{3,30}(?<![.-]))"
    r"(?:\s*[»”\")]|(?=[\s,;.)!?]|$))"  # "snap map showed it (amberrr.x)"
)
_LABELLED_HANDLE = (
    r"(?<!\bthe\s)(?<!\bthat\s)(?<!\bla\s)(?<!\ble\s)"  # "the girl in the tiktok is amira"
    r"\b" + _PLATFORM + r"\b\s*(?:handle|name|username|user|account|id|compte|profil)?"
    r"\s*(?::|is|=|as|sous|est|under)\s*(?P<q>[\"'“])?@?(?=[\w.]*[A-Za-z])[A-Za-z0-9_.]{3,30}"
    r"(?![^\W\d_])(?(q)(?=[\"'”]))"  # a quote holds the handle alone: not 'snap: "3am thoughts…"'
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(_NANP, re.IGNORECASE),
        re.compile(_LOCAL, re.IGNORECASE),
        re.compile(_EMAIL, re.IGNORECASE),
        re.compile(_PROFILE_URL, re.IGNORECASE),
        re.compile(_HANDLE),
        re.compile(_LABELLED_HANDLE, re.IGNORECASE),
        re.compile(_ACCOUNT_HANDLE, re.IGNORECASE),
        re.compile(_PLATFORM_NEAR, re.IGNORECASE),
        re.compile(_HANDLE_ON, re.IGNORECASE),
        re.compile(_QUOTED_NEAR, re.IGNORECASE),
    )


_CHAT_MENTIONS = {"here", "channel", "everyone", "all", "team", "admin", "admins", "mods"}
_HANDLE_STOP = {"is", "as", "under", "est", "sous", "the", "le", "la", "a", "un", "une"}


def public_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the public help lines in ``text``, which no finding may cover: the lines
    listed above, an agency's fax ("fax signed consents to CAS intake at 705-555-0187") and a
    number right after a service's name ("Regina Mobile Crisis 306-757-0127", "Tel-Aide 514
    935-1101"). A toll-free number is not enough: "l'oncle peut être joint au 1-800-…"."""
    spans = []
    nanp, local = _patterns()[:2]
    note = Note(text)
    for m in itertools.chain(note.hits(nanp), note.hits(local)):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) not in (7, 10, 11):
            continue  # seven: "1-866-APPELLE (277-3553)", the letters' digits
        if public_line(digits, text[max(0, m.start() - 60) : m.start()]):
            spans.append(m.span())
    return spans


def find(text: str) -> list[Candidate]:
    nanp, local, email, url, handle, labelled, account, near, handle_on, quoted = _patterns()
    note = Note(text)
    out: list[Candidate] = []
    for m in note.hits(nanp):
        # an exchange never starts with 0 or 1: "5630091215" is a card's number, if cued
        exchange = re.sub(r"\D", "", m.group(0)).removeprefix("1")[3:4]
        out.append(Candidate(Kind.PHONE, m.start(), m.end(), None, 70 if exchange > "1" else 50))
    for m in note.hits(local):
        out.append(Candidate(Kind.PHONE, m.start(), m.end(), None, 60))
    out.extend(_cued_local(note))
    if "+" in text:
        out.extend(_international(text))
    for m in note.hits(email):
        out.append(Candidate(Kind.EMAIL, m.start(), m.end(), None, 90))
    for m in note.hits(url):
        end = m.end()
        while end > m.start() and text[end - 1] in ".!?":
            end -= 1
        out.append(Candidate(Kind.SOCIAL_HANDLE, m.start(), end, None, 85))
    for m in note.hits(handle):
        body = m.group(0).lstrip("@")
        if body.casefold() in _CHAT_MENTIONS:
            continue  # Slack's "@here", "@channel": nobody's handle
        if re.match(r"[A-Z][a-z]+$", body) and re.match(r" [A-Z][a-z]", text[m.end() :]):
            continue  # "@Sarah Whitford": a chat mention of a person, left to the name reader
        tail = _WORKSPACE_TAIL.match(text, m.end())
        agency = tail is not None and re.match(r"-([^\W\d_]+)", text[m.end() :])
        if agency and agency.group(1).casefold() in lexicon().never_single:
            continue  # "@jtanner-rps says it's being reviewed": a colleague at an agency
        if agency and agency.group(1).casefold() in TABLE_ROLES:
            continue  # "posted by @ktoth-hubcoord": the table's coordinator
        if tail and not _PLATFORM_NAMED.search(text):
            continue  # "message @hub-chair-ottawa first": a workspace account, hyphens and all
        if colleague(text, m.start(), body) or _REP_AFTER.match(text, m.end()):
            continue  # "@Dana can CMHA take lead?", "@AMPS rep": a colleague, not a handle
        out.append(Candidate(Kind.SOCIAL_HANDLE, m.start(), m.end(), None, 80))
    for m in note.hits(_PLATFORM_WORD):
        lex = lexicon()
        word = m.group("h").casefold()
        two_words = any(
            lex.is_common(word[:k]) and lex.is_common(word[k:]) for k in range(2, len(word) - 1)
        )  # "posted on insta lastnight"
        if not (lex.is_common(word) or lex.is_name(word) or two_words):
            out.append(Candidate(Kind.SOCIAL_HANDLE, m.start("h"), m.end("h"), None, 74))
    out.extend(handles_shaped.find(text))
    for m in note.hits(handle_on):
        out.append(Candidate(Kind.SOCIAL_HANDLE, m.start(), m.end(), None, 74))
    for m in note.hits(quoted):
        out.append(Candidate(Kind.SOCIAL_HANDLE, m.start("h"), m.end("h"), None, 74))
    for m in itertools.chain(*(note.hits(p) for p in (labelled, account, near))):
        value = re.search(r"[\w.@-]+$", m.group(0))
        word = value.group(0).lower().rstrip(".") if value else ""  # "X = suspended."
        shown = _DISPLAY_NAME.match(text, m.start() + value.start()) if value else None
        if shown is not None and not lexicon().is_common(shown.group(0).split()[0].lower()):
            # "her fb is Tiana Delorme", "on fb as Jaxon Whitecap"; not "IG is Private Account"
            out.append(Candidate(Kind.NAME, shown.start(), shown.end(), None, 76))
            continue
        if word.isalpha() and lexicon().is_common(word):
            continue  # "IG is private", "her snap is gone": what the account is, not its name
        if re.fullmatch(r"\d+(?:-\d+)?x", word):
            continue  # "she calls the line 6-8x a day": how often
        if value and value.group(0).lower().lstrip("@") not in _HANDLE_STOP:
            start = m.start() + value.start()
            if text[start] == "@" and colleague(text, start, value.group(0)[1:]):
                continue  # "on Instagram, @cmha.tbay crisis line called": the agency's rep
            out.append(Candidate(Kind.SOCIAL_HANDLE, start, m.end(), None, 75))
    # "SPS main line 306-555-0100", "intake@…": what an agency publishes is no one's
    return [c for c in out if not _published(text, c)]


def _published(text: str, c: Candidate) -> bool:
    if c.kind is Kind.PHONE:
        return agency_line(text, c.start, c.end)
    return c.kind is Kind.EMAIL and role_inbox(text[c.start : c.end])


# A profile's display name after the platform: a person's first and last names
_DISPLAY_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}(?![\w.@])")
# "and Snap dylroyyy", "Discord savagekay": a word no list holds, right after the platform
_PLATFORM_WORD = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|kik|discord|roblox|steam)\s*:?\s+"
    r"(?P<h>[A-Za-z][A-Za-z0-9_]{3,29})\b"
    r"(?![.'’@-])",
    re.IGNORECASE,
)
_WORKSPACE_TAIL = re.compile(r"-[^\W\d_]")
_PLATFORM_NAMED = re.compile(r"\b" + _PLATFORM + r"\b|\b(?:insta|snap)\w*", re.IGNORECASE)


def _cued_local(note: Note) -> list[Candidate]:
    """Seven digits said to be a phone by the words around them, and numbers split by chat."""
    text = note.text
    out = [
        Candidate(Kind.PHONE, m.start(), m.end(), None, 58)
        for m in itertools.chain(note.hits(_SPLIT), note.hits(_IN_PAIRS), note.hits(_SPACED_OUT))
    ]
    for m in note.hits(_LOCAL_BARE):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 30]
        if _FILE_CUE.search(before) or not (_CALLING.search(before) or _CALLING.search(after)):
            continue
        out.append(Candidate(Kind.PHONE, m.start(), m.end(), None, 58))
    return out


def _international(text: str) -> list[Candidate]:
    """Non-NANP numbers written with a + (relatives abroad, newcomers' old numbers)."""
    out: list[Candidate] = []
    for plus in re.finditer(
        r"\+\s?\d", text
    ):  # only what follows a "+": not "RYC + SCK … 2026-058"
        window = text[plus.start() : plus.start() + 24]
        try:
            matcher = phonenumbers.PhoneNumberMatcher(
                window, "CA", leniency=phonenumbers.Leniency.POSSIBLE
            )
            for match in matcher:
                if match.start == 0:
                    start = plus.start()
                    out.append(Candidate(Kind.PHONE, start, start + match.end, None, 65))
        except Exception:
            continue
    return out


_REP_AFTER = re.compile(r"(?:-[\w-]+)?\s+reps?\b")  # "@FamilyWellness rep to check"
