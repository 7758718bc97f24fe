"""The API described as OpenAPI 3.1, built from the same pydantic models that check the
requests and shape the answers (`/api/v1/openapi.json`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from bot.web.api import schemas

VERSION = "1.0.0"
REF = "#/components/schemas/{model}"

_ERRORS = {
    "400": "The body is not what the call takes (details name the fields)",
    "401": "No key, or a key that is unknown or revoked",
    "403": "The key lacks the scope this call needs",
    "429": "Too many calls with this key (wait Retry-After seconds)",
}


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": REF.format(model=model.__name__)}


def _json(model: type[BaseModel]) -> dict[str, Any]:
    return {"application/json": {"schema": _ref(model)}}


def _operation(
    summary: str,
    scope: str,
    answer: type[BaseModel],
    *,
    asks: type[BaseModel] | None = None,
    status: str = "200",
    refusals: dict[str, str] | None = None,
    parameters: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    responses: dict[str, Any] = {status: {"description": "Done", "content": _json(answer)}}
    if status == "201":
        again = "Done before: the same answer, with duplicate true, and nothing added"
        responses["200"] = {"description": again, "content": _json(answer)}
    for code, why in {**_ERRORS, **(refusals or {})}.items():
        responses[code] = {"description": why, "content": _json(schemas.Error)}
    operation: dict[str, Any] = {
        "summary": summary,
        "description": f"Needs a key with the `{scope}` scope.",
        "responses": responses,
    }
    if asks is not None:
        operation["requestBody"] = {"required": True, "content": _json(asks)}
    if parameters:
        operation["parameters"] = parameters
    return operation


def _query(name: str, about: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": about,
        "schema": {"type": "string"},
    }


@cache
def document() -> dict[str, Any]:
    _, defs = models_json_schema(
        [
            (schemas.Purchase, "validation"),
            (schemas.Stamps, "validation"),
            (schemas.Confirm, "validation"),
            (schemas.Refund, "validation"),
            (schemas.ReceiptCodeRequest, "validation"),
            (schemas.BundleSale, "validation"),
            (schemas.BundleUseRequest, "validation"),
            (schemas.BundleHeld, "serialization"),
            (schemas.Member, "serialization"),
            (schemas.PurchaseRecorded, "serialization"),
            (schemas.StampsAdded, "serialization"),
            (schemas.RewardHandedOver, "serialization"),
            (schemas.Refunded, "serialization"),
            (schemas.ReceiptCodeIssued, "serialization"),
            (schemas.Error, "serialization"),
        ],
        ref_template=REF,
    )
    unknown = {"404": "No member with this code, phone number or QR payload"}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Loyalty bot: till API",
            "version": VERSION,
            "description": "For a shop's till system: find members, record purchases and "
            "stamps, hand over rewards, refund receipts, print receipt codes, sell and use "
            "prepaid bundles.",
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"key": []}],
        "paths": {
            "/members": {
                "get": _operation(
                    "Find a member by member code, phone number, or the QR code a scanner read",
                    "read",
                    schemas.Member,
                    refusals={**unknown, "409": "Several members share this phone number"},
                    parameters=[
                        _query("code", "the member code"),
                        _query("phone", "the phone number, in any format"),
                        _query("qr", "what the scanner read off the member card"),
                    ],
                )
            },
            "/members/{code}": {
                "get": _operation(
                    "A member's points, tier and stamps",
                    "read",
                    schemas.Member,
                    refusals=unknown,
                    parameters=[
                        {
                            "name": "code",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                )
            },
            "/purchases": {
                "post": _operation(
                    "Record a purchase: points by the programme's rate and the member's tier",
                    "award",
                    schemas.PurchaseRecorded,
                    asks=schemas.Purchase,
                    status="201",
                    refusals={
                        **unknown,
                        "409": "This receipt was recorded with another amount or member",
                        "422": "The amount is refused (below the minimum, too large, over "
                        "the key's award limit)",
                    },
                )
            },
            "/stamps": {
                "post": _operation(
                    "Add stamps to the member's card",
                    "award",
                    schemas.StampsAdded,
                    asks=schemas.Stamps,
                    status="201",
                    refusals={
                        **unknown,
                        "409": "This request id was used for other stamps",
                        "422": "Over the daily cap, or too soon after the last stamp",
                    },
                )
            },
            "/redemptions/confirm": {
                "post": _operation(
                    "Hand over a reward: confirm the code the customer shows",
                    "redeem",
                    schemas.RewardHandedOver,
                    asks=schemas.Confirm,
                    refusals={
                        "404": "No such code",
                        "409": "The code was used or cancelled",
                        "410": "The code expired (the points went back to the customer)",
                    },
                )
            },
            "/refunds": {
                "post": _operation(
                    "Refund or void a receipt: its points are taken back, once",
                    "award",
                    schemas.Refunded,
                    asks=schemas.Refund,
                    refusals={
                        "404": "This receipt earned nothing at this key's branch",
                        "409": "The customer has already spent these points: nothing changed",
                    },
                )
            },
            "/bundles/sell": {
                "post": _operation(
                    "Record a prepaid bundle sold at the till (the till takes the payment)",
                    "award",
                    schemas.BundleHeld,
                    asks=schemas.BundleSale,
                    status="201",
                    refusals={
                        "404": "No such member, or no such bundle on sale",
                        "409": "This request id sold something else",
                    },
                )
            },
            "/bundles/use": {
                "post": _operation(
                    "Use one visit of the member's bundle (the one that ends soonest)",
                    "award",
                    schemas.BundleHeld,
                    asks=schemas.BundleUseRequest,
                    refusals={
                        "404": "No such member, or no such bundle",
                        "409": "No bundle with uses left, or several kinds: name the bundle",
                    },
                )
            },
            "/receipt-codes": {
                "post": _operation(
                    "A code to print on a receipt: whoever opens its link collects the points",
                    "award",
                    schemas.ReceiptCodeIssued,
                    asks=schemas.ReceiptCodeRequest,
                    status="201",
                    refusals={
                        "409": "This receipt already has a code for another amount",
                        "422": "The amount is refused, or the receipt number is missing",
                    },
                )
            },
        },
        "components": {
            "schemas": defs["$defs"],
            "securitySchemes": {
                "key": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "Authorization: Bearer lk_..., a key an owner made in "
                    "the dashboard (Till API) or with /apikey in the chat",
                }
            },
        },
    }
