"""Readers of the dictionaries the bundled tables are built from (TABARI/PETRARCH actor and agent files),
used by ``scripts/build_actors.py`` when the tables are rebuilt; nothing that codes, stores or analyses
imports this package.
"""
