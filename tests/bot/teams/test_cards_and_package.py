"""Cards and dialogs validate as Adaptive Card 1.5; the app package is uploadable."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from bot.teams.cards import message_card
from bot.teams.cli import teams_cli
from bot.teams.dialogs import form_card
from bot.teams.package import PackageInfo, build_package, manifest
from commands.messages import (
    Action,
    Fact,
    FieldKind,
    Form,
    FormField,
    FormProblem,
    Message,
    Option,
    OptionGroup,
    Section,
    Style,
)
from tests.bot.teams.card_schema import validate
from tests.bot.teams.conftest import Harness
from tests.bot.teams.helpers import dialog_card, inputs, raise_via_dialog
from tests.factories import UNSAFE_TEXT

MESSAGE = Message(summary="s", title="PA-2026-001 accepted", context="Regina time", sections=(
    Section(heading="Lead", text="Mental health", facts=(Fact("Due", "Thu 10:00"),),
            items=("one", "two"),
            actions=(Action("Accept", "accept PA-2026-001", Style.PRIMARY),
                     Action("Reject", "reject PA-2026-001", Style.DANGER))),))
FORM = Form("raise", "Raise", (
    FormField("type", "Type", FieldKind.SELECT, (Option("a", "A"),)),
    FormField("risks", "Risks", FieldKind.MULTISELECT,
              groups=(OptionGroup("G", (Option("g.x", "X"),)),)),
    FormField("text", "Text", FieldKind.TEXTAREA, max_length=600),
    FormField("confirm", "Filter 1", FieldKind.CONFIRM, (Option("yes", "Screened"),)),
), intro="No names.")


def test_message_and_form_cards_are_valid_1_5() -> None:
    assert validate(message_card(MESSAGE)) == []
    assert validate(message_card(Message(summary="just text"))) == []
    assert validate(form_card(FORM)) == []
    card = form_card(FORM, {"text": "x", "risks": ["g.x"]},
                     [FormProblem("text", "bad"), FormProblem("other", "top")],
                     headline="Nothing was saved")
    assert validate(card) == []


def test_dialogs_from_the_endpoint_are_valid(teams: Harness) -> None:
    raise_card = dialog_card(teams.fetch("officer", "raise"))
    assert validate(raise_card) == []
    refused = dialog_card(raise_via_dialog(teams, "officer", UNSAFE_TEXT))
    assert validate(refused) == []
    teams.say("officer", "help", conversation="a:o", kind="personal")
    sent: dict[str, Any] = teams.fake.sent("a:o")[-1].body
    assert validate(sent["attachments"][0]["content"]) == []


def test_risk_factors_are_a_typeahead_list_titled_by_category(teams: Harness) -> None:
    card = dialog_card(teams.fetch("officer", "raise"))
    risks = inputs(card)["risks"]
    assert risks["style"] == "filtered" and risks["isMultiSelect"] is True
    assert risks["placeholder"]
    titles = [c["title"] for c in risks["choices"]]
    assert titles and all(" – " in t for t in titles)
    assert validate(card) == []
    assert validate(form_card(FORM)) == []  # a short grouped list too
    assert inputs(form_card(FORM))["risks"]["style"] == "filtered"


def _png_size(data: bytes) -> tuple[int, int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    width, height, _depth, color = struct.unpack(">IIBB", data[16:26])
    assert zlib.crc32(data[12:16 + length]) & 0xFFFFFFFF == struct.unpack(
        ">I", data[16 + length:20 + length])[0]
    return width, height, color


def test_package_has_manifest_commands_scopes_and_valid_icons(tmp_path: Path) -> None:
    path = build_package(PackageInfo(bot_id="11111111-2222-3333-4444-555555555555"),
                         tmp_path / "app.zip")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        data = json.loads(archive.read("manifest.json"))
        assert _png_size(archive.read("color.png")) == (192, 192, 6)
        assert _png_size(archive.read("outline.png")) == (32, 32, 6)
    bot = data["bots"][0]
    assert bot["botId"] == "11111111-2222-3333-4444-555555555555"
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    commands = bot["commandLists"][0]["commands"]
    assert 0 < len(commands) <= 10
    assert {c["title"] for c in commands} >= {"help", "raise", "accept", "close"}
    assert all(len(c["title"]) <= 32 and len(c["description"]) <= 128 for c in commands)
    assert data["manifestVersion"] == "1.19" and len(data["name"]["short"]) <= 30
    assert len(data["description"]["short"]) <= 80


def test_outline_icon_is_white_on_transparent() -> None:
    from bot.teams.package import outline_icon

    raw = zlib.decompress(outline_icon()[8 + 25 + 8:-12])
    pixels = {raw[i:i + 4] for row in range(32) for i in
              range(row * 129 + 1, row * 129 + 129, 4)}
    assert pixels == {b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"}


def test_cli_writes_the_package(tmp_path: Path) -> None:
    out = tmp_path / "hubbot.zip"
    result = CliRunner().invoke(teams_cli, ["package", "--bot-id", "abc", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out)
    assert manifest(PackageInfo(bot_id="abc"))["id"] == "abc"
