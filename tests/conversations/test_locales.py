"""Every locale has every message, with the same variables; engine errors all have text."""

from __future__ import annotations

import ast as python_ast
import functools
import gc
import inspect
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor

import bot.loyalty.errors as errors_module
from bot.i18n import LOCALES_DIR, Translator
from bot.languages import LANGUAGES
from bot.loyalty.errors import ALL_ERRORS, LoyaltyError
from handlers.catalog import CATALOG
from handlers.help import OWNERS, TILL
from models import StaffRole


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


@functools.cache  # every file parsed once per run; callers only read the result
def messages(language: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES_DIR / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text("utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: syntax error near {junk[0].content[:60]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{path}: {entry.id.name} defined twice"
                names = _Variables()
                names.visit(entry)
                found[entry.id.name] = names.names
    return found


def test_every_locale_has_the_same_messages_with_the_same_variables() -> None:
    english = messages("en")
    assert english
    for language in LANGUAGES:
        assert messages(language) == english, f"locales/{language} differs from locales/en"


def test_the_same_feature_files_exist_in_every_locale() -> None:
    files = {lang: sorted(p.name for p in (LOCALES_DIR / lang).glob("*.ftl")) for lang in LANGUAGES}
    assert all(names == files["en"] for names in files.values()), files


def test_translations_are_not_english_left_in_place() -> None:
    english = Translator()
    variables = messages("en")  # read once: it parses every file
    for message_id, names in variables.items():
        args = dict.fromkeys(names, 2)
        for language in ("sw", "el", "am"):
            assert english(language, message_id, **args) != english("en", message_id, **args), (
                f"{language}/{message_id} is the English text"
            )


@pytest.mark.parametrize("error", ALL_ERRORS, ids=lambda e: e.code)
def test_every_engine_error_has_a_message_using_only_its_parameters(
    error: type[LoyaltyError],
) -> None:
    message_id = f"error-{error.code}"
    variables = messages("en").get(message_id)
    assert variables is not None, f"{message_id} missing from locales/en/errors.ftl"
    params = set(inspect.signature(error.__init__).parameters) - {"self", "params"}
    assert variables <= params, (
        f"{message_id} uses {variables - params} that {error.__name__} never carries"
    )


def test_plurals_follow_each_language() -> None:
    t = Translator()
    assert (
        t("en", "error-stamp-daily-cap", cap=1)
        == "Only one stamp a day is allowed for each customer."
    )
    assert (
        t("en", "error-stamp-daily-cap", cap=3)
        == "Only 3 stamps a day are allowed for each customer."
    )
    assert "mihuri 3" in t("sw", "error-stamp-daily-cap", cap=3)
    assert "μία σφραγίδα" in t("el", "error-stamp-daily-cap", cap=1)


def test_error_codes_are_unique() -> None:
    codes = [e.code for e in ALL_ERRORS]
    assert len(codes) == len(set(codes))
    declared = {
        cls
        for cls in vars(errors_module).values()
        if inspect.isclass(cls) and issubclass(cls, LoyaltyError) and cls is not LoyaltyError
    }
    assert declared == set(ALL_ERRORS), "an error class is missing from ALL_ERRORS"


def test_locales_dir_is_the_repository_folder() -> None:
    assert Path(__file__).resolve().parents[2] / "locales" == LOCALES_DIR


def test_the_texts_are_read_once_per_folder_and_process(tmp_path: Path) -> None:
    """Every app a process builds (the tests build one per test) shares one reading of the
    files: it took 0.2 s, and a third of the suite's time went to reading them again."""
    folders = {}
    for name, greeting in (("first", "Hello"), ("second", "Karibu")):
        folders[name] = tmp_path / name
        for language in LANGUAGES:
            (folders[name] / language).mkdir(parents=True)
            (folders[name] / language / "x.ftl").write_text(f"greeting = {greeting}\n", "utf-8")
    assert Translator(folders["first"])("sw", "greeting") == "Hello"
    # A change to the files after they were read is not seen by this process; the bot's
    # files do not change while it runs, and another folder has its own texts.
    (folders["first"] / "sw" / "x.ftl").write_text("greeting = Changed\n", "utf-8")
    assert Translator(folders["first"])("sw", "greeting") == "Hello"
    assert Translator(folders["second"])("sw", "greeting") == "Karibu"


def _fluent_alone(folder: Path, language: str) -> FluentBundle:
    """Fluent's own bundle, every file parsed whole: what the lazy texts must say."""
    bundle = FluentBundle([language], use_isolating=False)
    for path in sorted(folder.glob("*.ftl")):
        bundle.add_resource(FluentParser(with_spans=False).parse(path.read_text("utf-8")))
    return bundle


def _say(bundle: FluentBundle, message_id: str, /, **args: object) -> str:
    text, errors = bundle.format_pattern(bundle.get_message(message_id).value, args)
    assert not errors
    return str(text)


def test_every_text_said_is_the_text_fluent_reads_from_the_files() -> None:
    """Each message is kept as its lines until first said (bot/i18n.py): cut at the wrong
    line, a message would lose its end or gain another's; the same words are proof."""
    translator = Translator()
    for language in LANGUAGES:
        fluent = _fluent_alone(LOCALES_DIR / language, language)
        for message_id, names in messages(language).items():
            assert translator.has(language, message_id)
            for number in (1, 2):
                args = dict.fromkeys(names, number)
                said = translator(language, message_id, **args)
                assert said == _say(fluent, message_id, **args), f"{language}/{message_id}"


TRICKY_FTL = """\
### A file comment
## A group comment

-shop = Duka la { $place }

# A comment that belongs to the next message
welcome = Karibu { -shop(place: "Mombasa") }!

    Lines after a blank line in the middle of a pattern still belong to it.
visits = { $count ->
    [one] One visit
   *[other] { $count } visits
}
    .title = Visits
heading =
    Indented first line
    and a second
welcome = The second definition, which the bundle ignores
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_texts_cut_into_messages_read_as_fluent_reads_the_whole_file(
    tmp_path: Path, newline: str
) -> None:
    for language in LANGUAGES:
        (tmp_path / language).mkdir()
        (tmp_path / language / "x.ftl").write_bytes(
            TRICKY_FTL.replace("\n", newline).encode("utf-8")
        )
    translator = Translator(tmp_path)
    fluent = _fluent_alone(tmp_path / "sw", "sw")
    for message_id, args in (
        ("welcome", {}),
        ("visits", {"count": 1}),
        ("visits", {"count": 3}),
        ("heading", {}),
    ):
        assert translator("sw", message_id, **args) == _say(fluent, message_id, **args)
    assert translator("sw", "welcome").startswith("Karibu Duka la Mombasa!")
    assert "still belong to it" in translator("sw", "welcome")
    assert not translator.has("sw", "-shop")  # a term is not a message
    with pytest.raises(KeyError):
        translator("sw", "title")


def test_texts_are_parsed_only_when_said() -> None:
    """Kept as lines, the four languages hold under a third of their parsed form; the
    bundle's own reading of the same files is the baseline, measured in the same test."""
    from bot.i18n import _texts  # noqa: PLC0415 - the uncached reading, measured

    def held(read: Callable[[], object]) -> int:
        gc.collect()
        tracemalloc.start()
        try:
            kept = read()
            size = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert kept is not None
        return size

    lazy = held(lambda: _texts.__wrapped__(LOCALES_DIR))
    whole = held(lambda: [_fluent_alone(LOCALES_DIR / lang, lang) for lang in LANGUAGES])
    assert lazy < whole / 3, (lazy, whole)


MESSAGE_ID = re.compile(
    r"^(menu|join|balance|card|rewards|mycode|history|invite|offers|settings|language|stop|"
    r"delete|help|command|error|fallback|button|welcome|staff|notice|stats|feedback|segments|"
    r"compose|offer|broadcast|schedule|when|campaigns|campaign|words|whatsapp|link|picture|receipt|"
    r"api|apikey|webhook)-[a-z0-9-]+$"
)


def _ids_in_code() -> set[str]:
    found: set[str] = set()
    root = Path(__file__).resolve().parents[2]
    for path in [*(root / "handlers").rglob("*.py"), *(root / "bot").rglob("*.py")]:
        for node in python_ast.walk(python_ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, python_ast.Constant)
                and isinstance(node.value, str)
                and MESSAGE_ID.match(node.value)
            ):
                found.add(node.value)
    return found


def test_every_message_id_the_code_uses_exists() -> None:
    # Engine error codes, and `bot.py` command names, look like ids too.
    used = (
        _ids_in_code() - {error.code for error in ALL_ERRORS} - {"whatsapp-templates", "setup-link"}
    )
    assert len(used) > 50  # the scan finds the handlers' ids, not nothing
    assert sorted(used - set(messages("en"))) == []


def test_every_command_in_help_has_a_description() -> None:
    assert all(f"command-{c}" in messages("en") for c in CATALOG.listed)


def test_every_staff_and_owner_command_is_in_the_till_help_once() -> None:
    """A new staff command cannot be left out of /help: each is in the list of its role,
    with a line in every language (the locales' own test checks the other three)."""
    roles = {c.name: c.role for c in CATALOG.commands.values() if c.role is not None}
    assert sorted(TILL + OWNERS) == sorted(roles)
    assert {roles[c] for c in TILL} == {StaffRole.STAFF}
    assert {roles[c] for c in OWNERS} == {StaffRole.OWNER}
    assert all(f"till-help-{c}" in messages("en") for c in roles)
    # Telegram's command menu shows each line without its "/command " (handlers/help.py).
    translate = Translator()
    for language in LANGUAGES:
        for command in roles:
            line = translate(language, f"till-help-{command}")
            assert line.startswith(f"/{command} ") and " – " in line, (language, line)
