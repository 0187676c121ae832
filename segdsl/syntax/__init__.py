"""Syntax: grammar loading, parsing into an AST with source spans, comments kept."""
