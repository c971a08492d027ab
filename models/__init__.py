"""SQLModel tables and queries. No chat platform here, and no commits: the caller owns
the transaction."""

from __future__ import annotations

from models.audit import AuditEntry
from models.conversation_ref import ConversationRef
from models.lease import Lease, ProcessedRequest
from models.meeting import Meeting
from models.outbox import OutboxMessage, PostedMessage, TargetPace
from models.reminder import Reminder
from models.situation import Assignment, RefCounter, Situation, TimelineEntry
from models.table import Agency, CatalogEntry, HubTable, Member

__all__ = [
    "Agency",
    "Assignment",
    "AuditEntry",
    "CatalogEntry",
    "ConversationRef",
    "HubTable",
    "Lease",
    "Meeting",
    "Member",
    "OutboxMessage",
    "PostedMessage",
    "ProcessedRequest",
    "RefCounter",
    "Reminder",
    "Situation",
    "TargetPace",
    "TimelineEntry",
]
