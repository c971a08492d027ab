"""Unit tests of the privacy guard: each kind, tricky negatives, policy, messages."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.errors import PrivacyViolation
from commands.privacy import Finding, Kind, PrivacyPolicy, check, scan, suggest_rewrite, warm_up
from commands.privacy.recognizers.numbers import luhn_ok


def kinds(text: str, policy: PrivacyPolicy | None = None) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in scan(text, policy=policy)]


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("her son Tyler was picked up", "name", "Tyler"),
        ("Mme Tremblay a appelé", "name", "Mme Tremblay"),
        ("youth goes by Jay on the street", "name", "Jay"),
        ('uncle aka "Smokey"', "name", "Smokey"),
        ("son fils Jean-Philippe ne va plus à l'école", "name", "Jean-Philippe"),
        ("her son tyler is 15", "name", "tyler"),
        ("Kwabena Mensah was at the shelter", "name", "Kwabena Mensah"),
        ("Aiyana Starblanket, 16, missing", "name", "Aiyana Starblanket"),
        ("Tyler's mom called CFS", "name", "Tyler"),
        ("the Tootoosis family moved", "name", "Tootoosis"),
        ("call 306-555-0199 after 5", "phone", "306-555-0199"),
        ("cell (639) 555-0147", "phone", "(639) 555-0147"),
        ("+1 705 555 0119 ext 22", "phone", "+1 705 555 0119 ext 22"),
        ("best # 306.555.0123", "phone", "306.555.0123"),
        ("mom@example.org", "email", "mom@example.org"),
        ("lives at 123 Main St, Apt 4", "address", "123 Main St, Apt 4"),
        ("au 4452, rue Adam, app. 6", "address", "4452, rue Adam, app. 6"),
        ("family at RR 3 near Nipawin", "address", "RR 3"),
        ("corner of Elm and 22nd St", "address", "corner of Elm and 22nd St"),
        ("postal code S7K 3J5", "postal_code", "S7K 3J5"),
        ("postal code s7k3j5", "postal_code", "s7k3j5"),
        ("Minot, ND 58701", "postal_code", "ND 58701"),
        ("DOB 2009-04-12", "date_of_birth", "DOB 2009-04-12"),
        ("née le 12 avril 2009", "date_of_birth", "née le 12 avril 2009"),
        ("Tyler (2009-04-12)", "date_of_birth", "2009-04-12"),
        ("HSN 735 291 448", "health_number", "735 291 448"),
        ("OHIP 4532-281-946-KT", "health_number", "4532-281-946-KT"),
        ("RAMQ GAGM 8106 2212", "health_number", "GAGM 8106 2212"),
        ("SIN 527 134 605", "sin", "527 134 605"),
        ("SK plate 834 KLM", "licence", "834 KLM"),
        ("driver's licence A1234-56789-01234", "licence", "A1234-56789-01234"),
        ("IG @jaydaa.x0", "social_handle", "@jaydaa.x0"),
        ("facebook.com/some.profile.71", "social_handle", "facebook.com/some.profile.71"),
        ("RCMP file 2026-1184532", "case_number", "2026-1184532"),
        ("occurrence 26-12345", "case_number", "26-12345"),
    ],
)
def test_detects(text: str, kind: str, span: str) -> None:
    assert (kind, span) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "17 y/o F, hx of self-harm, staying w/ friends in Riversdale.",
        "Meeting of Nov 24: AER met. Lead PAPS, assisting SHA and CFS.",
        "Seen 2026-11-03 by RCMP at 23:40.",
        "Mom in her 40s, 3 kids (ages 2, 6 and 11).",
        "Will bring back next Tuesday; May need a referral to Mobile Crisis.",
        "Grace period on rent ends Friday.",
        "Mark this one overdue.",
        "Hope to close by the Jan 12 meeting.",
        "Family relocated from Prince Albert to Saskatoon.",
        "PA-2026-014 returning: risk lowered.",
        "Location: 200 block of 20th St W.",
        "John Howard Society and Elizabeth Fry Society offered support.",
        "Youth called 911 at 02:15, then 988.",
        "Réunion du 24 novembre : risque élevé confirmé, CISSS en tête.",
        "Vu le 2026-11-03 par le SPVM à 23 h 40.",
        "Carlton Park School reported 12 absences.",
        "Rental arrears of $1,450; eviction hearing Dec 3 at 9:30.",
    ],
)
def test_clean_text_passes(text: str) -> None:
    assert scan(text) == []


def test_findings_sorted_and_non_overlapping() -> None:
    text = "Her son Tyler (DOB 2009-04-12) lives at 123 Main St, S7K 3J5; 306-555-0199."
    findings = scan(text, field="description")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for a, b in pairwise(findings):
        assert a.end <= b.start
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.field == "description"


def test_describe_names_kind_span_and_advice() -> None:
    finding = Finding(Kind.PHONE, "description", 11, 23, "306-555-0199", None)
    assert finding.describe() == (
        'description, characters 12–23: a phone number ("306-555-0199"). Remove it.'
    )
    named = Finding(Kind.NAME, "description", 0, 5, "Tyler", "the youth")
    assert named.describe().endswith('Write "the youth" instead.')
    assert all(k.label for k in Kind)


def test_suggestions_and_rewrite() -> None:
    text = "Tyler was seen at 123 Main St. DOB 2009-04-12."
    findings = scan(text)
    rewrite = suggest_rewrite(text, findings)
    assert "Tyler" not in rewrite and "123 Main" not in rewrite and "2009" not in rewrite
    assert scan(rewrite) == []
    assert "age " in rewrite


def test_check_raises_privacy_violation() -> None:
    with pytest.raises(PrivacyViolation) as err:
        check({"description": "16 y/o, call 306-555-0199", "note": "no concerns"})
    assert [f.field for f in err.value.findings] == ["description"]
    assert "306-555-0199" in err.value.user_text()
    check({"description": "16 y/o F, DV in the home, CFS involved"})


def test_allow_list_and_deny_list() -> None:
    policy = PrivacyPolicy.from_config(
        {"privacy": {"allow": ["Gagnon Hall", "Tyler"], "deny": [r"\bcase\s*#?\d+"]}}
    )
    assert kinds("Meeting moved to Gagnon Hall.", policy) == []
    assert kinds("her son Tyler", policy) == []
    assert ("denied", "case #12") in kinds("see case #12 notes", policy)
    assert kinds("see case #12 notes") == []


def test_policy_validation() -> None:
    assert PrivacyPolicy.from_config({}) == PrivacyPolicy()
    with pytest.raises(ValueError, match="not a valid regular expression"):
        PrivacyPolicy.from_config({"privacy": {"deny": ["(unclosed"]}})
    with pytest.raises(ValueError, match="list of strings"):
        PrivacyPolicy.from_config({"privacy": {"allow": "Riverbend"}})
    with pytest.raises(ValueError, match="unknown keys"):
        PrivacyPolicy.from_config({"privacy": {"alow": []}})


def test_luhn() -> None:
    assert luhn_ok("527134605")
    assert not luhn_ok("527134606")
    assert not luhn_ok("046454286")  # SINs never start with 0


def test_warm_up_is_idempotent() -> None:
    warm_up()
    warm_up()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_and_spans_are_valid(text: str) -> None:
    for f in scan(text, field="f"):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
    suggest_rewrite(text, scan(text))


ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàç0123456789 .,;:-'\"()#@/+\n")
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_near_miss_text_never_crashes(text: str) -> None:
    findings = scan(text)
    for a, b in pairwise(findings):
        assert a.end <= b.start
