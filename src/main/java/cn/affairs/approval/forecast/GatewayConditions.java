package cn.affairs.approval.forecast;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Evaluates a gateway condition of a running case as the engine would, on its process instance (so
 * that routing rules such as {@code constructionRules.needsDrcAndFinanceOpinions(execution)} read
 * the case), without moving it: the expression is only read. A condition that cannot be evaluated
 * yet (e.g. a verdict variable a later check sets) counts as not holding.
 */
@Component
class GatewayConditions {

  private final ProcessEngineConfigurationImpl engine;

  GatewayConditions(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  boolean holds(String processInstanceId, String expression) {
    return engine
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              ExecutionEntity execution =
                  context.getExecutionManager().findExecutionById(processInstanceId);
              if (execution == null) {
                return false;
              }
              try {
                Object value =
                    engine.getExpressionManager().createExpression(expression).getValue(execution);
                return Boolean.TRUE.equals(value);
              } catch (RuntimeException notYet) {
                return false;
              }
            });
  }
}
