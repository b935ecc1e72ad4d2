"""Every ```python block of the README's usage section runs, against a respx-mocked API."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from client_helpers import ENTERPRISE_ID, RESPX_MOCKER

README = Path(__file__).resolve().parents[2] / "README.md"
HOST = "acme-api.esper.cloud"
TENANT_URL = f"https://{HOST}/api"
MISSING_DEVICE = uuid.UUID(int=404)


def usage_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- usage:start -->", 1)[1].split("<!-- usage:end -->", 1)[0]
    return re.findall(r"^```python\n(.*?)^```", section, flags=re.DOTALL | re.MULTILINE)


def paged(items: list[dict[str, Any]], request: httpx.Request, *, nested: bool) -> httpx.Response:
    limit = int(request.url.params.get("limit", 20))
    offset = int(request.url.params.get("offset", 0))
    page = {"count": len(items), "results": items[offset : offset + limit]}
    return httpx.Response(200, json={"content": page} if nested else page)


def device(request: httpx.Request, device_id: str) -> httpx.Response:
    if uuid.UUID(device_id) == MISSING_DEVICE:
        return httpx.Response(
            404, json={"errors": [], "message": "Device not found", "status": 404}
        )
    return httpx.Response(200, json={"id": device_id, "device_name": f"device-{device_id[-4:]}"})


@pytest.fixture
def mocked_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[respx.MockRouter]:
    monkeypatch.setenv("ESPER_API_KEY", "YOUR-API-KEY")
    monkeypatch.setenv("ESPER_TENANT", "acme")
    monkeypatch.setenv("ESPER_ENTERPRISE_ID", str(ENTERPRISE_ID))
    devices = [{"id": str(uuid.UUID(int=n)), "device_name": f"tablet-{n}"} for n in range(1, 4)]
    devices[-1]["api_level"] = "30"  # a string where an integer is declared: one deviation
    records = [{"id": str(uuid.UUID(int=n)), "state": 40} for n in range(1, 3)]
    with respx.mock(assert_all_called=False, using=RESPX_MOCKER) as api:
        api.get(host=HOST, path__regex=r"^/api/enterprise/[^/]+/device/$").mock(
            side_effect=lambda request: paged(devices, request, nested=False)
        )
        api.get(
            host=HOST, path__regex=r"^/api/enterprise/[^/]+/device/(?P<device_id>[^/]+)/$"
        ).mock(side_effect=device)
        api.get(host=HOST, path__regex=r"^/api/v0/operations/[^/]+/devices/$").mock(
            side_effect=lambda request: paged(records, request, nested=True)
        )
        api.get(host=HOST, path__regex=r"^/api/v0/operations/[^/]+/devices/[^/]+/$").respond(
            json={"content": {"id": str(uuid.UUID(int=1)), "state": "SUCCEDED"}}
        )
        statuses = [
            {"device": f"{TENANT_URL}/device/{n}/", "state": "Command Success"} for n in (1, 2)
        ]
        api.get(host=HOST, path__regex=r"^/api/v0/enterprise/[^/]+/command/[^/]+/status/$").respond(
            json={"count": 2, "next": None, "previous": None, "results": statuses}
        )
        yield api


def test_the_usage_section_has_a_block_per_feature() -> None:
    blocks = usage_blocks()
    assert len(blocks) == 11
    for needle in (
        "EsperClient()",
        "errors.NotFoundError",
        "deviations(",
        "strict=True",
        "RetryPolicy(",
        "paginate(",
        "DeviceOperationState.parse",
        "wait_for_device_operation(",
        "wait_for_command(",
        "run_bulk(",
        'async_backend="aiohttp"',
    ):
        assert any(needle in block for block in blocks), needle


@pytest.mark.parametrize("index", range(len(usage_blocks())))
def test_a_readme_block_runs(
    index: int, mocked_api: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    code = usage_blocks()[index]
    exec(compile(code, f"README.md usage block {index + 1}", "exec"), {"__name__": "__readme__"})
    for sent in mocked_api.calls:
        assert sent.request.headers["Authorization"] == "Bearer YOUR-API-KEY"
        assert str(sent.request.url).startswith(TENANT_URL)
    if "print(" in code:
        assert capsys.readouterr().out.strip()


def test_every_readme_block_passes_mypy_strict(tmp_path: Path, mypy_cache: Path) -> None:
    """What the README shows type-checks as written: the types tell the truth."""
    mypy_api = pytest.importorskip("mypy.api")
    paths = []
    for index, code in enumerate(usage_blocks(), 1):
        path = tmp_path / f"readme_block_{index}.py"
        path.write_text(code, encoding="utf-8")
        paths.append(str(path))
    stdout, stderr, status = mypy_api.run(["--strict", "--cache-dir", str(mypy_cache), *paths])
    assert status == 0, stdout + stderr
