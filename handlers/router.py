"""One entry point for every channel: an Incoming goes in, the replies come out.

Every failure ends in a localised answer: engine refusals by their error code, anything
unexpected with a generic apology (and the traceback in the log, never in the chat).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.chat_types import Incoming, Reply
from bot.db import StorageUnavailable
from bot.languages import as_language
from bot.loyalty import Actor
from bot.loyalty.errors import LoyaltyError
from handlers import (
    balance,
    campaigns,
    card,
    compose,
    delete,
    desk,
    export,
    feedback,
    help,
    history,
    invite,
    join,
    link,
    member_code,
    offers,
    preferences,
    rewards,
    segments,
    stats,
    team,
    till,
    words,
)
from handlers.callbacks import decode
from handlers.menu import main_menu
from handlers.refusals import refusal_text
from handlers.request import Deps, Request
from models import StaffRole

log = logging.getLogger(__name__)

Handler = Callable[[Request, str], Awaitable[list[Reply]]]

COMMANDS: dict[str, Handler] = {
    "balance": balance.show_balance,
    "card": card.show_card,
    "rewards": rewards.show_rewards,
    "mycode": member_code.show_member_code,
    "history": history.show_history,
    "invite": invite.show_invite,
    "offers": offers.show_offers,
    "settings": preferences.show_settings,
    "language": preferences.choose_language,
    "stop": preferences.stop_offers,
    "delete": delete.ask_delete,
    "help": help.show_help,
    "menu": lambda req, _: _menu(req),
}

CALLBACKS: dict[str, Handler] = {
    "menu": lambda req, _: _menu(req),
    "bal": balance.show_balance,
    "card": card.show_card,
    "rw": rewards.show_rewards,
    "rwask": rewards.ask_reward,
    "rwyes": rewards.redeem_reward,
    "cardrw": rewards.ask_card,
    "cardyes": rewards.redeem_card,
    "code": member_code.show_member_code,
    "hist": history.show_history,
    "inv": invite.show_invite,
    "off": offers.show_offers,
    "set": preferences.show_settings,
    "lang": preferences.choose_language,
    "setlang": preferences.set_language,
    "offon": preferences.start_offers,
    "offoff": preferences.stop_offers,
    "delyes": delete.confirm_delete,
    "delno": delete.keep_account,
    "help": help.show_help,
    "fb": feedback.ask_rating,
    "fbr": feedback.rate,
    "fbskip": feedback.skip_comment,
}

JOIN_CALLBACKS = frozenset({"joinlang", "joinname", "joinskip", "joinyes", "joinno"})

# Commands and buttons with powers: the role is checked on every single call.
STAFF_COMMANDS: dict[str, tuple[StaffRole, Handler]] = {
    "award": (StaffRole.STAFF, till.award),
    "stamp": (StaffRole.STAFF, till.stamp),
    "redeem": (StaffRole.STAFF, till.redeem),
    "undo": (StaffRole.STAFF, till.undo),
    "lookup": (StaffRole.STAFF, desk.lookup),
    "adjust": (StaffRole.OWNER, desk.adjust),
    "staff": (StaffRole.OWNER, team.manage),
    "stats": (StaffRole.OWNER, stats.show_stats),
    "export": (StaffRole.OWNER, export.export),
    "segments": (StaffRole.OWNER, segments.show_segments),
    "claim": (StaffRole.STAFF, till.claim),
    "offer": (StaffRole.OWNER, compose.offer_command),
    "broadcast": (StaffRole.OWNER, compose.broadcast_command),
    "schedule": (StaffRole.OWNER, compose.schedule_command),
    "campaigns": (StaffRole.OWNER, campaigns.show_campaigns),
    "cancel": (StaffRole.OWNER, campaigns.cancel),
}
STAFF_CALLBACKS: dict[str, tuple[StaffRole, Handler]] = {
    "tstamp": (StaffRole.STAFF, till.panel_stamp),
    "tbuy": (StaffRole.STAFF, till.ask_amount),
    "tcode": (StaffRole.STAFF, till.ask_code),
    "tundo": (StaffRole.STAFF, till.undo_button),
}
# The owner's drafting buttons (offers and campaigns), each checked as an owner's command.
COMPOSE_CALLBACKS = frozenset(
    {"cmpcancel", "cmpwrite", "cmpoffer", "cmplang", "cmpnext", "cmpskip", "cmpbonus", "cmpsend"}
)
PANEL_PAYLOAD = member_code.PANEL_PAYLOAD


async def _menu(req: Request) -> list[Reply]:
    return [main_menu(req.speak, edit=bool(req.incoming.callback))]


def split_command(text: str) -> tuple[str, str] | None:
    """'/start@MyBot ref_X' -> ('start', 'ref_X'); None for text that is not a command."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, rest = text[1:].partition(" ")
    return head.split("@", 1)[0].lower(), rest.strip()


