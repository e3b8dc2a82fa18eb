"""The ``hubdesk`` command (FORMATS.md §3): one argparse tree, one module per command group.

Unusable input never ends in a traceback: it is a clear message on standard error and exit code 2.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from hubdesk import __version__, logs
from hubdesk.cli import (
    argparse_words,
    diff_cmd,
    dossier_cmd,
    package_cmd,
    trust_cmd,
    validate_cmd,
    workspace_cmd,
)
from hubdesk.cli.common import CliContext, fail
from hubdesk.errors import HubDeskError

EXIT_PIPE = 141  # what a shell reports for a command stopped by SIGPIPE

# Files the app opens when given on the command line (a desktop file association, a drop).
OPENABLE_SUFFIXES = {".asice", ".sce", ".json"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hubdesk",
        description="HubDesk: proposte per il bando «Hub di Innovazione Sociale» (Regione Puglia), offline.",
    )
    parser.add_argument(
        "--version", action="version", version=f"HubDesk {__version__}", help="mostra la versione ed esce"
    )
    parser.add_argument(
        "--workspace",
        metavar="PATH|URL",
        help="file dell'area di lavoro o server postgresql+psycopg://utente@host/db "
        "(default: HUBDESK_WORKSPACE o cartella dati)",
    )
    parser.add_argument(
        "--lang",
        choices=("it", "en"),
        default=None,
        help="lingua dei messaggi (e dell'applicazione, se indicata)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="registro dettagliato (livello DEBUG) / verbose log"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="apre l'applicazione desktop")
    gui.add_argument(
        "--exit-after-start",
        action="store_true",
        help="apre l'area di lavoro, disegna la prima finestra ed esce (prove e misure)",
    )
    gui.set_defaults(handler=_run_gui)
    opener = sub.add_parser(
        "open", help="apre l'applicazione su un file: un pacchetto .asice o un dossier .json da importare"
    )
    opener.add_argument("file", metavar="FILE")
    opener.set_defaults(handler=_run_open)
    demo = sub.add_parser("demo", help="aggiunge il dossier dimostrativo e ne stampa l'id")
    demo.set_defaults(handler=_run_demo)
    dossier_cmd.register(sub)
    validate_cmd.register(sub)
    package_cmd.register(sub)
    workspace_cmd.register(sub)
    diff_cmd.register(sub)
    trust_cmd.register(sub)
    _accept_global_options_everywhere(parser)
    return parser


def _accept_global_options_everywhere(parser: argparse.ArgumentParser) -> None:
    """Let ``--workspace`` and ``--lang`` also follow the command (``hubdesk demo --workspace W``).

    On sub-commands they default to SUPPRESS, so they never hide a value given before the command.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in action.choices.values():
            child.add_argument(
                "--workspace", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
            child.add_argument(
                "--lang", choices=("it", "en"), default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
            child.add_argument(
                "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
            _accept_global_options_everywhere(child)


def _run_gui(ctx: CliContext, args: argparse.Namespace) -> int:
    from ui.app import run_gui

    code: int = run_gui(
        str(ctx.workspace_location),
        sys.argv[:1],
        exit_after_start=bool(getattr(args, "exit_after_start", False)),
        debug=bool(getattr(args, "debug", False)),
        lang=args.ui_lang,
    )
    return code


def _run_open(ctx: CliContext, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        return fail(f"file non trovato: {path}" if args.lang == "it" else f"no such file: {path}")
    from ui.app import run_gui

    code: int = run_gui(
        str(ctx.workspace_location),
        sys.argv[:1],
        open_file=str(path.resolve()),
        debug=bool(getattr(args, "debug", False)),
        lang=args.ui_lang,
    )
    return code


_OPTIONS_WITH_VALUE = {"--workspace", "--lang"}


def _file_as_open_command(argv: list[str], commands: set[str]) -> list[str]:
    """``hubdesk FILE.asice`` (what a desktop file association runs) means ``hubdesk open FILE``."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _OPTIONS_WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        if arg in commands:
            return argv
        if (
            Path(arg).suffix.lower() in OPENABLE_SUFFIXES
            or arg.lower().endswith(".hubdesk.zip")
            or Path(arg).is_file()
        ):
            return [*argv[:i], "open", *argv[i:]]
        return argv
    return argv


def _run_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    for dossier_id in ctx.workspace().add_demo():
        print(dossier_id)
    return 0


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argparse_words.use_italian(not argparse_words.wants_english(argv, os.environ.get("HUBDESK_LANG")))
    try:
        parser = build_parser()
        args = parser.parse_args(_file_as_open_command(argv, _commands(parser)))
    finally:
        argparse_words.use_italian(False)  # argparse as it was for whoever else uses it in this process
    # a language given (--lang, HUBDESK_LANG) also sets the app's; otherwise the app keeps its setting
    args.ui_lang = args.lang or os.environ.get("HUBDESK_LANG") or None
    if args.ui_lang not in ("it", "en"):
        args.ui_lang = None
    args.lang = args.ui_lang or "it"
    logs.configure(debug=bool(getattr(args, "debug", False)))
    handler = getattr(args, "handler", _run_gui)
    ctx = CliContext(args.workspace, args.lang)
    try:
        code = int(handler(ctx, args))
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except HubDeskError as exc:
        return fail(exc.message(args.lang))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except OSError as exc:
        if exc.errno in (errno.EIO, errno.EPIPE):  # the terminal was closed under us
            return _reader_went_away()
        raise
    finally:
        ctx.close()


def _reader_went_away() -> int:
    """The output pipe or terminal was closed (``| head``): stop quietly, as command-line tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no "Exception ignored" at exit
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_PIPE
