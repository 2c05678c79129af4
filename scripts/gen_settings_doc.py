"""Write docs/settings.md from settings.py: every section and key, its default and its comment.

Run after changing settings.py:  .venv/bin/python scripts/gen_settings_doc.py
(tests/test_docs.py fails when the page is out of date).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyweave.settings import Settings  # noqa: E402

SOURCE = REPO / "src" / "storyweave" / "settings.py"
TARGET = REPO / "docs" / "settings.md"

HEADER = """# Settings

Every knob storyweave has, in one TOML file passed with `--config FILE` (or
`Settings.from_toml(path)` in Python). Leave out what you do not want to change; a key that
does not exist is an error that names it. Generated from `src/storyweave/settings.py` by
`scripts/gen_settings_doc.py`.

```toml
[summary]
words = 250

[fetch]
allow_private = true
```
"""


def comments() -> dict[tuple[str, str], str]:
    """(class name, field) -> the comment on its line in settings.py."""
    found: dict[tuple[str, str], str] = {}
    cls = ""
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"class (\w+)", line)
        if m:
            cls = m.group(1)
            continue
        m = re.match(r"\s+(\w+): [^=]+= (.*?)(?:\s+#\s*(.*))?$", line)
        if m and cls:
            found[(cls, m.group(1))] = (m.group(3) or "").strip()
    return found


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if value is None:
        return "(unset)"
    return repr(value)


def render() -> str:
    notes = comments()
    parts = [HEADER]
    for section in dataclasses.fields(Settings):
        obj = section.default_factory()  # type: ignore[misc]
        cls = type(obj)
        doc = (cls.__doc__ or "").strip().splitlines()
        parts.append(f"\n## [{section.name}]\n")
        if doc and not doc[0].startswith(cls.__name__ + "("):
            parts.append(doc[0] + "\n")
        parts.append("\n| key | default | meaning |\n|---|---|---|\n")
        for f in dataclasses.fields(cls):
            note = notes.get((cls.__name__, f.name), "").replace("|", "\\|")
            default = toml_value(getattr(obj, f.name)).replace("|", "\\|")
            parts.append(f"| `{f.name}` | `{default}` | {note} |\n")
    return "".join(parts)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") == render()
        print("docs/settings.md is " + ("current" if current else "out of date"))
        sys.exit(0 if current else 1)
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
