package cn.affairs.approval.org;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes {@link OrgIdentityProvider} the engine's identity provider (the way Camunda's LDAP plugin
 * plugs in), so our tables are the one source of truth of users, groups and memberships.
 */
@Component
class OrgIdentityPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<OrgMapper> org;
  private final Passwords passwords;

  OrgIdentityPlugin(ObjectProvider<OrgMapper> org, Passwords passwords) {
    this.org = org;
    this.passwords = passwords;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new OrgIdentityProvider(org.getObject(), passwords);
          }
        });
  }
}
