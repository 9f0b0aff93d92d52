package org.shaodian.kernel.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;
import java.util.ServiceLoader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.integrator.spi.Integrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxyFreeEntitiesTest {

  @Entity(name = "Household")
  static class Household {
    @Id Long id;

    @ElementCollection(fetch = FetchType.LAZY)
    List<String> notes;
  }

  @Entity(name = "Member")
  static class Member {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    Household household;
  }

  @Entity(name = "Notice")
  static class Notice {
    @Id Long id;
  }

  private StandardServiceRegistry registry;
  private Metadata metadata;

  @BeforeEach
  void mapping() {
    registry =
        new StandardServiceRegistryBuilder()
            .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
            .build();
    metadata =
        new MetadataSources(registry)
            .addAnnotatedClasses(Household.class, Member.class, Notice.class)
            .buildMetadata();
  }

  @AfterEach
  void close() {
    StandardServiceRegistryBuilder.destroy(registry);
  }

  @Test
  void onlyAnEntityThatAToOneAssociationPointsAtKeepsItsProxy() {
    assertThat(metadata.getEntityBindings())
        .allSatisfy(entity -> assertThat(entity.isLazy()).isTrue());

    new ProxyFreeEntities().integrate(metadata, (BootstrapContext) null, null);

    assertThat(metadata.getEntityBinding(Household.class.getName()).isLazy()).isTrue();
    assertThat(metadata.getEntityBinding(Member.class.getName()).isLazy()).isFalse();
    assertThat(metadata.getEntityBinding(Notice.class.getName()).isLazy()).isFalse();
  }

  @Test
  void everyPersistenceUnitFindsIt() {
    // Hibernate finds integrators with the ServiceLoader, in the kernel's jar for every unit
    assertThat(ServiceLoader.load(Integrator.class).stream().map(ServiceLoader.Provider::type))
        .contains(ProxyFreeEntities.class);
  }
}
