"""The property registry: every catalog property, written once and read by every engine."""
