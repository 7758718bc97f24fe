"""The languages as a native speaker reads them, kept so: the faults a reviewer found stay
mended (a table of renderings), every message renders with the counts 0, 1, 2 and 5 and
with the shipped programme's names, a programme name is never glued into a sentence's
grammar, the glossary's rejected variants stay out, and every menu label works when a
customer types it on WhatsApp."""

from __future__ import annotations

import re
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.i18n import LOCALES_DIR, Translator
from bot.languages import LANGUAGES
from handlers.callbacks import encode
from handlers.catalog import CATALOG
from tests.conversations.test_locales import messages
from tests.helpers.chat import Chat
from tests.helpers.programmes import make_program

PROGRAM = make_program()
CARD_REWARD = {language: PROGRAM.stamps.reward.get(language) for language in LANGUAGES}

# (language, message, arguments, what a reader must see): each row a fault once shipped.
RENDERINGS: list[tuple[str, str, dict[str, Any], str]] = [
    ("sw", "delete-no", {}, "Hapana, usifute akaunti yangu"),
    (
        "sw",
        "balance-next-tier",
        {"missing": 1, "next": "Fedha"},
        "Imebaki pointi 1 kufikia daraja la Fedha.",
    ),
    (
        "sw",
        "balance-next-tier",
        {"missing": 5, "next": "Fedha"},
        "Zimebaki pointi 5 kufikia daraja la Fedha.",
    ),
    (
        "sw",
        "balance-expiring",
        {"points": 1, "date": "1 Des 2026"},
        "Pointi 1 itaisha muda tarehe 1 Des 2026: itumie kabla ya hapo.",
    ),
    (
        "sw",
        "notice-expiry",
        {"points": 1, "days": 1, "date": "1 Des"},
        "⏳ Pointi yako 1 inaisha muda kesho (1 Des). Itumie kwenye /rewards!",
    ),
    (
        "sw",
        "notice-expiry",
        {"points": 5, "days": 0, "date": "1 Des"},
        "⏳ Pointi zako 5 zinaisha muda leo. Zitumie kwenye /rewards!",
    ),
    (
        "sw",
        "invite-stats",
        {"joined": 2, "rewarded": 1},
        "Marafiki waliojiunga: 2. Waliokuletea pointi hadi sasa: 1.",
    ),
    ("sw", "menu-mycode", {}, "🔖 Namba ya uanachama"),
    ("sw", "command-balance", {}, "Pointi zako na daraja lako"),
    (
        "sw",
        "rewards-code",
        {"code": "AB12", "minutes": 15, "time": "09:05"},
        "Onyesha msimbo huu kaunta: AB12\nUnatumika kwa dakika 15, hadi 09:05.",
    ),
    ("sw", "when-daily", {"time": "09:05"}, "kila siku, 09:05"),
    (
        "el",
        "notice-card-ready",
        {"reward": CARD_REWARD["el"]},
        "🎁 Η γεμάτη κάρτα σφραγίδων σας σάς περιμένει. Η ανταμοιβή σας: Δωρεάν καφές της "
        "επιλογής σας. Πάρτε την από το /rewards.",
    ),
    (
        "el",
        "rewards-card-item",
        {"reward": CARD_REWARD["el"]},
        "☕ Δωρεάν καφές της επιλογής σας: με μία γεμάτη κάρτα σφραγίδων",
    ),
    (
        "el",
        "picture-card-reward",
        {"reward": CARD_REWARD["el"]},
        "Γεμάτη κάρτα: Δωρεάν καφές της επιλογής σας",
    ),
    (
        "el",
        "notice-points",
        {"points": 1, "shop": "Baraka Café", "balance": 1},
        "🎉 +1 πόντος από Baraka Café. Έχετε τώρα 1 πόντο.",
    ),
    (
        "el",
        "notice-offer-claimed",
        {"points": 1, "balance": 5},
        "🎁 +1 πόντος προσφοράς. Τώρα έχετε 5 πόντους.",
    ),
    (
        "el",
        "notice-referral",
        {"points": 1},
        "🤝 Ο φίλος σας έκανε την πρώτη του αγορά: +1 πόντος για εσάς!",
    ),
    (
        "el",
        "notice-undone-points",
        {"points": 1, "balance": 1},
        "↩️ Διορθώθηκε μια λανθασμένη καταχώριση: −1 πόντος. Έχετε τώρα 1 πόντο.",
    ),
    (
        "el",
        "rewards-item-locked",
        {"name": "Εσπρέσο", "cost": 100, "missing": 1},
        "▫️ Εσπρέσο: 100 πόντοι (λείπει 1)",
    ),
    ("el", "segments-line", {"segment": "VIP", "count": 1}, "VIP: 1 πελάτης"),
    ("el", "offer-bonus-multiplier", {"times": 2}, "Διπλοί πόντοι σε κάθε αγορά"),
    ("el", "offer-bonus-multiplier", {"times": 3}, "Τριπλοί πόντοι σε κάθε αγορά"),
    ("el", "join-consent-yes", {}, "Ναι, ευχαρίστως"),
    (
        "en",
        "notice-points",
        {"points": 1, "shop": "Baraka Café", "balance": 1},
        "🎉 +1 point at Baraka Café. You now have 1 point.",
    ),
    (
        "en",
        "notice-redeemed",
        {"reward": CARD_REWARD["en"], "shop": "Baraka Café"},
        "🎁 Redeemed: Free coffee of your choice. Enjoy, and thank you for visiting Baraka Café!",
    ),
    ("am", "balance-stamps", {"stamps": 3, "slots": 10}, "የማህተም ካርድ፦ 3/10"),
    (
        "am",
        "staff-stamped",
        {"name": "Abebe", "count": 1, "stamps": 3, "slots": 10},
        "✅ Abebe፦ +1 ማህተም። ካርድ፦ 3/10።",
    ),
    (
        "am",
        "notice-card-full",
        {"reward": CARD_REWARD["am"]},
        "🎁 የማህተም ካርድዎ ሞልቷል! ሽልማትዎ፦ የሚመርጡት ነጻ ቡና። በ/rewards ይውሰዱት።",
    ),
    (
        "am",
        "notice-redeemed",
        {"reward": "ኤስፕሬሶ", "shop": "Java House"},
        "🎁 የወሰዱት ሽልማት፦ ኤስፕሬሶ። መልካም ጊዜ! ስለጎበኙን እናመሰግናለን — Java House",
    ),
    ("am", "broadcast-send", {"count": 1}, "📤 ለ1 ደንበኛ ላክ"),
    ("am", "balance-next-tier", {"next": "ብር", "missing": 1}, "ብር ደረጃ ለመድረስ 1 ነጥብ ይቀሩዎታል።"),
    ("am", "rewards-yes", {}, "✅ አዎ፣ ልውሰደው"),
    ("am", "rewards-pick", {}, "ለመውሰድ የሚፈልጉትን ሽልማት ይጫኑ።"),
    (
        "sw",
        "broadcast-quiet",
        {"time": "21:00"},
        "🌙 Sasa ni saa za utulivu: utumaji utaanza 21:00.",
    ),
    (
        "sw",
        "error-stamp-cooldown",
        {"retry_at": "09:05"},
        "Tafadhali subiri kidogo: muhuri unaofuata unawezekana kuanzia 09:05.",
    ),
    (
        "sw",
        "notice-winback",
        {"shop": "Baraka Café", "days": 30},
        "👋 Tumekukumbuka! Sisi wa Baraka Café hatujakuona kwa zaidi ya siku 30. "
        "Pointi zako zinakusubiri: /balance",
    ),
    (
        "sw",
        "balance-top-tier",
        {},
        "Uko kwenye daraja letu la juu kabisa. Asante kwa kuwa mteja wetu mwaminifu!",
    ),
    ("sw", "staff-usage-claim", {}, "Matumizi: /claim <namba ya uanachama> <msimbo wa ofa>"),
    (
        "el",
        "compose-ask-until",
        {},
        "📅 Μέχρι πότε ισχύει η προσφορά; Στείλτε ημερομηνία (2026-12-31) ή αριθμό ημερών (7), "
        "ή πατήστε Παράλειψη για να μη λήγει.",
    ),
    ("am", "card-progress", {"stamps": 3, "slots": 10}, "ማህተሞች፦ 3/10"),
    ("am", "notice-stamps", {"count": 1, "stamps": 3, "slots": 10}, "☕ +1 ማህተም፦ 3/10።"),
    (
        "am",
        "rewards-confirm-card",
        {"reward": CARD_REWARD["am"]},
        "አንድ የሞላ የማህተም ካርድ ይቀይሩ? የሚያገኙት፦ የሚመርጡት ነጻ ቡና።",
    ),
    (
        "am",
        "rewards-code",
        {"code": "AB12", "minutes": 15, "time": "09:05"},
        "ይህን ኮድ በካውንተሩ ያሳዩ፦ AB12\nለ15 ደቂቃ፣ እስከ 09:05 ድረስ ያገለግላል።",
    ),
    (
        "am",
        "broadcast-started",
        {"campaign": 3, "count": 1},
        "📤 ዘመቻ #3 ለ1 ደንበኛ እየተላከ ነው። ሂደቱን አሳውቅዎታለሁ፤ /campaigns ም ያሳያል።",
    ),
    (
        "en",
        "rewards-confirm-card",
        {"reward": CARD_REWARD["en"]},
        "Exchange one full stamp card? You get: Free coffee of your choice.",
    ),
]


