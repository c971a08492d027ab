"""Forms (raise, accept, reject, close, update) and the checks on their values.

A form and its inline equivalent (``raise type=… age=…``) go through the same
validation, so a value typed by hand and one picked in a modal are held to the same
closed lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from commands.context import Ctx
from commands.errors import BadArguments
from commands.messages import (
    FieldKind,
    Form,
    FormField,
    FormProblem,
    FormValues,
    Option,
    OptionGroup,
)
from models.queries import agencies_of, catalog
from models.types import CatalogKind

TEXT_LIMIT = 1500
YES = frozenset({"yes", "y", "true", "1", "on", "confirmed", "confirm", "oui"})


def _options(ctx: Ctx, kind: CatalogKind) -> tuple[Option, ...]:
    return tuple(Option(e.code, e.label) for e in catalog(ctx.session, ctx.table_id, kind))


def risk_groups(ctx: Ctx) -> tuple[OptionGroup, ...]:
    groups: dict[str, list[Option]] = {}
    for e in catalog(ctx.session, ctx.table_id, CatalogKind.RISK_FACTOR):
        groups.setdefault(e.category or "Other", []).append(Option(e.code, e.label))
    return tuple(OptionGroup(label, tuple(opts)) for label, opts in groups.items())


def agency_options(ctx: Ctx) -> tuple[Option, ...]:
    agencies = sorted(
        (a for a in agencies_of(ctx.session, ctx.table_id).values() if a.active),
        key=lambda a: a.name,
    )
    return tuple(Option(a.code, f"{a.name} ({a.sector})") for a in agencies)


def raise_form(ctx: Ctx) -> Form:
    return Form(
        form_id="raise",
        title="Raise a situation",
        intro="Filter 2: no names, addresses, dates of birth or contact details.",
        submit_label="Raise",
        fields=(
            FormField("type", "Subject type", FieldKind.SELECT,
                      _options(ctx, CatalogKind.SUBJECT_TYPE)),
            FormField("age", "Age group", FieldKind.SELECT, _options(ctx, CatalogKind.AGE_GROUP)),
            FormField("gender", "Gender", FieldKind.SELECT, _options(ctx, CatalogKind.GENDER)),
            FormField("risks", "Risk factors", FieldKind.MULTISELECT, groups=risk_groups(ctx)),
            FormField("protective", "Protective factors", FieldKind.MULTISELECT,
                      _options(ctx, CatalogKind.PROTECTIVE_FACTOR), required=False),
            FormField("text", "De-identified description", FieldKind.TEXTAREA,
                      max_length=TEXT_LIMIT,
                      hint="What is happening and why the risk is acute; no identifying "
                           "details."),
            FormField("confirm", "Filter 1", FieldKind.CONFIRM,
                      (Option("yes", "My agency screened this: it meets the AER threshold "
                                     "and needs more than one agency"),)),
        ),
    )


def accept_form(ctx: Ctx, ref: str) -> Form:
    agencies = agency_options(ctx)
    return Form(
        form_id="accept", subject=ref, title=f"Accept {ref}", submit_label="Accept",
        fields=(
            FormField("lead", "Lead agency", FieldKind.SELECT, agencies),
            FormField("assist", "Assisting agencies", FieldKind.MULTISELECT, agencies,
                      required=False),
        ),
    )


def reject_form(ctx: Ctx, ref: str) -> Form:
    return Form(
        form_id="reject", subject=ref, title=f"Reject {ref}", submit_label="Reject",
        fields=(FormField("reason", "Reason", FieldKind.SELECT,
                          _options(ctx, CatalogKind.REJECTION_REASON)),),
    )


def close_form(ctx: Ctx, ref: str) -> Form:
    return Form(
        form_id="close", subject=ref, title=f"Close {ref}", submit_label="Close",
        fields=(
            FormField("conclusion", "Conclusion", FieldKind.SELECT,
                      _options(ctx, CatalogKind.CONCLUSION)),
            FormField("protective", "Protective factors", FieldKind.MULTISELECT,
                      _options(ctx, CatalogKind.PROTECTIVE_FACTOR), required=False),
        ),
    )


def update_form(ref: str) -> Form:
    return Form(
        form_id="update", subject=ref, title=f"Update {ref}", submit_label="Save",
        fields=(FormField("text", "Status note for the next meeting", FieldKind.TEXTAREA,
                          max_length=TEXT_LIMIT,
                          hint="Only the involved agencies and the chair see it."),),
    )


def options_for(ctx: Ctx, form_id: str, field: str, query: str) -> list[OptionGroup]:
    forms = {
        "raise": lambda: raise_form(ctx),
        "accept": lambda: accept_form(ctx, ""),
        "reject": lambda: reject_form(ctx, ""),
        "close": lambda: close_form(ctx, ""),
    }
    if form_id not in forms:
        raise BadArguments(f"Form `{form_id}` has no options.")
    spec = next((f for f in forms[form_id]().fields if f.name == field), None)
    if spec is None:
        raise BadArguments(f"Form `{form_id}` has no field `{field}`.")
    q = query.strip().lower()
    groups = spec.groups or (OptionGroup(spec.label, spec.options),)
    out = []
    for g in groups:
        hits = tuple(o for o in g.options
                     if not q or q in o.label.lower() or q in o.value.lower()
                     or q in g.label.lower())
        if hits:
            out.append(OptionGroup(g.label, hits))
    return out


class Values:
    """Reads submitted values against a form, collecting problems per field."""

    def __init__(self, values: FormValues) -> None:
        self.values = values
        self.problems: list[FormProblem] = []

    def _raw(self, name: str) -> list[str]:
        v = self.values.get(name)
        if v is None:
            return []
        items = v if isinstance(v, list) else [v]
        return [s.strip() for item in items for s in str(item).split(",") if s.strip()]

    def one(self, f: FormField) -> str | None:
        raw = self._raw(f.name)
        if not raw:
            if f.required:
                self.problems.append(FormProblem(f.name, f"Choose a {f.label.lower()}."))
            return None
        if len(raw) > 1:
            self.problems.append(FormProblem(f.name, f"Choose one {f.label.lower()} only."))
            return None
        checked = self._check(f, raw)
        return checked[0] if checked else None

    def many(self, f: FormField) -> list[str]:
        raw = list(dict.fromkeys(self._raw(f.name)))
        if not raw and f.required:
            self.problems.append(FormProblem(f.name, f"Choose at least one {f.label.lower()}."))
        return self._check(f, raw)

    def _check(self, f: FormField, raw: Sequence[str]) -> list[str]:
        allowed = {o.value.lower(): o.value for o in f.all_options()}
        bad = [r for r in raw if r.lower() not in allowed]
        if bad:
            sample = ", ".join(o.value for o in f.all_options()[:8])
            more = "…" if len(f.all_options()) > 8 else ""
            self.problems.append(FormProblem(
                f.name, f"`{', '.join(bad)}` is not on the list. Choose from: {sample}{more}"
            ))
            return []
        return [allowed[r.lower()] for r in raw]

    def text(self, f: FormField) -> str | None:
        raw = self.values.get(f.name)
        value = " ".join(raw) if isinstance(raw, list) else (raw or "")
        value = value.strip()
        if not value:
            if f.required:
                self.problems.append(FormProblem(f.name, f"Write the {f.label.lower()}."))
            return None
        if f.max_length and len(value) > f.max_length:
            self.problems.append(FormProblem(
                f.name, f"Keep it under {f.max_length} characters (it has {len(value)})."))
            return None
        return value

    def confirmed(self, f: FormField) -> bool:
        raw = [r.lower() for r in self._raw(f.name)]
        if not any(r in YES for r in raw):
            self.problems.append(FormProblem(f.name, "Confirm the filter-1 screening first."))
            return False
        return True


def field(form: Form, name: str) -> FormField:
    return next(f for f in form.fields if f.name == name)
