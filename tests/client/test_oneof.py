"""Every oneOf of the contract with several model arms decodes each arm to its own class.

The sites are found in the generated code itself (models' fields and operations' responses),
so a new oneOf upstream is covered without editing this file; each arm's body is built from
its schema in the contract (esper_samples.sample).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from esper_samples import sample, schema_of

import esper_client.generated.api as api
import esper_client.generated.models as models
from esper_client import _decoding as D
from esper_client import deviations
from esper_client._decoding import ListSpec, ModelSpec, UnionSpec


def unions_in(spec: D.Spec) -> Iterator[UnionSpec]:
    if isinstance(spec, UnionSpec):
        yield spec
        for arm in spec.arms:
            yield from unions_in(arm)
    elif isinstance(spec, ListSpec):
        yield from unions_in(spec.items)
    elif isinstance(spec, D._Nullable):
        yield from unions_in(spec.inner)


def sites() -> dict[str, UnionSpec]:
    found: dict[str, UnionSpec] = {}
    for name in models.__all__:
        cls = getattr(models, name)
        if not hasattr(cls, "_esper_fields"):
            continue
        fields, _ = cls._esper_fields()
        for field in fields:
            for union in unions_in(field.spec):
                found[f"{name}.{field.key}"] = union
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        for status, (_, spec) in module._RESPONSES.by_status.items():
            if spec is not None:
                for union in unions_in(spec):
                    found[f"{info.name.rsplit('.', 1)[1]} {status}"] = union
    return {
        where: union
        for where, union in found.items()
        if sum(isinstance(arm, ModelSpec) for arm in union.arms) >= 2
    }


SITES = sites()
CASES = [
    (where, arm.cls)
    for where, union in sorted(SITES.items())
    for arm in union.arms
    if isinstance(arm, ModelSpec)
]


def test_the_contracts_multi_arm_oneofs_are_all_found() -> None:
    # Devices (v0 get and delete, v2 get and both list pages), report bodies, report filters,
    # geofence geometries: more sites than these may appear upstream, never fewer.
    assert len(SITES) >= 10
    assert len(CASES) >= 30


@pytest.mark.parametrize(("where", "arm"), CASES, ids=[f"{w}:{a.__name__}" for w, a in CASES])
def test_each_arm_decodes_to_its_own_class(where: str, arm: type) -> None:
    union = SITES[where]
    body = sample(schema_of(arm))
    ctx = D.Decoding(strict=True)  # a fitting body deviates nowhere, ambiguity included
    decoded: Any = D._decode_value(union, body, ctx)
    assert type(decoded) is arm, f"{where}: a {arm.__name__} body became {type(decoded).__name__}"
    assert ctx.found == []
    assert deviations(decoded) == ()


def test_a_discriminator_decides_before_the_fit() -> None:
    from esper_client.generated.models import (
        GeofenceCircleGeometry,
        GeofenceGeofenceResponse,
        GeofencePolygonGeometry,
    )

    def geofence(geometry: dict[str, Any]) -> GeofenceGeofenceResponse:
        body = sample(schema_of(GeofenceGeofenceResponse))
        return GeofenceGeofenceResponse.from_dict({**body, "geometry": geometry})

    point = [{"latitude": 1.0, "longitude": 2.0}]
    circle = geofence({"type": "circle", "coordinates": point, "radius": 5.0})
    assert isinstance(circle.geometry, GeofenceCircleGeometry)
    assert deviations(circle) == ()
    # No radius: it fits the polygon better, but the discriminator says circle.
    odd = geofence({"type": "circle", "coordinates": point})
    assert isinstance(odd.geometry, GeofenceCircleGeometry)
    assert [(d.where, d.kind) for d in deviations(odd)] == [("geometry.radius", "missing")]
    polygon = geofence({"type": "polygon", "coordinates": point})
    assert isinstance(polygon.geometry, GeofencePolygonGeometry)
    # A value the mapping does not know: reported, and the best fit taken.
    unknown = geofence({"type": "hexagon", "coordinates": point, "radius": 1.0})
    assert isinstance(unknown.geometry, GeofenceCircleGeometry)
    assert ("geometry.type", "discriminator") in [(d.where, d.kind) for d in deviations(unknown)]


def test_an_ambiguous_body_is_decided_by_order_and_reported() -> None:
    from esper_client.generated.models import GetDeviceRequestResponse200

    response = GetDeviceRequestResponse200.from_dict({"content": {}})  # every arm fits alike
    found = deviations(response)
    assert [(d.where, d.kind) for d in found] == [("content", "ambiguous")]
    assert type(response.content).__name__ == "AppleDevice"  # the first declared arm
    again = GetDeviceRequestResponse200.from_dict({"content": {}})
    assert type(again.content) is type(response.content)  # deterministic


def test_android_linux_and_windows_devices_are_not_apple_devices() -> None:
    from esper_client.generated.models import GetDeviceRequestResponse200

    for platform, os_name, cls in [
        ("ANDROID", "Android", "AndroidDevice"),
        ("LINUX", "Ubuntu", "LinuxDevice"),
        ("WINDOWS", "Windows", "WindowsDevice"),
        ("APPLE", "iOS", "AppleDevice"),
    ]:
        body = {"content": {"platform": platform, "os": os_name, "device_name": "x"}}
        decoded = GetDeviceRequestResponse200.from_dict(body)
        assert type(decoded.content).__name__ == cls
        assert deviations(decoded) == ()
