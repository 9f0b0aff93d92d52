package org.shaodian.kernel.internal.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
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
