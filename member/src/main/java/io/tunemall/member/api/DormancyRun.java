package io.tunemall.member.api;

/** What one run of the dormancy job did. */
public record DormancyRun(int noticesSent, int madeDormant) {
}
