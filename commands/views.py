"""Neutral renderings of situations shared by replies, posts and the agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from commands.messages import Fact, Section
from commands.timefmt import fmt_datetime
from models import Agency, Assignment, Situation
from models.queries import agencies_of, catalog_labels
from models.types import CatalogKind


@dataclass
class Lookups:
    """Labels and agencies of a table, loaded once per request (no N+1)."""

    labels: dict[tuple[str, str], str]
    agencies: dict[int, Agency]

    def label(self, kind: CatalogKind, code: str | None) -> str:
        if code is None:
            return "—"
        return self.labels.get((kind, code), code)

    def agency_name(self, agency_id: int | None) -> str:
        if agency_id is None or agency_id not in self.agencies:
            return "—"
        return self.agencies[agency_id].name

    def risk_lines(self, codes: list[str]) -> list[str]:
        """``Category – factor`` as the RTD writes them."""
        out = []
        for code in codes:
            category = code.split(".", 1)[0]
            factor = self.labels.get((CatalogKind.RISK_FACTOR, code), code)
            cat_label = self.labels.get(("risk_category", category), category)
            out.append(f"{cat_label} – {factor}")
        return out


def load_lookups(session: Session, table_id: int) -> Lookups:
    return Lookups(labels=catalog_labels(session, table_id),
                   agencies=agencies_of(session, table_id))


def profile(s: Situation, lk: Lookups) -> str:
    """``Individual, 16–17, female``: the one-line de-identified profile."""
    parts = [lk.label(CatalogKind.SUBJECT_TYPE, s.subject_type)]
    if s.age_group != "n/a":
        parts.append(lk.label(CatalogKind.AGE_GROUP, s.age_group))
    if s.gender != "n/a":
        parts.append(lk.label(CatalogKind.GENDER, s.gender).lower())
    return ", ".join(parts)


def assignment_text(assignments: list[Assignment], lk: Lookups) -> tuple[str, str]:
    lead = [lk.agency_name(a.agency_id) for a in assignments if a.role == "lead"]
    assisting = [lk.agency_name(a.agency_id) for a in assignments if a.role == "assisting"]
    return (", ".join(lead) or "—", ", ".join(assisting) or "none")


def situation_facts(
    s: Situation, lk: Lookups, tz: ZoneInfo, assignments: list[Assignment] | None = None
) -> tuple[Fact, ...]:
    facts = [
        Fact("Status", s.status),
        Fact("Profile", profile(s, lk)),
        Fact("Raised by", f"{lk.agency_name(s.originating_agency_id)}, "
                          f"{fmt_datetime(s.raised_at, tz)}"),
    ]
    if assignments:
        lead, assisting = assignment_text(assignments, lk)
        facts += [Fact("Lead agency", lead), Fact("Assisting", assisting)]
    if s.deadline_at is not None and s.intervened_at is None and s.status == "accepted":
        facts.append(Fact("Intervention due", fmt_datetime(s.deadline_at, tz)))
    if s.intervened_at is not None:
        facts.append(Fact("Intervened", fmt_datetime(s.intervened_at, tz)))
    if s.conclusion:
        facts.append(Fact("Conclusion", lk.label(CatalogKind.CONCLUSION, s.conclusion)))
    if s.rejection_reason:
        facts.append(Fact("Reason", lk.label(CatalogKind.REJECTION_REASON, s.rejection_reason)))
    if s.protective_factors:
        facts.append(Fact("Protective factors", ", ".join(
            lk.label(CatalogKind.PROTECTIVE_FACTOR, p) for p in s.protective_factors)))
    return tuple(facts)


def summary_section(
    s: Situation, lk: Lookups, tz: ZoneInfo, assignments: list[Assignment] | None = None,
    *, with_text: bool = True,
) -> Section:
    return Section(
        heading=s.ref,
        text=s.description if with_text and s.description else None,
        facts=situation_facts(s, lk, tz, assignments),
        items=tuple(lk.risk_lines(s.risk_factors)),
        key=s.ref,
    )


def days_text(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def days_open(s: Situation, now: datetime) -> int:
    start = s.accepted_at or s.raised_at
    return max(0, (now - start).days)
