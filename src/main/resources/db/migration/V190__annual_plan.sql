-- annual-plan (机关运行保障年度计划编制): the budget ceiling (预算控制数, 条例 第三十六条第二款) 财政部门 set on a
-- case, kept until 本级人民政府 approves and the plan is issued with it (annual_plan.ceiling).
CREATE TABLE annual_plan_ceiling (
  application_id VARCHAR(32)   NOT NULL PRIMARY KEY,
  ceiling        DECIMAL(14,2) NOT NULL,   -- 万元
  set_at         TIMESTAMP     NOT NULL,
  CONSTRAINT fk_ceiling_app FOREIGN KEY (application_id) REFERENCES application (id)
);
