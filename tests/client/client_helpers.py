"""Constants and helpers shared by the client tests (imported by name: tests/client is on
sys.path, and a module name of its own keeps clear of other test folders' conftest)."""

from __future__ import annotations

from esper_testkit import (  # noqa: F401 - re-exported for the tests of this folder
    DEVICE_ID,
    ENTERPRISE_ID,
    ENV_VARS,
    OPERATION_ID,
    FakeTime,
    call,
    request,
)

BASE_URL = "https://acme-api.esper.cloud/api"
# Distinctive, so that a search of any output for it cannot miss or false-match.
API_KEY = "esk_live_7c1f0d9e4b2a48f6a1d3"
