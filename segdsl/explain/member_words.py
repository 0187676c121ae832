"""How ``explain`` says a count of members compared with a number (SPEC 11):
"with at least 3 members who …" / "die mindestens 3 Mitglieder haben, die …".

``member`` is the clause the member filter (``count(members with C)``) says about
one member, in the member entity's scope; None without a filter.
"""

from __future__ import annotations

from decimal import Decimal

from segdsl.check.facts import MembersRef
from segdsl.explain.parts import Clause, Quantity, label, number
from segdsl.syntax import ast

Op = ast.CompareOp

# `count(...) OP n` that reads as none, or as some.
_NONE = ((Op.EQ, Decimal(0)), (Op.LE, Decimal(0)), (Op.LT, Decimal(1)))
_SOME = ((Op.GE, Decimal(1)), (Op.GT, Decimal(0)), (Op.NE, Decimal(0)))
_HOW_MANY = {Op.EQ: "exactly", Op.NE: "not exactly", Op.LT: "fewer than", Op.LE: "at most",
             Op.GT: "more than", Op.GE: "at least"}
_WIE_VIELE = {Op.EQ: "genau", Op.NE: "nicht genau", Op.LT: "weniger als", Op.LE: "höchstens",
              Op.GT: "mehr als", Op.GE: "mindestens"}
# A relative pronoun about members (plural) said of one member ("ein Mitglied, das …").
_SINGULAR = {"die": "das", "deren": "dessen", "bei denen": "bei dem", "denen": "dem"}


def english_count(relation: str, member: Clause | None, quantity: Quantity) -> Clause:
    q = quantity
    who = "" if member is None else " " + member.text()
    if (q.op, q.amount) in _NONE:
        return Clause("with", f"no {_member_noun(relation, False)}{who}")
    noun = _member_noun(relation, q.one or (q.op, q.amount) in _SOME)
    if (q.op, q.amount) in _SOME:
        return Clause("with", f"at least one {noun}{who}")
    how_many = (f"between {number(q.amount, '.', ',')} and "
                f"{number(q.high or Decimal(0), '.', ',')}" if q.op is None
                else f"{_HOW_MANY[q.op]} {number(q.amount, '.', ',')}")
    return Clause("with", f"{how_many} {noun}{who}")


def _member_noun(relation: str, one: bool) -> str:
    """"members", or a relation's own name ("'users'") where it is another."""
    if relation == "members":
        return "member" if one else "members"
    return f"{'member' if one else 'members'} of {label(relation)}"


def german_count(relation: str, member: Clause | None, quantity: Quantity) -> Clause:
    q = quantity
    some = (q.op, q.amount) in _SOME
    one = some or q.one
    if one and member is not None and member.pronoun not in _SINGULAR:
        one = False  # no singular relative pronoun for it: "Mitglieder, die …"
    noun = "Mitglied" if one else "Mitglieder"
    if relation != "members":
        noun += f" ({label(relation)})"
    if (q.op, q.amount) in _NONE:
        how_many = "keine"
    elif some:
        how_many = "mindestens ein" if one else "mindestens 1"
    elif q.op is None:
        how_many = f"zwischen {_num(q.amount)} und {_num(q.high or Decimal(0))}"
    else:
        how_many = f"{_WIE_VIELE[q.op]} {_num(q.amount)}"
    if member is None:
        return Clause("die", f"{how_many} {noun} haben", verb="haben")
    pronoun = _SINGULAR[member.pronoun] if one else member.pronoun
    inner = f"{pronoun} {member.body}" if pronoun else member.body
    return Clause("die", f"{how_many} {noun} haben, {inner}", nested=True)


def _num(value: Decimal) -> str:
    return number(value, ",", ".")


def members_events(node: ast.Aggregate, ref: MembersRef) -> ast.Aggregate | None:
    """For an aggregate over the members' events (``sum(members.purchase.amount)``),
    the same aggregate as one entity's (``sum(purchase.amount)``), which each
    language says as it says any aggregate and then adds "across their members";
    None for an aggregate of the members themselves."""
    if node.members is None and not (node.prop is not None
                                     and isinstance(ref.value, ast.Aggregate)):
        return None
    return ast.Aggregate(node.function, False, node.event if node.members is not None
                         else node.prop or node.event, node.event_span,
                         None if node.members is None else node.prop,
                         node.prop_span, node.filter, node.window, node.span,
                         anchor=node.anchor)
