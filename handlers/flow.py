"""A flow: questions asked one after another, the answers kept in a typed draft.

Each step declares what it asks, what it accepts and where it goes next; the flow does the
rest the same way for every flow:
- the draft is kept in the database between answers (StateStore), so a half-written
  registration or offer survives a restart and any process takes the next answer; a
  picture in a draft is kept as bytes beside it, not as text in the JSON;
- a bad answer gets the step's refusal carrying the question's own buttons, and the flow
  stays on the step; a button from an earlier question gets the current question again;
- a button from an abandoned or finished flow gets the flow's "stale" answer;
- step names are "<flow>.<step>" ("join.phone", "compose.until").
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.chat_types import Reply
from bot.state import State
from handlers.feature import Action, Step
from handlers.request import Request
from models import StaffRole

FINISH = "finish"


class Draft(BaseModel):
    """What a flow has been told so far. `ATTACHMENT` names a bytes field (a photo) that is
    stored beside the JSON rather than in it."""

    model_config = ConfigDict(extra="forbid")
    ATTACHMENT: ClassVar[str | None] = None


D = TypeVar("D", bound=Draft)


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer to a question: typed text, a pressed button, a photo or a shared contact."""

    text: str = ""
    button: str | None = None
    arg: str = ""
    photo: bytes | None = None
    contact: str | None = None

    @classmethod
    def of(cls, req: Request, button: str | None = None, arg: str = "") -> Answer:
        incoming = req.incoming
        if button is not None:
            # A press carries no text, but WhatsApp still vouches for the number with it.
            return cls(button=button, arg=arg, contact=incoming.contact_phone)
        return cls(
            text=(incoming.text or "").strip(),
            photo=incoming.photo,
            contact=incoming.contact_phone,
        )


