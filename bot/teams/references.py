"""Conversation references: storing them when Teams tells us, finding them to post.

Channel messages arrive in a thread (``19:…@thread.tacv2;messageid=…``); the
reference is kept for the channel itself, which is what table files name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from models import Agency, HubTable
from models.conversation_ref import ConversationRef
from models.db import new_session

PLATFORM = "teams"


def base_conversation_id(conversation_id: str) -> str:
    """The channel id of a channel thread; other ids unchanged."""
    return conversation_id.split(";messageid=", 1)[0]


def reference_from_activity(activity: dict[str, Any], now: datetime) -> ConversationRef:
    """A reference from an incoming activity's wire JSON."""
    conversation = activity.get("conversation") or {}
    channel_data = activity.get("channelData") or {}
    kind = str(conversation.get("conversationType") or "personal")
    sender = activity.get("from") or {}
    tenant = conversation.get("tenantId") or (channel_data.get("tenant") or {}).get("id")
    personal = kind == "personal"
    return ConversationRef(
        conversation_id=base_conversation_id(str(conversation.get("id", ""))),
        kind=kind,
        service_url=str(activity.get("serviceUrl", "")).rstrip("/"),
        tenant_id=tenant,
        team_id=(channel_data.get("team") or {}).get("id"),
        channel_id=(channel_data.get("channel") or {}).get("id"),
        bot_id=str((activity.get("recipient") or {}).get("id", "")),
        user_id=sender.get("id") if personal else None,
        user_aad_id=sender.get("aadObjectId") if personal else None,
        active=True,
        raw={"conversation": conversation, "channelData": channel_data,
             "bot": activity.get("recipient"), "serviceUrl": activity.get("serviceUrl")},
        updated_at=now,
    )


def save(engine: Engine, ref: ConversationRef) -> None:
    """Insert or refresh a reference (it becomes active again if it was not).

    Two threads may see a new conversation at once; the loser of the insert race
    refreshes the row the winner wrote.
    """
    try:
        _save(engine, ref)
    except IntegrityError:
        _save(engine, ref)


def _save(engine: Engine, ref: ConversationRef) -> None:
    with new_session(engine) as session:
        row = session.get(ConversationRef, ref.conversation_id)
        if row is None:
            session.add(ConversationRef.model_validate(ref.model_dump()))
        else:
            for name in ("kind", "service_url", "tenant_id", "team_id", "channel_id",
                         "bot_id", "raw", "updated_at"):
                setattr(row, name, getattr(ref, name))
            row.user_id = ref.user_id or row.user_id
            row.user_aad_id = ref.user_aad_id or row.user_aad_id
            row.active = True
        session.commit()


def deactivate(engine: Engine, conversation_id: str, *, team_id: str | None = None) -> int:
    """The app was removed: its references stop being used (kept for the record)."""
    conversation_id = base_conversation_id(conversation_id)
    with new_session(engine) as session:
        match = col(ConversationRef.conversation_id) == conversation_id
        if team_id:  # the app was removed from a whole team: all its channels
            match = match | (col(ConversationRef.team_id) == team_id)
        query = select(ConversationRef).where(match)
        rows = list(session.exec(query))
        for row in rows:
            row.active = False
        session.commit()
    return len(rows)


def find(session: Session, conversation_id: str) -> ConversationRef | None:
    return session.get(ConversationRef, base_conversation_id(conversation_id))


def personal_for(session: Session, user_id: str) -> ConversationRef | None:
    """The personal chat with a user, by AAD object id or Teams (29:) id."""
    query = select(ConversationRef).where(
        col(ConversationRef.kind) == "personal", col(ConversationRef.active),
        (col(ConversationRef.user_aad_id) == user_id) | (col(ConversationRef.user_id) == user_id),
    ).order_by(col(ConversationRef.updated_at).desc())
    return session.exec(query).first()


def any_in_tenant(session: Session, tenant_id: str | None) -> ConversationRef | None:
    """Any active reference, preferably of ``tenant_id``: its service URL reaches it."""
    query = select(ConversationRef).where(col(ConversationRef.active))
    if tenant_id:
        query = query.where(col(ConversationRef.tenant_id) == tenant_id)
    return session.exec(query.order_by(col(ConversationRef.updated_at).desc())).first()


def table_code_for(engine: Engine, conversation_id: str) -> str | None:
    """The table whose channel (or one of whose agencies' targets) is this conversation.

    A person on several tables is then answered about the table of the channel they
    typed in; in a personal chat the core picks their table.
    """
    address = base_conversation_id(conversation_id)
    with new_session(engine) as session:
        for table in session.exec(select(HubTable)):
            if any(_is(t, address) for t in table.channels):
                return table.code
        for agency in session.exec(select(Agency).where(col(Agency.active))):
            if any(_is(t, address) for t in agency.targets):
                owner = session.get(HubTable, agency.table_id)
                return owner.code if owner else None
    return None


def _is(target: dict[str, str], address: str) -> bool:
    return target.get("platform") == PLATFORM and target.get("address") == address
