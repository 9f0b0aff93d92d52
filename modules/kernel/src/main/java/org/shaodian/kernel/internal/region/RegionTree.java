package org.shaodian.kernel.internal.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/**
 * Changes to the administrative tree: a region list imported from the statistics bureau's codes, a
 * compound grid added under a community, the top of the tree planted when an installation starts.
 * Each method is one transaction with its audit entry; regions are added and renamed, never moved
 * or removed ({@link RegionNode}).
 */
@UnitOfWork
@ApplicationScoped
public class RegionTree {

  /** How many codes one look-up names (an IN list each database takes). */
  private static final int LOOK_UP = 500;

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  /**
   * Imports a region list: every row is checked first ({@link RegionImport}); if any is wrong, a
   * 400 lists them all and nothing is written; otherwise the new regions are added, parents first,
   * the renamed ones renamed, and one audit entry lists them.
   */
  @KernelAccess(KernelPermission.REGION_IMPORT)
  public RegionImportResult importList(List<RegionRow> rows) {
    JurisdictionScope scope = access.scope(KernelPermission.REGION_IMPORT, null);
    Map<RegionCode, RegionNode> nodes = nodes(RegionImport.codesToLookUp(rows));
    Map<RegionCode, Region> stored = new HashMap<>();
    nodes.forEach((code, node) -> stored.put(code, node.toRegion()));
    RegionImport plan = RegionImport.plan(rows, stored, lastSortOrders(nodes.keySet()), scope);
    if (!plan.errors().isEmpty()) {
      throw Problem.invalid(plan.errors());
    }

    List<String> touched = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (RegionImport.Renaming renaming : plan.renamings()) {
      RegionNode node = nodes.get(renaming.code());
      node.rename(renaming.name(), renaming.nameEn());
      touched.add(renaming.code().value());
      paths.add(node.path());
    }
    for (RegionImport.Creation creation : plan.creations()) {
      em.persist(
          RegionNode.addUnder(
              creation.parent(),
              creation.code(),
              creation.name(),
              creation.nameEn(),
              creation.sortOrder()));
      touched.add(creation.code().value());
      paths.add(creation.region().path());
    }
    em.flush();
    if (!touched.isEmpty()) {
      // one entry for the whole list, where the supervisors of every region it touched read it
      audit.record(
          AuditEvent.of(
                  RegionAudit.IMPORTED,
                  RegionAudit.REGION_LIST,
                  UUID.randomUUID().toString(),
                  commonAncestorPath(paths))
              .withSummary(
                  "created="
                      + plan.creations().size()
                      + " renamed="
                      + plan.renamings().size()
                      + " unchanged="
                      + plan.unchanged())
              .withItems(RegionAudit.REGION, touched));
    }
    return new RegionImportResult(
        plan.creations().size(), plan.renamings().size(), plan.unchanged());
  }

  /**
   * Adds a compound grid under a village or community of the caller's jurisdiction, with the code
   * given or else the next free one (the community's code + 3 digits).
   */
  @KernelAccess(KernelPermission.GRID_ADD)
  public Region addGrid(RegionCode parentCode, String name, String nameEn, RegionCode code) {
    Region community = access.require(KernelPermission.GRID_ADD, parentCode);
    if (community.level() != RegionLevel.VILLAGE) {
      throw Problem.invalid(
          "parentCode", Text.of("网格须设在村或社区之下", "a grid belongs under a village or community"));
    }
    List<RegionNode> siblings =
        em.createQuery("select r from RegionNode r where r.parentCode = :parent", RegionNode.class)
            .setParameter("parent", parentCode.value())
            .getResultList();
    RegionCode gridCode;
    if (code != null) {
      if (code.level() != RegionLevel.GRID || !code.value().startsWith(parentCode.value())) {
        throw Problem.invalid(
            "code",
            Text.of(
                "网格代码须为所在社区的代码加 3 位数字", "a grid's code is its community's code and 3 more digits"));
      }
      gridCode = code;
    } else {
      gridCode =
          nextGridCode(parentCode, siblings.stream().map(RegionNode::code).toList())
              .orElseThrow(
                  () ->
                      Problem.conflict(
                          Text.of(
                              "该社区的网格代码已用完(001–999)",
                              "this community has no grid codes left (001–999)")));
    }
    if (em.find(RegionNode.class, gridCode.value()) != null) {
      throw Problem.conflict(Text.of("已有区域使用该代码", "a region with this code exists"));
    }
    int sortOrder = siblings.stream().mapToInt(RegionNode::sortOrder).max().orElse(0) + 1;
    RegionNode grid = RegionNode.addUnder(community, gridCode, name, nameEn, sortOrder);
    em.persist(grid);
    em.flush();
    audit.record(
        AuditEvent.of(RegionAudit.CREATED, RegionAudit.REGION, gridCode.value(), grid.path())
            .withSummary("grid under=" + parentCode));
    return grid.toRegion();
  }

