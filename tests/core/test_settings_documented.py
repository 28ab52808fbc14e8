"""Every environment variable the settings read is in README's configuration table.

The settings modules are parsed, not imported, so a variable read only on one
branch (an optional backend, production only) is found too.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# test.py is left out: whatever it reads is for the test suite, not operators.
SETTINGS_MODULES = ["base.py", "dev.py", "production.py"]
ENV_HELPERS = {"env_bool", "env_int", "env_ints", "env_list"}


def is_os_environ(node):
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def literal(node, where):
    assert isinstance(node, ast.Constant) and isinstance(node.value, str), (
        f"{where}: name environment variables with a string literal, so this "
        "test (and a reader) can find them"
    )
    return node.value


def settings_nodes(tree):
    """Every node outside function definitions (the env_* helpers take names)."""
    for statement in tree.body:
        if not isinstance(statement, ast.FunctionDef):
            yield from ast.walk(statement)


def environment_reads():
    """({variable read}, {old name: new name}) over the settings modules."""
    names, renamed = set(), {}
    for module in SETTINGS_MODULES:
        path = ROOT / "masthead" / "settings" / module
        for node in settings_nodes(ast.parse(path.read_text(), filename=str(path))):
            where = f"{module}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Subscript) and is_os_environ(node.value):
                names.add(literal(node.slice, where))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "renamed_env":
                new, old = (literal(arg, where) for arg in node.args)
                renamed[old] = new
                names.add(new)
            elif (
                isinstance(func, ast.Name)
                and func.id in ENV_HELPERS
                or isinstance(func, ast.Attribute)
                and func.attr == "get"
                and is_os_environ(func.value)
            ):
                first = node.args[0]
                if not (
                    isinstance(first, ast.Call)
                    and getattr(first.func, "id", "") == "renamed_env"
                ):
                    names.add(literal(first, where))
    return names, renamed


def configuration_section():
    readme = (ROOT / "README.md").read_text()
    return readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]


def documented_variables():
    """Variable names in the first column of the configuration table."""
    names = set()
    for line in configuration_section().splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([A-Z][A-Z0-9_]*)`", line.split("|")[1]))
    return names


def test_the_parser_finds_the_settings_environment_reads():
    names, renamed = environment_reads()
    # One of each way of reading: os.environ.get, os.environ[...], the helpers.
    assert {"SECRET_KEY", "ELASTICSEARCH_URL", "DEBUG", "PAGE_CACHE_TIMEOUT"} <= names
    assert {"ALLOWED_HOSTS", "NEWSLETTER_RETRY_DELAYS", "HSTS_SECONDS"} <= names
    assert renamed["FRAGMENT_CACHE_ENABLED"] == "PAGE_CACHE_FRAGMENTS_ENABLED"


def test_every_environment_variable_is_in_the_readme_table():
    names, _ = environment_reads()
    missing = sorted(names - documented_variables())
    assert not missing, f"Add these to README.md's configuration table: {missing}"


def test_every_renamed_variable_is_listed_with_its_new_name():
    _, renamed = environment_reads()
    section = configuration_section()
    for old, new in renamed.items():
        assert f"`{old}` → `{new}`" in section
