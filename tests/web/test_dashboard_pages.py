"""The dashboard's pages over real HTTP: the programme editor (review, then save, as a new
version), its refusals, the history, customers and an owner's correction of points."""

from __future__ import annotations

import asyncio
import base64
import csv
import html
import io
import json
import re
from datetime import timedelta

import aiohttp
import pytest
from PIL import Image
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.images.logo import UPLOAD_LIMIT as LOGO_LIMIT
from bot.images.paint import BAND, MARGIN
from bot.loyalty.draw_method import check_record
from bot.loyalty.draws import NewDraw
from models import AuditEntry, DrawEntryKind, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.outbox import drain_outbox
from tests.web.conftest import OWNER_CHAT, Browser, owner_actor


async def test_renaming_a_reward_in_greek_and_adding_one_reaches_greek_customers(
    app: App, owner_browser: Browser
) -> None:
    nikos = Chat(app, "601", channel="telegram")
    await nikos.join("el", name="Nikos")
    page = await owner_browser.open("/dashboard/programme")
    assert 'name="rewards.espresso.name.el" value="Εσπρέσο"' in page
    await owner_browser.submit(
        "/dashboard/programme/propose",
        rewards__espresso__cost="150",
        rewards__espresso__name__en="Espresso",
        rewards__espresso__name__sw="Espresso",
        rewards__espresso__name__el="Διπλός εσπρέσο",
        rewards__espresso__name__am="ኤስፕሬሶ",
        rewards__espresso__active="true",
    )
    assert owner_browser.status == 200
    said = html.unescape(owner_browser.html)
    assert (
        "Reward: Espresso · Name (Ελληνικά)</span>: <del>Εσπρέσο</del> → <ins>Διπλός εσπρέσο</ins>"
        in said
    )
    assert "rewards[espresso]" not in said  # the file's paths are for the command line
    assert app.translator("en", "programme-no-consequences") in owner_browser.html
    assert app.live.version == 0  # nothing saved yet: only reviewed
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
        source="dashboard",
    )
    assert app.live.version == 1
    assert app.translator("en", "dash-saved", version=1) in owner_browser.html

    await owner_browser.submit(
        "/dashboard/programme/propose",
        section="new-reward",
        cost="120",
        name__en="Mint tea",
        name__sw="Chai ya nanaa",
        name__el="Τσάι μέντας",
        name__am="የናና ሻይ",
    )
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert app.live.version == 2
    assert app.program.reward("mint-tea") is not None
    await nikos.say("/rewards")
    assert "Διπλός εσπρέσο" in nikos.text and "Τσάι μέντας" in nikos.text

    history = await owner_browser.open("/dashboard/programme/history")
    assert "Reward: Mint tea</span>: <ins>added</ins>" in history
    assert "Reward: Mint tea · Price in points</span>: <del>—</del> → <ins>120</ins>" in history
    assert history.count("Bring this version back") == 1  # version 1; version 2 is in force


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"stamps__slots": "0"}, "Stamps on a full card: must be at least 1."),
        ({"stamps__slots": "many"}, "Stamps on a full card: please write a number."),
        (
            {"rewards__espresso__name__el": ""},
            "Reward: Espresso · Name (Ελληνικά): this is needed.",
        ),
        (
            {"tiers__levels__silver__threshold": "5000"},
            "Each tier must need more points than the one before it.",
        ),
        (
            {"welcome__stamps": "10"},
            "A new member's first card must start with fewer stamps than a full card has.",
        ),
        ({"nosuch__field": "1"}, "The form could not be read. Nothing was saved."),
    ],
)
async def test_bad_input_is_answered_in_words_and_saves_nothing(
    app: App, owner_browser: Browser, fields: dict[str, str], message: str
) -> None:
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit("/dashboard/programme/propose", **fields)
    assert owner_browser.status == 400
    assert message in html.unescape(owner_browser.html)
    assert app.live.version == 0


