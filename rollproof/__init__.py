"""rollproof: models how cloud platforms roll upgrades across a fleet, and checks what their docs promise."""

__version__ = "0.1.0"
