package org.shaodian.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.internal.register.RegisterColumn;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.personal.IdNumber;

/** The register benchmark's data: households, buildings and spreadsheets the application takes. */
class RegisterDataTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void householdsHaveValidUniqueIdNumbersAndFlagsThatFit() {
    Set<Long> used = new HashSet<>();
    ResidentData.Households households =
        new ResidentData.Households(1, used, 0, ResidentData.LOADED_SEQUENCES, TODAY);
    Set<String> seen = new HashSet<>();
    int people = 0;
    int households_ = 0;
    for (int h = 0; h < 20_000; h++) {
      List<ResidentData.Person> members = households.household(households.size());
      households_++;
      assertEquals(HouseholdRelation.HEAD, members.get(0).relation());
      for (ResidentData.Person p : members) {
        people++;
        assertTrue(IdNumber.isValid(p.idNumber()), p.idNumber());
        assertTrue(seen.add(p.idNumber()), "twice: " + p.idNumber());
        assertTrue(Integer.parseInt(p.idNumber().substring(14, 17)) < 900);
        int age = Period.between(IdNumber.of(p.idNumber()).birthDate(), TODAY).getYears();
        if (p.elderlyLivingAlone()) {
          assertTrue(age >= 60 && members.size() == 1, "elderly living alone at " + age);
        }
        if (p.servingPartyMember()) {
          assertTrue(p.partyMember());
        }
        if (p.phone() != null) {
          assertTrue(p.phone().matches("1[3-9][0-9]{9}"), p.phone());
        }
      }
    }
    double mean = people / (double) households_;
    assertEquals(2.55, mean, 0.05);
  }

  @Test
  void layoutsNameUnitsAndRooms() {
    ResidentData.Layout layout = new ResidentData.Layout(2, 3, 2);
    assertEquals(12, layout.dwellings());
    assertEquals("1单元", layout.unit(0));
    assertEquals("101", layout.room(0));
    assertEquals("102", layout.room(1));
    assertEquals("302", layout.room(5));
    assertEquals("2单元", layout.unit(6));
    assertEquals("101", layout.room(6));
    ResidentData.Layout none = new ResidentData.Layout(0, 6, 2);
    assertEquals(12, none.dwellings());
    assertEquals("", none.unit(11));
  }

  @Test
  void theApplicationsReaderTakesTheSpreadsheet(@TempDir Path dir) throws Exception {
    Set<Long> used = new HashSet<>();
    RegisterFile file = RegisterFile.generate(1000, 100, 3, used, TODAY);
    assertEquals(1000, file.residents());
    assertTrue(file.buildings() >= 9 && file.buildings() <= 12, "about 100 a building");
    Path xlsx = dir.resolve("register.xlsx");
    assertTrue(file.write(xlsx) > 10_000);

    RegisterSheet.Layout layout = RegisterSheet.layout(xlsx);
    assertEquals(RegisterColumn.values().length, layout.columns().size());
    List<RegisterSheet.Row> rows = new ArrayList<>();
    RegisterSheet.read(xlsx, rows::add);
    assertEquals(1000, rows.size());
    Set<String> dwellings = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      RegisterSheet.Row row = rows.get(i);
      RegisterFile.Line line = file.lines().get(i);
      assertEquals(i + 2, row.number());
      assertEquals(line.person().idNumber(), row.get(RegisterColumn.ID_NUMBER));
      assertEquals(line.person().name(), row.get(RegisterColumn.NAME));
      assertTrue(Integer.parseInt(line.person().idNumber().substring(14, 17)) >= 900);
      dwellings.add(
          row.get(RegisterColumn.BUILDING)
              + "/"
              + row.get(RegisterColumn.UNIT)
              + "/"
              + row.get(RegisterColumn.ROOM));
    }
    assertEquals(file.dwellings(), dwellings.size());

    // a second file sharing `used` never repeats an ID number of the first
    RegisterFile other = RegisterFile.generate(1000, 100, 3, used, TODAY);
    Set<String> first = new HashSet<>();
    file.lines().forEach(l -> first.add(l.person().idNumber()));
    assertFalse(other.lines().stream().anyMatch(l -> first.contains(l.person().idNumber())));
    Files.deleteIfExists(xlsx);
  }
}
