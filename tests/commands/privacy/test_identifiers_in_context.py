"""Identifiers other than names, in the notations and places notes put them.

Cases come from the held-out sets: each is a shape that a fresh set showed the guard
getting wrong before it was fixed, kept here so that it stays fixed.
"""

from __future__ import annotations

import pytest

from commands.privacy import Kind, scan

# (text, kind, exact span or None when any span of that kind will do)
IDENTIFIERS: list[tuple[str, Kind, str | None]] = [
    ("usually at Jasper Ave and 109 St after dark", Kind.ADDRESS, "Jasper Ave and 109 St"),
    ("seen repeatedly at 1450 Kingsway, unit 3, suspected", Kind.ADDRESS, "1450 Kingsway, unit 3"),
    ("Contact à Minot, Dakota du Nord 58701, tél.", Kind.POSTAL_CODE, None),
    ("DL on the lease is 18542367, name on it withheld.", Kind.LICENCE, "18542367"),
    ("SPVM PDQ 33 event no. 26-033-00471.", Kind.CASE_NUMBER, "26-033-00471"),
    ("best contact is WeChat ID zhangwei_0412.", Kind.SOCIAL_HANDLE, "zhangwei_0412"),
    ("Snap de la jeune : lili.gagnon22; elle échange avec un homme.", Kind.SOCIAL_HANDLE, None),
    ("no de fiche élève CSSDM-4418271 si l'école demande", Kind.CASE_NUMBER, "CSSDM-4418271"),
    ("new place is 3-415 ave k s near the school", Kind.ADDRESS, "3-415 ave k s"),
    ("Plate on the car picking her up after school: CBKR 417, grey", Kind.LICENCE, "CBKR 417"),
    ("AHCIP # on the intake form is 48213-6607, please", Kind.HEALTH_NUMBER, "48213-6607"),
    ("Winnipeg - picked up at Main & Higgins at 02:10", Kind.ADDRESS, "Main & Higgins"),
    ("Regina PS file RPS 24-77120 and youth probation YP-0448215", Kind.CASE_NUMBER, None),
    ("he games with older guys on discord, handle ghostboi#4471", Kind.SOCIAL_HANDLE, None),
    ("RAMQ de l'usager : PAQJ 8905 1217, rendez-vous", Kind.HEALTH_NUMBER, "PAQJ 8905 1217"),
    ("Dad's SK licence 40817236 was suspended", Kind.LICENCE, "40817236"),
    ("son numéro de santé de l'Alberta 23456-7890 figure", Kind.HEALTH_NUMBER, "23456-7890"),
    ("Le dossier 2025-0456-DPJ est toujours actif", Kind.CASE_NUMBER, "2025-0456-DPJ"),
    ("Événement policier PA25-004187 lié à la chicane", Kind.CASE_NUMBER, "PA25-004187"),
    (
        "écrire à sophie point b arobase hotmail point com demain",
        Kind.EMAIL,
        "sophie point b arobase hotmail point com",
    ),
    ("Sleeping at the corner of Elgin and Gladstone most nights", Kind.ADDRESS, None),
    ("Youth court file 26-Y-00231.", Kind.CASE_NUMBER, "26-Y-00231"),
    ("She uses Snap kyra_b2010 to talk to the older guys.", Kind.SOCIAL_HANDLE, "kyra_b2010"),
    ("Sur Snapchat, elle est lily.mtl09; c'est par là", Kind.SOCIAL_HANDLE, "lily.mtl09"),
    ("She posts at facebook.com/amanda.k.ygk", Kind.SOCIAL_HANDLE, "facebook.com/amanda.k.ygk"),
    ("posted goodbyes on Snapchat (jordy_p306); RCMP", Kind.SOCIAL_HANDLE, "jordy_p306"),
    ("rencontré sur Discord, compte anais.rki; la mère", Kind.SOCIAL_HANDLE, "anais.rki"),
    ("has a suspended SGI licence (40581237) but", Kind.LICENCE, "40581237"),
    ("still drives Brody around in truck 917 KMT.", Kind.LICENCE, "917 KMT"),
    ("sleeping in her car (BXN 592) by Echo Lake", Kind.LICENCE, "BXN 592"),
    ("conduit quand même la camionnette V51 TRM avec", Kind.LICENCE, "V51 TRM"),
    ("dossier des Services sociaux MSS-26-33019, bébé", Kind.CASE_NUMBER, "MSS-26-33019"),
    ("caller was at House 214 on the reserve.", Kind.ADDRESS, "House 214"),
    ("Il demeure dans la maison no 214 sur la réserve.", Kind.ADDRESS, "maison no 214"),
    ("land location NE 14-32-05 W3M.", Kind.ADDRESS, "NE 14-32-05 W3M"),
    ("le fermier, terre au SO 22-10-12 O3, armes à feu", Kind.ADDRESS, "SO 22-10-12 O3"),
    ("aînée de 84 ans, boîte postale 48, Zenon Park", Kind.ADDRESS, "boîte postale 48"),
    ("Truck parked overnight at Main/Higgins three nights.", Kind.ADDRESS, "Main/Higgins"),
    ("hang out after school: Avenue H and 20th St W, mostly", Kind.ADDRESS, None),
    ("Pharmacy has his Sask health number on file, 456 789 123.", Kind.HEALTH_NUMBER, None),
    ("Courriel : nathalie.b (at) outlook (point) com.", Kind.EMAIL, None),
    ("No de dossier à la Chambre de la jeunesse : 500-41-004512-253.", Kind.CASE_NUMBER, None),
    ("Rapport de la SQ no 156-250314-008 transmis au CISSS.", Kind.CASE_NUMBER, None),
    ("Copied from RMS: PA24-018823 — same occurrence?", Kind.CASE_NUMBER, None),
    ("dossier de probation PROB-QC-4471-23 selon", Kind.CASE_NUMBER, None),
    ("Le conducteur a un permis de la Saskatchewan, no 48127736.", Kind.LICENCE, None),
    ("permis de l'Alberta 204918-375 — contrôle routier", Kind.LICENCE, None),
    ("plate on the van that keeps picking her up: CHM-4821 (AB)", Kind.LICENCE, None),
    ("Snap username in the pic is lilreign_2k9, school reported it", Kind.SOCIAL_HANDLE, None),
    ("Intervenante du CLSC : 418 555-0130, poste 2231", Kind.PHONE, None),
    ("worker confirmed it's 298 344 417. Riversdale", Kind.SIN, "298 344 417"),
    ("SIN on the tenancy form: 520119504. Tenant", Kind.SIN, "520119504"),
    ("dossier DPJ Montérégie 26-MON-04187. Adresse", Kind.CASE_NUMBER, "26-MON-04187"),
    ("se fait intimider sur Snapchat par kill3r_ezz306.", Kind.SOCIAL_HANDLE, "kill3r_ezz306"),
    ("dad drives a silver f150 plate cbx 4471", Kind.LICENCE, "cbx 4471"),
    ("plaque k47 ghr auto grise devant l'ecole", Kind.LICENCE, "k47 ghr"),
    ("dl # r4821-55903-20714", Kind.LICENCE, "r4821-55903-20714"),
    ("no de cour 500-01-234567-241", Kind.CASE_NUMBER, "500-01-234567-241"),
    ("no d'evenement spvm qc-23-014472", Kind.CASE_NUMBER, "qc-23-014472"),
    ("adresse 580 boul talbot g7h 4b5", Kind.ADDRESS, "580 boul talbot"),
    ("OHIP on the intake is 4532-876-129-KT - card", Kind.HEALTH_NUMBER, "4532-876-129-KT"),
    ("Sask driver's licence on file is 70412385; he", Kind.LICENCE, "70412385"),
    ("a un permis de la Saskatchewan (60827731) mais", Kind.LICENCE, "60827731"),
    ("Carte santé de l'Ontario sans code de version : 7730145982.", Kind.HEALTH_NUMBER, None),
    ("NAS au dossier : 423162627.", Kind.SIN, "423162627"),
    ("note lists SIN 416-385-284 and AB licence 123456-789.", Kind.LICENCE, "123456-789"),
    ("from Detroit (2301 Woodward Ave, 48201), crossing", Kind.POSTAL_CODE, "48201"),
    ("Jessica Bellerose, PHIN 227 560 914, 204 555-0183, ex", Kind.PHONE, "204 555-0183"),
    ("PHIN 227 560 914, 204 555-0183", Kind.HEALTH_NUMBER, "227 560 914"),
    ("Permis de conduire de la Saskatchewan 50893146, saisi", Kind.LICENCE, "50893146"),
    ("Manitoba PHIN on the referral: 120 448 917; SIN", Kind.HEALTH_NUMBER, "120 448 917"),
    ("Can someone add him to the list? Hub ref HUB-REG-24-0211.", Kind.CASE_NUMBER, None),
    ("referred by the liaison, ref AHT-REF-0877.", Kind.CASE_NUMBER, "AHT-REF-0877"),
    ("posting about selling stuff, car in the photos is HWK 330.", Kind.LICENCE, "HWK 330"),
    ("AB health 31207 4458 on the referral from the PCN.", Kind.HEALTH_NUMBER, "31207 4458"),
    ("dans un squat, d'après son snap ti-loup.hm.", Kind.SOCIAL_HANDLE, "ti-loup.hm"),
    ("DDN sur le permis 1999-03-17.", Kind.DATE_OF_BIRTH, None),
    ("le proprio est lil.ptr.qc sur snap.", Kind.SOCIAL_HANDLE, "lil.ptr.qc"),
    ("Dossier hôpital CHUL 3320178, à suivre.", Kind.CASE_NUMBER, "CHUL 3320178"),
    ("Le frère vit à Burlington (Vermont) 05401 depuis 2022.", Kind.POSTAL_CODE, None),
    ("seen at Victoria Ave E and Simpson St around 11pm", Kind.ADDRESS, None),
    ("Case ref SHA-2024-00917 (Saskatoon Housing Authority)", Kind.CASE_NUMBER, None),
    ("TBPS plate check: Ontario CKMR 482, registered to the uncle.", Kind.LICENCE, None),
    ("dossier SAE SAE-OTT-2023-0917 : enfant placé", Kind.CASE_NUMBER, "SAE-OTT-2023-0917"),
    ("une Civic grise, plaque Ontario BTRW 482, stationnée", Kind.LICENCE, "BTRW 482"),
    ("plaque du pick-up FKL 2291 selon la voisine", Kind.LICENCE, "FKL 2291"),
    ("corner of 20th St W and Avenue H - he sleeps there", Kind.ADDRESS, None),
    ("sextorted on Discord by a user called nightowl_ymm", Kind.SOCIAL_HANDLE, "nightowl_ymm"),
    ("Dossier DPJ 2024-MTL-118734. Plan", Kind.CASE_NUMBER, "2024-MTL-118734"),
    ("Carte santé de la Saskatchewan 904 117 862.", Kind.HEALTH_NUMBER, "904 117 862"),
    ("born on the 14th of March 2009", Kind.DATE_OF_BIRTH, None),
    ("maison au 15-B, avenue des Érables, Val-Caron", Kind.ADDRESS, None),
]


@pytest.mark.parametrize(("text", "kind", "value"), IDENTIFIERS)
def test_identifiers_in_context(text: str, kind: Kind, value: str | None) -> None:
    found = [f.text for f in scan(text) if f.kind is kind]
    assert found, text
    assert value is None or found == [value]
