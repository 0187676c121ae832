"""The compiler's one error type, in a module of its own so that every stage can
raise it without importing the public entry points (api.py imports the stages)."""


class CompileError(Exception):
    """A definition the compiler cannot translate (a bug or an unsupported case)."""
