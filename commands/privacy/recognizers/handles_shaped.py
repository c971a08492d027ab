"""Account names written without an "@": by their shape, near a platform or a game, or
shaped so that only an account can be meant ("anon_truth_teller", "not.ur.teacher.lol").

Chat and screenshots name accounts bare: "messages from omar_dz_mtl", "on Fortnite as
Pr1nceofT0ronto", "xo_kayla_xo sent you a snap". An account names its owner as surely
as a name does (SPEC §7), so these are findings like any handle.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import Lexicon, lexicon
from commands.privacy.recognizers import Candidate

# A gamer tag after its cue, any shape, even a few words: "gamertag xXBearKillaXx", "his
# xbox gamertag is PA Rezzy 306", "Roblox username xXtylerbloxXx", 'online name "bonesaw"'
_GAMERTAG = re.compile(
    r"\b(?:gamer\s?tag|psn(?:\s+id)?|xbox\s+(?:tag|name)|epic\s+(?:display\s+)?(?:name|id|username)|"
    r"discord\s+tag|steam\s+(?:name|id)|(?:roblox|fortnite|minecraft|discord|game|gaming)\s+"
    r"(?:user\s?name|name|id|tag)|online\s+name|screen\s?name|pseudo"  # "his gaming tag is …"
    # "profile name kianaa.xo": an account's shape (a display name of two words is a name)
    r"|(?:profile\s+name|nom\s+de\s+profil)(?=\s*(?::|is|est)?\s*[a-z0-9_.]*[._\d][a-z0-9_.]*\b)"
    r"|user\s?name\s+(?:on|for|sur)\s+(?:the\s+|la\s+|le\s+)?\w+(?:\s+\w+)?(?=\s*:))(?![\w])"
    r"\s*(?::|is|=|est|c['’]est)?\s*[\"'“«]?\s*"
    r"(?P<h>(?!(?:and|or|but|et|ou|is|was|est|on|sur|the|le|la)\b)[A-Za-z0-9][A-Za-z0-9_.-]{1,24}"
    r"(?<![.-])(?!\w)(?:\s(?-i:[A-Z][A-Za-z0-9]*|\d{2,4})(?![\w'’])){0,2})",
    re.IGNORECASE,
)
# A platform or a game, then in the same sentence, words shaped like accounts: "sur Snap :
# ali.xo2, maya_bby, lolo.gtno", "joue à Fortnite avec un adulte qui se fait appeler
# KingSlayer_QC", "check his snap map, he's tanner.k.hockey"
_PLATFORM_OR_GAME = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|[fr]insta|ig|tiktok|discord|kik|telegram|whatsapp|"
    r"facebook|fb|messenger|twitter|roblox|xbox|psn|playstation|fortnite|minecraft|twitch|"
    r"reddit|steam|valorant|wechat|snap\s+map|be\s?real|yubo|vsco|omegle|wattpad|youtube|"
    r"threads|gta|call\s+of\s+duty|cod|apex|overwatch|rocket\s+league|among\s+us|"
    r"brawl\s+stars|clash\s+royale|free\s+fire|vrchat)\b",
    re.IGNORECASE,
)
_SHAPED_WORD = re.compile(
    r"(?<![\w@./#$-])(?!(?:xbox|ps|covid|windows|iphone|galaxy|pixel)\d)"
    r"(?:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]"  # "maya_bby", "KingSlayer_QC"
    # "lolo.gtno", "tanner.k.hockey", "sav.xo.2010", "n8te.h": two letters at least
    r"|(?=[a-z0-9.]*[a-z][a-z0-9.]*[a-z])[a-z][a-z0-9]+(?:\.[a-z0-9]+)+"
    r"|[a-z]{3,}\d{2,4}"  # "lilk2009"
    r"|(?-i:[A-Za-z]+\d[A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?<=\w{6})"  # "Pr1nceofT0ronto"
    r"|(?-i:xX\w+Xx)"  # "xXtylerbloxXx"
    # "TriggerHappyYXE", "DarkSasukeMTL": words run together, not "FaceTime"
    r"|(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+){2,}|[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:[A-Z]{2,}|\d+)))"
    r"(?![\w@/-]|\.[A-Za-z0-9])",
    re.IGNORECASE,
)
# Shaped so that only an account is meant, wherever it stands: words joined by
# underscores ("anon_truth_teller", "le_vrai_kev_819", "k.rae_xo") or by two dots or more
# ("not.ur.teacher.lol", "princesse.lili.xo"); not a file ("rapport_SPS_26.pdf") or a site.
_ACCOUNT_SHAPE = re.compile(
    r"(?<![\w@./#$:\\-])(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:_[A-Za-z0-9]+)+(?:\.[A-Za-z0-9]+)*"
    r"|(?=[a-z0-9.]*[a-z]{3})[a-z][a-z0-9]*(?:\.[a-z0-9]+){2,})"
    r"(?![\w@/\\-]|\.[A-Za-z0-9])"
)
_NOT_ACCOUNTS = re.compile(
    r"(?i:.*\.(?:com|ca|net|org|fr|gg|me|app|tv|pdf|docx?|xlsx?|csv|jpe?g|png|txt|pptx?)"
    r"|(?:sit|hub|table|youth|jeune|client)_.*|[a-z](?:\.[a-z])+)"
)
_SENTENCE_STOP = re.compile(r"\n|[.!?](?=\s+[A-ZÀ-Ý]|\s*$)|[!?]")
_SENTENCE_START = re.compile(r"(?:\n|[.!?]\s+(?=[A-ZÀ-Ý\"“«]))")
# A profile's display name in quotes, whatever its shape: « un profil Messenger sous « Dan
# Thibodeau Madawaska » », "under the profile "Fred Le Brayon""; not « le compte « privé » »
_PROFILE_NAMED = re.compile(
    r"\b(?:profil|profile|compte|account)(?:\s+(?:Messenger|Facebook|FB|Marketplace|Snap(?:chat)?|"
    r"Insta(?:gram)?|TikTok))?(?:\s+(?:sous|under|nommé|called|named))?\s*[«\"“]\s*"
    r"(?P<h>[^\s»\"”][^»\"”\n]{1,38}?)\s*[»\"”]",
    re.IGNORECASE,
)
_DOMAINS = ("com", "ca", "net", "org", "fr", "gg", "me", "app", "tv")


def find(text: str) -> list[Candidate]:
    """Account names by their shape: after a cue, in a sentence naming a platform or a game,
    or anywhere when only an account is written that way."""
    lex = lexicon()
    out = [
        Candidate(Kind.SOCIAL_HANDLE, m.start("h"), m.end("h"), None, 76)
        for m in _GAMERTAG.finditer(text)
        # not "gamertag unknown", "his gamertag too"
        if not (m.group("h").isalpha() and lex.is_common(m.group("h").casefold()))
    ]
    for platform in _PLATFORM_OR_GAME.finditer(text):
        stop = _SENTENCE_STOP.search(text, platform.end())
        end = min(stop.start() if stop else len(text), platform.end() + 120)
        starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, platform.start())]
        begin = max(starts[-1] if starts else 0, platform.start() - 120)
        for m in _SHAPED_WORD.finditer(text, begin, end):
            word = m.group(0)
            if word.rsplit(".", 1)[-1].lower() in _DOMAINS and "." in word:
                continue  # "snapchat.com": a site, not an account
            if _PLATFORM_OR_GAME.fullmatch(word) or lex.is_common(word.casefold()):
                continue  # "BeReal", "TikTok": the platform itself
            out.append(Candidate(Kind.SOCIAL_HANDLE, m.start(), m.end(), None, 66))
    for m in _PROFILE_NAMED.finditer(text):
        if " " in m.group("h") or not lex.is_common(m.group("h").casefold()):
            out.append(Candidate(Kind.SOCIAL_HANDLE, m.start("h"), m.end("h"), None, 80))
    for m in _ACCOUNT_SHAPE.finditer(text):
        if _NOT_ACCOUNTS.fullmatch(m.group(0)) or _column_name(text, m, lex):
            continue
        out.append(Candidate(Kind.SOCIAL_HANDLE, m.start(), m.end(), None, 64))
    return out


def _column_name(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """ "csv: sit_id,age,gender,risk_codes,status", "no_sit;age;sexe;codes_risque": a pasted
    export's column names, everyday words joined, between the export's separators or before
    a form's colon."""
    seps = (",", ";", "|", "=", "&")  # "form_id=REF-v4&agency=YSB": a query string's keys
    between = text[m.start() - 1 : m.start()] in seps or text[m.end() : m.end() + 1] in seps
    # "file_no: [removed]", '"month","repeat_callers"': a form's label, a quoted CSV header
    between = between or re.match(r"\s*:|\"\s*,", text[m.end() :]) is not None
    parts = m.group(0).casefold().split("_")
    return between and all(lex.is_common(p) or p in lex.unaccented or len(p) <= 3 for p in parts)
