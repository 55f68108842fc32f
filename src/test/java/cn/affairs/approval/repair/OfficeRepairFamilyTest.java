package cn.affairs.approval.repair;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.testing.AffairsTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The family's declarations agree with its BPMN: step articles, step forms, check rules. */
@AffairsTest
class OfficeRepairFamilyTest {

  @Autowired ProcessFamilies families;
  @Autowired RepositoryService repository;
  @Autowired Checks checks;

  BpmnModelInstance model() {
    var definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("office-repair")
            .latestVersion()
            .singleResult();
    return repository.getBpmnModelInstance(definition.getId());
  }

  @Test
  void everyStepWithArticlesIsInTheDiagram() {
    ProcessFamily family = families.find("office-repair").orElseThrow();
    Set<String> ids =
        model().getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId)
            .collect(Collectors.toSet());
    assertThat(ids).containsAll(family.stepArticles().keySet());
    assertThat(family.stepArticles().get("Task_EnterRepairPlan")).contains("办法 第十二条", "办法 第二十条第二款");
    assertThat(family.stepArticles().get("Task_BureauAssessment")).contains("办法 第二十条第二款");
    assertThat(family.stepArticles().get("Task_CostReview")).contains("办法 第二十条第二款");
  }

  @Test
  void onlyImplementationHasAStepFormAndItIsTheApplicants() {
    ProcessFamily family = families.find("office-repair").orElseThrow();
    for (UserTask task : model().getModelElementsByType(UserTask.class)) {
      boolean implementation = "Task_Implementation".equals(task.getId());
      assertThat(family.stepForm(task.getId()).fields().isEmpty())
          .as(task.getId())
          .isEqualTo(!implementation);
      assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
          .as(task.getId())
          .isTrue();
    }
    assertThat(family.stepForm("Task_Implementation").fields())
        .extracting(f -> f.name())
        .containsExactly("completedOn", "actualCost");
  }

  @Test
  void theRepairChecksCiteArticleTwenty() {
    for (String rule : Set.of("repairScope", "repairInterval", "repairCostPerArea")) {
      var check =
          checks.all().stream().filter(c -> c.rule().id().equals(rule)).findFirst().orElseThrow();
      assertThat(check.rule().articles()).as(rule).contains("办法 第二十条第二款");
    }
  }
}
