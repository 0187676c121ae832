"""``segdsl compile --materialize`` (docs/materialize.md, "BigQuery and
Snowflake"): materialize's statements printed for the warehouses segdsl does not
write to itself, in the layout of ``segdsl materialize``."""

from __future__ import annotations

import sqlglot
from cli_project import run
from materialize_project import EXAMPLE

from segdsl.compile.pipeline import default_names
from segdsl.workspace import load_workspace


def _statements(*args: str) -> list[str]:
    result = run(["compile", "--project", str(EXAMPLE), "--materialize", *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(";\n")
    return [line for line in result.stdout.split(";\n") if line]


def _columns() -> list[str]:
    workspace = load_workspace(EXAMPLE)
    assert workspace.checked is not None
    return default_names(workspace.checked)


def test_bigquery_statements() -> None:
    statements = _statements("--dialect", "bigquery", "--schema", "marts", "--snapshot",
                             "--as-of", "2026-11-18T15:30:00Z")
    for statement in statements:  # each one BigQuery SQL sqlglot reads back
        sqlglot.parse_one(statement, dialect="bigquery")
    columns = _columns()
    assert statements[0].startswith("CREATE OR REPLACE TABLE `marts`.`segdsl_membership` AS ")
    assert statements[1] == (
        "CREATE TABLE IF NOT EXISTS `marts`.`segdsl_membership_history` AS SELECT "
        "CAST(NULL AS TIMESTAMP) AS `segdsl_as_of`, * FROM `marts`.`segdsl_membership` "
        "WHERE FALSE")
    alters = statements[2:2 + len(columns)]
    assert alters[0] == (f"ALTER TABLE `marts`.`segdsl_membership_history` ADD COLUMN IF NOT "
                         f"EXISTS `{columns[0]}` BOOL")
    assert "ADD COLUMN IF NOT EXISTS `persona` STRING" in alters[columns.index("persona")]
    assert alters[columns.index("revenue_365d")].endswith("`revenue_365d` NUMERIC")
    assert alters[columns.index("orders_30d")].endswith("`orders_30d` INT64")
    begin, delete, insert, commit = statements[2 + len(columns):]
    assert (begin, commit) == ("BEGIN TRANSACTION", "COMMIT TRANSACTION")
    instant = "CAST('2026-11-18 15:30:00+00:00' AS TIMESTAMP)"
    assert delete == ("DELETE FROM `marts`.`segdsl_membership_history` WHERE "
                      f"`segdsl_as_of` = {instant}")
    listed = ", ".join(f"`{name}`" for name in ["customer_id", *columns])
    assert insert == (f"INSERT INTO `marts`.`segdsl_membership_history` (`segdsl_as_of`, "
                      f"{listed}) SELECT {instant} AS `segdsl_as_of`, {listed} FROM "
                      "`marts`.`segdsl_membership`")


def test_snowflake_statements_without_a_snapshot() -> None:
    statements = _statements("--dialect", "snowflake")
    assert len(statements) == 1
    # Spelled as the compiler spells names (and materialize --db snowflake:// writes them).
    assert statements[0].startswith('CREATE OR REPLACE TABLE "SEGDSL_MEMBERSHIP" AS ')
    sqlglot.parse_one(statements[0], dialect="snowflake")
    # Without --as-of the warehouse's current time, as `compile` writes it.
    assert "CURRENT_TIMESTAMP" in statements[0]


def test_snowflake_snapshot() -> None:
    statements = _statements("--dialect", "snowflake", "--snapshot", "--as-of", "2026-11-18")
    assert statements[1].startswith('CREATE TABLE IF NOT EXISTS "SEGDSL_MEMBERSHIP_HISTORY" '
                                    'AS SELECT CAST(NULL AS TIMESTAMP_TZ) AS "SEGDSL_AS_OF"')
    assert 'ALTER TABLE "SEGDSL_MEMBERSHIP_HISTORY" ADD IF NOT EXISTS "VIP" BOOLEAN' in statements
    assert statements[-4:-2] == [
        "BEGIN",
        'DELETE FROM "SEGDSL_MEMBERSHIP_HISTORY" WHERE "SEGDSL_AS_OF" = '
        "CAST('2026-11-18 00:00:00+00:00' AS TIMESTAMP_TZ)"]
    assert statements[-2].startswith('INSERT INTO "SEGDSL_MEMBERSHIP_HISTORY" ("SEGDSL_AS_OF", '
                                     '"CUSTOMER_ID", ')
    assert statements[-1] == "COMMIT"


def test_bad_uses_are_one_line() -> None:
    cases = [
        (["--materialize", "--dialect", "duckdb"],
         "error: compile --materialize prints statements for bigquery and snowflake; on "
         "duckdb run `segdsl materialize --db ...`, which writes the tables itself\n"),
        (["--materialize", "--dialect", "bigquery", "--snapshot"],
         "error: --snapshot needs --as-of: the snapshot's instant is written into the "
         "statements\n"),
    ]
    for args, message in cases:
        result = run(["compile", "--project", str(EXAMPLE), *args])
        assert result.exit_code == 2
        assert result.stderr == message
    result = run(["compile", "--project", str(EXAMPLE), "--snapshot", "--all"])
    assert result.exit_code == 2
    assert "--schema and --snapshot go with --materialize" in result.stderr


def test_bigquery_statements_pass_zetasqls_analyzer() -> None:
    """Every statement is analyzed by ZetaSQL (BigQuery's front end) against the
    shop's tables and the two written tables; the columns a history gains are
    declared with exactly the types the membership query produces."""
    import copy
    import datetime as dt

    from engine_targets import missing_package, unavailable

    problem = missing_package("zetasql", "pip install 'segdsl[bigquery]'")
    if problem is not None:
        unavailable(problem)
    from zetasql.wasi._pb2.zetasql.resolved_ast import resolved_node_kind_pb2 as kinds

    from segdsl.compile.api import compile_membership
    from segdsl.engines import zetasql_engine as z
    from segdsl.materialize.script import materialize_statements

    workspace = load_workspace(EXAMPLE)
    checked = workspace.checked
    assert checked is not None
    as_of = dt.datetime(2026, 11, 18, tzinfo=dt.UTC)
    engine = z.ZetaSQLEngine()
    engine.load_tables(checked.schema, {})
    language = copy.deepcopy(z._shared_service().language)
    for kind in ("QUERY", "CREATE_TABLE_AS_SELECT", "ALTER_TABLE", "DELETE", "INSERT", "BEGIN",
                 "COMMIT"):
        language.supported_statement_kinds.append(
            kinds.ResolvedNodeKind.Value(f"RESOLVED_{kind}_STMT"))
    options = z._analyzer_pb2.AnalyzerOptionsProto(
        language_options=language, default_timezone="UTC",
        error_message_mode=z._language_pb2.ErrorMessageMode.Value("ERROR_MESSAGE_ONE_LINE"))
    types = z._type_pb2

    def analyze(sql: str, tables: list[object]) -> object:
        catalog = z._catalog_pb2.SimpleCatalogProto(
            name="segdsl", table=tables,
            builtin_function_options=z._analyzer_pb2.ZetaSQLBuiltinFunctionOptionsProto(
                language_options=language))
        request = z._service_pb2.AnalyzeRequest(
            sql_statement=z.flatten_table_paths(sql, [table.name for table in tables]),
            options=options, simple_catalog=catalog)
        return z._call("ZetaSqlLocalService_Analyze", request, z._service_pb2.AnalyzeResponse)

    query = analyze(compile_membership(checked, "bigquery", as_of), list(engine._tables))
    produced = [(column.name, column.column.type.type_kind) for column in
                query.resolved_statement.resolved_query_stmt_node.output_column_list]

    def table(name: str, columns: list[tuple[str, int]]) -> object:
        return z._table_pb2.SimpleTableProto(name=name, column=[
            z._table_pb2.SimpleColumnProto(name=column, type=types.TypeProto(type_kind=kind))
            for column, kind in columns])

    timestamp = types.TypeKind.Value("TYPE_TIMESTAMP")
    tables = [*engine._tables, table("marts.segdsl_membership", produced),
              table("marts.segdsl_membership_history", [("segdsl_as_of", timestamp),
                                                         *produced])]
    statements = materialize_statements(checked, "bigquery", as_of, "marts", snapshot=True)
    for statement in statements:
        analyze(statement, tables)  # raises EngineError on any analysis error
    declared = {}
    names = {"BOOL": "TYPE_BOOL", "STRING": "TYPE_STRING", "INT64": "TYPE_INT64",
             "NUMERIC": "TYPE_NUMERIC"}
    for statement in statements:
        if statement.startswith("ALTER TABLE"):
            column, kind = statement.rsplit(" ", 2)[-2:]
            declared[column.strip("`")] = types.TypeKind.Value(names[kind])
    assert declared == dict(produced[1:])
