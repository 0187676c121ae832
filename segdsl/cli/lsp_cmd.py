"""``segdsl lsp``: the language server for editors (docs/editors.md).

pygls is imported only here, when the command runs, so that ``segdsl check``
stays fast (tests/test_cli_check.py guards its imports).
"""

from __future__ import annotations

import click

from segdsl.cli.common import fail


@click.command("lsp", short_help="Run the language server (for editors) over stdio.")
@click.option("--stdio", is_flag=True,
              help="Talk over standard input and output: the default and only "
              "transport (accepted because editors' clients pass it).")
def lsp_command(stdio: bool) -> None:
    """Run the segdsl language server on standard input and output: diagnostics as
    you type, completion, hover, go to definition, quick fixes and formatting. An editor
    starts it; see docs/editors.md."""
    try:
        from segdsl.lsp.server import serve
    except ImportError as error:
        fail(f"the language server needs pygls 2 ({error}); install it with "
             "pip install 'pygls>=2,<3' (it comes with segdsl unless it was installed "
             "without its dependencies)")
    serve()
