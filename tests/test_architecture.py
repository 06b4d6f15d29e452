"""The package order of docs/architecture.md holds: no module imports a package above its own.

A package may import itself and packages before it in the order; reactions the other way go
through signals and registries (metrics, timeline and today-list sources, price adjusters).
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
# Modules that belong to no domain: the app factory and the model list wire everything up.
GLUE = {"__init__", "models"}


def package_order() -> list[str]:
    """The order as the architecture document writes it, lowest first."""
    text = (ROOT / "docs" / "architecture.md").read_text()
    line = re.search(r"^Package order \(lowest first\): (.+)$", text, re.M)
    assert line, "docs/architecture.md must state the package order"
    return [name.strip(" `.") for name in line.group(1).split("->")]


def package_of(module: str) -> str:
    """`app.shop.services.orders` -> `shop`; `app.extensions` is part of core."""
    part = module.split(".")[1] if "." in module else "__init__"
    return "core" if part == "extensions" else part


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every `app.*` module a file imports, at the top or inside a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "app" else [
                f"app.{alias.name}" for alias in node.names]
            found += [(node.lineno, name) for name in names if name.startswith("app.")]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names
                      if alias.name.startswith("app.")]
    return found


def upward_imports(order: list[str]) -> list[str]:
    rank = {name: index for index, name in enumerate(order)}
    wrong = []
    for path in sorted(APP.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        own = package_of(module)
        if own in GLUE:
            continue
        for line, imported in imports_of(path):
            target = package_of(imported)
            if target not in rank or own not in rank or rank[target] > rank[own]:
                wrong.append(f"{path.relative_to(ROOT)}:{line} ({own}) imports {imported}")
    return wrong


def test_every_package_is_placed_in_the_order():
    packages = {p.name for p in APP.iterdir() if (p / "__init__.py").exists()}
    assert packages - {"core"} <= set(package_order())
    assert package_order()[0] == "core"


def test_no_package_imports_one_above_it():
    assert upward_imports(package_order()) == []


def test_the_check_sees_an_upward_import():
    """Given the order with clients and shop swapped, shop's import of customers is fine but
    clients' imports of shop are upward."""
    order = package_order()
    swapped = order[:]
    i, j = swapped.index("shop"), swapped.index("clients")
    swapped[i], swapped[j] = swapped[j], swapped[i]
    wrong = upward_imports(swapped)
    assert any(line.startswith("app/clients/") and "app.shop" in line for line in wrong)
