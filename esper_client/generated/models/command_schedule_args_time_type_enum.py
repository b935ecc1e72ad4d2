from typing import Literal, cast

CommandScheduleArgsTimeTypeEnum = Literal["console", "device"]

COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES: set[CommandScheduleArgsTimeTypeEnum] = {
    "console",
    "device",
}


def check_command_schedule_args_time_type_enum(value: str) -> CommandScheduleArgsTimeTypeEnum:
    """Return `value` typed as CommandScheduleArgsTimeTypeEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against COMMAND_SCHEDULE_ARGS_TIME_TYPE_ENUM_VALUES to tell.
    """
    return cast(CommandScheduleArgsTimeTypeEnum, value)
