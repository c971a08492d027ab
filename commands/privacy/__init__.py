"""The privacy guard (SPEC §7): nothing identifying is stored or posted by the bot."""

from __future__ import annotations

from commands.privacy.findings import Finding, Kind
from commands.privacy.guard import check, scan, suggest_rewrite, warm_up
from commands.privacy.policy import PrivacyPolicy

__all__ = ["Finding", "Kind", "PrivacyPolicy", "check", "scan", "suggest_rewrite", "warm_up"]
