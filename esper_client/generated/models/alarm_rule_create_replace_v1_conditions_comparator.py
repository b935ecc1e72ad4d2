from typing import Literal, cast

AlarmRuleCreateReplaceV1ConditionsComparator = Literal[
    "Frequency",
    "GreaterThanOrEqualToThreshold",
    "GreaterThanThreshold",
    "LessThanOrEqualToThreshold",
    "LessThanThreshold",
]

ALARM_RULE_CREATE_REPLACE_V1_CONDITIONS_COMPARATOR_VALUES: set[AlarmRuleCreateReplaceV1ConditionsComparator] = {
    "Frequency",
    "GreaterThanOrEqualToThreshold",
    "GreaterThanThreshold",
    "LessThanOrEqualToThreshold",
    "LessThanThreshold",
}


def check_alarm_rule_create_replace_v1_conditions_comparator(
    value: str,
) -> AlarmRuleCreateReplaceV1ConditionsComparator:
    """Return `value` typed as AlarmRuleCreateReplaceV1ConditionsComparator.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against ALARM_RULE_CREATE_REPLACE_V1_CONDITIONS_COMPARATOR_VALUES to tell.
    """
    return cast(AlarmRuleCreateReplaceV1ConditionsComparator, value)
