"""``python -m segdsl``: the same as the ``segdsl`` console script."""

from segdsl.cli.main import main

if __name__ == "__main__":
    main()
