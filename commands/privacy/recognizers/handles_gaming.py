"""Where youth are found online besides social media: games and payment apps. "her Cash App is
$kaylabee09", "Roblox user ID 4829103374", "Riot ID KaizenLoup#QC1". A cashtag is the account
that pays or is paid; a game's user ID is the account an adult writes to, as a social handle
is. Gamertags and display names are read with the other bare accounts in ``handles_shaped``."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate

# "has a Cash App $NEVAEH", "$kaylabee09", "$JBlk09", "$mkn_2008"; not "$40", "$CAD", "$US",
# nor the word "$cashtag": after "Cash App" any tag, elsewhere one with a small letter or digit
_CASHTAG = re.compile(
    r"(?:(?i:\bcash\s?app)\s*:?\s*|(?<![\w$])(?=\$(?!(?i:cashtag|cad|usd|us|aud|eur)\b)"
    r"[A-Za-z0-9_]*[a-z0-9_]))(?P<h>\$[A-Za-z][A-Za-z0-9_]{2,19})(?![\w$])"
)
_GAMES = r"(?:roblox|discord|steam|epic(?:\s+games)?|psn|xbox|fortnite|minecraft|twitch|kick)"
# "Roblox user ID 4829103374", "Discord ID: 918273645501": the account's number
_USER_ID = re.compile(
    r"\b" + _GAMES + r"\s+(?:user\s*)?id\s*(?:#|:|=|is)?\s*(?P<h>\d{6,20})(?![\d-])",
    re.IGNORECASE,
)
# "Riot ID KaizenLoup#QC1", "BattleTag ShadowFox#1142": a name and its tag
_TAGGED = re.compile(
    r"\b(?:riot(?:\s+id)?|battle\s?tag|battle\.net)\s*(?:#|:|=|is)?\s*"
    r"(?P<h>[^\W_][\w.]{1,15}#[A-Za-z0-9]{2,5})(?![\w#])",
    re.IGNORECASE,
)


def find(text: str) -> list[Candidate]:
    out = [Candidate(Kind.SOCIAL_HANDLE, *m.span("h"), None, 85) for m in _CASHTAG.finditer(text)]
    for pattern in (_USER_ID, _TAGGED):  # the platform's word outranks a file's shape
        found = pattern.finditer(text)
        out.extend(Candidate(Kind.SOCIAL_HANDLE, *m.span("h"), None, 92) for m in found)
    return out
