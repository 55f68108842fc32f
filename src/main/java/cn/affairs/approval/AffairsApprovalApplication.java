package cn.affairs.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 机关事务审批系统: office space, repairs, vehicles, plans and assets, each approved as a BPMN process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AffairsApprovalApplication {

  public static void main(String[] args) {
    SpringApplication.run(AffairsApprovalApplication.class, args);
  }
}
