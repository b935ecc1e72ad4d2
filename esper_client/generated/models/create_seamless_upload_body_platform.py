"""Operating system family of every device in the file."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CreateSeamlessUploadBodyPlatform = Literal["APPLE", "LINUX", "WINDOWS"]
else:
    CreateSeamlessUploadBodyPlatform = _rt.documented_literal(Literal["APPLE", "LINUX", "WINDOWS"], __doc__)

CREATE_SEAMLESS_UPLOAD_BODY_PLATFORM_VALUES: set[CreateSeamlessUploadBodyPlatform] = {
    "APPLE",
    "LINUX",
    "WINDOWS",
}


def check_create_seamless_upload_body_platform(value: str) -> CreateSeamlessUploadBodyPlatform:
    """Return `value` typed as CreateSeamlessUploadBodyPlatform.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_SEAMLESS_UPLOAD_BODY_PLATFORM_VALUES to tell.
    """
    return cast(CreateSeamlessUploadBodyPlatform, value)
