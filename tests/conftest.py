"""What every test folder shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from esper_testkit import ASYNC_MODES, ENV_VARS, MODES, FakeTime


@pytest.fixture(scope="session", autouse=True)
def _own_validation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Spec validation results (scripts/esper_contract/validate.py) go to a cache of the test
    session, never the user's; subprocesses inherit it through the environment."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ESPER_CLIENT_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        yield


@pytest.fixture(autouse=True)
def _no_esper_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own ESPER_* settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """How the test calls: sync, async on httpx's pool, or async on aiohttp's."""
    return str(request.param)


@pytest.fixture(params=ASYNC_MODES)
def async_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
