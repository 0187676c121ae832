"""The language server's answers (segdsl/lsp/session.py), called the way the
protocol handlers call them, on a copy of the example project: diagnostics
grouped per file and cleared when fixed, schema problems on schema.yml, quick
fixes from diagnostics' edits, completion, hover and definition.  The same
features over stdio are in tests/test_lsp_stdio.py."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from segdsl.diagnostics import Diagnostic, Span, TextEdit
from segdsl.lsp import session as session_module
from segdsl.lsp.positions import UTF8, UTF16, UTF32, Lines
from segdsl.lsp.session import Session
from segdsl.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shop"
    shutil.copytree(REPO / "examples" / "shop", root)
    monkeypatch.chdir(tmp_path)
    return root


@pytest.fixture
def session() -> Session:
    return Session()


def _published(result: list[types.PublishDiagnosticsParams]) -> dict[str, list[Any]]:
    return {p.uri: p.diagnostics for p in result}


def _open(session: Session, path: Path, text: str | None = None) -> tuple[str, dict[str, Any]]:
    uri = path.as_uri()
    session.open(uri, path.read_text(encoding="utf-8") if text is None else text, 1)
    return uri, _published(session.check({uri}))


def _at(text: str, needle: str, shift: int = 0) -> tuple[int, int]:
    """The editor position (0-based) of ``needle`` in ``text`` plus ``shift``."""
    return Lines(text).position(text.index(needle) + shift)


# ------------------------------------------------------------- diagnostics


def test_a_clean_file_publishes_an_empty_list_for_itself_only(shop: Path,
                                                              session: Session) -> None:
    uri, published = _open(session, shop / "segments" / "b2b.seg")
    assert published == {uri: []}


def test_problems_are_published_per_file_with_code_range_and_hint(shop: Path,
                                                                   session: Session) -> None:
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    broken = text.replace('customer_type = "b2b"', 'customer_typ = "b2b"', 1) \
        .replace('account.contract_tier is not set', 'account.contract_tir is not set', 1)
    uri, published = _open(session, path, broken)
    found = published[uri]
    assert [d.code for d in found] == ["NAM001", "NAM007"]
    first = found[0]
    line, character = _at(broken, "customer_typ ")
    assert (first.range.start.line, first.range.start.character) == (line, character)
    assert (first.range.end.line, first.range.end.character) == (line, character + 12)
    assert first.severity is types.DiagnosticSeverity.Error
    assert first.source == "segdsl"
    assert first.message == "unknown name 'customer_typ'\nhint: did you mean 'customer_type'?"
    # Fixed: an empty list clears the editor's markers.
    session.change(uri, text, 2)
    assert _published(session.check({uri})) == {uri: []}
    # Nothing changed for anyone: only the changed document is published again.
    assert _published(session.check({uri})) == {uri: []}


def test_problems_in_other_files_are_published_and_cleared(shop: Path,
                                                           session: Session) -> None:
    # A definition used elsewhere is renamed: the user is in another file.
    lifecycle = shop / "segments" / "lifecycle.seg"
    text = lifecycle.read_text(encoding="utf-8")
    uri, published = _open(session, lifecycle, text.replace(
        "segment churned_customers", "segment churned", 1))
    assert [d.code for d in published[uri]] == ["NAM001"]  # winback_targets uses it
    session.change(uri, text, 2)
    assert _published(session.check({uri})) == {uri: []}
    # Now break a metric used in another file.
    metrics = shop / "segments" / "metrics.seg"
    metrics_uri, published = _open(session, metrics, metrics.read_text(encoding="utf-8")
                                   .replace("metric days_since_last_order", "metric dsl", 1))
    others = {u: [d.code for d in ds] for u, ds in published.items() if u != metrics_uri}
    assert others and all(codes and set(codes) == {"NAM001"} for codes in others.values())
    assert published[metrics_uri] == []
    session.change(metrics_uri, metrics.read_text(encoding="utf-8"), 2)
    cleared = _published(session.check({metrics_uri}))
    assert cleared == {metrics_uri: [], **{u: [] for u in others}}


def test_a_syntax_error_costs_only_its_declaration(shop: Path, session: Session) -> None:
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("and account.contract_tier is not set", "and account.contract_tier "
                          "is not", 1)
    uri, published = _open(session, path, broken)
    assert [d.code for d in published[uri]] == ["SYN001"]
    # The file's other segment is still known to the project.
    other = shop / "segments" / "lifecycle.seg"
    other_uri, _ = _open(session, other)
    end = other.read_text(encoding="utf-8")
    session.change(other_uri, end + "\nsegment x where in segment ", 2)
    labels = {i.label for i in session.completion(other_uri, *Lines(
        end + "\nsegment x where in segment ").position(len(end) + 28))}
    assert "renewal_due" in labels
    assert "team_kit_prospects" not in labels  # the broken one


def test_related_information_points_into_the_other_file(shop: Path, session: Session) -> None:
    # b2b.seg is read before lifecycle.seg, so its definition is the first one and
    # lifecycle.seg's (not open in the editor) the duplicate.
    path = shop / "segments" / "b2b.seg"
    text = path.read_text(encoding="utf-8") + "\nsegment new_customers where true\n"
    uri, published = _open(session, path, text)
    assert published[uri] == []
    lifecycle_uri = (shop / "segments" / "lifecycle.seg").as_uri()
    (duplicate,) = published[lifecycle_uri]
    assert duplicate.code == "NAM002"
    related = duplicate.related_information
    assert related is not None and len(related) == 1
    assert related[0].location.uri == uri
    assert related[0].message == "first defined here"
    line, character = _at(text, "segment new_customers", len("segment "))
    assert related[0].location.range.start == types.Position(line, character)


def test_warnings_have_warning_severity(shop: Path, session: Session) -> None:
    path = shop / "segments" / "extra.seg"
    text = "segmentation s\n  a: otherwise\n  b: age > 3\n"
    path.write_text(text, encoding="utf-8")
    uri, published = _open(session, path)
    (warning,) = published[uri]
    assert (warning.code, warning.severity) == ("WRN003", types.DiagnosticSeverity.Warning)


def test_schema_problems_are_published_on_the_schema(shop: Path, session: Session) -> None:
    schema = shop / "schema.yml"
    text = schema.read_text(encoding="utf-8")
    broken = text.replace("age: integer", "age: integr", 1)
    uri, published = _open(session, schema, broken)
    (problem,) = published[uri]
    assert problem.code == "YML005"
    line, character = _at(broken, "integr")
    assert problem.range.start == types.Position(line, character)
    # The segments using `age` stay silent (one mistake, one message) and keep
    # their completion: the rest of the schema was read.
    seg = shop / "segments" / "geo_demo.seg"
    seg_uri, _ = _open(session, seg)
    seg_text = seg.read_text(encoding="utf-8")
    labels = {i.label for i in session.completion(seg_uri, *_at(seg_text, "coalesce("))}
    assert "country" in labels and "age" not in labels
    session.change(uri, text, 2)
    assert _published(session.check({uri})) == {uri: []}


def test_a_project_without_a_schema_says_so_on_the_project_file(shop: Path,
                                                                session: Session) -> None:
    (shop / "schema.yml").unlink()
    (shop / "segdsl.yml").write_text("name: shop\n", encoding="utf-8")
    uri, published = _open(session, shop / "segments" / "b2b.seg")
    config_uri = (shop / "segdsl.yml").as_uri()
    assert [d.code for d in published[config_uri]] == ["YML009"]
    assert "schema file" in published[config_uri][0].message
    assert published[uri] == []  # its syntax is fine


def test_a_file_outside_the_segments_gets_its_syntax_checked(shop: Path,
                                                             session: Session) -> None:
    loose = shop / "drafts" / "idea.seg"
    loose.parent.mkdir()
    loose.write_text("segment idea where has\n", encoding="utf-8")
    _open(session, shop / "segments" / "b2b.seg")  # the project is known
    uri, published = _open(session, loose)
    syntax, note = published[uri]
    assert syntax.code == "SYN006"
    assert (note.code, note.severity) == (None, types.DiagnosticSeverity.Information)
    assert note.message.startswith("this file is not one of the project's segment files")
    elsewhere = shop.parent / "idea.seg"
    elsewhere.write_text("segment idea where age > 1\nsegment b where in segment idea and\n",
                         encoding="utf-8")
    uri, published = _open(session, elsewhere)
    assert [d.code for d in published[uri]] == ["SYN006"]
    text = elsewhere.read_text(encoding="utf-8")
    # Its own definitions are known to it.
    (location,) = session.definition(uri, *_at(text, "in segment idea", 12))
    assert location.uri == uri and location.range.start == types.Position(0, 8)


def test_closing_a_changed_document_goes_back_to_the_disk(shop: Path,
                                                          session: Session) -> None:
    path = shop / "segments" / "b2b.seg"
    uri, published = _open(session, path, "segment broken where agee > 1\n")
    assert [d.code for d in published[uri]] == ["NAM001"]
    session.close(uri)
    assert _published(session.check({uri})) == {uri: []}


# ------------------------------------------------------------- quick fixes


def test_a_diagnostic_with_edits_is_offered_as_a_quick_fix(shop: Path,
                                                            session: Session) -> None:
    # The checker attaches the edit its did-you-mean hint describes.
    path = shop / "segments" / "b2b.seg"
    broken = path.read_text(encoding="utf-8").replace(
        'customer_type = "b2b"', 'customer_typ = "b2b"', 1)
    uri, published = _open(session, path, broken)
    (diagnostic,) = published[uri]
    (action,) = session.code_actions(uri, diagnostic.range)
    assert action.title == "Change to 'customer_type'"
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.diagnostics == [diagnostic]
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    assert (edit.range, edit.new_text) == (diagnostic.range, "customer_type")
    # Elsewhere in the file: nothing to fix.
    far = types.Range(types.Position(0, 0), types.Position(0, 1))
    assert session.code_actions(uri, far) == []
    # The text changed since the check: the edit could land in the wrong place.
    session.change(uri, "# new line\n" + broken, 2)
    assert session.code_actions(uri, diagnostic.range) == []


def test_a_fix_may_edit_another_file(shop: Path, session: Session,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    real = session_module.load_workspace
    schema_span = Span("shop/schema.yml", 12, 3, 12, 3, 0, 0)  # before `email:`

    def load(*args: Any, **kwargs: Any) -> Workspace:
        workspace = real(*args, **kwargs)
        workspace.diagnostics = [
            dataclasses.replace(d, edits=(TextEdit(d.span, "agee"),
                                          TextEdit(schema_span, "agee: integer\n  ")))
            if d.code == "NAM001" and d.span else d for d in workspace.diagnostics]
        return workspace

    monkeypatch.setattr(session_module, "load_workspace", load)
    path = shop / "segments" / "b2b.seg"
    uri, published = _open(session, path, "segment s where agee > 3\n")
    (diagnostic,) = published[uri]
    (action,) = session.code_actions(uri, diagnostic.range)
    assert action.edit is not None and action.edit.changes is not None
    schema_uri = (shop / "schema.yml").as_uri()
    assert action.edit.changes[schema_uri] == [types.TextEdit(
        types.Range(types.Position(11, 2), types.Position(11, 2)), "agee: integer\n  ")]
    assert [e.new_text for e in action.edit.changes[uri]] == ["agee"]
    assert action.title == "Fix: did you mean 'age'?"


def test_quick_fix_titles() -> None:
    from segdsl.lsp.convert import fix_title

    span = Span("a.seg", 1, 5, 1, 9, 4, 8)
    here = Span("a.seg", 1, 5, 1, 5, 4, 4)
    base = Diagnostic("SYN001", "m", span, hint="write `and`")
    assert fix_title(dataclasses.replace(base, edits=(TextEdit(here, "and "),))) == \
        "Insert 'and'"
    assert fix_title(dataclasses.replace(base, edits=(TextEdit(span, ""),))) == \
        "Delete the text"
    both = (TextEdit(span, "x"), TextEdit(here, "y"))
    assert fix_title(dataclasses.replace(base, edits=both)) == "Fix: write `and`"


# ----------------------------------------------------------------- answers


@pytest.fixture
def b2b(shop: Path, session: Session) -> Iterator[tuple[str, str]]:
    path = shop / "segments" / "b2b.seg"
    uri, _ = _open(session, path)
    yield uri, path.read_text(encoding="utf-8")


def _labels(session: Session, uri: str, text: str, before: str) -> list[str]:
    session.change(uri, text + before, 2)
    position = Lines(text + before).position(len(text + before))
    return [item.label for item in session.completion(uri, *position)]


def test_completion_fits_the_place(b2b: tuple[str, str], session: Session) -> None:
    uri, text = b2b
    text += "\n"
    events = _labels(session, uri, text, "segment x where has ")
    assert events[:3] == ["purchase", "return", "email_open"]
    assert "country" not in events
    props = _labels(session, uri, text, "segment x where has purchase with ")
    assert {"amount", "category", "channel", "discount", "items"} <= set(props)
    assert "country" not in props and "ntile" not in props
    assert set(_labels(session, uri, text, "segment x where account.")) == {
        "company", "industry", "employees", "contract_tier", "renewal_date"}
    values = _labels(session, uri, text, "segment x where loyalty_tier = ")
    assert values[:3] == ['"bronze"', '"silver"', '"gold"']
    assert "country" in values  # a name fits after `=` too
    assert _labels(session, uri, text, 'segment x where has purchase with channel in [') == [
        '"web"', '"app"', '"store"']
    assert _labels(session, uri, text, "segment x where persona = ")[:2] == [
        '"team_buyer"', '"performance_runner"']
    segments = _labels(session, uri, text, "segment x where in segment ")
    assert "churned_customers" in segments and "orders_30d" not in segments
    assert "distinct" in _labels(session, uri, text, "segment x where count(")
    assert set(_labels(session, uri, text, "segment x where sum(return.")) == {
        "amount", "reason"}
    assert "where" in _labels(session, uri, text, "segment x\n  title \"X\"\n  ")
    assert "b2b" in _labels(session, uri, text, "segment x\n  tags ")
    assert _labels(session, uri, text, "segment x where has purchase in last 3 ")[0] == \
        "minutes"
    assert _labels(session, uri, text, "segment x where x # has ") == []


def test_completion_inside_a_string_replaces_the_string(b2b: tuple[str, str],
                                                        session: Session) -> None:
    uri, text = b2b
    typed = text + '\nsegment x where loyalty_tier = "go"'
    session.change(uri, typed, 2)
    lines = Lines(typed)
    items = session.completion(uri, *lines.position(len(typed) - 1))
    assert [i.label for i in items] == ['"bronze"', '"silver"', '"gold"']
    edit = items[2].text_edit
    assert isinstance(edit, types.TextEdit)
    assert edit.new_text == '"gold"'
    start = lines.position(len(typed) - 4)
    assert (edit.range.start.line, edit.range.start.character) == start
    assert (edit.range.end.line, edit.range.end.character) == lines.position(len(typed))


def test_completion_item_details(b2b: tuple[str, str], session: Session) -> None:
    uri, text = b2b
    session.change(uri, text + "\nsegment x where ", 2)
    items = {i.label: i for i in session.completion(
        uri, *Lines(text + "\nsegment x where ").position(len(text) + 17))}
    country = items["country"]
    assert country.kind is types.CompletionItemKind.Field
    assert country.detail == "attribute · string"
    assert isinstance(country.documentation, types.MarkupContent)
    assert country.documentation.value.startswith("ISO code as typed at sign-up")
    assert items["account"].detail == "relation · table shop.accounts"
    assert items["orders_30d"].detail == "metric · integer"
    assert "churned_customers" not in items  # a segment fits only after `in segment`
    assert items["persona"].kind is types.CompletionItemKind.Enum
    assert items["coalesce"].detail == "coalesce(value, value, ...)"
    assert items["has"].kind is types.CompletionItemKind.Keyword


def _hover(session: Session, uri: str, text: str, needle: str, shift: int = 1) -> str | None:
    found = session.hover(uri, *_at(text, needle, shift))
    if found is None:
        return None
    assert isinstance(found.contents, types.MarkupContent)
    return found.contents.value


def test_hover(b2b: tuple[str, str], session: Session) -> None:
    uri, text = b2b
    assert _hover(session, uri, text, "customer_type") == (
        "**customer_type** · attribute · `string`\n\nvalues: `b2c`, `b2b`")
    industry = _hover(session, uri, text, "industry in")
    assert industry is not None
    assert industry.startswith("**industry** · attribute of relation `account` · `string`")
    account = _hover(session, uri, text, "account.industry")
    assert account is not None and account.startswith(
        "**account** · relation · table `shop.accounts`\n\nB2B customers belong to an account")
    purchase = _hover(session, uri, text, "purchase with items")
    assert purchase is not None and purchase.startswith(
        "**purchase** · event · table `shop.orders`\n\nOne row per order.")
    items = _hover(session, uri, text, "items >= 10")
    assert items == ("**items** · property of event `purchase` · `integer`\n\n"
                     "number of items in the order")
    segment = _hover(session, uri, text, "team_kit_prospects")
    assert segment is not None
    assert segment.startswith("**team_kit_prospects** · segment — Clubs and schools without "
                              "a team-kit contract\n\nBusiness customers")
    assert "owner: b2b-sales · tags: b2b, acquisition" in segment
    assert "\n\nCustomers whose 'customer_type' is \"b2b\"" in segment
    assert _hover(session, uri, text, "where") is None
    assert _hover(session, uri, text, "# B2B") is None


def test_hover_on_metrics_functions_and_zip(shop: Path, session: Session) -> None:
    path = shop / "segments" / "geo_demo.seg"
    uri, _ = _open(session, path)
    text = path.read_text(encoding="utf-8")
    assert _hover(session, uri, text, "coalesce") == (
        "**coalesce** · function\n\n`coalesce(value, value, ...)`")
    zipped = _hover(session, uri, text, "zip matches")
    assert zipped is not None and "column `postal_code`" in zipped
    metrics = shop / "segments" / "lifecycle.seg"
    uri, _ = _open(session, metrics)
    text = metrics.read_text(encoding="utf-8")
    metric = _hover(session, uri, text, "days_since_last_order <")
    assert metric is not None and metric.startswith("**days_since_last_order** · metric · "
                                                    "`integer`")


def test_definition(shop: Path, session: Session) -> None:
    lifecycle = shop / "segments" / "lifecycle.seg"
    life_uri, _ = _open(session, lifecycle)
    text = lifecycle.read_text(encoding="utf-8")
    (target,) = session.definition(life_uri, *_at(text, "in segment churned_customers", 12))
    assert target.uri == life_uri
    assert target.range.start == types.Position(*_at(text, "segment churned_customers", 8))
    (metric,) = session.definition(life_uri, *_at(text, "days_since_last_order", 2))
    assert metric.uri == (shop / "segments" / "metrics.seg").as_uri()
    schema = (shop / "schema.yml").read_text(encoding="utf-8")
    schema_uri = (shop / "schema.yml").as_uri()
    (attribute,) = session.definition(life_uri, *_at(text, "lifetime_value", 1))
    assert (attribute.uri, attribute.range.start) == (schema_uri,
                                                     types.Position(*_at(schema, "lifetime_value")))
    (event,) = session.definition(life_uri, *_at(text, "email_open", 1))
    assert event.range.start == types.Position(*_at(schema, "email_open:"))
    assert session.definition(life_uri, *_at(text, "lower(", 1)) == []
    assert session.definition(life_uri, 0, 0) == []


def test_positions_count_utf16_units_by_default(shop: Path, session: Session) -> None:
    path = shop / "segments" / "b2b.seg"
    text = 'segment emoji\n  title "🏃 runners"\n  where agee > 1\n'
    uri, published = _open(session, path, text)
    (problem,) = published[uri]
    assert problem.range.start == types.Position(2, 8)
    text = 'segment emoji title "🏃" where agee > 1\n'
    session.change(uri, text, 2)
    (problem,) = _published(session.check({uri}))[uri]
    assert problem.range.start == types.Position(0, 31)  # the emoji is two units
    hovered = session.hover(uri, 0, 33)
    assert hovered is None  # `agee` is unknown
    utf32 = Session(UTF32)
    utf32.open(uri, text, 1)
    (problem,) = _published(utf32.check({uri}))[uri]
    assert problem.range.start == types.Position(0, 30)


def test_lines_convert_both_ways() -> None:
    text = "aé🏃b\nx"
    for encoding, width in ((UTF16, 5), (UTF8, 8), (UTF32, 4)):
        lines = Lines(text, encoding)
        assert lines.position(4) == (0, width)
        assert lines.offset(0, width) == 4
        assert lines.offset(1, 1) == 6
        assert lines.offset(9, 9) == len(text)
        assert lines.offset(-1, 0) == 0
        assert lines.point(9, 1) == (1, 1)
