"""Pages: Jinja2 templates in the viewer's language, with the layout's navigation limited
to what their role may open."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.i18n import Speaker
from bot.web.session import Viewer

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = Path(__file__).parent / "templates"


@cache
def _templates() -> Environment:
    """Jinja2 and the templates, loaded with the first page asked for: a bot whose owner
    does not open the dashboard never holds them (2 MB)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape  # noqa: PLC0415

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


# (path, Fluent id of its name, owners only)
PAGES = (
    ("/dashboard/overview", "dash-nav-overview", True),
    ("/dashboard/programme", "dash-nav-programme", True),
    ("/dashboard/customers", "dash-nav-customers", False),
    ("/dashboard/campaigns", "dash-nav-campaigns", True),
    ("/dashboard/draws", "dash-nav-draws", True),
    ("/dashboard/import", "dash-nav-import", True),
    ("/dashboard/team", "dash-nav-team", True),
    ("/dashboard/api", "dash-nav-api", True),
    ("/dashboard/audit", "dash-nav-audit", True),
)


def page(
    request: web.Request,
    template: str,
    speak: Speaker,
    viewer: Viewer | None = None,
    *,
    status: int = 200,
    **values: Any,
) -> web.Response:
    nav = [
        (path, speak(label), request.path.startswith(path))
        for path, label, owners in PAGES
        if viewer is not None and (viewer.is_owner or not owners)
    ]
    html = (
        _templates()
        .get_template(template)
        .render(
            t=speak,
            lang=speak.language,
            viewer=viewer,
            nav=nav,
            csrf=viewer.csrf if viewer else "",
            **values,
        )
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)
