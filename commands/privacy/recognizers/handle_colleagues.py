"""Whether an @-mention is a colleague at the table or a social-media handle: "@raj can u
send the form" and "ty @lorraine.b" address a rep in the workspace; "her insta is @kyra.b"
names an account. Split from ``contact``, which asks this of every @-mention it finds."""

from __future__ import annotations

import re

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import ADDRESSING
from commands.privacy.recognizers.public_contacts import organisation_account

_IS_AN_ACCOUNT = re.compile(  # not "@raj is the account manager"
    r"(?i:\s+(?:is|was|=|est|c['’]est)\s+(?:the|an?|her|his|le|la|un|une|son|sa)\s+(?:\w+\s+)?"
    r"(?:account|profile|page|handle|compte|profil|pseudo)\b(?!\s+(?:manager|holder|owner|lead)))"
)
_ACCOUNT_BEFORE = re.compile(r"\b(?i:account|compte|handle|pseudo)\s*[:=]\s*$")
_PLATFORM_ACRONYMS = words("ig fb tt sc yt li wa x")  # "@ayaan.yx (IG)": where it is
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n")
_ASKED_AFTER = re.compile(
    r"[\s,]+(?:can|could|would|will|pls|please|do|did|are|have|u|you|tu|peux|pourrais|"
    r"pourriez|as-tu|avez-vous|est-ce|va|vont|peut|vas|"
    # "ACTION: @sophie.ocs to confirm the transfer": an action item's owner
    r"to\s+(?:draft|confirm|follow|call|contact|send|check|update|reach|connect|book|arrange|"
    r"share|e-?mail|review|complete|bring|ask|visit|lead|coordinate|attend|present))\b",
    re.IGNORECASE,
)
_WORKPLACE_ID = re.compile(r"[^\W\d_]+(?:[._-][^\W\d_]+){1,2}")  # "@sroy_cisss" too
_SERVICES = words(
    """
    housing outreach shelter crisis health police school board youth mh addictions detox intake
    probation court victim victims services social hospital clinic prob ysb mns access mss cfs
    sante santé logement jeunesse ems paramedic paramedics nurse nursing ppo parole str8up
    cmha tikinagan dilico nnec naps cas ccas sae dpj clsc fncfs sro
    rps rcmp grc sq spvm opp wps tps ops eps cps vpd sgt cst det liaison
    """
)
# "Mise à jour de @nadia.sae :", "update from @kim.ops", "per @jen.sps": a rep reporting
_REPORTED_BY = re.compile(
    r"(?:\b(?:updates?|notes?|word|mise\s+à\s+jour|nouvelles)\s+(?:from|de|par)|\bper|\bselon)\s*$",
    re.IGNORECASE,
)
# "screenshots emailed to @kim.ops", "cc @jen.sps": sent to a rep, by the agency in the account
_SENT_TO = re.compile(
    r"(?:\b(?:e-?mailed|sent|forwarded|fwd|passed|cc(?:['’]?d)?|shared)\s+(?:(?:it|them)\s+)?"
    r"(?:to\s+|with\s+|à\s+)?"
    # "handing over to @nina.nights", "je passe le flambeau à @sophie.sante": the next shift
    r"|\b(?:hand(?:ing|ed|s)?|pass(?:ing|ed)?)\s+(?:it\s+)?(?:over|off)\s+to\s+"
    r"|\bpass(?:e|er|é)\s+(?:le\s+flambeau|la\s+main|le\s+relais)\s+à\s+"
    # "reply to @s.ahmed: the family got their keys": answering a rep in the thread
    r"|\b(?:(?:in\s+)?repl(?:y|ying|ied)\s+to|en\s+r[ée]ponse\s+à|r[ée]ponse\s+à)\s+"
    # "Can we get @jenna.ysb and the SRO on the door knock": a rep asked to come along
    r"|\b(?:can|could)\s+(?:we|you|u|someone)\s+(?:get|ask|add|bring|invite|ping|loop\s+in)\s+)$",
    re.IGNORECASE,
)
# "@sophie.tbdsb", "@luc.cecce": school boards' accounts (district, catholic, conseil scolaire);
# "@jp.nbps": a police service's
_SCHOOL_BOARD = re.compile(
    r"[a-z]{0,6}(?:dsb|cdsb|csb|dssab|cs[a-z]{1,4}|cec[a-z]{1,3})|[a-z]{1,4}ps"
)
TABLE_ROLES = words("hubcoord coord coordo chair cochair admin lead hub table facilitator rep")


# How a workspace shows a colleague: "@Dana", "@raj", "@dana.k", "@Marie-Eve"
_MENTION = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?(?:\.[^\W\d_]{1,2})?")
# Words that put a handle on a platform: "her insta is @…", "posted by @…", "DMs from @…"
_ON_A_PLATFORM = re.compile(
    r"\b(?:snap\w*|insta\w*|[fr]insta|ig|tiktok|tik\s+tok|twitter|fb|facebook|kik|discord|telegram|x|"
    r"handle|account|profile|profil|compte|pseudo|user(?:name)?|usager|posts?|posted|posting|poste|"
    r"publie|follow(?![-\s]?ups?\b)\w*|dms?|dm'?d|messag\w*|page|reels?|story|stories|socials|social\s+media|réseaux|online|"
    r"en\s+ligne|app|gaming|game|server|serveur|(?:a\s+)?mis\s+(?:sa|une|des|ses)\s+photos?"
    r"|(?:text\w*|écri\w*)\s+(?:\w+\s+)?(?:sur|on)(?=\s+@))\b",  # "elle texte encore sur @…"
    re.IGNORECASE,
)


