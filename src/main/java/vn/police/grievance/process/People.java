package vn.police.grievance.process;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The people the engine's user store knows: names to show, members of a group to choose from. */
@Component
public class People {

  /** A person as others read them. */
  public record Person(String id, String name) {}

  private final IdentityService identity;

  public People(IdentityService identity) {
    this.identity = identity;
  }

  public boolean isMember(String userId, String groupId) {
    return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  public List<Person> members(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list().stream()
        .map(People::person).toList();
  }

  /** A member of a group who can be written to. */
  public record Addressee(String id, String name, String email) {}

  /** The members of a group who have an e-mail address (from the user store, or the single sign-on token). */
  public List<Addressee> addresseesOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> new Addressee(u.getId(), person(u).name(), u.getEmail().trim()))
        .toList();
  }

  /** The e-mail addresses of a group's members who have one (from the user store, or the single sign-on token). */
  public List<String> emailsOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(e -> e != null && !e.isBlank())
        .distinct()
        .toList();
  }

  /** The person's full name, or the id when the store does not know them. */
  public String nameOf(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : person(user).name();
  }

  private static Person person(User user) {
    String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name);
  }
}
