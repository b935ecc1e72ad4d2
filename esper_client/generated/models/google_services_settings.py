from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.google_services_settings_afw_account_settings import GoogleServicesSettingsAfwAccountSettings
    from ..models.google_services_settings_factory_reset_protection_settings import (
        GoogleServicesSettingsFactoryResetProtectionSettings,
    )
    from ..models.google_services_settings_google_assitant_settings import GoogleServicesSettingsGoogleAssitantSettings
    from ..models.google_services_settings_personal_accounts_settings import (
        GoogleServicesSettingsPersonalAccountsSettings,
    )
    from ..models.google_services_settings_play_store_settings import GoogleServicesSettingsPlayStoreSettings


T = TypeVar("T", bound="GoogleServicesSettings")


@_attrs_define
class GoogleServicesSettings:
    """
    Attributes:
        afw_account_settings (GoogleServicesSettingsAfwAccountSettings):
        factory_reset_protection_settings (GoogleServicesSettingsFactoryResetProtectionSettings):
        google_assitant_settings (GoogleServicesSettingsGoogleAssitantSettings):
        personal_accounts_settings (GoogleServicesSettingsPersonalAccountsSettings):
        play_store_settings (GoogleServicesSettingsPlayStoreSettings):
    """

    afw_account_settings: GoogleServicesSettingsAfwAccountSettings
    factory_reset_protection_settings: GoogleServicesSettingsFactoryResetProtectionSettings
    google_assitant_settings: GoogleServicesSettingsGoogleAssitantSettings
    personal_accounts_settings: GoogleServicesSettingsPersonalAccountsSettings
    play_store_settings: GoogleServicesSettingsPlayStoreSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        afw_account_settings = self.afw_account_settings.to_dict()

        factory_reset_protection_settings = self.factory_reset_protection_settings.to_dict()

        google_assitant_settings = self.google_assitant_settings.to_dict()

        personal_accounts_settings = self.personal_accounts_settings.to_dict()

        play_store_settings = self.play_store_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "afw_account_settings": afw_account_settings,
                "factory_reset_protection_settings": factory_reset_protection_settings,
                "google_assitant_settings": google_assitant_settings,
                "personal_accounts_settings": personal_accounts_settings,
                "play_store_settings": play_store_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            GoogleServicesSettingsAfwAccountSettings,
            GoogleServicesSettingsFactoryResetProtectionSettings,
            GoogleServicesSettingsGoogleAssitantSettings,
            GoogleServicesSettingsPersonalAccountsSettings,
            GoogleServicesSettingsPlayStoreSettings,
        ) = _nested_models()

        d = dict(src_dict)
        afw_account_settings = GoogleServicesSettingsAfwAccountSettings.from_dict(d.pop("afw_account_settings"))

        factory_reset_protection_settings = GoogleServicesSettingsFactoryResetProtectionSettings.from_dict(
            d.pop("factory_reset_protection_settings")
        )

        google_assitant_settings = GoogleServicesSettingsGoogleAssitantSettings.from_dict(
            d.pop("google_assitant_settings")
        )

        personal_accounts_settings = GoogleServicesSettingsPersonalAccountsSettings.from_dict(
            d.pop("personal_accounts_settings")
        )

        play_store_settings = GoogleServicesSettingsPlayStoreSettings.from_dict(d.pop("play_store_settings"))

        google_services_settings = cls(
            afw_account_settings=afw_account_settings,
            factory_reset_protection_settings=factory_reset_protection_settings,
            google_assitant_settings=google_assitant_settings,
            personal_accounts_settings=personal_accounts_settings,
            play_store_settings=play_store_settings,
        )

        google_services_settings.additional_properties = d
        return google_services_settings

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
    type[GoogleServicesSettingsAfwAccountSettings],
    type[GoogleServicesSettingsFactoryResetProtectionSettings],
    type[GoogleServicesSettingsGoogleAssitantSettings],
    type[GoogleServicesSettingsPersonalAccountsSettings],
    type[GoogleServicesSettingsPlayStoreSettings],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_services_settings_afw_account_settings import GoogleServicesSettingsAfwAccountSettings  # noqa: PLC0415
    from ..models.google_services_settings_factory_reset_protection_settings import (
        GoogleServicesSettingsFactoryResetProtectionSettings,  # noqa: PLC0415
    )
    from ..models.google_services_settings_google_assitant_settings import GoogleServicesSettingsGoogleAssitantSettings  # noqa: PLC0415
    from ..models.google_services_settings_personal_accounts_settings import (
        GoogleServicesSettingsPersonalAccountsSettings,  # noqa: PLC0415
    )
    from ..models.google_services_settings_play_store_settings import GoogleServicesSettingsPlayStoreSettings  # noqa: PLC0415

    return (
        GoogleServicesSettingsAfwAccountSettings,
        GoogleServicesSettingsFactoryResetProtectionSettings,
        GoogleServicesSettingsGoogleAssitantSettings,
        GoogleServicesSettingsPersonalAccountsSettings,
        GoogleServicesSettingsPlayStoreSettings,
    )
