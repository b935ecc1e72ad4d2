"""The payloads every benchmark shares: one small device and pages of realistic devices.

A device here has the fields both clients know (our `DeviceInfo`, esperclient's `Device`),
with the nested objects, UUIDs and timestamps a real Esper listing carries, so that neither
decoder gets an easy or a hard case the other does not.
"""

from __future__ import annotations

import json
from typing import Any

API_KEY = "bench-api-key-0123456789"
ENTERPRISE_ID = "0d6e8f4a-3b1c-4c7e-9a2f-5e8d7c6b4a31"
DEVICE_ID = "3e9d4c2b-1a0f-4e8d-b7c6-5a4f3e2d1c0b"

# The body of the per-call benchmarks: a small device, about 300 bytes.
SMALL_DEVICE: dict[str, Any] = {
    "id": DEVICE_ID,
    "device_name": "ESR-BENCH-0001",
    "alias_name": "front desk",
    "state": 1,
    "status": 1,
    "api_level": 30,
    "is_active": True,
    "is_gms": True,
    "groups": ["7c0d7f3e-61a4-4a8e-9c1b-2f8e6d4c3b2a"],
    "tags": ["bench"],
    "created_on": "2024-03-01T10:15:30.123456Z",
}
SMALL_BODY = json.dumps(SMALL_DEVICE, separators=(",", ":")).encode()


def device(n: int) -> dict[str, Any]:
    """Device number `n` of a listing: unique id and name, everything else alike."""
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "url": f"https://acme-api.esper.cloud/api/enterprise/{ENTERPRISE_ID}/device/{n:012d}/",
        "device_name": f"ESR-{n:012d}",
        "alias_name": f"kiosk {n:012d}",
        "policy_name": "Kiosk policy",
        "status": 1,
        "state": 1,
        "current_command": "5743470f-7dcc-4a92-8a4b-f41b1cea69ed",
        "suid": "a1b2c3d4e5f6a7b8c9d0",
        "fcm_id": "dGhpcyBpcyBub3QgYSByZWFsIGZjbSBpZA",
        "enterprise": f"https://acme-api.esper.cloud/api/enterprise/{ENTERPRISE_ID}/",
        "policy": "https://acme-api.esper.cloud/api/policy/1042/",
        "user": "https://acme-api.esper.cloud/api/user/77/",
        "groups": ["7c0d7f3e-61a4-4a8e-9c1b-2f8e6d4c3b2a"],
        "tags": ["lobby", "bench"],
        "api_level": 30,
        "template_name": "Lobby kiosk",
        "mqtt_id": "mqtt-a1b2c3d4",
        "softwareInfo": {
            "androidVersion": "11",
            "buildNumber": "RQ3A.211001.001",
            "esperClientVersionName": "7.2.1",
            "securityPatchLevel": "2024-02-05",
        },
        "hardwareInfo": {
            "manufacturer": "Samsung",
            "brand": "samsung",
            "model": "SM-T500",
            "serialNumber": f"R52N{n:012d}",
            "totalRam": 3072,
        },
        "displays": {"displays": [{"width": 1200, "height": 2000, "density": 240}]},
        "networkInfo": {"wifiMacAddress": "02:00:00:00:00:00", "ipAddress": "10.0.0.12"},
        "memoryInfo": {"totalInternalStorage": 32.0, "availableInternalStorage": 18.5},
        "audioConstraints": {"maxVolume": 15},
        "provisioned_on": "2023-11-20T08:30:00.000000Z",
        "created_on": "2023-11-20T08:29:12.345678Z",
        "updated_on": "2024-03-01T10:15:30.123456Z",
        "emm_device": {
            "id": n,
            "google_device_id": "3a1f0e2d",
            "managementType": "DEVICE",
            "device": f"00000000-0000-4000-8000-{n:012d}",
            "google_user": 12,
            "policy": 9,
            "created_on": "2023-11-20T08:29:12.345678Z",
            "updated_on": "2024-03-01T10:15:30.123456Z",
            "is_active": True,
        },
        "is_gms": True,
        "is_active": True,
    }


def page(offset: int, limit: int, total: int) -> dict[str, Any]:
    """One page of a device listing, shaped like `GET /enterprise/{id}/device/`."""
    end = min(offset + limit, total)
    return {
        "count": total,
        "next": None,
        "previous": None,
        "results": [device(n) for n in range(offset, end)],
    }


def _item_template() -> bytes:
    # device(n) as JSON with n left as a %-placeholder, so the server builds pages fast.
    # Every n-dependent string of device() is `{n:012d}`; the only bare n is emm_device.id.
    marker = 987654321
    text = json.dumps(device(marker), separators=(",", ":")).replace("%", "%%")
    text = text.replace(f"{marker:012d}", "%(n)012d").replace(str(marker), "%(n)d")
    return text.encode()


ITEM_TEMPLATE = _item_template()


def page_body(offset: int, limit: int, total: int) -> bytes:
    """`page(offset, limit, total)` as JSON bytes, built without `json.dumps`."""
    end = min(offset + limit, total)
    items = b",".join(ITEM_TEMPLATE % {b"n": n} for n in range(offset, end))
    head = b'{"count":%d,"next":null,"previous":null,"results":[' % total
    return head + items + b"]}"
