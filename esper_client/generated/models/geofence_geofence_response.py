from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geofence_geofence_response_actions_item import (
    GeofenceGeofenceResponseActionsItem,
    check_geofence_geofence_response_actions_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geofence_circle_geometry import GeofenceCircleGeometry
    from ..models.geofence_polygon_geometry import GeofencePolygonGeometry


T = TypeVar("T", bound="GeofenceGeofenceResponse")


@_attrs_define
class GeofenceGeofenceResponse:
    """
    Attributes:
        actions (list[GeofenceGeofenceResponseActionsItem]):
        created_at (datetime.datetime):
        geometry (GeofenceCircleGeometry | GeofencePolygonGeometry):
        id (UUID):
        name (str):
        updated_at (datetime.datetime):
        description (str | Unset):
    """

    actions: list[GeofenceGeofenceResponseActionsItem]
    created_at: datetime.datetime
    geometry: GeofenceCircleGeometry | GeofencePolygonGeometry
    id: UUID
    name: str
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            GeofenceCircleGeometry,
            GeofencePolygonGeometry,
        ) = _nested_models()

        actions = []
        for actions_item_data in self.actions:
            actions_item: str = actions_item_data
            actions.append(actions_item)

        created_at = self.created_at.isoformat()

        geometry: dict[str, Any]
        if isinstance(self.geometry, GeofencePolygonGeometry):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry.to_dict()

        id = str(self.id)

        name = self.name

        updated_at = self.updated_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "created_at": created_at,
                "geometry": geometry,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
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
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = check_geofence_geofence_response_actions_item(actions_item_data)

            actions.append(actions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        id = UUID(d.pop("id"))

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        geofence_geofence_response = cls(
            actions=actions,
            created_at=created_at,
            geometry=geometry,
            id=id,
            name=name,
            updated_at=updated_at,
            description=description,
        )

        geofence_geofence_response.additional_properties = d
        return geofence_geofence_response

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
