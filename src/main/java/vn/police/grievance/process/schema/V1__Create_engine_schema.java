package vn.police.grievance.process.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine schema on an empty database, exactly as the engine would create it: Camunda's create
 * scripts for this database, which also write the rows the engine expects (its schema version and
 * the rows it locks in ACT_GE_PROPERTY, the version in ACT_GE_SCHEMA_LOG). The engine adds its
 * history level when it first starts. On PostgreSQL it all happens in one transaction.
 *
 * <p>It creates the schema of the engine jar on the class path; when Camunda is upgraded, add the
 * next migration (e.g. {@code V2__Upgrade_engine_7_24_to_7_25} calling {@link EngineScripts#upgrade})
 * for the databases created before.
 */
public class V1__Create_engine_schema extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    EngineScripts.create(context.getConnection());
  }
}
