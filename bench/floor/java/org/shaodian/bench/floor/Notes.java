package org.shaodian.bench.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The floor application's one bean: a JTA entity manager, as every module of the product has. */
@ApplicationScoped
public class Notes {

  @PersistenceContext(unitName = "floor")
  EntityManager entityManager;

  @Transactional
  public String text(long id) {
    Note note = entityManager.find(Note.class, id);
    return note == null ? "" : note.text;
  }
}
