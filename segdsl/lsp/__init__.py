"""``segdsl lsp``: the language server (docs/editors.md).

:mod:`segdsl.lsp.server` is the protocol (pygls); :mod:`segdsl.lsp.session` the
state and the answers; the other modules each compute one kind of answer.  Only
the ``lsp`` command imports this package.
"""
