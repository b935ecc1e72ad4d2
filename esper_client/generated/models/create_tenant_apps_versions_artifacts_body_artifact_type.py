from typing import Literal, cast

CreateTenantAppsVersionsArtifactsBodyArtifactType = Literal["UWP_CERTIFICATE", "UWP_DEPENDENCY"]

CREATE_TENANT_APPS_VERSIONS_ARTIFACTS_BODY_ARTIFACT_TYPE_VALUES: set[
    CreateTenantAppsVersionsArtifactsBodyArtifactType
] = {
    "UWP_CERTIFICATE",
    "UWP_DEPENDENCY",
}


def check_create_tenant_apps_versions_artifacts_body_artifact_type(
    value: str,
) -> CreateTenantAppsVersionsArtifactsBodyArtifactType:
    """Return `value` typed as CreateTenantAppsVersionsArtifactsBodyArtifactType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_TENANT_APPS_VERSIONS_ARTIFACTS_BODY_ARTIFACT_TYPE_VALUES to tell.
    """
    return cast(CreateTenantAppsVersionsArtifactsBodyArtifactType, value)
