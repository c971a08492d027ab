"""Cells of a table pasted from a spreadsheet or a list: the header says what each column is.

"Plate | Make | Owner / BXKM 204 | Civic | D. Marsh", "Nom ; Âge ; École / Léa Roy ; 14 ;
…": under "Owner" or "Nom" every cell is a person, whatever word it is, and under
"Plate" every cell is a plate. Rows are lines, or the " / " or " — " a one-line paste leaves;
cells are split by "|", ";" or tabs, as the header is.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import INSTITUTION, KIN, ROLES, TITLES
from commands.privacy.recognizers.dates import MONTH

_HEADERS: dict[Kind, str] = {
    Kind.NAME: (
        "name|names|nom|noms|prénom|prenom|full name|nom complet|client|client name|"
        "nom du client|youth|jeune|student|élève|eleve|child|enfant|parent|guardian|"
        "parent/guardian|tuteur|tutrice|parent/tuteur|owner|propriétaire|resident|résident|"
        "tenant|locataire|contact|emergency contact|mother|father|mom|dad|mère|père|patient|"
        "requérant|requérante|applicant|last name|first name|surname|nom de famille|"
        "given name|caregiver|household|members|membres|occupant|occupants|kids|children|"
        "enfants|siblings|fratrie|person|personne|subject|sujet|suspect|accused|accusé|accusée|"
        "victim|victime|last|first|aka|a.k.a.|alias|nickname|surnom|nom d'usage|given|family"
    ),
    Kind.LICENCE: "plate|plates|plaque|licence plate|license plate|dl",
    Kind.PHONE: "phone|cell|tel|tél|téléphone|telephone|cellulaire",
    Kind.DATE_OF_BIRTH: "dob|ddn|date of birth|date de naissance|birth date",
    Kind.SIN: "sin|nas",
    Kind.HEALTH_NUMBER: (
        "hcn|ohip|health card|carte santé|phn|hsn|ramq|hc|treaty card|status card|carte de statut|"
        "phin|ahc|mcp|msp|health #|hc #"
    ),
    Kind.CASE_NUMBER: (
        "file|file #|case|case #|dossier|occurrence|occ|oen|student #|student number|mrn|"
        "client #|member #|no dossier|n° dossier|nip|occurrence #|incident #"
    ),
    Kind.EMAIL: "email|e-mail|courriel",
    Kind.SOCIAL_HANDLE: "snap|snapchat|insta|instagram|ig|tiktok|handle",
}
_COLUMN = {label: kind for kind, labels in _HEADERS.items() for label in labels.split("|")}
# " — ": rows a one-line paste joined with a dash; "| a | b | | c | d |": a Markdown table
# pasted on one line, each row closing where the next opens
_ROWS = re.compile(r"\n|\s/\s|\s—\s|(?<=\|)\s*(?=\|)")
_SEPARATORS = ("|", ";", "\t")
_EMPTY = words(
    "unknown unk inconnu inconnue n/a na - — – ? none aucun aucune tbd tba redacted xxxx nil"
    " same idem removed withheld retiré retirés retirée retirées caviardé vide blank pending"
)
# "(not recorded)", '"see chair"', "(aucun)": a note in the cell about its value, not a value
_CELL_NOTE = re.compile(r"[(\[\"“«]\s*[^\W\d_][^()\[\]\"“”«»\d]*[)\]\"”»]")
_REDACTED = re.compile(r"\[[^\]\d]{1,25}\]|\*{2,}|_{2,}")
_WHO = KIN | ROLES | INSTITUTION | frozenset(TITLES)  # "son", "Elder", "school"
_NEEDS_A_DIGIT = frozenset(
    {Kind.LICENCE, Kind.PHONE, Kind.DATE_OF_BIRTH, Kind.SIN, Kind.HEALTH_NUMBER}
    | {Kind.CASE_NUMBER}
)


def find(text: str) -> list[Candidate]:
    out = _slashed(text) + _labelled(text) + _keyed(text)
    if not any(sep in text for sep in (*_SEPARATORS, ",")):
        return out
    rows = _rows(text)
    fields, field_table = _field_rows(rows)
    out += fields
    for k, (_, row) in enumerate(rows):
        sep = next((s for s in _SEPARATORS if s in row), None) or _csv_header(row)
        if sep is None or (field_table and len(_trimmed(row, sep)) == 2):
            continue  # "| Name | Selvaraj, Anandhi |": a field and its value, not a header
        header = [_label(c) for c in _trimmed(row, sep)]
        columns = {n: _COLUMN[h] for n, h in enumerate(header) if h in _COLUMN}
        cols = header[min(columns) :] if columns else []  # after a title's cells, if any
        if not columns or len(cols) < 2 or any(len(h.split()) > 4 for h in cols):
            continue
        if any(ch.isdigit() for h in cols for ch in h):
            continue  # "mom | 27 | pregnant": a row of the table, not its header
        shift = -1
        for row_start, line in rows[k + 1 :]:
            if sep not in line:
                break
            cells = _cells(line, sep, row_start)
            if shift < 0:
                # "ATTENDANCE REPORT | School: … | Student # | Name / 400219873 | Okemaw, T.":
                # the header row opens with a title's cells, the rows hold the columns after it
                shift = len(header) - len(cells)
                shift = max(shift, 0) if sep == "," else shift  # a CSV row's note may hold commas
                if shift < 0 or (shift and min(columns) < shift):
                    break
            extra = len(cells) != len(header) and sep != ","
            if len(cells) < len(header) - shift or (not shift and extra):
                break  # a trailing note may add a cell after the last column, nothing else
            for n, kind in columns.items():
                cell_start, value = cells[n - shift]
                if _identifies(kind, value):
                    # under "HCN" or "OEN" a number is what the column says, whatever its shape
                    rank = 86 if kind in _NEEDS_A_DIGIT else 57
                    out.append(Candidate(kind, cell_start, cell_start + len(value), None, rank))
    return out


# "Name / DOB / HC: Wyatt Sinclair / 05-Jan-2008 / 1698115811": labels, then their values
# "Name, DOB, Addr, Tel, File: nguyen thi lan, 11/22/1979, …": commas, as a CSV's header
_SLASHED = re.compile(
    r"((?:[^\W\d_][\w#]{1,14}\s*([/,])\s*)(?:[^\W\d_][\w#]{1,14}\s*\2\s*){0,4}[^\W\d_][\w#]{1,14})"
    r"\s*:\s*([^\n]+)"
)
_VALUE_END = re.compile(r"\s[—–-]\s|[,;]\s")


def _slashed(text: str) -> list[Candidate]:
    out = []
    for m in _SLASHED.finditer(text):
        sep = m.group(2)
        labels = [label.strip().casefold() for label in m.group(1).split(sep)]
        known = [x for x in labels if x in _COLUMN]  # "Addr", "Notes": read, not flagged
        if len(known) * 2 < len(labels) or len({_COLUMN[x] for x in known}) < 2:
            continue  # "Parent/Guardian: mother": one field's two names
        pos, values = m.start(3), m.group(3).split(" / " if sep == "/" else ", ")
        for label, value in zip(labels, values, strict=False):
            cut = _VALUE_END.search(value)
            cell = (value[: cut.start()] if cut else value).strip()
            if label in _COLUMN and ":" not in cell and _identifies(_COLUMN[label], cell):
                out.append(Candidate(_COLUMN[label], pos, pos + len(cell), None, 90))
            pos += len(value) + (3 if sep == "/" else 2)
    return out


# "student_name=Ethan Nakamura-Hill; oen=812-337-104", "nom_famille=Desjardins; no_eleve=…":
# an export's keys, typed as a program writes them, each with its value up to the next
_KEYED = re.compile(
    r"(?<![\w.@])(?P<k>[a-z]+(?:_[a-z]+){0,3})=(?P<v>[^;|\n=]+?)\s*(?=;|\||\n|\s/\s|$)"
)
_KEY_PARTS: dict[str, Kind] = {
    **dict.fromkeys(("name", "nom", "prenom", "prénom", "first", "last", "famille"), Kind.NAME),
    **dict.fromkeys(("dob", "ddn", "naissance"), Kind.DATE_OF_BIRTH),
    **dict.fromkeys(("phone", "cell", "tel", "telephone"), Kind.PHONE),
    **dict.fromkeys(("email", "courriel"), Kind.EMAIL),
    **dict.fromkeys(("oen", "eleve", "élève", "file", "dossier", "mrn"), Kind.CASE_NUMBER),
    **dict.fromkeys(("hcn", "hsn", "ohip", "phn", "ramq"), Kind.HEALTH_NUMBER),
}


def _keyed(text: str) -> list[Candidate]:
    out = []
    for m in _KEYED.finditer(text):
        kind = next((_KEY_PARTS[p] for p in m.group("k").split("_") if p in _KEY_PARTS), None)
        value = m.group("v").strip()
        # "nom_famille=Desjardins": a family name, even one a bank or a town also goes by
        named = kind is Kind.NAME and value[:1].isupper() and value.casefold() not in _EMPTY
        if kind is not None and (named or _identifies(kind, value)):
            out.append(
                Candidate(kind, m.start("v"), m.start("v") + len(m.group("v").strip()), None, 86)
            )
    return out


def _label(cell: str) -> str:
    """A header cell as a column label: "Student #" as itself (a file number), "Name:" as
    "name", "Mom cell" as "cell", '"dob"' as "dob"."""
    whole = cell.strip().strip('":').strip().casefold()
    if whole in _COLUMN:
        return whole
    bare = whole.strip("#").strip()
    whose, _, what = bare.partition(" ")
    return what if whose in KIN and what in _COLUMN else bare


def _csv_header(row: str) -> str | None:
    """ "last,first,dob,hsn,cell": a CSV's header row, every cell a column's label."""
    cells = [_label(c) for c in row.split(",")]
    known = sum(c in _COLUMN for c in cells)  # "Name,DOB,PHIN,EIA case": most of them
    short = all(len(c.split()) <= 3 for c in cells)
    return "," if len(cells) >= 3 and short and known >= 2 and known * 3 >= len(cells) * 2 else None


def _field_rows(rows: list[tuple[int, str]]) -> tuple[list[Candidate], bool]:
    """ "| Field | Value | | Name | Selvaraj, Anandhi | | OHIP | 5260181598 |": a two-column
    table of labels and their values; and whether the note is such a table."""
    out, kinds = [], set()
    for start, row in rows:
        sep = next((s for s in _SEPARATORS if s in row), None)
        cells = _cells(row, sep, start) if sep else []
        if len(cells) != 2 or _label(cells[0][1]) not in _COLUMN:
            continue
        kind, (pos, value) = _COLUMN[_label(cells[0][1])], cells[1]
        kinds.add(kind)
        if _identifies(kind, value):
            rank = 86 if kind in _NEEDS_A_DIGIT else 57
            out.append(Candidate(kind, pos, pos + len(value), None, rank))
    # labels of different kinds down the first column; not "mom | 35 / dad | unknown", a
    # household listed under its own header; "Field | Value — Youth | 15, male — …": one
    # under its own "Field | Value" header
    field_table = len(kinds) >= 2 or any(_FIELD_VALUE_HEADER.search(r) for _, r in rows)
    return (out if len(kinds) >= 2 else []), field_table


_FIELD_VALUE_HEADER = re.compile(r"\bfield\s*\|\s*value\b", re.IGNORECASE)


def _rows(text: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for m in _ROWS.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _trimmed(row: str, sep: str) -> list[str]:
    cells = row.split(sep)
    if len(cells) > 2 and not cells[0].strip():
        cells = cells[1:]  # "| Name | DOB |": the border's empty cells
    if len(cells) > 2 and not cells[-1].strip():
        cells = cells[:-1]
    # "Bed | Name | In": the header starts after whatever the line said before it
    cells[0] = re.split(r"[:—–]\s+", cells[0])[-1]
    return cells


def _cells(line: str, sep: str, offset: int) -> list[tuple[int, str]]:
    """Each cell's stripped text and where it starts in the whole text."""
    out = []
    pos = 0
    for raw in line.split(sep):
        lead = len(raw) - len(raw.lstrip())
        out.append((offset + pos + lead, raw.strip()))
        pos += len(raw) + len(sep)
    if len(out) > 2 and not out[0][1]:
        out = out[1:]
    if len(out) > 2 and not out[-1][1]:
        out = out[:-1]
    return out


