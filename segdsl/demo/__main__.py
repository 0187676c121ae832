"""``python -m segdsl.demo``: write the demo database from a shell."""

from segdsl.demo.command import main

if __name__ == "__main__":
    main()
