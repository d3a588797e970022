package vn.police.grievance.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, that a person's password was right, with their groups and tenants:
 * an API client sending HTTP Basic credentials with every request is checked against the user
 * store once a while, not on every request. Each check costs the store a user read, a password hash
 * (salted SHA-512), a group query and a tenant query, in their own transactions; a client driving a
 * whole item through its steps sends some twenty requests.
 *
 * <p>Only requests with HTTP Basic credentials are answered from here; a sign-in through the login
 * form always asks the store (it happens once per session, and during a database outage it must not
 * succeed on a remembered password and lead to a page that cannot load).
 *
 * <p>What is kept is no password: an HMAC of the user id and the password under a key drawn at
 * start and never stored, so nothing here lets anyone recover or replay a password, and a node's
 * memory dump reveals none. Only a correct password is remembered; any failed attempt forgets the
 * person at once, so a wrong password is never let through and the engine's lockout keeps counting.
 *
 * <p>Every change to people, groups, memberships or tenants made through this node's engine (Admin,
 * the application's own unit set-up) forgets everyone at once, and again when it commits. The price
 * is the while itself ({@code grievance-security.verified-credentials-ttl}, 60 s by default; {@code
 * 0s} turns this off) for changes made on another node: a password changed, an account locked by an
 * administrator or a membership changed there reaches a client that already authenticated here when
 * the entry runs out. The webapps' own sessions already work this way for their whole length.
 */
@Component
class VerifiedCredentials {

  /** Beyond this many people at once the oldest entries are simply dropped. */
  static final int MAX_ENTRIES = 10_000;

  record Verified(List<GrantedAuthority> authorities, List<String> tenants) {}

  private record Entry(byte[] fingerprint, Verified verified, Instant until) {}

  private final ConcurrentHashMap<String, Entry> byUser = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;

  VerifiedCredentials(@Value("${grievance-security.verified-credentials-ttl:60s}") Duration ttl, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.ttl = ttl;
    this.clock = clock;
  }

  /** What was verified for this user id and this exact password, if it is still fresh. */
  Optional<Verified> recall(String userId, String password) {
    if (ttl.isZero() || userId == null || password == null) {
      return Optional.empty();
    }
    Entry entry = byUser.get(userId);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.until())) {
      byUser.remove(userId, entry);
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.fingerprint(), fingerprint(userId, password)) ? Optional.of(entry.verified()) : Optional.empty();
  }

  void remember(String userId, String password, Verified verified) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    if (byUser.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      byUser.values().removeIf(e -> !now.isBefore(e.until()));
      if (byUser.size() >= MAX_ENTRIES) {
        byUser.clear();
      }
    }
    byUser.put(userId, new Entry(fingerprint(userId, password), verified, clock.instant().plus(ttl)));
  }

  /** After any change to people, groups or tenants on this node ({@link IdentityChangesForgetCredentials}). */
  void forgetEveryone() {
    byUser.clear();
  }

  /** After a failed attempt, or whatever else makes the person's standing doubtful. */
  void forget(String userId) {
    if (userId != null) {
      byUser.remove(userId);
    }
  }

  private byte[] fingerprint(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
