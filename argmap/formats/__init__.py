"""Reading and writing maps: one registry of formats, one module per format."""

from argmap.formats.io import dumps, load, loads, pipe, render, save
from argmap.formats.registry import (
    FORMATS,
    Format,
    all_formats,
    all_suffixes,
    format_for_path,
    get_format,
)

__all__ = [
    "FORMATS",
    "Format",
    "all_formats",
    "all_suffixes",
    "dumps",
    "format_for_path",
    "get_format",
    "load",
    "loads",
    "pipe",
    "render",
    "save",
]
