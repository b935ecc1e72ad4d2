from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_geofence_request_actions_item import (
    GeofenceGeofenceRequestActionsItem,
    check_geofence_geofence_request_actions_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geofence_circle_geometry import GeofenceCircleGeometry
    from ..models.geofence_polygon_geometry import GeofencePolygonGeometry


T = TypeVar("T", bound="GeofenceGeofenceRequest")


@_attrs_define
class GeofenceGeofenceRequest:
    """
    Attributes:
        geometry (GeofenceCircleGeometry | GeofencePolygonGeometry):
        name (str):
        actions (list[GeofenceGeofenceRequestActionsItem] | Unset):
        description (str | Unset):
    """

    geometry: GeofenceCircleGeometry | GeofencePolygonGeometry
    name: str
    actions: list[GeofenceGeofenceRequestActionsItem] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            GeofenceCircleGeometry,
            GeofencePolygonGeometry,
        ) = _nested_models()

        geometry: dict[str, Any]
        if isinstance(self.geometry, GeofencePolygonGeometry):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry.to_dict()

        name = self.name

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: str = actions_item_data
                actions.append(actions_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geometry": geometry,
                "name": name,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            GeofenceCircleGeometry,
            GeofencePolygonGeometry,
        ) = _nested_models()

        d = dict(src_dict)

        def _parse_geometry(data: object) -> GeofenceCircleGeometry | GeofencePolygonGeometry:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geometry_type_0 = GeofencePolygonGeometry.from_dict(data)

                return geometry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            geometry_type_1 = GeofenceCircleGeometry.from_dict(data)

            return geometry_type_1

        geometry = _parse_geometry(d.pop("geometry"))

        name = d.pop("name")

        _actions = d.pop("actions", UNSET)
        actions: list[GeofenceGeofenceRequestActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = check_geofence_geofence_request_actions_item(actions_item_data)

                actions.append(actions_item)

        description = d.pop("description", UNSET)

        geofence_geofence_request = cls(
            geometry=geometry,
            name=name,
            actions=actions,
            description=description,
        )

        geofence_geofence_request.additional_properties = d
        return geofence_geofence_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _nested_models() -> tuple[
    type[GeofenceCircleGeometry],
    type[GeofencePolygonGeometry],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.geofence_circle_geometry import GeofenceCircleGeometry  # noqa: PLC0415
    from ..models.geofence_polygon_geometry import GeofencePolygonGeometry  # noqa: PLC0415

    return (
        GeofenceCircleGeometry,
        GeofencePolygonGeometry,
    )
