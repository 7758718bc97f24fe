"""Surveys in the chat.

Owners: `/survey <segment>` asks for the question and two to five choices, shows who will
be asked, and sends it on a press; `/survey` lists the latest with their answers so far;
`/survey <n>` shows one as counts and bars. Customers answer with the buttons under the
question; pressing another choice later changes their answer.
"""

from __future__ import annotations

from pydantic import Field

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.loyalty.segments import parse_segment
from bot.loyalty.surveys import (
    CHOICE_MAX,
    MAX_CHOICES,
    MIN_CHOICES,
    QUESTION_MAX,
    SurveyResults,
    clean_choice,
)
from bot.numbers import whole_number
from bot.text import plain_text
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature
from handlers.flow import FINISH, Abandon, Answer, Ask, Draft, Flow, Invalid
from handlers.request import Request
from models import StaffRole

ANSWER = "svy"  # a customer's press: "<survey>-<choice>"
DONE, SEND, CANCEL = "svydone", "svysend", "svystop"
BAR = 10  # characters of the longest bar


# --- customers ------------------------------------------------------------------------


async def answer(req: Request, arg: str) -> list[Reply]:
    survey, _, choice = arg.partition("-")
    survey_id, index = whole_number(survey), whole_number(choice)
    if survey_id is None or index is None:
        survey_id, index = 0, -1  # refused below as any unknown survey
    chosen = await req.loyalty.surveys.answer(req.customer_id, survey_id, index)
    return [Reply(req.speak("survey-thanks", choice=chosen))]


def answer_buttons(survey_id: int, choices: list[str]) -> tuple[tuple[Button, ...], ...]:
    """Under the question as it is sent: one choice a row, so each reads in full."""
    return tuple(
        (Button(encode(ANSWER, f"{survey_id}-{i}"), choice),) for i, choice in enumerate(choices)
    )


# --- owners ---------------------------------------------------------------------------


async def manage(req: Request, args: str) -> list[Reply]:
    words = args.split()
    if not words:
        surveys = await req.loyalty.surveys.recent()
        lines = [req.speak("survey-list-title" if surveys else "survey-list-empty")]
        lines.extend(
            req.speak(
                "survey-line",
                survey=s.id,
                question=s.question,
                answered=s.answered,
                asked=s.asked,
            )
            for s in surveys
        )
        lines.append(req.speak("survey-usage"))
        return [Reply("\n".join(lines))]
    number = whole_number(words[0]) if len(words) == 1 else None
    if number is not None:
        return [Reply(results_text(req.speak, await req.loyalty.surveys.results(number)))]
    if len(words) != 1:
        return [Reply(req.speak("survey-usage"))]
    segment = parse_segment(words[0]).name  # raises UnknownSegment
    return await FLOW.begin(req, SurveyDraft(segment=segment, language=req.speak.language), "ask")


def results_text(speak: Speaker, results: SurveyResults) -> str:
    """The answers as counts, shares and bars; the longest bar is the most chosen."""
    most = max(results.counts, default=0)
    total = results.answered
    lines = [speak("survey-results-title", survey=results.id, question=results.question)]
    for choice, count in zip(results.choices, results.counts, strict=True):
        filled = round(BAR * count / most) if most else 0
        lines.append(
            speak(
                "survey-results-line",
                choice=choice,
                bar="▓" * filled + "░" * (BAR - filled),
                count=count,
                percent=round(100 * count / total) if total else 0,
            )
        )
    lines.append(speak("survey-results-total", answered=total, asked=results.asked))
    return "\n".join(lines)


class SurveyDraft(Draft):
    segment: str
    language: str
    question: str = ""
    choices: list[str] = Field(default_factory=list)
    done: bool = False


def _cancel_row(req: Request) -> tuple[Button, ...]:
    return (Button(encode(CANCEL), req.speak("compose-cancel")),)


async def _ask_question(req: Request, draft: SurveyDraft) -> list[Reply]:
    text = req.speak("survey-ask-question", segment=draft.segment, limit=QUESTION_MAX)
    return [Reply(text, (_cancel_row(req),))]


async def _accept_question(req: Request, draft: SurveyDraft, answer: Answer) -> SurveyDraft:
    question = " ".join(plain_text(answer.text).split())
    if not 0 < len(question) <= QUESTION_MAX:
        raise Invalid(req.speak("survey-question-bad", limit=QUESTION_MAX))
    return draft.model_copy(update={"question": question})


async def _ask_choice(req: Request, draft: SurveyDraft) -> list[Reply]:
    speak = req.speak
    rows: list[tuple[Button, ...]] = []
    if len(draft.choices) >= MIN_CHOICES:
        rows.append((Button(encode(DONE), speak("survey-done-button")),))
    rows.append(_cancel_row(req))
    text = speak("survey-ask-choice", number=len(draft.choices) + 1, limit=CHOICE_MAX)
    return [Reply(text, tuple(rows))]


async def _accept_choice(req: Request, draft: SurveyDraft, answer: Answer) -> SurveyDraft:
    if answer.button == DONE:
        if len(draft.choices) < MIN_CHOICES:
            raise Invalid()
        return draft.model_copy(update={"done": True})
    choice = clean_choice(answer.text)
    if choice is None:
        raise Invalid(req.speak("survey-choice-bad", limit=CHOICE_MAX))
    if choice.casefold() in {c.casefold() for c in draft.choices}:
        raise Invalid(req.speak("survey-choice-twice", choice=choice))
    choices = [*draft.choices, choice]
    return draft.model_copy(update={"choices": choices, "done": len(choices) == MAX_CHOICES})


async def _ask_send(req: Request, draft: SurveyDraft) -> list[Reply]:
    speak = req.speak
    count = sum((await req.loyalty.campaigns.audience(draft.segment)).values())
    if not count:
        raise Abandon(Reply(speak("survey-nobody", segment=draft.segment)))
    numbered = "\n".join(f"{i}. {c}" for i, c in enumerate(draft.choices, start=1))
    text = speak("survey-preview", question=draft.question, choices=numbered, count=count)
    send = Button(encode(SEND), speak("survey-send-button", count=count))
    return [Reply(text, ((send,), _cancel_row(req)))]


async def _accept_send(req: Request, draft: SurveyDraft, answer: Answer) -> SurveyDraft:
    return draft  # only the sending button gets here


async def _send(req: Request, draft: SurveyDraft) -> list[Reply]:
    survey = await req.loyalty.surveys.create(
        draft.question, draft.choices, draft.segment, draft.language, actor=req.staff
    )
    count = await req.loyalty.campaigns.enqueue(survey.campaign_id)
    return [Reply(req.speak("survey-sent", survey=survey.id, count=count))]


async def _stale(req: Request) -> list[Reply]:
    return [Reply(req.speak("survey-usage"))]


FLOW: Flow[SurveyDraft] = Flow(
    "survey",
    SurveyDraft,
    (
        Ask("ask", _ask_question, _accept_question, lambda _: "choice"),
        Ask(
            "choice", _ask_choice, _accept_choice, lambda d: "send" if d.done else "choice", (DONE,)
        ),
        Ask("send", _ask_send, _accept_send, lambda _: FINISH, (SEND,), typed=False),
    ),
    _send,
    stale=_stale,
    use_buttons="compose-use-buttons",
    cancel=(CANCEL, "survey-abandoned"),
    role=StaffRole.OWNER,
)

FEATURE = Feature(
    commands=(Command("survey", manage, role=StaffRole.OWNER),),
    actions=(Action(ANSWER, answer), *FLOW.actions),
    steps=(FLOW.step,),
)
