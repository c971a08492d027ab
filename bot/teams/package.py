"""The Teams app package: ``manifest.json`` and two icons in a zip, ready to upload.

The icons are drawn here (plain PNG via zlib) so the package needs no asset files:
a 192×192 colour icon and a 32×32 outline icon, white on transparent, as the Teams
store requires.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commands.registry import all_commands

MANIFEST_SCHEMA = ("https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/"
                   "MicrosoftTeams.schema.json")
MANIFEST_VERSION = "1.19"
MENU_COMMANDS = ("help", "raise", "agenda", "list", "show", "accept", "reject", "close",
                 "update", "intervened")  # Teams shows at most 10 per scope
SCOPES = ("personal", "team", "groupChat")
BRAND = (0x1F, 0x5F, 0x8B)


@dataclass(frozen=True)
class PackageInfo:
    """What the manifest says about the app; the bot id is the app registration's."""

    bot_id: str
    version: str = "1.0.0"
    developer: str = "hubbot"
    website: str = "https://example.org/hubbot"
    privacy_url: str = "https://example.org/hubbot/privacy"
    terms_url: str = "https://example.org/hubbot/terms"
    app_id: str | None = None  # the Teams app id; the bot id when not given


def png(width: int, height: int, pixel: Any) -> bytes:
    """An RGBA PNG whose pixels come from ``pixel(x, y) -> (r, g, b, a)``."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def _mark(x: float, y: float) -> bool:
    """A round table seen from above: a ring with four seats."""
    r = ((x - 0.5) ** 2 + (y - 0.5) ** 2) ** 0.5
    seat = any(((x - sx) ** 2 + (y - sy) ** 2) ** 0.5 < 0.08
               for sx, sy in ((0.5, 0.12), (0.5, 0.88), (0.12, 0.5), (0.88, 0.5)))
    return 0.2 < r < 0.3 or seat


def color_icon() -> bytes:
    def pixel(x: int, y: int) -> tuple[int, int, int, int]:
        return (255, 255, 255, 255) if _mark(x / 191, y / 191) else (*BRAND, 255)

    return png(192, 192, pixel)


def outline_icon() -> bytes:
    def pixel(x: int, y: int) -> tuple[int, int, int, int]:
        return (255, 255, 255, 255) if _mark(x / 31, y / 31) else (0, 0, 0, 0)

    return png(32, 32, pixel)


def manifest(info: PackageInfo) -> dict[str, Any]:
    specs = all_commands()
    commands = [{"title": name, "description": specs[name].summary[:128]}
                for name in MENU_COMMANDS if name in specs]
    return {
        "$schema": MANIFEST_SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": info.version,
        "id": info.app_id or info.bot_id,
        "developer": {"name": info.developer, "websiteUrl": info.website,
                      "privacyUrl": info.privacy_url, "termsOfUseUrl": info.terms_url},
        "name": {"short": "hubbot", "full": "hubbot for situation tables"},
        "description": {
            "short": "Raise, assign and follow up situations of your Hub table.",
            "full": ("hubbot helps a situation table (Hub / Community Safety table) raise "
                     "de-identified situations, notify the lead and assisting agencies, "
                     "remind them before deadlines and post the agenda before each "
                     "meeting. It never stores names, addresses or contact details."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*BRAND),
        "bots": [{
            "botId": info.bot_id, "scopes": list(SCOPES), "isNotificationOnly": False,
            "supportsFiles": False,
            "commandLists": [{"scopes": list(SCOPES), "commands": commands}],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
    }


def build_package(info: PackageInfo, target: Path) -> Path:
    """Write the zip (manifest and icons at its root, as Teams expects)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest(info), indent=2))
        archive.writestr("color.png", color_icon())
        archive.writestr("outline.png", outline_icon())
    target.write_bytes(buffer.getvalue())
    return target
