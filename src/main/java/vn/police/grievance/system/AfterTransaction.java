package vn.police.grievance.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a cache of ours does around the transaction that changes what it holds: forget now and
 * again once the transaction ends (a reader in between must not keep the state from before), or
 * remember only once the transaction has committed (a rolled-back one must leave nothing behind).
 * Outside a transaction both happen at once.
 */
public final class AfterTransaction {

  private AfterTransaction() {}

  /** Runs now and, inside a transaction, again when it completes (committed or rolled back). */
  public static void nowAndAtCompletion(Runnable forget) {
    forget.run();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          forget.run();
        }
      });
    }
  }

  /** Runs once the current transaction commits; at once outside a transaction. */
  public static void onCommit(Runnable remember) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      remember.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        remember.run();
      }
    });
  }
}
