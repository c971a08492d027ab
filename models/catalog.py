"""The default closed lists, shipped as ``models/data/catalog.toml``."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from models.types import CatalogKind

_SIMPLE_KEYS = {
    CatalogKind.SUBJECT_TYPE: "subject_types",
    CatalogKind.AGE_GROUP: "age_groups",
    CatalogKind.GENDER: "genders",
    CatalogKind.PROTECTIVE_FACTOR: "protective_factors",
    CatalogKind.CONCLUSION: "conclusions",
    CatalogKind.REJECTION_REASON: "rejection_reasons",
}


@dataclass(frozen=True)
class CatalogItem:
    kind: CatalogKind
    code: str
    label: str
    category: str | None = None


def parse_catalog(data: Mapping[str, Any]) -> list[CatalogItem]:
    """Read catalog lists in the shipped file's shape; missing lists are skipped.

    Risk factors are keyed ``"category_code|Category label"`` and get the full code
    ``category_code.factor_code`` and category ``Category label``.
    """
    items: list[CatalogItem] = []
    for kind, key in _SIMPLE_KEYS.items():
        for code, label in data.get(key, ()):
            items.append(CatalogItem(kind, str(code), str(label)))
    for cat_key, factors in data.get("risk_factors", {}).items():
        cat_code, _, cat_label = str(cat_key).partition("|")
        for code, label in factors:
            items.append(
                CatalogItem(CatalogKind.RISK_FACTOR, f"{cat_code}.{code}", str(label),
                            cat_label or cat_code)
            )
    return items


@cache
def _default_text() -> str:
    return resources.files("models").joinpath("data/catalog.toml").read_text("utf-8")


def default_catalog_data() -> dict[str, Any]:
    return tomllib.loads(_default_text())


def catalog_kinds_in(data: Mapping[str, Any]) -> set[CatalogKind]:
    """Which lists a table's ``[catalogs]`` section replaces."""
    kinds = {kind for kind, key in _SIMPLE_KEYS.items() if key in data}
    if "risk_factors" in data:
        kinds.add(CatalogKind.RISK_FACTOR)
    return kinds
