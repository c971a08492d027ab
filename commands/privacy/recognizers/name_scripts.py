"""Names written in another script: syllabics, Arabic, Cyrillic, Chinese, Korean, Ge'ez…

Tables serving Inuit, Cree and newcomer families see a name both ways: "Mom signed the
consent as ᐊᓂᑕ", "Harpreet (ਹਰਪ੍ਰੀਤ on the form)", "Прізвище: Бондаренко", "陈先生 (Mr.
Chen) is the landlord". The name lists hold Latin spellings only, so a word in another
script is read as a name by where it stands: beside a name it spells, after a form's label
or a cue that a name follows, or before the Latin spelling in brackets. Words of those
languages said for what they mean (ᐃᓄᒃᑎᑐᑦ, إن شاء الله, 한인회) stand nowhere like that.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon
from commands.privacy.recognizers import Candidate

# Letters of the scripts a table's families write: Greek to Armenian, Arabic and Persian,
# Devanagari to Tamil, Georgian, Ge'ez, Canadian syllabics, Hangul, kana and CJK
_LETTER = (
    "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
    "\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1400-\u167f\u18b0-\u18ff\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
_WORD = f"[{_LETTER}]+(?:['’ʼ][{_LETTER}]+)*"
_RUN = re.compile(f"(?<![{_LETTER}\\w]){_WORD}(?:[ \\u00a0]{_WORD}){{0,2}}(?![{_LETTER}\\w])")
# "Harpreet (ਹਰਪ੍ਰੀਤ on the form)", "Rahel (ራሄል) Gebremariam": the name, then its spelling
_SPELLS_BEFORE = re.compile(r"(?P<latin>(?-i:[A-ZÀ-ÖØ-Þ][\w'’ʻʼ-]*))\s*\(\s*$")
# "ᓴᐃᒪᓐ (siasi kunuk)", "陈先生 (Mr. Chen)": the spelling, then the name in Latin letters
_SPELLED_AFTER = re.compile(
    r"\s*\(\s*(?:(?:Mr|Mrs|Ms|Mme|M)\.?\s+)?(?P<latin>[A-Za-zÀ-ÿ'’ʻ-]{2,}(?:\s+[A-Za-zÀ-ÿ'’ʻ-]{2,}){0,2})"
    r"\s*[),]"
)
# "signed the consent as ᐊᓂᑕ", "the IRCC papers say 김민준", "le nom en arabe, فاطمة":
# a name is what the clause is about, then the script
_NAMED_BEFORE = re.compile(
    r"(?i:\b(?:name|names|nom|prénom|signed|signs|signe|signé|signature|spelled|spelt|"
    r"spelling|épelé|reads|kanji|passport|passeport|papers|consent|claim|whatsapp))\b"
    r"[^.;!?\n(]{0,40}$"
)
# "Прізвище: Бондаренко", "نام: زهرا احمدی", "이름: …", "姓名：…": a form's own label
_SCRIPT_LABEL = re.compile(
    r"(?:Ім['’]я|Прізвище|Имя|Фамилия|اسم|نام|نام خانوادگی|이름|성명|姓名|名前|ስም)\s*[:：]\s*$"
)
# A word said for what it means: a greeting, a blessing, a language, a kinship term
_SAID = re.compile(r"\b(?:means?|veut\s+dire|signifie|=|says?\s+[«\"“]|dit\s+[«\"“])\s*[«\"“]?\s*$")


def find(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not re.search(f"[{_LETTER}]", text):
        return out
    lex = lexicon()
    for m in _RUN.finditer(text):
        run = m.group(0)
        parts = tuple(run.casefold().split())
        if parts[0] in lex.never_single and len(parts) == 1:
            continue  # ᐃᓄᒃᑎᑐᑦ: a word the lists know for no one's name
        if parts in lex.never_phrases.get(parts[0], ()):
            continue  # إن شاء الله: words the lists know for no one's name
        before = text[max(0, m.start() - 60) : m.start()]
        if _SAID.search(before):
            continue
        after = _SPELLED_AFTER.match(text, m.end())
        spelled = _SPELLS_BEFORE.search(before)
        named = (
            (spelled is not None and _a_name(spelled.group("latin").casefold()))
            or _SCRIPT_LABEL.search(before) is not None
            or _NAMED_BEFORE.search(before) is not None
            or (after is not None and _a_name(after.group("latin").split()[0].casefold()))
        )
        if named:
            out.append(Candidate(Kind.NAME, m.start(), m.end(), None, 46))
    return out


def _a_name(lower: str) -> bool:
    """A name, listed or not, but no language, feast or place the lists know ("Tigrinya
    (ትግርኛ)", "Diwali (दिवाली)", "Nunavik (ᓄᓇᕕᒃ)") and no everyday word."""
    lex = lexicon()
    return lower not in lex.never_single and not lex.is_common(lower)
