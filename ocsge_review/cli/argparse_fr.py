"""argparse in the user's language: its usage line, help option, group titles and error messages through tr()."""
import argparse
import re

from ..messages import N_, tr

# argparse's own error messages (Python 3.9–3.12), as patterns, and what a French user reads instead.
_ERRORS = [(re.compile(pattern), template) for pattern, template in (
    (r"unrecognized arguments: (?P<args>.*)", N_("arguments non reconnus : {args}")),
    (r"the following arguments are required: (?P<args>.*)", N_("arguments obligatoires manquants : {args}")),
    (r"argument (?P<arg>.+?): (?P<message>.*)", N_("argument {arg} : {message}")),
    (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
     N_("choix invalide : {value} (choisir parmi {choices})")),
    (r"invalid (?P<type>\S+) value: (?P<value>.*)", N_("valeur invalide ({type}) : {value}")),
    (r"expected one argument", N_("une valeur attendue")),
    (r"expected at most one argument", N_("au plus une valeur attendue")),
    (r"expected at least one argument", N_("au moins une valeur attendue")),
    (r"expected (?P<count>\d+) arguments?", N_("{count} valeur(s) attendue(s)")),
    (r"not allowed with argument (?P<other>.*)", N_("incompatible avec l'argument {other}")),
    (r"ignored explicit argument (?P<value>.*)", N_("valeur explicite ignorée : {value}")),
    (r"one of the arguments (?P<args>.*) is required", N_("l'un des arguments {args} est obligatoire")),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
     N_("option ambiguë : {option} peut désigner {matches}")),
)]


def translated(message: str) -> str:
    """One of argparse's error messages in the user's language (unknown ones as argparse wrote them)."""
    for pattern, template in _ERRORS:
        match = pattern.fullmatch(message)
        if match:
            values = match.groupdict()
            if "message" in values:         # « argument --x: invalid int value: 'a' »: both parts
                values["message"] = translated(values["message"])
            return tr(template, **values)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with the usage line's prefix translated."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, tr("utilisation : ") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, -h, group titles, errors) are the user's language's."""

    def __init__(self, *args, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = tr("arguments positionnels")
        self._optionals.title = tr("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=tr("afficher cette aide et quitter"))

    def error(self, message):
        super().error(translated(message))
