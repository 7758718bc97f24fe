"""The pictures the bot draws: stamps counted where the slots are, every character of every
language drawn with a real glyph (never the font's box), the QR read back by a decoder, the
owner's colours and logo, and the cache. Checks that do not depend on pixel-exact fonts."""

from __future__ import annotations

import io
import itertools
import logging
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import matplotlib.pyplot as plt
import numpy
import pytest
import zxingcpp
from PIL import Image, ImageFont

from bot.app import App, open_app
from bot.cli import main
from bot.clock import ManualClock
from bot.i18n import Speaker, Translator
from bot.images import drawn
from bot.images.chart import members_and_activity
from bot.images.member_card import member_card
from bot.images.paint import BAND, DARK, LIGHT, MARGIN, WIDTH, ink_on
from bot.images.stamp_card import slots_layout, stamp_card
from bot.images.typeface import FONTS_DIR, REGULAR, Typeface, bold, character_map, regular
from bot.images.words import StampCardWords
from bot.languages import LANGUAGES
from bot.program import Brand, Program, ProgramError, load_program
from bot.samples import sample_days
from bot.settings import EXAMPLE_PROGRAM, Settings
from handlers.card import card_words
from handlers.member_code import member_words
from handlers.stats import chart_words
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program

LINK = "https://t.me/baraka_bot?start=m_K7M2QXA"
PRIVATE_USE = "\ue000"  # no font has a glyph here: it draws the font's "missing" box


def picture(data: bytes | None) -> Image.Image:
    assert data is not None and data.startswith(b"\x89PNG")
    return Image.open(io.BytesIO(data)).convert("RGB")


def close(pixel: tuple[int, ...], colour: str, tolerance: int = 24) -> bool:
    target = Image.new("RGB", (1, 1), colour).getpixel((0, 0))
    assert isinstance(target, tuple)
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))


def pixels_near(image: Image.Image, colour: str, tolerance: int = 6) -> int:
    target = numpy.array(Image.new("RGB", (1, 1), colour).getpixel((0, 0)), dtype=numpy.int16)
    difference = numpy.abs(numpy.asarray(image, dtype=numpy.int16) - target)
    return int((difference <= tolerance).all(axis=2).sum())


def words_in(program: Program, language: str) -> list[str]:
    """Every string the three pictures draw for a reader of `language`."""
    speak = Speaker(Translator(), language, program.shop.tz, program.shop.currency)  # type: ignore[arg-type]
    card = card_words(speak, program, 3, program.stamps.slots, 2)
    top = program.tiers.levels[-1].key
    member, _ = member_words(speak, program, "K7M2QXA", top)
    moment = datetime(2026, 3, 2, tzinfo=UTC)
    chart = chart_words(speak, moment, moment)
    texts = [card.shop, card.title, card.progress, card.reward, card.ready or ""]
    texts += [member.title, member.code, member.tier, member.hint]
    texts += [chart.title, chart.active, chart.members]
    texts += [tier.name.get(speak.language) for tier in program.tiers.levels]
    return texts


