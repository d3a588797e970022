package vn.police.grievance.document;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the signing leaders' keys come from (ADR 8).
 *
 * @param mode {@code DEMO}: a key pair and a self-signed certificate per leader, created the first
 *     time the leader signs, kept under {@code demoDirectory} and marked as demo in the certificate
 *     and the register; {@code KEYSTORE}: a PKCS#12 (or JKS) file; {@code PKCS11}: a token through
 *     Java's SunPKCS11 provider (the USB tokens Vietnamese officials sign with)
 * @param demoDirectory where demo keys are kept; never inside the repository
 * @param demoPassword the demo key files' password (they are demo keys: not a secret)
 * @param keystorePath the key store file in {@code KEYSTORE} mode
 * @param keystoreType {@code PKCS12} (default) or {@code JKS}
 * @param keystorePassword the key store's (and its keys') password
 * @param pkcs11Config the SunPKCS11 configuration file (library, slot) in {@code PKCS11} mode
 * @param pkcs11Pin the token's PIN
 * @param aliases the key alias of each signer (user id → alias); a signer without one uses their user id
 * @param titles the title printed under each signer (user id → e.g. "GIÁM ĐỐC"); default "PHÓ GIÁM ĐỐC"
 */
@ConfigurationProperties("grievance.signing")
public record SigningProperties(
    Mode mode,
    Path demoDirectory,
    String demoPassword,
    String keystorePath,
    String keystoreType,
    String keystorePassword,
    String pkcs11Config,
    String pkcs11Pin,
    Map<String, String> aliases,
    Map<String, String> titles) {

  public enum Mode {
    DEMO,
    KEYSTORE,
    PKCS11
  }

  public SigningProperties {
    mode = mode == null ? Mode.DEMO : mode;
    demoDirectory = demoDirectory == null ? Path.of(System.getProperty("java.io.tmpdir"), "grievance-demo-signing-keys") : demoDirectory;
    demoPassword = demoPassword == null ? "demo" : demoPassword;
    keystoreType = keystoreType == null || keystoreType.isBlank() ? "PKCS12" : keystoreType;
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    titles = titles == null ? Map.of() : Map.copyOf(titles);
  }

  /** The title printed under the signer's name. */
  public String titleOf(String signerId) {
    return titles.getOrDefault(signerId, "PHÓ GIÁM ĐỐC");
  }
}