class Conversation:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

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
        try:
            return await self._route(req)
        except LoyaltyError as refused:
            return [self._refusal(req, refused)]
        except StorageUnavailable:
            # Logged where it happened; the transaction rolled back, so nothing changed.
            text = req.speak("error-not-recorded")
            return [main_menu(req.speak, text) if customer else Reply(text)]
        except Exception:
            log.exception("handler failed on %s update %s", incoming.channel, incoming.update_id)
            return (
                [main_menu(req.speak, req.speak("error-unexpected"))]
                if customer
                else [Reply(req.speak("error-unexpected"))]
            )

    async def _route(self, req: Request) -> list[Reply]:
        incoming = req.incoming
        if incoming.callback is not None:
            return await self._on_callback(req, incoming.callback)
        command = split_command((incoming.text or "").strip())
        if command is not None:
            name, args = command
            if name == "start" and args.startswith(PANEL_PAYLOAD) and req.customer is not None:
                staffed = await self._as_staff(req, StaffRole.STAFF)
                if staffed is not None:  # a staff member scanned a customer's QR code
                    return await till.panel(staffed, args.removeprefix(PANEL_PAYLOAD))
            if name == "start":
                return await join.start(req, args)
            if name == "link":  # members ask for a code; a new chat uses one
                return await link.link(req, args)
            if req.customer is None:
                return await self._not_member(req, name)
            if name in STAFF_COMMANDS:
                return await self._staff_only(req, *STAFF_COMMANDS[name], args)
            handler = COMMANDS.get(name)
            return (
                await handler(req, args)
                if handler
                else [main_menu(req.speak, req.speak("fallback-hint"))]
            )
        return await self._on_text(req)

    async def _on_text(self, req: Request) -> list[Reply]:
        """Plain text (or a photo): the answer to whatever the person was last asked."""
        if req.customer is not None and words.is_menu(
            self.deps.translator, req.incoming.text or ""
        ):
            # "menu" always leads back to the menu, whatever was asked before.
            await self.deps.states.clear(*req.identity)
            return await _menu(req)
        state = await self.deps.states.get(*req.identity)
        if state is not None and state.step.startswith(join.JOIN_PREFIX) and req.customer is None:
            return await join.on_text(req, state)
        if state is not None and state.step == feedback.COMMENT_STEP and req.customer is not None:
            return await feedback.on_comment(req, state)
        if state is not None and state.step.startswith(compose.PREFIX):
            owner = await self._as_staff(req, StaffRole.OWNER)
            if owner is not None:
                return await compose.on_text(owner, state)
        if state is not None and state.step in (till.AMOUNT_STEP, till.CODE_STEP):
            staffed = await self._as_staff(req, StaffRole.STAFF)
            if staffed is not None:
                return await till.on_text(staffed, state)
        said = words.command_for(self.deps.translator, req.incoming.text or "")
        if said is not None:  # "salio", "STOP", "link K7M2QX": a command said in words
            text = f"/{said[0]} {said[1]}".strip()
            return await self._route(replace(req, incoming=replace(req.incoming, text=text)))
        if req.customer is None:
            return await self._not_member(req, "")
        return [main_menu(req.speak, req.speak("fallback-hint"))]

    async def _on_callback(self, req: Request, data: str) -> list[Reply]:
        callback = decode(data)
        if callback is None:
            return await self._stale(req)
        if callback.action in JOIN_CALLBACKS:
            return await join.on_callback(req, callback.action, callback.arg)
        if req.customer is None:
            return await self._not_member(req, callback.action)
        if callback.action in STAFF_CALLBACKS:
            role, staff_handler = STAFF_CALLBACKS[callback.action]
            return await self._staff_only(req, role, staff_handler, callback.arg, button=True)
        if callback.action in COMPOSE_CALLBACKS:
            action = callback.action

            async def on_compose(staffed: Request, arg: str) -> list[Reply]:
                return await compose.on_callback(staffed, action, arg)

            return await self._staff_only(
                req, StaffRole.OWNER, on_compose, callback.arg, button=True
            )
        handler = CALLBACKS.get(callback.action)
        if handler is None:
            return await self._stale(req)
        return await handler(req, callback.arg)

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
        return [main_menu(req.speak, req.speak("fallback-hint"))]

    async def _not_member(self, req: Request, what: str) -> list[Reply]:
        if what == "help":
            return await help.show_help(req, "")
        if req.incoming.starts_by_writing and what != "stop":
            return await join.start(req, "")
        return [Reply(req.speak("join-first"))]

    async def _stale(self, req: Request) -> list[Reply]:
        if req.customer is None:
            return [Reply(req.speak("join-first"))]
        return [main_menu(req.speak, req.speak("button-stale"))]

    def _refusal(self, req: Request, refused: LoyaltyError) -> Reply:
        text = refusal_text(req.speak, refused)
        return main_menu(req.speak, text) if req.customer is not None else Reply(text)
