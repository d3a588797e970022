package vn.police.grievance.process.mapping;

/**
 * The three changes that turn the engine's {@code Task.xml} into our copy (ADR 0006), kept here so
 * that a test can prove the copy is the engine's file with exactly these changes: an upgrade of
 * the engine that touches the task mapping fails that test instead of silently running old SQL.
 */
final class TaskMappingPatch {

  private TaskMappingPatch() {}

  static final String FRAGMENT_OLD =
      """
        <sql id="selectTaskByQueryCriteriaSql">
      """;

  static final String FRAGMENT_NEW =
      """
        <!-- grievance-handling (ADR 0006): the grants the engine's AUTH join below would join, as the body of
          an EXISTS; the caller adds the resource id. -->
        <sql id="grievanceTaskGrants">
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
      
        <sql id="selectTaskByQueryCriteriaSql">
      """;

  static final String JOIN_OLD =
      """
          <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
            <if test="!authCheck.revokeAuthorizationCheckEnabled">   \s
      """;

  static final String JOIN_NEW =
      """
          <!-- grievance-handling: EXISTS instead of this join when TaskQueryAuthorization says so (ADR 0006) -->
          <bind name="taskAuthExists" value="@vn.police.grievance.process.mapping.TaskQueryAuthorization@appliesTo(authCheck)" />
          <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null &amp;&amp; !taskAuthExists">
            <if test="!authCheck.revokeAuthorizationCheckEnabled">   \s
      """;

  static final String CHECK_OLD =
      """
            <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />\s
      """;

  static final String CHECK_NEW =
      """
            <choose>
              <!-- grievance-handling (ADR 0006): a task passes when one of the grants the engine's AUTH join
                would join exists; RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*') is asked as three EXISTS, each
                a single-value match that PostgreSQL can hash or look up in the RESOURCE_ID_ index, and
                the '*' one, the same for every task, is asked once. -->
              <when test="taskAuthExists">
                <bind name="authGroupIds" value="authCheck.authGroupIds" />
                <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
                <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
                and (
                <if test="applyAuthorizationCheckForCaseInstances" >
                  (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                  OR
                </if>
                  EXISTS (<include refid="grievanceTaskGrants" /> AND A.RESOURCE_ID_ = '*')
                  OR EXISTS (<include refid="grievanceTaskGrants" /> AND A.RESOURCE_ID_ = RES.ID_)
                  OR EXISTS (<include refid="grievanceTaskGrants" /> AND A.RESOURCE_ID_ = D.KEY_)
                )
              </when>
              <otherwise>
                <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />\s
              </otherwise>
            </choose>
      """;

  static String apply(String engineMapping) {
    return replaceOnce(replaceOnce(replaceOnce(engineMapping, FRAGMENT_OLD, FRAGMENT_NEW), JOIN_OLD, JOIN_NEW), CHECK_OLD, CHECK_NEW);
  }

  static String replaceOnce(String text, String old, String replacement) {
    int at = text.indexOf(old);
    if (at < 0 || text.indexOf(old, at + 1) >= 0) {
      throw new IllegalStateException("the engine's Task.xml no longer has exactly one:\n" + old);
    }
    return text.substring(0, at) + replacement + text.substring(at + old.length());
  }
}
