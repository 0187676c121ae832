"""Finding cycles among definitions (SPEC 4.8)."""

from __future__ import annotations

from collections.abc import Mapping


def find_cycles(graph: Mapping[str, frozenset[str]], order: list[str]) -> list[list[str]]:
    """One cycle per strongly connected component that has one, as a list of names.

    ``order`` (the declarations in file order) makes the output deterministic: each
    cycle starts at its earliest declaration and follows edges in sorted order.
    Tarjan's algorithm, written iteratively so a long chain of definitions cannot
    exhaust Python's recursion limit.
    """
    position = {name: i for i, name in enumerate(order)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0

    for root in order:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                child = pending.pop(0)
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, sorted(graph.get(child, ()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    components.append(component)

    cycles = [_cycle_path(graph, set(c), min(c, key=lambda n: position.get(n, 0)))
              for c in components]
    return sorted(cycles, key=lambda c: position.get(c[0], 0))


def _cycle_path(graph: Mapping[str, frozenset[str]], members: set[str], start: str) -> list[str]:
    """A shortest path from ``start`` back to itself inside one component (BFS)."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        next_frontier: list[str] = []
        for node in frontier:
            for child in sorted(graph.get(node, ())):
                if child not in members:
                    continue
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return list(reversed(path))
                if child not in previous:
                    previous[child] = node
                    next_frontier.append(child)
        frontier = next_frontier
    return [start]  # pragma: no cover - a component always closes
