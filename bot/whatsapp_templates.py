"""What to submit to Meta for the WhatsApp templates the programme file names: one body
per template and language, with {{1}} where the bot puts the message."""

from __future__ import annotations

from bot.i18n import Translator
from bot.languages import LANGUAGES
from bot.program import Program

KINDS = {
    # kind: (Meta's category, what uses it, an example message for Meta's reviewers)
    "marketing": ("MARKETING", "offers, campaigns, we-miss-you", "offer-bonus-multiplier"),
    "marketing_image": (
        "MARKETING",
        "offers and campaigns with a photo: an IMAGE header above the same body",
        "offer-bonus-multiplier",
    ),
    "reminder": ("UTILITY", "points expiring, stamp cards, birthdays", "notice-card-near"),
    "notice": ("UTILITY", "tier reached, campaign reports", "notice-offer-claimed"),
}
TEMPLATE_IDS = {
    "marketing": "whatsapp-template-marketing",
    "marketing_image": "whatsapp-template-marketing",
    "reminder": "whatsapp-template-reminder",
    "notice": "whatsapp-template-notice",
}
EXAMPLE_ARGS: dict[str, str | int] = {"times": 2, "points": 50, "balance": 450}


def describe(program: Program, translator: Translator) -> str:
    config = program.whatsapp
    lines: list[str] = []
    for kind, (category, used_for, example_id) in KINDS.items():
        name = getattr(config.templates, kind)
        if name is None:
            lines.append(
                f"{kind}: no template configured; outside the 24-hour window these "
                "messages are skipped"
            )
            continue
        lines.append(f"{name}  (category {category}; {used_for})")
        for language in LANGUAGES:
            code = config.template_languages.get(language, "en")
            if code != language and code in LANGUAGES:
                lines.append(
                    f"  {language}: uses the {code} template (Meta has none in {language})"
                )
                continue
            body = translator(language, TEMPLATE_IDS[kind], shop=program.shop.name, text="{{1}}")
            reward = program.stamps.reward.get(language)
            example = translator(language, example_id, reward=reward, **EXAMPLE_ARGS)
            lines.append(f"  {code}: {body}")
            lines.append(f"      example for {{{{1}}}}: {example}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
