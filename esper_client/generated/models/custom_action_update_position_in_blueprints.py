"""Which blueprint section shows the action, or none."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionUpdatePositionInBlueprints = Literal[
        "blueprints_apps_and_configuration",
        "blueprints_connectivity",
        "blueprints_device_security",
        "blueprints_display_and_branding",
        "blueprints_esper_settings",
        "blueprints_files",
        "blueprints_hardware_settings",
        "blueprints_platform_services",
        "blueprints_scripts",
        "blueprints_sound",
        "blueprints_system_updates",
        "blueprints_time_and_date",
        "none",
    ]
else:
    CustomActionUpdatePositionInBlueprints = _rt.documented_literal(
        Literal[
            "blueprints_apps_and_configuration",
            "blueprints_connectivity",
            "blueprints_device_security",
            "blueprints_display_and_branding",
            "blueprints_esper_settings",
            "blueprints_files",
            "blueprints_hardware_settings",
            "blueprints_platform_services",
            "blueprints_scripts",
            "blueprints_sound",
            "blueprints_system_updates",
            "blueprints_time_and_date",
            "none",
        ],
        __doc__,
    )

CUSTOM_ACTION_UPDATE_POSITION_IN_BLUEPRINTS_VALUES: set[CustomActionUpdatePositionInBlueprints] = {
    "blueprints_apps_and_configuration",
    "blueprints_connectivity",
    "blueprints_device_security",
    "blueprints_display_and_branding",
    "blueprints_esper_settings",
    "blueprints_files",
    "blueprints_hardware_settings",
    "blueprints_platform_services",
    "blueprints_scripts",
    "blueprints_sound",
    "blueprints_system_updates",
    "blueprints_time_and_date",
    "none",
}


def check_custom_action_update_position_in_blueprints(value: str) -> CustomActionUpdatePositionInBlueprints:
    """Return `value` typed as CustomActionUpdatePositionInBlueprints.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_UPDATE_POSITION_IN_BLUEPRINTS_VALUES to tell.
    """
    return cast(CustomActionUpdatePositionInBlueprints, value)
