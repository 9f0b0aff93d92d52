package org.shaodian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shaodian.rosters.api.Qualification;

/** The benchmark's own arithmetic and reading; the acceptance itself needs a server. */
class RosterAcceptBenchmarkTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(5.5, RosterAcceptBenchmark.median(new double[] {11.4, 5.5, 4.9}));
    assertEquals(5.0, RosterAcceptBenchmark.median(new double[] {6, 4}));
    assertEquals(7.0, RosterAcceptBenchmark.median(new double[] {7}));
  }

  @Test
  void readsMembersOfTheJobAndTheAcceptance() {
    String accepted =
        "{\"job\":{\"id\":\"9f281784-b119-4cb3-87eb-a7ce64b6752b\",\"state\":\"ACCEPTED\","
            + "\"seatsTotal\":17241,\"seatsFilled\":17241,\"bestScore\":null},"
            + "\"given\":17241,\"released\":0,\"begun\":0}";
    assertEquals("ACCEPTED", RosterAcceptBenchmark.text(accepted, "state"));
    assertEquals(17241, RosterAcceptBenchmark.number(accepted, "given"));
    assertEquals(0, RosterAcceptBenchmark.number(accepted, "released"));
    assertNull(RosterAcceptBenchmark.text(accepted, "bestScore"));
    assertTrue(Double.isNaN(RosterAcceptBenchmark.number(accepted, "bestScore")));
  }

  @Test
  void cpuSecondsOfThisProcess() {
    double cpu = RosterAcceptBenchmark.cpuSeconds(ProcessHandle.current().pid());
    if (Files.isReadable(Path.of("/proc/self/stat"))) {
      assertTrue(cpu > 0, "this JVM has used some CPU: " + cpu);
    } else {
      assertTrue(Double.isNaN(cpu));
    }
    assertTrue(Double.isNaN(RosterAcceptBenchmark.cpuSeconds(0)));
  }

  @Test
  void qualificationsAtRosterDatasShares() {
    SplittableRandom random = new SplittableRandom(1);
    int leaders = 0;
    int swabs = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      var held = RosterAcceptBenchmark.qualifications(random, false);
      leaders += held.contains(Qualification.SHIFT_LEADERSHIP) ? 1 : 0;
      swabs += held.contains(Qualification.SWAB_SAMPLING) ? 1 : 0;
    }
    assertEquals(0.08, leaders / (double) n, 0.005);
    assertEquals(0.06, swabs / (double) n, 0.005);
  }
}
