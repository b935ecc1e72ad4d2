"""The differ tests import esper_contract from scripts/, as regenerate.py does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
