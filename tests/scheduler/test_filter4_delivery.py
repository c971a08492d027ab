"""Filter-4 posts depend on their private space: they wait for it while it is being
created, and fail visibly (admins told, retry possible) when it cannot be."""

from __future__ import annotations

from commands.errors import DeliveryError
from models.db import new_session
from scheduler.outbox import requeue
from tests.factories import RecordingSender, World, world

__all__ = ["world"]


def _space_fails(delivery):  # type: ignore[no-untyped-def]
    if delivery.target_kind == "filter4_open":
        return DeliveryError("channel name taken and not creatable", retryable=False)
    return None


def test_posts_to_a_space_that_could_not_be_created_fail_and_can_be_retried(
        world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    world.reply("nurse", f"update {ref} Counsellor assigned; first appointment booked.")
    broken = RecordingSender(fail_when=_space_fails)
    world.deliver(shell=broken)
    failed = world.outbox("failed")
    kinds = sorted(r.target_kind for r in failed)
    assert kinds == ["filter4", "filter4_open"]
    update_row = next(r for r in failed if r.target_kind == "filter4")
    assert "private space was never created" in (update_row.last_error or "")
    # The admin is told about both, once each.
    world.deliver(shell=broken)
    admin_dms = [d for d in broken.deliveries if d.address == "admin"]
    assert len(admin_dms) == 2
    assert all("hubbot outbox retry" in d.message.summary for d in admin_dms)
    # Once the cause is fixed, a retry creates the space first, then posts into it.
    with new_session(world.engine) as session:
        assert requeue(session, world.clock.now()) == 2
        session.commit()
    fixed = RecordingSender()
    world.deliver(shell=fixed)
    order = [d.target_kind for d in fixed.deliveries]
    assert order == ["filter4_open", "filter4"]
    assert fixed.deliveries[1].previous == "m1"
    assert "Counsellor assigned" in fixed.deliveries[1].message.sections[0].text


def test_posts_wait_while_the_space_is_still_being_created(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    world.reply("nurse", f"update {ref} Counsellor assigned; first appointment booked.")
    slow = RecordingSender(fail_when=lambda d: DeliveryError("slack is down")
                           if d.target_kind == "filter4_open" else None)
    report = world.deliver(shell=slow)
    pending = {r.target_kind: r for r in world.outbox("pending")}
    assert {"filter4_open", "filter4"} <= set(pending)
    assert pending["filter4"].attempts == 0  # waiting is not a failed attempt
    assert report.next_at is not None and report.next_at > world.clock.now()