  /**
   * Plants the top of the tree when an installation has none with this code (the bootstrap):
   * whether it did.
   */
  @KernelAccess(KernelPermission.REGION_IMPORT)
  public boolean plantRoot(RegionCode code, String name, String nameEn) {
    if (em.find(RegionNode.class, code.value()) != null) {
      return false;
    }
    RegionNode root = RegionNode.plantRoot(code, name, nameEn);
    em.persist(root);
    em.flush();
    audit.record(
        AuditEvent.of(RegionAudit.CREATED, RegionAudit.REGION, code.value(), root.path())
            .withSummary("root"));
    return true;
  }

  /**
   * The grid code after the highest one under the community ({@code 001} for its first), so codes
   * follow the order grids were added in; empty once {@code 999} is taken.
   */
  static Optional<RegionCode> nextGridCode(RegionCode community, Collection<RegionCode> children) {
    int highest =
        children.stream()
            .map(RegionCode::value)
            .filter(child -> child.length() == 15 && child.startsWith(community.value()))
            .mapToInt(child -> Integer.parseInt(child.substring(12)))
            .max()
            .orElse(0);
    return highest >= 999
        ? Optional.empty()
        : Optional.of(RegionCode.of(community.value() + String.format("%03d", highest + 1)));
  }

  /** The longest path that every one of {@code paths} lies within (ends at a region's code). */
  static String commonAncestorPath(List<String> paths) {
    String common = paths.get(0);
    for (String path : paths) {
      int length = 0;
      while (length < Math.min(common.length(), path.length())
          && common.charAt(length) == path.charAt(length)) {
        length++;
      }
      common = common.substring(0, length);
    }
    return common.substring(0, common.lastIndexOf('/') + 1);
  }

  private Map<RegionCode, RegionNode> nodes(Collection<RegionCode> codes) {
    Map<RegionCode, RegionNode> nodes = new HashMap<>();
    for (List<String> some : chunks(codes)) {
      em.createQuery("select r from RegionNode r where r.code in :codes", RegionNode.class)
          .setParameter("codes", some)
          .getResultList()
          .forEach(node -> nodes.put(node.code(), node));
    }
    return nodes;
  }

  private Map<RegionCode, Integer> lastSortOrders(Collection<RegionCode> parents) {
    Map<RegionCode, Integer> last = new HashMap<>();
    for (List<String> some : chunks(parents)) {
      em.createQuery(
              "select r.parentCode, max(r.sortOrder) from RegionNode r"
                  + " where r.parentCode in :codes group by r.parentCode",
              Object[].class)
          .setParameter("codes", some)
          .getResultList()
          .forEach(row -> last.put(RegionCode.of((String) row[0]), (Integer) row[1]));
    }
    return last;
  }

  private static List<List<String>> chunks(Collection<RegionCode> codes) {
    List<String> values = codes.stream().map(RegionCode::value).toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += LOOK_UP) {
      chunks.add(values.subList(from, Math.min(values.size(), from + LOOK_UP)));
    }
    return chunks;
  }
}
