"""Reading and writing maps: one module per format, picked by suffix or name."""

from argmap.formats.io import dumps, load, loads, save
from argmap.formats.registry import Format, all_formats, format_for_path, get_format

__all__ = [
    "Format",
    "all_formats",
    "dumps",
    "format_for_path",
    "get_format",
    "load",
    "loads",
    "save",
]
