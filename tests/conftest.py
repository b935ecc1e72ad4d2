"""Puts tests/ on sys.path so every test folder can import `esper_testkit`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
