"""A till system's side of the API: calls over real HTTP, each request and each answer
checked against the OpenAPI document the server itself serves."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiohttp
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from yarl import URL


@dataclass
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def code(self) -> str:
        """The refusal's stable code."""
        return str(self.body["error"]["code"])


class Till:
    def __init__(self, base: URL, key: str | None, http: aiohttp.ClientSession) -> None:
        self.base = URL(str(base).rstrip("/"))
        self.key = key
        self.http = http
        self._spec: OpenAPI | None = None

    async def spec(self) -> OpenAPI:
        if self._spec is None:
            async with self.http.get(self.base / "api/v1/openapi.json") as response:
                assert response.status == 200
                self._spec = OpenAPI.from_dict(await response.json())
        return self._spec

    async def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        language: str | None = None,
        key: str | None = None,
        checked: bool = True,
    ) -> Answer:
        """`path` below /api/v1, with its query; `checked`: the answer must match the
        document (off only for calls the document cannot describe, e.g. a wrong path)."""
        headers = {"Content-Type": "application/json"}
        given = key if key is not None else self.key
        if given:
            headers["Authorization"] = f"Bearer {given}"
        if language:
            headers["Accept-Language"] = language
        data = json.dumps(body).encode() if body is not None else None
        url = URL(str(self.base) + "/api/v1" + path)
        async with self.http.request(method, url, data=data, headers=headers) as response:
            raw = await response.read()
            answer = Answer(response.status, json.loads(raw), dict(response.headers))
        if checked:
            spec = await self.spec()
            request = MockRequest(
                str(self.base),
                method.lower(),
                url.path,
                args=dict(url.query),
                data=data,
                headers=headers,
                content_type="application/json",
            )
            spec.validate_response(
                request,
                MockResponse(raw, status_code=answer.status, content_type="application/json"),
            )
        return answer
