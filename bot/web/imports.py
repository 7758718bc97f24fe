"""Import: customers from a CSV file, in three steps an owner can follow: upload, match the
columns and look at the dry run line by line, then import with a progress bar."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.loyalty.errors import ImportRefused
from bot.loyalty.imports import DONE, FIELDS, FORGOTTEN, MAX_BYTES, Progress
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import BACKGROUND, DEPS, Viewer

RUNNING: web.AppKey[dict[int, asyncio.Task[Progress]]] = web.AppKey("imports_running", dict)
SHOWN_LINES = 200  # of the lines that will be created, the first ones are shown


@owner_page
async def start(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return page(request, "import.html", viewer.speak, viewer, error=None)


@owner_page
async def upload(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    speak = viewer.speak
    form = await request.post()
    sent = form.get("file")
    if not isinstance(sent, web.FileField) or not sent.filename.lower().endswith((".csv", ".txt")):
        return page(
            request, "import.html", speak, viewer, status=400, error=speak("import-not-csv")
        )
    content = sent.file.read(MAX_BYTES + 1)
    try:
        uploaded = await deps.loyalty.imports.upload(sent.filename, content, actor=viewer.actor)
    except ImportRefused as refused:
        text = speak("error-import-refused", **refused.params)
        return page(request, "import.html", speak, viewer, status=400, error=text)
    raise web.HTTPSeeOther(f"/dashboard/import/{uploaded.import_id}")


def _gone(request: web.Request, viewer: Viewer, refused: ImportRefused) -> web.StreamResponse:
    """An import that is not there (a wrong number) or whose file is forgotten (an old
    link): the upload page, saying so, instead of an error."""
    text = viewer.speak("error-import-refused", **refused.params)
    return page(request, "import.html", viewer.speak, viewer, status=404, error=text)


@owner_page
async def mapping(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    import_id = int(request.match_info["id"])
    try:
        if (await deps.loyalty.imports.progress(import_id)).status == DONE:
            raise web.HTTPSeeOther(f"/dashboard/import/{import_id}/progress")
        uploaded = await deps.loyalty.imports.headers(import_id)
    except ImportRefused as refused:
        return _gone(request, viewer, refused)
    return page(
        request, "import_mapping.html", viewer.speak, viewer, upload=uploaded, fields=FIELDS
    )


@owner_page
async def check(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    import_id = int(request.match_info["id"])
    form = await request.post()
    chosen = {field: str(form.get(f"column.{field}", "")) for field in FIELDS}
    try:
        await deps.loyalty.imports.configure(
            import_id,
            {f: h for f, h in chosen.items() if h},
            counts_for_tiers=form.get("counts_for_tiers") == "yes",
        )
        lines = await deps.loyalty.imports.check(import_id)
    except ImportRefused as refused:
        return _gone(request, viewer, refused)
    speak = viewer.speak
    problems = [
        (line.number, line.status, speak(line.problem, **dict(line.problem_args)))
        for line in lines
        if line.problem is not None
    ]
    created = [line for line in lines if line.status == "create"]
    return page(
        request,
        "import_check.html",
        speak,
        viewer,
        import_id=import_id,
        total=len(lines),
        created=created[:SHOWN_LINES],
        creating=len(created),
        duplicates=sum(1 for line in lines if line.status == "duplicate"),
        errors=sum(1 for line in lines if line.status == "error"),
        problems=problems,
    )


@owner_page
async def run(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    import_id = int(request.match_info["id"])
    try:
        progress = await deps.loyalty.imports.progress(import_id)
    except ImportRefused as refused:
        return _gone(request, viewer, refused)
    if progress.status == FORGOTTEN:
        return _gone(request, viewer, ImportRefused("unknown"))
    running = request.app[RUNNING]
    if progress.status != DONE and import_id not in running:
        # In the background: the owner watches the progress bar; a crash midway leaves the
        # lines done so far done, and "Continue" picks up the rest.
        background = request.app[BACKGROUND]
        task = background.start(
            deps.loyalty.imports.run(import_id, actor=viewer.actor, stop=background.stopping)
        )
        running[import_id] = task
        task.add_done_callback(lambda _: running.pop(import_id, None))
    raise web.HTTPSeeOther(f"/dashboard/import/{import_id}/progress")


@owner_page
async def progress(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    try:
        state = await deps.loyalty.imports.progress(int(request.match_info["id"]))
    except ImportRefused as refused:
        return _gone(request, viewer, refused)
    if state.status == FORGOTTEN:
        return _gone(request, viewer, ImportRefused("unknown"))
    return page(request, "import_progress.html", viewer.speak, viewer, p=state)
