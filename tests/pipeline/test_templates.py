"""Our templates against the generator's: pristine copies, marked edits, and the upgrade command.

The upgrade runs offline against a synthetic "new version": the pinned generator's templates
with a change of ours, merged into a copy of the repository's pipeline in a temporary folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import upgrade_generator
from esper_contract import generator, templates
from esper_contract.paths import ROOT, SCRIPTS, TEMPLATES, UPSTREAM_TEMPLATES
from pipeline_support import op, tiny_spec

UPGRADE_LINE = "# synthetic-upgrade: a line only the new version's template writes"


def test_every_override_has_its_pristine_copy_equal_to_the_installed_generators() -> None:
    assert templates.overrides(), (
        "we override no template? then templates/upstream/ should be empty"
    )
    assert templates.pristine_problems() == []


def test_every_edit_in_our_templates_is_marked() -> None:
    assert templates.marker_problems() == []


def test_an_unmarked_edit_is_found_and_a_marked_one_is_not() -> None:
    base = "a\nb\nc\n\nd\ne\n"
    assert [str(h) for h in templates.unmarked("a\nB\nc\n\nd\ne\n", base, "t")] == ["t: lines 2-2"]
    marked = "a\n{# esper-client: b is B #}\nB\nc\n\nd\ne\n"
    assert templates.unmarked(marked, base, "t") == []
    # A marker explains the block right below it, not what follows the next blank line.
    far = "{# esper-client: a #}\na\nb\nc\n\nd\nE\n"
    assert [str(h) for h in templates.unmarked(far, base, "t")] == ["t: lines 7-7"]
    # Removed lines need a marker where they were.
    assert [str(h) for h in templates.unmarked("a\nc\n\nd\ne\n", base, "t")] == [
        "t: lines removed after line 1"
    ]
    whole = "{# esper-client: whole file ours #}\nx\ny\n"
    assert templates.unmarked(whole, base, "t") == []


def test_a_pristine_copy_that_drifted_is_named(tmp_path: Path) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(UPSTREAM_TEMPLATES, upstream)
    (upstream / "types.py.jinja").write_text("edited by hand\n")
    (upstream / "stale.py.jinja").write_text("x\n")
    problems = templates.pristine_problems(TEMPLATES, upstream)
    assert any(p.startswith("types.py.jinja: differs from openapi-python-client") for p in problems)
    assert "stale.py.jinja: pristine copy of a template we no longer override" in problems


# ------------------------------------------------------------------ the upgrade command


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """What the upgrade touches, copied: the pipeline, our templates, the pin, a tiny spec."""
    root = tmp_path / "repo"
    shutil.copytree(SCRIPTS, root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TEMPLATES, root / "templates")
    for name in ("pyproject.toml", "generator-config.yml"):
        shutil.copy(ROOT / name, root / name)
    (root / "openapi").mkdir()
    (root / "openapi" / "overlay.yaml").write_text("overlay: 1.0.0\nactions: []\n")
    spec = tiny_spec({"/things/{thing_id}/": {"get": op("Things", "get_thing")}})
    spec["paths"]["/things/{thing_id}/"]["parameters"] = [
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    (root / "tiny.json").write_text(json.dumps(spec))
    return root


def synthetic_version(tmp_path: Path, edit: dict[str, tuple[str, str]]) -> Path:
    """The installed generator's templates with `edit` (name -> (old text, new text)) applied."""
    new = tmp_path / "new-templates"
    shutil.copytree(generator.templates_dir(), new)
    for name, (old, replacement) in edit.items():
        text = (new / name).read_text()
        assert old in text, f"the synthetic edit no longer applies to {name}"
        (new / name).write_text(text.replace(old, replacement, 1))
    return new


def test_upgrade_merges_a_clean_change_pins_it_and_regenerates(
    checkout: Path, tmp_path: Path
) -> None:
    # The new version adds a line to the client template, where we edit nothing near it.
    anchor = '    def with_headers(self, headers: dict[str, str]) -> "{{ self }}":\n'
    new = synthetic_version(
        tmp_path, {"client.py.jinja": (anchor, "    " + UPGRADE_LINE + "\n" + anchor)}
    )
    said: list[str] = []
    result = upgrade_generator.upgrade(
        "99.0.0",
        root=checkout,
        pristine_new=new,
        install=False,
        tests=False,
        source=str(checkout / "tiny.json"),
        say=said.append,
    )
    assert result.conflicted == []
    assert "client.py.jinja" in result.merged
    merged = (checkout / "templates" / "client.py.jinja").read_text()
    assert UPGRADE_LINE in merged and "esper-client:" in merged  # theirs and ours, both kept
    pristine = checkout / "templates" / "upstream" / "client.py.jinja"
    assert pristine.read_text() == (new / "client.py.jinja").read_text()
    assert 'openapi-python-client==99.0.0"' in (checkout / "pyproject.toml").read_text()
    generated = checkout / "esper_client" / "generated"
    client_module = (generated / "client.py").read_text()
    assert UPGRADE_LINE in client_module  # regenerated with the merged template
    assert "token: str = field(repr=False)" in client_module  # and with our edits
    module = generated / "api" / "things" / "get_thing.py"
    assert "path_segment(thing_id)" in module.read_text()
    assert any(line.startswith("== check:") for line in said)
    assert said[-1] == "== upgraded to openapi-python-client 99.0.0"


def test_upgrade_names_every_conflict_and_stops_before_regenerating(
    checkout: Path, tmp_path: Path
) -> None:
    # The new version changes lines that our types.py.jinja removed: both sides touched them.
    old = "    def __bool__(self) -> Literal[False]:\n        return False\n"
    new = synthetic_version(
        tmp_path,
        {
            "types.py.jinja": (
                old,
                old + "\n    def __repr__(self) -> str:\n        return 'UNSET'\n",
            )
        },
    )
    run = subprocess.run(
        [
            sys.executable, str(checkout / "scripts" / "upgrade_generator.py"), "99.0.0",
            "--templates", str(new), "--no-install", "--source", str(checkout / "tiny.json"),
        ],
        capture_output=True,
        text=True,
        cwd=checkout,
    )  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr
    assert "CONFLICT in 1 template(s)" in run.stdout
    assert "templates/types.py.jinja" in run.stdout
    merged = (checkout / "templates" / "types.py.jinja").read_text()
    assert "<<<<<<< ours" in merged and ">>>>>>> openapi-python-client 99.0.0" in merged
    assert not (checkout / "esper_client").exists()  # nothing was regenerated


def test_upgrade_refuses_what_is_not_a_version(checkout: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(checkout / "scripts" / "upgrade_generator.py"), "latest; rm -rf /"],
        capture_output=True,
        text=True,
        cwd=checkout,
    )
    assert run.returncode == 2
    assert "not a version" in run.stderr
