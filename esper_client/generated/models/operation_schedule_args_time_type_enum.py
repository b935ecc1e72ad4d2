from typing import Literal, cast

OperationScheduleArgsTimeTypeEnum = Literal["console", "device"]

OPERATION_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[OperationScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_operation_schedule_args_time_type_enum(value: str) -> OperationScheduleArgsTimeTypeEnum:
    """Return `value` typed as OperationScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against OPERATION_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(OperationScheduleArgsTimeTypeEnum, value)
