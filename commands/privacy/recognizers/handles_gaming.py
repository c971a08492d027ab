"""Where youth are found online besides social media: games and payment apps. "her Cash App is
$kaylabee09", "Roblox user ID 4829103374", "Riot ID KaizenLoup#QC1", "Epic display name
xxSavageKayxx", "Discord savagekay". A cashtag is the account that pays or is paid; a game's
user ID or display name is the account an adult writes to, as a social handle is."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate

# "$kaylabee09", "$JBlk09", "$mkn_2008"; not "$40", "$CAD", "$US", nor the word "$cashtag"
_CASHTAG = re.compile(
    r"(?<![\w$])\$(?!(?i:cashtag|cad|usd|us|aud|eur)\b)(?=[A-Za-z0-9_]*[a-z0-9_])"
    r"[A-Za-z][A-Za-z0-9_]{2,19}(?![\w$])"
)
_GAMES = r"(?:roblox|discord|steam|epic(?:\s+games)?|psn|xbox|fortnite|minecraft|twitch|kick)"
# "Roblox user ID 4829103374", "Discord ID: 918273645501": the account's number
_USER_ID = re.compile(
    r"\b" + _GAMES + r"\s+(?:user\s*)?id\s*(?:#|:|=|is)?\s*(?P<v>\d{6,20})(?![\d-])",
    re.IGNORECASE,
)
# "Riot ID KaizenLoup#QC1", "BattleTag ShadowFox#1142": a name and its tag
_TAGGED = re.compile(
    r"\b(?:riot(?:\s+id)?|battle\s?tag|battle\.net)\s*(?:#|:|=|is)?\s*"
    r"(?P<v>[^\W_][\w.]{1,15}#[A-Za-z0-9]{2,5})(?![\w#])",
    re.IGNORECASE,
)
# "Epic display name xxSavageKayxx", "Discord savagekay", "gamertag l0st_b0y": the name
_NAMED = re.compile(
    r"\b(?:(?:" + _GAMES + r"\s+)?(?:display\s+name|gamer\s?tag)"
    r"|" + _GAMES + r"(?:\s+(?:name|username|handle|tag))?)"
    r"\b\s*(?:is\s+|:\s*|=\s*)?(?P<v>[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,22}[A-Za-z0-9_]))(?![\w@])",
    re.IGNORECASE,
)


def find(text: str) -> list[Candidate]:
    out = [Candidate(Kind.SOCIAL_HANDLE, *m.span(), None, 85) for m in _CASHTAG.finditer(text)]
    for pattern in (_USER_ID, _TAGGED):  # the platform's word outranks a file's shape
        found = pattern.finditer(text)
        out.extend(Candidate(Kind.SOCIAL_HANDLE, *m.span("v"), None, 92) for m in found)
    lex = lexicon()
    for m in _NAMED.finditer(text):
        said = m.group("v")
        if _shaped_like_an_account(said, lex.everyday(said.casefold())):
            out.append(Candidate(Kind.SOCIAL_HANDLE, *m.span("v"), None, 85))
    return out


# the words of a platform's own vocabulary: "Xbox gamertag", "Discord usernames"
_NO_ACCOUNT = words(
    "gamertag gamertags username usernames handle handles server servers account accounts id ids "
    "profile profiles display user users tag tags"
)


def _shaped_like_an_account(said: str, everyday: bool) -> bool:
    """ "xxSavageKayxx", "l0st_b0y", "savagekay": a digit, an underscore, capitals inside a word
    or a word no list holds; not "Discord server", "Steam sale", "Roblox and"."""
    lower = said.casefold()
    if lower in STOPWORDS or lower in _NO_ACCOUNT or said.isupper():
        return False
    inner_capital = re.search(r"[a-z][A-Z]", said) is not None  # "xxSavageKayxx", not "V-Bucks"
    if any(ch.isdigit() or ch == "_" for ch in said) or inner_capital:
        return not said.isdigit()
    return said.islower() and not everyday and lexicon().is_name(lower) is False
