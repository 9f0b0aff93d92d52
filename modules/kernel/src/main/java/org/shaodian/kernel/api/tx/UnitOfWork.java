package org.shaodian.kernel.api.tx;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A bean whose methods each run in one JTA transaction that Liberty owns, joining the caller's when
 * there is one (checkpoints calling grids call into the same transaction). Use it instead of a bare
 * {@code @Transactional} on every bean that writes.
 *
 * <p>Checks may happen inside the transaction: a {@link Problem} thrown in a method marks the whole
 * transaction rollback-only and travels on to the caller as it is, a 4xx without an FFDC incident
 * in the log (Liberty writes one for every other runtime exception that leaves a transactional
 * method, and rolls back then too). A database constraint violation the module declared ({@link
 * org.shaodian.kernel.api.problem.ConstraintRule}) becomes that rule's 409/400 Problem on the way
 * out; an optimistic-lock failure becomes 412. Anything else is an incident: rolled back, logged
 * and answered 500.
 */
@Stereotype
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = Problem.class)
@QuietRollback
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface UnitOfWork {}
