"""Readers of the dictionaries the bundled tables are built from (TABARI/PETRARCH actor, agent and verb
files), used by ``scripts/build_actors.py`` and ``scripts/build_ontology.py`` when the tables are rebuilt;
nothing that codes, stores or analyses imports this package.
"""
