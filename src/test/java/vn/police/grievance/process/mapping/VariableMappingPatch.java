package vn.police.grievance.process.mapping;

/**
 * The three changes that turn the engine's {@code VariableInstance.xml} into our copy (ADR 0006),
 * kept here so that a test can prove the copy is the engine's file with exactly these changes, as
 * {@link TaskMappingPatch} does for the task mapping. Tasklist reads the card variables of a page's
 * tasks through this mapping's variable query, which joins the caller's grants the way the task
 * query did.
 */
final class VariableMappingPatch {

  private VariableMappingPatch() {}

  static final String FRAGMENT_OLD =
      """
        <sql id="selectVariableInstanceByQueryCriteriaSql">
      """;

  static final String FRAGMENT_NEW =
      """
        <!-- grievance-handling (ADR 0006): the grants the engine's AUTH join below would join, as the body of
          an EXISTS; the caller adds the resource id. -->
        <sql id="grievanceVariableGrants">
          SELECT 1
          FROM ${prefix}ACT_RU_AUTHORIZATION A
          WHERE A.TYPE_ &lt; 2
          AND ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
          <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
            OR A.GROUP_ID_ IN <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
          </if>
          )
          <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.atomicChecksOnResourceTypeAndPerms" />
        </sql>

        <sql id="selectVariableInstanceByQueryCriteriaSql">
      """;

  static final String JOIN_OLD =
      """
                <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
                  left join ${prefix}ACT_RU_EXECUTION PROC_EXECUTION
                  on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_

                  left join ${prefix}ACT_RE_PROCDEF PROCDEF
                  on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_  \s
                  <if test="!authCheck.revokeAuthorizationCheckEnabled">     \s
      """;

  static final String JOIN_NEW =
      """
                <!-- grievance-handling: EXISTS instead of the AUTH join below when TaskQueryAuthorization says so
                  and the engine would left-join (ADR 0006); the definition is still joined for its key -->
                <bind name="variableAuthExists" value="@vn.police.grievance.process.mapping.TaskQueryAuthorization@appliesTo(authCheck) &amp;&amp; authCheck.useLeftJoin" />
                <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
                  left join ${prefix}ACT_RU_EXECUTION PROC_EXECUTION
                  on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_

                  left join ${prefix}ACT_RE_PROCDEF PROCDEF
                  on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_  \s
                  <if test="!authCheck.revokeAuthorizationCheckEnabled &amp;&amp; !variableAuthExists">     \s
      """;

  static final String CHECK_OLD =
      """
                  <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />
                  <include refid="org.camunda.bpm.engine.impl.persistence.entity.TenantEntity.queryTenantCheck" />
      """;

  static final String CHECK_NEW =
      """
                  <choose>
                    <!-- grievance-handling (ADR 0006): a variable passes when one of the grants the engine's AUTH
                      join would join exists; RESOURCE_ID_ IN (RES.PROC_INST_ID_, PROC_EXECUTION.ID_, PROCDEF.KEY_,
                      RES.TASK_ID_, '*') is asked as one EXISTS per value, each a single-value match found in
                      the RESOURCE_ID_ index. PROC_EXECUTION is joined on ID_ = RES.PROC_INST_ID_, so its id is
                      that one or null and needs no EXISTS of its own. -->
                    <when test="variableAuthExists">
                      <bind name="authGroupIds" value="authCheck.authGroupIds" />
                      <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
                      <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
                      and (
                        (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                        OR EXISTS (<include refid="grievanceVariableGrants" /> AND A.RESOURCE_ID_ = '*')
                        OR EXISTS (<include refid="grievanceVariableGrants" /> AND A.RESOURCE_ID_ = RES.PROC_INST_ID_)
                        OR EXISTS (<include refid="grievanceVariableGrants" /> AND A.RESOURCE_ID_ = PROCDEF.KEY_)
                        OR EXISTS (<include refid="grievanceVariableGrants" /> AND A.RESOURCE_ID_ = RES.TASK_ID_)
                      )
                    </when>
                    <otherwise>
                      <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />
                    </otherwise>
                  </choose>
                  <include refid="org.camunda.bpm.engine.impl.persistence.entity.TenantEntity.queryTenantCheck" />
      """;

  static String apply(String engineMapping) {
    return TaskMappingPatch.replaceOnce(
        TaskMappingPatch.replaceOnce(TaskMappingPatch.replaceOnce(engineMapping, FRAGMENT_OLD, FRAGMENT_NEW), JOIN_OLD, JOIN_NEW),
        CHECK_OLD, CHECK_NEW);
  }
}
