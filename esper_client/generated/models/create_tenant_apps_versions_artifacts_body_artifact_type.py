"""UWP_DEPENDENCY for a package the app needs, UWP_CERTIFICATE for the certificate it is signed with."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CreateTenantAppsVersionsArtifactsBodyArtifactType = Literal["UWP_CERTIFICATE", "UWP_DEPENDENCY"]
else:
    CreateTenantAppsVersionsArtifactsBodyArtifactType = _rt.documented_literal(
        Literal["UWP_CERTIFICATE", "UWP_DEPENDENCY"], __doc__
    )

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
