"""The formatter: one canonical layout for ``.seg`` text (``segdsl fmt``).

``format_text`` formats a whole file; ``print_node`` prints one node (for
``explain`` and editor tools that quote part of a definition).  See docs/fmt.md
for the layout.
"""

from __future__ import annotations

from segdsl.format.api import FormatError, format_source, format_text, print_node

__all__ = ["FormatError", "format_source", "format_text", "print_node"]