def _identifies(kind: Kind, value: str) -> bool:
    if not value or value.casefold() in _EMPTY or len(value) > 60:
        return False
    if value.strip(":#").strip().casefold() in _COLUMN:
        return False  # "| DOB | 1979-03-27 |" under "Field": a label, not a value
    if _REDACTED.fullmatch(value):
        return False  # "[removed]", "***", "[nom retiré]": what a redaction left
    if kind is Kind.NAME and value.startswith("@"):
        return False  # "Owner | @chair": a mention, which the handle readers weigh
    if kind is Kind.NAME and re.fullmatch(r"[A-Z]\.?", value):
        return False  # "| A | 10 | vape sales |": students by letter, already de-identified
    said = re.findall(r"[^\W\d_]+", value)
    noted = _CELL_NOTE.fullmatch(value) and (len(said) > 1 or value[0] == "(")
    if noted and all(lexicon().is_common(w.casefold()) for w in said):
        return False  # "(not recorded)", '"see chair"', "(aucun)"; not '"Smoke"'
    digits = sum(ch.isdigit() for ch in value)
    if kind is Kind.CASE_NUMBER and re.match(r"(?i)sit\b", value):
        return False  # "Dossier | sit 26-124": the table's own number
    if kind is Kind.PHONE or kind is Kind.DATE_OF_BIRTH:  # not "(none) ; youth 16", "40s"
        return digits >= 7 if kind is Kind.PHONE else digits >= 3 or MONTH.search(value) is not None
    if kind in _NEEDS_A_DIGIT:
        return digits > 0
    if kind is Kind.EMAIL:
        return "@" in value
    if kind is Kind.NAME:
        words = re.findall(r"[^\W\d_]+", value)
        lex = lexicon()
        # "CAS" or "Probation" alone in a name column is an agency, not a person; "son",
        # "cousin staying temporarily": who someone is, in lower case
        said = [w.casefold() in _WHO for w in words]
        if any(said) and all(
            s or lex.is_common(w.casefold()) for s, w in zip(said, words, strict=True)
        ):
            return False
        # "CAS" alone is an agency; "Dakota" or "Crystal" under "first" is a given name
        single = words[0].casefold() if len(words) == 1 and not words[0].isupper() else ""
        given = single in lex.given
        return bool(words) and not (
            len(words) == 1 and words[0].casefold() in lex.never_single and not given
        )
    return True