@pytest.mark.parametrize(
    ("language", "message", "args", "expected"),
    RENDERINGS,
    ids=[f"{row[0]}/{row[1]}/{'-'.join(map(str, row[2].values()))}" for row in RENDERINGS],
)
def test_the_mended_faults_stay_mended(
    language: str, message: str, args: dict[str, Any], expected: str
) -> None:
    assert Translator()(language, message, **args) == expected  # type: ignore[arg-type]


# Variables that carry a name from the programme or a person; the rest are counts, dates
# and codes, given a number here (a sentence must survive any count).
NAMES = {
    "reward": CARD_REWARD,
    "name": {language: PROGRAM.rewards[0].name.get(language) for language in LANGUAGES},
    "tier": {language: PROGRAM.tiers.levels[1].name.get(language) for language in LANGUAGES},
    "next": {language: PROGRAM.tiers.levels[2].name.get(language) for language in LANGUAGES},
    "shop": dict.fromkeys(LANGUAGES, PROGRAM.shop.name),
}


# A plural noun right after the number 1: the mistake a missing [one] variant makes.
PLURAL_AFTER_ONE = {
    "en": re.compile(
        r"(?<![\d.,])1 (points|stamps|customers|days|minutes|codes|lines|ratings|messages)\b"
    ),
    "el": re.compile(
        r"(?<![\d.,])1 (πόντοι|πόντους|σφραγίδες|πελάτες|ημέρες|λεπτά|κωδικοί|βαθμολογίες|μηνύματα)"
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_with_any_count_and_the_programmes_names(language: str) -> None:
    translate = Translator()
    for (message, variables), count in product(messages("en").items(), (0, 1, 2, 5)):
        args = {v: NAMES[v][language] if v in NAMES else count for v in variables}
        text = translate(language, message, **args)  # type: ignore[arg-type]
        assert text.strip(), f"{language}/{message} is empty"
        assert "{" not in text and "}" not in text, f"{language}/{message}: {text}"
        plural = PLURAL_AFTER_ONE.get(language)
        if plural is not None and count == 1:
            assert not plural.search(text), f"{language}/{message} says “1 …s”: {text}"


_ETHIOPIC = "\u1200-\u135a"  # letters, not the script's punctuation (፦ ።)
_GLUED = re.compile(
    rf"[{_ETHIOPIC}]\{{ \$(reward|name|shop|offer|tier|next|segment|title) \}}"
    rf"|\{{ \$(reward|name|shop|offer|tier|next|segment|title) \}}[{_ETHIOPIC}]"
)


def _sources(language: str) -> dict[str, str]:
    # words.ftl lists what customers may type, variants included on purpose.
    return {
        path.name: path.read_text("utf-8")
        for path in sorted((LOCALES_DIR / language).glob("*.ftl"))
        if path.name != "words.ftl"
    }


def test_amharic_never_glues_a_prefix_or_suffix_to_a_name() -> None:
    for name, text in _sources("am").items():
        glued = _GLUED.search(text)
        assert glued is None, f"am/{name}: {glued.group(0) if glued else ''}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stamp_cards_reward_stands_alone(language: str) -> None:
    """After a colon, in quotes or at the start of a line: never where grammar would
    have to bend it (a case, a noun class, an article)."""
    alone = re.compile(r"(^|[:፦«“]\s?|☕ )\{ \$reward \}", re.MULTILINE)
    for name, text in _sources(language).items():
        for line in text.splitlines():
            if "{ $reward }" in line:
                assert alone.search(line.strip()), f"{language}/{name}: {line.strip()}"


def _rejected_variants() -> list[tuple[str, str]]:
    glossary = (LOCALES_DIR / "GLOSSARY.md").read_text("utf-8")
    table = glossary.split("## Variants not to use", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (en|sw|el|am) \| (.+?) \| .+ \|$", table, re.MULTILINE)
    assert len(rows) >= 10, "the glossary's table of variants was not read"
    return rows


@pytest.mark.parametrize(("language", "variant"), _rejected_variants())
def test_a_variant_the_glossary_rejects_is_not_in_any_message(language: str, variant: str) -> None:
    for name, text in _sources(language).items():
        assert variant not in text, f"{language}/{name} uses “{variant}” (see GLOSSARY.md)"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_menu_label_typed_on_whatsapp_does_what_its_button_does(
    app: App, language: str
) -> None:
    chat = Chat(app, "254700000009", channel="whatsapp")
    await chat.join(language, name="Amina")
    t = app.translator
    for item in CATALOG.menu:
        pressed = await chat.press_data(encode(item.action))
        label = t(language, item.label)  # type: ignore[arg-type]
        typed = await chat.say(label)
        assert [r.text for r in typed] == [r.text for r in pressed], f"{language}: {label!r}"
    await chat.say(t(language, "menu-balance"))  # type: ignore[arg-type]
    await chat.say(t(language, "menu-back"))  # type: ignore[arg-type]
    assert chat.text == t(language, "menu-title")  # type: ignore[arg-type]


def test_the_glossary_is_where_the_readme_says() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert "locales/GLOSSARY.md" in readme


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_customer_who_types_every_button_label_joins_and_redeems(
    app: App, language: str
) -> None:
    """On an app that shows no buttons, or out of habit, typing a label is tapping it; only
    the latest answer's buttons count."""
    t = app.translator
    chat = Chat(app, "254700000010", channel="whatsapp")
    await chat.say("/start")
    await chat.say(t(language, "language-name"))  # type: ignore[arg-type]
    await chat.say(chat.labels()[0])  # "Use “Amina”"
    await chat.say(t(language, "join-skip-phone"))  # type: ignore[arg-type]
    await chat.say(t(language, "join-consent-yes").upper())  # type: ignore[arg-type]
    customer = await app.loyalty.customers.find_by_identity("whatsapp", "254700000010")
    assert customer is not None and customer.language == language
    assert customer.member_code in chat.text  # the welcome, with the member code

    await app.loyalty.purchases.record(customer.customer_id, "5000", idempotency_key="r-1")
    await chat.say(t(language, "menu-rewards"))  # type: ignore[arg-type]
    espresso = next(
        label for label in chat.labels() if PROGRAM.rewards[0].name.get(language) in label
    )
    await chat.say(espresso)
    await chat.say(t(language, "rewards-yes"))  # type: ignore[arg-type]
    code = (await app.loyalty.redemptions.pending_for(customer.customer_id))[0].code
    assert code in chat.text

    await chat.say("English" if language != "en" else "Ελληνικά")  # a label of long ago
    assert (await app.loyalty.customers.get(customer.customer_id)).language == language
