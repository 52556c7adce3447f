"""The ``shadowline`` command line: a thin layer over the library.

Each command parses its arguments, calls library functions and prints. Commands are grouped by pipeline
stage in the modules beside this one.
"""

from __future__ import annotations

import sys

import click

from shadowline import __version__
from shadowline.cli.options import EXIT_CODES_HELP

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
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


def _register() -> None:
    from shadowline.cli import coding, evaluation

    coding.register(cli)
    evaluation.register(cli)
    for module_name in ("shadowline.cli.actors", "shadowline.cli.analysis", "shadowline.cli.serve",
                        "shadowline.cli.interop"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ImportError as exc:  # a stage not yet installed must not break the others
            if "shadowline.cli" not in str(exc):
                raise
            continue
        module.register(cli)


_register()


def main() -> None:
    """Entry point of the ``shadowline`` console script."""
    try:
        cli(prog_name="shadowline")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


__all__ = ["cli", "main"]
