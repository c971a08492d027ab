"""Cars by make, model and colour: what a plate is read beside ("a grey Silverado HGT
482") and what a capitalised word is when it follows a colour ("grey Sienna seen at school
pickup"), so the name reader leaves it alone."""

from __future__ import annotations

import re

# "a grey Silverado HGT 482", "une Impala noire 622 HXB": a model, perhaps a colour, a plate
MODELS = (
    r"(?:Impala|Silverado|Ram|Sierra|Tahoe|Suburban|Equinox|Malibu|Cruze|Cavalier|Caravan|"
    r"Charger|Challenger|Durango|Journey|Neon|Cherokee|Wrangler|F-?150|F-?250|Explorer|Escape|"
    r"Focus|Fusion|Mustang|Ranger|Civic|Accord|Odyssey|CR-V|Corolla|Camry|Tacoma|Tundra|"
    r"RAV4|Sienna|Elantra|Sonata|Tucson|Sentra|Altima|Rogue|Pathfinder|Jetta|Golf|Mazda3|"
    r"Outback|Forester|Sportage|Sorento|Soul|Rio|Dodge|Chevy|GMC|Acura|Lexus|Infiniti|BMW|Audi|"
    r"Kia|Hyundai|Nissan|Toyota|Honda|Ford|Chevrolet|Pontiac|Buick|Chrysler|Volkswagen|VW|"
    r"Subaru|Mitsubishi|Jeep|Tesla|Volvo|Mercedes|Mazda|Tercel|Cobalt|Yaris|Versa|Element|Prius|"
    r"Highlander|Traverse|Taurus|Windstar|Uplander|Aveo|Sunfire|Avenger|Caliber|Outlander|"
    r"Lancer|Accent|Forte|Optima|Sedona|Venza|Frontier|Murano|Micra|Tiguan|Passat|Impreza|"
    r"Crosstrek|Econoline)"
)
COLOURS = (
    r"(?:noire?|blanche?|grise?|rouge|bleue?|verte?|argent|black|white|gr[ae]y|red|blue|"
    r"silver|green|brown|maroon|beige|gold)"
)
MODEL = re.compile(MODELS)
# "grey Sienna seen at school pickup", "blk Mercedes GLE", "tan Buick LeSabre", "Dodge Journey
# blanche", "une Kia grise": a car by its colour, its make and its model
COLOURED_MODEL = re.compile(
    r"\b(?:(?i:" + COLOURS + r"|blk|wht|gry|slv|tan|beige)\s+(?P<model>" + MODELS + r")"
    r"|(?P<make>Dodge|Chevy|Chevrolet|Ford|GMC|Toyota|Honda|Nissan|Hyundai|Kia|Mazda|Buick|"
    r"Pontiac|Chrysler|Jeep|Subaru|VW|Volkswagen|Mercedes|BMW|Audi|Lexus|Acura|Volvo|Mitsubishi)"
    r"\s+(?P<made>[A-Z][\w-]+)"
    # "une Kia grise", "une Civic noire": French puts the colour after the car
    r"|(?P<after>" + MODELS + r")\s+(?:noire?|blanche?|grise?|rouge|bleue?|verte?|argent)s?"
    # "a seized Acura", "the stolen Durango", "dans un Buick", « de la Tercel »: a car after
    # an article, a possessive or what was done to it
    r"|(?<![\w-])(?i:an?|the|his|her|their|my|our|stolen|seized|towed|impounded|parked|rented|"
    r"abandoned|une?|sa|son|leur|la|le)\s+(?P<kept>" + MODELS + r"))\b"
)
