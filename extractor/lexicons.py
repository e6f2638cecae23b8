"""Load the declarative language data shipped in ``extractor/data`` (YAML and TSV files).

Each file names its source in a header; the code only interprets it.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

import yaml


def _read(name: str) -> str:
    return resources.files("extractor").joinpath(f"data/{name}").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """A YAML data file, parsed with the safe loader."""
    return yaml.safe_load(_read(name))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A TSV data file as rows keyed by its header; lines starting with '#' are comments."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def alternation(words) -> str:
    """Regular-expression alternation of lexicon words: escaped, each once, longest first (so "thứ hai" wins
    over a shorter word it starts with), a space matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))