# --- the stamp card --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamps", "slots"), [(0, 3), (2, 5), (7, 10), (11, 12), (13, 20), (49, 50)]
)
def test_the_stamp_card_shows_as_many_stamps_as_were_collected(stamps: int, slots: int) -> None:
    brand = Brand()
    words = StampCardWords(
        "Baraka Café", "Stamp card", f"{stamps} / {slots}", "Full card: a coffee"
    )
    image = picture(stamp_card(brand, words, stamps, slots))
    layout = slots_layout(slots)
    assert image.width == WIDTH and image.height > layout.bottom  # the reward line is below
    assert len(layout.centres) == slots
    centres = [image.getpixel(c) for c in layout.centres]
    filled = [p for p in centres if isinstance(p, tuple) and close(p, brand.colour)]
    empty = [p for p in centres if isinstance(p, tuple) and close(p, brand.background)]
    assert (len(filled), len(empty)) == (stamps, slots - stamps)
    # Slots never overlap and stay inside the picture.
    xs = sorted({x for x, _ in layout.centres})
    assert all(b - a > layout.diameter for a, b in itertools.pairwise(xs))
    assert all(layout.diameter // 2 <= x <= WIDTH - layout.diameter // 2 for x in xs)


def test_a_full_card_waiting_is_drawn_in_the_accent_colour() -> None:
    brand = Brand(accent="#c0392b")
    plain = StampCardWords("Baraka Café", "Stamp card", "2 / 10", "Full card: a coffee")
    ready = StampCardWords(**{**_fields(plain), "ready": "A full card is waiting for you"})
    without, with_ready = (
        picture(stamp_card(brand, plain, 2, 10)),
        picture(stamp_card(brand, ready, 2, 10)),
    )
    assert with_ready.height > without.height
    assert pixels_near(with_ready, brand.accent) > 5_000
    assert pixels_near(without, brand.accent) == 0


def _fields(words: StampCardWords) -> dict[str, str | None]:
    return {name: getattr(words, name) for name in StampCardWords.__slots__}


def test_the_same_card_in_the_same_language_is_drawn_once() -> None:
    brand = Brand(colour="#123456")
    words = StampCardWords("Cache Café", "Stamp card", "4 / 10", "Full card: a coffee")
    before = stamp_card.cache_info()
    first = stamp_card(brand, words, 4, 10)
    second = stamp_card(brand, words, 4, 10)
    after = stamp_card.cache_info()
    assert first is second
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    greek = StampCardWords("Cache Café", "Κάρτα σφραγίδων", "4 / 10", "Γεμάτη κάρτα: ένας καφές")
    assert stamp_card(brand, greek, 4, 10) != first  # another language is another picture
    assert stamp_card(brand, words, 5, 10) != first  # another stamp is another picture


# --- every language, every glyph ---------------------------------------------------------


def _box(path: Path, size: int = 40) -> bytes:
    return bytes(ImageFont.truetype(str(path), size).getmask(PRIVATE_USE))


def drawn_as_boxes(typeface: Typeface, text: str) -> list[str]:
    """The characters of `text` whose drawing, in the font the typeface picks for them, is
    that font's missing-glyph box."""
    boxes = []
    for path, run in typeface.runs(text):
        font = ImageFont.truetype(str(path), 40)
        box = _box(path)
        boxes += [c for c in run if not c.isspace() and bytes(font.getmask(c)) == box]
    return boxes


def test_the_box_detector_finds_boxes() -> None:
    # Amharic in Noto Sans alone is all boxes; the detectors must say so, or they prove nothing.
    latin_only = Typeface(REGULAR[:1])
    assert ord(PRIVATE_USE) not in character_map(FONTS_DIR / REGULAR[0])
    assert latin_only.missing("ደረጃ") == "".join(sorted("ደረጃ"))
    assert drawn_as_boxes(latin_only, "ደረጃ Gold") == list("ደረጃ")
    assert drawn_as_boxes(regular, "ደረጃ Gold") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_on_the_pictures_has_a_glyph_in_every_language(language: str) -> None:
    program = make_program()
    texts = words_in(program, language)
    assert all(texts[:4])
    for typeface in (regular, bold):
        for text in texts:
            assert typeface.missing(text) == "", f"{language}: no glyph for {text!r}"
            assert drawn_as_boxes(typeface, text) == [], f"{language}: boxes in {text!r}"
    if language == "am":  # the Ethiopic font is really used, not skipped
        assert any(p.name.startswith("NotoSansEthiopic") for t in texts for p, _ in regular.runs(t))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stats_chart_draws_its_words_without_missing_glyphs(language: str) -> None:
    # matplotlib warns "Glyph ... missing from font(s)" and pytest turns warnings into errors.
    speak = Speaker(Translator(), language, make_program().shop.tz, "KES")  # type: ignore[arg-type]
    start, end = datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC)
    chart = picture(members_and_activity(sample_days(), chart_words(speak, start, end)))
    assert chart.size == (800, 450)


def test_the_chart_of_a_shop_with_nobody_yet_draws_no_negative_ticks() -> None:
    # An all-zero series once put ticks below 0, whose minus sign the fonts do not have.
    start = datetime(2026, 3, 2, tzinfo=UTC)
    empty = tuple((start.date() + timedelta(days=n), 0, 0) for n in range(30))
    chart = picture(members_and_activity(empty, chart_words(_speaker("el"), start, start)))
    assert chart.size == (800, 450)


def test_the_chart_check_would_catch_a_font_without_ethiopic() -> None:
    members_and_activity(sample_days(), chart_words(_speaker("am"), _day(), _day()))  # loads fonts
    figure = plt.figure()
    try:
        figure.text(0.1, 0.5, "ደረጃ", family=["Noto Sans"])
        with pytest.warns(UserWarning, match="missing from font"):
            figure.canvas.draw()
    finally:
        plt.close(figure)


def _speaker(language: str) -> Speaker:
    return Speaker(Translator(), language, make_program().shop.tz, "KES")  # type: ignore[arg-type]


def _day() -> datetime:
    return datetime(2026, 3, 2, tzinfo=UTC)


# --- the member card ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_member_card_qr_reads_back_as_the_staff_link(language: str) -> None:
    program = make_program()
    words, colour = member_words(_speaker(language), program, "K7M2QXA", "gold")
    image = picture(member_card(program.brand, words, colour, LINK))
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(image)]
    assert decoded == LINK
    assert colour == program.tier("gold").colour
    # The tier's badge is drawn in the tier's colour.
    assert pixels_near(image, colour) > 3_000


def test_text_is_dark_on_light_colours_and_light_on_dark_ones() -> None:
    assert (ink_on("#f7e463"), ink_on("#2d6a4f"), ink_on("#ffffff"), ink_on("#000000")) == (
        DARK,
        LIGHT,
        DARK,
        LIGHT,
    )


