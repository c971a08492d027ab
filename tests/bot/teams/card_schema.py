"""A strict check of the Adaptive Card 1.5 subset hubbot emits.

The published JSON schema is not reachable offline, so this encodes its rules for
the elements we use: known types only, known properties only, enum values, required
properties, unique input ids, ``version`` 1.5.
"""

from __future__ import annotations

from typing import Any

COMMON = {"type", "id", "spacing", "separator", "isVisible", "height", "fallback",
          "requires"}
INPUT = COMMON | {"label", "isRequired", "errorMessage"}
ELEMENTS: dict[str, tuple[set[str], set[str]]] = {  # type: (allowed, required)
    "TextBlock": (COMMON | {"text", "size", "weight", "color", "isSubtle", "wrap",
                            "maxLines", "horizontalAlignment", "fontType", "style"}, {"text"}),
    "Container": (COMMON | {"items", "style", "bleed", "minHeight", "selectAction",
                            "verticalContentAlignment", "rtl"}, {"items"}),
    "FactSet": (COMMON | {"facts"}, {"facts"}),
    "ActionSet": (COMMON | {"actions"}, {"actions"}),
    "Input.Text": (INPUT | {"value", "maxLength", "isMultiline", "placeholder", "style",
                            "regex", "inlineAction"}, {"id"}),
    "Input.ChoiceSet": (INPUT | {"value", "choices", "style", "isMultiSelect", "placeholder",
                                 "wrap"}, {"id", "choices"}),
    "Input.Toggle": (INPUT | {"value", "title", "valueOn", "valueOff", "wrap"},
                     {"id", "title"}),
}
ACTIONS = {"Action.Submit": {"type", "title", "style", "data", "id", "iconUrl",
                             "associatedInputs", "isEnabled", "mode", "tooltip"}}
ENUMS = {
    "size": {"Small", "Default", "Medium", "Large", "ExtraLarge"},
    "weight": {"Lighter", "Default", "Bolder"},
    "color": {"Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention"},
    "spacing": {"None", "Small", "Default", "Medium", "Large", "ExtraLarge", "Padding"},
}
ACTION_STYLES = {"default", "positive", "destructive"}
CHOICE_STYLES = {"compact", "expanded", "filtered"}


def validate(card: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if card.get("type") != "AdaptiveCard" or card.get("version") != "1.5":
        problems.append("not an AdaptiveCard 1.5")
    if card.get("$schema") != "http://adaptivecards.io/schemas/adaptive-card.json":
        problems.append("missing $schema")
    extra = set(card) - {"$schema", "type", "version", "body", "actions", "fallbackText",
                         "speak", "lang", "msteams"}
    if extra:
        problems.append(f"card: unknown {sorted(extra)}")
    ids: list[str] = []
    for element in card.get("body", []):
        _element(element, problems, ids)
    for action in card.get("actions", []):
        _action(action, problems)
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate input ids {ids}")
    return problems


def _element(e: dict[str, Any], problems: list[str], ids: list[str]) -> None:
    kind = e.get("type", "")
    if kind not in ELEMENTS:
        problems.append(f"unknown element {kind!r}")
        return
    allowed, required = ELEMENTS[kind]
    if set(e) - allowed:
        problems.append(f"{kind}: unknown {sorted(set(e) - allowed)}")
    if required - set(e):
        problems.append(f"{kind}: missing {sorted(required - set(e))}")
    for key, values in ENUMS.items():
        if key in e and kind != "Container" and e[key] not in values:
            problems.append(f"{kind}.{key} = {e[key]!r}")
    if kind.startswith("Input."):
        ids.append(e["id"])
    if kind == "Input.ChoiceSet":
        if e.get("style", "compact") not in CHOICE_STYLES:
            problems.append("ChoiceSet style")
        for c in e["choices"]:
            if set(c) != {"title", "value"} or not all(isinstance(v, str) for v in c.values()):
                problems.append(f"bad choice {c}")
    if kind == "Input.Text" and "maxLength" in e and not isinstance(e["maxLength"], int):
        problems.append("maxLength not an integer")
    if kind == "FactSet":
        for f in e["facts"]:
            if set(f) != {"title", "value"}:
                problems.append(f"bad fact {f}")
    for child in e.get("items", []):
        _element(child, problems, ids)
    for action in e.get("actions", []):
        _action(action, problems)


def _action(a: dict[str, Any], problems: list[str]) -> None:
    kind = a.get("type", "")
    if kind not in ACTIONS:
        problems.append(f"unknown action {kind!r}")
        return
    if set(a) - ACTIONS[kind]:
        problems.append(f"{kind}: unknown {sorted(set(a) - ACTIONS[kind])}")
    if "title" not in a:
        problems.append(f"{kind}: no title")
    if a.get("style", "default") not in ACTION_STYLES:
        problems.append(f"{kind}: style {a.get('style')!r}")