class Invalid(Exception):
    """A bad answer: `text` is said with the question's buttons, and the step is asked
    again. With no text the whole question is asked again."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.text = text


class Abandon(Exception):
    """Raised by a question that cannot be asked (a campaign nobody would receive): the
    draft is dropped and `replies` said instead."""

    def __init__(self, *replies: Reply) -> None:
        super().__init__()
        self.replies = list(replies)


Asker = Callable[[Request, D], Awaitable[list[Reply]]]
Acceptor = Callable[[Request, D, Answer], Awaitable[D]]


@dataclass(frozen=True, slots=True)
class Ask(Generic[D]):
    name: str  # short: "phone"; stored as "join.phone"
    ask: Asker[D]
    accept: Acceptor[D]
    then: Callable[[D], str]  # the next step's short name, or FINISH
    buttons: tuple[str, ...] = ()  # the actions this question's buttons carry
    typed: bool = True  # False: only a button answers it
    said: Callable[[Request, D], list[Reply]] | None = None  # said when leaving the step


class Flow(Generic[D]):
    def __init__(
        self,
        name: str,
        draft: type[D],
        steps: Sequence[Ask[D]],
        finish: Callable[[Request, D], Awaitable[list[Reply]]],
        *,
        stale: Callable[[Request], Awaitable[list[Reply]]],
        use_buttons: str | None = None,
        cancel: tuple[str, str] | None = None,
        role: StaffRole | None = None,
        newcomers: bool = False,
    ) -> None:
        self.prefix = f"{name}."
        self._draft = draft
        self._steps = {step.name: step for step in steps}
        if len(self._steps) != len(steps) or FINISH in self._steps:
            raise ValueError(f"flow {name!r}: step names must be unique and not {FINISH!r}")
        self._finish = finish
        self._stale = stale
        self._use_buttons = use_buttons  # Fluent id said when text answers a button question
        self._cancel = cancel  # (action, Fluent id of what is said)
        self._role = role
        self._newcomers = newcomers

    # --- what the feature declares ------------------------------------------------------

    @property
    def step(self) -> Step:
        return Step(self.prefix, self.on_text, role=self._role, newcomers=self._newcomers)

    @property
    def actions(self) -> tuple[Action, ...]:
        names = [b for step in self._steps.values() for b in step.buttons]
        if self._cancel is not None:
            names.append(self._cancel[0])
        return tuple(self._action(name) for name in dict.fromkeys(names))

    def _action(self, name: str) -> Action:
        async def pressed(req: Request, arg: str) -> list[Reply]:
            return await self.on_button(req, name, arg)

        return Action(name, pressed, role=self._role, newcomers=self._newcomers)

    # --- running ------------------------------------------------------------------------

    async def begin(self, req: Request, draft: D, first: str) -> list[Reply]:
        return await self._go(req, draft, first, [], came_from=first)

    async def on_text(self, req: Request, state: State) -> list[Reply]:
        return await self._answer(req, state, Answer.of(req))

    async def on_button(self, req: Request, action: str, arg: str) -> list[Reply]:
        if self._cancel is not None and action == self._cancel[0]:
            await req.deps.states.clear(*req.identity)
            return [Reply(req.speak(self._cancel[1]))]
        state = await req.deps.states.get(*req.identity)
        if state is None:
            return await self._stale(req)
        return await self._answer(req, state, Answer.of(req, action, arg))

    async def ask_again(
        self, req: Request, state: State, preface: Callable[[D], str]
    ) -> list[Reply] | None:
        """The question the person is on, once more, after `preface` (said in the draft's
        terms): for a command the flow cannot take now. None when `state` is not this
        flow's, or not readable."""
        step = self._steps.get(state.step.removeprefix(self.prefix))
        draft = self._load(state) if state.step.startswith(self.prefix) else None
        if step is None or draft is None:
            return None
        *before, question = await step.ask(req, draft)
        return [*before, replace(question, text=f"{preface(draft)}\n\n{question.text}")]

    async def _answer(self, req: Request, state: State, answer: Answer) -> list[Reply]:
        step = self._steps.get(state.step.removeprefix(self.prefix))
        draft = self._load(state) if state.step.startswith(self.prefix) else None
        if step is None or draft is None:
            await req.deps.states.clear(*req.identity)
            return await self._stale(req)
        if answer.button is not None and answer.button not in step.buttons:
            return await step.ask(req, draft)  # an earlier question's button
        try:
            if answer.button is None and not step.typed:
                raise Invalid(req.speak(self._use_buttons) if self._use_buttons else "")
            draft = await step.accept(req, draft, answer)
        except Invalid as bad:
            asked = await step.ask(req, draft)
            return [replace(asked[-1], text=bad.text)] if bad.text else asked
        said = step.said(req, draft) if step.said is not None else []
        return await self._go(req, draft, step.then(draft), said, came_from=step.name)

    async def _go(
        self, req: Request, draft: D, short: str, said: list[Reply], *, came_from: str
    ) -> list[Reply]:
        if short == FINISH:
            # Dropped first, so a second press of the confirming button finds nothing to do;
            # put back if finishing is refused, so the person can try again.
            await req.deps.states.clear(*req.identity)
            try:
                return [*said, *await self._finish(req, draft)]
            except Exception:
                await self._save(req, came_from, draft)
                raise
        step = self._steps[short]
        try:
            asked = await step.ask(req, draft)
        except Abandon as ended:
            await req.deps.states.clear(*req.identity)
            return [*said, *ended.replies]
        await self._save(req, short, draft)
        return [*said, *asked]

    # --- the draft in the database ------------------------------------------------------

    def _load(self, state: State) -> D | None:
        field = self._draft.ATTACHMENT
        data = dict(state.data)
        if field is not None:
            data[field] = state.attachment
        try:
            return self._draft.model_validate(data)
        except ValidationError:
            return None  # written by an older version of the flow: start again

    async def _save(self, req: Request, short: str, draft: D) -> None:
        field = self._draft.ATTACHMENT
        data = draft.model_dump(mode="json", exclude={field} if field else None)
        attachment = getattr(draft, field) if field is not None else None
        await req.deps.states.set(*req.identity, State(self.prefix + short, data, attachment))
