"""``explain`` of definitions about another entity and of member aggregates
(SPEC 11): the entity is the subject ("Accounts ..."), a count of members reads
"with at least 3 members who ...", other member aggregates are values "of their
members"; in English and German.  ``explain --db`` measures an account segment's
attrition over accounts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_project import run

from segdsl.check.checker import CheckedProject, check_project
from segdsl.explain import explain
from segdsl.project.schema_loader import parse_schema
from segdsl.syntax.parser import parse_source
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
ACCOUNTS = REPO / "tests" / "conformance_accounts"


def _checked() -> CheckedProject:
    workspace = load_workspace(ACCOUNTS)
    assert workspace.checked is not None
    return workspace.checked


@pytest.mark.parametrize(("name", "english", "german"), [
    ("trialing_accounts",
     "Accounts with at least 3 members who have at least one 'trial_start' event in the "
     "last 14 days.",
     "Accounts, die mindestens 3 Mitglieder haben, die in den letzten 14 Tagen mindestens "
     "ein 'trial_start'-Ereignis haben."),
    ("trialing_by_segment",
     "Accounts with at least 3 members who are in the segment 'recent_trial'.",
     "Accounts, die mindestens 3 Mitglieder haben, die im Segment „recent_trial“ sind."),
    ("no_members", "Accounts with no members.", "Accounts, die keine Mitglieder haben."),
    ("big_enterprise",
     "Accounts whose 'tier' is \"enterprise\" and for whom the total 'seats' of their "
     "members is at least 10.",
     "Accounts, deren 'tier' „enterprise“ ist und bei denen die Summe von 'seats' ihrer "
     "Mitglieder mindestens 10 ist."),
    ("account_size",
     "large: accounts with at least 3 members; small: accounts with at least one member; "
     "otherwise empty.",
     "large: Accounts, die mindestens 3 Mitglieder haben; small: Accounts, die mindestens "
     "ein Mitglied haben; sonst empty."),
    ("admin_count",
     "'admin_count' is the number of their members whose 'role' is \"admin\", per account.",
     "'admin_count' ist je Account die Anzahl ihrer Mitglieder, deren 'role' „admin“ ist."),
    ("buyers_30d",
     "'buyers_30d' is the number of their members who have bought in the last 30 days, "
     "per account.",
     "'buyers_30d' ist je Account die Anzahl ihrer Mitglieder, die in den letzten 30 Tagen "
     "gekauft haben."),
    ("min_seats", "'min_seats' is the smallest 'seats' of their members, per account.",
     "'min_seats' ist je Account der kleinste Wert von 'seats' ihrer Mitglieder."),
    ("member_revenue_90d",
     "'member_revenue_90d' is the total 'amount' of purchases in the last 90 days across "
     "their members, per account.",
     "'member_revenue_90d' ist je Account die Summe von 'amount' aller Käufe in den "
     "letzten 90 Tagen über alle ihre Mitglieder."),
    ("member_orders_30d",
     "'member_orders_30d' is the number of purchases in the last 30 days across their "
     "members, per account.",
     "'member_orders_30d' ist je Account die Anzahl der Käufe in den letzten 30 Tagen über "
     "alle ihre Mitglieder."),
    # the default entity still reads as customers
    ("admins", "Customers whose 'role' is \"admin\".", "Kunden, deren 'role' „admin“ ist."),
])
def test_member_definitions_in_sentences(name: str, english: str, german: str) -> None:
    checked = _checked()
    assert explain(checked, name, "en") == english
    assert explain(checked, name, "de") == german


SCHEMA = """\
entities:
  customer:
    default: true
    table: customers
    key: customer_id
    attributes: {role: string}
  company:
    table: companies
    key: company_id
    relations:
      users: {entity: customer, via: company_id}
"""


def test_another_relation_name_and_singular_counts() -> None:
    schema, problems = parse_schema(SCHEMA, "schema.yml")
    assert schema is not None, problems
    checked = check_project(schema, [parse_source(
        'segment one_admin for company where count(users with role = "admin") = 1\n'
        'segment busy for company where count(users) between 2 and 5\n', "a.seg")])
    assert checked.ok, checked.diagnostics
    assert explain(checked, "one_admin") == (
        "Companies with exactly 1 member of 'users' whose 'role' is \"admin\".")
    assert explain(checked, "one_admin", "de") == (
        "Companies, die genau 1 Mitglied ('users') haben, dessen 'role' „admin“ ist.")
    assert explain(checked, "busy") == "Companies with between 2 and 5 members of 'users'."


def test_explain_db_measures_an_account_segment_over_accounts(tmp_path: Path) -> None:
    from test_entities import _database

    db = str(_database(tmp_path))
    result = run(["explain", "--project", str(ACCOUNTS), "--db", db, "--as-of", "2026-11-01",
                  "big_enterprise"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2:] == [
        "Attrition at 2026-11-01 00:00:00 UTC:",
        "  population: 2",  # two accounts
        '  where tier = "enterprise"  (line 27): 1 remain, 1 alone',
        # a1's members have 5 + 3 + 1 seats
        "  and sum(members.seats) >= 10  (line 28): 0 remain, 0 alone",
    ]
