"""Given names that are also everyday words, read from their position (name_positions)."""

from __future__ import annotations

import pytest

from commands.privacy import Kind, scan


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Met with Hunter and his mom at the Friendship Centre.", ["Hunter"]),
        ("parents Will and Grace Sanderson want help", ["Will", "Grace Sanderson"]),
        ("Spoke to Faith yesterday about school.", ["Faith"]),
        ("Summer has missed 12 days; referral to Hope Centre pending.", ["Summer"]),
        ("Dakota and her brother were seen at the mall.", ["Dakota"]),
        ("Will and Grace have both missed appointments.", ["Will", "Grace"]),
        ("met with hunter and his mom again", ["hunter"]),
        ("Rencontré Claire et sa mère au CLSC.", ["Claire"]),
        ("Désiré a été vu au parc.", ["Désiré"]),
        ("Prudence et Patience sont jumelles.", ["Prudence", "Patience"]),
    ],
)
def test_word_names_in_person_positions(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.kind is Kind.NAME] == names


@pytest.mark.parametrize(
    "text",
    [
        "Youth attends Grace Christian School; SHA MH&A will f/u.",
        "Mark the date: meeting moved to Thursday.",
        "Rose Street Shelter has no beds this week.",
        "Bill from SaskPower cut service on Monday.",
        "Will attend Tuesday.",
        "Hope is that housing opens up before winter.",
        "Family relies on Hope for Tomorrow hampers.",
        "Mark, Will and Grace are not names here: mark the file, will call, grace period",
        "Prudence est de mise avec le père.",
        "Prudence et patience : le jeune n'est pas prêt à parler.",
        "Mom is working nights at Robin's Donuts.",
        "Victoria Park is where the camp was set up.",
    ],
)
def test_word_names_in_word_positions(text: str) -> None:
    assert scan(text) == []
