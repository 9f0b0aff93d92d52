package org.shaodian.kernel.internal.schema;

import java.util.HashSet;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Lazy proxies only for the entities that can be reached through a to-one association.
 *
 * <p>Hibernate makes a proxy class (with ByteBuddy) for every entity when a persistence unit
 * starts, in case one is ever loaded lazily. Here nothing is: no relationship crosses a module, and
 * inside a module entities refer to each other by id or hold collections (which need no proxy), so
 * those classes were made at every start and never used; the generation and the bytecode library it
 * pulls in were a good part of the first unit's start (bench/README.md, "Start-up"). An entity that
 * a {@code @ManyToOne}/{@code @OneToOne} points at keeps its proxy, so such an association stays
 * lazy if one is added. {@code getReference} on an entity without one loads it at once instead of
 * returning a proxy.
 *
 * <p>Registered through {@code META-INF/services} for every unit; it runs before Hibernate builds
 * the runtime model from the mapping.
 */
public class ProxyFreeEntities implements Integrator {

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    Set<String> pointedAt = new HashSet<>();
    for (PersistentClass entity : metadata.getEntityBindings()) {
      for (Property property : entity.getPropertyClosure()) {
        collectToOneTargets(property.getValue(), pointedAt);
      }
    }
    for (PersistentClass entity : metadata.getEntityBindings()) {
      if (!pointedAt.contains(entity.getEntityName()) && !entity.hasSubclasses()) {
        entity.setLazy(false);
      }
    }
  }

  private static void collectToOneTargets(Value value, Set<String> pointedAt) {
    if (value instanceof ToOne toOne) {
      pointedAt.add(toOne.getReferencedEntityName());
    } else if (value instanceof Component component) {
      for (Property property : component.getProperties()) {
        collectToOneTargets(property.getValue(), pointedAt);
      }
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}
}
