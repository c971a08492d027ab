"""The cue words that say what a number is, in English and French: ``SIN``/``NAS``, a health
card, a driver's licence, a plate and the province or state that issued it, an agency's file
or a nation's registry. ``number_patterns`` puts them before the shapes each kind is written
in."""

from __future__ import annotations

import re

# How a phone is grouped: a number written so is the contact reader's, whatever cue it follows.
# Not "Occurrence 260317-0456": six digits run together are no area code and exchange.
PHONE_GROUPS = r"(?:1[\s.-])?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
# "613 555 01 56", "819-555-01-76": the last four digits in pairs, as French speakers read
# them out
PHONE_IN_PAIRS = r"(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s-][2-9]\d{2}([\s-])\d{2}\1\d{2}"
PHONE_SHAPE = re.compile(f"^(?:{PHONE_GROUPS}|{PHONE_IN_PAIRS})$")

SIN_CUE = (
    r"(?:SIN|S\.I\.N\.?|NAS|N\.A\.S\.?|social insurance(?:\s+(?:number|no\.?|#))?|"
    r"assurance sociale|num[ée]ro d'assurance sociale)"
)
HEALTH_CUE = (
    r"(?:health\s*(?:card|care|services?|ins(?:urance)?)?\s*(?:numbers?|no\.?|num|#)|health\s*card|HCN|(?<!dossier\s)(?<!file\s)HSN(?!\s+(?-i:MRN))|OHIP|PHNs?|PHIN|(?-i:NIPS)|"
    # "PEI health 32845106", "Ont. health 9876543210": the province, then the bare word
    r"(?-i:AB|SK|MB|ON|BC|NB|NS|PE|PEI|NL|QC|YT|NT|NU|NWT|Ont\.?|Alta\.?|Man\.?)\s+health(?:\s+care)?|"
    r"health\s+(?-i:PEI|NS|NB|NL)\s*(?:#|no\.?|number)|"  # "Health PEI # 40123456"
    r"(?-i:PEI)\s*#|(?-i:PEI|NS|NB|NL)\s+card|"  # "his old PEI # 77315502", "NS card 7762 004 1198"
    r"AHCIP|AHC\s*(?:#|number|no\.?|card)|(?-i:AHS)\s*(?:#|number|no\.?)|(?-i:AHC)(?=\s+(?:(?:as|is|was)\s+)?\(?\d)|ULI|sask(?:atchewan)?\s*health(?:\s*(?:card|number|#|no\.?))?|SK\s*health(?:\s*(?:card|number|#|no\.?))?|"
    r"carte\s*(?:santé|sante|soleil|d'assurance[-\s]maladie)|assurance[-\s]maladie|RAMQ|(?-i:NAM)|"
    r"num[ée]ro\s*d'assurance[-\s]maladie|num[ée]ro\s*de\s*sant[ée]|carte\s*de\s*sant[ée]|HC\s*#|health\s*#|"
    r"(?-i:MCP|YHCIP)|"  # Newfoundland and Labrador's Medical Care Plan, Yukon's plan
    r"(?:mcp|msp)\s+(?:number|no\.?|#|card)|"  # dictated in lower case: "mcp number 1 2 0 4…"
    r"medicaid(?:\s*(?:id|number|no\.?|#))?|"  # "NY Medicaid ID FR73104K": a US health plan
    r"medicare(?:\s*(?:card|number|no\.?|#))?|"  # "NB medicare for the referral: 118 340 772"
    # "an Alberta card 40218-5530", "still on AB coverage (40318-2265)"
    r"(?:alberta|sask(?:atchewan)?|manitoba|(?-i:AB|SK|MB))\s+(?:card|coverage)|"
    r"(?:alberta|manitoba)\s+health(?!\s+services)(?:\s+care)?|"  # "Alberta health 12345-6789"
    r"care\s*card(?:\s*(?:number|no\.?|#))?|"  # BC's: "care card 9123456780"
    r"num[ée]ro\s+de\s+b[ée]n[ée]ficiaire|"  # the Cree Health Board's: "… CRE 4417 2035"
    # the James Bay agreement's beneficiary number in Nunavik: "no bénéficiaire 77120945",
    # "beneficiary no. 2210-4478", "no de bénéficiaire CBJNQ 30917742"
    r"no\.?\s+(?:de\s+)?b[ée]n[ée]ficiaire(?:\s+(?-i:CBJNQ|JBNQA))?|"
    r"beneficiary\s*(?:number|no\.?|#)(?:\s+(?-i:JBNQA))?|"
    # "SHA # 451 220 895": the health authority's initials, then its number
    r"(?-i:SHA|MSP)\s*(?:#|no\.?|num)(?!\s*(?:19|20)\d\d-)|"
    r"(?-i:IFHP?|PFSI)(?:\s*(?:cert(?:ificate)?|certificat|card|carte))?|"  # Interim Federal Health
    # chat's "hc 6493665787", a form's "HC: 3645991559", "NWT hc T0418276": the health card
    r"hc(?=\s*:?\s+(?-i:[A-Z])?\d{4})|"
    r"(?-i:H)#(?=\s?\d{3}[\s-]?\d{3}[\s-]?\d{3}))"  # "H# 113 482 907 per the run sheet"
)
DL_CUE = (
    # "PEI licence G231 8840": the province that issued it, then the bare word
    r"(?:(?-i:AB|SK|MB|ON|BC|NB|NS|PE|PEI|NL|QC|YT|NT|NU|NWT|NY|NYS|VT|ME|MI)\s+licen[cs]e|"
    r"driver'?s?\s*licen[cs]e|driving\s*licen[cs]e|licen[cs]e\s*(?:number|no\.?|#)|DL|D\.L\.|lic\.?|"
    r"(?-i:(?:BC|AB|SK|MB|ON|NB|NS|PE|NL)DL|GDL)|"  # "BCDL 5582019", "a GDL, # 163305-920"
    r"(?:class\s+7\s+)?learner['’]?s(?=\s*,?\s*#)|"  # "a Class 7 learner's, # 049215-302"
    # not IRCC's « permis de travail », « permis d'études »
    # « un permis suspendu (147203-551) »: its state, then the number in brackets
    r"permis(?!\s+(?:de\s+(?:travail|s[ée]jour)|d['’][ée]tudes?))\s*(?:de\s*conduire|no\.?|#|num[ée]ro|"
    r"(?:suspendu|révoqué|revoque|probatoire)\s*(?=\())?|"
    r"no\.?\s*de\s*permis|num[ée]ro\s*de\s*permis|"
    # "permit # 41235678"; not "permit no. F304418827", IRCC's study permit
    r"(?<!study\s)(?<!work\s)(?<!building\s)permit\s*(?:number|no\.?|#)(?!\s*[EFUVW]\d{9}))"
)
PLATE_CUE = (
    r"(?:(?:licen[cs]e\s*)?plates?|polar\s+bear(?:\s+plate)?|lic\.?\s*plate|plt(?=\s*[:#])|plate\s*(?:number|no\.?|#)|plaques?(?:\s*d'immatriculation|\s+personnalis[ée]e)?|"
    r"immatriculation|immatriculée?|immatricul[ée]e?|immat\.|plaqu[ée]e?|tag|plated|SK\s*plate|ON\s*plate|QC\s*plate|AB\s*plate|"
    r"MB\s*plate|reg(?:istration)?(?:\.|(?!\w))|(?<=pls\s)run|(?<=please\s)run|can\s+(?:[\w@-]+\s+){1,4}?run|"
    # "PAPS ran 612 TPE": a police service ran the plate (not "ACCESS RAN-0588"); "SGI: 301
    # BWX": Saskatchewan's registry
    r"(?<=(?-i:[A-Z]{3})\s)(?-i:ran)(?=\s)|(?<=(?-i:[A-Z]{4})\s)(?-i:ran)(?=\s)|(?-i:SGI)(?=\s*:))"
    # "Plaque du Nouveau-Brunswick GHK 374", "Ontario plate": the province that issued it
    r"(?:\s+(?:du|de\s+l['’]|de\s+la|de|from|of)\s*(?:Nouveau-Brunswick|New\s+Brunswick|Ontario|"
    r"Québec|Quebec|Saskatchewan|Manitoba|Alberta|Nouvelle-Écosse|Nova\s+Scotia|N\.-B\.|NB|ON|QC|SK))?"
)
# "ON CHRF 290, MI 8TKW32": the province or state that issued a plate, before it
JURISDICTION = (
    r"(?:(?-i:ON|QC|SK|AB|MB|BC|NB|NS|PE|NL|MI|NY|MN|ND|MT|WA|VT|ME|OH|PA|IL|WI|IN|ID)\s+"
    r"(?=(?-i:[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,5})(?![\w-])))?"
)
# Utilities whose customer number is in one person's name
_UTILITIES = (
    r"(?-i:Hydro-Qu[ée]bec|NB\s+Power|SaskPower|SaskEnergy|Hydro\s+One|[ÉE]nergir|Manitoba\s+Hydro"
    r"|Bell|Vid[ée]otron|Rogers|Telus)"
)
CASE_CUE = (
    r"(?:file|case|occurrence|occ|incident|report|ticket|docket|coroner|(?-i:OCME)|court\s*file|information|matter|chart|warrant|"
    r"(?-i:OTIS)|"  # "his OTIS is 000487213": Ontario's offender tracking number
    r"complaint|by-?law\s+(?:file|complaint)|"  # "bylaw complaint no. BL-2026-00417"
    # a property's orders: "emergency closure EO-2025-003", « ordre de réparation OR-2025-031 »,
    # "notice of violation NOV-1178", « avis préalable SPI-2025-0207 », "roll 2518 040 012 08400"
    r"(?:emergency\s+)?closure(?=\s+(?-i:[A-Z]{1,4})-\d)|ordre\s+de\s+r[ée]paration|notice\s+of\s+violation|avis\s+pr[ée]alable|"
    r"notice(?=\s*(?:#|no\.?|number)\s*(?-i:[A-Z]{1,5}-)?\d)|"  # "hospital notice # TPA-2025-017"
    r"roll(?:\s+(?:number|no\.?|#))?(?=\s*(?:#|no\.?|:)?\s*\d{4}\s\d{3})|"
    r"(?-i:[A-Z]{2,6}\s+ID)|identifiant|"
    # a shelter's client record: "HIFIS 448201", "SISA cl. 10442", "HIFIS cl# 0356612"; a
    # coordinated access list's: "coordinated access ID CA004519", « accès coordonné AC-2024-1193 »
    r"(?-i:HIFIS|SISA)(?:\s+(?:cl(?:ient)?\.?|id|profile|no\.?)(?=\s*#?\s*:?\s*\d))?|"
    r"coordinated\s+access(?:\s+(?:list|id|number|no\.?|#)){0,2}|acc[èe]s\s+coordonn[ée]|"
    r"(?-i:CA|AC)\s+list(?:\s+update)?(?=\s*:?\s*(?-i:[A-Z]{1,4})-?\d)|"  # "CA list update: CA-…"
    r"(?-i:ID)(?=\s*:?\s*(?-i:[A-Z]{1,4})-?\d{4})|dossier\s+(?:locataire|client|usager|[ée]l[èe]ve|aide\s+sociale)|"
    # a pharmacy's patient profile and prescription: "profile #0039912", "OAT profile MTH-3391",
    # "Rx 7702215", "Rx # readable: 5520147"
    r"profile(?=\s*(?:#|no\.?|:)?\s*(?-i:[A-Z]{1,4}-)?\d\d-?\d)|"
    r"(?-i:Rx)(?:\s*#)?(?:\s+[a-z]{3,12}(?=\s*:\s*\d{5}))?(?=\s*:?\s*\d{5})|"
    # a paramedic's patient care report and run: "PCR 88213", "ePCR # 4471", "run no. 2291"
    r"(?-i:e?PCR|ACR)(?=\s*(?:#|no\.?|:)?\s*\d{4})|run\s*(?:number|no\.?|#)|"
    r"(?:medical\s+|health\s+|hospital\s+)?record|dossier\s+m[ée]dical|"
    # "warrant issued # W-2024-3317", "mandat d'arrestation MA-2024-0913"
    r"warrant(?:\s+issued)?|mandat\s+d['’](?:arr[êe]station|amener)|mandat\s+de\s+d[ée]p[ôo]t|"
    r"info|claim|dispute|library\s+card|carte\s+de\s+biblioth[èe]que|tenant\s+(?:code|id)|app(?:lication)?\s*#|(?-i:[A-Z][a-z]+[A-Z]\w*)\s+ID|(?:er|ed|urgence)\s+visite?|visite?\s*(?=#|no\b|number)|carte\s+d['’]appel|(?:probation\s+|parole\s+)?(?<!work\s)(?<!purchase\s)order|ordonnance(?:\s+de\s+probation)?|client\s*(?:id|number|no\.?|#)|client|cl\.\s*id|probation\s*(?=#|no\.|number)|probation(?=\s+(?-i:[A-Z]{1,4})-\d)|(?:no\.?\s+)?dacor|referral|intake|application|offender(?:\s+tracking)?|"
    r"(?:legal\s+aid\s+|aide\s+juridique\s+)?certifica(?:te|t)|(?:legal\s+aid\s+)cert|mandat\s+d'aide\s+juridique|"
    # "Band registry no. 307-00481", "Métis Nation card # NWTMN-4417": a nation's registry
    r"treaty\s+card|status\s+card|carte\s+de\s+statut|"
    # "Tribal enrollment no. SRMT-04471", "MCA membership # A-20815": a nation's roll
    r"(?:tribal\s+)?enrol(?:l)?ment\s*(?:number|no\.?|#)|membership(?:\s*(?:number|no\.?|#)|(?=\s+\d))|"
    # "ODSP member 5582 0419 76", "member IDs 6673 0045 19", "membre OT 5527 0018 61",
    # "tenancy T-88105", an inmate's "no d'écrou 4478123"
    r"tenancy(?=\s+(?-i:[A-Z]{1,3})-?\d)|bail(?=\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:no\.?|n°|#|:)\s*\w|\s+(?-i:[A-Z]{2,6}-(?:[A-Z]{1,4}-)?\d{3}))|(?:no\.?|n°)\s+de\s+bail|(?:no\.?|num[ée]ro)\s+d['’][ée]crou|"
    r"member\s*(?:ids?|numbers?|no\.?|#)|(?:member|membre(?:\s+(?-i:OT|POSPH))?(?:\s+no\.?)?)(?=\s+\d{4})|"
    r"band\s+(?:member(?:ship)?\s+|registry\s+|family\s+){0,2}(?:number|no\.?|#)|m[ée]tis\s+(?:nation\s+)?card|"
    r"band\s+registry(?=\s+\d{4})|"  # "LLRIB band registry 1560342"
    # "registry family # 52100381", "Numéro de bande : 0512 3387 01", "Carte Métis : MN-S …"
    r"registry\s+(?:family\s+)?(?:number|no\.?|#)|num[ée]ro\s+de\s+bande|carte\s+m[ée]tis|carte\s+(?:de\s+la\s+)?(?-i:MN[-–]?S|MNO|MMF|FMM|MNA|MNBC)|"
    # "Métis citizenship card MN-S 0048219", "numéro de registre de bande", "Band/family registry"
    r"(?:m[ée]tis\s+|(?-i:MN[-–]?S|MNO|MMF|MNA|MNBC)\s+)?citizen(?:ship)?\s*(?:card|number|no\.?|#)|"
    # "MN-S citizenship 0239915"
    r"(?:m[ée]tis|(?-i:MN[-–]?S|MNO|MMF|MNA|MNBC))\s+citizen(?:ship)?|"
    # "numéro de famille du registre 5210-0441": the family's number in a band's registry
    r"num[ée]ro\s+de\s+famille(?:\s+(?:du|au)\s+registre(?:\s+de\s+(?:la\s+)?bande)?)?|family\s+(?:number|no\.?|#)|"
    r"registre\s+de\s+bande|(?:band\s*/\s*)?family\s+registry|band\s+reg\.?(?=\s*#)|"
    # "Carte de citoyen métis no 0204118", "carte de la Nation métisse no 0044812"
    r"carte\s+de\s+citoyen(?:net[ée])?\s+m[ée]tis|carte\s+de\s+la\s+nation\s+m[ée]tisse|"
    # "MFCS MFCS-MB-0088", "CFS 26-1187": a child and family services agency
    r"(?-i:[A-Z]{0,3}(?:CFS|FCS))|"
    # "son numero d'aide sociale 0043-991-27", "Income Support # IS 993 0418", "Nunatsiavut
    # beneficiary NG-11873"
    r"(?:num[ée]ro|no\.?|n°|#)\s+(?:de\s+dossier\s+)?d['’]aide\s+sociale|"
    r"dossier\s+d['’]aide\s+sociale|"  # « Le dossier d'aide sociale 7741205-02 est suspendu »
    # "no client aide sociale 0004471209": the client number, then the benefit it is for
    r"(?:num[ée]ro|no\.?|n°|#)\s+(?:de\s+)?client(?:e)?\s+(?:(?:à|de)\s+l['’])?aide\s+sociale|"
    # "inscrite au registre de la bande sous le no 0547-2214", "le mandat no 04-26-118820"
    r"registre\s+de\s+(?:la\s+)?bande(?:\s+sous\s+le)?|mandat(?=\s+(?:no\.?|n°|#)\s*\d)|"
    r"income\s+support(?:\s*(?:#|no\.?|number|file|id))?|beneficiary(?=\s+(?-i:[A-Z]{1,4}-?\d))|"
    # "Ontario Education Number 482-615-903", "Crown brief number 4417-26-1108", "TPS arrest
    # 12D-26-00421", "work permit # U104471852", "Dossier CIUSSS usager 00372145"
    r"(?:ontario\s+)?education\s+(?:number|no\.?|#)|(?:crown\s+)?brief\s+(?:number|no\.?|#)|"
    r"arrest(?:\s+(?:number|no\.?|#))?|(?:work|study|working\s+holiday|visitor)\s+(?:permit|visa)"
    r"(?:\s*(?:number|no\.?|#))?|usag[eè]re?|"
    # "Code permanent BERL03021001": Québec's student code; "NIP hôpital H-2210-8854"
    # "bank fraud unit flagged acct 0412-5583901", "compte 815-30211-7", "folio 4201-815-557193",
    # "tenant # 60228", "son n° de locataire OMHM est 0217745": accounts and tenancies
    r"(?:bank\s+)?acc(?:oun)?t\.?(?:\s*(?:number|no\.?|#))?|compte(?:\s+(?:source|conjoint|bancaire))?|"
    r"folio|tenant\s*(?:#|number|no\.?)|(?:n[°o]\.?|num[ée]ro)\s+de\s+locataire(?:\s+(?-i:[A-Z]{2,6})(?=\s))?|"
    r"code\s+permanent|permanent\s+code|(?-i:N\.\s?D\.?)(?=\s*\d)|[ée]l[èe]ve(?=\s+(?:no\.?|n°|#)\s*\d)|(?-i:NIP)(?:\s+h[ôo]pital)?|"
    r"member\s*(?:id|number|no\.?|#)|user\s*(?:id|number|no\.?|#)|no\.?\s+de\s+bande|beneficiary\s*(?:id|number|no\.?|#)|MRN|chart\s*(?:number|no\.?|#)|chart(?=\s*:)|OEN|NIE|NISO|UCI|IUC|"
    # "ASN 4211-7830-5", "PEN 117 402 668": Alberta's and BC's student numbers
    r"(?-i:ASN|PEN)|(?:alberta\s+)?student\s+number|personal\s+education\s+(?:number|no\.?|#)|"
    # "no élève 330982117", "ID étudiant 20418833"
    r"(?:no\.?|n°|#|id)\s+(?:d['’])?[ée]l[èe]ve|id\s+(?:d['’])?[ée]tudiante?|"
    r"school\s*(?:#|no\.?|number)(?=\s*(?:for\s+the\s+\w+\s*:\s*)?(?-i:[A-Z]{2,5}-)?\d{4})|stu(?:dent)?\s*(?:numbers?|nos?\.?|#s?|ids?)|student(?=\s+\d{6,10}\b)|num[ée]ro\s*d'[ée]l[èe]ve(?:\s+provincial)?|(?:num[ée]ro|no\.?|n°)\s+(?:d['’])?[ée]tudiante?|no\.?\s*d['’][ée]l[èe]ve|fiche(?:\s*[ée]l[èe]ve|\s+(?:de\s+l['’]|d['’])[ée]l[èe]ve)?|matricule(?:\s+[ée]l[èe]ve)?|"
    r"dossier|num[ée]ro\s*de\s*dossier|no\.?\s*de\s*dossier|[ée]v[ée]nement|[ée]v[ée]n(?=\.)|rapport|"
    r"[ée]v(?=\.\s*\d)|(?-i:LAO)\s+cert(?:ificate)?|"  # "SPVM év. 38-250311-004", "LAO cert 4007…"
    r"(?:log|notice)(?=\s+(?-i:[A-Z]{1,4})-\d)|"  # "shelter log ES-2026-0312", "notice TN-24-088"
    r"bite(?=\s*(?:#|no\.?)\s*(?-i:[A-Z]))|"  # "bite # PH-BITE-0447": public health's dog-bite file
    r"plainte|signalement|r[ée]f[ée]rence|r[ée]f(?![.\s]*(?-i:HUB|SIT)-\d)\.?|event|num[ée]ro|demande|requ[êe]te|waitlist|list(?=\s*(?:#|no\.?)\s*(?-i:[A-Z]{2,5})-\d)|GO|PA|MSS(?=\s+\d)|SPVM|RCMP|RNC|HRP|GRC|SQ|OPP|PAPS|SPS|RPS|DPJ|CAS|(?-i:FACS|CCAS)(?=\s)|CFSIS|CLSC|CISSS|CIUSSS|"
    # "pt # MC-7781", "clinic ID RAAM-00417", "Encounter E-88120933", "ODSP 7720-3315",
    # « épisode de soins E-2026-003318 »: a hospital's visit, in French
    r"(?:pt|patient)\s*(?:#|no\.?|id|number)|clinic\s*(?:id|#|no\.?)|encounter|admission|"
    r"[ée]pisode(?:\s+de\s+soins)?|"
    # "rent bank … (app RB-0355)", « aide d'urgence au loyer no AUL-2024-0917 »
    r"app(?:lication)?(?=\s+(?-i:[A-Z]{2,4})-?\d)|aide\s+(?:d['’]urgence\s+)?au\s+loyer|"
    r"rx\s*(?:#|no\.?|number)|(?:no\.?|n°)\s+(?:de\s+)?dossier\s+pharmacie|"  # "Rx# 4471920"
    r"(?:home\s*care|soins\s+à\s+domicile)(?=\s*(?:#|no\.|number|id\b))|"  # "home care # HC-301-7…"
    # "missing persons number 2026-4455", "(MJPS MJ-2026-00211)": a police service's file
    r"missing\s+persons?(?:\s+(?:file|number|no\.?|#|case))?|(?-i:[A-Z]{1,4}PS)|"
    r"(?-i:[A-Z]{1,4}PD|[A-Z][a-z]{2,5}PD)|"  # "VicPD 26-8013", "VPD 2026-118734"
    # "ODSP member 2938-10447": a benefit's member or client number
    r"(?-i:ODSP|OW|SIS|SAID|TAL|LTB|AISH|SPVG|SPVQ|SPAL|SPL)(?:\s+(?:member|client|recipient))?|"
    r"ontario\s+au\s+travail(?=\s+\d)|"  # "Dossier Ontario au travail 2210-47781": OW, in French
    # « Numéro de client à Hydro-Québec : 2991 4470 118 », "NB Power account # 4471 2290 118":
    # a utility's customer number, in one person's name
    r"(?:num[ée]ro|no\.?|n°)\s+de\s+client(?:\s+(?:à|chez|de|du|d['’])\s*[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?|"
    r"(?:compte|account)\s+" + _UTILITIES + "|" + _UTILITIES + r"\s+(?:account|compte)|"
    r"(?-i:NTI)(?:\s+(?:number|no\.?|#))?|"  # "NTI 112804": Nunavut Tunngavik's beneficiary
    r"(?-i:[A-Z]{2,4}PF)|"  # "KRPF K25-0988"
    r"(?-i:PR)\s+card|(?-i:MNA)\s+card|"  # "PR card no. RA0418842", "MNA card 41-7729"
    r"(?-i:[A-Z][a-z]+)['’]s(?=\s*#\s*\d{6,9}\b)|"  # "Queen's # 20419902": a school's number
    # "no de détenu 4218873", "inmate # 4218873", "registre des Indiens 4710023401"
    r"(?:no\.?|n°|num[ée]ro)\s+(?:de\s+)?d[ée]tenue?|inmate\s*(?:#|no\.?|number|id)|(?-i:OTIS)|(?:ouvert|opened)\s+(?:le|un|a|the)(?=\s*#)|registre\s+des\s+indiens|"
    # "DA 1984562": a cégep's student file; "jeune de Listuguj (bande 0117-6653)"
    r"(?-i:DA)(?=\s+\d{7}\b)|bande(?=\s+\d{3,4}-\d{3,5}\b)|registry(?=\s+\d{3,5}-\d{3,5}\b)|"
    r"(?-i:NIC)(?:\s+(?-i:IRCC))?|"  # "NIC IRCC 11-2233-4455": IRCC's client number in French
    # IRCC's: « permis de travail fermé U104472981 », "PR card PA0912284", « CSQ no Q-23-… »
    r"permis\s+(?:de\s+(?:travail|s[ée]jour)|d['’][ée]tudes?)(?:\s+(?:ferm[ée]|ouvert|expir[ée]))?|"
    r"carte\s+(?:de\s+)?(?:RP|r[ée]sidente?\s+permanente?)|(?:PR|pr)\s+card|(?-i:CSQ)|"
    r"no\.?\s*de\s*cour|num[ée]ro\s*de\s*cour|dossier\s*de\s*cour|court\s*(?:no\.?|number|#))"
    r"(?:\s+(?:de\s+police|de\s+la\s+police|d'[ée]v[ée]nement|du\s+SPVM|police|polici[eè]re?|"
    r"de\s+la\s+cour|du\s+tribunal|"
    r"impliqu[ée]e?s?|involved|aware|avis[ée]e?s?|notifi[ée]e?s?|"  # "DPJ impliquée (24-0922-101)"
    r"a\s+(?:le|un)(?=\s*#)|has\s+(?:the|a)(?=\s*#)|"  # « le SPVM a le # 12-261102-033 »
    # "matricule de l'élève 7719024": whose file the number is
    r"de\s+l['’][ée]l[èe]ve|de\s+l['’][ée]tudiante?|du\s+jeune|de\s+la\s+jeune))?"
)
# Manitoba's six-digit family registration number, beside the person's PHIN: "MB Health reg #
# 608214", "manitoba health card 447 219"
MANITOBA_REG_CUE = (
    # "PHIN: 388204117, reg 552019", "Manitoba Health # 301 556 892, reg 640192": the
    # family's number right after the person's
    r"\b(?:(?:PHIN|(?:(?-i:MB)|manitoba)\s+health(?:\s+card)?|sant[ée]\s+du\s+manitoba)"
    r"\s*(?:#|no\.?)?\s*:?\s*"
    # "PHIN 204 881 377, no d'inscription 493217", "…, registration # 493217"
    r"\d{3}\s?\d{3}\s?\d{3}\s*,?\s*(?:reg(?:istration)?\.?|(?:no\.?|n°|num[ée]ro)\s+d['’]"
    r"(?:inscription|enregistrement|immatriculation))(?=\s*(?:#\s*)?(?:\d{6}|\d{3}\s\d{3})(?!\d))"
    r"|(?:(?-i:MB)|manitoba)\s+health(?:\s+(?:card|reg(?:istration)?))?"
    # "MB registration # is 554813", "numéro d'enregistrement Santé Manitoba 482917"
    r"|(?:(?-i:MB)|manitoba)\s+reg(?:istration)?|sant[ée]\s+manitoba"
    # "Carte santé du Manitoba de la mère : …, numéro d'immatriculation 084716"
    r"|sant[ée]\s+du\s+manitoba[^.\n]{0,60}?num[ée]ro\s+d['’]immatriculation"
    # "Numéro d'enregistrement Manitoba Santé de monsieur : 548211", "numéro
    # d'enregistrement 617 203" (after a PHIN): the family's registration number
    r"|num[ée]ro\s+d['’]enregistrement(?:\s+manitoba\s+sant[ée])?"
    r"(?:\s+de\s+(?:la\s+famille|monsieur|madame|la\s+m[èe]re|du\s+p[èe]re))?"
    # "Dad's health reg # 840217", "PHIN: 980 112 376 Reg#: 118402": a family's
    # registration number, six digits
    r"|(?:health\s+)?reg(?=\s*(?:#|no\.?|number)\s*:?\s*\d{6}(?!\d))"
    # "family registration no. 118229 on the MB health card": the card named after it
    r"|(?:family\s+)?registration(?=\s*(?:#|no\.?|number)\s*:?\s*\d{6}(?!\d)"
    r"[^.\n]{0,30}\b(?:(?-i:MB)|manitoba)\s+health)"
    r")"
)
# An agency's acronym between the cue and the number: "dossier SAE SAE-OTT-2023-0917".
AGENCY = (
    r"(?:(?-i:[A-Z]{2,6})(?:\s+|\s*(?:#|:|no\.?)\s*)(?=[A-Z]{0,6}-?[A-Z]{0,4}-?\d)"
    # "dossier CAS de sudbury #4471-22": the agency's office in a town
    r"|(?-i:[A-Z]{2,6})\s+(?:de|du|of)\s+[\w'’-]{3,20}\s*(?:#|no\.?|:)\s*(?=\d)"
    # "dossier Hydro-Québec est 299 118 447 553": a company's hyphenated name
    r"|(?-i:[A-Z][a-zé]{2,12}-[A-Z][a-zé]{2,12})\s+(?:(?:est|is)\s+|:\s*)?(?=\d)"
    r"|(?-i:MN[-–]?S)\s+(?=\d)"  # "card MN-S 0048219": Métis Nation–Saskatchewan, then its number
    # « Dossier hôpital de Sept-Îles 0045-7712 »: a hospital or a CLSC, then its town
    r"|(?:h[ôo]pital|hospital|clsc)\s+(?:de|du|d['’]|of)\s*(?-i:[A-ZÀ-Ý][\w'’-]{2,25})\s+(?=\d)"
    r"|(?-i:[A-Z]{2,6}-[A-Z]{1,3})\s+(?=\d{5})"  # "Student # ASD-W 3302198": a district's code
    # "no client Réseau ACCESS RAN-0588": an agency's name and its acronym
    r"|(?-i:[A-Z][a-zé]{3,15}\s+[A-Z]{2,8})\s+(?=[A-Z]{0,6}-?\d)"
    # "Dossier Tikinagan 26-0877": an agency by its name, then a hyphenated number
    r"|(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Lun|"
    r"Mer|Jeu|Ven|Sam|Dim|Fév|Avr|Mai|Juil|Aoû|Déc)[a-zéû]*\s)"
    r"(?-i:[A-Z][a-zé]{3,15}(?:\s+[A-ZÉ][a-zé]{2,15})?)\s+(?=\d{2,6}-\d))?"  # "Services Québec"
)
# A registry number the band office keeps, not the status card's: "band list", "band office"
BAND_FILE = r"\bband\s+(?:office|list)\b(?![^.;]*\b(?:status|card|statut|treaty)\b)(?=.*regist)"
