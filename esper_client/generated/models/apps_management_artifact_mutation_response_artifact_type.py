from typing import Literal, cast

AppsManagementArtifactMutationResponseArtifactType = Literal["UWP_CERTIFICATE", "UWP_DEPENDENCY"]

APPS_MANAGEMENT_ARTIFACT_MUTATION_RESPONSE_ARTIFACT_TYPE_VALUES: set[
    AppsManagementArtifactMutationResponseArtifactType
] = {
    "UWP_CERTIFICATE",
    "UWP_DEPENDENCY",
}


def check_apps_management_artifact_mutation_response_artifact_type(
    value: str,
) -> AppsManagementArtifactMutationResponseArtifactType:
    """Return `value` typed as AppsManagementArtifactMutationResponseArtifactType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APPS_MANAGEMENT_ARTIFACT_MUTATION_RESPONSE_ARTIFACT_TYPE_VALUES to tell.
    """
    return cast(AppsManagementArtifactMutationResponseArtifactType, value)
