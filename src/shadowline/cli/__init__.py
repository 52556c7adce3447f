"""The ``shadowline`` command line: a thin layer over the library.

Each command parses its arguments, calls library functions and prints. Commands are grouped by pipeline
stage in the modules beside this one; a module is imported only when one of its commands runs (or a help
lists them all), so that ``shadowline code`` does not pay for the analysis, store and server imports.
"""

from __future__ import annotations

import sys
from importlib import import_module

import click

from shadowline import __version__
from shadowline.cli.options import EXIT_CODES_HELP

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Command name -> the module whose ``register(group)`` adds it (with the other commands of that stage).
COMMAND_MODULES: dict[str, str] = {
    **dict.fromkeys(("code", "ingest", "events", "resolve", "demo"), "shadowline.cli.coding"),
    **dict.fromkeys(("classify", "eval"), "shadowline.cli.evaluation"),
    "actors": "shadowline.cli.actors",
    **dict.fromkeys(("dyad", "network", "blocs", "shadow", "domino", "warn", "ties", "report"),
                    "shadowline.cli.analysis"),
    "serve": "shadowline.cli.serve",
    **dict.fromkeys(("import", "export", "dedup"), "shadowline.cli.interop"),
}
#: Stages that may be missing from an install without breaking the others.
_OPTIONAL_MODULES = ("shadowline.cli.actors", "shadowline.cli.analysis", "shadowline.cli.serve",
                     "shadowline.cli.interop")


class LazyGroup(click.Group):
    """A group whose commands are imported from :data:`COMMAND_MODULES` when first asked for."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._loaded: set[str] = set()

    def load(self, module_name: str) -> None:
        """Import `module_name` and add its commands to this group (once; a missing optional stage is skipped)."""
        if module_name in self._loaded:
            return
        self._loaded.add(module_name)
        try:
            module = import_module(module_name)
        except ImportError as exc:  # a stage not yet installed must not break the others
            if module_name not in _OPTIONAL_MODULES or "shadowline.cli" not in str(exc):
                raise
            return
        module.register(self)

    def load_all(self) -> None:
        """Import every command module (for help and the command reference)."""
        for module_name in dict.fromkeys(COMMAND_MODULES.values()):
            self.load(module_name)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            self.load(COMMAND_MODULES[cmd_name])
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self.load_all()
        return super().list_commands(ctx)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="shadowline")
def cli() -> None:
    """shadowline: open geopolitical event data from news text.

    Reads articles, codes who did what to whom (PLOVER and CAMEO), with the sentence and a confidence for
    every event, stores them in an embedded DuckDB file, and analyses relations, blocs, shadow conflict
    and domino cascades.

    \b
    Start here:
      shadowline demo                      code the bundled example corpus and print what it found
      shadowline code article.txt          print the events of an article (stores nothing)
      shadowline ingest news/ --db my.duckdb   code a folder of articles into a store
      shadowline events --actor AZE        list stored events
      shadowline resolve "the Kremlin"     who is this actor?

    Every command has --help with examples.
    """


def main() -> None:
    """Entry point of the ``shadowline`` console script."""
    try:
        cli(prog_name="shadowline")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


__all__ = ["cli", "main"]
