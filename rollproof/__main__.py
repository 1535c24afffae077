"""``python -m rollproof``: the same as the ``rollproof`` command."""

from rollproof.cli import main

if __name__ == "__main__":
    main()
