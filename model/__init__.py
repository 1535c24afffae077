"""The pure functional core of rollproof: models, actions, traces.  Imports nothing from the rest."""
