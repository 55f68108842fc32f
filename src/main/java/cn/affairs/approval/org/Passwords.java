package cn.affairs.approval.org;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Passwords hashed as Camunda hashes them (its password manager, salted, {@code {SHA-512}} by
 * default), so hashes from Camunda's own user table carry over and Camunda's configured encryptor
 * applies to ours.
 */
@Component
class Passwords {

  /** A hash with the salt it was made with. */
  record Hashed(String hash, String salt) {}

  private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

  Passwords(ObjectProvider<ProcessEngineConfigurationImpl> engine) {
    this.engine = engine;
  }

  Hashed hash(String password) {
    ProcessEngineConfigurationImpl configuration = engine.getObject();
    String salt = configuration.getSaltGenerator().generateSalt();
    return new Hashed(configuration.getPasswordManager().encrypt(password + salt), salt);
  }

  boolean matches(String password, OrgMapper.UserRow user) {
    if (password == null || user == null || user.passwordHash() == null) {
      return false;
    }
    String salt = user.passwordSalt() == null ? "" : user.passwordSalt();
    return engine.getObject().getPasswordManager().check(password + salt, user.passwordHash());
  }
}
