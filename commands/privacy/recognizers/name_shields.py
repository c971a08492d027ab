"""Shield the words of places and organisations before names are read: "Carlton Park
School", "Clare's Law", "Kids Help Phone", "Royal has 2 acute beds". Each shield marks its
tokens protected; the order matters where one shield reads what another has marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.privacy.recognizers.name_institutions import (
    protect_apposed_organisations,
    protect_attended,
    protect_contrasted,
    protect_determined_phrases,
    protect_eponymous_laws,
    protect_institutions,
    protect_spelled_acronyms,
)
from commands.privacy.recognizers.name_place_lists import protect_agency_lists, protect_place_lists
from commands.privacy.recognizers.name_places import (
    protect_clergy_schools,
    protect_facilities_by_use,
    protect_intersections,
    protect_towns_with_province,
)

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def shield_places_and_organisations(toks: list[Tok], text: str) -> None:
    protect_institutions(toks, text)
    protect_attended(toks, text)
    protect_eponymous_laws(toks, text)
    protect_contrasted(toks, text)
    protect_spelled_acronyms(toks, text)
    protect_determined_phrases(toks, text)
    protect_apposed_organisations(toks, text)
    protect_place_lists(toks, text)
    protect_agency_lists(toks, text)
    protect_intersections(toks, text)
    protect_clergy_schools(toks)
    protect_towns_with_province(toks, text)
    protect_facilities_by_use(toks, text)
