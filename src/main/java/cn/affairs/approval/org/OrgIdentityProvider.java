package cn.affairs.approval.org;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity service over our organisation tables: users, the groups roles make, and
 * memberships are read from {@code app_user}, {@code unit} and {@code user_role}, never from {@code
 * ACT_ID_*}. Read-only, so Camunda Admin shows the organisation but changes go through our admin
 * API ({@link OrganisationAdmin}), audited. The organisation is small (hundreds of users), so a
 * query filters one snapshot in memory.
 */
class OrgIdentityProvider implements ReadOnlyIdentityProvider {

  private final OrgMapper org;
  private final Passwords passwords;

  OrgIdentityProvider(OrgMapper org, Passwords passwords) {
    this.org = org;
    this.passwords = passwords;
  }

  @Override
  public User findUserById(String userId) {
    return createUserQuery().userId(userId).singleResult();
  }

  @Override
  public UserQuery createUserQuery() {
    return new Users(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new Users();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException("用户来自本系统的组织机构表，不支持原生 SQL 查询");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return userId != null && passwords.matches(password, Organisation.load(org).user(userId));
  }

  @Override
  public Group findGroupById(String groupId) {
    return createGroupQuery().groupId(groupId).singleResult();
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new Groups(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new Groups();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenants();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private static <T> List<T> page(Stream<T> found, Page page) {
    Stream<T> s = found;
    if (page != null) {
      s = s.skip(page.getFirstResult()).limit(page.getMaxResults());
    }
    return s.toList();
  }

  private static boolean like(String value, String pattern) {
    if (pattern == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    String regex = ("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
    return value.toLowerCase().matches(regex.toLowerCase());
  }

  private static boolean equal(String wanted, String value) {
    return wanted == null || wanted.equals(value);
  }

  private static boolean in(String[] wanted, String value) {
    return wanted == null || Arrays.asList(wanted).contains(value);
  }

  /** Users: first name is the person's name, last name the unit's, as Camunda Admin shows them. */
  private class Users extends UserQueryImpl {

    Users() {}

    Users(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    private Stream<User> find() {
      if (procDefId != null || tenantId != null) {
        return Stream.empty();
      }
      Organisation o = Organisation.load(org);
      Predicate<OrgMapper.UserRow> match =
          u ->
              equal(id, u.id())
                  && in(ids, u.id())
                  && equal(firstName, u.name())
                  && like(u.name(), firstNameLike)
                  && equal(lastName, u.unitName())
                  && like(u.unitName(), lastNameLike)
                  && equal(email, u.email())
                  && like(u.email(), emailLike)
                  && (groupId == null || o.groupsOf(u.id()).contains(groupId));
      return o.users().stream().filter(match).map(OrgIdentityProvider::user);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return find().count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return page(find().sorted(Comparator.comparing(User::getId)), page);
    }
  }

  private static User user(OrgMapper.UserRow row) {
    UserEntity user = new UserEntity(row.id());
    user.setFirstName(row.name());
    user.setLastName(row.unitName());
    user.setEmail(row.email());
    return user;
  }

  private class Groups extends GroupQueryImpl {

    Groups() {}

    Groups(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    private Stream<Group> find() {
      if (procDefId != null || tenantId != null) {
        return Stream.empty();
      }
      Organisation o = Organisation.load(org);
      List<String> memberOf = userId == null ? null : o.groupsOf(userId);
      return o.groups().stream()
          .filter(
              g ->
                  equal(id, g.id())
                      && in(ids, g.id())
                      && equal(name, g.name())
                      && like(g.name(), nameLike)
                      && equal(type, g.role().name())
                      && (memberOf == null || memberOf.contains(g.id())))
          .map(
              g -> {
                GroupEntity group = new GroupEntity(g.id());
                group.setName(g.name());
                group.setType(g.role().name());
                return (Group) group;
              });
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return find().count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return page(find().sorted(Comparator.comparing(Group::getId)), page);
    }
  }

  /** The system has no tenants: one government is not a Camunda tenant but a scope of groups. */
  private static class NoTenants extends TenantQueryImpl {

    NoTenants() {}

    NoTenants(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }
}
