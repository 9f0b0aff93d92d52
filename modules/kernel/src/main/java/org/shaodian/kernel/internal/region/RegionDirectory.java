package org.shaodian.kernel.internal.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;

/** The region tree from the kernel's tables. */
@ApplicationScoped
public class RegionDirectory implements Regions {

  static final Text REGION = Text.of("区域", "Region");

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Override
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(em.find(RegionNode.class, code.value())).map(RegionNode::toRegion);
  }

  @Override
  public Region get(RegionCode code) {
    return find(code).orElseThrow(() -> Problem.notFound(REGION));
  }

  @Override
  public Map<RegionCode, Region> findAll(Collection<RegionCode> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select r from RegionNode r where r.code in :codes", RegionNode.class)
        .setParameter("codes", codes.stream().map(RegionCode::value).distinct().toList())
        .getResultList()
        .stream()
        .map(RegionNode::toRegion)
        .collect(Collectors.toMap(Region::code, region -> region));
  }

  @Override
  public List<Region> within(Region root, RegionLevel level, int atMost) {
    return em
        .createQuery(
            "select r from RegionNode r where r.path like :path and r.level = :level"
                + " order by r.path",
            RegionNode.class)
        .setParameter("path", root.path() + "%")
        .setParameter("level", level)
        .setMaxResults(atMost)
        .getResultList()
        .stream()
        .map(RegionNode::toRegion)
        .toList();
  }

  @Override
  public List<Region> roots() {
    return em
        .createQuery(
            "select r from RegionNode r where r.parentCode is null order by r.path",
            RegionNode.class)
        .getResultList()
        .stream()
        .map(RegionNode::toRegion)
        .toList();
  }

  @Override
  public List<Region> children(RegionCode code) {
    return em
        .createQuery(
            "select r from RegionNode r where r.parentCode = :code order by r.sortOrder, r.code",
            RegionNode.class)
        .setParameter("code", code.value())
        .getResultList()
        .stream()
        .map(RegionNode::toRegion)
        .toList();
  }
}
