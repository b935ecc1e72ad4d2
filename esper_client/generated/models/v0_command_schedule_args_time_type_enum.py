from typing import Literal, cast

V0CommandScheduleArgsTimeTypeEnum = Literal["console", "device"]

V0_COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[V0CommandScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_v0_command_schedule_args_time_type_enum(value: str) -> V0CommandScheduleArgsTimeTypeEnum:
    """Return `value` typed as V0CommandScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against V0_COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(V0CommandScheduleArgsTimeTypeEnum, value)
