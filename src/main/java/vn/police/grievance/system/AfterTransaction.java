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

  /**
   * A value that belongs to the current transaction (what it has read, what it must write before it
   * commits): made at first use, handed to {@code beforeCommit} (when not null) as the transaction
   * is about to commit, and dropped when it ends. A transaction started inside it (REQUIRES_NEW) has
   * its own. Null outside a transaction.
   */
  public static <T> T ofThisTransaction(Object key, java.util.function.Supplier<T> fresh,
      java.util.function.Consumer<T> beforeCommit) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    T value = (T) TransactionSynchronizationManager.getResource(key);
    if (value != null) {
      return value;
    }
    T made = fresh.get();
    TransactionSynchronizationManager.bindResource(key, made);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
      }

      @Override
      public void resume() {
        TransactionSynchronizationManager.bindResource(key, made);
      }

      @Override
      public void beforeCommit(boolean readOnly) {
        if (beforeCommit != null) {
          beforeCommit.accept(made);
        }
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
      }
    });
    return made;
  }

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
