package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.inspection.InspectionForms;
import org.shaodian.checkpoints.internal.policy.Judgement;
import org.shaodian.checkpoints.internal.policy.ScreeningPolicy;
import org.shaodian.checkpoints.internal.policy.Traveller;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * The checkpoints benchmark's inspections: ones the application takes (judged by its own screening
 * policy, its own checks note and content hash), and tallies equal to a count of the rows.
 */
class InspectionDataTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 28);
  static final UUID EXIT = UUID.fromString("00000000-0000-4000-8000-000000000001");

  /** Shouchang's tea-season version and Hangzhou's, as the demo issues them. */
  static final ScreeningPolicy SHOUCHANG =
      new ScreeningPolicy(true, 14, 48, InspectionData.TEST_ORIGINS, new BigDecimal("37.3"));

  static final ScreeningPolicy HANGZHOU =
      new ScreeningPolicy(true, 14, 72, List.of("31", "3205"), new BigDecimal("37.3"));

  @BeforeAll
  static void keys() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "bench-only personal-data key 1!!".getBytes(UTF_8)),
            1,
            "bench-only blind index key, 32b!".getBytes(UTF_8)));
  }

  static List<InspectionData.Item> items(int n) {
    InspectionData.Generator generator = new InspectionData.Generator(3, false);
    SplittableRandom random = new SplittableRandom(4);
    Instant start = DAY.atTime(8, 0).atZone(RosterAcceptBenchmark.ZONE).toInstant();
    List<InspectionData.Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(
          generator.vehicle(
              EXIT, UUID.randomUUID(), start.plusSeconds(random.nextInt(28_800)), DAY, 2));
    }
    return items;
  }

  @Test
  void everyInspectionIsOneTheApplicationTakes() {
    Map<DivertOutcome, Integer> outcomes = new EnumMap<>(DivertOutcome.class);
    Map<VehicleKind, Integer> kinds = new EnumMap<>(VehicleKind.class);
    long people = 0;
    List<InspectionData.Item> items = items(50_000);
    for (InspectionData.Item item : items) {
      outcomes.merge(item.outcome(), 1, Integer::sum);
      kinds.merge(item.vehicleKind(), 1, Integer::sum);
      people += item.people().size();
      assertTrue(PlateNumber.isValid(item.plate()), item.plate());
      assertEquals(PlateNumber.of(item.plate()).reveal(), item.plate(), "stored as sent");
      assertTrue(item.origin().matches("^[1-9][0-9]{5}$"));
      assertFalse(item.verifiedAt().isBefore(item.guidedAt()));
      assertFalse(item.recordedAt().isBefore(item.verifiedAt()));
      assertFalse(item.divertedAt().isBefore(item.recordedAt()));
      assertTrue(item.people().size() >= 1 && item.people().size() <= 4);
      assertEquals(TravellerRole.DRIVER, item.people().get(0).role());
      ScreeningDecision strictest = ScreeningDecision.PASS;
      for (int p = 0; p < item.people().size(); p++) {
        InspectionData.Traveller t = item.people().get(p);
        if (p > 0) {
          assertEquals(TravellerRole.PASSENGER, t.role());
        }
        assertTrue(IdNumber.isValid(t.idNumber()), t.idNumber());
        assertTrue(PersonName.isValid(t.name()), t.name());
        assertEquals(t.name(), PersonName.of(t.name()).reveal());
        assertTrue(t.phone() == null || PhoneNumber.isValid(t.phone()), t.phone());
        assertEquals(1, t.temperature().scale());
        Traveller checked =
            new Traveller(
                t.healthCode(),
                t.riskAreaDaysAgo(),
                t.testAgeHours(),
                t.temperature(),
                item.origin());
        // the decision the generator expects is the application's, under either version
        assertEquals(SHOUCHANG.judge(checked).decision(), t.decision(), t.toString());
        assertEquals(HANGZHOU.judge(checked).decision(), t.decision(), t.toString());
        strictest = strictest.stricter(t.decision());
      }
      // Inspection.divert: a referral is not released nor merely tested, a test is not released
      switch (strictest) {
        case REFER ->
            assertTrue(
                item.outcome() == DivertOutcome.PERSUADED_BACK
                    || item.outcome() == DivertOutcome.CENTRAL_ISOLATION);
        case TEST_ON_SITE -> assertNotEquals(DivertOutcome.RELEASED, item.outcome());
        case PASS ->
            assertTrue(
                item.outcome() == DivertOutcome.RELEASED
                    || item.outcome() == DivertOutcome.ESCORTED_TO_UNLOADING);
      }
      if (item.outcome() == DivertOutcome.ESCORTED_TO_UNLOADING) {
        assertEquals(VehicleKind.TRUCK, item.vehicleKind());
      }
    }
    assertEquals(0.925, outcomes.get(DivertOutcome.RELEASED) / 50_000.0, 0.02);
    assertEquals(0.05, outcomes.get(DivertOutcome.TESTED_ON_SITE) / 50_000.0, 0.01);
    assertTrue(outcomes.get(DivertOutcome.PERSUADED_BACK) > 0);
    assertTrue(outcomes.get(DivertOutcome.ESCORTED_TO_UNLOADING) > 0);
    assertEquals(0.70, kinds.get(VehicleKind.CAR) / 50_000.0, 0.02);
    assertEquals(2.2, people / 50_000.0, 0.1);
  }

  @Test
  void theChecksNoteAndTheContentHashAreTheApplications() throws Exception {
    Method fingerprint =
        Class.forName("org.shaodian.checkpoints.internal.inspection.InspectionDesk")
            .getDeclaredMethod("fingerprint", InspectionForms.Item.class);
    fingerprint.setAccessible(true);
    Method checks =
        Class.forName("org.shaodian.checkpoints.internal.inspection.InspectionDesk")
            .getDeclaredMethod("checks", InspectionForms.Traveller.class, Judgement.class);
    checks.setAccessible(true);
    for (InspectionData.Item item : items(500)) {
      List<InspectionForms.Traveller> people = new ArrayList<>();
      for (InspectionData.Traveller t : item.people()) {
        InspectionForms.Traveller form =
            new InspectionForms.Traveller(
                t.role(),
                t.name(),
                t.idNumber(),
                t.phone(),
                t.healthCode(),
                t.riskAreaDaysAgo(),
                t.testAgeHours(),
                t.temperature());
        people.add(form);
        Judgement judgement =
            SHOUCHANG.judge(
                new Traveller(
                    t.healthCode(),
                    t.riskAreaDaysAgo(),
                    t.testAgeHours(),
                    t.temperature(),
                    item.origin()));
        assertEquals(checks.invoke(null, form, judgement), InspectionData.checks(t));
      }
      InspectionForms.Item form =
          new InspectionForms.Item(
              item.id(),
              item.checkpoint(),
              item.lane(),
              InspectionSubject.VEHICLE,
              item.vehicleKind(),
              item.plate(),
              item.origin(),
              null,
              null,
              OffsetDateTime.ofInstant(item.guidedAt(), RosterAcceptBenchmark.ZONE),
              OffsetDateTime.ofInstant(item.verifiedAt(), ZoneOffset.UTC),
              OffsetDateTime.ofInstant(item.recordedAt(), RosterAcceptBenchmark.ZONE),
              OffsetDateTime.ofInstant(item.divertedAt(), ZoneOffset.UTC),
              item.outcome(),
              item.recorder(),
              people);
      assertEquals(fingerprint.invoke(null, form), InspectionData.fingerprint(item));
    }
    InspectionData.Traveller green =
        new InspectionData.Traveller(
            TravellerRole.DRIVER,
            "王建国",
            "330182198001010015",
            null,
            org.shaodian.checkpoints.api.HealthCodeColour.GREEN,
            null,
            20,
            new BigDecimal("36.6"),
            ScreeningDecision.PASS);
    assertEquals("绿码;无风险地区行程;核酸20小时;36.6℃;判定:放行", InspectionData.checks(green));
  }

  @Test
  void sealedValuesOpenToWhatWasSentAndTheJsonFitsTheServersLimit() {
    List<InspectionData.Item> items = items(1000);
    InspectionData.Item item = items.get(0);
    InspectionData.SealedItem sealed = InspectionData.seal(item);
    assertEquals(item.plate(), Sealed.open("PlateNumber", sealed.plate()));
    assertEquals(item.origin(), Sealed.open("TravelHistory", sealed.origin()));
    assertEquals(item.people().get(0).name(), Sealed.open("PersonName", sealed.names()[0]));
    assertEquals(item.people().get(0).idNumber(), Sealed.open("IdNumber", sealed.idNumbers()[0]));
    assertEquals(
        Sealed.blindIndex(IdNumber.of(item.people().get(0).idNumber())), sealed.idIndexes()[0]);
    String line =
        InspectionData.inspectionLine(sealed, "/330100/", UUID.randomUUID(), "x", Instant.EPOCH);
    assertEquals(26, line.split("\t", -1).length, "one value a column of the COPY");
    String people = InspectionData.personLines(sealed);
    assertEquals(item.people().size(), people.split("\n").length);
    for (String person : people.split("\n")) {
      assertEquals(9, person.split("\t", -1).length);
      assertTrue(person.endsWith("\t" + item.day()), "the inspection's duty day");
    }
    String json = InspectionData.json(item);
    assertTrue(json.startsWith("{\"id\":\"" + item.id() + "\""));
    assertTrue(json.contains("\"guidedAt\":\"" + item.guidedAt() + "\""));
    assertTrue(item.guidedAt().toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    // a device batch of 1,000 such vehicles is within the server's 1 MB for a JSON body
    int bytes = InspectionData.batchJson(items).getBytes(UTF_8).length;
    assertTrue(bytes < 1_048_576, bytes + " bytes");
  }

  @Test
  void aHistoryDaysTalliesEqualACountOfItsRows() {
    InspectionData.Generator generator = new InspectionData.Generator(5, false);
    SplittableRandom random = new SplittableRandom(6);
    List<UUID> recorders = List.of(UUID.randomUUID(), UUID.randomUUID());
    List<InspectionData.Item> items = new ArrayList<>();
    for (UUID exit : List.of(EXIT, UUID.randomUUID(), UUID.randomUUID())) {
      items.addAll(InspectionData.day(generator, random, exit, DAY, 3500, recorders));
    }
    assertEquals(3 * 3500, items.size(), 3 * 3500 * 0.1);
    InspectionData.Tallies tallies = new InspectionData.Tallies();
    items.forEach(tallies::add);
    Map<InspectionData.TallyKey, long[]> counted = new HashMap<>();
    for (InspectionData.Item item : items) {
      assertEquals(DAY, item.day());
      int hour = item.recordedAt().atZone(RosterAcceptBenchmark.ZONE).getHour();
      assertEquals(DAY, item.recordedAt().atZone(RosterAcceptBenchmark.ZONE).toLocalDate());
      assertEquals(hour / 8 + 1, item.shift());
      long[] c = counted.computeIfAbsent(item.tallyKey(), k -> new long[2]);
      c[0]++;
      c[1] += item.people().size();
    }
    assertEquals(counted.keySet(), tallies.counts.keySet());
    counted.forEach(
        (key, c) -> {
          assertEquals(c[0], tallies.counts.get(key)[0], key.toString());
          assertEquals(c[1], tallies.counts.get(key)[1], key.toString());
        });
    assertEquals(items.size(), tallies.inspections());
    assertEquals(items.stream().mapToLong(i -> i.people().size()).sum(), tallies.people());
    // keys in order: the order the baseline's upserts take their locks
    InspectionData.TallyKey previous = null;
    for (InspectionData.TallyKey key : tallies.counts.keySet()) {
      assertTrue(previous == null || previous.compareTo(key) < 0);
      previous = key;
    }
    // night is quieter than day
    long night =
        items.stream()
            .filter(i -> i.recordedAt().atZone(RosterAcceptBenchmark.ZONE).getHour() < 6)
            .count();
    long noon =
        items.stream()
            .filter(
                i -> {
                  int h = i.recordedAt().atZone(RosterAcceptBenchmark.ZONE).getHour();
                  return h >= 10 && h < 16;
                })
            .count();
    assertTrue(night * 3 < noon, night + " at night, " + noon + " by day");
  }

  @Test
  void aDutyKeepsTheRecordedTimeWithinIt() {
    Instant from = Instant.parse("2026-11-29T08:00:01Z");
    Instant until = Instant.parse("2026-11-29T16:00:00Z");
    CheckpointsBenchmark.OnDuty duty =
        new CheckpointsBenchmark.OnDuty(UUID.randomUUID(), DAY, 3, from, until);
    assertEquals(from, duty.clamp(from.minusSeconds(60)));
    assertEquals(until.minusSeconds(1), duty.clamp(until.plusSeconds(60)));
    Instant inside = Instant.parse("2026-11-29T12:00:00Z");
    assertEquals(inside, duty.clamp(inside));
    List<List<InspectionData.Item>> batches =
        CheckpointsBenchmark.batches(
            new InspectionData.Generator(1, true), new SplittableRandom(2), List.of(duty), 3, 10);
    assertEquals(3, batches.size());
    for (List<InspectionData.Item> batch : batches) {
      assertEquals(10, batch.size());
      for (InspectionData.Item item : batch) {
        assertFalse(item.recordedAt().isBefore(from));
        assertTrue(item.recordedAt().isBefore(until));
        assertEquals(3, item.shift());
      }
    }
    assertEquals(List.of(DAY + "/3"), List.copyOf(CheckpointsBenchmark.shiftsOf(batches)));
  }

  @Test
  void readsTheFiguresOfTheTalliesResponse() {
    String body =
        "{\"cumulative\":[{\"checkpoint\":\"a\",\"inspections\":300,\"people\":700},"
            + "{\"checkpoint\":\"b\",\"inspections\":5,\"people\":6}],\"day\":\"2026-11-28\","
            + "\"ofDay\":[{\"checkpoint\":\"a\",\"inspections\":30,\"people\":70}],"
            + "\"region\":\"330182002000\",\"since\":\"2025-11-28\"}";
    assertEquals(305, CheckpointsBenchmark.sum(CheckpointsBenchmark.array(body, "cumulative")));
    assertEquals(30, CheckpointsBenchmark.sum(CheckpointsBenchmark.array(body, "ofDay")));
    assertEquals(0, CheckpointsBenchmark.sum("[]"));
  }
}
