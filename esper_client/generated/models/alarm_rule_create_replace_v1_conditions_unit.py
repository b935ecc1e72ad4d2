from typing import Literal, cast

AlarmRuleCreateReplaceV1ConditionsUnit = Literal["Count", "Percent"]

ALARM_RULE_CREATE_REPLACE_V1_CONDITIONS_UNIT_VALUES: set[AlarmRuleCreateReplaceV1ConditionsUnit] = {
    "Count",
    "Percent",
}


def check_alarm_rule_create_replace_v1_conditions_unit(value: str) -> AlarmRuleCreateReplaceV1ConditionsUnit:
    """Return `value` typed as AlarmRuleCreateReplaceV1ConditionsUnit.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ALARM_RULE_CREATE_REPLACE_V1_CONDITIONS_UNIT_VALUES to tell.
    """
    return cast(AlarmRuleCreateReplaceV1ConditionsUnit, value)
