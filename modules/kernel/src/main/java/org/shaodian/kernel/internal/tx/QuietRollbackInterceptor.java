package org.shaodian.kernel.internal.tx;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.tx.QuietRollback;

/**
 * Inside the transaction of a {@link org.shaodian.kernel.api.tx.UnitOfWork}: a Problem, or a
 * failure that means one (a declared constraint, an optimistic lock), marks the transaction
 * rollback-only and leaves as a Problem. The transaction interceptor lets Problems pass without
 * marking or logging them ({@code dontRollbackOn}), and rolls back what this one marked.
 */
@QuietRollback
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class QuietRollbackInterceptor {

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject DatabaseProblems databaseProblems;

  @AroundInvoke
  Object rollBackQuietly(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (Problem problem) {
      markRollbackOnly();
      throw problem;
    } catch (RuntimeException failure) {
      Optional<Problem> meaning = databaseProblems.meaningOf(failure);
      if (meaning.isEmpty()) {
        throw failure;
      }
      markRollbackOnly();
      throw meaning.get();
    }
  }

  private void markRollbackOnly() {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.setRollbackOnly();
    }
  }
}
