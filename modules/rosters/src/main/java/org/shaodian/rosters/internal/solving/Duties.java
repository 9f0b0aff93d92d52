package org.shaodian.rosters.internal.solving;

/**
 * One person's seats in this problem, summed up by {@link DutiesCollector}.
 *
 * @param overlaps pairs of seats at the same time
 * @param restBreaks pairs of seats apart by less than 16 h
 * @param weeklyExcess duties too many in the fullest 7 days (outside duties included)
 * @param seconds time on duty in this problem
 * @param nights night seats in this problem
 */
record Duties(int overlaps, int restBreaks, int weeklyExcess, long seconds, int nights) {}
