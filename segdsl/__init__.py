"""segdsl: customer segments as code.

The compiler's stages live in sub-packages, in the order data flows through them:
``syntax`` (text -> AST), ``project`` (segdsl.yml and schema.yml -> models),
``check`` (names, types, diagnostics), and ``cli``. See ARCHITECTURE.md.
"""

__version__ = "0.1.0"
