package io.tunemall.member.api;

import java.time.Duration;

/**
 * One re-grading of all members.
 *
 * @param ran false when another re-grading was running (on this or another node) and this one did not start
 * @param membersChecked members with purchases or a recorded grade that were looked at
 * @param changed members whose grade changed
 */
public record RegradeRun(boolean ran, long membersChecked, long changed, Duration took) {
}