# A platform by its name: what an agency's rep account is never on
_NAMED_PLATFORM = re.compile(
    r"\b(?:snap\w*|insta\w*|[fr]insta|ig|tiktok|tik\s+tok|twitter|fb|facebook|kik|discord|"
    r"telegram|whatsapp|handle|profile|profil|pseudo|username|posts?|posted|posting|publie|"
    r"(?-i:X))\b",
    re.IGNORECASE,
)


_JOINS_THE_CHANNEL = re.compile(
    r"\b(?:add|invite|ajoute[rz]?|inviter?)\s+(?:him|her|them|la|le|les|l['’])?\s*"
    r"(?:to|on|in|à|au|dans)\s+(?:the|this|our|le|la|notre)\s+"
    r"(?:channel|workspace|slack|teams|table\s+chat|canal|chat|groupe)\b",
    re.IGNORECASE,
)
_ON_THE_CHANNEL = re.compile(
    r"\b(?:on|in)\s+(?:the|this|our)\s+(?:channel|workspace|team|table\s+chat)\s+as\s*$", re.I
)


def colleague(text: str, start: int, body: str) -> bool:
    """An @-mention shaped like a colleague's name is a colleague, not a social handle, when
    the message addresses them or the sentence names no platform: "@raj can u send the
    form", "ty @lorraine.b"; not "her insta is @kyra.b"."""
    if _ON_THE_CHANNEL.search(text, max(0, start - 40), start):
        return True  # "my backup is on the channel as @olcn_health2": a rep in this workspace
    if _JOINS_THE_CHANNEL.search(text, max(0, start - 80), start):
        return True  # "Please add her to the channel, handle is @cnakogee_kfs": a new rep
    if organisation_account(body) or body.casefold() in _SERVICES | TABLE_ROLES:
        return True  # "@OPPCommunity posted the PSA", "le compte @SPVM", "@Housing": no person
    agency_after = re.match(r"\s*\(((?-i:[A-Z]{2,6}))\)", text[start + 1 + len(body) :])
    if agency_after and agency_after.group(1).casefold() not in _PLATFORM_ACRONYMS:
        return True  # "principal and @john.ed (DEA) looped in": a rep, their agency after
    if _IS_AN_ACCOUNT.match(text, start + 1 + len(body)) or _ACCOUNT_BEFORE.search(text, 0, start):
        return False  # "@sixnationsbaddie is the account posting…", "Compte : @oceane.pg.bc"
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_END.search(text, start)
    ends = after.start() if after else len(text)
    on_a_platform = _ON_A_PLATFORM.search(text, before[-1] if before else 0, ends)
    if not _MENTION.fullmatch(body):
        # "@jp.gagnon tu connais quelqu'un…", "on it. @sgt.bryce any calls overnight?": a
        # workplace account (words and dots, no digits) opening the sentence that addresses it
        first, *parts = re.split(r"[._-]", body.casefold())
        lex = lexicon()
        # "@nat.str8up": an agency whose name holds a digit
        if not (_WORKPLACE_ID.fullmatch(body) or (parts and parts[-1] in _SERVICES)):
            return False
        suffix = parts[-1]
        # "@jen.sps", "@kim.housing", "@sophie.tbdsb", "@k.ppo_east", "@jlee.hub": a rep's
        # account named after the agency, the service, the board or the table
        named = first in _SERVICES or any(  # "@cmha.tbay": the agency's own account
            p in _SERVICES
            or p in TABLE_ROLES
            # "@k.ppo_east", not "@kam_loops_trap": a word may end like a police service's
            or (_SCHOOL_BOARD.fullmatch(p) is not None and p not in lex.english)
            for p in parts
        )
        agency = named or suffix in lex.never_single
        asked = _ASKED_AFTER.match(text, start + len(body) + 1) is not None
        asked = asked or _SENT_TO.search(text, max(0, start - 40), start) is not None
        asked = asked or _REPORTED_BY.search(text, max(0, start - 30), start) is not None
        # an agency's short name, not a town or a word: "@vip.jobs.montreal", "@val.caron.boy"
        service = named or (len(suffix) <= 6 and suffix not in lex.english)  # "cas", not "boy"
        unnamed = not _NAMED_PLATFORM.search(text, before[-1] if before else 0, ends)
        if named:  # "posting on TikTok about the party, @sgt.tbps aware": another clause
            end = start + len(body) + 1
            clause = re.split(r"[,;.!?]", text[max(0, start - 25) : start])[-1]
            clause += re.split(r"[,;.!?]", text[end : end + 20])[0]
            unnamed = not _NAMED_PLATFORM.search(clause)
        if agency and (asked or (service and unnamed)):
            # "…a video on TikTok…, @jen.sps will look into it": a rep who acts; "@jen.cmha →
            # housing app by Fri", "page via @nina.sha": an agency's rep, no platform named
            return True
        return bool(
            not on_a_platform
            and (
                ADDRESSING.search(text, 0, start)
                # "@nat.ops can u pass it to outreach", "ask @jen.dssab": an agency's account,
                # or one asked to do something
                or agency
                or asked
            )
        )
    return bool(ADDRESSING.search(text, 0, start)) or not on_a_platform
