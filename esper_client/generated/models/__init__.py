"""Contains all the data models used in inputs/outputs.

Models load lazily: naming one imports only the module that defines it.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

_MODULE_OF: dict[str, str] = {
    "APNSCertInfo": ".apns_cert_info",
    "APNSCertInfoMeta": ".apns_cert_info_meta",
    "APNSCertInfoState": ".apns_cert_info_state",
    "APNSCertPUT": ".apns_cert_put",
    "ActiveHoursSettingsWindows": ".active_hours_settings_windows",
    "ActiveHoursSettingsWindowsActiveHoursEnd": ".active_hours_settings_windows_active_hours_end",
    "ActiveHoursSettingsWindowsActiveHoursStart": ".active_hours_settings_windows_active_hours_start",
    "AdbSettings": ".adb_settings",
    "AddOperationListOperationsResponse200": ".add_operation_list_operations_response_200",
    "AddPipelineTargetListResponse200": ".add_pipeline_target_list_response_200",
    "AddStageOperationListResponse200": ".add_stage_operation_list_response_200",
    "AddStageTargetListResponse200": ".add_stage_target_list_response_200",
    "AddSubscriptionBody": ".add_subscription_body",
    "AddTargetListDeviceGroupsResponse200": ".add_target_list_device_groups_response_200",
    "AddTileIconBody": ".add_tile_icon_body",
    "AddTileIconBodyCategory": ".add_tile_icon_body_category",
    "AddWallpaperBody": ".add_wallpaper_body",
    "AddWallpaperBodyOrientation": ".add_wallpaper_body_orientation",
    "AirwaveInfo": ".airwave_info",
    "AlarmHistory": ".alarm_history",
    "AlarmRule": ".alarm_rule",
    "AlarmRuleAlertChannelsItem": ".alarm_rule_alert_channels_item",
    "AlarmRuleConditions": ".alarm_rule_conditions",
    "AlarmRuleCreateReplaceV1": ".alarm_rule_create_replace_v1",
    "AlarmRuleCreateReplaceV1Conditions": ".alarm_rule_create_replace_v1_conditions",
    "AlarmRuleCreateReplaceV1ConditionsComparator": ".alarm_rule_create_replace_v1_conditions_comparator",
    "AlarmRuleCreateReplaceV1ConditionsUnit": ".alarm_rule_create_replace_v1_conditions_unit",
    "AlarmRuleDevicesItem": ".alarm_rule_devices_item",
    "AlarmRuleGroupsItem": ".alarm_rule_groups_item",
    "AlertChannelCreateReplaceV1": ".alert_channel_create_replace_v1",
    "AlertChannelCreateReplaceV1Properties": ".alert_channel_create_replace_v1_properties",
    "AlertChannelsV1": ".alert_channels_v1",
    "AlertChannelsV1LinkedAlertsItem": ".alert_channels_v1_linked_alerts_item",
    "AlertChannelsV1Properties": ".alert_channels_v1_properties",
    "AndroidCommandRequest": ".android_command_request",
    "AndroidDevice": ".android_device",
    "AndroidDeviceBatteryStats": ".android_device_battery_stats",
    "AndroidDeviceManagedBy": ".android_device_managed_by",
    "AndroidDeviceOs": ".android_device_os",
    "AndroidDevicePlatform": ".android_device_platform",
    "AndroidDevicePolicyType0": ".android_device_policy_type_0",
    "AndroidDeviceV2": ".android_device_v2",
    "AndroidDeviceV2BatteryStats": ".android_device_v2_battery_stats",
    "AndroidDeviceV2ManagedBy": ".android_device_v2_managed_by",
    "AndroidDeviceV2Os": ".android_device_v2_os",
    "AndroidDeviceV2Platform": ".android_device_v2_platform",
    "AndroidDeviceV2PolicyType0": ".android_device_v2_policy_type_0",
    "AndroidDeviceV2ProvisionedWith": ".android_device_v2_provisioned_with",
    "AndroidSettingsAppSettings": ".android_settings_app_settings",
    "App": ".app",
    "AppAutoUpdateMode": ".app_auto_update_mode",
    "AppIcon": ".app_icon",
    "AppIconType": ".app_icon_type",
    "AppInfo": ".app_info",
    "AppInstall": ".app_install",
    "AppInstallApplication": ".app_install_application",
    "AppInstallStateEnum": ".app_install_state_enum",
    "AppInstallVersion": ".app_install_version",
    "AppInstallationRule": ".app_installation_rule",
    "AppLayoutSetting": ".app_layout_setting",
    "AppLayoutSettingAppIconSize": ".app_layout_setting_app_icon_size",
    "AppLayoutSettingAppNameSize": ".app_layout_setting_app_name_size",
    "AppLayoutSettingBrandLogoPosition": ".app_layout_setting_brand_logo_position",
    "AppLayoutSettingDeviceAliasSize": ".app_layout_setting_device_alias_size",
    "AppLayoutSettingDeviceNameAndIdDisplayPolicy": ".app_layout_setting_device_name_and_id_display_policy",
    "AppLayoutSettingDeviceNamePosition": ".app_layout_setting_device_name_position",
    "AppLayoutSettingDeviceNameSize": ".app_layout_setting_device_name_size",
    "AppManagedConfig": ".app_managed_config",
    "AppOrderSetting": ".app_order_setting",
    "AppPermission": ".app_permission",
    "AppPermissionGrantState": ".app_permission_grant_state",
    "AppPermissionPolicySettings": ".app_permission_policy_settings",
    "AppPermissionPolicySettingsPermissionPolicy": ".app_permission_policy_settings_permission_policy",
    "AppState": ".app_state",
    "AppType": ".app_type",
    "AppUninstallSettings": ".app_uninstall_settings",
    "AppUninstallSettingsIos": ".app_uninstall_settings_ios",
    "AppUploadRequestBody": ".app_upload_request_body",
    "AppUploadRequestBodyPlatform": ".app_upload_request_body_platform",
    "AppVersion": ".app_version",
    "AppVersionApprovalStatus": ".app_version_approval_status",
    "AppVersionDelete": ".app_version_delete",
    "AppVersionDeleteTemplatesItem": ".app_version_delete_templates_item",
    "AppVersionReleaseTrack": ".app_version_release_track",
    "AppVersionV1": ".app_version_v1",
    "AppVersionV1ApprovalStatus": ".app_version_v1_approval_status",
    "AppleAppStoreApp": ".apple_app_store_app",
    "AppleDevice": ".apple_device",
    "AppleDeviceDepProfileStatus": ".apple_device_dep_profile_status",
    "AppleDeviceDeviceSource": ".apple_device_device_source",
    "AppleDeviceEnrolmentInfo": ".apple_device_enrolment_info",
    "AppleDeviceManagedBy": ".apple_device_managed_by",
    "AppleDeviceOs": ".apple_device_os",
    "AppleDevicePlatform": ".apple_device_platform",
    "AppleDeviceTokens": ".apple_device_tokens",
    "AppleDeviceV2": ".apple_device_v2",
    "AppleDeviceV2BatteryStats": ".apple_device_v2_battery_stats",
    "AppleDeviceV2DepProfileStatus": ".apple_device_v2_dep_profile_status",
    "AppleDeviceV2DeviceSource": ".apple_device_v2_device_source",
    "AppleDeviceV2EnrolmentInfo": ".apple_device_v2_enrolment_info",
    "AppleDeviceV2ManagedBy": ".apple_device_v2_managed_by",
    "AppleDeviceV2MemoryStats": ".apple_device_v2_memory_stats",
    "AppleDeviceV2Os": ".apple_device_v2_os",
    "AppleDeviceV2Platform": ".apple_device_v2_platform",
    "AppleDeviceV2ProvisionedWith": ".apple_device_v2_provisioned_with",
    "AppleDeviceV2Tokens": ".apple_device_v2_tokens",
    "Application": ".application",
    "ApplicationSection": ".application_section",
    "ApplicationSectionAppMode": ".application_section_app_mode",
    "ApplicationSectionAppsItem": ".application_section_apps_item",
    "ApplicationSectionAppsItemInstallationRule": ".application_section_apps_item_installation_rule",
    "ApplicationSectionAppsItemManagedConfig": ".application_section_apps_item_managed_config",
    "ApplicationSectionAppsItemState": ".application_section_apps_item_state",
    "ApplicationSectionPermissionPolicy": ".application_section_permission_policy",
    "ApplicationSectionPreloadAppsItem": ".application_section_preload_apps_item",
    "ApplicationSectionPreloadAppsItemState": ".application_section_preload_apps_item_state",
    "ApplicationSectionSectionType": ".application_section_section_type",
    "ApplicationV1": ".application_v1",
    "ApplicationVersion": ".application_version",
    "ApplicationVersionV1": ".application_version_v1",
    "ApplyPolicy": ".apply_policy",
    "ApplyTileIcon": ".apply_tile_icon",
    "ApplyTileIconApplyMode": ".apply_tile_icon_apply_mode",
    "AppsManagementAppVersionArtifactMetadata": ".apps_management_app_version_artifact_metadata",
    "AppsManagementArtifactMutationResponse": ".apps_management_artifact_mutation_response",
    "AppsManagementArtifactMutationResponseArtifactType": ".apps_management_artifact_mutation_response_artifact_type",
    "AppsManagementError400BadData": ".apps_management_error_400_bad_data",
    "AppsManagementError400BadDataContent": ".apps_management_error_400_bad_data_content",
    "AppsManagementError401Unauthorized": ".apps_management_error_401_unauthorized",
    "AppsManagementError401UnauthorizedContent": ".apps_management_error_401_unauthorized_content",
    "AppsManagementError404NotFound": ".apps_management_error_404_not_found",
    "AppsManagementError404NotFoundContent": ".apps_management_error_404_not_found_content",
    "AppsManagementError500InternalServerError": ".apps_management_error_500_internal_server_error",
    "AppsManagementError500InternalServerErrorContent": ".apps_management_error_500_internal_server_error_content",
    "AppsManagementItunesAppInfoV2": ".apps_management_itunes_app_info_v2",
    "AppsManagementOEMConfigSchema": ".apps_management_oem_config_schema",
    "AppsManagementOEMConfigSchemaOemType": ".apps_management_oem_config_schema_oem_type",
    "AppsManagementOEMConfigSchemaSchemaJson": ".apps_management_oem_config_schema_schema_json",
    "AppsManagementOEMConfigSchemaSchemaMetadata": ".apps_management_oem_config_schema_schema_metadata",
    "AppsManagementOEMConfigSchemaStatus": ".apps_management_oem_config_schema_status",
    "AuthenticationToken": ".authentication_token",
    "AutoInstallConstraint": ".auto_install_constraint",
    "AutoInstallPolicy": ".auto_install_policy",
    "AutoUpdateSettingsWindows": ".auto_update_settings_windows",
    "AutoUpdateSettingsWindowsAutoUpdateType": ".auto_update_settings_windows_auto_update_type",
    "BeginGoogleEMMEnrollmentRequest": ".begin_google_emm_enrollment_request",
    "BeginGoogleEMMEnrollmentResponse": ".begin_google_emm_enrollment_response",
    "Blueprint": ".blueprint",
    "BlueprintCreate": ".blueprint_create",
    "BlueprintInfo": ".blueprint_info",
    "BlueprintInfoBlueprintUpgradeStatus": ".blueprint_info_blueprint_upgrade_status",
    "BlueprintRevision": ".blueprint_revision",
    "BlueprintRevisionType": ".blueprint_revision_type",
    "BlueprintV2": ".blueprint_v2",
    "BlueprintV2Put": ".blueprint_v2_put",
    "BlueprintsBackgroundScriptCreate": ".blueprints_background_script_create",
    "BlueprintsBackgroundScriptDetailRead": ".blueprints_background_script_detail_read",
    "BlueprintsBackgroundScriptRead": ".blueprints_background_script_read",
    "BlueprintsInfo": ".blueprints_info",
    "BluetoothSettings": ".bluetooth_settings",
    "BluetoothSettingsBluetoothState": ".bluetooth_settings_bluetooth_state",
    "BluetoothSettingsIos": ".bluetooth_settings_ios",
    "BrightnessSettings": ".brightness_settings",
    "BuildV1": ".build_v1",
    "BuildV1BuildJobParams": ".build_v1_build_job_params",
    "BuildV1BuildState": ".build_v1_build_state",
    "BuildV1BuildUpdateMetadata": ".build_v1_build_update_metadata",
    "BuildV1PrebuiltAppInfo": ".build_v1_prebuilt_app_info",
    "BuildV1ReleaseNotes": ".build_v1_release_notes",
    "BulkAddTargetListTargetsBodyType1Item": ".bulk_add_target_list_targets_body_type_1_item",
    "BulkAddTargetListTargetsBodyType1ItemArgs": ".bulk_add_target_list_targets_body_type_1_item_args",
    "BulkAddTargetListTargetsBodyType1ItemDeviceMeta": ".bulk_add_target_list_targets_body_type_1_item_device_meta",
    "BulkAddTargetListTargetsResponse200": ".bulk_add_target_list_targets_response_200",
    "BulkAddTargetListTargetsResponse200Content": ".bulk_add_target_list_targets_response_200_content",
    "BulkAddTargetListTargetsResponse200ContentErrorsItem": ".bulk_add_target_list_targets_response_200_content_errors_item",
    "CameraSettings": ".camera_settings",
    "CameraSettingsIos": ".camera_settings_ios",
    "CommandArgs": ".command_args",
    "CommandArgsCustomSettingsConfig": ".command_args_custom_settings_config",
    "CommandArgsEthernetAuthMode": ".command_args_ethernet_auth_mode",
    "CommandArgsWifiAccessPoints": ".command_args_wifi_access_points",
    "CommandInbox": ".command_inbox",
    "CommandInboxCommandArgs": ".command_inbox_command_args",
    "CommandInboxDeviceMeta": ".command_inbox_device_meta",
    "CommandInboxState": ".command_inbox_state",
    "CommandRequest": ".command_request",
    "CommandRequestCommandType": ".command_request_command_type",
    "CommandRequestDeviceType": ".command_request_device_type",
    "CommandRequestPOST": ".command_request_post",
    "CommandRequestPOSTCommandType": ".command_request_post_command_type",
    "CommandRequestPOSTDeviceType": ".command_request_post_device_type",
    "CommandRequestPUT": ".command_request_put",
    "CommandRequestPUTRequestStatus": ".command_request_put_request_status",
    "CommandRequestStats": ".command_request_stats",
    "CommandRequestStatsStatusItem": ".command_request_stats_status_item",
    "CommandRequestStatsStatusItemState": ".command_request_stats_status_item_state",
    "CommandResponse": ".command_response",
    "CommandResponseArgs": ".command_response_args",
    "CommandScheduleArgs": ".command_schedule_args",
    "CommandScheduleArgsTimeTypeEnum": ".command_schedule_args_time_type_enum",
    "CommandScheduleEnum": ".command_schedule_enum",
    "CommandStatus": ".command_status",
    "CommandStatusPUT": ".command_status_put",
    "CommandStatusPUTState": ".command_status_put_state",
    "CommandStatusState": ".command_status_state",
    "ConnectivitySection": ".connectivity_section",
    "ConnectivitySectionEthernetSettings": ".connectivity_section_ethernet_settings",
    "ConnectivitySectionEthernetSettingsEthernetAuthMode": ".connectivity_section_ethernet_settings_ethernet_auth_mode",
    "ConnectivitySectionIncomingNumbersWithTagsItem": ".connectivity_section_incoming_numbers_with_tags_item",
    "ConnectivitySectionOutgoingNumbersWithTagsItem": ".connectivity_section_outgoing_numbers_with_tags_item",
    "ConnectivitySectionSectionType": ".connectivity_section_section_type",
    "ConnectivitySectionWifiSettingsItem": ".connectivity_section_wifi_settings_item",
    "ConnectivitySectionWifiSettingsItemWifiEapMethod": ".connectivity_section_wifi_settings_item_wifi_eap_method",
    "ConnectivitySectionWifiSettingsItemWifiPhase2Auth": ".connectivity_section_wifi_settings_item_wifi_phase_2_auth",
    "ConnectivitySectionWifiSettingsItemWifiSecurityType": ".connectivity_section_wifi_settings_item_wifi_security_type",
    "Content": ".content",
    "ContentOwner": ".content_owner",
    "ContentSection": ".content_section",
    "ContentSectionFilesItem": ".content_section_files_item",
    "ContentSectionSectionType": ".content_section_section_type",
    "Converge": ".converge",
    "ConvergeCommand": ".converge_command",
    "ConvergeCommandCommandState": ".converge_command_command_state",
    "ConvergePOST": ".converge_post",
    "ConvergePOSTScheduleArgs": ".converge_post_schedule_args",
    "ConvergeScheduleArgs": ".converge_schedule_args",
    "ConvergeStatus": ".converge_status",
    "CreateAuthn2PersonalAccessTokenBody": ".create_authn_2_personal_access_token_body",
    "CreateBackgroundScriptsResponse201": ".create_background_scripts_response_201",
    "CreateBackgroundScriptsResponse201Code": ".create_background_scripts_response_201_code",
    "CreateBackgroundScriptsResponse400": ".create_background_scripts_response_400",
    "CreateBackgroundScriptsResponse400Code": ".create_background_scripts_response_400_code",
    "CreateBackgroundScriptsResponse400ErrorsItem": ".create_background_scripts_response_400_errors_item",
    "CreateBackgroundScriptsResponse409": ".create_background_scripts_response_409",
    "CreateBackgroundScriptsResponse409Code": ".create_background_scripts_response_409_code",
    "CreateBlueprintsResponse201": ".create_blueprints_response_201",
    "CreateBlueprintsResponse201Code": ".create_blueprints_response_201_code",
    "CreateBlueprintsResponse400": ".create_blueprints_response_400",
    "CreateBlueprintsResponse400Code": ".create_blueprints_response_400_code",
    "CreateCommandRequestResponse201": ".create_command_request_response_201",
    "CreateConvergeResponse201": ".create_converge_response_201",
    "CreateCustomActionsResponse201": ".create_custom_actions_response_201",
    "CreateCustomActionsResponse201Code": ".create_custom_actions_response_201_code",
    "CreateCustomActionsResponse400": ".create_custom_actions_response_400",
    "CreateCustomActionsResponse400Code": ".create_custom_actions_response_400_code",
    "CreateCustomActionsResponse400ErrorsItem": ".create_custom_actions_response_400_errors_item",
    "CreateCustomActionsResponse409": ".create_custom_actions_response_409",
    "CreateCustomActionsResponse409Code": ".create_custom_actions_response_409_code",
    "CreateCustomActionsResponse500": ".create_custom_actions_response_500",
    "CreateCustomActionsResponse500Code": ".create_custom_actions_response_500_code",
    "CreateDepProfileResponse200": ".create_dep_profile_response_200",
    "CreateDepSyncRequestBody": ".create_dep_sync_request_body",
    "CreateDepSyncRequestResponse200": ".create_dep_sync_request_response_200",
    "CreateDevicesGoogleAccountsResponse200": ".create_devices_google_accounts_response_200",
    "CreateEmmAccountsResponse201": ".create_emm_accounts_response_201",
    "CreateEmmDetailsResponse201": ".create_emm_details_response_201",
    "CreateEmmEnrollmentBeginResponse201": ".create_emm_enrollment_begin_response_201",
    "CreateEmmEnrollmentCompleteBody": ".create_emm_enrollment_complete_body",
    "CreateEmmEnrollmentCompleteResponse201": ".create_emm_enrollment_complete_response_201",
    "CreateEmmWebTokenResponse200": ".create_emm_web_token_response_200",
    "CreateItunesappsRefreshVersionResponse200": ".create_itunesapps_refresh_version_response_200",
    "CreateOperationResponse201": ".create_operation_response_201",
    "CreatePipelineResponse200": ".create_pipeline_response_200",
    "CreatePipelineRunResponse200": ".create_pipeline_run_response_200",
    "CreatePipelineStageResponse200": ".create_pipeline_stage_response_200",
    "CreatePipelineStageTargetRunsResponse200": ".create_pipeline_stage_target_runs_response_200",
    "CreatePreferredRegionsResponse200": ".create_preferred_regions_response_200",
    "CreateProvisioningProfilesResponse200": ".create_provisioning_profiles_response_200",
    "CreateReportResponse": ".create_report_response",
    "CreateReportResponseContent": ".create_report_response_content",
    "CreateReportResponseContentStatus": ".create_report_response_content_status",
    "CreateRole": ".create_role",
    "CreateSeamlessUploadBody": ".create_seamless_upload_body",
    "CreateSeamlessUploadBodyPlatform": ".create_seamless_upload_body_platform",
    "CreateTargetListTargetsResponse200": ".create_target_list_targets_response_200",
    "CreateTargetRunCommandResponse200": ".create_target_run_command_response_200",
    "CreateTenantAppsResponse200": ".create_tenant_apps_response_200",
    "CreateTenantAppsVersionsArtifactsBody": ".create_tenant_apps_versions_artifacts_body",
    "CreateTenantAppsVersionsArtifactsBodyArtifactType": ".create_tenant_apps_versions_artifacts_body_artifact_type",
    "CreateTenantAppsVersionsArtifactsResponse200": ".create_tenant_apps_versions_artifacts_response_200",
    "CreateTenantVpptokensBody": ".create_tenant_vpptokens_body",
    "CreateTenantVpptokensResponse201": ".create_tenant_vpptokens_response_201",
    "CreateWebTokenRequest": ".create_web_token_request",
    "CreateWebTokenResponse": ".create_web_token_response",
    "CreateWebclipsResponse200": ".create_webclips_response_200",
    "CursorPaginatedDeviceList": ".cursor_paginated_device_list",
    "CustomActionBase": ".custom_action_base",
    "CustomActionBasePositionInBlueprints": ".custom_action_base_position_in_blueprints",
    "CustomActionBasePositionInDeviceSettings": ".custom_action_base_position_in_device_settings",
    "CustomActionBaseProperties": ".custom_action_base_properties",
    "CustomActionBaseState": ".custom_action_base_state",
    "CustomActionBaseType": ".custom_action_base_type",
    "CustomActionCreate": ".custom_action_create",
    "CustomActionLinux": ".custom_action_linux",
    "CustomActionRead": ".custom_action_read",
    "CustomActionUpdate": ".custom_action_update",
    "CustomActionUpdatePositionInBlueprints": ".custom_action_update_position_in_blueprints",
    "CustomActionUpdatePositionInDeviceSettings": ".custom_action_update_position_in_device_settings",
    "CustomActionUpdateProperties": ".custom_action_update_properties",
    "CustomActionUpdateState": ".custom_action_update_state",
    "CustomActionUpdateType": ".custom_action_update_type",
    "CustomActionsMultipleLinux": ".custom_actions_multiple_linux",
    "CustomConnectionConfigResponse": ".custom_connection_config_response",
    "CustomConnectionList": ".custom_connection_list",
    "CustomConnectionListStrategy": ".custom_connection_list_strategy",
    "CustomConnectionRequest": ".custom_connection_request",
    "CustomConnectionRequestStrategy": ".custom_connection_request_strategy",
    "CustomConnectionResponse": ".custom_connection_response",
    "CustomConnectionResponseStrategy": ".custom_connection_response_strategy",
    "CustomConnectionsListResponse": ".custom_connections_list_response",
    "CustomDeviceLevelProfileSettingsIos": ".custom_device_level_profile_settings_ios",
    "CustomShellScriptsMultiple": ".custom_shell_scripts_multiple",
    "CustomShellScriptsMultipleWindows": ".custom_shell_scripts_multiple_windows",
    "CustomizedDeviceLevelJsonSettings": ".customized_device_level_json_settings",
    "CustomizedDeviceLevelJsonSettingsCustomizedJson": ".customized_device_level_json_settings_customized_json",
    "DEPSyncDeviceStatus": ".dep_sync_device_status",
    "DEPSyncRequest": ".dep_sync_request",
    "DEPSyncRequestForGetResponse": ".dep_sync_request_for_get_response",
    "DEPSyncRequestForGetResponseDevices": ".dep_sync_request_for_get_response_devices",
    "DEPSyncRequestForGetResponseStatus": ".dep_sync_request_for_get_response_status",
    "DEPSyncRequestStatus": ".dep_sync_request_status",
    "DEPTokenGET": ".dep_token_get",
    "DEPTokenGETMeta": ".dep_token_get_meta",
    "DEPTokenGETState": ".dep_token_get_state",
    "DEPTokenPOST": ".dep_token_post",
    "DateTimeSection": ".date_time_section",
    "DateTimeSectionSectionType": ".date_time_section_section_type",
    "DeferOsUpdates": ".defer_os_updates",
    "DeferOsUpdatesWindows": ".defer_os_updates_windows",
    "DeferOsUpdatesWindowsFeatureUpdates": ".defer_os_updates_windows_feature_updates",
    "DeferOsUpdatesWindowsQualityUpdates": ".defer_os_updates_windows_quality_updates",
    "DeleteApNsCertResponse200": ".delete_ap_ns_cert_response_200",
    "DeleteApNsCertResponse200Content": ".delete_ap_ns_cert_response_200_content",
    "DeleteBlueprintsResponse404": ".delete_blueprints_response_404",
    "DeleteBlueprintsResponse404Code": ".delete_blueprints_response_404_code",
    "DeleteBlueprintsResponse404Content": ".delete_blueprints_response_404_content",
    "DeleteCustomActionsResponse200": ".delete_custom_actions_response_200",
    "DeleteCustomActionsResponse200Code": ".delete_custom_actions_response_200_code",
    "DeleteCustomActionsResponse400": ".delete_custom_actions_response_400",
    "DeleteCustomActionsResponse400Code": ".delete_custom_actions_response_400_code",
    "DeleteCustomActionsResponse404": ".delete_custom_actions_response_404",
    "DeleteCustomActionsResponse404Code": ".delete_custom_actions_response_404_code",
    "DeleteCustomActionsResponse500": ".delete_custom_actions_response_500",
    "DeleteCustomActionsResponse500Code": ".delete_custom_actions_response_500_code",
    "DeleteDeviceRequestResponse200": ".delete_device_request_response_200",
    "DeleteDevicesGoogleAccountsResponse200": ".delete_devices_google_accounts_response_200",
    "DeleteOperationListOperationResponse200": ".delete_operation_list_operation_response_200",
    "DeletePipelineResponse200": ".delete_pipeline_response_200",
    "DeletePipelineRunResponse200": ".delete_pipeline_run_response_200",
    "DeletePipelineStageResponse200": ".delete_pipeline_stage_response_200",
    "DeletePipelineTargetListResponse200": ".delete_pipeline_target_list_response_200",
    "DeleteProvisioningProfilesVersionsResponse200": ".delete_provisioning_profiles_versions_response_200",
    "DeleteStageOperationListResponse200": ".delete_stage_operation_list_response_200",
    "DeleteStageTargetListResponse200": ".delete_stage_target_list_response_200",
    "DeleteTargetListDeviceGroupResponse200": ".delete_target_list_device_group_response_200",
    "DeleteTargetListDeviceGroupResponse200Content": ".delete_target_list_device_group_response_200_content",
    "DeleteTargetListTargetResponse200": ".delete_target_list_target_response_200",
    "DeleteTenantAppsVersionsArtifactsResponse200": ".delete_tenant_apps_versions_artifacts_response_200",
    "DeleteTenantAppsVersionsResponse200": ".delete_tenant_apps_versions_response_200",
    "DeleteWebclipsResponse200": ".delete_webclips_response_200",
    "DepTokenBasedOnIdResponse200": ".dep_token_based_on_id_response_200",
    "DepTokenBasedOnIdResponse200Content": ".dep_token_based_on_id_response_200_content",
    "DepTokenUploadBody": ".dep_token_upload_body",
    "DepTokenUploadResponse200": ".dep_token_upload_response_200",
    "DepTokenUploadResponse200Content": ".dep_token_upload_response_200_content",
    "Device": ".device",
    "DeviceApp": ".device_app",
    "DeviceAppsFilter": ".device_apps_filter",
    "DeviceAppsFilterAppStateType0Item": ".device_apps_filter_app_state_type_0_item",
    "DeviceAppsFilterDeviceOsType0Item": ".device_apps_filter_device_os_type_0_item",
    "DeviceAppsFilterPlatformType0Item": ".device_apps_filter_platform_type_0_item",
    "DeviceAppsResponse": ".device_apps_response",
    "DeviceAppsResponseAppType": ".device_apps_response_app_type",
    "DeviceCommandEnum": ".device_command_enum",
    "DeviceError400BadData": ".device_error_400_bad_data",
    "DeviceError400BadDataContent": ".device_error_400_bad_data_content",
    "DeviceError401Unauthorized": ".device_error_401_unauthorized",
    "DeviceError401UnauthorizedContent": ".device_error_401_unauthorized_content",
    "DeviceError500InternalServerError": ".device_error_500_internal_server_error",
    "DeviceError500InternalServerErrorContent": ".device_error_500_internal_server_error_content",
    "DeviceFilter": ".device_filter",
    "DeviceFilterPlatformType0Item": ".device_filter_platform_type_0_item",
    "DeviceGroup": ".device_group",
    "DeviceGroupPartialUpdate": ".device_group_partial_update",
    "DeviceGroupUpdate": ".device_group_update",
    "DeviceInfo": ".device_info",
    "DeviceInfoAudioConstraints": ".device_info_audio_constraints",
    "DeviceInfoDisplays": ".device_info_displays",
    "DeviceInfoHardwareInfo": ".device_info_hardware_info",
    "DeviceInfoMemoryInfo": ".device_info_memory_info",
    "DeviceInfoNetworkInfo": ".device_info_network_info",
    "DeviceInfoSoftwareInfo": ".device_info_software_info",
    "DeviceLastSeen": ".device_last_seen",
    "DeviceLocations": ".device_locations",
    "DeviceModeSettings": ".device_mode_settings",
    "DeviceModeSettingsDeviceMode": ".device_mode_settings_device_mode",
    "DeviceModelPUTRequestV1": ".device_model_put_request_v1",
    "DeviceModelV1": ".device_model_v1",
    "DeviceOperationActivity": ".device_operation_activity",
    "DeviceOperationWithStats": ".device_operation_with_stats",
    "DeviceSettings": ".device_settings",
    "DeviceSettingsAudioSettings": ".device_settings_audio_settings",
    "DeviceSettingsGpsState": ".device_settings_gps_state",
    "DeviceSettingsRotationState": ".device_settings_rotation_state",
    "DeviceStateEnum": ".device_state_enum",
    "DeviceStateEnumAndroid": ".device_state_enum_android",
    "DeviceStateEnumApple": ".device_state_enum_apple",
    "DeviceStateEnumLinux": ".device_state_enum_linux",
    "DeviceStateEnumWindows": ".device_state_enum_windows",
    "DeviceStatus": ".device_status",
    "DeviceSubGroup": ".device_sub_group",
    "DeviceTiles": ".device_tiles",
    "DeviceTilesDevice": ".device_tiles_device",
    "DeviceTilesDeviceGroupsItem": ".device_tiles_device_groups_item",
    "DeviceTilesDeviceImeis": ".device_tiles_device_imeis",
    "DeviceTilesLocationType0": ".device_tiles_location_type_0",
    "DeviceTilesNetworkInfo": ".device_tiles_network_info",
    "DeviceTilesNetworkInfoFaust": ".device_tiles_network_info_faust",
    "DevicesListResponse": ".devices_list_response",
    "DirectoryRecord": ".directory_record",
    "DirectoryRecordApprovalStatus": ".directory_record_approval_status",
    "DirectoryRecordCreate": ".directory_record_create",
    "DirectoryRecordOnlineStatus": ".directory_record_online_status",
    "DirectoryRecordUpdate": ".directory_record_update",
    "DisplayBrandingSection": ".display_branding_section",
    "DisplayBrandingSectionRotationState": ".display_branding_section_rotation_state",
    "DisplayBrandingSectionSectionType": ".display_branding_section_section_type",
    "DisplayBrandingSectionWallpapersItem": ".display_branding_section_wallpapers_item",
    "DisplayBrandingSectionWallpapersItemOrientationsItem": ".display_branding_section_wallpapers_item_orientations_item",
    "DisplayBrandingSectionWallpapersItemScreenTypesItem": ".display_branding_section_wallpapers_item_screen_types_item",
    "DriftPolicy": ".drift_policy",
    "EMM": ".emm",
    "EmmDevice": ".emm_device",
    "EnterprisePolicy": ".enterprise_policy",
    "EnterprisePolicyData": ".enterprise_policy_data",
    "EnterprisePolicyDataApplicationsItem": ".enterprise_policy_data_applications_item",
    "EnterprisePolicyDataDevicePasswordPolicy": ".enterprise_policy_data_device_password_policy",
    "EnterprisePolicyDataDevicePasswordPolicyPasswordQuality": ".enterprise_policy_data_device_password_policy_password_quality",
    "EnterprisePolicyDataDeviceUpdatePolicy": ".enterprise_policy_data_device_update_policy",
    "EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality": ".enterprise_policy_data_device_update_policy_password_quality",
    "EnterprisePolicyDataDeviceUpdatePolicyType": ".enterprise_policy_data_device_update_policy_type",
    "EnterprisePolicyDataFrpGooglesItem": ".enterprise_policy_data_frp_googles_item",
    "EnterprisePolicyDataFrpGooglesItemType": ".enterprise_policy_data_frp_googles_item_type",
    "EnterprisePolicyDataGoogleAccountPermission": ".enterprise_policy_data_google_account_permission",
    "EnterprisePolicyDataPermissionPolicy": ".enterprise_policy_data_permission_policy",
    "EnterprisePolicyDataPhonePolicy": ".enterprise_policy_data_phone_policy",
    "EnterprisePolicyDataPhonePolicyDialer": ".enterprise_policy_data_phone_policy_dialer",
    "EnterprisePolicyDataSettingsAccessLevel": ".enterprise_policy_data_settings_access_level",
    "EnterprisePolicyPartialUpdate": ".enterprise_policy_partial_update",
    "EnterprisePolicyWrite": ".enterprise_policy_write",
    "EnterpriseUpdateV1": ".enterprise_update_v1",
    "EnterpriseV1": ".enterprise_v1",
    "EnterpriseV1EmmType0": ".enterprise_v1_emm_type_0",
    "Error400BadData": ".error_400_bad_data",
    "Error400BadDataContent": ".error_400_bad_data_content",
    "Error401Unauthorized": ".error_401_unauthorized",
    "Error401UnauthorizedContent": ".error_401_unauthorized_content",
    "Error403Forbidden": ".error_403_forbidden",
    "Error403ForbiddenContent": ".error_403_forbidden_content",
    "Error404NotFound": ".error_404_not_found",
    "Error404NotFoundContent": ".error_404_not_found_content",
    "Error409Conflict": ".error_409_conflict",
    "Error409ConflictContent": ".error_409_conflict_content",
    "Error500InternalServerError": ".error_500_internal_server_error",
    "Error500InternalServerErrorContent": ".error_500_internal_server_error_content",
    "ErrorResponse": ".error_response",
    "EsperAppVersionResponse": ".esper_app_version_response",
    "EsperAppVersionResponseAppType": ".esper_app_version_response_app_type",
    "EsperDeviceHeartbeat": ".esper_device_heartbeat",
    "EsperDeviceHeartbeatStatus": ".esper_device_heartbeat_status",
    "EsperEdgeboxSettings": ".esper_edgebox_settings",
    "EsperSettingsAppsSettings": ".esper_settings_apps_settings",
    "EsperSettingsAppsSettingsSettings": ".esper_settings_apps_settings_settings",
    "EsperSettingsAppsSettingsSettingsAbout": ".esper_settings_apps_settings_settings_about",
    "EsperSettingsAppsSettingsSettingsAccessibility": ".esper_settings_apps_settings_settings_accessibility",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly": ".esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly": ".esper_settings_apps_settings_settings_accessibility_cc_protanomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly": ".esper_settings_apps_settings_settings_accessibility_cc_tritanomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize": ".esper_settings_apps_settings_settings_accessibility_display_size",
    "EsperSettingsAppsSettingsSettingsAccessibilityFontScale": ".esper_settings_apps_settings_settings_accessibility_font_scale",
    "EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText": ".esper_settings_apps_settings_settings_accessibility_high_contrast_text",
    "EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio": ".esper_settings_apps_settings_settings_accessibility_mono_audio",
    "EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault": ".esper_settings_apps_settings_settings_accessibility_reset_to_default",
    "EsperSettingsAppsSettingsSettingsAccessibilityTalkback": ".esper_settings_apps_settings_settings_accessibility_talkback",
    "EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech": ".esper_settings_apps_settings_settings_accessibility_text_to_speech",
    "EsperSettingsAppsSettingsSettingsAirplaneMode": ".esper_settings_apps_settings_settings_airplane_mode",
    "EsperSettingsAppsSettingsSettingsAutoRotation": ".esper_settings_apps_settings_settings_auto_rotation",
    "EsperSettingsAppsSettingsSettingsBluetooth": ".esper_settings_apps_settings_settings_bluetooth",
    "EsperSettingsAppsSettingsSettingsClearAppData": ".esper_settings_apps_settings_settings_clear_app_data",
    "EsperSettingsAppsSettingsSettingsDataRoaming": ".esper_settings_apps_settings_settings_data_roaming",
    "EsperSettingsAppsSettingsSettingsDisplay": ".esper_settings_apps_settings_settings_display",
    "EsperSettingsAppsSettingsSettingsEsperBranding": ".esper_settings_apps_settings_settings_esper_branding",
    "EsperSettingsAppsSettingsSettingsFactoryReset": ".esper_settings_apps_settings_settings_factory_reset",
    "EsperSettingsAppsSettingsSettingsFlashlight": ".esper_settings_apps_settings_settings_flashlight",
    "EsperSettingsAppsSettingsSettingsInputSelection": ".esper_settings_apps_settings_settings_input_selection",
    "EsperSettingsAppsSettingsSettingsKeyboard": ".esper_settings_apps_settings_settings_keyboard",
    "EsperSettingsAppsSettingsSettingsKioskAppSelection": ".esper_settings_apps_settings_settings_kiosk_app_selection",
    "EsperSettingsAppsSettingsSettingsLanguage": ".esper_settings_apps_settings_settings_language",
    "EsperSettingsAppsSettingsSettingsMobileData": ".esper_settings_apps_settings_settings_mobile_data",
    "EsperSettingsAppsSettingsSettingsReboot": ".esper_settings_apps_settings_settings_reboot",
    "EsperSettingsAppsSettingsSettingsSound": ".esper_settings_apps_settings_settings_sound",
    "EsperSettingsAppsSettingsSettingsStorage": ".esper_settings_apps_settings_settings_storage",
    "EsperSettingsAppsSettingsSettingsTimeAndDate": ".esper_settings_apps_settings_settings_time_and_date",
    "EsperSettingsAppsSettingsSettingsWifi": ".esper_settings_apps_settings_settings_wifi",
    "EsperSettingsAppsSettingsSettingsWifiTethering": ".esper_settings_apps_settings_settings_wifi_tethering",
    "EthernetSettings": ".ethernet_settings",
    "EthernetSettingsAuthMode": ".ethernet_settings_auth_mode",
    "EventFeed": ".event_feed",
    "ExternalDeviceSettings": ".external_device_settings",
    "FactoryResetSettings": ".factory_reset_settings",
    "FactoryResetSettingsIos": ".factory_reset_settings_ios",
    "File": ".file",
    "FileTransferSettings": ".file_transfer_settings",
    "FoundationInfo": ".foundation_info",
    "FoundryBuildPUTRequestV1": ".foundry_build_put_request_v1",
    "FoundryEventV1": ".foundry_event_v1",
    "FoundryEventV1Actor": ".foundry_event_v1_actor",
    "FoundryEventV1Meta": ".foundry_event_v1_meta",
    "FoundryEventV1Resource": ".foundry_event_v1_resource",
    "GenerateDownloadUrlBody": ".generate_download_url_body",
    "GenerateDownloadUrlResponse200": ".generate_download_url_response_200",
    "GenerateDownloadUrlResponse400": ".generate_download_url_response_400",
    "GenerateDownloadUrlResponse500": ".generate_download_url_response_500",
    "GenericErrorResponse": ".generic_error_response",
    "Geofence": ".geofence",
    "GeofenceBlueprintUsageItem": ".geofence_blueprint_usage_item",
    "GeofenceCircleGeometry": ".geofence_circle_geometry",
    "GeofenceCircleGeometryCoordinatesItem": ".geofence_circle_geometry_coordinates_item",
    "GeofenceCircleGeometryType": ".geofence_circle_geometry_type",
    "GeofenceCreate": ".geofence_create",
    "GeofenceCreateDeviceActionsItem": ".geofence_create_device_actions_item",
    "GeofenceCreateGeofenceResponse201": ".geofence_create_geofence_response_201",
    "GeofenceCreateRadiusUnit": ".geofence_create_radius_unit",
    "GeofenceDeviceActionsItem": ".geofence_device_actions_item",
    "GeofenceDeviceListingItem": ".geofence_device_listing_item",
    "GeofenceDeviceSummaryResponse": ".geofence_device_summary_response",
    "GeofenceErrorResponse": ".geofence_error_response",
    "GeofenceErrorResponse2": ".geofence_error_response_2",
    "GeofenceErrorResponse2Content": ".geofence_error_response_2_content",
    "GeofenceGeofenceListResponse": ".geofence_geofence_list_response",
    "GeofenceGeofenceRequest": ".geofence_geofence_request",
    "GeofenceGeofenceRequestActionsItem": ".geofence_geofence_request_actions_item",
    "GeofenceGeofenceResponse": ".geofence_geofence_response",
    "GeofenceGeofenceResponseActionsItem": ".geofence_geofence_response_actions_item",
    "GeofenceGetBlueprintUsageResponse200": ".geofence_get_blueprint_usage_response_200",
    "GeofenceGetBlueprintUsageResponse200Content": ".geofence_get_blueprint_usage_response_200_content",
    "GeofenceGetDeviceSummaryResponse200": ".geofence_get_device_summary_response_200",
    "GeofenceGetDevicesResponse200": ".geofence_get_devices_response_200",
    "GeofenceGetDevicesResponse200Content": ".geofence_get_devices_response_200_content",
    "GeofenceListGeofencesResponse200": ".geofence_list_geofences_response_200",
    "GeofenceListGeofencesResponse200Content": ".geofence_list_geofences_response_200_content",
    "GeofencePolygonGeometry": ".geofence_polygon_geometry",
    "GeofencePolygonGeometryCoordinatesItem": ".geofence_polygon_geometry_coordinates_item",
    "GeofencePolygonGeometryType": ".geofence_polygon_geometry_type",
    "GeofenceRadiusUnit": ".geofence_radius_unit",
    "GeofenceReplace": ".geofence_replace",
    "GeofenceReplaceDeviceActionsItem": ".geofence_replace_device_actions_item",
    "GeofenceReplaceRadiusUnit": ".geofence_replace_radius_unit",
    "GeofenceUpdate": ".geofence_update",
    "GeofenceUpdateDeviceActionsItem": ".geofence_update_device_actions_item",
    "GeofenceUpdateRadiusUnit": ".geofence_update_radius_unit",
    "GetAlarmHistoryResponse200": ".get_alarm_history_response_200",
    "GetAlarmRulesResponse200": ".get_alarm_rules_response_200",
    "GetAllApplicationsResponse200": ".get_all_applications_response_200",
    "GetAllApplicationsV1Response200": ".get_all_applications_v1_response_200",
    "GetAllContentResponse200": ".get_all_content_response_200",
    "GetAllDevicesResponse200": ".get_all_devices_response_200",
    "GetAllGeofencesResponse200": ".get_all_geofences_response_200",
    "GetAllGroupsResponse200": ".get_all_groups_response_200",
    "GetAllPipelineRunsOrdering": ".get_all_pipeline_runs_ordering",
    "GetAllPipelineRunsResponse200": ".get_all_pipeline_runs_response_200",
    "GetAllPipelineRunsResponse200Content": ".get_all_pipeline_runs_response_200_content",
    "GetAllPipelineRunsStatus": ".get_all_pipeline_runs_status",
    "GetAllSubGroupsResponse200": ".get_all_sub_groups_response_200",
    "GetApNsCertResponse200": ".get_ap_ns_cert_response_200",
    "GetApNsCsrBody": ".get_ap_ns_csr_body",
    "GetAppInstallsResponse200": ".get_app_installs_response_200",
    "GetAppVersionsApprovalStatus": ".get_app_versions_approval_status",
    "GetAppVersionsResponse200": ".get_app_versions_response_200",
    "GetAppVersionsV1ApprovalStatus": ".get_app_versions_v1_approval_status",
    "GetAppVersionsV1Response200": ".get_app_versions_v1_response_200",
    "GetAppsVppResponse200": ".get_apps_vpp_response_200",
    "GetBackgroundScriptsResponse200": ".get_background_scripts_response_200",
    "GetBackgroundScriptsResponse200Code": ".get_background_scripts_response_200_code",
    "GetBackgroundScriptsResponse404": ".get_background_scripts_response_404",
    "GetBackgroundScriptsResponse404Code": ".get_background_scripts_response_404_code",
    "GetBlueprintsResponse200": ".get_blueprints_response_200",
    "GetBlueprintsResponse200Code": ".get_blueprints_response_200_code",
    "GetBlueprintsResponse404": ".get_blueprints_response_404",
    "GetBlueprintsResponse404Code": ".get_blueprints_response_404_code",
    "GetBlueprintsResponse404Content": ".get_blueprints_response_404_content",
    "GetBlueprintsVersionsResponse200": ".get_blueprints_versions_response_200",
    "GetBlueprintsVersionsResponse200Code": ".get_blueprints_versions_response_200_code",
    "GetBlueprintsVersionsResponse404": ".get_blueprints_versions_response_404",
    "GetBlueprintsVersionsResponse404Code": ".get_blueprints_versions_response_404_code",
    "GetBlueprintsVersionsResponse404Content": ".get_blueprints_versions_response_404_content",
    "GetCommandInboxResponse200": ".get_command_inbox_response_200",
    "GetCommandRequestResponse200": ".get_command_request_response_200",
    "GetCommandRequestStatsResponse200": ".get_command_request_stats_response_200",
    "GetCommandRequestStatusResponse200": ".get_command_request_status_response_200",
    "GetCommandRequestStatusesResponse200": ".get_command_request_statuses_response_200",
    "GetCommandRequestStatusesResponse200Content": ".get_command_request_statuses_response_200_content",
    "GetCommandRequestStatusesState": ".get_command_request_statuses_state",
    "GetCommandStatusResponse200": ".get_command_status_response_200",
    "GetConnectionsResponse200": ".get_connections_response_200",
    "GetConvergeResponse200": ".get_converge_response_200",
    "GetCustomActionsResponse200": ".get_custom_actions_response_200",
    "GetCustomActionsResponse200Code": ".get_custom_actions_response_200_code",
    "GetCustomActionsResponse404": ".get_custom_actions_response_404",
    "GetCustomActionsResponse404Code": ".get_custom_actions_response_404_code",
    "GetDepProfileListResponse200": ".get_dep_profile_list_response_200",
    "GetDepProfileListResponse200Content": ".get_dep_profile_list_response_200_content",
    "GetDepSyncRequestResponse200": ".get_dep_sync_request_response_200",
    "GetDeviceAppsResponse200": ".get_device_apps_response_200",
    "GetDeviceCommandHistoryResponse200": ".get_device_command_history_response_200",
    "GetDeviceEventResponse200": ".get_device_event_response_200",
    "GetDeviceGroupDevicesResponse200": ".get_device_group_devices_response_200",
    "GetDeviceGroupDevicesResponse200Content": ".get_device_group_devices_response_200_content",
    "GetDeviceHeartbeatListPlatform": ".get_device_heartbeat_list_platform",
    "GetDeviceHeartbeatListResponse200": ".get_device_heartbeat_list_response_200",
    "GetDeviceHeartbeatResponse200": ".get_device_heartbeat_response_200",
    "GetDeviceLocationsResponse200": ".get_device_locations_response_200",
    "GetDeviceOperationResponse200": ".get_device_operation_response_200",
    "GetDeviceOperationsOrdering": ".get_device_operations_ordering",
    "GetDeviceOperationsResponse200": ".get_device_operations_response_200",
    "GetDeviceOperationsResponse200Content": ".get_device_operations_response_200_content",
    "GetDeviceRequestResponse200": ".get_device_request_response_200",
    "GetDeviceTileReportsResponse200": ".get_device_tile_reports_response_200",
    "GetDevicesResponse200": ".get_devices_response_200",
    "GetDirectoryRecordsResponse200": ".get_directory_records_response_200",
    "GetEmmInstancesResponse200": ".get_emm_instances_response_200",
    "GetEnterpriseReportResponse200": ".get_enterprise_report_response_200",
    "GetEsperAppsVersionsResponse200": ".get_esper_apps_versions_response_200",
    "GetEventFeedResponse200": ".get_event_feed_response_200",
    "GetFoundationVersionsListResponse200": ".get_foundation_versions_list_response_200",
    "GetFoundationVersionsListResponse200ResultsItem": ".get_foundation_versions_list_response_200_results_item",
    "GetFoundryBuildsResponse200": ".get_foundry_builds_response_200",
    "GetFoundryBuildsResponse200Content": ".get_foundry_builds_response_200_content",
    "GetFoundryBuildsV1Response200": ".get_foundry_builds_v1_response_200",
    "GetGeofenceListResponse200": ".get_geofence_list_response_200",
    "GetGoogleAppsResponse200": ".get_google_apps_response_200",
    "GetInstallDevicesResponse200": ".get_install_devices_response_200",
    "GetInstallDevicesV1Response200": ".get_install_devices_v1_response_200",
    "GetMdmServiceConfigResponse200": ".get_mdm_service_config_response_200",
    "GetMinAppInfoResponse200": ".get_min_app_info_response_200",
    "GetMinAppInfoResponse200ResultsItem": ".get_min_app_info_response_200_results_item",
    "GetOemConfigSchemaOemType": ".get_oem_config_schema_oem_type",
    "GetOemConfigSchemaResponse200": ".get_oem_config_schema_response_200",
    "GetOperationListOperationResponse200": ".get_operation_list_operation_response_200",
    "GetOperationListOperationsResponse200": ".get_operation_list_operations_response_200",
    "GetOperationListOperationsResponse200Content": ".get_operation_list_operations_response_200_content",
    "GetOperationResponse200": ".get_operation_response_200",
    "GetOperationsListOrdering": ".get_operations_list_ordering",
    "GetOperationsListResponse200": ".get_operations_list_response_200",
    "GetOperationsListResponse200Content": ".get_operations_list_response_200_content",
    "GetPipelineResponse200": ".get_pipeline_response_200",
    "GetPipelineRunResponse200": ".get_pipeline_run_response_200",
    "GetPipelineRunStageRunResponse200": ".get_pipeline_run_stage_run_response_200",
    "GetPipelineRunStageRunsResponse200": ".get_pipeline_run_stage_runs_response_200",
    "GetPipelineRunStageRunsResponse200Content": ".get_pipeline_run_stage_runs_response_200_content",
    "GetPipelineRunStageRunsStatus": ".get_pipeline_run_stage_runs_status",
    "GetPipelineRunsOrdering": ".get_pipeline_runs_ordering",
    "GetPipelineRunsResponse200": ".get_pipeline_runs_response_200",
    "GetPipelineRunsResponse200Content": ".get_pipeline_runs_response_200_content",
    "GetPipelineRunsStatus": ".get_pipeline_runs_status",
    "GetPipelineStageResponse200": ".get_pipeline_stage_response_200",
    "GetPipelineStageRunOperationResponse200": ".get_pipeline_stage_run_operation_response_200",
    "GetPipelineStageRunOperationsResponse200": ".get_pipeline_stage_run_operations_response_200",
    "GetPipelineStageRunOperationsResponse200Content": ".get_pipeline_stage_run_operations_response_200_content",
    "GetPipelineStageTargetRunResponse200": ".get_pipeline_stage_target_run_response_200",
    "GetPipelineStageTargetRunsOrdering": ".get_pipeline_stage_target_runs_ordering",
    "GetPipelineStageTargetRunsResponse200": ".get_pipeline_stage_target_runs_response_200",
    "GetPipelineStageTargetRunsResponse200Content": ".get_pipeline_stage_target_runs_response_200_content",
    "GetPipelineStageTargetRunsStatus": ".get_pipeline_stage_target_runs_status",
    "GetPipelineStagesResponse200": ".get_pipeline_stages_response_200",
    "GetPipelineStagesResponse200Content": ".get_pipeline_stages_response_200_content",
    "GetPipelineTargetListResponse200": ".get_pipeline_target_list_response_200",
    "GetPipelineTargetListsResponse200": ".get_pipeline_target_lists_response_200",
    "GetPipelineTargetListsResponse200Content": ".get_pipeline_target_lists_response_200_content",
    "GetPipelinesOrdering": ".get_pipelines_ordering",
    "GetPipelinesResponse200": ".get_pipelines_response_200",
    "GetPipelinesResponse200Content": ".get_pipelines_response_200_content",
    "GetProvisioningProfilesResponse200": ".get_provisioning_profiles_response_200",
    "GetProvisioningProfilesVersionsResponse200": ".get_provisioning_profiles_versions_response_200",
    "GetReportInfoResponse200": ".get_report_info_response_200",
    "GetReportResponseDownload": ".get_report_response_download",
    "GetReportResponseDownloadContent": ".get_report_response_download_content",
    "GetReportResponseDownloadContentSchema": ".get_report_response_download_content_schema",
    "GetReportResponseDownloadContentSchemaColumnsItem": ".get_report_response_download_content_schema_columns_item",
    "GetReportResponseDownloadContentStatus": ".get_report_response_download_content_status",
    "GetReportResponsePreview": ".get_report_response_preview",
    "GetReportResponsePreviewContent": ".get_report_response_preview_content",
    "GetReportResponsePreviewContentSchema": ".get_report_response_preview_content_schema",
    "GetReportResponsePreviewContentSchemaColumnsItem": ".get_report_response_preview_content_schema_columns_item",
    "GetReportResponsePreviewContentStatus": ".get_report_response_preview_content_status",
    "GetReportTypesResponse": ".get_report_types_response",
    "GetReportTypesResponseContent": ".get_report_types_response_content",
    "GetReportTypesResponseContentReportTypesType0Item": ".get_report_types_response_content_report_types_type_0_item",
    "GetRoleUrlResponse200": ".get_role_url_response_200",
    "GetScriptsResponse200": ".get_scripts_response_200",
    "GetScriptsResponse200Code": ".get_scripts_response_200_code",
    "GetScriptsResponse403": ".get_scripts_response_403",
    "GetScriptsResponse403Code": ".get_scripts_response_403_code",
    "GetScriptsResponse404": ".get_scripts_response_404",
    "GetScriptsResponse404Code": ".get_scripts_response_404_code",
    "GetScriptsResponse500": ".get_scripts_response_500",
    "GetScriptsResponse500Code": ".get_scripts_response_500_code",
    "GetStageOperationListsResponse200": ".get_stage_operation_lists_response_200",
    "GetStageOperationListsResponse200Content": ".get_stage_operation_lists_response_200_content",
    "GetStageTargetListsResponse200": ".get_stage_target_lists_response_200",
    "GetStageTargetListsResponse200Content": ".get_stage_target_lists_response_200_content",
    "GetStageTargetListsType": ".get_stage_target_lists_type",
    "GetSubscriptionReportsResponse200": ".get_subscription_reports_response_200",
    "GetTargetListDeviceGroupsResponse200": ".get_target_list_device_groups_response_200",
    "GetTargetListDeviceGroupsResponse200Content": ".get_target_list_device_groups_response_200_content",
    "GetTargetListTargetResponse200": ".get_target_list_target_response_200",
    "GetTargetListTargetsResponse200": ".get_target_list_targets_response_200",
    "GetTargetListTargetsResponse200Content": ".get_target_list_targets_response_200_content",
    "GetTargetRunCommandStatusResponse200": ".get_target_run_command_status_response_200",
    "GetTenantAppsResponse200": ".get_tenant_apps_response_200",
    "GetTenantAppsVersionsResponse200": ".get_tenant_apps_versions_response_200",
    "GetTenantUserInvitesResponse201": ".get_tenant_user_invites_response_201",
    "GetTileIconsResponse200": ".get_tile_icons_response_200",
    "GetUsersResponse200": ".get_users_response_200",
    "GetWallpapersResponse200": ".get_wallpapers_response_200",
    "GetWebclipsResponse200": ".get_webclips_response_200",
    "GetWebtokensResponse200": ".get_webtokens_response_200",
    "GoogleAccount": ".google_account",
    "GoogleAccountUpdateRequestBody": ".google_account_update_request_body",
    "GoogleAccountUpdateResponseBody": ".google_account_update_response_body",
    "GoogleApplication": ".google_application",
    "GoogleApplicationAppAction": ".google_application_app_action",
    "GoogleDevice": ".google_device",
    "GoogleEMMDevice": ".google_emm_device",
    "GoogleEMMDevicePolicyRequest": ".google_emm_device_policy_request",
    "GoogleEnterprise": ".google_enterprise",
    "GoogleEnterpriseDetails": ".google_enterprise_details",
    "GoogleProduct": ".google_product",
    "GoogleProductInstall": ".google_product_install",
    "GoogleProductInstallObjects": ".google_product_install_objects",
    "GoogleServiceAccountDetails": ".google_service_account_details",
    "GoogleServicesSection": ".google_services_section",
    "GoogleServicesSectionFrpGooglesItem": ".google_services_section_frp_googles_item",
    "GoogleServicesSectionFrpGooglesItemType": ".google_services_section_frp_googles_item_type",
    "GoogleServicesSectionSectionType": ".google_services_section_section_type",
    "GoogleServicesSettings": ".google_services_settings",
    "GoogleServicesSettingsAfwAccountSettings": ".google_services_settings_afw_account_settings",
    "GoogleServicesSettingsFactoryResetProtectionSettings": ".google_services_settings_factory_reset_protection_settings",
    "GoogleServicesSettingsGoogleAssitantSettings": ".google_services_settings_google_assitant_settings",
    "GoogleServicesSettingsPersonalAccountsSettings": ".google_services_settings_personal_accounts_settings",
    "GoogleServicesSettingsPlayStoreSettings": ".google_services_settings_play_store_settings",
    "GoogleWebToken": ".google_web_token",
    "GoogleWebTokenUpdate": ".google_web_token_update",
    "GoogleWebTokenUpdateNoRequirements": ".google_web_token_update_no_requirements",
    "Group": ".group",
    "GroupThumbnail": ".group_thumbnail",
    "HardwareInfo": ".hardware_info",
    "HardwareSettingsSection": ".hardware_settings_section",
    "HardwareSettingsSectionGpsState": ".hardware_settings_section_gps_state",
    "HardwareSettingsSectionSectionType": ".hardware_settings_section_section_type",
    "HidePreloadedAppsSettingsIos": ".hide_preloaded_apps_settings_ios",
    "IncomingNumbersSettings": ".incoming_numbers_settings",
    "InstallDevices": ".install_devices",
    "IosApp": ".ios_app",
    "IosAppAppType": ".ios_app_app_type",
    "IosAppState": ".ios_app_state",
    "IosSettings": ".ios_settings",
    "IosWallpaperSettings": ".ios_wallpaper_settings",
    "IosWallpaperSettingsHomescreen": ".ios_wallpaper_settings_homescreen",
    "IosWallpaperSettingsHomescreenPortrait": ".ios_wallpaper_settings_homescreen_portrait",
    "IosWallpaperSettingsLockscreen": ".ios_wallpaper_settings_lockscreen",
    "IosWallpaperSettingsLockscreenPortrait": ".ios_wallpaper_settings_lockscreen_portrait",
    "ItunesAppInfoV2": ".itunes_app_info_v2",
    "KioskModeSettings": ".kiosk_mode_settings",
    "KioskModeSettingsAppType": ".kiosk_mode_settings_app_type",
    "LanguageSettings": ".language_settings",
    "LauncherSettings": ".launcher_settings",
    "LauncherSettingsLauncher": ".launcher_settings_launcher",
    "LinuxBlueprintInfo": ".linux_blueprint_info",
    "LinuxBlueprintInfoBlueprintUpgradeStatus": ".linux_blueprint_info_blueprint_upgrade_status",
    "LinuxDevice": ".linux_device",
    "LinuxDeviceManagedBy": ".linux_device_managed_by",
    "LinuxDeviceOs": ".linux_device_os",
    "LinuxDevicePlatform": ".linux_device_platform",
    "LinuxDeviceV2": ".linux_device_v2",
    "LinuxDeviceV2BatteryStats": ".linux_device_v2_battery_stats",
    "LinuxDeviceV2CpuStats": ".linux_device_v2_cpu_stats",
    "LinuxDeviceV2HardwareInfo": ".linux_device_v2_hardware_info",
    "LinuxDeviceV2LocationStats": ".linux_device_v2_location_stats",
    "LinuxDeviceV2ManagedBy": ".linux_device_v2_managed_by",
    "LinuxDeviceV2MemoryInfo": ".linux_device_v2_memory_info",
    "LinuxDeviceV2MemoryStats": ".linux_device_v2_memory_stats",
    "LinuxDeviceV2NetworkInfo": ".linux_device_v2_network_info",
    "LinuxDeviceV2NetworkStats": ".linux_device_v2_network_stats",
    "LinuxDeviceV2NetworkStatsWifiNetworkInfo": ".linux_device_v2_network_stats_wifi_network_info",
    "LinuxDeviceV2Os": ".linux_device_v2_os",
    "LinuxDeviceV2Platform": ".linux_device_v2_platform",
    "LinuxDeviceV2ProvisionedWith": ".linux_device_v2_provisioned_with",
    "LinuxDeviceV2SoftwareInfo": ".linux_device_v2_software_info",
    "LinuxDeviceV2SoftwareInfoEsperAgentInfo": ".linux_device_v2_software_info_esper_agent_info",
    "LinuxFile": ".linux_file",
    "LinuxSettings": ".linux_settings",
    "ListAlertChannelsResponse200": ".list_alert_channels_response_200",
    "ListApNsCertsResponse200": ".list_ap_ns_certs_response_200",
    "ListApNsCertsResponse200Content": ".list_ap_ns_certs_response_200_content",
    "ListApNsCertsState": ".list_ap_ns_certs_state",
    "ListAppleappstoreResponse200": ".list_appleappstore_response_200",
    "ListAppleappstoreResponse200Content": ".list_appleappstore_response_200_content",
    "ListAppsOrdering": ".list_apps_ordering",
    "ListAppsResponse200": ".list_apps_response_200",
    "ListAppsResponse200Content": ".list_apps_response_200_content",
    "ListAppsVppResponse200": ".list_apps_vpp_response_200",
    "ListAppsVppResponse200Content": ".list_apps_vpp_response_200_content",
    "ListBackgroundScriptsResponse200": ".list_background_scripts_response_200",
    "ListBackgroundScriptsResponse200Content": ".list_background_scripts_response_200_content",
    "ListBlueprintResponse200": ".list_blueprint_response_200",
    "ListBlueprintRevisionsResponse200": ".list_blueprint_revisions_response_200",
    "ListBlueprintsResponse200": ".list_blueprints_response_200",
    "ListBlueprintsResponse200Content": ".list_blueprints_response_200_content",
    "ListBlueprintsVersionsResponse200": ".list_blueprints_versions_response_200",
    "ListBlueprintsVersionsResponse200Content": ".list_blueprints_versions_response_200_content",
    "ListCommandRequestResponse200": ".list_command_request_response_200",
    "ListCommandRequestsResponse200": ".list_command_requests_response_200",
    "ListCommandRequestsResponse200Content": ".list_command_requests_response_200_content",
    "ListCommandRequestsSchedule": ".list_command_requests_schedule",
    "ListConvergeCommandsResponse200": ".list_converge_commands_response_200",
    "ListConvergeCommandsResponse200Content": ".list_converge_commands_response_200_content",
    "ListConvergesResponse200": ".list_converges_response_200",
    "ListConvergesResponse200Content": ".list_converges_response_200_content",
    "ListCustomActionsResponse200": ".list_custom_actions_response_200",
    "ListCustomActionsResponse200Content": ".list_custom_actions_response_200_content",
    "ListCustomActionsResponse400": ".list_custom_actions_response_400",
    "ListCustomActionsResponse400Code": ".list_custom_actions_response_400_code",
    "ListDepSyncRequestResponse200": ".list_dep_sync_request_response_200",
    "ListDepSyncRequestResponse200Content": ".list_dep_sync_request_response_200_content",
    "ListDepTokensResponse200": ".list_dep_tokens_response_200",
    "ListDepTokensResponse200Content": ".list_dep_tokens_response_200_content",
    "ListDepTokensState": ".list_dep_tokens_state",
    "ListDeviceAppsResponse200": ".list_device_apps_response_200",
    "ListDeviceAppsResponse200Content": ".list_device_apps_response_200_content",
    "ListDeviceAppsResponse200ContentResultsItem": ".list_device_apps_response_200_content_results_item",
    "ListDevicesDeviceAppsAppType": ".list_devices_device_apps_app_type",
    "ListDevicesDeviceAppsResponse200": ".list_devices_device_apps_response_200",
    "ListDevicesDeviceAppsResponse200Content": ".list_devices_device_apps_response_200_content",
    "ListDevicesGoogleAccountsResponse200": ".list_devices_google_accounts_response_200",
    "ListDevicesGoogleAccountsResponse200Content": ".list_devices_google_accounts_response_200_content",
    "ListDevicesManagedBy": ".list_devices_managed_by",
    "ListDevicesOperationsResponse200": ".list_devices_operations_response_200",
    "ListDevicesOrdering": ".list_devices_ordering",
    "ListDevicesOs": ".list_devices_os",
    "ListDevicesResponse200": ".list_devices_response_200",
    "ListEmmAccountsResponse200": ".list_emm_accounts_response_200",
    "ListEmmAccountsResponse200Content": ".list_emm_accounts_response_200_content",
    "ListEmmDetailsResponse200": ".list_emm_details_response_200",
    "ListEmmDetailsResponse200Content": ".list_emm_details_response_200_content",
    "ListEnterpriseDeviceDownloadEventfeedResponse200": ".list_enterprise_device_download_eventfeed_response_200",
    "ListEnterpriseGroupDownloadEventfeedResponse200": ".list_enterprise_group_download_eventfeed_response_200",
    "ListFoundryDeviceModelsResponse200": ".list_foundry_device_models_response_200",
    "ListFoundryDeviceModelsResponse200Content": ".list_foundry_device_models_response_200_content",
    "ListFoundryEventsResponse200": ".list_foundry_events_response_200",
    "ListFoundryEventsResponse200Content": ".list_foundry_events_response_200_content",
    "ListGroupThumbnailResponse200": ".list_group_thumbnail_response_200",
    "ListItunesappsResponse200": ".list_itunesapps_response_200",
    "ListItunesappsResponse200Content": ".list_itunesapps_response_200_content",
    "ListPoliciesResponse200": ".list_policies_response_200",
    "ListPreferredRegionsResponse200": ".list_preferred_regions_response_200",
    "ListProductsResponse200": ".list_products_response_200",
    "ListProvisioningProfilesProfileType": ".list_provisioning_profiles_profile_type",
    "ListProvisioningProfilesResponse200": ".list_provisioning_profiles_response_200",
    "ListProvisioningProfilesResponse200Content": ".list_provisioning_profiles_response_200_content",
    "ListProvisioningProfilesVersionsResponse200": ".list_provisioning_profiles_versions_response_200",
    "ListProvisioningProfilesVersionsResponse200Content": ".list_provisioning_profiles_versions_response_200_content",
    "ListRvActivityFeedOrdering": ".list_rv_activity_feed_ordering",
    "ListRvActivityFeedResponse200": ".list_rv_activity_feed_response_200",
    "ListRvActivityFeedResponse200Content": ".list_rv_activity_feed_response_200_content",
    "ListRvActivityFeedStates": ".list_rv_activity_feed_states",
    "ListRvActivityFeedVideoQualities": ".list_rv_activity_feed_video_qualities",
    "ListTenantAppsPlatform": ".list_tenant_apps_platform",
    "ListTenantAppsResponse200": ".list_tenant_apps_response_200",
    "ListTenantAppsResponse200Content": ".list_tenant_apps_response_200_content",
    "ListTenantAppsVersionsResponse200": ".list_tenant_apps_versions_response_200",
    "ListTenantAppsVersionsResponse200Content": ".list_tenant_apps_versions_response_200_content",
    "ListTenantEsperAppsArchitecture": ".list_tenant_esper_apps_architecture",
    "ListTenantEsperAppsOrdering": ".list_tenant_esper_apps_ordering",
    "ListTenantEsperAppsResponse200": ".list_tenant_esper_apps_response_200",
    "ListTenantEsperAppsResponse200Content": ".list_tenant_esper_apps_response_200_content",
    "ListTenantVpptokensResponse200": ".list_tenant_vpptokens_response_200",
    "ListTenantVpptokensResponse200Content": ".list_tenant_vpptokens_response_200_content",
    "ListWebclipsResponse200": ".list_webclips_response_200",
    "ListWebclipsResponse200Content": ".list_webclips_response_200_content",
    "LocalAppInstallSettings": ".local_app_install_settings",
    "LocalAppInstallSettingsIos": ".local_app_install_settings_ios",
    "LocationSettings": ".location_settings",
    "LocationStats": ".location_stats",
    "LockScreenSettings": ".lock_screen_settings",
    "LockScreenSettingsPasswordQuality": ".lock_screen_settings_password_quality",
    "MacAddressRandomizationSettings": ".mac_address_randomization_settings",
    "ManagedConfiguration": ".managed_configuration",
    "ManagedConfigurationConfigurationVariables": ".managed_configuration_configuration_variables",
    "MemoryInfo": ".memory_info",
    "MemoryStats": ".memory_stats",
    "NetworkInfo": ".network_info",
    "NetworkInfoNetworkType": ".network_info_network_type",
    "NetworkStats": ".network_stats",
    "NetworkStatsCellularNetworkInfo": ".network_stats_cellular_network_info",
    "NetworkStatsV2": ".network_stats_v2",
    "NetworkStatsV2CellularNetworkInfo": ".network_stats_v2_cellular_network_info",
    "NetworkStatsV2WifiNetworkInfo": ".network_stats_v2_wifi_network_info",
    "NetworkStatsWifiNetworkInfo": ".network_stats_wifi_network_info",
    "NfcSettings": ".nfc_settings",
    "NfcSettingsIos": ".nfc_settings_ios",
    "NotificationBarSettings": ".notification_bar_settings",
    "OffsetPaginatedDeviceList": ".offset_paginated_device_list",
    "Operation": ".operation",
    "OperationActivityItem": ".operation_activity_item",
    "OperationActivityItemOperationState": ".operation_activity_item_operation_state",
    "OperationList": ".operation_list",
    "OperationListPOST": ".operation_list_post",
    "OperationPOST": ".operation_post",
    "OperationPOSTArgs": ".operation_post_args",
    "OperationPOSTOperationType": ".operation_post_operation_type",
    "OperationScheduleArgsTimeTypeEnum": ".operation_schedule_args_time_type_enum",
    "OperationStats": ".operation_stats",
    "OperationStatsDeviceOperationStatusesCount": ".operation_stats_device_operation_statuses_count",
    "OperationWithStats": ".operation_with_stats",
    "OperationWithStatsArguments": ".operation_with_stats_arguments",
    "OperationWithStatsOperation": ".operation_with_stats_operation",
    "OperationWithStatsOperationDeviceQuery": ".operation_with_stats_operation_device_query",
    "OperationWithStatsScheduleType": ".operation_with_stats_schedule_type",
    "OperationWithStatsState": ".operation_with_stats_state",
    "OperationsPOST": ".operations_post",
    "OperationsPOSTArguments": ".operations_post_arguments",
    "OperationsPOSTOperationDeviceQuery": ".operations_post_operation_device_query",
    "OperationsPOSTOperationDeviceQueryDeviceRequest": ".operations_post_operation_device_query_device_request",
    "OperationsPOSTOperationType": ".operations_post_operation_type",
    "OperationsPOSTScheduleType": ".operations_post_schedule_type",
    "OptionsRequest": ".options_request",
    "OptionsRequestScripts": ".options_request_scripts",
    "OptionsResponse": ".options_response",
    "OptionsResponseScripts": ".options_response_scripts",
    "OutgoingNumbersSettings": ".outgoing_numbers_settings",
    "PatchAppInfoBody": ".patch_app_info_body",
    "PatchAppVersionBody": ".patch_app_version_body",
    "PatchAppVersionBodyApprovalStatus": ".patch_app_version_body_approval_status",
    "PatchAppVersionBodyReleaseTrack": ".patch_app_version_body_release_track",
    "PatchAppVersionV1Body": ".patch_app_version_v1_body",
    "PatchAppVersionV1BodyApprovalStatus": ".patch_app_version_v1_body_approval_status",
    "PatchContentBody": ".patch_content_body",
    "PatchGoogleProduct": ".patch_google_product",
    "PatchSubscriptionReportBody": ".patch_subscription_report_body",
    "PauseOsUpdatesWindows": ".pause_os_updates_windows",
    "PersonalAccessTokenCreateResponse": ".personal_access_token_create_response",
    "PersonalAccessTokenGetResponse": ".personal_access_token_get_response",
    "PersonalAccessTokenGetResponsePersonalAccessTokensItem": ".personal_access_token_get_response_personal_access_tokens_item",
    "PersonalAccessTokenUpdateResponse": ".personal_access_token_update_response",
    "Pipeline": ".pipeline",
    "PipelinePOST": ".pipeline_post",
    "PipelinePUT": ".pipeline_put",
    "PipelineRun": ".pipeline_run",
    "PipelineRunPOST": ".pipeline_run_post",
    "PipelineRunPUT": ".pipeline_run_put",
    "PipelineRunPUTStatus": ".pipeline_run_put_status",
    "PipelineRunStatus": ".pipeline_run_status",
    "PipelineRunStatusMeta": ".pipeline_run_status_meta",
    "PlatformScript": ".platform_script",
    "PlatformScriptRequest": ".platform_script_request",
    "PlatformScriptResponse": ".platform_script_response",
    "Policy": ".policy",
    "PostContentBody": ".post_content_body",
    "PowerShellScriptWindows": ".power_shell_script_windows",
    "ProductPolicy": ".product_policy",
    "ProvisioningProfileIos": ".provisioning_profile_ios",
    "ProvisioningProfileUploadRequest": ".provisioning_profile_upload_request",
    "ProvisioningProfileUploadResponse": ".provisioning_profile_upload_response",
    "ProvisioningProfileUploadResponseProfileType": ".provisioning_profile_upload_response_profile_type",
    "ProvisioningProfileVersionWithDownloadResponse": ".provisioning_profile_version_with_download_response",
    "ProvisioningProfileWithDownloadResponse": ".provisioning_profile_with_download_response",
    "PutRoleScopeUrlBody": ".put_role_scope_url_body",
    "PutRoleScopeUrlBodyScopeNamesItem": ".put_role_scope_url_body_scope_names_item",
    "PutRoleScopeUrlResponse200": ".put_role_scope_url_response_200",
    "PutTargetRunCommandStatusResponse200": ".put_target_run_command_status_response_200",
    "RemoteViewerSessionsListForTenantResponse": ".remote_viewer_sessions_list_for_tenant_response",
    "RemoteViewerSessionsListForTenantResponseState": ".remote_viewer_sessions_list_for_tenant_response_state",
    "RemoteViewerSessionsListForTenantResponseVideoQuality": ".remote_viewer_sessions_list_for_tenant_response_video_quality",
    "RemoveTileIconBody": ".remove_tile_icon_body",
    "RemoveTileIconResponse201": ".remove_tile_icon_response_201",
    "Report": ".report",
    "ReportReportType": ".report_report_type",
    "ReportsErrorResponse": ".reports_error_response",
    "RestoreBlueprintRevisionBody": ".restore_blueprint_revision_body",
    "RoleResponse": ".role_response",
    "SafeBootSettings": ".safe_boot_settings",
    "SavedApSettings": ".saved_ap_settings",
    "ScheduleArgs": ".schedule_args",
    "ScheduleEnum": ".schedule_enum",
    "ScopeResponse": ".scope_response",
    "ScreenOrientationSettings": ".screen_orientation_settings",
    "ScreenOrientationSettingsOrientationType": ".screen_orientation_settings_orientation_type",
    "ScreenTimeoutSettings": ".screen_timeout_settings",
    "ScreenshotSettings": ".screenshot_settings",
    "ScreenshotSettingsIos": ".screenshot_settings_ios",
    "SeamlessErrorResponse": ".seamless_error_response",
    "SeamlessErrorResponseContent": ".seamless_error_response_content",
    "SeamlessInfo": ".seamless_info",
    "SeamlessInfoPlatform": ".seamless_info_platform",
    "SeamlessInfoUniqueIdType": ".seamless_info_unique_id_type",
    "SeamlessRequest": ".seamless_request",
    "SeamlessRequestBody": ".seamless_request_body",
    "SeamlessRequestMetaType0": ".seamless_request_meta_type_0",
    "SeamlessRequestPlatform": ".seamless_request_platform",
    "SeamlessRequestStatus": ".seamless_request_status",
    "SeamlessRequestUniqueIdType": ".seamless_request_unique_id_type",
    "SeamlessSuccessResponse": ".seamless_success_response",
    "SeamlessSuccessResponseContent": ".seamless_success_response_content",
    "SecuritySection": ".security_section",
    "SecuritySectionPasswordQuality": ".security_section_password_quality",
    "SecuritySectionSectionType": ".security_section_section_type",
    "SecurityStatesEnum": ".security_states_enum",
    "SetPreferredRegionRequest": ".set_preferred_region_request",
    "SetPreferredRegionsRequest": ".set_preferred_regions_request",
    "Settings": ".settings",
    "SettingsAppSection": ".settings_app_section",
    "SettingsAppSectionConfigJson": ".settings_app_section_config_json",
    "SettingsAppSectionEsperSettingsApp": ".settings_app_section_esper_settings_app",
    "SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy": ".settings_app_section_esper_settings_app_esper_settings_app_policy",
    "SettingsAppSectionSectionType": ".settings_app_section_section_type",
    "SettingsAppSectionSettingsAccessLevel": ".settings_app_section_settings_access_level",
    "SettingsV2": ".settings_v2",
    "ShellScriptLinux": ".shell_script_linux",
    "SiriSettingsIos": ".siri_settings_ios",
    "SmsSettings": ".sms_settings",
    "SoftwareInfo": ".software_info",
    "SoftwareInfoEsperAgentInfo": ".software_info_esper_agent_info",
    "SoundSection": ".sound_section",
    "SoundSectionSectionType": ".sound_section_section_type",
    "SoundSettings": ".sound_settings",
    "SoundSettingsAlarmSettings": ".sound_settings_alarm_settings",
    "SoundSettingsMusicSettings": ".sound_settings_music_settings",
    "SoundSettingsNotificationSettings": ".sound_settings_notification_settings",
    "SoundSettingsRingtoneSettings": ".sound_settings_ringtone_settings",
    "SoundSettingsVoiceCallSettings": ".sound_settings_voice_call_settings",
    "Stage": ".stage",
    "StagePOST": ".stage_post",
    "StagePUT": ".stage_put",
    "StageRun": ".stage_run",
    "StageRunOperation": ".stage_run_operation",
    "StageRunStageMeta": ".stage_run_stage_meta",
    "StageRunStatus": ".stage_run_status",
    "StageTargetListPOST": ".stage_target_list_post",
    "StatusMetrics": ".status_metrics",
    "StatusMetricsV2": ".status_metrics_v2",
    "StatusMetricsV2LastSeen": ".status_metrics_v2_last_seen",
    "StrictAppSynchronizationSettings": ".strict_app_synchronization_settings",
    "StrictWifiSynchronizationSettings": ".strict_wifi_synchronization_settings",
    "Subscription": ".subscription",
    "SystemUpdatesSection": ".system_updates_section",
    "SystemUpdatesSectionSectionType": ".system_updates_section_section_type",
    "SystemUpdatesSectionType": ".system_updates_section_type",
    "SystemUpdatesSettings": ".system_updates_settings",
    "SystemUpdatesSettingsSystemUpdatePolicyType": ".system_updates_settings_system_update_policy_type",
    "Target": ".target",
    "TargetList": ".target_list",
    "TargetListDeviceGroup": ".target_list_device_group",
    "TargetListDeviceGroupsPOST": ".target_list_device_groups_post",
    "TargetListPOST": ".target_list_post",
    "TargetListPOSTTargetListType": ".target_list_post_target_list_type",
    "TargetPOST": ".target_post",
    "TargetPUT": ".target_put",
    "TargetRun": ".target_run",
    "TargetRunCommandMeta": ".target_run_command_meta",
    "TargetRunPOST": ".target_run_post",
    "TargetRunPUT": ".target_run_put",
    "TargetRunPUTStatus": ".target_run_put_status",
    "TargetRunStatus": ".target_run_status",
    "TenantAppResponse": ".tenant_app_response",
    "TenantAppResponsePlatform": ".tenant_app_response_platform",
    "TenantAppUploadResponse": ".tenant_app_upload_response",
    "TenantAppUploadResponsePlatform": ".tenant_app_upload_response_platform",
    "TenantAppVersionDetailResponse": ".tenant_app_version_detail_response",
    "TenantAppVersionResponse": ".tenant_app_version_response",
    "TenantAppVersionResponseAppType": ".tenant_app_version_response_app_type",
    "TenantDEPProfile": ".tenant_dep_profile",
    "TenantDEPProfileCreateRequest": ".tenant_dep_profile_create_request",
    "TenantDEPProfileCreateRequestShowSetupItemsItem": ".tenant_dep_profile_create_request_show_setup_items_item",
    "TenantDeviceModelPUTResponseV1": ".tenant_device_model_put_response_v1",
    "TenantError400BadData": ".tenant_error_400_bad_data",
    "TenantError400BadDataContent": ".tenant_error_400_bad_data_content",
    "TenantError401Unauthorized": ".tenant_error_401_unauthorized",
    "TenantError401UnauthorizedContent": ".tenant_error_401_unauthorized_content",
    "TenantError500InternalServerError": ".tenant_error_500_internal_server_error",
    "TenantError500InternalServerErrorContent": ".tenant_error_500_internal_server_error_content",
    "TenantEsperAppsItem": ".tenant_esper_apps_item",
    "TenantPreferredRegions": ".tenant_preferred_regions",
    "TenantUserInviteCreateResponse": ".tenant_user_invite_create_response",
    "TenantUserInviteCreateResponseMeta": ".tenant_user_invite_create_response_meta",
    "TenantUserInviteMeta": ".tenant_user_invite_meta",
    "TenantUserInviteMetaProfile": ".tenant_user_invite_meta_profile",
    "TenantUserInviteMetaProfileRole": ".tenant_user_invite_meta_profile_role",
    "TenantUserInviteRequest": ".tenant_user_invite_request",
    "TenantUserInviteResponse": ".tenant_user_invite_response",
    "TenantUserInviteResponseMeta": ".tenant_user_invite_response_meta",
    "TetheringSettingsIos": ".tethering_settings_ios",
    "TileIcon": ".tile_icon",
    "TimeDateSettings": ".time_date_settings",
    "TimeDateSettingsIos": ".time_date_settings_ios",
    "TimezoneSettings": ".timezone_settings",
    "TokenInfoV1": ".token_info_v1",
    "TokenRenewV0": ".token_renew_v0",
    "UnenrollmentSettingsWindows": ".unenrollment_settings_windows",
    "UniqueIdentifier": ".unique_identifier",
    "UniqueIdentifierCreate": ".unique_identifier_create",
    "UniqueIdentifierCreateType": ".unique_identifier_create_type",
    "UniqueIdentifierType": ".unique_identifier_type",
    "UpdateAlarmRule": ".update_alarm_rule",
    "UpdateAlarmRuleConditions": ".update_alarm_rule_conditions",
    "UpdateAlertChannelsV1": ".update_alert_channels_v1",
    "UpdateAlertChannelsV1Properties": ".update_alert_channels_v1_properties",
    "UpdateAppInfoBody": ".update_app_info_body",
    "UpdateAuthn2PersonalAccessTokenBody": ".update_authn_2_personal_access_token_body",
    "UpdateBlueprintsResponse200": ".update_blueprints_response_200",
    "UpdateBlueprintsResponse200Code": ".update_blueprints_response_200_code",
    "UpdateBlueprintsResponse400": ".update_blueprints_response_400",
    "UpdateBlueprintsResponse400Code": ".update_blueprints_response_400_code",
    "UpdateBlueprintsResponse404": ".update_blueprints_response_404",
    "UpdateBlueprintsResponse404Code": ".update_blueprints_response_404_code",
    "UpdateBlueprintsResponse404Content": ".update_blueprints_response_404_content",
    "UpdateCommandStatusResponse200": ".update_command_status_response_200",
    "UpdateCustomActionsResponse200": ".update_custom_actions_response_200",
    "UpdateCustomActionsResponse200Code": ".update_custom_actions_response_200_code",
    "UpdateCustomActionsResponse400": ".update_custom_actions_response_400",
    "UpdateCustomActionsResponse400Code": ".update_custom_actions_response_400_code",
    "UpdateCustomActionsResponse404": ".update_custom_actions_response_404",
    "UpdateCustomActionsResponse404Code": ".update_custom_actions_response_404_code",
    "UpdateCustomActionsResponse409": ".update_custom_actions_response_409",
    "UpdateCustomActionsResponse409Code": ".update_custom_actions_response_409_code",
    "UpdateCustomActionsResponse500": ".update_custom_actions_response_500",
    "UpdateCustomActionsResponse500Code": ".update_custom_actions_response_500_code",
    "UpdateDeviceOperationBody": ".update_device_operation_body",
    "UpdateDeviceOperationBodyState": ".update_device_operation_body_state",
    "UpdateDeviceOperationResponse200": ".update_device_operation_response_200",
    "UpdateDeviceStateBody": ".update_device_state_body",
    "UpdateDeviceStateBodyDeviceSettings": ".update_device_state_body_device_settings",
    "UpdateDeviceStateResponse201": ".update_device_state_response_201",
    "UpdateDeviceStateResponse201Content": ".update_device_state_response_201_content",
    "UpdateDevicesGoogleAccountsPolicyResponse200": ".update_devices_google_accounts_policy_response_200",
    "UpdateDevicesGoogleAccountsResponse200": ".update_devices_google_accounts_response_200",
    "UpdateDifferentUserRequest": ".update_different_user_request",
    "UpdateDifferentUserRequestRole": ".update_different_user_request_role",
    "UpdateFoundryBuildResponse200": ".update_foundry_build_response_200",
    "UpdateFoundryDeviceModelsResponse200": ".update_foundry_device_models_response_200",
    "UpdateItunesappsPreferredRegionResponse200": ".update_itunesapps_preferred_region_response_200",
    "UpdateItunesappsPreferredRegionResponse200Content": ".update_itunesapps_preferred_region_response_200_content",
    "UpdateOperationListOperationResponse200": ".update_operation_list_operation_response_200",
    "UpdateOperationsBody": ".update_operations_body",
    "UpdateOperationsBodyState": ".update_operations_body_state",
    "UpdateOperationsResponse200": ".update_operations_response_200",
    "UpdateOwnUserRequest": ".update_own_user_request",
    "UpdatePipelineOperationListResponse200": ".update_pipeline_operation_list_response_200",
    "UpdatePipelineResponse200": ".update_pipeline_response_200",
    "UpdatePipelineRunResponse200": ".update_pipeline_run_response_200",
    "UpdatePipelineRunStageRunBody": ".update_pipeline_run_stage_run_body",
    "UpdatePipelineRunStageRunBodyStatus": ".update_pipeline_run_stage_run_body_status",
    "UpdatePipelineRunStageRunResponse200": ".update_pipeline_run_stage_run_response_200",
    "UpdatePipelineStageResponse200": ".update_pipeline_stage_response_200",
    "UpdatePipelineStageTargetRunResponse200": ".update_pipeline_stage_target_run_response_200",
    "UpdatePipelineTargetListResponse200": ".update_pipeline_target_list_response_200",
    "UpdateRole": ".update_role",
    "UpdateSubscriptionReportBody": ".update_subscription_report_body",
    "UpdateTenantAppsVersionsBody": ".update_tenant_apps_versions_body",
    "UpdateTenantAppsVersionsResponse200": ".update_tenant_apps_versions_response_200",
    "UploadApNsCertResponse200": ".upload_ap_ns_cert_response_200",
    "UploadBlueprintBody": ".upload_blueprint_body",
    "UploadDataBody": ".upload_data_body",
    "UploadFilesBody": ".upload_files_body",
    "UploadGroupThumbnailBody": ".upload_group_thumbnail_body",
    "UploadRemoteFileBody": ".upload_remote_file_body",
    "UploadRemoteFileResponse201": ".upload_remote_file_response_201",
    "UploadRemoteFileResponse400": ".upload_remote_file_response_400",
    "UploadRemoteFileResponse413": ".upload_remote_file_response_413",
    "UploadRemoteFileResponse500": ".upload_remote_file_response_500",
    "UploadResponse201": ".upload_response_201",
    "UsbTetheringSettings": ".usb_tethering_settings",
    "User": ".user",
    "UserCreate": ".user_create",
    "UserGroups": ".user_groups",
    "UserList": ".user_list",
    "UserProfile": ".user_profile",
    "UserProfileCreate": ".user_profile_create",
    "UserProfileCreateRole": ".user_profile_create_role",
    "UserProfileRole": ".user_profile_role",
    "UserUpdate": ".user_update",
    "UsersListResponse": ".users_list_response",
    "V0CommandArgs": ".v0_command_args",
    "V0CommandArgsAutoUpdateMode": ".v0_command_args_auto_update_mode",
    "V0CommandArgsCustomSettingsConfig": ".v0_command_args_custom_settings_config",
    "V0CommandArgsEthernetAuthMode": ".v0_command_args_ethernet_auth_mode",
    "V0CommandArgsWifiAccessPoints": ".v0_command_args_wifi_access_points",
    "V0CommandRequest": ".v0_command_request",
    "V0CommandRequestCommandType": ".v0_command_request_command_type",
    "V0CommandRequestStatus": ".v0_command_request_status",
    "V0CommandScheduleArgs": ".v0_command_schedule_args",
    "V0CommandScheduleArgsTimeTypeEnum": ".v0_command_schedule_args_time_type_enum",
    "V0CommandScheduleEnum": ".v0_command_schedule_enum",
    "V0CommandStatus": ".v0_command_status",
    "V0CommandStatus1": ".v0_command_status_1",
    "V0CommandStatus1Meta": ".v0_command_status_1_meta",
    "V0CommandStatus1MetaDevice": ".v0_command_status_1_meta_device",
    "V0CommandStatus1MetaDeviceManagedBy": ".v0_command_status_1_meta_device_managed_by",
    "V0CommandStatus1State": ".v0_command_status_1_state",
    "V0CommandStatusCommandArgs": ".v0_command_status_command_args",
    "V0CommandStatusIssuedBy": ".v0_command_status_issued_by",
    "V0CommandStatusState": ".v0_command_status_state",
    "V0DeviceCommandEnum": ".v0_device_command_enum",
    "VPPLicense": ".vpp_license",
    "VPPToken": ".vpp_token",
    "VPPTokenMeta": ".vpp_token_meta",
    "VariableSet": ".variable_set",
    "Wallpaper": ".wallpaper",
    "WallpaperOrientation": ".wallpaper_orientation",
    "WallpaperSettings": ".wallpaper_settings",
    "WallpaperSettingsHomescreen": ".wallpaper_settings_homescreen",
    "WallpaperSettingsHomescreenLandscape": ".wallpaper_settings_homescreen_landscape",
    "WallpaperSettingsHomescreenPortrait": ".wallpaper_settings_homescreen_portrait",
    "WallpaperSettingsLockscreen": ".wallpaper_settings_lockscreen",
    "WallpaperSettingsLockscreenPortrait": ".wallpaper_settings_lockscreen_portrait",
    "WebContentSettingIos": ".web_content_setting_ios",
    "Webclip": ".webclip",
    "WebclipCreateRequest": ".webclip_create_request",
    "WifiNetwork": ".wifi_network",
    "WifiNetworkIos": ".wifi_network_ios",
    "WifiNetworkWindows": ".wifi_network_windows",
    "WifiSettings": ".wifi_settings",
    "WifiSettingsWifiState": ".wifi_settings_wifi_state",
    "WindowsApp": ".windows_app",
    "WindowsAppAppType": ".windows_app_app_type",
    "WindowsAppState": ".windows_app_state",
    "WindowsBlueprintInfo": ".windows_blueprint_info",
    "WindowsBlueprintInfoBlueprintUpgradeStatus": ".windows_blueprint_info_blueprint_upgrade_status",
    "WindowsDevice": ".windows_device",
    "WindowsDeviceManagedBy": ".windows_device_managed_by",
    "WindowsDeviceOs": ".windows_device_os",
    "WindowsDevicePlatform": ".windows_device_platform",
    "WindowsDeviceV2": ".windows_device_v2",
    "WindowsDeviceV2BatteryStats": ".windows_device_v2_battery_stats",
    "WindowsDeviceV2CpuStats": ".windows_device_v2_cpu_stats",
    "WindowsDeviceV2HardwareInfo": ".windows_device_v2_hardware_info",
    "WindowsDeviceV2MemoryInfo": ".windows_device_v2_memory_info",
    "WindowsDeviceV2MemoryStats": ".windows_device_v2_memory_stats",
    "WindowsDeviceV2NetworkInfo": ".windows_device_v2_network_info",
    "WindowsDeviceV2NetworkStats": ".windows_device_v2_network_stats",
    "WindowsDeviceV2NetworkStatsWifiNetworkInfo": ".windows_device_v2_network_stats_wifi_network_info",
    "WindowsDeviceV2Os": ".windows_device_v2_os",
    "WindowsDeviceV2Platform": ".windows_device_v2_platform",
    "WindowsDeviceV2ProvisionedWith": ".windows_device_v2_provisioned_with",
    "WindowsDeviceV2SoftwareInfo": ".windows_device_v2_software_info",
    "WindowsDeviceV2SoftwareInfoEsperAgentInfo": ".windows_device_v2_software_info_esper_agent_info",
    "WindowsDeviceV2WindowsConfig": ".windows_device_v2_windows_config",
    "WindowsDeviceWindowsConfig": ".windows_device_windows_config",
    "WindowsKioskSettings": ".windows_kiosk_settings",
    "WindowsKioskWin32SingleAppConfig": ".windows_kiosk_win_32_single_app_config",
    "WindowsSettings": ".windows_settings",
    "WindowsWallpaperSettings": ".windows_wallpaper_settings",
    "WindowsWallpaperSettingsHomescreen": ".windows_wallpaper_settings_homescreen",
    "WindowsWallpaperSettingsHomescreenLandscape": ".windows_wallpaper_settings_homescreen_landscape",
    "WindowsWallpaperSettingsLockscreen": ".windows_wallpaper_settings_lockscreen",
    "WindowsWallpaperSettingsLockscreenLandscape": ".windows_wallpaper_settings_lockscreen_landscape",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from .active_hours_settings_windows import ActiveHoursSettingsWindows
    from .active_hours_settings_windows_active_hours_end import ActiveHoursSettingsWindowsActiveHoursEnd
    from .active_hours_settings_windows_active_hours_start import ActiveHoursSettingsWindowsActiveHoursStart
    from .adb_settings import AdbSettings
    from .add_operation_list_operations_response_200 import AddOperationListOperationsResponse200
    from .add_pipeline_target_list_response_200 import AddPipelineTargetListResponse200
    from .add_stage_operation_list_response_200 import AddStageOperationListResponse200
    from .add_stage_target_list_response_200 import AddStageTargetListResponse200
    from .add_subscription_body import AddSubscriptionBody
    from .add_target_list_device_groups_response_200 import AddTargetListDeviceGroupsResponse200
    from .add_tile_icon_body import AddTileIconBody
    from .add_tile_icon_body_category import AddTileIconBodyCategory
    from .add_wallpaper_body import AddWallpaperBody
    from .add_wallpaper_body_orientation import AddWallpaperBodyOrientation
    from .airwave_info import AirwaveInfo
    from .alarm_history import AlarmHistory
    from .alarm_rule import AlarmRule
    from .alarm_rule_alert_channels_item import AlarmRuleAlertChannelsItem
    from .alarm_rule_conditions import AlarmRuleConditions
    from .alarm_rule_create_replace_v1 import AlarmRuleCreateReplaceV1
    from .alarm_rule_create_replace_v1_conditions import AlarmRuleCreateReplaceV1Conditions
    from .alarm_rule_create_replace_v1_conditions_comparator import AlarmRuleCreateReplaceV1ConditionsComparator
    from .alarm_rule_create_replace_v1_conditions_unit import AlarmRuleCreateReplaceV1ConditionsUnit
    from .alarm_rule_devices_item import AlarmRuleDevicesItem
    from .alarm_rule_groups_item import AlarmRuleGroupsItem
    from .alert_channel_create_replace_v1 import AlertChannelCreateReplaceV1
    from .alert_channel_create_replace_v1_properties import AlertChannelCreateReplaceV1Properties
    from .alert_channels_v1 import AlertChannelsV1
    from .alert_channels_v1_linked_alerts_item import AlertChannelsV1LinkedAlertsItem
    from .alert_channels_v1_properties import AlertChannelsV1Properties
    from .android_command_request import AndroidCommandRequest
    from .android_device import AndroidDevice
    from .android_device_battery_stats import AndroidDeviceBatteryStats
    from .android_device_managed_by import AndroidDeviceManagedBy
    from .android_device_os import AndroidDeviceOs
    from .android_device_platform import AndroidDevicePlatform
    from .android_device_policy_type_0 import AndroidDevicePolicyType0
    from .android_device_v2 import AndroidDeviceV2
    from .android_device_v2_battery_stats import AndroidDeviceV2BatteryStats
    from .android_device_v2_managed_by import AndroidDeviceV2ManagedBy
    from .android_device_v2_os import AndroidDeviceV2Os
    from .android_device_v2_platform import AndroidDeviceV2Platform
    from .android_device_v2_policy_type_0 import AndroidDeviceV2PolicyType0
    from .android_device_v2_provisioned_with import AndroidDeviceV2ProvisionedWith
    from .android_settings_app_settings import AndroidSettingsAppSettings
    from .apns_cert_info import APNSCertInfo
    from .apns_cert_info_meta import APNSCertInfoMeta
    from .apns_cert_info_state import APNSCertInfoState
    from .apns_cert_put import APNSCertPUT
    from .app import App
    from .app_auto_update_mode import AppAutoUpdateMode
    from .app_icon import AppIcon
    from .app_icon_type import AppIconType
    from .app_info import AppInfo
    from .app_install import AppInstall
    from .app_install_application import AppInstallApplication
    from .app_install_state_enum import AppInstallStateEnum
    from .app_install_version import AppInstallVersion
    from .app_installation_rule import AppInstallationRule
    from .app_layout_setting import AppLayoutSetting
    from .app_layout_setting_app_icon_size import AppLayoutSettingAppIconSize
    from .app_layout_setting_app_name_size import AppLayoutSettingAppNameSize
    from .app_layout_setting_brand_logo_position import AppLayoutSettingBrandLogoPosition
    from .app_layout_setting_device_alias_size import AppLayoutSettingDeviceAliasSize
    from .app_layout_setting_device_name_and_id_display_policy import AppLayoutSettingDeviceNameAndIdDisplayPolicy
    from .app_layout_setting_device_name_position import AppLayoutSettingDeviceNamePosition
    from .app_layout_setting_device_name_size import AppLayoutSettingDeviceNameSize
    from .app_managed_config import AppManagedConfig
    from .app_order_setting import AppOrderSetting
    from .app_permission import AppPermission
    from .app_permission_grant_state import AppPermissionGrantState
    from .app_permission_policy_settings import AppPermissionPolicySettings
    from .app_permission_policy_settings_permission_policy import AppPermissionPolicySettingsPermissionPolicy
    from .app_state import AppState
    from .app_type import AppType
    from .app_uninstall_settings import AppUninstallSettings
    from .app_uninstall_settings_ios import AppUninstallSettingsIos
    from .app_upload_request_body import AppUploadRequestBody
    from .app_upload_request_body_platform import AppUploadRequestBodyPlatform
    from .app_version import AppVersion
    from .app_version_approval_status import AppVersionApprovalStatus
    from .app_version_delete import AppVersionDelete
    from .app_version_delete_templates_item import AppVersionDeleteTemplatesItem
    from .app_version_release_track import AppVersionReleaseTrack
    from .app_version_v1 import AppVersionV1
    from .app_version_v1_approval_status import AppVersionV1ApprovalStatus
    from .apple_app_store_app import AppleAppStoreApp
    from .apple_device import AppleDevice
    from .apple_device_dep_profile_status import AppleDeviceDepProfileStatus
    from .apple_device_device_source import AppleDeviceDeviceSource
    from .apple_device_enrolment_info import AppleDeviceEnrolmentInfo
    from .apple_device_managed_by import AppleDeviceManagedBy
    from .apple_device_os import AppleDeviceOs
    from .apple_device_platform import AppleDevicePlatform
    from .apple_device_tokens import AppleDeviceTokens
    from .apple_device_v2 import AppleDeviceV2
    from .apple_device_v2_battery_stats import AppleDeviceV2BatteryStats
    from .apple_device_v2_dep_profile_status import AppleDeviceV2DepProfileStatus
    from .apple_device_v2_device_source import AppleDeviceV2DeviceSource
    from .apple_device_v2_enrolment_info import AppleDeviceV2EnrolmentInfo
    from .apple_device_v2_managed_by import AppleDeviceV2ManagedBy
    from .apple_device_v2_memory_stats import AppleDeviceV2MemoryStats
    from .apple_device_v2_os import AppleDeviceV2Os
    from .apple_device_v2_platform import AppleDeviceV2Platform
    from .apple_device_v2_provisioned_with import AppleDeviceV2ProvisionedWith
    from .apple_device_v2_tokens import AppleDeviceV2Tokens
    from .application import Application
    from .application_section import ApplicationSection
    from .application_section_app_mode import ApplicationSectionAppMode
    from .application_section_apps_item import ApplicationSectionAppsItem
    from .application_section_apps_item_installation_rule import ApplicationSectionAppsItemInstallationRule
    from .application_section_apps_item_managed_config import ApplicationSectionAppsItemManagedConfig
    from .application_section_apps_item_state import ApplicationSectionAppsItemState
    from .application_section_permission_policy import ApplicationSectionPermissionPolicy
    from .application_section_preload_apps_item import ApplicationSectionPreloadAppsItem
    from .application_section_preload_apps_item_state import ApplicationSectionPreloadAppsItemState
    from .application_section_section_type import ApplicationSectionSectionType
    from .application_v1 import ApplicationV1
    from .application_version import ApplicationVersion
    from .application_version_v1 import ApplicationVersionV1
    from .apply_policy import ApplyPolicy
    from .apply_tile_icon import ApplyTileIcon
    from .apply_tile_icon_apply_mode import ApplyTileIconApplyMode
    from .apps_management_app_version_artifact_metadata import AppsManagementAppVersionArtifactMetadata
    from .apps_management_artifact_mutation_response import AppsManagementArtifactMutationResponse
    from .apps_management_artifact_mutation_response_artifact_type import (
        AppsManagementArtifactMutationResponseArtifactType,
    )
    from .apps_management_error_400_bad_data import AppsManagementError400BadData
    from .apps_management_error_400_bad_data_content import AppsManagementError400BadDataContent
    from .apps_management_error_401_unauthorized import AppsManagementError401Unauthorized
    from .apps_management_error_401_unauthorized_content import AppsManagementError401UnauthorizedContent
    from .apps_management_error_404_not_found import AppsManagementError404NotFound
    from .apps_management_error_404_not_found_content import AppsManagementError404NotFoundContent
    from .apps_management_error_500_internal_server_error import AppsManagementError500InternalServerError
    from .apps_management_error_500_internal_server_error_content import (
        AppsManagementError500InternalServerErrorContent,
    )
    from .apps_management_itunes_app_info_v2 import AppsManagementItunesAppInfoV2
    from .apps_management_oem_config_schema import AppsManagementOEMConfigSchema
    from .apps_management_oem_config_schema_oem_type import AppsManagementOEMConfigSchemaOemType
    from .apps_management_oem_config_schema_schema_json import AppsManagementOEMConfigSchemaSchemaJson
    from .apps_management_oem_config_schema_schema_metadata import AppsManagementOEMConfigSchemaSchemaMetadata
    from .apps_management_oem_config_schema_status import AppsManagementOEMConfigSchemaStatus
    from .authentication_token import AuthenticationToken
    from .auto_install_constraint import AutoInstallConstraint
    from .auto_install_policy import AutoInstallPolicy
    from .auto_update_settings_windows import AutoUpdateSettingsWindows
    from .auto_update_settings_windows_auto_update_type import AutoUpdateSettingsWindowsAutoUpdateType
    from .begin_google_emm_enrollment_request import BeginGoogleEMMEnrollmentRequest
    from .begin_google_emm_enrollment_response import BeginGoogleEMMEnrollmentResponse
    from .blueprint import Blueprint
    from .blueprint_create import BlueprintCreate
    from .blueprint_info import BlueprintInfo
    from .blueprint_info_blueprint_upgrade_status import BlueprintInfoBlueprintUpgradeStatus
    from .blueprint_revision import BlueprintRevision
    from .blueprint_revision_type import BlueprintRevisionType
    from .blueprint_v2 import BlueprintV2
    from .blueprint_v2_put import BlueprintV2Put
    from .blueprints_background_script_create import BlueprintsBackgroundScriptCreate
    from .blueprints_background_script_detail_read import BlueprintsBackgroundScriptDetailRead
    from .blueprints_background_script_read import BlueprintsBackgroundScriptRead
    from .blueprints_info import BlueprintsInfo
    from .bluetooth_settings import BluetoothSettings
    from .bluetooth_settings_bluetooth_state import BluetoothSettingsBluetoothState
    from .bluetooth_settings_ios import BluetoothSettingsIos
    from .brightness_settings import BrightnessSettings
    from .build_v1 import BuildV1
    from .build_v1_build_job_params import BuildV1BuildJobParams
    from .build_v1_build_state import BuildV1BuildState
    from .build_v1_build_update_metadata import BuildV1BuildUpdateMetadata
    from .build_v1_prebuilt_app_info import BuildV1PrebuiltAppInfo
    from .build_v1_release_notes import BuildV1ReleaseNotes
    from .bulk_add_target_list_targets_body_type_1_item import BulkAddTargetListTargetsBodyType1Item
    from .bulk_add_target_list_targets_body_type_1_item_args import BulkAddTargetListTargetsBodyType1ItemArgs
    from .bulk_add_target_list_targets_body_type_1_item_device_meta import (
        BulkAddTargetListTargetsBodyType1ItemDeviceMeta,
    )
    from .bulk_add_target_list_targets_response_200 import BulkAddTargetListTargetsResponse200
    from .bulk_add_target_list_targets_response_200_content import BulkAddTargetListTargetsResponse200Content
    from .bulk_add_target_list_targets_response_200_content_errors_item import (
        BulkAddTargetListTargetsResponse200ContentErrorsItem,
    )
    from .camera_settings import CameraSettings
    from .camera_settings_ios import CameraSettingsIos
    from .command_args import CommandArgs
    from .command_args_custom_settings_config import CommandArgsCustomSettingsConfig
    from .command_args_ethernet_auth_mode import CommandArgsEthernetAuthMode
    from .command_args_wifi_access_points import CommandArgsWifiAccessPoints
    from .command_inbox import CommandInbox
    from .command_inbox_command_args import CommandInboxCommandArgs
    from .command_inbox_device_meta import CommandInboxDeviceMeta
    from .command_inbox_state import CommandInboxState
    from .command_request import CommandRequest
    from .command_request_command_type import CommandRequestCommandType
    from .command_request_device_type import CommandRequestDeviceType
    from .command_request_post import CommandRequestPOST
    from .command_request_post_command_type import CommandRequestPOSTCommandType
    from .command_request_post_device_type import CommandRequestPOSTDeviceType
    from .command_request_put import CommandRequestPUT
    from .command_request_put_request_status import CommandRequestPUTRequestStatus
    from .command_request_stats import CommandRequestStats
    from .command_request_stats_status_item import CommandRequestStatsStatusItem
    from .command_request_stats_status_item_state import CommandRequestStatsStatusItemState
    from .command_response import CommandResponse
    from .command_response_args import CommandResponseArgs
    from .command_schedule_args import CommandScheduleArgs
    from .command_schedule_args_time_type_enum import CommandScheduleArgsTimeTypeEnum
    from .command_schedule_enum import CommandScheduleEnum
    from .command_status import CommandStatus
    from .command_status_put import CommandStatusPUT
    from .command_status_put_state import CommandStatusPUTState
    from .command_status_state import CommandStatusState
    from .connectivity_section import ConnectivitySection
    from .connectivity_section_ethernet_settings import ConnectivitySectionEthernetSettings
    from .connectivity_section_ethernet_settings_ethernet_auth_mode import (
        ConnectivitySectionEthernetSettingsEthernetAuthMode,
    )
    from .connectivity_section_incoming_numbers_with_tags_item import ConnectivitySectionIncomingNumbersWithTagsItem
    from .connectivity_section_outgoing_numbers_with_tags_item import ConnectivitySectionOutgoingNumbersWithTagsItem
    from .connectivity_section_section_type import ConnectivitySectionSectionType
    from .connectivity_section_wifi_settings_item import ConnectivitySectionWifiSettingsItem
    from .connectivity_section_wifi_settings_item_wifi_eap_method import (
        ConnectivitySectionWifiSettingsItemWifiEapMethod,
    )
    from .connectivity_section_wifi_settings_item_wifi_phase_2_auth import (
        ConnectivitySectionWifiSettingsItemWifiPhase2Auth,
    )
    from .connectivity_section_wifi_settings_item_wifi_security_type import (
        ConnectivitySectionWifiSettingsItemWifiSecurityType,
    )
    from .content import Content
    from .content_owner import ContentOwner
    from .content_section import ContentSection
    from .content_section_files_item import ContentSectionFilesItem
    from .content_section_section_type import ContentSectionSectionType
    from .converge import Converge
    from .converge_command import ConvergeCommand
    from .converge_command_command_state import ConvergeCommandCommandState
    from .converge_post import ConvergePOST
    from .converge_post_schedule_args import ConvergePOSTScheduleArgs
    from .converge_schedule_args import ConvergeScheduleArgs
    from .converge_status import ConvergeStatus
    from .create_authn_2_personal_access_token_body import CreateAuthn2PersonalAccessTokenBody
    from .create_background_scripts_response_201 import CreateBackgroundScriptsResponse201
    from .create_background_scripts_response_201_code import CreateBackgroundScriptsResponse201Code
    from .create_background_scripts_response_400 import CreateBackgroundScriptsResponse400
    from .create_background_scripts_response_400_code import CreateBackgroundScriptsResponse400Code
    from .create_background_scripts_response_400_errors_item import CreateBackgroundScriptsResponse400ErrorsItem
    from .create_background_scripts_response_409 import CreateBackgroundScriptsResponse409
    from .create_background_scripts_response_409_code import CreateBackgroundScriptsResponse409Code
    from .create_blueprints_response_201 import CreateBlueprintsResponse201
    from .create_blueprints_response_201_code import CreateBlueprintsResponse201Code
    from .create_blueprints_response_400 import CreateBlueprintsResponse400
    from .create_blueprints_response_400_code import CreateBlueprintsResponse400Code
    from .create_command_request_response_201 import CreateCommandRequestResponse201
    from .create_converge_response_201 import CreateConvergeResponse201
    from .create_custom_actions_response_201 import CreateCustomActionsResponse201
    from .create_custom_actions_response_201_code import CreateCustomActionsResponse201Code
    from .create_custom_actions_response_400 import CreateCustomActionsResponse400
    from .create_custom_actions_response_400_code import CreateCustomActionsResponse400Code
    from .create_custom_actions_response_400_errors_item import CreateCustomActionsResponse400ErrorsItem
    from .create_custom_actions_response_409 import CreateCustomActionsResponse409
    from .create_custom_actions_response_409_code import CreateCustomActionsResponse409Code
    from .create_custom_actions_response_500 import CreateCustomActionsResponse500
    from .create_custom_actions_response_500_code import CreateCustomActionsResponse500Code
    from .create_dep_profile_response_200 import CreateDepProfileResponse200
    from .create_dep_sync_request_body import CreateDepSyncRequestBody
    from .create_dep_sync_request_response_200 import CreateDepSyncRequestResponse200
    from .create_devices_google_accounts_response_200 import CreateDevicesGoogleAccountsResponse200
    from .create_emm_accounts_response_201 import CreateEmmAccountsResponse201
    from .create_emm_details_response_201 import CreateEmmDetailsResponse201
    from .create_emm_enrollment_begin_response_201 import CreateEmmEnrollmentBeginResponse201
    from .create_emm_enrollment_complete_body import CreateEmmEnrollmentCompleteBody
    from .create_emm_enrollment_complete_response_201 import CreateEmmEnrollmentCompleteResponse201
    from .create_emm_web_token_response_200 import CreateEmmWebTokenResponse200
    from .create_itunesapps_refresh_version_response_200 import CreateItunesappsRefreshVersionResponse200
    from .create_operation_response_201 import CreateOperationResponse201
    from .create_pipeline_response_200 import CreatePipelineResponse200
    from .create_pipeline_run_response_200 import CreatePipelineRunResponse200
    from .create_pipeline_stage_response_200 import CreatePipelineStageResponse200
    from .create_pipeline_stage_target_runs_response_200 import CreatePipelineStageTargetRunsResponse200
    from .create_preferred_regions_response_200 import CreatePreferredRegionsResponse200
    from .create_provisioning_profiles_response_200 import CreateProvisioningProfilesResponse200
    from .create_report_response import CreateReportResponse
    from .create_report_response_content import CreateReportResponseContent
    from .create_report_response_content_status import CreateReportResponseContentStatus
    from .create_role import CreateRole
    from .create_seamless_upload_body import CreateSeamlessUploadBody
    from .create_seamless_upload_body_platform import CreateSeamlessUploadBodyPlatform
    from .create_target_list_targets_response_200 import CreateTargetListTargetsResponse200
    from .create_target_run_command_response_200 import CreateTargetRunCommandResponse200
    from .create_tenant_apps_response_200 import CreateTenantAppsResponse200
    from .create_tenant_apps_versions_artifacts_body import CreateTenantAppsVersionsArtifactsBody
    from .create_tenant_apps_versions_artifacts_body_artifact_type import (
        CreateTenantAppsVersionsArtifactsBodyArtifactType,
    )
    from .create_tenant_apps_versions_artifacts_response_200 import CreateTenantAppsVersionsArtifactsResponse200
    from .create_tenant_vpptokens_body import CreateTenantVpptokensBody
    from .create_tenant_vpptokens_response_201 import CreateTenantVpptokensResponse201
    from .create_web_token_request import CreateWebTokenRequest
    from .create_web_token_response import CreateWebTokenResponse
    from .create_webclips_response_200 import CreateWebclipsResponse200
    from .cursor_paginated_device_list import CursorPaginatedDeviceList
    from .custom_action_base import CustomActionBase
    from .custom_action_base_position_in_blueprints import CustomActionBasePositionInBlueprints
    from .custom_action_base_position_in_device_settings import CustomActionBasePositionInDeviceSettings
    from .custom_action_base_properties import CustomActionBaseProperties
    from .custom_action_base_state import CustomActionBaseState
    from .custom_action_base_type import CustomActionBaseType
    from .custom_action_create import CustomActionCreate
    from .custom_action_linux import CustomActionLinux
    from .custom_action_read import CustomActionRead
    from .custom_action_update import CustomActionUpdate
    from .custom_action_update_position_in_blueprints import CustomActionUpdatePositionInBlueprints
    from .custom_action_update_position_in_device_settings import CustomActionUpdatePositionInDeviceSettings
    from .custom_action_update_properties import CustomActionUpdateProperties
    from .custom_action_update_state import CustomActionUpdateState
    from .custom_action_update_type import CustomActionUpdateType
    from .custom_actions_multiple_linux import CustomActionsMultipleLinux
    from .custom_connection_config_response import CustomConnectionConfigResponse
    from .custom_connection_list import CustomConnectionList
    from .custom_connection_list_strategy import CustomConnectionListStrategy
    from .custom_connection_request import CustomConnectionRequest
    from .custom_connection_request_strategy import CustomConnectionRequestStrategy
    from .custom_connection_response import CustomConnectionResponse
    from .custom_connection_response_strategy import CustomConnectionResponseStrategy
    from .custom_connections_list_response import CustomConnectionsListResponse
    from .custom_device_level_profile_settings_ios import CustomDeviceLevelProfileSettingsIos
    from .custom_shell_scripts_multiple import CustomShellScriptsMultiple
    from .custom_shell_scripts_multiple_windows import CustomShellScriptsMultipleWindows
    from .customized_device_level_json_settings import CustomizedDeviceLevelJsonSettings
    from .customized_device_level_json_settings_customized_json import CustomizedDeviceLevelJsonSettingsCustomizedJson
    from .date_time_section import DateTimeSection
    from .date_time_section_section_type import DateTimeSectionSectionType
    from .defer_os_updates import DeferOsUpdates
    from .defer_os_updates_windows import DeferOsUpdatesWindows
    from .defer_os_updates_windows_feature_updates import DeferOsUpdatesWindowsFeatureUpdates
    from .defer_os_updates_windows_quality_updates import DeferOsUpdatesWindowsQualityUpdates
    from .delete_ap_ns_cert_response_200 import DeleteApNsCertResponse200
    from .delete_ap_ns_cert_response_200_content import DeleteApNsCertResponse200Content
    from .delete_blueprints_response_404 import DeleteBlueprintsResponse404
    from .delete_blueprints_response_404_code import DeleteBlueprintsResponse404Code
    from .delete_blueprints_response_404_content import DeleteBlueprintsResponse404Content
    from .delete_custom_actions_response_200 import DeleteCustomActionsResponse200
    from .delete_custom_actions_response_200_code import DeleteCustomActionsResponse200Code
    from .delete_custom_actions_response_400 import DeleteCustomActionsResponse400
    from .delete_custom_actions_response_400_code import DeleteCustomActionsResponse400Code
    from .delete_custom_actions_response_404 import DeleteCustomActionsResponse404
    from .delete_custom_actions_response_404_code import DeleteCustomActionsResponse404Code
    from .delete_custom_actions_response_500 import DeleteCustomActionsResponse500
    from .delete_custom_actions_response_500_code import DeleteCustomActionsResponse500Code
    from .delete_device_request_response_200 import DeleteDeviceRequestResponse200
    from .delete_devices_google_accounts_response_200 import DeleteDevicesGoogleAccountsResponse200
    from .delete_operation_list_operation_response_200 import DeleteOperationListOperationResponse200
    from .delete_pipeline_response_200 import DeletePipelineResponse200
    from .delete_pipeline_run_response_200 import DeletePipelineRunResponse200
    from .delete_pipeline_stage_response_200 import DeletePipelineStageResponse200
    from .delete_pipeline_target_list_response_200 import DeletePipelineTargetListResponse200
    from .delete_provisioning_profiles_versions_response_200 import DeleteProvisioningProfilesVersionsResponse200
    from .delete_stage_operation_list_response_200 import DeleteStageOperationListResponse200
    from .delete_stage_target_list_response_200 import DeleteStageTargetListResponse200
    from .delete_target_list_device_group_response_200 import DeleteTargetListDeviceGroupResponse200
    from .delete_target_list_device_group_response_200_content import DeleteTargetListDeviceGroupResponse200Content
    from .delete_target_list_target_response_200 import DeleteTargetListTargetResponse200
    from .delete_tenant_apps_versions_artifacts_response_200 import DeleteTenantAppsVersionsArtifactsResponse200
    from .delete_tenant_apps_versions_response_200 import DeleteTenantAppsVersionsResponse200
    from .delete_webclips_response_200 import DeleteWebclipsResponse200
    from .dep_sync_device_status import DEPSyncDeviceStatus
    from .dep_sync_request import DEPSyncRequest
    from .dep_sync_request_for_get_response import DEPSyncRequestForGetResponse
    from .dep_sync_request_for_get_response_devices import DEPSyncRequestForGetResponseDevices
    from .dep_sync_request_for_get_response_status import DEPSyncRequestForGetResponseStatus
    from .dep_sync_request_status import DEPSyncRequestStatus
    from .dep_token_based_on_id_response_200 import DepTokenBasedOnIdResponse200
    from .dep_token_based_on_id_response_200_content import DepTokenBasedOnIdResponse200Content
    from .dep_token_get import DEPTokenGET
    from .dep_token_get_meta import DEPTokenGETMeta
    from .dep_token_get_state import DEPTokenGETState
    from .dep_token_post import DEPTokenPOST
    from .dep_token_upload_body import DepTokenUploadBody
    from .dep_token_upload_response_200 import DepTokenUploadResponse200
    from .dep_token_upload_response_200_content import DepTokenUploadResponse200Content
    from .device import Device
    from .device_app import DeviceApp
    from .device_apps_filter import DeviceAppsFilter
    from .device_apps_filter_app_state_type_0_item import DeviceAppsFilterAppStateType0Item
    from .device_apps_filter_device_os_type_0_item import DeviceAppsFilterDeviceOsType0Item
    from .device_apps_filter_platform_type_0_item import DeviceAppsFilterPlatformType0Item
    from .device_apps_response import DeviceAppsResponse
    from .device_apps_response_app_type import DeviceAppsResponseAppType
    from .device_command_enum import DeviceCommandEnum
    from .device_error_400_bad_data import DeviceError400BadData
    from .device_error_400_bad_data_content import DeviceError400BadDataContent
    from .device_error_401_unauthorized import DeviceError401Unauthorized
    from .device_error_401_unauthorized_content import DeviceError401UnauthorizedContent
    from .device_error_500_internal_server_error import DeviceError500InternalServerError
    from .device_error_500_internal_server_error_content import DeviceError500InternalServerErrorContent
    from .device_filter import DeviceFilter
    from .device_filter_platform_type_0_item import DeviceFilterPlatformType0Item
    from .device_group import DeviceGroup
    from .device_group_partial_update import DeviceGroupPartialUpdate
    from .device_group_update import DeviceGroupUpdate
    from .device_info import DeviceInfo
    from .device_info_audio_constraints import DeviceInfoAudioConstraints
    from .device_info_displays import DeviceInfoDisplays
    from .device_info_hardware_info import DeviceInfoHardwareInfo
    from .device_info_memory_info import DeviceInfoMemoryInfo
    from .device_info_network_info import DeviceInfoNetworkInfo
    from .device_info_software_info import DeviceInfoSoftwareInfo
    from .device_last_seen import DeviceLastSeen
    from .device_locations import DeviceLocations
    from .device_mode_settings import DeviceModeSettings
    from .device_mode_settings_device_mode import DeviceModeSettingsDeviceMode
    from .device_model_put_request_v1 import DeviceModelPUTRequestV1
    from .device_model_v1 import DeviceModelV1
    from .device_operation_activity import DeviceOperationActivity
    from .device_operation_with_stats import DeviceOperationWithStats
    from .device_settings import DeviceSettings
    from .device_settings_audio_settings import DeviceSettingsAudioSettings
    from .device_settings_gps_state import DeviceSettingsGpsState
    from .device_settings_rotation_state import DeviceSettingsRotationState
    from .device_state_enum import DeviceStateEnum
    from .device_state_enum_android import DeviceStateEnumAndroid
    from .device_state_enum_apple import DeviceStateEnumApple
    from .device_state_enum_linux import DeviceStateEnumLinux
    from .device_state_enum_windows import DeviceStateEnumWindows
    from .device_status import DeviceStatus
    from .device_sub_group import DeviceSubGroup
    from .device_tiles import DeviceTiles
    from .device_tiles_device import DeviceTilesDevice
    from .device_tiles_device_groups_item import DeviceTilesDeviceGroupsItem
    from .device_tiles_device_imeis import DeviceTilesDeviceImeis
    from .device_tiles_location_type_0 import DeviceTilesLocationType0
    from .device_tiles_network_info import DeviceTilesNetworkInfo
    from .device_tiles_network_info_faust import DeviceTilesNetworkInfoFaust
    from .devices_list_response import DevicesListResponse
    from .directory_record import DirectoryRecord
    from .directory_record_approval_status import DirectoryRecordApprovalStatus
    from .directory_record_create import DirectoryRecordCreate
    from .directory_record_online_status import DirectoryRecordOnlineStatus
    from .directory_record_update import DirectoryRecordUpdate
    from .display_branding_section import DisplayBrandingSection
    from .display_branding_section_rotation_state import DisplayBrandingSectionRotationState
    from .display_branding_section_section_type import DisplayBrandingSectionSectionType
    from .display_branding_section_wallpapers_item import DisplayBrandingSectionWallpapersItem
    from .display_branding_section_wallpapers_item_orientations_item import (
        DisplayBrandingSectionWallpapersItemOrientationsItem,
    )
    from .display_branding_section_wallpapers_item_screen_types_item import (
        DisplayBrandingSectionWallpapersItemScreenTypesItem,
    )
    from .drift_policy import DriftPolicy
    from .emm import EMM
    from .emm_device import EmmDevice
    from .enterprise_policy import EnterprisePolicy
    from .enterprise_policy_data import EnterprisePolicyData
    from .enterprise_policy_data_applications_item import EnterprisePolicyDataApplicationsItem
    from .enterprise_policy_data_device_password_policy import EnterprisePolicyDataDevicePasswordPolicy
    from .enterprise_policy_data_device_password_policy_password_quality import (
        EnterprisePolicyDataDevicePasswordPolicyPasswordQuality,
    )
    from .enterprise_policy_data_device_update_policy import EnterprisePolicyDataDeviceUpdatePolicy
    from .enterprise_policy_data_device_update_policy_password_quality import (
        EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality,
    )
    from .enterprise_policy_data_device_update_policy_type import EnterprisePolicyDataDeviceUpdatePolicyType
    from .enterprise_policy_data_frp_googles_item import EnterprisePolicyDataFrpGooglesItem
    from .enterprise_policy_data_frp_googles_item_type import EnterprisePolicyDataFrpGooglesItemType
    from .enterprise_policy_data_google_account_permission import EnterprisePolicyDataGoogleAccountPermission
    from .enterprise_policy_data_permission_policy import EnterprisePolicyDataPermissionPolicy
    from .enterprise_policy_data_phone_policy import EnterprisePolicyDataPhonePolicy
    from .enterprise_policy_data_phone_policy_dialer import EnterprisePolicyDataPhonePolicyDialer
    from .enterprise_policy_data_settings_access_level import EnterprisePolicyDataSettingsAccessLevel
    from .enterprise_policy_partial_update import EnterprisePolicyPartialUpdate
    from .enterprise_policy_write import EnterprisePolicyWrite
    from .enterprise_update_v1 import EnterpriseUpdateV1
    from .enterprise_v1 import EnterpriseV1
    from .enterprise_v1_emm_type_0 import EnterpriseV1EmmType0
    from .error_400_bad_data import Error400BadData
    from .error_400_bad_data_content import Error400BadDataContent
    from .error_401_unauthorized import Error401Unauthorized
    from .error_401_unauthorized_content import Error401UnauthorizedContent
    from .error_403_forbidden import Error403Forbidden
    from .error_403_forbidden_content import Error403ForbiddenContent
    from .error_404_not_found import Error404NotFound
    from .error_404_not_found_content import Error404NotFoundContent
    from .error_409_conflict import Error409Conflict
    from .error_409_conflict_content import Error409ConflictContent
    from .error_500_internal_server_error import Error500InternalServerError
    from .error_500_internal_server_error_content import Error500InternalServerErrorContent
    from .error_response import ErrorResponse
    from .esper_app_version_response import EsperAppVersionResponse
    from .esper_app_version_response_app_type import EsperAppVersionResponseAppType
    from .esper_device_heartbeat import EsperDeviceHeartbeat
    from .esper_device_heartbeat_status import EsperDeviceHeartbeatStatus
    from .esper_edgebox_settings import EsperEdgeboxSettings
    from .esper_settings_apps_settings import EsperSettingsAppsSettings
    from .esper_settings_apps_settings_settings import EsperSettingsAppsSettingsSettings
    from .esper_settings_apps_settings_settings_about import EsperSettingsAppsSettingsSettingsAbout
    from .esper_settings_apps_settings_settings_accessibility import EsperSettingsAppsSettingsSettingsAccessibility
    from .esper_settings_apps_settings_settings_accessibility_cc_deuteranomaly import (
        EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly,
    )
    from .esper_settings_apps_settings_settings_accessibility_cc_protanomaly import (
        EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly,
    )
    from .esper_settings_apps_settings_settings_accessibility_cc_tritanomaly import (
        EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly,
    )
    from .esper_settings_apps_settings_settings_accessibility_display_size import (
        EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize,
    )
    from .esper_settings_apps_settings_settings_accessibility_font_scale import (
        EsperSettingsAppsSettingsSettingsAccessibilityFontScale,
    )
    from .esper_settings_apps_settings_settings_accessibility_high_contrast_text import (
        EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText,
    )
    from .esper_settings_apps_settings_settings_accessibility_mono_audio import (
        EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio,
    )
    from .esper_settings_apps_settings_settings_accessibility_reset_to_default import (
        EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault,
    )
    from .esper_settings_apps_settings_settings_accessibility_talkback import (
        EsperSettingsAppsSettingsSettingsAccessibilityTalkback,
    )
    from .esper_settings_apps_settings_settings_accessibility_text_to_speech import (
        EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech,
    )
    from .esper_settings_apps_settings_settings_airplane_mode import EsperSettingsAppsSettingsSettingsAirplaneMode
    from .esper_settings_apps_settings_settings_auto_rotation import EsperSettingsAppsSettingsSettingsAutoRotation
    from .esper_settings_apps_settings_settings_bluetooth import EsperSettingsAppsSettingsSettingsBluetooth
    from .esper_settings_apps_settings_settings_clear_app_data import EsperSettingsAppsSettingsSettingsClearAppData
    from .esper_settings_apps_settings_settings_data_roaming import EsperSettingsAppsSettingsSettingsDataRoaming
    from .esper_settings_apps_settings_settings_display import EsperSettingsAppsSettingsSettingsDisplay
    from .esper_settings_apps_settings_settings_esper_branding import EsperSettingsAppsSettingsSettingsEsperBranding
    from .esper_settings_apps_settings_settings_factory_reset import EsperSettingsAppsSettingsSettingsFactoryReset
    from .esper_settings_apps_settings_settings_flashlight import EsperSettingsAppsSettingsSettingsFlashlight
    from .esper_settings_apps_settings_settings_input_selection import EsperSettingsAppsSettingsSettingsInputSelection
    from .esper_settings_apps_settings_settings_keyboard import EsperSettingsAppsSettingsSettingsKeyboard
    from .esper_settings_apps_settings_settings_kiosk_app_selection import (
        EsperSettingsAppsSettingsSettingsKioskAppSelection,
    )
    from .esper_settings_apps_settings_settings_language import EsperSettingsAppsSettingsSettingsLanguage
    from .esper_settings_apps_settings_settings_mobile_data import EsperSettingsAppsSettingsSettingsMobileData
    from .esper_settings_apps_settings_settings_reboot import EsperSettingsAppsSettingsSettingsReboot
    from .esper_settings_apps_settings_settings_sound import EsperSettingsAppsSettingsSettingsSound
    from .esper_settings_apps_settings_settings_storage import EsperSettingsAppsSettingsSettingsStorage
    from .esper_settings_apps_settings_settings_time_and_date import EsperSettingsAppsSettingsSettingsTimeAndDate
    from .esper_settings_apps_settings_settings_wifi import EsperSettingsAppsSettingsSettingsWifi
    from .esper_settings_apps_settings_settings_wifi_tethering import EsperSettingsAppsSettingsSettingsWifiTethering
    from .ethernet_settings import EthernetSettings
    from .ethernet_settings_auth_mode import EthernetSettingsAuthMode
    from .event_feed import EventFeed
    from .external_device_settings import ExternalDeviceSettings
    from .factory_reset_settings import FactoryResetSettings
    from .factory_reset_settings_ios import FactoryResetSettingsIos
    from .file import File
    from .file_transfer_settings import FileTransferSettings
    from .foundation_info import FoundationInfo
    from .foundry_build_put_request_v1 import FoundryBuildPUTRequestV1
    from .foundry_event_v1 import FoundryEventV1
    from .foundry_event_v1_actor import FoundryEventV1Actor
    from .foundry_event_v1_meta import FoundryEventV1Meta
    from .foundry_event_v1_resource import FoundryEventV1Resource
    from .generate_download_url_body import GenerateDownloadUrlBody
    from .generate_download_url_response_200 import GenerateDownloadUrlResponse200
    from .generate_download_url_response_400 import GenerateDownloadUrlResponse400
    from .generate_download_url_response_500 import GenerateDownloadUrlResponse500
    from .generic_error_response import GenericErrorResponse
    from .geofence import Geofence
    from .geofence_blueprint_usage_item import GeofenceBlueprintUsageItem
    from .geofence_circle_geometry import GeofenceCircleGeometry
    from .geofence_circle_geometry_coordinates_item import GeofenceCircleGeometryCoordinatesItem
    from .geofence_circle_geometry_type import GeofenceCircleGeometryType
    from .geofence_create import GeofenceCreate
    from .geofence_create_device_actions_item import GeofenceCreateDeviceActionsItem
    from .geofence_create_geofence_response_201 import GeofenceCreateGeofenceResponse201
    from .geofence_create_radius_unit import GeofenceCreateRadiusUnit
    from .geofence_device_actions_item import GeofenceDeviceActionsItem
    from .geofence_device_listing_item import GeofenceDeviceListingItem
    from .geofence_device_summary_response import GeofenceDeviceSummaryResponse
    from .geofence_error_response import GeofenceErrorResponse
    from .geofence_error_response_2 import GeofenceErrorResponse2
    from .geofence_error_response_2_content import GeofenceErrorResponse2Content
    from .geofence_geofence_list_response import GeofenceGeofenceListResponse
    from .geofence_geofence_request import GeofenceGeofenceRequest
    from .geofence_geofence_request_actions_item import GeofenceGeofenceRequestActionsItem
    from .geofence_geofence_response import GeofenceGeofenceResponse
    from .geofence_geofence_response_actions_item import GeofenceGeofenceResponseActionsItem
    from .geofence_get_blueprint_usage_response_200 import GeofenceGetBlueprintUsageResponse200
    from .geofence_get_blueprint_usage_response_200_content import GeofenceGetBlueprintUsageResponse200Content
    from .geofence_get_device_summary_response_200 import GeofenceGetDeviceSummaryResponse200
    from .geofence_get_devices_response_200 import GeofenceGetDevicesResponse200
    from .geofence_get_devices_response_200_content import GeofenceGetDevicesResponse200Content
    from .geofence_list_geofences_response_200 import GeofenceListGeofencesResponse200
    from .geofence_list_geofences_response_200_content import GeofenceListGeofencesResponse200Content
    from .geofence_polygon_geometry import GeofencePolygonGeometry
    from .geofence_polygon_geometry_coordinates_item import GeofencePolygonGeometryCoordinatesItem
    from .geofence_polygon_geometry_type import GeofencePolygonGeometryType
    from .geofence_radius_unit import GeofenceRadiusUnit
    from .geofence_replace import GeofenceReplace
    from .geofence_replace_device_actions_item import GeofenceReplaceDeviceActionsItem
    from .geofence_replace_radius_unit import GeofenceReplaceRadiusUnit
    from .geofence_update import GeofenceUpdate
    from .geofence_update_device_actions_item import GeofenceUpdateDeviceActionsItem
    from .geofence_update_radius_unit import GeofenceUpdateRadiusUnit
    from .get_alarm_history_response_200 import GetAlarmHistoryResponse200
    from .get_alarm_rules_response_200 import GetAlarmRulesResponse200
    from .get_all_applications_response_200 import GetAllApplicationsResponse200
    from .get_all_applications_v1_response_200 import GetAllApplicationsV1Response200
    from .get_all_content_response_200 import GetAllContentResponse200
    from .get_all_devices_response_200 import GetAllDevicesResponse200
    from .get_all_geofences_response_200 import GetAllGeofencesResponse200
    from .get_all_groups_response_200 import GetAllGroupsResponse200
    from .get_all_pipeline_runs_ordering import GetAllPipelineRunsOrdering
    from .get_all_pipeline_runs_response_200 import GetAllPipelineRunsResponse200
    from .get_all_pipeline_runs_response_200_content import GetAllPipelineRunsResponse200Content
    from .get_all_pipeline_runs_status import GetAllPipelineRunsStatus
    from .get_all_sub_groups_response_200 import GetAllSubGroupsResponse200
    from .get_ap_ns_cert_response_200 import GetApNsCertResponse200
    from .get_ap_ns_csr_body import GetApNsCsrBody
    from .get_app_installs_response_200 import GetAppInstallsResponse200
    from .get_app_versions_approval_status import GetAppVersionsApprovalStatus
    from .get_app_versions_response_200 import GetAppVersionsResponse200
    from .get_app_versions_v1_approval_status import GetAppVersionsV1ApprovalStatus
    from .get_app_versions_v1_response_200 import GetAppVersionsV1Response200
    from .get_apps_vpp_response_200 import GetAppsVppResponse200
    from .get_background_scripts_response_200 import GetBackgroundScriptsResponse200
    from .get_background_scripts_response_200_code import GetBackgroundScriptsResponse200Code
    from .get_background_scripts_response_404 import GetBackgroundScriptsResponse404
    from .get_background_scripts_response_404_code import GetBackgroundScriptsResponse404Code
    from .get_blueprints_response_200 import GetBlueprintsResponse200
    from .get_blueprints_response_200_code import GetBlueprintsResponse200Code
    from .get_blueprints_response_404 import GetBlueprintsResponse404
    from .get_blueprints_response_404_code import GetBlueprintsResponse404Code
    from .get_blueprints_response_404_content import GetBlueprintsResponse404Content
    from .get_blueprints_versions_response_200 import GetBlueprintsVersionsResponse200
    from .get_blueprints_versions_response_200_code import GetBlueprintsVersionsResponse200Code
    from .get_blueprints_versions_response_404 import GetBlueprintsVersionsResponse404
    from .get_blueprints_versions_response_404_code import GetBlueprintsVersionsResponse404Code
    from .get_blueprints_versions_response_404_content import GetBlueprintsVersionsResponse404Content
    from .get_command_inbox_response_200 import GetCommandInboxResponse200
    from .get_command_request_response_200 import GetCommandRequestResponse200
    from .get_command_request_stats_response_200 import GetCommandRequestStatsResponse200
    from .get_command_request_status_response_200 import GetCommandRequestStatusResponse200
    from .get_command_request_statuses_response_200 import GetCommandRequestStatusesResponse200
    from .get_command_request_statuses_response_200_content import GetCommandRequestStatusesResponse200Content
    from .get_command_request_statuses_state import GetCommandRequestStatusesState
    from .get_command_status_response_200 import GetCommandStatusResponse200
    from .get_connections_response_200 import GetConnectionsResponse200
    from .get_converge_response_200 import GetConvergeResponse200
    from .get_custom_actions_response_200 import GetCustomActionsResponse200
    from .get_custom_actions_response_200_code import GetCustomActionsResponse200Code
    from .get_custom_actions_response_404 import GetCustomActionsResponse404
    from .get_custom_actions_response_404_code import GetCustomActionsResponse404Code
    from .get_dep_profile_list_response_200 import GetDepProfileListResponse200
    from .get_dep_profile_list_response_200_content import GetDepProfileListResponse200Content
    from .get_dep_sync_request_response_200 import GetDepSyncRequestResponse200
    from .get_device_apps_response_200 import GetDeviceAppsResponse200
    from .get_device_command_history_response_200 import GetDeviceCommandHistoryResponse200
    from .get_device_event_response_200 import GetDeviceEventResponse200
    from .get_device_group_devices_response_200 import GetDeviceGroupDevicesResponse200
    from .get_device_group_devices_response_200_content import GetDeviceGroupDevicesResponse200Content
    from .get_device_heartbeat_list_platform import GetDeviceHeartbeatListPlatform
    from .get_device_heartbeat_list_response_200 import GetDeviceHeartbeatListResponse200
    from .get_device_heartbeat_response_200 import GetDeviceHeartbeatResponse200
    from .get_device_locations_response_200 import GetDeviceLocationsResponse200
    from .get_device_operation_response_200 import GetDeviceOperationResponse200
    from .get_device_operations_ordering import GetDeviceOperationsOrdering
    from .get_device_operations_response_200 import GetDeviceOperationsResponse200
    from .get_device_operations_response_200_content import GetDeviceOperationsResponse200Content
    from .get_device_request_response_200 import GetDeviceRequestResponse200
    from .get_device_tile_reports_response_200 import GetDeviceTileReportsResponse200
    from .get_devices_response_200 import GetDevicesResponse200
    from .get_directory_records_response_200 import GetDirectoryRecordsResponse200
    from .get_emm_instances_response_200 import GetEmmInstancesResponse200
    from .get_enterprise_report_response_200 import GetEnterpriseReportResponse200
    from .get_esper_apps_versions_response_200 import GetEsperAppsVersionsResponse200
    from .get_event_feed_response_200 import GetEventFeedResponse200
    from .get_foundation_versions_list_response_200 import GetFoundationVersionsListResponse200
    from .get_foundation_versions_list_response_200_results_item import GetFoundationVersionsListResponse200ResultsItem
    from .get_foundry_builds_response_200 import GetFoundryBuildsResponse200
    from .get_foundry_builds_response_200_content import GetFoundryBuildsResponse200Content
    from .get_foundry_builds_v1_response_200 import GetFoundryBuildsV1Response200
    from .get_geofence_list_response_200 import GetGeofenceListResponse200
    from .get_google_apps_response_200 import GetGoogleAppsResponse200
    from .get_install_devices_response_200 import GetInstallDevicesResponse200
    from .get_install_devices_v1_response_200 import GetInstallDevicesV1Response200
    from .get_mdm_service_config_response_200 import GetMdmServiceConfigResponse200
    from .get_min_app_info_response_200 import GetMinAppInfoResponse200
    from .get_min_app_info_response_200_results_item import GetMinAppInfoResponse200ResultsItem
    from .get_oem_config_schema_oem_type import GetOemConfigSchemaOemType
    from .get_oem_config_schema_response_200 import GetOemConfigSchemaResponse200
    from .get_operation_list_operation_response_200 import GetOperationListOperationResponse200
    from .get_operation_list_operations_response_200 import GetOperationListOperationsResponse200
    from .get_operation_list_operations_response_200_content import GetOperationListOperationsResponse200Content
    from .get_operation_response_200 import GetOperationResponse200
    from .get_operations_list_ordering import GetOperationsListOrdering
    from .get_operations_list_response_200 import GetOperationsListResponse200
    from .get_operations_list_response_200_content import GetOperationsListResponse200Content
    from .get_pipeline_response_200 import GetPipelineResponse200
    from .get_pipeline_run_response_200 import GetPipelineRunResponse200
    from .get_pipeline_run_stage_run_response_200 import GetPipelineRunStageRunResponse200
    from .get_pipeline_run_stage_runs_response_200 import GetPipelineRunStageRunsResponse200
    from .get_pipeline_run_stage_runs_response_200_content import GetPipelineRunStageRunsResponse200Content
    from .get_pipeline_run_stage_runs_status import GetPipelineRunStageRunsStatus
    from .get_pipeline_runs_ordering import GetPipelineRunsOrdering
    from .get_pipeline_runs_response_200 import GetPipelineRunsResponse200
    from .get_pipeline_runs_response_200_content import GetPipelineRunsResponse200Content
    from .get_pipeline_runs_status import GetPipelineRunsStatus
    from .get_pipeline_stage_response_200 import GetPipelineStageResponse200
    from .get_pipeline_stage_run_operation_response_200 import GetPipelineStageRunOperationResponse200
    from .get_pipeline_stage_run_operations_response_200 import GetPipelineStageRunOperationsResponse200
    from .get_pipeline_stage_run_operations_response_200_content import GetPipelineStageRunOperationsResponse200Content
    from .get_pipeline_stage_target_run_response_200 import GetPipelineStageTargetRunResponse200
    from .get_pipeline_stage_target_runs_ordering import GetPipelineStageTargetRunsOrdering
    from .get_pipeline_stage_target_runs_response_200 import GetPipelineStageTargetRunsResponse200
    from .get_pipeline_stage_target_runs_response_200_content import GetPipelineStageTargetRunsResponse200Content
    from .get_pipeline_stage_target_runs_status import GetPipelineStageTargetRunsStatus
    from .get_pipeline_stages_response_200 import GetPipelineStagesResponse200
    from .get_pipeline_stages_response_200_content import GetPipelineStagesResponse200Content
    from .get_pipeline_target_list_response_200 import GetPipelineTargetListResponse200
    from .get_pipeline_target_lists_response_200 import GetPipelineTargetListsResponse200
    from .get_pipeline_target_lists_response_200_content import GetPipelineTargetListsResponse200Content
    from .get_pipelines_ordering import GetPipelinesOrdering
    from .get_pipelines_response_200 import GetPipelinesResponse200
    from .get_pipelines_response_200_content import GetPipelinesResponse200Content
    from .get_provisioning_profiles_response_200 import GetProvisioningProfilesResponse200
    from .get_provisioning_profiles_versions_response_200 import GetProvisioningProfilesVersionsResponse200
    from .get_report_info_response_200 import GetReportInfoResponse200
    from .get_report_response_download import GetReportResponseDownload
    from .get_report_response_download_content import GetReportResponseDownloadContent
    from .get_report_response_download_content_schema import GetReportResponseDownloadContentSchema
    from .get_report_response_download_content_schema_columns_item import (
        GetReportResponseDownloadContentSchemaColumnsItem,
    )
    from .get_report_response_download_content_status import GetReportResponseDownloadContentStatus
    from .get_report_response_preview import GetReportResponsePreview
    from .get_report_response_preview_content import GetReportResponsePreviewContent
    from .get_report_response_preview_content_schema import GetReportResponsePreviewContentSchema
    from .get_report_response_preview_content_schema_columns_item import (
        GetReportResponsePreviewContentSchemaColumnsItem,
    )
    from .get_report_response_preview_content_status import GetReportResponsePreviewContentStatus
    from .get_report_types_response import GetReportTypesResponse
    from .get_report_types_response_content import GetReportTypesResponseContent
    from .get_report_types_response_content_report_types_type_0_item import (
        GetReportTypesResponseContentReportTypesType0Item,
    )
    from .get_role_url_response_200 import GetRoleUrlResponse200
    from .get_scripts_response_200 import GetScriptsResponse200
    from .get_scripts_response_200_code import GetScriptsResponse200Code
    from .get_scripts_response_403 import GetScriptsResponse403
    from .get_scripts_response_403_code import GetScriptsResponse403Code
    from .get_scripts_response_404 import GetScriptsResponse404
    from .get_scripts_response_404_code import GetScriptsResponse404Code
    from .get_scripts_response_500 import GetScriptsResponse500
    from .get_scripts_response_500_code import GetScriptsResponse500Code
    from .get_stage_operation_lists_response_200 import GetStageOperationListsResponse200
    from .get_stage_operation_lists_response_200_content import GetStageOperationListsResponse200Content
    from .get_stage_target_lists_response_200 import GetStageTargetListsResponse200
    from .get_stage_target_lists_response_200_content import GetStageTargetListsResponse200Content
    from .get_stage_target_lists_type import GetStageTargetListsType
    from .get_subscription_reports_response_200 import GetSubscriptionReportsResponse200
    from .get_target_list_device_groups_response_200 import GetTargetListDeviceGroupsResponse200
    from .get_target_list_device_groups_response_200_content import GetTargetListDeviceGroupsResponse200Content
    from .get_target_list_target_response_200 import GetTargetListTargetResponse200
    from .get_target_list_targets_response_200 import GetTargetListTargetsResponse200
    from .get_target_list_targets_response_200_content import GetTargetListTargetsResponse200Content
    from .get_target_run_command_status_response_200 import GetTargetRunCommandStatusResponse200
    from .get_tenant_apps_response_200 import GetTenantAppsResponse200
    from .get_tenant_apps_versions_response_200 import GetTenantAppsVersionsResponse200
    from .get_tenant_user_invites_response_201 import GetTenantUserInvitesResponse201
    from .get_tile_icons_response_200 import GetTileIconsResponse200
    from .get_users_response_200 import GetUsersResponse200
    from .get_wallpapers_response_200 import GetWallpapersResponse200
    from .get_webclips_response_200 import GetWebclipsResponse200
    from .get_webtokens_response_200 import GetWebtokensResponse200
    from .google_account import GoogleAccount
    from .google_account_update_request_body import GoogleAccountUpdateRequestBody
    from .google_account_update_response_body import GoogleAccountUpdateResponseBody
    from .google_application import GoogleApplication
    from .google_application_app_action import GoogleApplicationAppAction
    from .google_device import GoogleDevice
    from .google_emm_device import GoogleEMMDevice
    from .google_emm_device_policy_request import GoogleEMMDevicePolicyRequest
    from .google_enterprise import GoogleEnterprise
    from .google_enterprise_details import GoogleEnterpriseDetails
    from .google_product import GoogleProduct
    from .google_product_install import GoogleProductInstall
    from .google_product_install_objects import GoogleProductInstallObjects
    from .google_service_account_details import GoogleServiceAccountDetails
    from .google_services_section import GoogleServicesSection
    from .google_services_section_frp_googles_item import GoogleServicesSectionFrpGooglesItem
    from .google_services_section_frp_googles_item_type import GoogleServicesSectionFrpGooglesItemType
    from .google_services_section_section_type import GoogleServicesSectionSectionType
    from .google_services_settings import GoogleServicesSettings
    from .google_services_settings_afw_account_settings import GoogleServicesSettingsAfwAccountSettings
    from .google_services_settings_factory_reset_protection_settings import (
        GoogleServicesSettingsFactoryResetProtectionSettings,
    )
    from .google_services_settings_google_assitant_settings import GoogleServicesSettingsGoogleAssitantSettings
    from .google_services_settings_personal_accounts_settings import GoogleServicesSettingsPersonalAccountsSettings
    from .google_services_settings_play_store_settings import GoogleServicesSettingsPlayStoreSettings
    from .google_web_token import GoogleWebToken
    from .google_web_token_update import GoogleWebTokenUpdate
    from .google_web_token_update_no_requirements import GoogleWebTokenUpdateNoRequirements
    from .group import Group
    from .group_thumbnail import GroupThumbnail
    from .hardware_info import HardwareInfo
    from .hardware_settings_section import HardwareSettingsSection
    from .hardware_settings_section_gps_state import HardwareSettingsSectionGpsState
    from .hardware_settings_section_section_type import HardwareSettingsSectionSectionType
    from .hide_preloaded_apps_settings_ios import HidePreloadedAppsSettingsIos
    from .incoming_numbers_settings import IncomingNumbersSettings
    from .install_devices import InstallDevices
    from .ios_app import IosApp
    from .ios_app_app_type import IosAppAppType
    from .ios_app_state import IosAppState
    from .ios_settings import IosSettings
    from .ios_wallpaper_settings import IosWallpaperSettings
    from .ios_wallpaper_settings_homescreen import IosWallpaperSettingsHomescreen
    from .ios_wallpaper_settings_homescreen_portrait import IosWallpaperSettingsHomescreenPortrait
    from .ios_wallpaper_settings_lockscreen import IosWallpaperSettingsLockscreen
    from .ios_wallpaper_settings_lockscreen_portrait import IosWallpaperSettingsLockscreenPortrait
    from .itunes_app_info_v2 import ItunesAppInfoV2
    from .kiosk_mode_settings import KioskModeSettings
    from .kiosk_mode_settings_app_type import KioskModeSettingsAppType
    from .language_settings import LanguageSettings
    from .launcher_settings import LauncherSettings
    from .launcher_settings_launcher import LauncherSettingsLauncher
    from .linux_blueprint_info import LinuxBlueprintInfo
    from .linux_blueprint_info_blueprint_upgrade_status import LinuxBlueprintInfoBlueprintUpgradeStatus
    from .linux_device import LinuxDevice
    from .linux_device_managed_by import LinuxDeviceManagedBy
    from .linux_device_os import LinuxDeviceOs
    from .linux_device_platform import LinuxDevicePlatform
    from .linux_device_v2 import LinuxDeviceV2
    from .linux_device_v2_battery_stats import LinuxDeviceV2BatteryStats
    from .linux_device_v2_cpu_stats import LinuxDeviceV2CpuStats
    from .linux_device_v2_hardware_info import LinuxDeviceV2HardwareInfo
    from .linux_device_v2_location_stats import LinuxDeviceV2LocationStats
    from .linux_device_v2_managed_by import LinuxDeviceV2ManagedBy
    from .linux_device_v2_memory_info import LinuxDeviceV2MemoryInfo
    from .linux_device_v2_memory_stats import LinuxDeviceV2MemoryStats
    from .linux_device_v2_network_info import LinuxDeviceV2NetworkInfo
    from .linux_device_v2_network_stats import LinuxDeviceV2NetworkStats
    from .linux_device_v2_network_stats_wifi_network_info import LinuxDeviceV2NetworkStatsWifiNetworkInfo
    from .linux_device_v2_os import LinuxDeviceV2Os
    from .linux_device_v2_platform import LinuxDeviceV2Platform
    from .linux_device_v2_provisioned_with import LinuxDeviceV2ProvisionedWith
    from .linux_device_v2_software_info import LinuxDeviceV2SoftwareInfo
    from .linux_device_v2_software_info_esper_agent_info import LinuxDeviceV2SoftwareInfoEsperAgentInfo
    from .linux_file import LinuxFile
    from .linux_settings import LinuxSettings
    from .list_alert_channels_response_200 import ListAlertChannelsResponse200
    from .list_ap_ns_certs_response_200 import ListApNsCertsResponse200
    from .list_ap_ns_certs_response_200_content import ListApNsCertsResponse200Content
    from .list_ap_ns_certs_state import ListApNsCertsState
    from .list_appleappstore_response_200 import ListAppleappstoreResponse200
    from .list_appleappstore_response_200_content import ListAppleappstoreResponse200Content
    from .list_apps_ordering import ListAppsOrdering
    from .list_apps_response_200 import ListAppsResponse200
    from .list_apps_response_200_content import ListAppsResponse200Content
    from .list_apps_vpp_response_200 import ListAppsVppResponse200
    from .list_apps_vpp_response_200_content import ListAppsVppResponse200Content
    from .list_background_scripts_response_200 import ListBackgroundScriptsResponse200
    from .list_background_scripts_response_200_content import ListBackgroundScriptsResponse200Content
    from .list_blueprint_response_200 import ListBlueprintResponse200
    from .list_blueprint_revisions_response_200 import ListBlueprintRevisionsResponse200
    from .list_blueprints_response_200 import ListBlueprintsResponse200
    from .list_blueprints_response_200_content import ListBlueprintsResponse200Content
    from .list_blueprints_versions_response_200 import ListBlueprintsVersionsResponse200
    from .list_blueprints_versions_response_200_content import ListBlueprintsVersionsResponse200Content
    from .list_command_request_response_200 import ListCommandRequestResponse200
    from .list_command_requests_response_200 import ListCommandRequestsResponse200
    from .list_command_requests_response_200_content import ListCommandRequestsResponse200Content
    from .list_command_requests_schedule import ListCommandRequestsSchedule
    from .list_converge_commands_response_200 import ListConvergeCommandsResponse200
    from .list_converge_commands_response_200_content import ListConvergeCommandsResponse200Content
    from .list_converges_response_200 import ListConvergesResponse200
    from .list_converges_response_200_content import ListConvergesResponse200Content
    from .list_custom_actions_response_200 import ListCustomActionsResponse200
    from .list_custom_actions_response_200_content import ListCustomActionsResponse200Content
    from .list_custom_actions_response_400 import ListCustomActionsResponse400
    from .list_custom_actions_response_400_code import ListCustomActionsResponse400Code
    from .list_dep_sync_request_response_200 import ListDepSyncRequestResponse200
    from .list_dep_sync_request_response_200_content import ListDepSyncRequestResponse200Content
    from .list_dep_tokens_response_200 import ListDepTokensResponse200
    from .list_dep_tokens_response_200_content import ListDepTokensResponse200Content
    from .list_dep_tokens_state import ListDepTokensState
    from .list_device_apps_response_200 import ListDeviceAppsResponse200
    from .list_device_apps_response_200_content import ListDeviceAppsResponse200Content
    from .list_device_apps_response_200_content_results_item import ListDeviceAppsResponse200ContentResultsItem
    from .list_devices_device_apps_app_type import ListDevicesDeviceAppsAppType
    from .list_devices_device_apps_response_200 import ListDevicesDeviceAppsResponse200
    from .list_devices_device_apps_response_200_content import ListDevicesDeviceAppsResponse200Content
    from .list_devices_google_accounts_response_200 import ListDevicesGoogleAccountsResponse200
    from .list_devices_google_accounts_response_200_content import ListDevicesGoogleAccountsResponse200Content
    from .list_devices_managed_by import ListDevicesManagedBy
    from .list_devices_operations_response_200 import ListDevicesOperationsResponse200
    from .list_devices_ordering import ListDevicesOrdering
    from .list_devices_os import ListDevicesOs
    from .list_devices_response_200 import ListDevicesResponse200
    from .list_emm_accounts_response_200 import ListEmmAccountsResponse200
    from .list_emm_accounts_response_200_content import ListEmmAccountsResponse200Content
    from .list_emm_details_response_200 import ListEmmDetailsResponse200
    from .list_emm_details_response_200_content import ListEmmDetailsResponse200Content
    from .list_enterprise_device_download_eventfeed_response_200 import ListEnterpriseDeviceDownloadEventfeedResponse200
    from .list_enterprise_group_download_eventfeed_response_200 import ListEnterpriseGroupDownloadEventfeedResponse200
    from .list_foundry_device_models_response_200 import ListFoundryDeviceModelsResponse200
    from .list_foundry_device_models_response_200_content import ListFoundryDeviceModelsResponse200Content
    from .list_foundry_events_response_200 import ListFoundryEventsResponse200
    from .list_foundry_events_response_200_content import ListFoundryEventsResponse200Content
    from .list_group_thumbnail_response_200 import ListGroupThumbnailResponse200
    from .list_itunesapps_response_200 import ListItunesappsResponse200
    from .list_itunesapps_response_200_content import ListItunesappsResponse200Content
    from .list_policies_response_200 import ListPoliciesResponse200
    from .list_preferred_regions_response_200 import ListPreferredRegionsResponse200
    from .list_products_response_200 import ListProductsResponse200
    from .list_provisioning_profiles_profile_type import ListProvisioningProfilesProfileType
    from .list_provisioning_profiles_response_200 import ListProvisioningProfilesResponse200
    from .list_provisioning_profiles_response_200_content import ListProvisioningProfilesResponse200Content
    from .list_provisioning_profiles_versions_response_200 import ListProvisioningProfilesVersionsResponse200
    from .list_provisioning_profiles_versions_response_200_content import (
        ListProvisioningProfilesVersionsResponse200Content,
    )
    from .list_rv_activity_feed_ordering import ListRvActivityFeedOrdering
    from .list_rv_activity_feed_response_200 import ListRvActivityFeedResponse200
    from .list_rv_activity_feed_response_200_content import ListRvActivityFeedResponse200Content
    from .list_rv_activity_feed_states import ListRvActivityFeedStates
    from .list_rv_activity_feed_video_qualities import ListRvActivityFeedVideoQualities
    from .list_tenant_apps_platform import ListTenantAppsPlatform
    from .list_tenant_apps_response_200 import ListTenantAppsResponse200
    from .list_tenant_apps_response_200_content import ListTenantAppsResponse200Content
    from .list_tenant_apps_versions_response_200 import ListTenantAppsVersionsResponse200
    from .list_tenant_apps_versions_response_200_content import ListTenantAppsVersionsResponse200Content
    from .list_tenant_esper_apps_architecture import ListTenantEsperAppsArchitecture
    from .list_tenant_esper_apps_ordering import ListTenantEsperAppsOrdering
    from .list_tenant_esper_apps_response_200 import ListTenantEsperAppsResponse200
    from .list_tenant_esper_apps_response_200_content import ListTenantEsperAppsResponse200Content
    from .list_tenant_vpptokens_response_200 import ListTenantVpptokensResponse200
    from .list_tenant_vpptokens_response_200_content import ListTenantVpptokensResponse200Content
    from .list_webclips_response_200 import ListWebclipsResponse200
    from .list_webclips_response_200_content import ListWebclipsResponse200Content
    from .local_app_install_settings import LocalAppInstallSettings
    from .local_app_install_settings_ios import LocalAppInstallSettingsIos
    from .location_settings import LocationSettings
    from .location_stats import LocationStats
    from .lock_screen_settings import LockScreenSettings
    from .lock_screen_settings_password_quality import LockScreenSettingsPasswordQuality
    from .mac_address_randomization_settings import MacAddressRandomizationSettings
    from .managed_configuration import ManagedConfiguration
    from .managed_configuration_configuration_variables import ManagedConfigurationConfigurationVariables
    from .memory_info import MemoryInfo
    from .memory_stats import MemoryStats
    from .network_info import NetworkInfo
    from .network_info_network_type import NetworkInfoNetworkType
    from .network_stats import NetworkStats
    from .network_stats_cellular_network_info import NetworkStatsCellularNetworkInfo
    from .network_stats_v2 import NetworkStatsV2
    from .network_stats_v2_cellular_network_info import NetworkStatsV2CellularNetworkInfo
    from .network_stats_v2_wifi_network_info import NetworkStatsV2WifiNetworkInfo
    from .network_stats_wifi_network_info import NetworkStatsWifiNetworkInfo
    from .nfc_settings import NfcSettings
    from .nfc_settings_ios import NfcSettingsIos
    from .notification_bar_settings import NotificationBarSettings
    from .offset_paginated_device_list import OffsetPaginatedDeviceList
    from .operation import Operation
    from .operation_activity_item import OperationActivityItem
    from .operation_activity_item_operation_state import OperationActivityItemOperationState
    from .operation_list import OperationList
    from .operation_list_post import OperationListPOST
    from .operation_post import OperationPOST
    from .operation_post_args import OperationPOSTArgs
    from .operation_post_operation_type import OperationPOSTOperationType
    from .operation_schedule_args_time_type_enum import OperationScheduleArgsTimeTypeEnum
    from .operation_stats import OperationStats
    from .operation_stats_device_operation_statuses_count import OperationStatsDeviceOperationStatusesCount
    from .operation_with_stats import OperationWithStats
    from .operation_with_stats_arguments import OperationWithStatsArguments
    from .operation_with_stats_operation import OperationWithStatsOperation
    from .operation_with_stats_operation_device_query import OperationWithStatsOperationDeviceQuery
    from .operation_with_stats_schedule_type import OperationWithStatsScheduleType
    from .operation_with_stats_state import OperationWithStatsState
    from .operations_post import OperationsPOST
    from .operations_post_arguments import OperationsPOSTArguments
    from .operations_post_operation_device_query import OperationsPOSTOperationDeviceQuery
    from .operations_post_operation_device_query_device_request import OperationsPOSTOperationDeviceQueryDeviceRequest
    from .operations_post_operation_type import OperationsPOSTOperationType
    from .operations_post_schedule_type import OperationsPOSTScheduleType
    from .options_request import OptionsRequest
    from .options_request_scripts import OptionsRequestScripts
    from .options_response import OptionsResponse
    from .options_response_scripts import OptionsResponseScripts
    from .outgoing_numbers_settings import OutgoingNumbersSettings
    from .patch_app_info_body import PatchAppInfoBody
    from .patch_app_version_body import PatchAppVersionBody
    from .patch_app_version_body_approval_status import PatchAppVersionBodyApprovalStatus
    from .patch_app_version_body_release_track import PatchAppVersionBodyReleaseTrack
    from .patch_app_version_v1_body import PatchAppVersionV1Body
    from .patch_app_version_v1_body_approval_status import PatchAppVersionV1BodyApprovalStatus
    from .patch_content_body import PatchContentBody
    from .patch_google_product import PatchGoogleProduct
    from .patch_subscription_report_body import PatchSubscriptionReportBody
    from .pause_os_updates_windows import PauseOsUpdatesWindows
    from .personal_access_token_create_response import PersonalAccessTokenCreateResponse
    from .personal_access_token_get_response import PersonalAccessTokenGetResponse
    from .personal_access_token_get_response_personal_access_tokens_item import (
        PersonalAccessTokenGetResponsePersonalAccessTokensItem,
    )
    from .personal_access_token_update_response import PersonalAccessTokenUpdateResponse
    from .pipeline import Pipeline
    from .pipeline_post import PipelinePOST
    from .pipeline_put import PipelinePUT
    from .pipeline_run import PipelineRun
    from .pipeline_run_post import PipelineRunPOST
    from .pipeline_run_put import PipelineRunPUT
    from .pipeline_run_put_status import PipelineRunPUTStatus
    from .pipeline_run_status import PipelineRunStatus
    from .pipeline_run_status_meta import PipelineRunStatusMeta
    from .platform_script import PlatformScript
    from .platform_script_request import PlatformScriptRequest
    from .platform_script_response import PlatformScriptResponse
    from .policy import Policy
    from .post_content_body import PostContentBody
    from .power_shell_script_windows import PowerShellScriptWindows
    from .product_policy import ProductPolicy
    from .provisioning_profile_ios import ProvisioningProfileIos
    from .provisioning_profile_upload_request import ProvisioningProfileUploadRequest
    from .provisioning_profile_upload_response import ProvisioningProfileUploadResponse
    from .provisioning_profile_upload_response_profile_type import ProvisioningProfileUploadResponseProfileType
    from .provisioning_profile_version_with_download_response import ProvisioningProfileVersionWithDownloadResponse
    from .provisioning_profile_with_download_response import ProvisioningProfileWithDownloadResponse
    from .put_role_scope_url_body import PutRoleScopeUrlBody
    from .put_role_scope_url_body_scope_names_item import PutRoleScopeUrlBodyScopeNamesItem
    from .put_role_scope_url_response_200 import PutRoleScopeUrlResponse200
    from .put_target_run_command_status_response_200 import PutTargetRunCommandStatusResponse200
    from .remote_viewer_sessions_list_for_tenant_response import RemoteViewerSessionsListForTenantResponse
    from .remote_viewer_sessions_list_for_tenant_response_state import RemoteViewerSessionsListForTenantResponseState
    from .remote_viewer_sessions_list_for_tenant_response_video_quality import (
        RemoteViewerSessionsListForTenantResponseVideoQuality,
    )
    from .remove_tile_icon_body import RemoveTileIconBody
    from .remove_tile_icon_response_201 import RemoveTileIconResponse201
    from .report import Report
    from .report_report_type import ReportReportType
    from .reports_error_response import ReportsErrorResponse
    from .restore_blueprint_revision_body import RestoreBlueprintRevisionBody
    from .role_response import RoleResponse
    from .safe_boot_settings import SafeBootSettings
    from .saved_ap_settings import SavedApSettings
    from .schedule_args import ScheduleArgs
    from .schedule_enum import ScheduleEnum
    from .scope_response import ScopeResponse
    from .screen_orientation_settings import ScreenOrientationSettings
    from .screen_orientation_settings_orientation_type import ScreenOrientationSettingsOrientationType
    from .screen_timeout_settings import ScreenTimeoutSettings
    from .screenshot_settings import ScreenshotSettings
    from .screenshot_settings_ios import ScreenshotSettingsIos
    from .seamless_error_response import SeamlessErrorResponse
    from .seamless_error_response_content import SeamlessErrorResponseContent
    from .seamless_info import SeamlessInfo
    from .seamless_info_platform import SeamlessInfoPlatform
    from .seamless_info_unique_id_type import SeamlessInfoUniqueIdType
    from .seamless_request import SeamlessRequest
    from .seamless_request_body import SeamlessRequestBody
    from .seamless_request_meta_type_0 import SeamlessRequestMetaType0
    from .seamless_request_platform import SeamlessRequestPlatform
    from .seamless_request_status import SeamlessRequestStatus
    from .seamless_request_unique_id_type import SeamlessRequestUniqueIdType
    from .seamless_success_response import SeamlessSuccessResponse
    from .seamless_success_response_content import SeamlessSuccessResponseContent
    from .security_section import SecuritySection
    from .security_section_password_quality import SecuritySectionPasswordQuality
    from .security_section_section_type import SecuritySectionSectionType
    from .security_states_enum import SecurityStatesEnum
    from .set_preferred_region_request import SetPreferredRegionRequest
    from .set_preferred_regions_request import SetPreferredRegionsRequest
    from .settings import Settings
    from .settings_app_section import SettingsAppSection
    from .settings_app_section_config_json import SettingsAppSectionConfigJson
    from .settings_app_section_esper_settings_app import SettingsAppSectionEsperSettingsApp
    from .settings_app_section_esper_settings_app_esper_settings_app_policy import (
        SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy,
    )
    from .settings_app_section_section_type import SettingsAppSectionSectionType
    from .settings_app_section_settings_access_level import SettingsAppSectionSettingsAccessLevel
    from .settings_v2 import SettingsV2
    from .shell_script_linux import ShellScriptLinux
    from .siri_settings_ios import SiriSettingsIos
    from .sms_settings import SmsSettings
    from .software_info import SoftwareInfo
    from .software_info_esper_agent_info import SoftwareInfoEsperAgentInfo
    from .sound_section import SoundSection
    from .sound_section_section_type import SoundSectionSectionType
    from .sound_settings import SoundSettings
    from .sound_settings_alarm_settings import SoundSettingsAlarmSettings
    from .sound_settings_music_settings import SoundSettingsMusicSettings
    from .sound_settings_notification_settings import SoundSettingsNotificationSettings
    from .sound_settings_ringtone_settings import SoundSettingsRingtoneSettings
    from .sound_settings_voice_call_settings import SoundSettingsVoiceCallSettings
    from .stage import Stage
    from .stage_post import StagePOST
    from .stage_put import StagePUT
    from .stage_run import StageRun
    from .stage_run_operation import StageRunOperation
    from .stage_run_stage_meta import StageRunStageMeta
    from .stage_run_status import StageRunStatus
    from .stage_target_list_post import StageTargetListPOST
    from .status_metrics import StatusMetrics
    from .status_metrics_v2 import StatusMetricsV2
    from .status_metrics_v2_last_seen import StatusMetricsV2LastSeen
    from .strict_app_synchronization_settings import StrictAppSynchronizationSettings
    from .strict_wifi_synchronization_settings import StrictWifiSynchronizationSettings
    from .subscription import Subscription
    from .system_updates_section import SystemUpdatesSection
    from .system_updates_section_section_type import SystemUpdatesSectionSectionType
    from .system_updates_section_type import SystemUpdatesSectionType
    from .system_updates_settings import SystemUpdatesSettings
    from .system_updates_settings_system_update_policy_type import SystemUpdatesSettingsSystemUpdatePolicyType
    from .target import Target
    from .target_list import TargetList
    from .target_list_device_group import TargetListDeviceGroup
    from .target_list_device_groups_post import TargetListDeviceGroupsPOST
    from .target_list_post import TargetListPOST
    from .target_list_post_target_list_type import TargetListPOSTTargetListType
    from .target_post import TargetPOST
    from .target_put import TargetPUT
    from .target_run import TargetRun
    from .target_run_command_meta import TargetRunCommandMeta
    from .target_run_post import TargetRunPOST
    from .target_run_put import TargetRunPUT
    from .target_run_put_status import TargetRunPUTStatus
    from .target_run_status import TargetRunStatus
    from .tenant_app_response import TenantAppResponse
    from .tenant_app_response_platform import TenantAppResponsePlatform
    from .tenant_app_upload_response import TenantAppUploadResponse
    from .tenant_app_upload_response_platform import TenantAppUploadResponsePlatform
    from .tenant_app_version_detail_response import TenantAppVersionDetailResponse
    from .tenant_app_version_response import TenantAppVersionResponse
    from .tenant_app_version_response_app_type import TenantAppVersionResponseAppType
    from .tenant_dep_profile import TenantDEPProfile
    from .tenant_dep_profile_create_request import TenantDEPProfileCreateRequest
    from .tenant_dep_profile_create_request_show_setup_items_item import TenantDEPProfileCreateRequestShowSetupItemsItem
    from .tenant_device_model_put_response_v1 import TenantDeviceModelPUTResponseV1
    from .tenant_error_400_bad_data import TenantError400BadData
    from .tenant_error_400_bad_data_content import TenantError400BadDataContent
    from .tenant_error_401_unauthorized import TenantError401Unauthorized
    from .tenant_error_401_unauthorized_content import TenantError401UnauthorizedContent
    from .tenant_error_500_internal_server_error import TenantError500InternalServerError
    from .tenant_error_500_internal_server_error_content import TenantError500InternalServerErrorContent
    from .tenant_esper_apps_item import TenantEsperAppsItem
    from .tenant_preferred_regions import TenantPreferredRegions
    from .tenant_user_invite_create_response import TenantUserInviteCreateResponse
    from .tenant_user_invite_create_response_meta import TenantUserInviteCreateResponseMeta
    from .tenant_user_invite_meta import TenantUserInviteMeta
    from .tenant_user_invite_meta_profile import TenantUserInviteMetaProfile
    from .tenant_user_invite_meta_profile_role import TenantUserInviteMetaProfileRole
    from .tenant_user_invite_request import TenantUserInviteRequest
    from .tenant_user_invite_response import TenantUserInviteResponse
    from .tenant_user_invite_response_meta import TenantUserInviteResponseMeta
    from .tethering_settings_ios import TetheringSettingsIos
    from .tile_icon import TileIcon
    from .time_date_settings import TimeDateSettings
    from .time_date_settings_ios import TimeDateSettingsIos
    from .timezone_settings import TimezoneSettings
    from .token_info_v1 import TokenInfoV1
    from .token_renew_v0 import TokenRenewV0
    from .unenrollment_settings_windows import UnenrollmentSettingsWindows
    from .unique_identifier import UniqueIdentifier
    from .unique_identifier_create import UniqueIdentifierCreate
    from .unique_identifier_create_type import UniqueIdentifierCreateType
    from .unique_identifier_type import UniqueIdentifierType
    from .update_alarm_rule import UpdateAlarmRule
    from .update_alarm_rule_conditions import UpdateAlarmRuleConditions
    from .update_alert_channels_v1 import UpdateAlertChannelsV1
    from .update_alert_channels_v1_properties import UpdateAlertChannelsV1Properties
    from .update_app_info_body import UpdateAppInfoBody
    from .update_authn_2_personal_access_token_body import UpdateAuthn2PersonalAccessTokenBody
    from .update_blueprints_response_200 import UpdateBlueprintsResponse200
    from .update_blueprints_response_200_code import UpdateBlueprintsResponse200Code
    from .update_blueprints_response_400 import UpdateBlueprintsResponse400
    from .update_blueprints_response_400_code import UpdateBlueprintsResponse400Code
    from .update_blueprints_response_404 import UpdateBlueprintsResponse404
    from .update_blueprints_response_404_code import UpdateBlueprintsResponse404Code
    from .update_blueprints_response_404_content import UpdateBlueprintsResponse404Content
    from .update_command_status_response_200 import UpdateCommandStatusResponse200
    from .update_custom_actions_response_200 import UpdateCustomActionsResponse200
    from .update_custom_actions_response_200_code import UpdateCustomActionsResponse200Code
    from .update_custom_actions_response_400 import UpdateCustomActionsResponse400
    from .update_custom_actions_response_400_code import UpdateCustomActionsResponse400Code
    from .update_custom_actions_response_404 import UpdateCustomActionsResponse404
    from .update_custom_actions_response_404_code import UpdateCustomActionsResponse404Code
    from .update_custom_actions_response_409 import UpdateCustomActionsResponse409
    from .update_custom_actions_response_409_code import UpdateCustomActionsResponse409Code
    from .update_custom_actions_response_500 import UpdateCustomActionsResponse500
    from .update_custom_actions_response_500_code import UpdateCustomActionsResponse500Code
    from .update_device_operation_body import UpdateDeviceOperationBody
    from .update_device_operation_body_state import UpdateDeviceOperationBodyState
    from .update_device_operation_response_200 import UpdateDeviceOperationResponse200
    from .update_device_state_body import UpdateDeviceStateBody
    from .update_device_state_body_device_settings import UpdateDeviceStateBodyDeviceSettings
    from .update_device_state_response_201 import UpdateDeviceStateResponse201
    from .update_device_state_response_201_content import UpdateDeviceStateResponse201Content
    from .update_devices_google_accounts_policy_response_200 import UpdateDevicesGoogleAccountsPolicyResponse200
    from .update_devices_google_accounts_response_200 import UpdateDevicesGoogleAccountsResponse200
    from .update_different_user_request import UpdateDifferentUserRequest
    from .update_different_user_request_role import UpdateDifferentUserRequestRole
    from .update_foundry_build_response_200 import UpdateFoundryBuildResponse200
    from .update_foundry_device_models_response_200 import UpdateFoundryDeviceModelsResponse200
    from .update_itunesapps_preferred_region_response_200 import UpdateItunesappsPreferredRegionResponse200
    from .update_itunesapps_preferred_region_response_200_content import (
        UpdateItunesappsPreferredRegionResponse200Content,
    )
    from .update_operation_list_operation_response_200 import UpdateOperationListOperationResponse200
    from .update_operations_body import UpdateOperationsBody
    from .update_operations_body_state import UpdateOperationsBodyState
    from .update_operations_response_200 import UpdateOperationsResponse200
    from .update_own_user_request import UpdateOwnUserRequest
    from .update_pipeline_operation_list_response_200 import UpdatePipelineOperationListResponse200
    from .update_pipeline_response_200 import UpdatePipelineResponse200
    from .update_pipeline_run_response_200 import UpdatePipelineRunResponse200
    from .update_pipeline_run_stage_run_body import UpdatePipelineRunStageRunBody
    from .update_pipeline_run_stage_run_body_status import UpdatePipelineRunStageRunBodyStatus
    from .update_pipeline_run_stage_run_response_200 import UpdatePipelineRunStageRunResponse200
    from .update_pipeline_stage_response_200 import UpdatePipelineStageResponse200
    from .update_pipeline_stage_target_run_response_200 import UpdatePipelineStageTargetRunResponse200
    from .update_pipeline_target_list_response_200 import UpdatePipelineTargetListResponse200
    from .update_role import UpdateRole
    from .update_subscription_report_body import UpdateSubscriptionReportBody
    from .update_tenant_apps_versions_body import UpdateTenantAppsVersionsBody
    from .update_tenant_apps_versions_response_200 import UpdateTenantAppsVersionsResponse200
    from .upload_ap_ns_cert_response_200 import UploadApNsCertResponse200
    from .upload_blueprint_body import UploadBlueprintBody
    from .upload_data_body import UploadDataBody
    from .upload_files_body import UploadFilesBody
    from .upload_group_thumbnail_body import UploadGroupThumbnailBody
    from .upload_remote_file_body import UploadRemoteFileBody
    from .upload_remote_file_response_201 import UploadRemoteFileResponse201
    from .upload_remote_file_response_400 import UploadRemoteFileResponse400
    from .upload_remote_file_response_413 import UploadRemoteFileResponse413
    from .upload_remote_file_response_500 import UploadRemoteFileResponse500
    from .upload_response_201 import UploadResponse201
    from .usb_tethering_settings import UsbTetheringSettings
    from .user import User
    from .user_create import UserCreate
    from .user_groups import UserGroups
    from .user_list import UserList
    from .user_profile import UserProfile
    from .user_profile_create import UserProfileCreate
    from .user_profile_create_role import UserProfileCreateRole
    from .user_profile_role import UserProfileRole
    from .user_update import UserUpdate
    from .users_list_response import UsersListResponse
    from .v0_command_args import V0CommandArgs
    from .v0_command_args_auto_update_mode import V0CommandArgsAutoUpdateMode
    from .v0_command_args_custom_settings_config import V0CommandArgsCustomSettingsConfig
    from .v0_command_args_ethernet_auth_mode import V0CommandArgsEthernetAuthMode
    from .v0_command_args_wifi_access_points import V0CommandArgsWifiAccessPoints
    from .v0_command_request import V0CommandRequest
    from .v0_command_request_command_type import V0CommandRequestCommandType
    from .v0_command_request_status import V0CommandRequestStatus
    from .v0_command_schedule_args import V0CommandScheduleArgs
    from .v0_command_schedule_args_time_type_enum import V0CommandScheduleArgsTimeTypeEnum
    from .v0_command_schedule_enum import V0CommandScheduleEnum
    from .v0_command_status import V0CommandStatus
    from .v0_command_status_1 import V0CommandStatus1
    from .v0_command_status_1_meta import V0CommandStatus1Meta
    from .v0_command_status_1_meta_device import V0CommandStatus1MetaDevice
    from .v0_command_status_1_meta_device_managed_by import V0CommandStatus1MetaDeviceManagedBy
    from .v0_command_status_1_state import V0CommandStatus1State
    from .v0_command_status_command_args import V0CommandStatusCommandArgs
    from .v0_command_status_issued_by import V0CommandStatusIssuedBy
    from .v0_command_status_state import V0CommandStatusState
    from .v0_device_command_enum import V0DeviceCommandEnum
    from .variable_set import VariableSet
    from .vpp_license import VPPLicense
    from .vpp_token import VPPToken
    from .vpp_token_meta import VPPTokenMeta
    from .wallpaper import Wallpaper
    from .wallpaper_orientation import WallpaperOrientation
    from .wallpaper_settings import WallpaperSettings
    from .wallpaper_settings_homescreen import WallpaperSettingsHomescreen
    from .wallpaper_settings_homescreen_landscape import WallpaperSettingsHomescreenLandscape
    from .wallpaper_settings_homescreen_portrait import WallpaperSettingsHomescreenPortrait
    from .wallpaper_settings_lockscreen import WallpaperSettingsLockscreen
    from .wallpaper_settings_lockscreen_portrait import WallpaperSettingsLockscreenPortrait
    from .web_content_setting_ios import WebContentSettingIos
    from .webclip import Webclip
    from .webclip_create_request import WebclipCreateRequest
    from .wifi_network import WifiNetwork
    from .wifi_network_ios import WifiNetworkIos
    from .wifi_network_windows import WifiNetworkWindows
    from .wifi_settings import WifiSettings
    from .wifi_settings_wifi_state import WifiSettingsWifiState
    from .windows_app import WindowsApp
    from .windows_app_app_type import WindowsAppAppType
    from .windows_app_state import WindowsAppState
    from .windows_blueprint_info import WindowsBlueprintInfo
    from .windows_blueprint_info_blueprint_upgrade_status import WindowsBlueprintInfoBlueprintUpgradeStatus
    from .windows_device import WindowsDevice
    from .windows_device_managed_by import WindowsDeviceManagedBy
    from .windows_device_os import WindowsDeviceOs
    from .windows_device_platform import WindowsDevicePlatform
    from .windows_device_v2 import WindowsDeviceV2
    from .windows_device_v2_battery_stats import WindowsDeviceV2BatteryStats
    from .windows_device_v2_cpu_stats import WindowsDeviceV2CpuStats
    from .windows_device_v2_hardware_info import WindowsDeviceV2HardwareInfo
    from .windows_device_v2_memory_info import WindowsDeviceV2MemoryInfo
    from .windows_device_v2_memory_stats import WindowsDeviceV2MemoryStats
    from .windows_device_v2_network_info import WindowsDeviceV2NetworkInfo
    from .windows_device_v2_network_stats import WindowsDeviceV2NetworkStats
    from .windows_device_v2_network_stats_wifi_network_info import WindowsDeviceV2NetworkStatsWifiNetworkInfo
    from .windows_device_v2_os import WindowsDeviceV2Os
    from .windows_device_v2_platform import WindowsDeviceV2Platform
    from .windows_device_v2_provisioned_with import WindowsDeviceV2ProvisionedWith
    from .windows_device_v2_software_info import WindowsDeviceV2SoftwareInfo
    from .windows_device_v2_software_info_esper_agent_info import WindowsDeviceV2SoftwareInfoEsperAgentInfo
    from .windows_device_v2_windows_config import WindowsDeviceV2WindowsConfig
    from .windows_device_windows_config import WindowsDeviceWindowsConfig
    from .windows_kiosk_settings import WindowsKioskSettings
    from .windows_kiosk_win_32_single_app_config import WindowsKioskWin32SingleAppConfig
    from .windows_settings import WindowsSettings
    from .windows_wallpaper_settings import WindowsWallpaperSettings
    from .windows_wallpaper_settings_homescreen import WindowsWallpaperSettingsHomescreen
    from .windows_wallpaper_settings_homescreen_landscape import WindowsWallpaperSettingsHomescreenLandscape
    from .windows_wallpaper_settings_lockscreen import WindowsWallpaperSettingsLockscreen
    from .windows_wallpaper_settings_lockscreen_landscape import WindowsWallpaperSettingsLockscreenLandscape

__all__ = (
    "ActiveHoursSettingsWindows",
    "ActiveHoursSettingsWindowsActiveHoursEnd",
    "ActiveHoursSettingsWindowsActiveHoursStart",
    "AdbSettings",
    "AddOperationListOperationsResponse200",
    "AddPipelineTargetListResponse200",
    "AddStageOperationListResponse200",
    "AddStageTargetListResponse200",
    "AddSubscriptionBody",
    "AddTargetListDeviceGroupsResponse200",
    "AddTileIconBody",
    "AddTileIconBodyCategory",
    "AddWallpaperBody",
    "AddWallpaperBodyOrientation",
    "AirwaveInfo",
    "AlarmHistory",
    "AlarmRule",
    "AlarmRuleAlertChannelsItem",
    "AlarmRuleConditions",
    "AlarmRuleCreateReplaceV1",
    "AlarmRuleCreateReplaceV1Conditions",
    "AlarmRuleCreateReplaceV1ConditionsComparator",
    "AlarmRuleCreateReplaceV1ConditionsUnit",
    "AlarmRuleDevicesItem",
    "AlarmRuleGroupsItem",
    "AlertChannelCreateReplaceV1",
    "AlertChannelCreateReplaceV1Properties",
    "AlertChannelsV1",
    "AlertChannelsV1LinkedAlertsItem",
    "AlertChannelsV1Properties",
    "AndroidCommandRequest",
    "AndroidDevice",
    "AndroidDeviceBatteryStats",
    "AndroidDeviceManagedBy",
    "AndroidDeviceOs",
    "AndroidDevicePlatform",
    "AndroidDevicePolicyType0",
    "AndroidDeviceV2",
    "AndroidDeviceV2BatteryStats",
    "AndroidDeviceV2ManagedBy",
    "AndroidDeviceV2Os",
    "AndroidDeviceV2Platform",
    "AndroidDeviceV2PolicyType0",
    "AndroidDeviceV2ProvisionedWith",
    "AndroidSettingsAppSettings",
    "APNSCertInfo",
    "APNSCertInfoMeta",
    "APNSCertInfoState",
    "APNSCertPUT",
    "App",
    "AppAutoUpdateMode",
    "AppIcon",
    "AppIconType",
    "AppInfo",
    "AppInstall",
    "AppInstallApplication",
    "AppInstallationRule",
    "AppInstallStateEnum",
    "AppInstallVersion",
    "AppLayoutSetting",
    "AppLayoutSettingAppIconSize",
    "AppLayoutSettingAppNameSize",
    "AppLayoutSettingBrandLogoPosition",
    "AppLayoutSettingDeviceAliasSize",
    "AppLayoutSettingDeviceNameAndIdDisplayPolicy",
    "AppLayoutSettingDeviceNamePosition",
    "AppLayoutSettingDeviceNameSize",
    "AppleAppStoreApp",
    "AppleDevice",
    "AppleDeviceDepProfileStatus",
    "AppleDeviceDeviceSource",
    "AppleDeviceEnrolmentInfo",
    "AppleDeviceManagedBy",
    "AppleDeviceOs",
    "AppleDevicePlatform",
    "AppleDeviceTokens",
    "AppleDeviceV2",
    "AppleDeviceV2BatteryStats",
    "AppleDeviceV2DepProfileStatus",
    "AppleDeviceV2DeviceSource",
    "AppleDeviceV2EnrolmentInfo",
    "AppleDeviceV2ManagedBy",
    "AppleDeviceV2MemoryStats",
    "AppleDeviceV2Os",
    "AppleDeviceV2Platform",
    "AppleDeviceV2ProvisionedWith",
    "AppleDeviceV2Tokens",
    "Application",
    "ApplicationSection",
    "ApplicationSectionAppMode",
    "ApplicationSectionAppsItem",
    "ApplicationSectionAppsItemInstallationRule",
    "ApplicationSectionAppsItemManagedConfig",
    "ApplicationSectionAppsItemState",
    "ApplicationSectionPermissionPolicy",
    "ApplicationSectionPreloadAppsItem",
    "ApplicationSectionPreloadAppsItemState",
    "ApplicationSectionSectionType",
    "ApplicationV1",
    "ApplicationVersion",
    "ApplicationVersionV1",
    "ApplyPolicy",
    "ApplyTileIcon",
    "ApplyTileIconApplyMode",
    "AppManagedConfig",
    "AppOrderSetting",
    "AppPermission",
    "AppPermissionGrantState",
    "AppPermissionPolicySettings",
    "AppPermissionPolicySettingsPermissionPolicy",
    "AppsManagementAppVersionArtifactMetadata",
    "AppsManagementArtifactMutationResponse",
    "AppsManagementArtifactMutationResponseArtifactType",
    "AppsManagementError400BadData",
    "AppsManagementError400BadDataContent",
    "AppsManagementError401Unauthorized",
    "AppsManagementError401UnauthorizedContent",
    "AppsManagementError404NotFound",
    "AppsManagementError404NotFoundContent",
    "AppsManagementError500InternalServerError",
    "AppsManagementError500InternalServerErrorContent",
    "AppsManagementItunesAppInfoV2",
    "AppsManagementOEMConfigSchema",
    "AppsManagementOEMConfigSchemaOemType",
    "AppsManagementOEMConfigSchemaSchemaJson",
    "AppsManagementOEMConfigSchemaSchemaMetadata",
    "AppsManagementOEMConfigSchemaStatus",
    "AppState",
    "AppType",
    "AppUninstallSettings",
    "AppUninstallSettingsIos",
    "AppUploadRequestBody",
    "AppUploadRequestBodyPlatform",
    "AppVersion",
    "AppVersionApprovalStatus",
    "AppVersionDelete",
    "AppVersionDeleteTemplatesItem",
    "AppVersionReleaseTrack",
    "AppVersionV1",
    "AppVersionV1ApprovalStatus",
    "AuthenticationToken",
    "AutoInstallConstraint",
    "AutoInstallPolicy",
    "AutoUpdateSettingsWindows",
    "AutoUpdateSettingsWindowsAutoUpdateType",
    "BeginGoogleEMMEnrollmentRequest",
    "BeginGoogleEMMEnrollmentResponse",
    "Blueprint",
    "BlueprintCreate",
    "BlueprintInfo",
    "BlueprintInfoBlueprintUpgradeStatus",
    "BlueprintRevision",
    "BlueprintRevisionType",
    "BlueprintsBackgroundScriptCreate",
    "BlueprintsBackgroundScriptDetailRead",
    "BlueprintsBackgroundScriptRead",
    "BlueprintsInfo",
    "BlueprintV2",
    "BlueprintV2Put",
    "BluetoothSettings",
    "BluetoothSettingsBluetoothState",
    "BluetoothSettingsIos",
    "BrightnessSettings",
    "BuildV1",
    "BuildV1BuildJobParams",
    "BuildV1BuildState",
    "BuildV1BuildUpdateMetadata",
    "BuildV1PrebuiltAppInfo",
    "BuildV1ReleaseNotes",
    "BulkAddTargetListTargetsBodyType1Item",
    "BulkAddTargetListTargetsBodyType1ItemArgs",
    "BulkAddTargetListTargetsBodyType1ItemDeviceMeta",
    "BulkAddTargetListTargetsResponse200",
    "BulkAddTargetListTargetsResponse200Content",
    "BulkAddTargetListTargetsResponse200ContentErrorsItem",
    "CameraSettings",
    "CameraSettingsIos",
    "CommandArgs",
    "CommandArgsCustomSettingsConfig",
    "CommandArgsEthernetAuthMode",
    "CommandArgsWifiAccessPoints",
    "CommandInbox",
    "CommandInboxCommandArgs",
    "CommandInboxDeviceMeta",
    "CommandInboxState",
    "CommandRequest",
    "CommandRequestCommandType",
    "CommandRequestDeviceType",
    "CommandRequestPOST",
    "CommandRequestPOSTCommandType",
    "CommandRequestPOSTDeviceType",
    "CommandRequestPUT",
    "CommandRequestPUTRequestStatus",
    "CommandRequestStats",
    "CommandRequestStatsStatusItem",
    "CommandRequestStatsStatusItemState",
    "CommandResponse",
    "CommandResponseArgs",
    "CommandScheduleArgs",
    "CommandScheduleArgsTimeTypeEnum",
    "CommandScheduleEnum",
    "CommandStatus",
    "CommandStatusPUT",
    "CommandStatusPUTState",
    "CommandStatusState",
    "ConnectivitySection",
    "ConnectivitySectionEthernetSettings",
    "ConnectivitySectionEthernetSettingsEthernetAuthMode",
    "ConnectivitySectionIncomingNumbersWithTagsItem",
    "ConnectivitySectionOutgoingNumbersWithTagsItem",
    "ConnectivitySectionSectionType",
    "ConnectivitySectionWifiSettingsItem",
    "ConnectivitySectionWifiSettingsItemWifiEapMethod",
    "ConnectivitySectionWifiSettingsItemWifiPhase2Auth",
    "ConnectivitySectionWifiSettingsItemWifiSecurityType",
    "Content",
    "ContentOwner",
    "ContentSection",
    "ContentSectionFilesItem",
    "ContentSectionSectionType",
    "Converge",
    "ConvergeCommand",
    "ConvergeCommandCommandState",
    "ConvergePOST",
    "ConvergePOSTScheduleArgs",
    "ConvergeScheduleArgs",
    "ConvergeStatus",
    "CreateAuthn2PersonalAccessTokenBody",
    "CreateBackgroundScriptsResponse201",
    "CreateBackgroundScriptsResponse201Code",
    "CreateBackgroundScriptsResponse400",
    "CreateBackgroundScriptsResponse400Code",
    "CreateBackgroundScriptsResponse400ErrorsItem",
    "CreateBackgroundScriptsResponse409",
    "CreateBackgroundScriptsResponse409Code",
    "CreateBlueprintsResponse201",
    "CreateBlueprintsResponse201Code",
    "CreateBlueprintsResponse400",
    "CreateBlueprintsResponse400Code",
    "CreateCommandRequestResponse201",
    "CreateConvergeResponse201",
    "CreateCustomActionsResponse201",
    "CreateCustomActionsResponse201Code",
    "CreateCustomActionsResponse400",
    "CreateCustomActionsResponse400Code",
    "CreateCustomActionsResponse400ErrorsItem",
    "CreateCustomActionsResponse409",
    "CreateCustomActionsResponse409Code",
    "CreateCustomActionsResponse500",
    "CreateCustomActionsResponse500Code",
    "CreateDepProfileResponse200",
    "CreateDepSyncRequestBody",
    "CreateDepSyncRequestResponse200",
    "CreateDevicesGoogleAccountsResponse200",
    "CreateEmmAccountsResponse201",
    "CreateEmmDetailsResponse201",
    "CreateEmmEnrollmentBeginResponse201",
    "CreateEmmEnrollmentCompleteBody",
    "CreateEmmEnrollmentCompleteResponse201",
    "CreateEmmWebTokenResponse200",
    "CreateItunesappsRefreshVersionResponse200",
    "CreateOperationResponse201",
    "CreatePipelineResponse200",
    "CreatePipelineRunResponse200",
    "CreatePipelineStageResponse200",
    "CreatePipelineStageTargetRunsResponse200",
    "CreatePreferredRegionsResponse200",
    "CreateProvisioningProfilesResponse200",
    "CreateReportResponse",
    "CreateReportResponseContent",
    "CreateReportResponseContentStatus",
    "CreateRole",
    "CreateSeamlessUploadBody",
    "CreateSeamlessUploadBodyPlatform",
    "CreateTargetListTargetsResponse200",
    "CreateTargetRunCommandResponse200",
    "CreateTenantAppsResponse200",
    "CreateTenantAppsVersionsArtifactsBody",
    "CreateTenantAppsVersionsArtifactsBodyArtifactType",
    "CreateTenantAppsVersionsArtifactsResponse200",
    "CreateTenantVpptokensBody",
    "CreateTenantVpptokensResponse201",
    "CreateWebclipsResponse200",
    "CreateWebTokenRequest",
    "CreateWebTokenResponse",
    "CursorPaginatedDeviceList",
    "CustomActionBase",
    "CustomActionBasePositionInBlueprints",
    "CustomActionBasePositionInDeviceSettings",
    "CustomActionBaseProperties",
    "CustomActionBaseState",
    "CustomActionBaseType",
    "CustomActionCreate",
    "CustomActionLinux",
    "CustomActionRead",
    "CustomActionsMultipleLinux",
    "CustomActionUpdate",
    "CustomActionUpdatePositionInBlueprints",
    "CustomActionUpdatePositionInDeviceSettings",
    "CustomActionUpdateProperties",
    "CustomActionUpdateState",
    "CustomActionUpdateType",
    "CustomConnectionConfigResponse",
    "CustomConnectionList",
    "CustomConnectionListStrategy",
    "CustomConnectionRequest",
    "CustomConnectionRequestStrategy",
    "CustomConnectionResponse",
    "CustomConnectionResponseStrategy",
    "CustomConnectionsListResponse",
    "CustomDeviceLevelProfileSettingsIos",
    "CustomizedDeviceLevelJsonSettings",
    "CustomizedDeviceLevelJsonSettingsCustomizedJson",
    "CustomShellScriptsMultiple",
    "CustomShellScriptsMultipleWindows",
    "DateTimeSection",
    "DateTimeSectionSectionType",
    "DeferOsUpdates",
    "DeferOsUpdatesWindows",
    "DeferOsUpdatesWindowsFeatureUpdates",
    "DeferOsUpdatesWindowsQualityUpdates",
    "DeleteApNsCertResponse200",
    "DeleteApNsCertResponse200Content",
    "DeleteBlueprintsResponse404",
    "DeleteBlueprintsResponse404Code",
    "DeleteBlueprintsResponse404Content",
    "DeleteCustomActionsResponse200",
    "DeleteCustomActionsResponse200Code",
    "DeleteCustomActionsResponse400",
    "DeleteCustomActionsResponse400Code",
    "DeleteCustomActionsResponse404",
    "DeleteCustomActionsResponse404Code",
    "DeleteCustomActionsResponse500",
    "DeleteCustomActionsResponse500Code",
    "DeleteDeviceRequestResponse200",
    "DeleteDevicesGoogleAccountsResponse200",
    "DeleteOperationListOperationResponse200",
    "DeletePipelineResponse200",
    "DeletePipelineRunResponse200",
    "DeletePipelineStageResponse200",
    "DeletePipelineTargetListResponse200",
    "DeleteProvisioningProfilesVersionsResponse200",
    "DeleteStageOperationListResponse200",
    "DeleteStageTargetListResponse200",
    "DeleteTargetListDeviceGroupResponse200",
    "DeleteTargetListDeviceGroupResponse200Content",
    "DeleteTargetListTargetResponse200",
    "DeleteTenantAppsVersionsArtifactsResponse200",
    "DeleteTenantAppsVersionsResponse200",
    "DeleteWebclipsResponse200",
    "DEPSyncDeviceStatus",
    "DEPSyncRequest",
    "DEPSyncRequestForGetResponse",
    "DEPSyncRequestForGetResponseDevices",
    "DEPSyncRequestForGetResponseStatus",
    "DEPSyncRequestStatus",
    "DepTokenBasedOnIdResponse200",
    "DepTokenBasedOnIdResponse200Content",
    "DEPTokenGET",
    "DEPTokenGETMeta",
    "DEPTokenGETState",
    "DEPTokenPOST",
    "DepTokenUploadBody",
    "DepTokenUploadResponse200",
    "DepTokenUploadResponse200Content",
    "Device",
    "DeviceApp",
    "DeviceAppsFilter",
    "DeviceAppsFilterAppStateType0Item",
    "DeviceAppsFilterDeviceOsType0Item",
    "DeviceAppsFilterPlatformType0Item",
    "DeviceAppsResponse",
    "DeviceAppsResponseAppType",
    "DeviceCommandEnum",
    "DeviceError400BadData",
    "DeviceError400BadDataContent",
    "DeviceError401Unauthorized",
    "DeviceError401UnauthorizedContent",
    "DeviceError500InternalServerError",
    "DeviceError500InternalServerErrorContent",
    "DeviceFilter",
    "DeviceFilterPlatformType0Item",
    "DeviceGroup",
    "DeviceGroupPartialUpdate",
    "DeviceGroupUpdate",
    "DeviceInfo",
    "DeviceInfoAudioConstraints",
    "DeviceInfoDisplays",
    "DeviceInfoHardwareInfo",
    "DeviceInfoMemoryInfo",
    "DeviceInfoNetworkInfo",
    "DeviceInfoSoftwareInfo",
    "DeviceLastSeen",
    "DeviceLocations",
    "DeviceModelPUTRequestV1",
    "DeviceModelV1",
    "DeviceModeSettings",
    "DeviceModeSettingsDeviceMode",
    "DeviceOperationActivity",
    "DeviceOperationWithStats",
    "DeviceSettings",
    "DeviceSettingsAudioSettings",
    "DeviceSettingsGpsState",
    "DeviceSettingsRotationState",
    "DevicesListResponse",
    "DeviceStateEnum",
    "DeviceStateEnumAndroid",
    "DeviceStateEnumApple",
    "DeviceStateEnumLinux",
    "DeviceStateEnumWindows",
    "DeviceStatus",
    "DeviceSubGroup",
    "DeviceTiles",
    "DeviceTilesDevice",
    "DeviceTilesDeviceGroupsItem",
    "DeviceTilesDeviceImeis",
    "DeviceTilesLocationType0",
    "DeviceTilesNetworkInfo",
    "DeviceTilesNetworkInfoFaust",
    "DirectoryRecord",
    "DirectoryRecordApprovalStatus",
    "DirectoryRecordCreate",
    "DirectoryRecordOnlineStatus",
    "DirectoryRecordUpdate",
    "DisplayBrandingSection",
    "DisplayBrandingSectionRotationState",
    "DisplayBrandingSectionSectionType",
    "DisplayBrandingSectionWallpapersItem",
    "DisplayBrandingSectionWallpapersItemOrientationsItem",
    "DisplayBrandingSectionWallpapersItemScreenTypesItem",
    "DriftPolicy",
    "EMM",
    "EmmDevice",
    "EnterprisePolicy",
    "EnterprisePolicyData",
    "EnterprisePolicyDataApplicationsItem",
    "EnterprisePolicyDataDevicePasswordPolicy",
    "EnterprisePolicyDataDevicePasswordPolicyPasswordQuality",
    "EnterprisePolicyDataDeviceUpdatePolicy",
    "EnterprisePolicyDataDeviceUpdatePolicyPasswordQuality",
    "EnterprisePolicyDataDeviceUpdatePolicyType",
    "EnterprisePolicyDataFrpGooglesItem",
    "EnterprisePolicyDataFrpGooglesItemType",
    "EnterprisePolicyDataGoogleAccountPermission",
    "EnterprisePolicyDataPermissionPolicy",
    "EnterprisePolicyDataPhonePolicy",
    "EnterprisePolicyDataPhonePolicyDialer",
    "EnterprisePolicyDataSettingsAccessLevel",
    "EnterprisePolicyPartialUpdate",
    "EnterprisePolicyWrite",
    "EnterpriseUpdateV1",
    "EnterpriseV1",
    "EnterpriseV1EmmType0",
    "Error400BadData",
    "Error400BadDataContent",
    "Error401Unauthorized",
    "Error401UnauthorizedContent",
    "Error403Forbidden",
    "Error403ForbiddenContent",
    "Error404NotFound",
    "Error404NotFoundContent",
    "Error409Conflict",
    "Error409ConflictContent",
    "Error500InternalServerError",
    "Error500InternalServerErrorContent",
    "ErrorResponse",
    "EsperAppVersionResponse",
    "EsperAppVersionResponseAppType",
    "EsperDeviceHeartbeat",
    "EsperDeviceHeartbeatStatus",
    "EsperEdgeboxSettings",
    "EsperSettingsAppsSettings",
    "EsperSettingsAppsSettingsSettings",
    "EsperSettingsAppsSettingsSettingsAbout",
    "EsperSettingsAppsSettingsSettingsAccessibility",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcDeuteranomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcProtanomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityCcTritanomaly",
    "EsperSettingsAppsSettingsSettingsAccessibilityDisplaySize",
    "EsperSettingsAppsSettingsSettingsAccessibilityFontScale",
    "EsperSettingsAppsSettingsSettingsAccessibilityHighContrastText",
    "EsperSettingsAppsSettingsSettingsAccessibilityMonoAudio",
    "EsperSettingsAppsSettingsSettingsAccessibilityResetToDefault",
    "EsperSettingsAppsSettingsSettingsAccessibilityTalkback",
    "EsperSettingsAppsSettingsSettingsAccessibilityTextToSpeech",
    "EsperSettingsAppsSettingsSettingsAirplaneMode",
    "EsperSettingsAppsSettingsSettingsAutoRotation",
    "EsperSettingsAppsSettingsSettingsBluetooth",
    "EsperSettingsAppsSettingsSettingsClearAppData",
    "EsperSettingsAppsSettingsSettingsDataRoaming",
    "EsperSettingsAppsSettingsSettingsDisplay",
    "EsperSettingsAppsSettingsSettingsEsperBranding",
    "EsperSettingsAppsSettingsSettingsFactoryReset",
    "EsperSettingsAppsSettingsSettingsFlashlight",
    "EsperSettingsAppsSettingsSettingsInputSelection",
    "EsperSettingsAppsSettingsSettingsKeyboard",
    "EsperSettingsAppsSettingsSettingsKioskAppSelection",
    "EsperSettingsAppsSettingsSettingsLanguage",
    "EsperSettingsAppsSettingsSettingsMobileData",
    "EsperSettingsAppsSettingsSettingsReboot",
    "EsperSettingsAppsSettingsSettingsSound",
    "EsperSettingsAppsSettingsSettingsStorage",
    "EsperSettingsAppsSettingsSettingsTimeAndDate",
    "EsperSettingsAppsSettingsSettingsWifi",
    "EsperSettingsAppsSettingsSettingsWifiTethering",
    "EthernetSettings",
    "EthernetSettingsAuthMode",
    "EventFeed",
    "ExternalDeviceSettings",
    "FactoryResetSettings",
    "FactoryResetSettingsIos",
    "File",
    "FileTransferSettings",
    "FoundationInfo",
    "FoundryBuildPUTRequestV1",
    "FoundryEventV1",
    "FoundryEventV1Actor",
    "FoundryEventV1Meta",
    "FoundryEventV1Resource",
    "GenerateDownloadUrlBody",
    "GenerateDownloadUrlResponse200",
    "GenerateDownloadUrlResponse400",
    "GenerateDownloadUrlResponse500",
    "GenericErrorResponse",
    "Geofence",
    "GeofenceBlueprintUsageItem",
    "GeofenceCircleGeometry",
    "GeofenceCircleGeometryCoordinatesItem",
    "GeofenceCircleGeometryType",
    "GeofenceCreate",
    "GeofenceCreateDeviceActionsItem",
    "GeofenceCreateGeofenceResponse201",
    "GeofenceCreateRadiusUnit",
    "GeofenceDeviceActionsItem",
    "GeofenceDeviceListingItem",
    "GeofenceDeviceSummaryResponse",
    "GeofenceErrorResponse",
    "GeofenceErrorResponse2",
    "GeofenceErrorResponse2Content",
    "GeofenceGeofenceListResponse",
    "GeofenceGeofenceRequest",
    "GeofenceGeofenceRequestActionsItem",
    "GeofenceGeofenceResponse",
    "GeofenceGeofenceResponseActionsItem",
    "GeofenceGetBlueprintUsageResponse200",
    "GeofenceGetBlueprintUsageResponse200Content",
    "GeofenceGetDevicesResponse200",
    "GeofenceGetDevicesResponse200Content",
    "GeofenceGetDeviceSummaryResponse200",
    "GeofenceListGeofencesResponse200",
    "GeofenceListGeofencesResponse200Content",
    "GeofencePolygonGeometry",
    "GeofencePolygonGeometryCoordinatesItem",
    "GeofencePolygonGeometryType",
    "GeofenceRadiusUnit",
    "GeofenceReplace",
    "GeofenceReplaceDeviceActionsItem",
    "GeofenceReplaceRadiusUnit",
    "GeofenceUpdate",
    "GeofenceUpdateDeviceActionsItem",
    "GeofenceUpdateRadiusUnit",
    "GetAlarmHistoryResponse200",
    "GetAlarmRulesResponse200",
    "GetAllApplicationsResponse200",
    "GetAllApplicationsV1Response200",
    "GetAllContentResponse200",
    "GetAllDevicesResponse200",
    "GetAllGeofencesResponse200",
    "GetAllGroupsResponse200",
    "GetAllPipelineRunsOrdering",
    "GetAllPipelineRunsResponse200",
    "GetAllPipelineRunsResponse200Content",
    "GetAllPipelineRunsStatus",
    "GetAllSubGroupsResponse200",
    "GetApNsCertResponse200",
    "GetApNsCsrBody",
    "GetAppInstallsResponse200",
    "GetAppsVppResponse200",
    "GetAppVersionsApprovalStatus",
    "GetAppVersionsResponse200",
    "GetAppVersionsV1ApprovalStatus",
    "GetAppVersionsV1Response200",
    "GetBackgroundScriptsResponse200",
    "GetBackgroundScriptsResponse200Code",
    "GetBackgroundScriptsResponse404",
    "GetBackgroundScriptsResponse404Code",
    "GetBlueprintsResponse200",
    "GetBlueprintsResponse200Code",
    "GetBlueprintsResponse404",
    "GetBlueprintsResponse404Code",
    "GetBlueprintsResponse404Content",
    "GetBlueprintsVersionsResponse200",
    "GetBlueprintsVersionsResponse200Code",
    "GetBlueprintsVersionsResponse404",
    "GetBlueprintsVersionsResponse404Code",
    "GetBlueprintsVersionsResponse404Content",
    "GetCommandInboxResponse200",
    "GetCommandRequestResponse200",
    "GetCommandRequestStatsResponse200",
    "GetCommandRequestStatusesResponse200",
    "GetCommandRequestStatusesResponse200Content",
    "GetCommandRequestStatusesState",
    "GetCommandRequestStatusResponse200",
    "GetCommandStatusResponse200",
    "GetConnectionsResponse200",
    "GetConvergeResponse200",
    "GetCustomActionsResponse200",
    "GetCustomActionsResponse200Code",
    "GetCustomActionsResponse404",
    "GetCustomActionsResponse404Code",
    "GetDepProfileListResponse200",
    "GetDepProfileListResponse200Content",
    "GetDepSyncRequestResponse200",
    "GetDeviceAppsResponse200",
    "GetDeviceCommandHistoryResponse200",
    "GetDeviceEventResponse200",
    "GetDeviceGroupDevicesResponse200",
    "GetDeviceGroupDevicesResponse200Content",
    "GetDeviceHeartbeatListPlatform",
    "GetDeviceHeartbeatListResponse200",
    "GetDeviceHeartbeatResponse200",
    "GetDeviceLocationsResponse200",
    "GetDeviceOperationResponse200",
    "GetDeviceOperationsOrdering",
    "GetDeviceOperationsResponse200",
    "GetDeviceOperationsResponse200Content",
    "GetDeviceRequestResponse200",
    "GetDevicesResponse200",
    "GetDeviceTileReportsResponse200",
    "GetDirectoryRecordsResponse200",
    "GetEmmInstancesResponse200",
    "GetEnterpriseReportResponse200",
    "GetEsperAppsVersionsResponse200",
    "GetEventFeedResponse200",
    "GetFoundationVersionsListResponse200",
    "GetFoundationVersionsListResponse200ResultsItem",
    "GetFoundryBuildsResponse200",
    "GetFoundryBuildsResponse200Content",
    "GetFoundryBuildsV1Response200",
    "GetGeofenceListResponse200",
    "GetGoogleAppsResponse200",
    "GetInstallDevicesResponse200",
    "GetInstallDevicesV1Response200",
    "GetMdmServiceConfigResponse200",
    "GetMinAppInfoResponse200",
    "GetMinAppInfoResponse200ResultsItem",
    "GetOemConfigSchemaOemType",
    "GetOemConfigSchemaResponse200",
    "GetOperationListOperationResponse200",
    "GetOperationListOperationsResponse200",
    "GetOperationListOperationsResponse200Content",
    "GetOperationResponse200",
    "GetOperationsListOrdering",
    "GetOperationsListResponse200",
    "GetOperationsListResponse200Content",
    "GetPipelineResponse200",
    "GetPipelineRunResponse200",
    "GetPipelineRunsOrdering",
    "GetPipelineRunsResponse200",
    "GetPipelineRunsResponse200Content",
    "GetPipelineRunsStatus",
    "GetPipelineRunStageRunResponse200",
    "GetPipelineRunStageRunsResponse200",
    "GetPipelineRunStageRunsResponse200Content",
    "GetPipelineRunStageRunsStatus",
    "GetPipelinesOrdering",
    "GetPipelinesResponse200",
    "GetPipelinesResponse200Content",
    "GetPipelineStageResponse200",
    "GetPipelineStageRunOperationResponse200",
    "GetPipelineStageRunOperationsResponse200",
    "GetPipelineStageRunOperationsResponse200Content",
    "GetPipelineStagesResponse200",
    "GetPipelineStagesResponse200Content",
    "GetPipelineStageTargetRunResponse200",
    "GetPipelineStageTargetRunsOrdering",
    "GetPipelineStageTargetRunsResponse200",
    "GetPipelineStageTargetRunsResponse200Content",
    "GetPipelineStageTargetRunsStatus",
    "GetPipelineTargetListResponse200",
    "GetPipelineTargetListsResponse200",
    "GetPipelineTargetListsResponse200Content",
    "GetProvisioningProfilesResponse200",
    "GetProvisioningProfilesVersionsResponse200",
    "GetReportInfoResponse200",
    "GetReportResponseDownload",
    "GetReportResponseDownloadContent",
    "GetReportResponseDownloadContentSchema",
    "GetReportResponseDownloadContentSchemaColumnsItem",
    "GetReportResponseDownloadContentStatus",
    "GetReportResponsePreview",
    "GetReportResponsePreviewContent",
    "GetReportResponsePreviewContentSchema",
    "GetReportResponsePreviewContentSchemaColumnsItem",
    "GetReportResponsePreviewContentStatus",
    "GetReportTypesResponse",
    "GetReportTypesResponseContent",
    "GetReportTypesResponseContentReportTypesType0Item",
    "GetRoleUrlResponse200",
    "GetScriptsResponse200",
    "GetScriptsResponse200Code",
    "GetScriptsResponse403",
    "GetScriptsResponse403Code",
    "GetScriptsResponse404",
    "GetScriptsResponse404Code",
    "GetScriptsResponse500",
    "GetScriptsResponse500Code",
    "GetStageOperationListsResponse200",
    "GetStageOperationListsResponse200Content",
    "GetStageTargetListsResponse200",
    "GetStageTargetListsResponse200Content",
    "GetStageTargetListsType",
    "GetSubscriptionReportsResponse200",
    "GetTargetListDeviceGroupsResponse200",
    "GetTargetListDeviceGroupsResponse200Content",
    "GetTargetListTargetResponse200",
    "GetTargetListTargetsResponse200",
    "GetTargetListTargetsResponse200Content",
    "GetTargetRunCommandStatusResponse200",
    "GetTenantAppsResponse200",
    "GetTenantAppsVersionsResponse200",
    "GetTenantUserInvitesResponse201",
    "GetTileIconsResponse200",
    "GetUsersResponse200",
    "GetWallpapersResponse200",
    "GetWebclipsResponse200",
    "GetWebtokensResponse200",
    "GoogleAccount",
    "GoogleAccountUpdateRequestBody",
    "GoogleAccountUpdateResponseBody",
    "GoogleApplication",
    "GoogleApplicationAppAction",
    "GoogleDevice",
    "GoogleEMMDevice",
    "GoogleEMMDevicePolicyRequest",
    "GoogleEnterprise",
    "GoogleEnterpriseDetails",
    "GoogleProduct",
    "GoogleProductInstall",
    "GoogleProductInstallObjects",
    "GoogleServiceAccountDetails",
    "GoogleServicesSection",
    "GoogleServicesSectionFrpGooglesItem",
    "GoogleServicesSectionFrpGooglesItemType",
    "GoogleServicesSectionSectionType",
    "GoogleServicesSettings",
    "GoogleServicesSettingsAfwAccountSettings",
    "GoogleServicesSettingsFactoryResetProtectionSettings",
    "GoogleServicesSettingsGoogleAssitantSettings",
    "GoogleServicesSettingsPersonalAccountsSettings",
    "GoogleServicesSettingsPlayStoreSettings",
    "GoogleWebToken",
    "GoogleWebTokenUpdate",
    "GoogleWebTokenUpdateNoRequirements",
    "Group",
    "GroupThumbnail",
    "HardwareInfo",
    "HardwareSettingsSection",
    "HardwareSettingsSectionGpsState",
    "HardwareSettingsSectionSectionType",
    "HidePreloadedAppsSettingsIos",
    "IncomingNumbersSettings",
    "InstallDevices",
    "IosApp",
    "IosAppAppType",
    "IosAppState",
    "IosSettings",
    "IosWallpaperSettings",
    "IosWallpaperSettingsHomescreen",
    "IosWallpaperSettingsHomescreenPortrait",
    "IosWallpaperSettingsLockscreen",
    "IosWallpaperSettingsLockscreenPortrait",
    "ItunesAppInfoV2",
    "KioskModeSettings",
    "KioskModeSettingsAppType",
    "LanguageSettings",
    "LauncherSettings",
    "LauncherSettingsLauncher",
    "LinuxBlueprintInfo",
    "LinuxBlueprintInfoBlueprintUpgradeStatus",
    "LinuxDevice",
    "LinuxDeviceManagedBy",
    "LinuxDeviceOs",
    "LinuxDevicePlatform",
    "LinuxDeviceV2",
    "LinuxDeviceV2BatteryStats",
    "LinuxDeviceV2CpuStats",
    "LinuxDeviceV2HardwareInfo",
    "LinuxDeviceV2LocationStats",
    "LinuxDeviceV2ManagedBy",
    "LinuxDeviceV2MemoryInfo",
    "LinuxDeviceV2MemoryStats",
    "LinuxDeviceV2NetworkInfo",
    "LinuxDeviceV2NetworkStats",
    "LinuxDeviceV2NetworkStatsWifiNetworkInfo",
    "LinuxDeviceV2Os",
    "LinuxDeviceV2Platform",
    "LinuxDeviceV2ProvisionedWith",
    "LinuxDeviceV2SoftwareInfo",
    "LinuxDeviceV2SoftwareInfoEsperAgentInfo",
    "LinuxFile",
    "LinuxSettings",
    "ListAlertChannelsResponse200",
    "ListApNsCertsResponse200",
    "ListApNsCertsResponse200Content",
    "ListApNsCertsState",
    "ListAppleappstoreResponse200",
    "ListAppleappstoreResponse200Content",
    "ListAppsOrdering",
    "ListAppsResponse200",
    "ListAppsResponse200Content",
    "ListAppsVppResponse200",
    "ListAppsVppResponse200Content",
    "ListBackgroundScriptsResponse200",
    "ListBackgroundScriptsResponse200Content",
    "ListBlueprintResponse200",
    "ListBlueprintRevisionsResponse200",
    "ListBlueprintsResponse200",
    "ListBlueprintsResponse200Content",
    "ListBlueprintsVersionsResponse200",
    "ListBlueprintsVersionsResponse200Content",
    "ListCommandRequestResponse200",
    "ListCommandRequestsResponse200",
    "ListCommandRequestsResponse200Content",
    "ListCommandRequestsSchedule",
    "ListConvergeCommandsResponse200",
    "ListConvergeCommandsResponse200Content",
    "ListConvergesResponse200",
    "ListConvergesResponse200Content",
    "ListCustomActionsResponse200",
    "ListCustomActionsResponse200Content",
    "ListCustomActionsResponse400",
    "ListCustomActionsResponse400Code",
    "ListDepSyncRequestResponse200",
    "ListDepSyncRequestResponse200Content",
    "ListDepTokensResponse200",
    "ListDepTokensResponse200Content",
    "ListDepTokensState",
    "ListDeviceAppsResponse200",
    "ListDeviceAppsResponse200Content",
    "ListDeviceAppsResponse200ContentResultsItem",
    "ListDevicesDeviceAppsAppType",
    "ListDevicesDeviceAppsResponse200",
    "ListDevicesDeviceAppsResponse200Content",
    "ListDevicesGoogleAccountsResponse200",
    "ListDevicesGoogleAccountsResponse200Content",
    "ListDevicesManagedBy",
    "ListDevicesOperationsResponse200",
    "ListDevicesOrdering",
    "ListDevicesOs",
    "ListDevicesResponse200",
    "ListEmmAccountsResponse200",
    "ListEmmAccountsResponse200Content",
    "ListEmmDetailsResponse200",
    "ListEmmDetailsResponse200Content",
    "ListEnterpriseDeviceDownloadEventfeedResponse200",
    "ListEnterpriseGroupDownloadEventfeedResponse200",
    "ListFoundryDeviceModelsResponse200",
    "ListFoundryDeviceModelsResponse200Content",
    "ListFoundryEventsResponse200",
    "ListFoundryEventsResponse200Content",
    "ListGroupThumbnailResponse200",
    "ListItunesappsResponse200",
    "ListItunesappsResponse200Content",
    "ListPoliciesResponse200",
    "ListPreferredRegionsResponse200",
    "ListProductsResponse200",
    "ListProvisioningProfilesProfileType",
    "ListProvisioningProfilesResponse200",
    "ListProvisioningProfilesResponse200Content",
    "ListProvisioningProfilesVersionsResponse200",
    "ListProvisioningProfilesVersionsResponse200Content",
    "ListRvActivityFeedOrdering",
    "ListRvActivityFeedResponse200",
    "ListRvActivityFeedResponse200Content",
    "ListRvActivityFeedStates",
    "ListRvActivityFeedVideoQualities",
    "ListTenantAppsPlatform",
    "ListTenantAppsResponse200",
    "ListTenantAppsResponse200Content",
    "ListTenantAppsVersionsResponse200",
    "ListTenantAppsVersionsResponse200Content",
    "ListTenantEsperAppsArchitecture",
    "ListTenantEsperAppsOrdering",
    "ListTenantEsperAppsResponse200",
    "ListTenantEsperAppsResponse200Content",
    "ListTenantVpptokensResponse200",
    "ListTenantVpptokensResponse200Content",
    "ListWebclipsResponse200",
    "ListWebclipsResponse200Content",
    "LocalAppInstallSettings",
    "LocalAppInstallSettingsIos",
    "LocationSettings",
    "LocationStats",
    "LockScreenSettings",
    "LockScreenSettingsPasswordQuality",
    "MacAddressRandomizationSettings",
    "ManagedConfiguration",
    "ManagedConfigurationConfigurationVariables",
    "MemoryInfo",
    "MemoryStats",
    "NetworkInfo",
    "NetworkInfoNetworkType",
    "NetworkStats",
    "NetworkStatsCellularNetworkInfo",
    "NetworkStatsV2",
    "NetworkStatsV2CellularNetworkInfo",
    "NetworkStatsV2WifiNetworkInfo",
    "NetworkStatsWifiNetworkInfo",
    "NfcSettings",
    "NfcSettingsIos",
    "NotificationBarSettings",
    "OffsetPaginatedDeviceList",
    "Operation",
    "OperationActivityItem",
    "OperationActivityItemOperationState",
    "OperationList",
    "OperationListPOST",
    "OperationPOST",
    "OperationPOSTArgs",
    "OperationPOSTOperationType",
    "OperationScheduleArgsTimeTypeEnum",
    "OperationsPOST",
    "OperationsPOSTArguments",
    "OperationsPOSTOperationDeviceQuery",
    "OperationsPOSTOperationDeviceQueryDeviceRequest",
    "OperationsPOSTOperationType",
    "OperationsPOSTScheduleType",
    "OperationStats",
    "OperationStatsDeviceOperationStatusesCount",
    "OperationWithStats",
    "OperationWithStatsArguments",
    "OperationWithStatsOperation",
    "OperationWithStatsOperationDeviceQuery",
    "OperationWithStatsScheduleType",
    "OperationWithStatsState",
    "OptionsRequest",
    "OptionsRequestScripts",
    "OptionsResponse",
    "OptionsResponseScripts",
    "OutgoingNumbersSettings",
    "PatchAppInfoBody",
    "PatchAppVersionBody",
    "PatchAppVersionBodyApprovalStatus",
    "PatchAppVersionBodyReleaseTrack",
    "PatchAppVersionV1Body",
    "PatchAppVersionV1BodyApprovalStatus",
    "PatchContentBody",
    "PatchGoogleProduct",
    "PatchSubscriptionReportBody",
    "PauseOsUpdatesWindows",
    "PersonalAccessTokenCreateResponse",
    "PersonalAccessTokenGetResponse",
    "PersonalAccessTokenGetResponsePersonalAccessTokensItem",
    "PersonalAccessTokenUpdateResponse",
    "Pipeline",
    "PipelinePOST",
    "PipelinePUT",
    "PipelineRun",
    "PipelineRunPOST",
    "PipelineRunPUT",
    "PipelineRunPUTStatus",
    "PipelineRunStatus",
    "PipelineRunStatusMeta",
    "PlatformScript",
    "PlatformScriptRequest",
    "PlatformScriptResponse",
    "Policy",
    "PostContentBody",
    "PowerShellScriptWindows",
    "ProductPolicy",
    "ProvisioningProfileIos",
    "ProvisioningProfileUploadRequest",
    "ProvisioningProfileUploadResponse",
    "ProvisioningProfileUploadResponseProfileType",
    "ProvisioningProfileVersionWithDownloadResponse",
    "ProvisioningProfileWithDownloadResponse",
    "PutRoleScopeUrlBody",
    "PutRoleScopeUrlBodyScopeNamesItem",
    "PutRoleScopeUrlResponse200",
    "PutTargetRunCommandStatusResponse200",
    "RemoteViewerSessionsListForTenantResponse",
    "RemoteViewerSessionsListForTenantResponseState",
    "RemoteViewerSessionsListForTenantResponseVideoQuality",
    "RemoveTileIconBody",
    "RemoveTileIconResponse201",
    "Report",
    "ReportReportType",
    "ReportsErrorResponse",
    "RestoreBlueprintRevisionBody",
    "RoleResponse",
    "SafeBootSettings",
    "SavedApSettings",
    "ScheduleArgs",
    "ScheduleEnum",
    "ScopeResponse",
    "ScreenOrientationSettings",
    "ScreenOrientationSettingsOrientationType",
    "ScreenshotSettings",
    "ScreenshotSettingsIos",
    "ScreenTimeoutSettings",
    "SeamlessErrorResponse",
    "SeamlessErrorResponseContent",
    "SeamlessInfo",
    "SeamlessInfoPlatform",
    "SeamlessInfoUniqueIdType",
    "SeamlessRequest",
    "SeamlessRequestBody",
    "SeamlessRequestMetaType0",
    "SeamlessRequestPlatform",
    "SeamlessRequestStatus",
    "SeamlessRequestUniqueIdType",
    "SeamlessSuccessResponse",
    "SeamlessSuccessResponseContent",
    "SecuritySection",
    "SecuritySectionPasswordQuality",
    "SecuritySectionSectionType",
    "SecurityStatesEnum",
    "SetPreferredRegionRequest",
    "SetPreferredRegionsRequest",
    "Settings",
    "SettingsAppSection",
    "SettingsAppSectionConfigJson",
    "SettingsAppSectionEsperSettingsApp",
    "SettingsAppSectionEsperSettingsAppEsperSettingsAppPolicy",
    "SettingsAppSectionSectionType",
    "SettingsAppSectionSettingsAccessLevel",
    "SettingsV2",
    "ShellScriptLinux",
    "SiriSettingsIos",
    "SmsSettings",
    "SoftwareInfo",
    "SoftwareInfoEsperAgentInfo",
    "SoundSection",
    "SoundSectionSectionType",
    "SoundSettings",
    "SoundSettingsAlarmSettings",
    "SoundSettingsMusicSettings",
    "SoundSettingsNotificationSettings",
    "SoundSettingsRingtoneSettings",
    "SoundSettingsVoiceCallSettings",
    "Stage",
    "StagePOST",
    "StagePUT",
    "StageRun",
    "StageRunOperation",
    "StageRunStageMeta",
    "StageRunStatus",
    "StageTargetListPOST",
    "StatusMetrics",
    "StatusMetricsV2",
    "StatusMetricsV2LastSeen",
    "StrictAppSynchronizationSettings",
    "StrictWifiSynchronizationSettings",
    "Subscription",
    "SystemUpdatesSection",
    "SystemUpdatesSectionSectionType",
    "SystemUpdatesSectionType",
    "SystemUpdatesSettings",
    "SystemUpdatesSettingsSystemUpdatePolicyType",
    "Target",
    "TargetList",
    "TargetListDeviceGroup",
    "TargetListDeviceGroupsPOST",
    "TargetListPOST",
    "TargetListPOSTTargetListType",
    "TargetPOST",
    "TargetPUT",
    "TargetRun",
    "TargetRunCommandMeta",
    "TargetRunPOST",
    "TargetRunPUT",
    "TargetRunPUTStatus",
    "TargetRunStatus",
    "TenantAppResponse",
    "TenantAppResponsePlatform",
    "TenantAppUploadResponse",
    "TenantAppUploadResponsePlatform",
    "TenantAppVersionDetailResponse",
    "TenantAppVersionResponse",
    "TenantAppVersionResponseAppType",
    "TenantDEPProfile",
    "TenantDEPProfileCreateRequest",
    "TenantDEPProfileCreateRequestShowSetupItemsItem",
    "TenantDeviceModelPUTResponseV1",
    "TenantError400BadData",
    "TenantError400BadDataContent",
    "TenantError401Unauthorized",
    "TenantError401UnauthorizedContent",
    "TenantError500InternalServerError",
    "TenantError500InternalServerErrorContent",
    "TenantEsperAppsItem",
    "TenantPreferredRegions",
    "TenantUserInviteCreateResponse",
    "TenantUserInviteCreateResponseMeta",
    "TenantUserInviteMeta",
    "TenantUserInviteMetaProfile",
    "TenantUserInviteMetaProfileRole",
    "TenantUserInviteRequest",
    "TenantUserInviteResponse",
    "TenantUserInviteResponseMeta",
    "TetheringSettingsIos",
    "TileIcon",
    "TimeDateSettings",
    "TimeDateSettingsIos",
    "TimezoneSettings",
    "TokenInfoV1",
    "TokenRenewV0",
    "UnenrollmentSettingsWindows",
    "UniqueIdentifier",
    "UniqueIdentifierCreate",
    "UniqueIdentifierCreateType",
    "UniqueIdentifierType",
    "UpdateAlarmRule",
    "UpdateAlarmRuleConditions",
    "UpdateAlertChannelsV1",
    "UpdateAlertChannelsV1Properties",
    "UpdateAppInfoBody",
    "UpdateAuthn2PersonalAccessTokenBody",
    "UpdateBlueprintsResponse200",
    "UpdateBlueprintsResponse200Code",
    "UpdateBlueprintsResponse400",
    "UpdateBlueprintsResponse400Code",
    "UpdateBlueprintsResponse404",
    "UpdateBlueprintsResponse404Code",
    "UpdateBlueprintsResponse404Content",
    "UpdateCommandStatusResponse200",
    "UpdateCustomActionsResponse200",
    "UpdateCustomActionsResponse200Code",
    "UpdateCustomActionsResponse400",
    "UpdateCustomActionsResponse400Code",
    "UpdateCustomActionsResponse404",
    "UpdateCustomActionsResponse404Code",
    "UpdateCustomActionsResponse409",
    "UpdateCustomActionsResponse409Code",
    "UpdateCustomActionsResponse500",
    "UpdateCustomActionsResponse500Code",
    "UpdateDeviceOperationBody",
    "UpdateDeviceOperationBodyState",
    "UpdateDeviceOperationResponse200",
    "UpdateDevicesGoogleAccountsPolicyResponse200",
    "UpdateDevicesGoogleAccountsResponse200",
    "UpdateDeviceStateBody",
    "UpdateDeviceStateBodyDeviceSettings",
    "UpdateDeviceStateResponse201",
    "UpdateDeviceStateResponse201Content",
    "UpdateDifferentUserRequest",
    "UpdateDifferentUserRequestRole",
    "UpdateFoundryBuildResponse200",
    "UpdateFoundryDeviceModelsResponse200",
    "UpdateItunesappsPreferredRegionResponse200",
    "UpdateItunesappsPreferredRegionResponse200Content",
    "UpdateOperationListOperationResponse200",
    "UpdateOperationsBody",
    "UpdateOperationsBodyState",
    "UpdateOperationsResponse200",
    "UpdateOwnUserRequest",
    "UpdatePipelineOperationListResponse200",
    "UpdatePipelineResponse200",
    "UpdatePipelineRunResponse200",
    "UpdatePipelineRunStageRunBody",
    "UpdatePipelineRunStageRunBodyStatus",
    "UpdatePipelineRunStageRunResponse200",
    "UpdatePipelineStageResponse200",
    "UpdatePipelineStageTargetRunResponse200",
    "UpdatePipelineTargetListResponse200",
    "UpdateRole",
    "UpdateSubscriptionReportBody",
    "UpdateTenantAppsVersionsBody",
    "UpdateTenantAppsVersionsResponse200",
    "UploadApNsCertResponse200",
    "UploadBlueprintBody",
    "UploadDataBody",
    "UploadFilesBody",
    "UploadGroupThumbnailBody",
    "UploadRemoteFileBody",
    "UploadRemoteFileResponse201",
    "UploadRemoteFileResponse400",
    "UploadRemoteFileResponse413",
    "UploadRemoteFileResponse500",
    "UploadResponse201",
    "UsbTetheringSettings",
    "User",
    "UserCreate",
    "UserGroups",
    "UserList",
    "UserProfile",
    "UserProfileCreate",
    "UserProfileCreateRole",
    "UserProfileRole",
    "UsersListResponse",
    "UserUpdate",
    "V0CommandArgs",
    "V0CommandArgsAutoUpdateMode",
    "V0CommandArgsCustomSettingsConfig",
    "V0CommandArgsEthernetAuthMode",
    "V0CommandArgsWifiAccessPoints",
    "V0CommandRequest",
    "V0CommandRequestCommandType",
    "V0CommandRequestStatus",
    "V0CommandScheduleArgs",
    "V0CommandScheduleArgsTimeTypeEnum",
    "V0CommandScheduleEnum",
    "V0CommandStatus",
    "V0CommandStatus1",
    "V0CommandStatus1Meta",
    "V0CommandStatus1MetaDevice",
    "V0CommandStatus1MetaDeviceManagedBy",
    "V0CommandStatus1State",
    "V0CommandStatusCommandArgs",
    "V0CommandStatusIssuedBy",
    "V0CommandStatusState",
    "V0DeviceCommandEnum",
    "VariableSet",
    "VPPLicense",
    "VPPToken",
    "VPPTokenMeta",
    "Wallpaper",
    "WallpaperOrientation",
    "WallpaperSettings",
    "WallpaperSettingsHomescreen",
    "WallpaperSettingsHomescreenLandscape",
    "WallpaperSettingsHomescreenPortrait",
    "WallpaperSettingsLockscreen",
    "WallpaperSettingsLockscreenPortrait",
    "Webclip",
    "WebclipCreateRequest",
    "WebContentSettingIos",
    "WifiNetwork",
    "WifiNetworkIos",
    "WifiNetworkWindows",
    "WifiSettings",
    "WifiSettingsWifiState",
    "WindowsApp",
    "WindowsAppAppType",
    "WindowsAppState",
    "WindowsBlueprintInfo",
    "WindowsBlueprintInfoBlueprintUpgradeStatus",
    "WindowsDevice",
    "WindowsDeviceManagedBy",
    "WindowsDeviceOs",
    "WindowsDevicePlatform",
    "WindowsDeviceV2",
    "WindowsDeviceV2BatteryStats",
    "WindowsDeviceV2CpuStats",
    "WindowsDeviceV2HardwareInfo",
    "WindowsDeviceV2MemoryInfo",
    "WindowsDeviceV2MemoryStats",
    "WindowsDeviceV2NetworkInfo",
    "WindowsDeviceV2NetworkStats",
    "WindowsDeviceV2NetworkStatsWifiNetworkInfo",
    "WindowsDeviceV2Os",
    "WindowsDeviceV2Platform",
    "WindowsDeviceV2ProvisionedWith",
    "WindowsDeviceV2SoftwareInfo",
    "WindowsDeviceV2SoftwareInfoEsperAgentInfo",
    "WindowsDeviceV2WindowsConfig",
    "WindowsDeviceWindowsConfig",
    "WindowsKioskSettings",
    "WindowsKioskWin32SingleAppConfig",
    "WindowsSettings",
    "WindowsWallpaperSettings",
    "WindowsWallpaperSettingsHomescreen",
    "WindowsWallpaperSettingsHomescreenLandscape",
    "WindowsWallpaperSettingsLockscreen",
    "WindowsWallpaperSettingsLockscreenLandscape",
)