# "Nom : BÉLIZAIRE, Woodly / DDN : …", "Last name: Moosomin | First name: Charlene": a form's
# label for a person's name, then the name, up to the next field
_NAME_LABEL = re.compile(
    r"(?<![\w'’])(?:last\s+name|first\s+name|given\s+name|full\s+name|surname|family\s+name|"
    r"(?:client|patient|child|youth|student|mother|father|caller)['’]?s?\s+name|"
    r"nom(?:\s+de\s+famille|\s+complet|\s+de\s+l['’]usager|\s+du\s+client|\s+de\s+l['’]enfant"
    r"|\s+sur\s+(?:la\s+|le\s+|l['’]|sa\s+|son\s+)[^\W\d_]+)?|"  # "Nom sur la boîte : Lévesque"
    # "Name on the TikTok: Daniyal Qureshi"
    # "Family: Lacroix-Mensah"
    # "LN: Okemaw / FN: Darlene", "Nme: Shaylene Kematch", '{"nom": "Paradis"': short labels
    # not "crisis line for the family: Some Other Solutions", whom the line is for
    r"pr[ée]nom|name(?:\s+on\s+(?:the\s+|his\s+|her\s+)?[^\W\d_]+)?|(?<!the\s)family|(?-i:[LF]N|[LF]/N)|nme)"
    r"(?:\s*:\s*|(?<=[\w])\"\s*:\s*\")"
    # "| Surname | NAKOGEE | Given | Winona": a pasted screen's label cell, then its value
    r"|(?<=\|\s)(?:surname|given(?:\s+name)?|last\s+name|first\s+name)\s*\|\s*",
    re.IGNORECASE,
)
# "FN: Beardy's & Okemasis' Cree Nation": a First Nation, named in the field
_NATION = re.compile(r"[^|/;\n]{0,40}\b(?i:nations?)\b")
_PART_LABEL = re.compile(
    r"(?i:last|first|given|family\s+name|surname|nom\s+de\s+famille|pr[ée]nom)"
)
_FIELD_VALUE = re.compile(
    # "BÉLIZAIRE, Woodly", "Moosomin", "D. Marsh", "Jean-Ronald St-Fleur"
    r"(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+,\s+[A-ZÀ-Ý][\w'’-]+|[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*"
    r"|de|du|des|van|von|bin|ben|la|le)){0,3}?)"
    r"(?=\s*(?:[|/;\n()\"]|\s[-–—]\s|,\s*\d|$)|\s+[^\W\d_][\w'’ ()]{0,20}\s?:"
    r"|\s+[^\w\s'’.,-])"  # "Daniyal Qureshi 🇵🇰🏏": an emoji ends it
)


def _labelled(text: str) -> list[Candidate]:
    out = []
    lex = lexicon()
    for label in _NAME_LABEL.finditer(text):
        m = _FIELD_VALUE.match(text, label.end())
        said = m.group(0).casefold() if m is not None else ""
        if m is None or said in _EMPTY or said in _COLUMN or re.search(r"\d", said):
            continue  # "fire family: RIHA-2026-0041": a file; "| Given | Family |": a header
        part = _PART_LABEL.match(label.group(0)) is not None  # "Last name: Moosomin": a nation too
        if not part and not _identifies(Kind.NAME, m.group(0)):
            continue
        names = [w.casefold() for w in re.findall(r"[^\W\d_]+", m.group(0))]
        if (
            any(w in _WHO for w in names)
            or _NATION.match(text, m.end())
            or (not part and all(w in lex.never_single for w in names))
        ):
            continue  # "Name: CMHA Sudbury", "Nom : Mère"
        end = m.end()
        if re.search(r"[^\W\d_]{2,}\.$", m.group(0)):
            end -= 1  # "Nom sur la boîte : Lévesque.": the sentence's full stop, not an initial
        out.append(Candidate(Kind.NAME, m.start(), end, None, 88))
    return out
