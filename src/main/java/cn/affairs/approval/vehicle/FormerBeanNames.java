package cn.affairs.approval.vehicle;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names a check had before its bean, class and rule names were made to match. A case started on an
 * older version of the diagram still calls the check by the name that version was deployed with.
 */
@Configuration
class FormerBeanNames {

  @Bean
  static BeanFactoryPostProcessor finalPriceCapCheckAlias() {
    return factory -> factory.registerAlias("vehicleFinalPriceCheck", "finalPriceCapCheck");
  }
}