async def test_a_change_saved_meanwhile_sends_the_owner_back_to_review(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit("/dashboard/programme/propose", stamps__slots="8")
    content, base = owner_browser.hidden("content"), owner_browser.hidden("base")
    # Someone else saves first (another owner, or `program import`).
    other = app.program.model_copy(
        update={"shop": app.program.shop.model_copy(update={"name": "X"})}
    )
    await app.loyalty.programme.save(other, actor=None, source="import")
    await owner_browser.submit("/dashboard/programme/save", content=content, base=base)
    assert owner_browser.status == 409
    assert app.program.stamps.slots == 10 and app.live.version == 1


async def test_a_harmful_change_is_explained_before_it_is_saved(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    amina = Chat(app, "602", channel="telegram")
    customer = await amina.join("sw")
    await app.loyalty.purchases.record(customer, "6000", idempotency_key="r1")  # silver
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit(
        "/dashboard/programme/propose", tiers__levels__silver__threshold="700"
    )
    said = html.unescape(owner_browser.html)
    assert (
        "One customer would fall below the new threshold of Silver; they keep Silver until" in said
    )
    content = json.loads(owner_browser.hidden("content"))
    assert [t["threshold"] for t in content["tiers"]["levels"]][:2] == [0, 700]


async def test_customers_are_found_and_an_owner_corrects_points(
    app: App, owner_browser: Browser
) -> None:
    amina = Chat(app, "603", channel="telegram")
    customer = await amina.join("sw", name="Amina Wanjiku")
    await owner_browser.open("/dashboard/customers?q=wanjiku")
    link = re.search(r'href="/dashboard/customers/(\d+)"', owner_browser.html)
    assert link is not None and int(link.group(1)) == customer
    page = await owner_browser.open(f"/dashboard/customers/{customer}")
    assert "Amina Wanjiku" in page
    log = await owner_browser.open("/dashboard/audit")
    assert "<code>view</code>" in log and "<code>lookup</code>" in log
    await owner_browser.submit(
        f"/dashboard/customers/{customer}/adjust", points="70", reason="paper card"
    )
    assert owner_browser.status == 200
    assert await balance(app, customer) == 70
    await owner_browser.submit(f"/dashboard/customers/{customer}/adjust", points="x", reason="")
    assert owner_browser.status == 400
    assert await balance(app, customer) == 70

    # A reward code the customer has asked for waits at the counter: staff see it here.
    await app.loyalty.purchases.record(customer, "1000", idempotency_key="r-603")
    issued = await app.loyalty.redemptions.redeem_points(customer, "espresso")
    page = await owner_browser.open(f"/dashboard/customers/{customer}")
    assert "Reward codes waiting at the counter" in page
    assert f"<strong>{issued.code}</strong> · Espresso · valid until" in page


async def test_an_owner_erases_a_customer_who_asked_at_the_counter(
    app: App, owner_browser: Browser
) -> None:
    """An imported customer has no chat to send /delete from: the owner erases them, once
    the member code is typed back. A wrong code, or someone on the team, erases nobody."""
    imported = await app.loyalty.imports.upload(
        "cards.csv",
        b"name,phone,points\nMama Njeri,+254722000001,120\n",
        actor=await owner_actor(app),
    )
    await app.loyalty.imports.run(imported.import_id, actor=await owner_actor(app))
    (found,) = await app.loyalty.customers.search("njeri", limit=5, actor=await owner_actor(app))
    page = await owner_browser.open(f"/dashboard/customers/{found.customer_id}")
    assert "Erase this customer&#39;s data" in page
    erase = f"/dashboard/customers/{found.customer_id}/erase"
    await owner_browser.submit(erase, code="WRONG1")
    assert owner_browser.status == 400
    assert app.translator("en", "dash-erase-mismatch") in html.unescape(owner_browser.html)
    assert (await app.loyalty.customers.get(found.customer_id)).name == "Mama Njeri"

    owner = await app.loyalty.customers.find_by_identity("telegram", OWNER_CHAT)
    assert owner is not None
    await owner_browser.submit(
        f"/dashboard/customers/{owner.customer_id}/erase", code=owner.member_code
    )
    assert owner_browser.status == 400  # the owner is on the team
    assert "remove them from the team first" in owner_browser.html
    assert await app.loyalty.staff.actor_for(owner.customer_id) is not None

    typed = found.member_code.lower()[:3] + "-" + found.member_code[3:]  # as people type
    await owner_browser.submit(erase, code=typed)
    assert owner_browser.status == 200
    said = html.unescape(owner_browser.html)
    assert f"The customer's data was erased (member code {found.member_code})." in said
    assert await app.loyalty.customers.search("njeri", limit=5, actor=await owner_actor(app)) == []
    await owner_browser.open(f"/dashboard/customers/{found.customer_id}")
    assert owner_browser.status == 404
    async with app.db.read() as session:
        done = await session.scalar(
            select(AuditEntry).where(
                AuditEntry.action == "erase", AuditEntry.customer_id == found.customer_id
            )
        )
    assert done is not None and done.staff_id is not None  # who erased, in the audit log


async def test_the_owner_invites_staff_dismisses_them_and_reads_the_audit_log(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/team")
    await owner_browser.submit("/dashboard/team/invite", role="staff")
    invitation = re.search(r'<code id="invitation">([^<]+)</code>', owner_browser.html)
    assert invitation is not None
    brian = Chat(app, "700", channel="whatsapp")
    await brian.join("en", name="Brian")
    await brian.say(invitation.group(1))
    assert brian.text == app.translator("en", "dashboard-now-staff")
    given = dict(brian.last[0].commands or ())  # and on Telegram, the till in his menu
    assert given["award"].endswith("– record a purchase") and "adjust" not in given
    await brian.say(invitation.group(1))  # once only
    assert brian.text == app.translator("en", "error-link-refused")
    joined = await app.loyalty.customers.find_by_identity("whatsapp", "700")
    assert joined is not None
    actor = await app.loyalty.staff.actor_for(joined.customer_id)
    assert actor is not None and not actor.is_owner

    page = await owner_browser.open("/dashboard/team")
    # Dismissing takes a second tap, on a button that names him (a slip tells nobody).
    dismissing = page[page.index('<details class="dismiss">') :]
    assert "Yes, take Brian off the team" in dismissing[: dismissing.index("</details>")]
    await owner_browser.submit(f"/dashboard/team/{joined.customer_id}/dismiss")
    assert await app.loyalty.staff.actor_for(joined.customer_id) is None
    # Told in his chat (the invitation's answer said the rest), with the shop's menu back.
    (told,) = [r for r in (await drain_outbox(app))[joined.customer_id] if "team" in r.text]
    assert (told.text, told.commands) == (app.translator("en", "notice-team-left"), ())
    log = await owner_browser.open("/dashboard/audit")
    assert "staff.dismiss" in log and "link-invite" in log and "dashboard-login" in log


async def test_a_broadcast_from_the_dashboard_reaches_its_segment_once(
    app: App, owner_browser: Browser
) -> None:
    swahili = await Chat(app, "801", channel="telegram").join("sw", name="Amina")
    greek = await Chat(app, "802", channel="telegram").join("el", name="Nikos")
    await Chat(app, "803", channel="telegram").join("en", name="Joe", consent=False)
    page = await owner_browser.open("/dashboard/campaigns")
    assert '<option value="all">all: 3' in page  # the owner, Amina and Nikos accept offers
    await owner_browser.submit(
        "/dashboard/campaigns/preview",
        segment="all",
        **{"text.en": "Coffee at half price today!", "text.sw": "Kahawa nusu bei leo!"},
    )
    said = html.unescape(owner_browser.html)
    assert "Kahawa nusu bei leo!" in said and "Send to 3 customers" in said
    form = {
        name: owner_browser.hidden(name)
        for name in ("nonce", "segment", "when", "text.en", "text.sw")
    }
    await owner_browser.submit("/dashboard/campaigns/send", **form)
    await owner_browser.submit("/dashboard/campaigns/send", **form)  # a double click
    received = await drain_outbox(app)
    texts = {c: [r.text for r in replies] for c, replies in received.items()}
    assert texts[swahili] == ["Kahawa nusu bei leo!"]
    # No Greek text: the English one, with a note in Greek naming its language.
    assert len(texts[greek]) == 1 and texts[greek][0].endswith("Coffee at half price today!")
    assert len(texts) == 3 and all(len(t) == 1 for t in texts.values())  # once each
    assert len(await app.loyalty.campaigns.recent()) == 1


async def test_a_campaign_for_nobody_or_an_unknown_segment_is_refused_in_words(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/campaigns")
    await owner_browser.submit(
        "/dashboard/campaigns/preview", segment="tier:gold", **{"text.en": "Hello gold"}
    )
    assert owner_browser.status == 400
    assert app.translator("en", "broadcast-nobody", segment="tier:gold") in html.unescape(
        owner_browser.html
    )
    await owner_browser.submit(
        "/dashboard/campaigns/preview", segment="nosuch", **{"text.en": "Hello"}
    )
    assert owner_browser.status == 400
    assert await app.loyalty.campaigns.recent() == []


async def test_colours_come_with_a_preview_of_the_card_and_a_branch_is_added(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    before = re.search(r'class="card-preview" src="(data:image/png;base64,[^"]+)"', page)
    assert before is not None
    await owner_browser.submit("/dashboard/programme/propose", brand__colour="#7b2cbf")
    after = re.search(
        r'class="card-preview" src="(data:image/png;base64,[^"]+)"', owner_browser.html
    )
    assert after is not None and after.group(1) != before.group(1)  # drawn in the new colour
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert app.program.brand.colour == "#7b2cbf"
    await owner_browser.submit(
        "/dashboard/programme/propose", section="new-branch", name="Kilimani Mall"
    )
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert [b.key for b in app.program.branches][-1] == "kilimani-mall"
    staff = Chat(app, "901", channel="telegram")
    customer = await staff.join("en", name="Wanjiru")
    await app.loyalty.staff.appoint(customer, StaffRole.STAFF, by=None, branch_key="kilimani-mall")


async def _figures(browser: Browser, path: str) -> str:
    """The overview once its figures are there (a loaded machine may take a moment)."""
    for _ in range(100):
        page = await browser.open(path)
        if 'id="computing"' not in page:
            return page
        await asyncio.sleep(0.05)
    raise AssertionError("the figures never came")


async def test_figures_not_computed_yet_are_promised_at_once_then_shown(
    owner_browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.web.figures.WAIT", 0)  # as at a million customers: not in time
    page = await owner_browser.open("/dashboard/overview?days=90")
    assert owner_browser.status == 200
    assert "Counting the figures of the last 90 days" in page
    assert '<meta http-equiv="refresh" content="2">' in page  # the page comes back by itself
    shown = await _figures(owner_browser, "/dashboard/overview?days=90")
    assert "The last 90 days" in shown and "Members:" in shown


async def test_the_overview_keeps_its_figures_five_minutes_then_refreshes_them(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    def members(page: str) -> str:
        found = re.search(r"Members: (\d+)", page)
        assert found is not None
        return found.group(1)

    first = await _figures(owner_browser, "/dashboard/overview")
    await Chat(app, "950", channel="telegram").join("sw", name="Neema")
    clock.advance(minutes=4)
    assert members(await owner_browser.open("/dashboard/overview")) == members(first)
    clock.advance(minutes=2)
    stale = await owner_browser.open("/dashboard/overview")  # at once, the old figures...
    assert members(stale) == members(first)
    for _ in range(100):  # ...while the new ones are computed
        fresh = await owner_browser.open("/dashboard/overview")
        if members(fresh) != members(first):
            break
        await asyncio.sleep(0.02)
    assert int(members(fresh)) == int(members(first)) + 1


async def test_a_forged_form_cannot_change_what_the_dashboard_does_not_edit(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit("/dashboard/programme/propose", brand__logo="/etc/hostname")
    assert owner_browser.status == 400
    content = json.loads(json.dumps(app.program.model_dump(mode="json", exclude_none=True)))
    content["brand"]["logo"] = "/etc/hostname"  # a file on the server, named by a browser
    content["shop"]["currency"] = "USD"
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit(
        "/dashboard/programme/save", content=json.dumps(content), base=str(app.live.version)
    )
    assert owner_browser.status == 400
    assert app.live.version == 0 and app.program.brand.logo is None


async def test_an_earlier_version_is_brought_back_from_the_history(
    app: App, owner_browser: Browser
) -> None:
    for slots in ("8", "12"):
        await owner_browser.open("/dashboard/programme")
        await owner_browser.submit("/dashboard/programme/propose", stamps__slots=slots)
        await owner_browser.submit(
            "/dashboard/programme/save",
            content=owner_browser.hidden("content"),
            base=owner_browser.hidden("base"),
        )
    assert (app.live.version, app.program.stamps.slots) == (2, 12)
    await owner_browser.open("/dashboard/programme/history")
    await owner_browser.submit("/dashboard/programme/restore/1")
    assert "Stamps on a full card</span>: <del>12</del> → <ins>8</ins>" in owner_browser.html
    await owner_browser.submit(
        "/dashboard/programme/save",
        restore=owner_browser.hidden("restore"),
        base=owner_browser.hidden("base"),
    )
    assert (app.live.version, app.program.stamps.slots) == (3, 8)
    (latest, *_) = await app.loyalty.programme.history()
    assert (latest.source, latest.note) == ("restore", "version 1")


_PREVIEW = re.compile(r'class="card-preview" src="data:image/png;base64,([^"]+)"')


def _picture(base64_png: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(base64_png))).convert("RGB")


async def test_the_owner_uploads_a_logo_sees_both_cards_and_a_wrong_file_changes_nothing(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    stamp_before, member_before = _PREVIEW.findall(page)  # the stamp card and the member card

    for content, refusal in (
        (b"GIF89a not really", "not a PNG or JPEG picture"),
        (b"\x89PNG" + b"\0" * LOGO_LIMIT, "too large"),
    ):
        await owner_browser.upload(
            "/dashboard/programme/logo", "logo", "logo.png", content, "image/png"
        )
        assert owner_browser.status == 400 and refusal in owner_browser.html
    assert app.live.version == 0

    red = io.BytesIO()
    Image.new("RGB", (2000, 1000), "#c1121f").save(red, "JPEG")
    await owner_browser.upload(
        "/dashboard/programme/logo", "logo", "shop.jpg", red.getvalue(), "image/jpeg"
    )
    assert owner_browser.status == 200
    assert "Logo</span>: <del>—</del> → <ins>the new picture</ins>" in owner_browser.html
    stamp_after, member_after = _PREVIEW.findall(owner_browser.html)
    assert (stamp_after, member_after) != (stamp_before, member_before)
    for drawn in (stamp_after, member_after):  # the logo sits at the band's left
        r, g, b = _picture(drawn).getpixel((MARGIN + 20, BAND // 2))  # type: ignore[misc]
        assert r > 150 and g < 60 and b < 60, (r, g, b)
    kept = json.loads(owner_browser.hidden("content"))["brand"]["logo_png"]
    assert max(_picture(kept).size) <= 600  # made small once, not carried at 2000 px
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert (app.live.version, app.program.brand.logo_png) == (1, kept)

    await owner_browser.submit("/dashboard/programme/logo", remove="1")
    assert "Logo</span>: <del>the earlier picture</del> → <ins>—</ins>" in owner_browser.html
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert (app.live.version, app.program.brand.logo_png) == (2, None)


async def test_the_owner_downloads_customers_and_ledger_and_staff_cannot(
    app: App, owner_browser: Browser
) -> None:
    amina = await Chat(app, "700").join("sw", name="Amina")
    await app.loyalty.purchases.record(amina, "1000", idempotency_key="r-1")
    page = await owner_browser.open("/dashboard/customers")
    assert 'href="/dashboard/export/customers.csv"' in page
    async with owner_browser.http.get(
        owner_browser.server.make_url("/dashboard/export/customers.csv")
    ) as answer:
        assert answer.status == 200
        assert "attachment" in answer.headers["Content-Disposition"]
        rows = list(csv.DictReader(io.StringIO((await answer.read()).decode("utf-8-sig"))))
    assert "Amina" in {row["name"] for row in rows}
    async with owner_browser.http.get(
        owner_browser.server.make_url("/dashboard/export/ledger.csv")
    ) as answer:
        ledger = (await answer.read()).decode("utf-8-sig")
    assert ",earn,100,100,1000.00," in ledger
    async with app.db.read() as session:
        exported = await session.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "export")
        )
    assert exported == 2


async def test_the_owner_sets_a_welcome_gift_that_new_members_get(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit(
        "/dashboard/programme/propose", welcome__points="30", welcome__stamps="2"
    )
    said = html.unescape(owner_browser.html)
    assert "Points as a welcome gift, once per person</span>: <del>0</del> → <ins>30</ins>" in said
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert (app.program.welcome.points, app.program.welcome.stamps) == (30, 2)
    newcomer = await Chat(app, "800").join("en", name="Wanjiru")
    assert await balance(app, newcomer) == 30


async def test_an_owner_makes_a_till_key_sees_it_once_and_revokes_it(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/api")
    assert owner_browser.status == 200
    assert app.translator("en", "apikey-none") in owner_browser.html
    await owner_browser.submit("/dashboard/api/new", name="   ")
    assert owner_browser.status == 400
    assert app.translator("en", "error-invalid-api-key", reason="name") in html.unescape(
        owner_browser.html
    )
    # Only "look up members" ticked: a key that reads and nothing else.
    form = aiohttp.FormData()
    for name, value in (("csrf", owner_browser.csrf), ("name", "Front till"), ("scope", "read")):
        form.add_field(name, value)
    async with owner_browser.http.post(
        owner_browser.server.make_url("/dashboard/api/new"), data=form
    ) as made:
        page = await made.text()
    key = re.search(r'<code id="new-key">(lk_[A-Z0-9]+_[A-Za-z0-9_-]+)</code>', page)
    assert key is not None
    till = await app.loyalty.api_keys.authenticate(key.group(1))
    assert till is not None and till.scopes == frozenset({"read"}) and till.name == "Front till"
    listing = await owner_browser.open("/dashboard/api")
    assert key.group(1) not in listing  # shown once, then only its start
    prefix = key.group(1)[:11]  # "lk_" and eight letters: how lists name it
    assert f"{prefix}…" in listing
    await owner_browser.submit(f"/dashboard/api/{prefix}/revoke")
    assert await app.loyalty.api_keys.authenticate(key.group(1)) is None
    audit = html.unescape(await owner_browser.open("/dashboard/audit"))
    assert "api_key_revoke" in audit and "api_key" in audit


async def test_an_owner_adds_a_webhook_on_the_till_api_page(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/api")
    await owner_browser.submit("/dashboard/api/webhooks", url="http://crm.example.com/hook")
    assert owner_browser.status == 400
    form = aiohttp.FormData()
    fields = (
        ("csrf", owner_browser.csrf),
        ("url", "https://crm.example.com/hook"),
        ("event", "member.joined"),
        ("event", "tier.reached"),
    )
    for name, value in fields:
        form.add_field(name, value)
    url = owner_browser.server.make_url("/dashboard/api/webhooks")
    async with owner_browser.http.post(url, data=form) as made:
        page = await made.text()
    secret = re.search(r'<code id="new-secret">(whsec_[A-Za-z0-9_-]+)</code>', page)
    assert secret is not None
    (hook,) = await app.loyalty.webhooks.listing()
    assert hook.events == ("member.joined", "tier.reached")
    listing = await owner_browser.open("/dashboard/api")
    assert "https://crm.example.com/hook" in listing and secret.group(1) not in listing
    await owner_browser.submit(f"/dashboard/api/webhooks/{hook.id}/remove")
    assert await app.loyalty.webhooks.listing() == []


async def test_the_owner_chooses_how_many_to_keep_back_and_sees_the_effect(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    for i in range(119):
        await app.loyalty.customers.register("test", f"d{i}", language="en", marketing_consent=True)
    await owner_browser.open("/dashboard/campaigns")
    assert 'name="holdout" type="number" min="0" max="50" value="10"' in owner_browser.html
    await owner_browser.submit(
        "/dashboard/campaigns/preview", segment="all", holdout="20", **{"text.en": "Hello all"}
    )
    said = html.unescape(owner_browser.html)
    assert "🧪 24 of them (20 %) are kept back" in said and "Send to 96 customers" in said
    form = {n: owner_browser.hidden(n) for n in ("nonce", "segment", "when", "holdout", "text.en")}
    await owner_browser.submit("/dashboard/campaigns/send", **form)
    (view,) = await app.loyalty.campaigns.recent()
    assert sum(view.counts.values()) == 96
    await drain_outbox(app)
    clock.advance(hours=1)  # within the session's two idle hours
    page = html.unescape(await owner_browser.open("/dashboard/campaigns"))
    assert f"📊 #{view.id}, 7 days on, so far" in page and "of the 24 kept back" in page
    assert '<svg class="effect"' in page  # and as a chart: those who got it, those kept back


async def test_the_owner_sets_the_review_page_and_the_anniversary_bonus(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    assert 'name="feedback.review_url"' in page and 'name="bonuses.anniversary_points"' in page
    await owner_browser.submit(
        "/dashboard/programme/propose",
        bonuses__birthday_points="0",
        bonuses__anniversary_points="30",
        feedback__review_url="https://g.page/r/baraka-cafe/review",
    )
    said = html.unescape(owner_browser.html)
    assert "Points on each anniversary of joining" in said and "g.page/r/baraka-cafe" in said
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
        source="dashboard",
    )
    program = app.program
    assert program.bonuses.anniversary_points == 30
    assert program.feedback.review_url == "https://g.page/r/baraka-cafe/review"
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit(
        "/dashboard/programme/propose", feedback__review_url="http://not-https.example"
    )
    assert owner_browser.status == 400  # only an https address


async def test_the_owner_follows_draws_and_surveys_and_downloads_a_record(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    await owner_browser.open("/dashboard/draws")
    assert owner_browser.status == 200
    assert app.translator("en", "draws-list-empty") in owner_browser.html
    owner = await owner_actor(app)
    draw_id = await app.loyalty.draws.open(
        NewDraw(
            "A hamper",
            clock.now() + timedelta(minutes=5),
            DrawEntryKind.PURCHASE,
            app.loyalty.purchases.minor_units("500"),
            1,
            1,
        ),
        actor=owner,
    )
    amina = await Chat(app, "60").join("sw", name="Amina")
    await app.loyalty.purchases.record(amina, "600", idempotency_key="r1")
    survey = await app.loyalty.surveys.create(
        "Tea or coffee?", ["Tea", "Coffee"], "all", "en", actor=owner
    )
    await app.loyalty.campaigns.enqueue(survey.campaign_id)
    await app.loyalty.surveys.answer(amina, survey.id, 1)
    clock.advance(minutes=10)  # well within the dashboard's session
    await app.loyalty.draws.draw_due()

    page = html.unescape(await owner_browser.open("/dashboard/draws"))
    view = await app.loyalty.draws.view(draw_id)
    assert f"#{draw_id} A hamper: drawn on" in page
    assert f"Winning ticket: {view.winning[0]}" in page
    assert view.commitment in page
    assert "📊 Survey 1: Tea or coffee?" in page and "Coffee: 1" in page
    assert "<title>Coffee: 1</title>" in page
    async with owner_browser.http.get(
        owner_browser.server.make_url(f"/dashboard/draws/{draw_id}.txt")
    ) as download:
        assert download.status == 200
        record = await download.text()
    assert check_record(record).holds
    async with owner_browser.http.get(
        owner_browser.server.make_url("/dashboard/draws/99.txt")
    ) as r:
        assert r.status == 404


def _happy_form(
    prefix: str, days: list[str], months: list[str], **values: str
) -> list[tuple[str, str]]:
    fields = [(f"{prefix}days", ""), *((f"{prefix}days", d) for d in days)]
    fields += [(f"{prefix}months", ""), *((f"{prefix}months", m) for m in months)]
    return fields + [(f"{prefix}{name}", value) for name, value in values.items()]


async def test_the_owner_adds_a_happy_hour_edits_its_days_and_sees_it_used(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    assert "Happy hours" in page and "Add a happy hour" in page
    names = {"name.en": "Monday double points", "name.sw": "Jumatatu ya pointi mara mbili",
             "name.el": "Διπλοί πόντοι της Δευτέρας", "name.am": "የሰኞ እጥፍ ነጥብ"}  # fmt: skip
    new = _happy_form(
        "", ["mon", "thu"], [], start="08:00", end="18:00", multiplier="2",
        bonus_stamps="0", limit="1", period="day", **names,
    )  # fmt: skip
    await owner_browser.submit_ticked(
        "/dashboard/programme/propose", [("section", "new-happy-hour"), *new]
    )
    said = html.unescape(owner_browser.html)
    assert "Happy hour: Monday double points</span>: <ins>added</ins>" in said
    assert (
        "Happy hour: Monday double points · Days</span>: <del>—</del> → <ins>Monday, Thursday</ins>"
        in said
    )
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    (happy,) = app.program.happy_hours
    assert (happy.key, happy.days, happy.limit, happy.months) == (
        "monday-double-points",
        ["mon", "thu"],
        1,
        [],
    )

    # Thursdays off, and only in the rainy months; then an end equal to the start, refused.
    prefix = "happy_hours.monday-double-points."
    edit = _happy_form(
        prefix, ["mon"], ["3", "4", "5"], start="08:00", end="18:00", multiplier="2",
        bonus_stamps="0", limit="1", period="day", active="true",
    )  # fmt: skip
    await owner_browser.submit_ticked("/dashboard/programme/propose", edit)
    said = html.unescape(owner_browser.html)
    assert "· Days</span>: <del>Monday, Thursday</del> → <ins>Monday</ins>" in said
    assert (
        "· Only in these months (none ticked: all year)</span>: <del>—</del> → <ins>March, April, May</ins>"
        in said
    )
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    assert app.program.happy_hours[0].months == [3, 4, 5]
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit_ticked(
        "/dashboard/programme/propose",
        [(k, "08:00" if k.endswith(".end") else v) for k, v in edit],
    )
    assert owner_browser.status == 400
    assert app.translator("en", "dash-error-happy-end") in html.unescape(owner_browser.html)
    assert app.live.version == 2

    # Monday 2 March, 12:00 in Nairobi: it runs.
    amina = await app.loyalty.customers.register("test", "a-1", language="sw", name="Amina")
    await app.loyalty.purchases.record(amina.customer_id, "1000", idempotency_key="r1")
    page = html.unescape(await owner_browser.open("/dashboard/programme"))
    assert "Last 30 days: used once by one customer; 100 extra points, 0 extra stamps." in page


async def test_the_owner_adds_a_bundle_with_no_price_then_sees_it_sold(
    app: App, owner_browser: Browser
) -> None:
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit(
        "/dashboard/programme/propose",
        section="new-bundle",
        uses="10",
        valid_days="180",
        price="",
        name__en="10 haircuts",
        name__sw="Kunyoa mara 10",
        name__el="10 κουρέματα",
        name__am="10 የፀጉር ቆረጣ",
    )
    said = html.unescape(owner_browser.html)
    assert "Bundle: 10 haircuts</span>: <ins>added</ins>" in said
    assert "Bundle: 10 haircuts · Uses in one bundle</span>: <del>—</del> → <ins>10</ins>" in said
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    bundle = app.program.bundle("10-haircuts")
    assert bundle is not None and (bundle.uses, bundle.valid_days, bundle.price) == (10, 180, None)

    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit_ticked(  # a bundle of nothing
        "/dashboard/programme/propose", [("bundles.10-haircuts.uses", "0")]
    )
    assert owner_browser.status == 400 and app.live.version == 1
    refused = html.unescape(owner_browser.html)
    assert (
        app.translator(
            "en",
            "dash-error-too-small",
            field="Bundle: 10 haircuts · Uses in one bundle",
            limit="2",
        )
        in refused
    )

    staff = await owner_actor(app)
    amina = await app.loyalty.customers.register("test", "a-1", language="sw", name="Amina")
    await app.loyalty.bundles.sell(amina.customer_id, bundle, actor=staff, idempotency_key="s")
    await app.loyalty.bundles.use(amina.customer_id, None, actor=staff, idempotency_key="u")
    page = html.unescape(await owner_browser.open("/dashboard/programme"))
    assert "10 haircuts · 10 uses, 180 days" in page
    assert "Sold once; one held now, with 9 uses still to give." in page


async def test_the_owner_adds_a_gold_membership_and_one_that_gives_nothing_is_refused(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    assert "Add a membership" in page and 'name="messages.membership_reminder_days"' in page
    names = {"name__en": "Gold month", "name__sw": "Dhahabu mwezi mmoja",
             "name__el": "Χρυσός μήνας", "name__am": "የወርቅ ወር"}  # fmt: skip
    await owner_browser.submit(
        "/dashboard/programme/propose",
        section="new-membership",
        months="1",
        tier="",
        discount_percent="0",
        price="",
        **names,
    )
    assert owner_browser.status == 400
    assert app.translator("en", "dash-error-member-nothing") in html.unescape(owner_browser.html)
    await owner_browser.submit(
        "/dashboard/programme/propose",
        section="new-membership",
        months="1",
        tier="gold",
        discount_percent="5",
        price="500",
        **names,
    )
    said = html.unescape(owner_browser.html)
    assert (
        "Membership: Gold month · Earns as the tier</span>: <del>—</del> → <ins>gold</ins>" in said
    )
    await owner_browser.submit(
        "/dashboard/programme/save",
        content=owner_browser.hidden("content"),
        base=owner_browser.hidden("base"),
    )
    gold = app.program.membership("gold-month")
    assert gold is not None and (gold.months, gold.tier, gold.discount_percent) == (1, "gold", 5)
    page = html.unescape(await owner_browser.open("/dashboard/programme"))
    assert '<option value="gold" selected>' in page


async def test_the_owner_opens_a_draw_and_sends_a_survey_from_the_dashboard_each_once(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/draws")
    assert "Open a prize draw" in page and "Ask a question" in page
    draw = {"prize": "A hamper", "entry": "purchase", "closes": "2026-12-24T18:00",
            "threshold": "500", "cap": "2", "winners": "1"}  # fmt: skip
    nonce = owner_browser.hidden("nonce")
    await owner_browser.submit("/dashboard/draws/open", nonce=nonce, **(draw | {"closes": "soon"}))
    assert owner_browser.status == 400
    refused = app.translator("en", "error-invalid-draw", field="closes")
    assert refused in html.unescape(owner_browser.html)
    nonce = owner_browser.hidden("nonce")
    await owner_browser.submit("/dashboard/draws/open", nonce=nonce, **draw)
    assert app.translator("en", "dash-draw-opened", draw=1) in html.unescape(owner_browser.html)
    await owner_browser.submit("/dashboard/draws/open", nonce=nonce, **draw)  # a double click
    (opened,) = await app.loyalty.draws.views()
    assert (opened.prize, opened.threshold, opened.cap, opened.winners) == (
        "A hamper",
        app.loyalty.purchases.minor_units("500"),
        2,
        1,
    )
    assert opened.closes_at.astimezone(app.program.shop.tz).hour == 18  # the shop's 18:00

    amina = Chat(app, "10")
    await amina.join("sw", name="Amina")
    ask = {"segment": "all", "question": "Tea or coffee?", "choice1": "Tea", "choice2": "Coffee"}
    await owner_browser.submit("/dashboard/surveys/preview", **(ask | {"segment": "nowhere"}))
    assert owner_browser.status == 400 and await app.loyalty.surveys.recent() == []
    await owner_browser.submit("/dashboard/surveys/preview", **(ask | {"choice2": "tea"}))
    refused = app.translator("en", "error-invalid-survey", field="choices")
    assert owner_browser.status == 400 and refused in html.unescape(owner_browser.html)
    await owner_browser.submit("/dashboard/surveys/preview", **ask)
    said = html.unescape(owner_browser.html)
    assert "Tea or coffee?\n1. Tea\n2. Coffee" in said and "📨 Ask 2 customers" in said
    assert await app.loyalty.surveys.recent() == []  # nothing sent before the press
    form = {
        k: owner_browser.hidden(k) for k in ("nonce", "segment", "question", "choice1", "choice2")
    }
    await owner_browser.submit("/dashboard/surveys/send", **form)
    assert app.translator("en", "survey-sent", survey=1, count=2) in html.unescape(
        owner_browser.html
    )
    await owner_browser.submit("/dashboard/surveys/send", **form)  # a reload
    (survey,) = await app.loyalty.surveys.recent()
    assert (survey.question, survey.choices) == ("Tea or coffee?", ("Tea", "Coffee"))


LANGS = ("en", "sw", "el", "am")


def _texts(prefix: str, en: str, sw: str, el: str, am: str) -> list[tuple[str, str]]:
    """A form's four fields of one text, one per language."""
    return [(f"{prefix}.{lang}", text) for lang, text in zip(LANGS, (en, sw, el, am), strict=True)]


async def _save(browser: Browser) -> None:
    await browser.submit(
        "/dashboard/programme/save", content=browser.hidden("content"), base=browser.hidden("base")
    )


async def test_the_owner_adds_a_lunch_card_and_ladder_steps_that_a_greek_customer_then_sees(
    app: App, owner_browser: Browser
) -> None:
    propose = "/dashboard/programme/propose"
    await owner_browser.open("/dashboard/programme")
    lunch = _texts("name", "Lunch card", "Kadi ya mchana", "Κάρτα μεσημεριανού", "የምሳ ካርድ")
    meal = _texts("reward", "A free lunch", "Chakula bure", "Δωρεάν γεύμα", "ነፃ ምሳ")
    await owner_browser.submit_ticked(
        propose, [("section", "new-card"), ("slots", "5"), *lunch, *meal]
    )
    said = html.unescape(owner_browser.html)
    assert "Card: Lunch card</span>: <ins>added</ins>" in said
    await _save(owner_browser)
    card = app.program.card("lunch-card")
    assert card is not None and card.slots == 5 and card.reward.el == "Δωρεάν γεύμα"

    drink = _texts("reward", "A cold drink", "Kinywaji baridi", "Κρύο ρόφημα", "ቀዝቃዛ መጠጥ")
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit_ticked(  # a step that only a full card could reach
        propose, [("section", "new-step"), ("card", "lunch-card"), ("at", "5"), *drink]
    )
    assert owner_browser.status == 400
    assert app.translator("en", "dash-error-step-past-full") in html.unescape(owner_browser.html)
    await owner_browser.submit_ticked(
        propose, [("section", "new-step"), ("card", "lunch-card"), ("at", "2"), *drink]
    )
    said = html.unescape(owner_browser.html)
    assert "Card: Lunch card · Step at 2 stamps</span>: <ins>added</ins>" in said
    await _save(owner_browser)

    cookie = _texts("reward", "A cookie", "Biskuti", "Μπισκότο", "ብስኩት")
    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit_ticked(
        propose, [("section", "new-step"), ("card", "main"), ("at", "3"), *cookie]
    )
    await _save(owner_browser)
    page = await owner_browser.open("/dashboard/programme")
    assert 'name="stamps.steps.3.reward.el" value="Μπισκότο"' in page
    # The main card's step renamed in Greek, and the card named, in one form.
    main = app.program.stamps
    fields = [
        ("stamps.slots", str(main.slots)),
        *_texts("stamps.reward", *(main.reward.get(lang) for lang in LANGS)),
        *_texts("stamps.name", "Coffee card", "Kadi ya kahawa", "Κάρτα καφέ", "የቡና ካርድ"),
        *_texts("stamps.steps.3.reward", "A cookie", "Biskuti", "Κουλουράκι", "ብስኩት"),
    ]
    await owner_browser.submit_ticked(propose, fields)
    said = html.unescape(owner_browser.html)
    assert "Step at 3 stamps · The step's reward (Ελληνικά)</span>: <del>Μπισκότο</del>" in said
    await _save(owner_browser)
    assert app.program.stamps.name is not None and app.program.stamps.name.el == "Κάρτα καφέ"

    staff = await owner_actor(app)
    nikos_chat = Chat(app, "602", channel="telegram")
    nikos = await nikos_chat.join("el", name="Nikos")
    await app.loyalty.stamps.add(nikos, 2, card="lunch-card", actor=staff)
    await nikos_chat.say("/card")
    coffee, lunch_card = nikos_chat.last
    assert coffee.text.startswith("☕ Η κάρτα σας: Κάρτα καφέ")
    assert "▫️ Με 3 σφραγίδες: Κουλουράκι" in coffee.text
    assert lunch_card.text.startswith("☕ Η κάρτα σας: Κάρτα μεσημεριανού\n●●○○○")
    assert "✅ Δική σας τώρα, με 2 σφραγίδες: Κρύο ρόφημα" in lunch_card.text

    await owner_browser.open("/dashboard/programme")
    await owner_browser.submit_ticked(
        propose, [("section", "remove-step"), ("card", "lunch-card"), ("at", "2")]
    )
    said = html.unescape(owner_browser.html)
    assert "Card: Lunch card · Step at 2 stamps</span>: <ins>removed</ins>" in said
    await _save(owner_browser)
    after = app.program.card("lunch-card")
    assert after is not None and after.steps == []


async def test_the_owner_starts_the_programme_in_one_branch_first_then_widens_it(
    app: App, owner_browser: Browser
) -> None:
    page = await owner_browser.open("/dashboard/programme")
    assert 'name="branches.cbd.started" value="true" checked' in page
    propose = "/dashboard/programme/propose"
    form = [
        ("branches.westlands.name", "Westlands"),
        ("branches.westlands.started", "false"),
        ("branches.westlands.started", "true"),  # ticked: the box comes after the hidden field
        ("branches.cbd.name", "CBD"),
        ("branches.cbd.started", "false"),  # not ticked
    ]
    await owner_browser.submit_ticked(propose, form)
    said = html.unescape(owner_browser.html)
    assert "Branch: CBD · Programme started</span>: <del>yes</del> → <ins>no</ins>" in said
    await _save(owner_browser)
    assert app.program.not_started() == {"cbd": "CBD"}
    page = await owner_browser.open("/dashboard/overview?days=7")  # not computed before
    assert "Pilot (Westlands) · members who came: 0" in html.unescape(page)

    await owner_browser.submit_ticked(propose, [*form, ("branches.cbd.started", "true")])
    await _save(owner_browser)
    assert app.program.not_started() == {}
