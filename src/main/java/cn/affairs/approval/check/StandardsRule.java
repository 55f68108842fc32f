package cn.affairs.approval.check;

import cn.affairs.approval.org.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a standards check is and what it rests on. The regulation map ({@code GET
 * /api/standards/articles}) is derived from these declarations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StandardsRule {

  /** Stable rule id stored with every result, e.g. {@code officeRoomArea}. */
  String id();

  /** What the rule checks, in Chinese, e.g. 办公室用房面积. */
  String name();

  /** The basis cited to the user, e.g. 《党政机关办公用房建设标准》办公室用房使用面积指标. */
  String basis();

  /** Articles of the two seed regulations this rule enforces, e.g. {@code 办法 第十九条}. */
  String[] articles();

  /**
   * Whether a FAIL is a prohibition (never approved) or a figure exceeded (approved only by {@link
   * #overridableBy()}).
   */
  RuleKind kind();

  /**
   * For a {@link RuleKind#FIGURE}: the bodies the article names as deciding the matter (e.g. {@code
   * GOVERNMENT} for 办法 第十八条 "报本级政府批准"), the only ones that may approve over its FAIL. Empty: the
   * article names no one, nobody may approve over it. Ignored for a prohibition.
   */
  Role[] overridableBy() default {};

  /**
   * The form fields this rule reads (e.g. {@code addedOfficeRoomArea}): the portal shows the
   * verdict beside them, and 预审 judges the rule once they are filled in and valid.
   */
  String[] fields() default {};

  /**
   * The user task whose data this rule checks again right after it (e.g. 集中采购 for the final price).
   * Approving that task over this rule's FAIL needs no override: the check runs again on the new
   * data.
   */
  String recheckedAfter() default "";
}
