"""argparse's own words (``usage:``, ``options``, its error messages) in Italian.

The command's help and messages are Italian; argparse adds its own words through gettext, and with
no Italian catalogue installed they would stay English in the middle of an Italian help. argparse
looks them up through its module-level ``_`` and ``ngettext``: they are pointed at this table
before the parser is built (``--lang en`` / ``HUBDESK_LANG=en`` keep argparse's English).
"""

from __future__ import annotations

import argparse

ITALIAN = {
    "usage: ": "uso: ",
    "positional arguments": "argomenti",
    "options": "opzioni",
    "show this help message and exit": "mostra questo aiuto ed esce",
    "%(prog)s: error: %(message)s\n": "%(prog)s: errore: %(message)s\n",
    "the following arguments are required: %s": "mancano gli argomenti obbligatori: %s",
    "unrecognized arguments: %s": "argomenti non riconosciuti: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "scelta non valida: %(value)r (possibili: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argomento %(argument_name)s: %(message)s",
    "expected one argument": "manca il valore",
    "expected at most one argument": "al più un valore",
    "expected at least one argument": "almeno un valore",
    "expected %s argument": "attesi %s valori",
    "expected %s arguments": "attesi %s valori",
    "invalid %(type)s value: %(value)r": "valore non valido (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opzione ambigua: %(option)s può essere %(matches)s"
    ),
    "not allowed with argument %s": "non ammesso insieme a %s",
    "one of the arguments %s is required": "serve uno degli argomenti %s",
    "ignored explicit argument %r": "valore ignorato: %r",
    "can't open '%(filename)s': %(error)s": "impossibile aprire '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "comando sconosciuto %(parser_name)r (possibili: %(choices)s)"
    ),
    "unexpected option string: %s": "opzione inattesa: %s",
}


def _gettext(message: str) -> str:
    return ITALIAN.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def use_italian(italian: bool) -> None:
    """argparse speaks Italian (``True``) or its own English."""
    import gettext

    setattr(argparse, "_", _gettext if italian else gettext.gettext)  # noqa: B010 (a module's private name)
    setattr(argparse, "ngettext", _ngettext if italian else gettext.ngettext)  # noqa: B010


def wants_english(argv: list[str], environ_lang: str | None) -> bool:
    """``--lang en`` (or ``--lang=en``) anywhere on the line, else ``HUBDESK_LANG=en``."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] == "en"
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] == "en"
    return environ_lang == "en"
