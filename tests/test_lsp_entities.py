"""Completion knows which entity a position is about (SPEC 11): after `segment x
for account where` the account's attributes, relations, `members` and account
definitions; inside `count(members with` the member entity's names; inside a
member event's filter that event's properties.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from segdsl.lsp.context import Expect, analyze
from segdsl.lsp.positions import Lines
from segdsl.lsp.session import Session

REPO = Path(__file__).resolve().parents[1]
ACCOUNTS = REPO / "tests" / "conformance_accounts"
# The labels completion offers at the end of the accounts file plus a line.
Complete = Callable[[str], set[str]]


@pytest.fixture(scope="module")
def complete(tmp_path_factory: pytest.TempPathFactory) -> Complete:
    project = tmp_path_factory.mktemp("lsp") / "accounts"
    shutil.copytree(ACCOUNTS, project)
    path = project / "segments" / "accounts.seg"
    text = path.read_text(encoding="utf-8")
    session = Session()
    uri = path.as_uri()
    session.open(uri, text, 1)
    session.check({uri})
    version = [1]

    def labels(tail: str) -> set[str]:
        before = text + "\n" + tail
        version[0] += 1
        session.change(uri, before, version[0])
        return {item.label for item in session.completion(uri, *Lines(before).position(
            len(before)))}

    return labels


def test_the_header_names_the_entity() -> None:
    context = analyze("segment x for account where ", 28)
    assert (context.expect, context.entity, context.members) == (Expect.OPERAND, "account", ())
    context = analyze("metric m for account = sum(members.purchase.amount with ", 56)
    assert context.entity == "account"
    assert context.members == (("members", "purchase"),)


def test_an_account_condition_offers_account_names(complete: Complete) -> None:
    labels = complete("segment x for account where ")
    assert {"tier", "name", "members", "member_count", "account_size"} <= labels
    assert not {"role", "seats", "orders_30d"} & labels  # customer names


def test_a_customer_condition_offers_no_account_names(complete: Complete) -> None:
    labels = complete("segment x where ")
    assert {"role", "seats", "orders_30d"} <= labels
    assert not {"tier", "members", "member_count", "account_size"} & labels


def test_in_segment_offers_the_entitys_segments(complete: Complete) -> None:
    labels = complete("segment x for account where in segment ")
    assert {"trialing_accounts", "no_members"} <= labels
    assert "admins" not in labels
    labels = complete("segment x for account where count(members with in segment ")
    assert {"admins", "recent_trial"} <= labels
    assert "trialing_accounts" not in labels


def test_a_member_filter_offers_the_member_entitys_names(complete: Complete) -> None:
    labels = complete("segment x for account where count(members with ")
    assert {"role", "seats", "orders_30d", "has"} <= labels
    assert not {"tier", "members", "member_count"} & labels
    labels = complete('segment x for account where count(members with role = "admin" and ')
    assert {"role", "seats"} <= labels
    labels = complete("segment x for account where count(members with has ")
    assert {"trial_start", "purchase"} <= labels


def test_a_member_event_filter_offers_its_properties(complete: Complete) -> None:
    labels = complete("metric m for account = sum(members.purchase.amount with ")
    assert "amount" in labels
    assert "tier" not in labels


def test_an_aggregate_of_accounts_offers_members(complete: Complete) -> None:
    assert "members" in complete("segment x for account where count(")
    assert "members" not in complete("segment x where count(")


def test_values_of_a_member_attribute(complete: Complete) -> None:
    labels = complete("segment x for account where count(members with role = ")
    assert {'"admin"', '"user"'} <= labels
    labels = complete("segment x for account where tier = ")
    assert {'"smb"', '"enterprise"'} <= labels
