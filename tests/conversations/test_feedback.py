"""Rating a visit from the "+points" message; owners see it in /stats."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import FeedbackNotPossible
from models import StaffRole
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program


async def _visit(app: App) -> tuple[Chat, int, Chat, int]:
    customer = Chat(app, "10")
    amina = await customer.join("sw", name="Amina")
    barista = Chat(app, "20")
    brian = await barista.join("en", name="Brian")
    await app.loyalty.staff.appoint(brian, StaffRole.OWNER, by=None)
    code = (await app.loyalty.customers.get(amina)).member_code
    await barista.say(f"/award {code} 1000")
    return customer, amina, barista, brian


async def test_a_customer_rates_a_visit_and_the_owner_sees_it(app: App) -> None:
    customer, amina, barista, _ = await _visit(app)
    (notice,) = await barista.notices(amina)
    (rate,) = notice.buttons[0]
    assert rate.label == "⭐ Tathmini ziara hii"
    await customer.press_data(rate.data)
    assert customer.text == "Ziara yako ilikuwaje?"
    await customer.press("⭐⭐⭐⭐")
    assert customer.labels() == ["Ruka"]
    await customer.say("Kahawa tamu sana, lakini foleni ndefu")
    assert customer.text == "Asante kwa maoni yako!"
    await barista.say("/stats 7")
    assert "Visit ratings: 4 ⭐ on average (1 rating)" in barista.text
    assert "⭐⭐⭐⭐ Comment: “Kahawa tamu sana, lakini foleni ndefu”" in barista.text


async def test_a_visit_is_rated_once_by_its_own_customer_and_soon(
    app: App, clock: ManualClock
) -> None:
    _, amina, barista, _ = await _visit(app)
    (notice,) = await barista.notices(amina)
    entry_id = int(notice.buttons[0][0].data.split(":")[2])
    stranger = await Chat(app, "30").join("en", name="Sam")
    with pytest.raises(FeedbackNotPossible):
        await app.loyalty.feedback.rate(stranger, entry_id, 5)  # not their purchase
    with pytest.raises(FeedbackNotPossible):
        await app.loyalty.feedback.rate(amina, entry_id, 6)
    await app.loyalty.feedback.rate(amina, entry_id, 5)
    with pytest.raises(FeedbackNotPossible):
        await app.loyalty.feedback.rate(amina, entry_id, 1)  # once
    clock.advance(days=8)
    summary = await app.loyalty.feedback.summary(since=clock.now() - timedelta(days=30))
    assert (summary.count, summary.average, summary.latest_comments) == (1, 5.0, ())


async def test_a_forged_rating_button_changes_nothing(app: App) -> None:
    customer, _, _, _ = await _visit(app)
    await customer.press_data("v1:fbr:99999-5")
    assert customer.text.startswith(app.translator("sw", "error-feedback-not-possible"))
    await customer.press_data("v1:fbr:abc")
    assert customer.text.startswith(app.translator("sw", "button-stale"))
    assert (
        await app.loyalty.feedback.summary(since=app.clock.now() - timedelta(days=1))
    ).count == 0


REVIEWS = make_program(feedback={"review_url": "https://g.page/r/baraka-cafe/review"})


@pytest.mark.parametrize("program", [REVIEWS])
async def test_a_happy_customer_is_offered_the_review_page_an_unhappy_one_is_heard(
    app: App,
) -> None:
    customer, amina, barista, brian = await _visit(app)
    (notice,) = await barista.notices(amina)
    await customer.press_data(notice.buttons[0][0].data)
    await customer.press("⭐⭐⭐⭐⭐")
    assert "maoni yako yanawasaidia wengine kutupata: https://g.page/r/baraka-cafe/review" in (
        customer.text
    )
    assert await barista.notices(brian) == []  # a good rating: nothing for the owner

    greek = Chat(app, "11")
    nikos = await greek.join("el", name="Nikos")
    code = (await app.loyalty.customers.get(nikos)).member_code
    await barista.say(f"/award {code} 1000")
    (notice,) = await barista.notices(nikos)
    await greek.press_data(notice.buttons[0][0].data)
    await greek.press("⭐⭐")
    assert "g.page" not in greek.text  # a low rating stays private
    (note,) = await greek.notices(brian)
    assert note.text == app.translator(
        "en", "staff-note-low-rating", name="Nikos", code=code, rating=2
    )
