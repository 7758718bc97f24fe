"""Surveys: the owner asks a segment one question with a few choices; recipients answer
with a button, in their language's chat; the owner reads counts and bars."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.errors import InvalidSurvey, SurveyNotFound
from models import StaffRole
from tests.helpers.chat import Chat
from tests.helpers.outbox import drain_outbox


async def _owner(app: App) -> tuple[Chat, int]:
    owner = Chat(app, "900")
    person = await owner.join("en", name="Wanjiru")
    await app.loyalty.staff.appoint(person, StaffRole.OWNER, by=None)
    return owner, person


async def test_an_owner_asks_a_question_and_reads_the_answers(app: App) -> None:
    owner, owner_id = await _owner(app)
    amina_chat, nikos_chat = Chat(app, "10"), Chat(app, "20")
    amina = await amina_chat.join("sw", name="Amina")
    nikos = await nikos_chat.join("el", name="Nikos")
    await Chat(app, "30").join("en", name="Sam", consent=False)  # not asked: no offers

    await owner.say("/survey all")
    assert owner.text.startswith("📊 A survey for “all”. What is the question?")
    await owner.say("Which reward should we add next?")
    await owner.say("Free pastry")
    assert owner.labels() == ["✖️ Cancel"]  # one choice is not a survey yet
    await owner.say("A very long reward name indeed")
    assert owner.text.startswith("A choice must be a few words, at most 20 characters")
    await owner.say("Juice")
    await owner.say("free PASTRY")
    assert owner.text.startswith("“free PASTRY” is a choice already.")
    await owner.press("That is all the choices")
    assert "1. Free pastry\n2. Juice" in owner.text
    await owner.press("Ask 3 customers")
    assert owner.text.startswith("📨 Survey 1 is on its way to 3 customers.")

    received = await drain_outbox(app)
    (question,) = received[amina]
    assert question.text.startswith("ℹ️ Ujumbe huu umeandikwa kwa Kiingereza.")
    assert [b.label for row in question.buttons for b in row] == ["Free pastry", "Juice"]
    await amina_chat.press_data(question.buttons[1][0].data)
    assert amina_chat.text.startswith("🙏 Asante! Jibu lako: Juice.")
    await amina_chat.press_data(question.buttons[0][0].data)  # a slip, put right
    (nikos_question,) = received[nikos]
    await nikos_chat.press_data(nikos_question.buttons[0][0].data)
    assert nikos_chat.text.startswith("🙏 Ευχαριστούμε! Η απάντησή σας: Free pastry.")

    await owner.say("/survey 1")
    assert owner.text.splitlines() == [
        "📊 Survey 1: Which reward should we add next?",
        "▓▓▓▓▓▓▓▓▓▓ Free pastry: 2 (100%)",
        "░░░░░░░░░░ Juice: 0 (0%)",
        "2 answers from 3 people asked.",
    ]
    await owner.say("/survey")
    assert "#1 Which reward should we add next?: 2 of 3 people asked" in owner.text
    assert owner_id in received  # the owner is a consenting member too


async def test_only_someone_asked_can_answer_and_only_a_real_choice(app: App) -> None:
    amina_chat = Chat(app, "10")
    amina = await amina_chat.join("sw", name="Amina")
    surveys = app.loyalty.surveys
    staff = await app.loyalty.staff.appoint(amina, StaffRole.OWNER, by=None)
    survey = await surveys.create("Tea or coffee?", ["Tea", "Coffee"], "all", "en", actor=staff)
    # Sent to nobody yet: an answer is refused and counts nowhere.
    with pytest.raises(SurveyNotFound):
        await surveys.answer(amina, survey.id, 0)
    await app.loyalty.campaigns.enqueue(survey.campaign_id)
    with pytest.raises(SurveyNotFound):
        await surveys.answer(amina, survey.id, 2)
    await amina_chat.press_data(f"v1:svy:{survey.id}-7")
    assert amina_chat.text.startswith(app.translator("sw", "error-survey-not-found"))
    assert await surveys.answer(amina, survey.id, 1) == "Coffee"
    assert (await surveys.results(survey.id)).counts == (0, 1)
    for question, choices in [
        ("", ["Tea", "Coffee"]),
        ("Tea?", ["Tea"]),
        ("Tea?", ["Tea", "tea"]),
        ("Tea?", ["a", "b", "c", "d", "e", "f"]),
    ]:
        with pytest.raises(InvalidSurvey):
            await surveys.create(question, choices, "all", "en", actor=staff)


async def test_a_question_without_buttons_is_answered_by_typing_a_number_or_the_words(
    app: App, clock: ManualClock
) -> None:
    _, owner_id = await _owner(app)
    staff = await app.loyalty.staff.actor_for(owner_id)
    assert staff is not None
    amina_chat = Chat(app, "10")
    amina = await amina_chat.join("sw", name="Amina")
    survey = await app.loyalty.surveys.create(
        "Tea or coffee?", ["Tea", "Coffee"], "all", "en", actor=staff
    )
    await app.loyalty.campaigns.enqueue(survey.campaign_id)
    latecomer_chat = Chat(app, "40")
    await latecomer_chat.join("el", name="Eleni")  # joined after: not asked
    received = await drain_outbox(app)
    (question,) = received[amina]
    assert question.typed is not None
    assert question.typed.endswith("Jibu kwa namba ya jibu lako: 1) Tea, 2) Coffee")

    await amina_chat.say("2")
    assert amina_chat.text.startswith("🙏 Asante! Jibu lako: Coffee.")
    await amina_chat.say(" TEA ")  # the words of a choice, in any case
    assert amina_chat.text.startswith("🙏 Asante! Jibu lako: Tea.")
    await amina_chat.say("7")  # no such choice: not an answer, and nothing changes
    assert amina_chat.text == app.translator("sw", "fallback-hint")
    await latecomer_chat.say("1")
    assert latecomer_chat.text == app.translator("el", "fallback-hint")
    clock.advance(days=8)  # a week later "2" means something else, not this survey
    await amina_chat.say("2")
    assert amina_chat.text == app.translator("sw", "fallback-hint")
    assert (await app.loyalty.surveys.results(survey.id)).counts == (1, 0)
