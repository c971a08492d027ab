"""Terminal drawing of forms: every choice numbered, numbers map back to codes."""

from __future__ import annotations

from bot.shell.render import answer_values, field_prompt
from commands.messages import FieldKind, FormField, Option, OptionGroup

RISKS = FormField("risks", "Risk factors", FieldKind.MULTISELECT, groups=(
    OptionGroup("Housing", (Option("housing.homeless", "Homeless"),
                            Option("housing.at_risk", "At risk of losing housing"))),
    OptionGroup("Mental health", (Option("mental_health.suspected",
                                         "Suspected mental health problem"),)),
))


def test_grouped_choices_are_numbered_compactly_with_labels_attached() -> None:
    text = "\n".join(field_prompt(RISKS)).replace("\u00a0", " ")
    assert "Housing: 1 Homeless · 2 At risk of losing housing" in text
    assert "Mental health: 3 Suspected mental health problem" in text
    assert "housing.at_risk" in text  # how to type codes is explained
    assert len(field_prompt(RISKS)) <= 6


def test_answers_by_number_or_code_become_codes() -> None:
    assert answer_values(RISKS, "1, mental_health.suspected") == [
        "housing.homeless", "mental_health.suspected"]
    assert answer_values(RISKS, "3") == ["mental_health.suspected"]
    one = FormField("type", "Subject type", FieldKind.SELECT,
                    (Option("individual", "Individual"), Option("family", "Family")))
    assert answer_values(one, "2") == "family"
    assert answer_values(one, "individual") == "individual"
