"""One entry point for every channel: an Incoming goes in, the replies come out.

Every failure ends in a localised answer: engine refusals by their error code, anything
unexpected with a generic apology (and the traceback in the log, never in the chat).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.chat_types import Incoming, Reply
from bot.db import StorageUnavailable
from bot.languages import as_language
from bot.loyalty import Actor
from bot.loyalty.errors import LoyaltyError
from handlers import help, join, member_code, menu, till, words
from handlers.callbacks import decode
from handlers.feature import Handler
from handlers.menu import main_menu
from handlers.refusals import refusal_text
from handlers.request import Deps, Request
from handlers.shown_buttons import ShownButtons
from models import StaffRole

log = logging.getLogger(__name__)

PANEL_PAYLOAD = member_code.PANEL_PAYLOAD


def split_command(text: str) -> tuple[str, str] | None:
    """'/start@MyBot ref_X' -> ('start', 'ref_X'); None for text that is not a command."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, rest = text[1:].partition(" ")
    return head.split("@", 1)[0].lower(), rest.strip()


class Conversation:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.shown = ShownButtons()

    async def handle(self, incoming: Incoming) -> list[Reply]:
        deps = self.deps
        customer = await deps.loyalty.customers.find_by_identity(incoming.channel, incoming.user_id)
        if customer is not None:
            language = customer.language
        else:
            # Someone half-way through joining has already told us their language.
            state = await deps.states.get(incoming.channel, incoming.user_id)
            chosen = as_language(state.data.get("language")) if state is not None else None
            language = (
                chosen or as_language(incoming.language_hint) or deps.program.shop.default_language
            )
        req = Request(incoming, deps, customer, deps.speaker(language))
        replies = await self._answer(req)
        self.shown.remember(req.identity, replies)
        return replies

    async def _answer(self, req: Request) -> list[Reply]:
        incoming, customer = req.incoming, req.customer
        try:
            return await self._route(req)
        except LoyaltyError as refused:
            return [self._refusal(req, refused)]
        except StorageUnavailable:
            # Logged where it happened; the transaction rolled back, so nothing changed.
            text = req.speak("error-not-recorded")
            return [main_menu(req, text) if customer else Reply(text)]
        except Exception:
            log.exception("handler failed on %s update %s", incoming.channel, incoming.update_id)
            return (
                [main_menu(req, req.speak("error-unexpected"))]
                if customer
                else [Reply(req.speak("error-unexpected"))]
            )

    async def _route(self, req: Request) -> list[Reply]:
        incoming = req.incoming
        if incoming.callback is not None:
            return await self._on_callback(req, incoming.callback)
        command = split_command((incoming.text or "").strip())
        if command is None:
            return await self._on_text(req)
        name, args = command
        if name == "start" and args.startswith(PANEL_PAYLOAD) and req.customer is not None:
            staffed = await self._as_staff(req, StaffRole.STAFF)
            if staffed is not None:  # a staff member scanned a customer's QR code
                return await till.panel(staffed, args.removeprefix(PANEL_PAYLOAD))
        declared = self.deps.catalog.commands.get(name)
        if req.customer is None and (declared is None or not declared.newcomers):
            return await self._not_member(req, name)
        if declared is None:
            return [main_menu(req, req.speak("fallback-hint"))]
        if declared.role is not None:
            return await self._staff_only(req, declared.role, declared.handler, args)
        return await declared.handler(req, args)

    async def _on_text(self, req: Request) -> list[Reply]:
        """Plain text (or a photo): the answer to whatever the person was last asked."""
        deps = self.deps
        if req.customer is not None and words.is_menu(deps.translator, req.incoming.text or ""):
            # "menu" always leads back to the menu, whatever was asked before.
            await deps.states.clear(*req.identity)
            return await menu.show_menu(req)
        pressed = self.shown.pressed(req.identity, req.incoming.text or "")
        if pressed is not None:  # the label of a button just shown, typed instead of tapped
            return await self._on_callback(
                replace(req, incoming=replace(req.incoming, callback=pressed, text=None)), pressed
            )
        state = await deps.states.get(*req.identity)
        step = next(
            (s for s in deps.catalog.steps if state and state.step.startswith(s.prefix)), None
        )
        if state is not None and step is not None:
            if step.newcomers and req.customer is None:
                return await step.handler(req, state)
            if not step.newcomers and step.role is None and req.customer is not None:
                return await step.handler(req, state)
            staffed = await self._as_staff(req, step.role) if step.role is not None else None
            if staffed is not None:
                return await step.handler(staffed, state)
        said = words.command_for(deps.translator, deps.catalog, req.incoming.text or "")
        if said is not None:  # "salio", "STOP", "link K7M2QX": a command said in words
            text = f"/{said[0]} {said[1]}".strip()
            return await self._route(replace(req, incoming=replace(req.incoming, text=text)))
        if req.customer is None:
            return await self._not_member(req, "")
        # "2" to a survey's question that came as a WhatsApp template, which has no buttons.
        chosen = await deps.loyalty.surveys.typed_answer(
            req.customer.customer_id, req.incoming.text or ""
        )
        if chosen is not None:
            return [Reply(req.speak("survey-thanks", choice=chosen))]
        return [main_menu(req, req.speak("fallback-hint"))]

    async def _on_callback(self, req: Request, data: str) -> list[Reply]:
        callback = decode(data)
        if callback is None:
            return await self._stale(req)
        action = self.deps.catalog.actions.get(callback.action)
        if action is not None and action.newcomers:  # joining's own buttons
            return await action.handler(req, callback.arg)
        if req.customer is None:
            return await self._not_member(req, callback.action)
        if action is None:
            return await self._stale(req)
        if action.role is not None:
            return await self._staff_only(
                req, action.role, action.handler, callback.arg, button=True
            )
        return await action.handler(req, callback.arg)

    async def _actor(self, req: Request) -> Actor | None:
        if req.customer is None:
            return None
        actor = await self.deps.loyalty.staff.actor_for(req.customer.customer_id)
        if actor is None and req.identity in self.deps.owner_ids:
            # Named in OWNER_IDS: an owner from the first command after joining.
            actor = await self.deps.loyalty.staff.appoint(
                req.customer.customer_id, StaffRole.OWNER, by=None
            )
        return actor

    async def _as_staff(self, req: Request, role: StaffRole) -> Request | None:
        actor = await self._actor(req)
        if actor is None or (role is StaffRole.OWNER and not actor.is_owner):
            return None
        return replace(req, actor=actor)

    async def _staff_only(
        self, req: Request, role: StaffRole, handler: Handler, arg: str, *, button: bool = False
    ) -> list[Reply]:
        staffed = await self._as_staff(req, role)
        if staffed is not None:
            return await handler(staffed, arg)
        if await self._actor(req) is not None:  # staff, but this needs an owner
            return [Reply(req.speak("error-not-allowed"))]
        # A customer learns nothing: the same answer as for a command, or a button, that does
        # not exist, so no action name can be told apart by trying.
        if button:
            return await self._stale(req)
        # Someone dismissed from the team may still have the till in their Telegram menu.
        return [replace(main_menu(req, req.speak("fallback-hint")), commands=())]

    async def _not_member(self, req: Request, what: str) -> list[Reply]:
        if what == "help":
            return await help.show_help(req, "")
        if what != "stop" and (joining := await join.finish_first(req)) is not None:
            return joining
        if req.incoming.starts_by_writing and what != "stop":
            return await join.start(req, "")
        return [Reply(req.speak("join-first"))]

    async def _stale(self, req: Request) -> list[Reply]:
        if req.customer is None:
            return await join.finish_first(req) or [Reply(req.speak("join-first"))]
        return [main_menu(req, req.speak("button-stale"))]

    def _refusal(self, req: Request, refused: LoyaltyError) -> Reply:
        text = refusal_text(req.speak, refused)
        return main_menu(req, text) if req.customer is not None else Reply(text)
