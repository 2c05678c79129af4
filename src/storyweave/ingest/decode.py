"""Bytes to text: UTF-8 (with or without BOM), a declared or detected encoding, or a clear error."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])


def decode(data: bytes, source: str, *, html: bool = False) -> str:
    """Text of ``data``; raises InputError for binary or undecodable input.

    Order: a byte-order mark; UTF-8; for HTML the charset its <meta> declares;
    then charset-normalizer's best guess. Line ends become '\\n'.
    """
    text = _decode(data, source, html=html)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, source: str, *, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {encoding} after its byte-order mark") from exc
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file (NUL bytes), not text")
    if _looks_binary(data[:8192]):
        raise InputError(source, "binary file (control characters), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared:
            return declared
    return _detect(data, source)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return data.decode(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, source: str) -> str:
    encoding = _guess(data)
    if encoding is None:
        raise InputError(source, "not valid UTF-8 and no other text encoding fits; binary file?")
    return data.decode(encoding)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess; among near-ties, Windows-1252 (the web's usual legacy)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for m in matches:
        if (
            m.encoding == "cp1252"
            and m.chaos <= best.chaos + 0.01
            and m.coherence >= best.coherence - 0.05
        ):
            return "cp1252"
    return best.encoding


def _looks_binary(sample: bytes) -> bool:
    """More than 1% control bytes (other than tab, line ends, form feed): not text."""
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 100)


def sniff_encoding(sample: bytes) -> str:
    """The encoding to read a line-oriented file with, from its first bytes."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return _guess(sample) or "utf-8"
