"""Names the guard must find, by where and how they stand in a note.

Cases come from the held-out sets: each is a shape that a fresh set showed the guard
getting wrong before it was fixed, kept here so that it stays fixed.
"""

from __future__ import annotations

import pytest

from commands.privacy import Kind, scan

NAMES: list[tuple[str, list[str]]] = [
    ("occurrence closed: Dakota Beaulieu assaulted at the shelter.", ["Dakota Beaulieu"]),
    ("Olumide (mom's new partner) moved in last month.", ["Olumide"]),
    ("Thanks @Sarah Whitford for the quick turnaround on this one!", ["Sarah Whitford"]),
    ("Jeune connu dans le quartier sous le surnom de Bizou.", ["Bizou"]),
    ("Amadou Sow, 19 ans, joignable le soir.", ["Amadou Sow"]),
    ("Snapchat de Yanick : à vérifier.", ["Yanick"]),
    ("Fugue : la jeune serait chez Brandon depuis hier.", ["Brandon"]),
    ("Revenu de la mère : ACE + aide sociale.", []),
    ("RCMP Estevan file closed re: Brandon, 17 - stolen truck", ["Brandon"]),
    ("MB PHIN on file for the youngest, Kairo, 3.", ["Kairo"]),
    ("Probation update - Dakota Eagle, 18, breach of curfew x4.", ["Dakota Eagle"]),
    ("vu en jean et coton ouaté rose vers 23 h près du dépanneur", []),
    ("School reports the 7-year-old talks about Baba and Mama.", []),
    ("Trinity Sinclair dob 11/02/2010 - school says she disclosed", ["Trinity Sinclair"]),
    ("claire est retournée chez sa tante à Hull dimanche", ["claire"]),
    ("Jacinthe appelle souvent le 811 la nuit", ["Jacinthe"]),
    ("Crystal Pasqua, DOB Aug 19 1993, 4 kids", ["Crystal Pasqua"]),
    ("La famille de Sipi Flamand a accepté la rencontre.", ["Sipi Flamand"]),
    ("spoke w/ brandon cardinal's dad this am", ["brandon cardinal"]),
    ("jay told the SRO his mom kim kicked him out again", ["jay", "kim"]),
    ("Elder J.R. Thunderchild offered to sit in on the circle.", ["Elder J.R. Thunderchild"]),
    ("CMHA Dr Smith called back.", ["Dr Smith"]),
    ("Spoke briefly to josh mcleod outside the school.", ["josh mcleod"]),
    ("Hunter Keewatin was released Tuesday, no address on the order.", ["Hunter Keewatin"]),
    ("along with one of the Kakegamic boys.", ["Kakegamic"]),
    ('he keeps talking about "Stretch", who we think is older.', ["Stretch"]),
    ("Il parle souvent de « Bouboule », un gars plus vieux.", ["Bouboule"]),
    ("L'agent de probation Gagné dit qu'un bris est probable.", ["Gagné"]),
    ("Kahsennenhawe du centre de santé fera la visite.", ["Kahsennenhawe"]),
    ("Bellevue : famille Fournier ; pas d'électricité.", ["Fournier"]),
    ("roommate OD'd last weekend, youth isolated.", []),
    ("– Dakota Bear, 14, sharing self-harm content.", ["Dakota Bear"]),
    ("Charlottetown: Brandon MacIsaac, PEI DL 2048813.", ["Brandon MacIsaac"]),
    ("Yorkton Hub: Precious Keewatin's worker says she is fine.", ["Precious Keewatin"]),
    ("mom's name is crystal bird, kids 3 and 6 in the home.", ["crystal"]),
    ("Le policier a parlé à Forest au sujet de la plainte.", ["Forest"]),
    ("can we loop in Taylor? he handles the shelter beds", ["Taylor"]),
    ("ok so Mikey (older bro) got picked up again last nite", ["Mikey"]),
    ('Student Oluwaseun Adebayo ("Seun"), international.', ["Oluwaseun Adebayo", "Seun"]),
    ("Son chum, « Bouboule », a été vu avec elle samedi.", ["Bouboule"]),
    ("parlé avec jessica hier, elle va mieux", ["jessica"]),
    ("Housing offered Crystal a unit but she declined.", ["Crystal"]),
    ("The Lightning family is asking for help with the eviction.", ["Lightning"]),
    ("Okonkwo from CFS will be the main contact going forward.", ["Okonkwo"]),
    ("hébergée chez sa tante Julienne Petiquay. Date", ["Julienne Petiquay"]),
    ('Staff know him as "Smokey", legal name unknown.', ["Smokey"]),
    ("Client stayed with Dunstan for two nights after the eviction.", ["Dunstan"]),
    ("en couple avec Dieunel depuis un mois", ["Dieunel"]),
    ("Thanks Bex — I'll pass it to the team.", ["Bex"]),
    ("Steph, peux-tu confirmer si la chambre est encore dispo?", ["Steph"]),
    ("Merci à tous, je fais le suivi avec la SAE. — Véro", ["Véro"]),
    ("hanging around with Tariq, Bo and Lennox after curfew.", ["Tariq", "Bo", "Lennox"]),
    ("Mr. van der Berg in 4B keeps calling about the smell.", ["Mr. van der Berg"]),
    ("Neighbour reports that Raven and her mom were screaming.", ["Raven"]),
    ("Can someone from housing call Regina back? She's the sister.", ["Regina"]),
    ("Brandon is moving to Regina next month.", ["Brandon"]),
    ("the guy they call Tank is supplying the kids", ["Tank"]),
    ("il se tient avec un certain Constant, plus vieux", ["Constant"]),
    ("Me St-Onge représente le père dans le dossier de garde.", ["Me St-Onge"]),
    ("Les enfants sont chez les Bergeron pour la fin de semaine.", ["Bergeron"]),
    ("Uapukun Vollant demande qu'on avise le centre de santé.", ["Uapukun Vollant"]),
    ("Ms Park reported runaway x3.", ["Ms Park"]),
    ("mark from the food bank will drop off the hamper tmrw", ["mark"]),
    ('"Will won\'t come to the door" per the SRO', ["Will"]),
    ("Kookum thinks her grandson Dakota Bear is cashing her cheque.", ["Dakota Bear"]),
    ("son chum ti-guy lui fournit de la coke", ["ti-guy"]),
    ("Rose a encore appelé le 911; troisième fois cette semaine.", ["Rose"]),
    ("Rencontre avec M. Gagnon demain.", ["M. Gagnon"]),
    ("Noël a été arrêté pour bris de conditions.", ["Noël"]),
    ("Mise à jour : Églantine dort chez une amie à Verdun.", ["Églantine"]),
    ("« Céleste n'est pas en sécurité », a dit la grand-mère.", ["Céleste"]),
    (
        "Présents : Gagnon (SPVG), Fatou (maison d'hébergement), Kofi Mensah (Centre X).",
        ["Gagnon", "Fatou", "Kofi Mensah"],
    ),
    ("Contacts: Brooke (CMHA) and Reid (school).", ["Brooke", "Reid"]),
    ("la TS du CLSC (Prudence Gagnon-Roy) fait une visite", ["Prudence Gagnon-Roy"]),
    ("Contact d'urgence : Henriette Lajoie, 19, rue Principale.", ["Henriette Lajoie"]),
    ("Wideline Saint-Fleur, maman de 3 enfants, demande de l'aide.", ["Wideline Saint-Fleur"]),
    ("Shanouk Vollant, de Uashat, sera accompagnée au tribunal.", ["Shanouk Vollant"]),
    ("teacher mr. beaulieu flagged it", ["mr. beaulieu"]),
    ("parlé à la mère de jordan ce matin", ["jordan"]),
    ("fyi hope missed school again all wk", ["hope"]),
    ("hunter skipped court tues", ["hunter"]),
    ("chance got suspended again smh", ["chance"]),
    ("claire est pas venue au rdv", ["claire"]),
    ("the nguyen family got the eviction notice", ["nguyen"]),
    ("fatimas mom doesnt speak eng need arabic interp", ["fatimas"]),
    ("cell de la mere a maelie 4185550121", ["maelie"]),
    ("marie-soleil veut parler a l'intervenante", ["marie-soleil"]),
    ("kokum rose is the safe adult for now", ["rose"]),
    ("ask sgt dumont abt the warrant", ["sgt dumont"]),
    ("mark from the food bank will drop off the hamper", ["mark"]),
    ("Bienvenu Mukendi et sa conjointe Grâce, arrivés de Kinshasa", ["Bienvenu Mukendi", "Grâce"]),
    ("Drove Haven and her little sister to the dentist.", ["Haven"]),
    ("talked to dakota's grandma", ["dakota"]),
    ("kayden's mom deb says shes done with him", ["kayden", "deb"]),
    ("roommate Mei worried.", ["Mei"]),
]
# The name must be among the findings (a longer span or a second name may come with it).
NAMES_AMONG: list[tuple[str, list[str]]] = [
    ("Tremblay family (mom Julie, kids Noah and Léa) all known to CAS.", ["Tremblay", "Julie"]),
    ("Nuvalinga and her two kids were turned away from the shelter.", ["Nuvalinga"]),
    ("Outreach team found Ashini sleeping in the stairwell.", ["Ashini"]),
    ("The grandmother, Victoria Sock, called the band office.", ["Victoria Sock"]),
    ("L'école rapporte qu'Espérance dort en classe.", ["Espérance"]),
    ("Tuumasi (le grand frère) s'occupe des petits.", ["Tuumasi"]),
    ("La DPJ appellera Constant ce soir pour le plan.", ["Constant"]),
    ("mom Crystal can be reached after 5.", ["Crystal"]),
    ("her bf, known on the street as Tank, is on parole.", ["Tank"]),
    ("Dre (legal name withheld) held in cells overnight.", ["Dre"]),
    ("accounts opened in the name of Heather Janvier; file closed.", ["Heather Janvier"]),
    ("maltraitance de la part de son neveu martin bouchard, qui gère son compte", ["martin"]),
]


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.kind is Kind.NAME]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_names_in_context(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), NAMES_AMONG)
def test_names_among_findings(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(any(f.startswith(n) for f in found) for n in names), found
