package cn.affairs.approval.org;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin of a system without the demo data (which has no {@code admin}/{@code demo}
 * account): at start-up, when no user holds the ADMIN role, creates one ({@code
 * affairs.first-admin.id}, default {@code admin}) in the bureau of the configured government,
 * creating those two when missing. Its password is {@code AFFAIRS_ADMIN_PASSWORD} (at least {@value
 * #MIN_PASSWORD} characters) or, when that is empty, generated and written to the log once, at
 * WARN; it is never written anywhere else. Runs after the demo data loader, before the system is
 * ready; of two nodes starting on one empty database, one creates the admin (the other's insert
 * fails on the key and it leaves it at that).
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

  static final int MIN_PASSWORD = 12;
  private static final int GENERATED_LENGTH = 20;
  // no 0/O, 1/l/I: read off a console
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final OrgMapper org;
  private final Passwords passwords;
  private final TransactionTemplate transaction;
  private final FirstAdminProperties properties;

  FirstAdmin(
      OrgMapper org,
      Passwords passwords,
      TransactionTemplate transaction,
      FirstAdminProperties properties) {
    this.org = org;
    this.passwords = passwords;
    this.transaction = transaction;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (org.adminCount() > 0) {
      return;
    }
    boolean fromEnvironment = !properties.password().isEmpty();
    if (fromEnvironment && properties.password().length() < MIN_PASSWORD) {
      throw new IllegalStateException(
          "AFFAIRS_ADMIN_PASSWORD（affairs.first-admin.password）至少 " + MIN_PASSWORD + " 个字符");
    }
    String password = fromEnvironment ? properties.password() : generated();
    boolean created;
    try {
      created = Boolean.TRUE.equals(transaction.execute(status -> create(password)));
    } catch (DuplicateKeyException otherNode) {
      log.info("首个管理员账号已由另一节点创建");
      return;
    }
    if (!created) {
      return;
    }
    if (fromEnvironment) {
      log.warn("已创建首个管理员账号 {}，密码取自环境变量 AFFAIRS_ADMIN_PASSWORD；请登录后在“组织机构”中修改", properties.id());
    } else {
      log.warn("已创建首个管理员账号 {}，初始密码：{}（只在此显示一次，请登录后在“组织机构”中修改）", properties.id(), password);
    }
  }

  /** Creates the admin in one transaction; false when another node made one meanwhile. */
  private boolean create(String password) {
    if (org.adminCount() > 0) {
      return false;
    }
    if (org.user(properties.id()) != null) {
      throw new IllegalStateException(
          "没有管理员，但账号 "
              + properties.id()
              + " 已存在：请以 affairs.first-admin.id 指定另一个账号名，或在数据库中为它授予 ADMIN 角色");
    }
    if (org.government(properties.governmentCode()) == null) {
      org.insertGovernment(
          new Government(
              properties.governmentCode(),
              properties.governmentName(),
              properties.governmentLevel()));
    }
    if (org.unit(properties.unitCode()) == null) {
      org.insertUnit(
          new Unit(
              properties.unitCode(),
              properties.unitName(),
              properties.governmentCode(),
              "BUREAU",
              0,
              true));
    }
    Passwords.Hashed hashed = passwords.hash(password);
    org.insertUser(
        new OrgMapper.UserRow(
            properties.id(),
            properties.name(),
            null,
            properties.unitCode(),
            null,
            null,
            null,
            hashed.hash(),
            hashed.salt(),
            true));
    org.insertRole(properties.id(), Role.ADMIN.name());
    return true;
  }

  private static String generated() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
