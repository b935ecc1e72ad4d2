"""What every test folder shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _own_validation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Spec validation results (scripts/esper_contract/validate.py) go to a cache of the test
    session, never the user's; subprocesses inherit it through the environment."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ESPER_CLIENT_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        yield
