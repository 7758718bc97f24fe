"""Surveys: the owner asks one question with two to five choices ("which reward should we
add next?") of a segment, and reads the answers as counts.

A survey rides on a campaign (models/campaigns.py): the segment, consent, quiet hours, the
platforms' limits and the sending report are the campaign's; nobody is kept back, since a
survey measures opinions, not an effect. Only someone the question was sent to can answer
it, once per person; pressing another choice later changes the answer (a thumb on a small
screen slips).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit
from bot.loyalty.campaigns import CampaignService
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import InvalidSurvey, SurveyNotFound
from bot.text import plain_text
from models import Delivery, DeliveryStatus, Survey, SurveyAnswer

QUESTION_MAX = 300
CHOICE_MAX = 20  # WhatsApp's reply buttons hold 20 characters
MIN_CHOICES, MAX_CHOICES = 2, 5


@dataclass(frozen=True, slots=True)
class SurveyResults:
    id: int
    campaign_id: int
    question: str
    choices: tuple[str, ...]
    counts: tuple[int, ...]  # answers per choice, in the choices' order
    asked: int  # people the question reached

    @property
    def answered(self) -> int:
        return sum(self.counts)


# A typed answer counts for the survey sent in the last few days, not for one long past.
TYPED_DAYS = 7


def typed_choice(text: str, choices: list[str]) -> int | None:
    """The choice a typed text names: its number as listed ("2", "2.", "2)") or its words,
    in any case; None for anything else."""
    said = " ".join(text.split()).casefold()
    number = said.rstrip(".)")
    if number.isdigit() and 1 <= int(number) <= len(choices):
        return int(number) - 1
    words = [c.casefold() for c in choices]
    return words.index(said) if said in words else None


def checked(question: str, choices: list[str]) -> tuple[str, list[str]]:
    """The question and choices as a survey sends them, or InvalidSurvey naming which is
    wrong: a question of 1 to QUESTION_MAX characters, 2 to 5 different short choices."""
    asked = " ".join(plain_text(question).split())
    if not 0 < len(asked) <= QUESTION_MAX:
        raise InvalidSurvey("question")
    cleaned = [c for c in (clean_choice(c) for c in choices) if c is not None]
    if (
        not MIN_CHOICES <= len(cleaned) <= MAX_CHOICES
        or len(cleaned) != len(choices)
        or len({c.casefold() for c in cleaned}) != len(cleaned)
    ):
        raise InvalidSurvey("choices")
    return asked, cleaned


def clean_choice(text: str) -> str | None:
    """A choice as it will stand on a button, or None if it cannot be one."""
    choice = " ".join(plain_text(text).split())
    return choice if 0 < len(choice) <= CHOICE_MAX else None


class SurveyService:
    def __init__(self, ctx: EngineContext, campaigns: CampaignService) -> None:
        self._ctx = ctx
        self._campaigns = campaigns

    async def create(
        self, question: str, choices: list[str], segment: str, language: str, *, actor: Actor
    ) -> SurveyResults:
        """The survey and its campaign, ready to send (CampaignService.enqueue)."""
        asked, cleaned = checked(question, choices)
        campaign_id = await self._campaigns.create(
            f"📊 {asked[:60]}", segment, {language: asked}, actor=actor, holdout_percent=0
        )
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            survey = Survey(
                campaign_id=campaign_id,
                question=asked,
                choices=cleaned,
                created_at=now,
            )
            session.add(survey)
            await session.flush()
            audit.record(session, actor=actor, action="survey.create", now=now, survey=survey.id)
            return await _results(session, survey)

    async def answer(self, customer_id: int, survey_id: int, choice: int) -> str:
        """Record (or change) a recipient's answer; returns the chosen text."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            survey = await session.get(Survey, survey_id)
            if survey is None or not 0 <= choice < len(survey.choices):
                raise SurveyNotFound()
            asked = await session.scalar(
                select(Delivery.id).where(
                    Delivery.campaign_id == survey.campaign_id,
                    Delivery.customer_id == customer_id,
                )
            )
            if asked is None:
                raise SurveyNotFound()  # a forged button: not asked, so not counted
            answer = await session.get(SurveyAnswer, (survey_id, customer_id))
            if answer is None:
                session.add(
                    SurveyAnswer(
                        survey_id=survey_id,
                        customer_id=customer_id,
                        choice=choice,
                        answered_at=now,
                    )
                )
            else:
                answer.choice = choice
                answer.answered_at = now
            return str(survey.choices[choice])

    async def typed_answer(self, customer_id: int, text: str) -> str | None:
        """An answer typed instead of pressed (a WhatsApp template carries no buttons, so
        its question lists the choices by number): the number or the words of a choice of
        the latest survey this customer was sent in the last TYPED_DAYS. None when the text
        is neither, or no survey was sent: then it is not an answer at all."""
        since = self._ctx.clock.now() - timedelta(days=TYPED_DAYS)
        async with self._ctx.db.read() as session:
            survey = await session.scalar(
                select(Survey)
                .join(Delivery, Delivery.campaign_id == Survey.campaign_id)
                .where(
                    Delivery.customer_id == customer_id,
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.sent_at >= since,
                )
                .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
                .limit(1)
            )
        if survey is None:
            return None
        choice = typed_choice(text, list(survey.choices))
        return None if choice is None else await self.answer(customer_id, survey.id, choice)

    async def results(self, survey_id: int) -> SurveyResults:
        async with self._ctx.db.read() as session:
            survey = await session.get(Survey, survey_id)
            if survey is None:
                raise SurveyNotFound()
            return await _results(session, survey)

    async def recent(self, limit: int = 5) -> list[SurveyResults]:
        async with self._ctx.db.read() as session:
            surveys = await session.scalars(select(Survey).order_by(Survey.id.desc()).limit(limit))
            return [await _results(session, s) for s in surveys]


async def _results(session: AsyncSession, survey: Survey) -> SurveyResults:
    rows = await session.execute(
        select(SurveyAnswer.choice, func.count())
        .where(SurveyAnswer.survey_id == survey.id)
        .group_by(SurveyAnswer.choice)
    )
    by_choice = {int(c): int(n) for c, n in rows}
    asked = await session.scalar(
        select(func.count()).where(
            Delivery.campaign_id == survey.campaign_id, Delivery.status == DeliveryStatus.SENT
        )
    )
    return SurveyResults(
        id=survey.id,
        campaign_id=survey.campaign_id,
        question=survey.question,
        choices=tuple(survey.choices),
        counts=tuple(by_choice.get(i, 0) for i in range(len(survey.choices))),
        asked=int(asked or 0),
    )
