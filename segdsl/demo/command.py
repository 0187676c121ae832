"""``python -m segdsl.demo [PATH] [--customers N] [--seed S] [--as-of TS]``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from segdsl.demo.generate import generate_shop_database


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m segdsl.demo [PATH] [--customers N] [--seed S] [--as-of TS]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m segdsl.demo",
        description="Write the demo database of examples/shop (DuckDB).")
    parser.add_argument("path", nargs="?", default="examples/shop/data/shop.duckdb",
                        type=Path, help="database file to write (default: %(default)s)")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--as-of", dest="as_of", default=None,
                        help="ISO date or timestamp in UTC (default: now)")
    args = parser.parse_args(argv)
    if args.as_of is None:
        as_of = datetime.now(UTC)
    else:
        try:
            as_of = datetime.fromisoformat(args.as_of.replace("Z", "+00:00"))
        except ValueError:
            parser.error(f"--as-of: not an ISO date or timestamp: {args.as_of!r}")
    if args.customers < 1:
        parser.error("--customers must be at least 1")
    generate_shop_database(args.path, customers=args.customers, seed=args.seed, as_of=as_of)
    print(f"wrote {args.path} ({args.customers} customers, seed {args.seed}, "
          f"as of {as_of.isoformat()})")


if __name__ == "__main__":
    main()