def test_a_long_shop_name_is_shortened_to_fit_the_band() -> None:
    name = "The Very Long Name Of A Neighbourhood Coffee And Pastry House In Westlands"
    image = picture(stamp_card(Brand(), StampCardWords(name, "Stamp card", "1 / 10", "x"), 1, 10))
    band_text = [
        x
        for x in range(WIDTH)
        for y in range(20, BAND - 20)
        if close(image.getpixel((x, y)), "#ffffff", 40)  # type: ignore[arg-type]
    ]
    assert band_text and max(band_text) <= WIDTH - MARGIN
    assert (
        bold.shorten(name, 52, 400).endswith("…")
        and bold.width(bold.shorten(name, 52, 400), 52) <= 400
    )


# --- the owner's brand -------------------------------------------------------------------


def _program_file(tmp_path: Path, brand: str) -> Path:
    """The example programme with one line of its [brand] section added or replaced."""
    key = brand.partition("=")[0].strip()
    text = EXAMPLE_PROGRAM.read_text("utf-8")
    head, rest = text.split("[brand]\n", 1)
    lines = [line for line in rest.split("\n") if not line.startswith(f"{key} =")]
    text = head + "[brand]\n" + brand + "\n" + "\n".join(lines)
    path = tmp_path / "program.toml"
    path.write_text(text, "utf-8")
    return path


def test_the_logo_from_the_programme_file_is_drawn_in_the_band(tmp_path: Path) -> None:
    Image.new("RGB", (200, 100), "#ff0000").save(tmp_path / "logo.png")
    program = load_program(_program_file(tmp_path, 'logo = "logo.png"'))
    assert program.brand.logo == (tmp_path / "logo.png").resolve()
    words = StampCardWords("Logo Café", "Stamp card", "1 / 10", "x")
    image = picture(stamp_card(program.brand, words, 1, 10))
    assert close(image.getpixel((MARGIN + 20, BAND // 2)), "#ff0000")  # type: ignore[arg-type]
    plain = picture(stamp_card(Brand(), words, 1, 10))
    assert close(plain.getpixel((MARGIN + 20, BAND // 2 - 30)), Brand().colour)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('logo = "nowhere.png"', "brand.logo: .* not found"),
        ('logo = "program.toml"', "brand.logo: .* is not a PNG or JPEG picture"),
        ('colour = "green"', "brand.colour: String should match pattern"),
    ],
)
def test_a_wrong_brand_is_refused_at_start_up(tmp_path: Path, line: str, expected: str) -> None:
    with pytest.raises(ProgramError, match=expected):
        load_program(_program_file(tmp_path, line))


# --- in the chat ---------------------------------------------------------------------------


async def test_card_and_mycode_answer_with_pictures_and_the_words_as_caption(app: App) -> None:
    chat = Chat(app, "pic-1")
    amina = await chat.join("el", name="Amina")
    await app.loyalty.stamps.add(amina, 3)
    await chat.say("/card")
    (reply,) = chat.last
    assert reply.text.startswith("☕ Η κάρτα σφραγίδων σας") and "3 σφραγίδες από 10" in reply.text
    image = picture(reply.image)
    filled = [
        c for c in slots_layout(10).centres if close(image.getpixel(c), app.program.brand.colour)
    ]  # type: ignore[arg-type]
    assert len(filled) == 3
    await chat.say("/mycode")
    (reply,) = chat.last
    code = (await app.loyalty.customers.get(amina)).member_code
    assert code in reply.text
    (decoded,) = [r.text for r in zxingcpp.read_barcodes(picture(reply.image))]
    assert decoded == code  # no deep link on this channel: the QR holds the code itself


async def test_a_picture_that_cannot_be_drawn_leaves_the_words(
    database_url: str, clock: ManualClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    logo = tmp_path / "gone.png"
    Image.new("RGB", (10, 10), "#00ff00").save(logo)
    program = make_program().model_copy(update={"brand": Brand(logo=logo)})
    async with open_app(Settings(database_url=database_url), program=program, clock=clock) as app:
        chat = Chat(app, "pic-2")
        await chat.join("sw", name="Baraka")
        logo.unlink()  # there at start-up, deleted since: the card cannot be drawn
        with caplog.at_level(logging.ERROR, logger="bot.images"):
            await chat.say("/card")
    (reply,) = chat.last
    assert reply.image is None and reply.text.startswith("☕ Kadi yako ya mihuri")
    assert "could not draw stamp_card" in caplog.text


async def test_drawing_runs_beside_the_event_loop() -> None:
    def boom() -> bytes:
        raise ValueError("broken")

    assert await drawn(lambda: b"\x89PNG") == b"\x89PNG"
    assert await drawn(boom) is None


def test_the_pictures_command_draws_every_picture_in_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PROGRAM_FILE", str(EXAMPLE_PROGRAM))
    assert main(["pictures", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        f"{kind}-{language}.png"
        for kind in ("stamp-card", "member-card", "stats")
        for language in LANGUAGES
    )
    assert "12 pictures written" in capsys.readouterr().out
    member = picture((tmp_path / "out" / "member-card-am.png").read_bytes())
    assert [r.text for r in zxingcpp.read_barcodes(member)] == [
        "https://t.me/your_shop_bot?start=m_K7M2QXA"
    ]
    shutil.rmtree(tmp_path / "out")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert main(["pictures", str(blocked)]) == 2
    assert "cannot write to" in capsys.readouterr().err
