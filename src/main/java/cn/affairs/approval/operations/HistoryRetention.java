package cn.affairs.approval.operations;

import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long Camunda keeps the history of an ended case ({@code affairs.history.time-to-live-days},
 * default 1825 days = 5 years): every process definition gets it, whatever its BPMN says ({@code
 * camunda:historyTimeToLive}, required by the diagram rules, is the modeller's default), those
 * deployed before a change of the setting too (at start-up). Camunda's history cleanup then removes
 * the history of cases ended longer ago, inside the window {@code
 * camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime/EndTime}
 * (application.yml). The case record itself (our tables: form, checks, timeline, registers) is
 * never removed; the case page, timeline and diagram work without the engine's history.
 */
@Component
class HistoryRetention extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final int days;

  HistoryRetention(@Value("${affairs.history.time-to-live-days:1825}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException("affairs.history.time-to-live-days 须为正整数（天），现为 " + days);
    }
    this.days = days;
  }

  int days() {
    return days;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                definition.setHistoryTimeToLive(days);
              }
            });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        try {
          repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        } catch (OptimisticLockingException otherNode) {
          log.info("{}: history time to live set by another node", definition.getId());
        }
      }
    }
  }
}
