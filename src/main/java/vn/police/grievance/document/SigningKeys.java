package vn.police.grievance.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;

/**
 * The signing leaders' keys, by {@link SigningProperties#mode()}: demo keys created under a
 * directory the first time a leader signs (one PKCS#12 file per leader, its certificate self-signed
 * and marked "DEMO"), a configured key store, or a PKCS#11 token. Thread-safe; safe when two nodes
 * create the same demo key at once (the file is written aside and moved into place atomically; the
 * loser reads the winner's).
 */
@Component
public class SigningKeys {

  /** Marks a demo certificate: its organisational unit. */
  public static final String DEMO_UNIT = "DEMO - chứng thư thử nghiệm, không có giá trị pháp lý";

  private final SigningProperties properties;
  private final DocumentProperties issuer;
  private final Map<String, SigningKey> demoKeys = new ConcurrentHashMap<>();
  private volatile KeyStore configured;
  private volatile Provider tokenProvider;

  public SigningKeys(SigningProperties properties, DocumentProperties issuer) {
    this.properties = properties;
    this.issuer = issuer;
  }

  /** The key the signer signs with; in demo, created if the signer has none yet. */
  public SigningKey of(String signerId, String signerName) {
    try {
      return switch (properties.mode()) {
        case DEMO -> demoKeys.computeIfAbsent(signerId, id -> demoKey(id, signerName));
        case KEYSTORE, PKCS11 -> fromStore(signerId);
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Không lấy được khóa ký của " + signerId + " (signing key unavailable)", e);
    }
  }

  public boolean demo() {
    return properties.mode() == SigningProperties.Mode.DEMO;
  }

  private SigningKey fromStore(String signerId) throws GeneralSecurityException {
    KeyStore store = store();
    String alias = properties.aliases().getOrDefault(signerId, signerId);
    char[] password = properties.mode() == SigningProperties.Mode.PKCS11 ? null : chars(properties.keystorePassword());
    PrivateKey key = (PrivateKey) store.getKey(alias, password);
    Certificate[] chain = store.getCertificateChain(alias);
    if (key == null || chain == null || chain.length == 0) {
      throw new IllegalStateException(
          "Không có khóa ký cho " + signerId + " (alias " + alias + ") trong kho khóa (no signing key for the signer)");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate c : chain) {
      certificates.add((X509Certificate) c);
    }
    return new SigningKey(key, certificates, tokenProvider, false);
  }

  private KeyStore store() throws GeneralSecurityException {
    KeyStore store = configured;
    if (store != null) {
      return store;
    }
    synchronized (this) {
      if (configured != null) {
        return configured;
      }
      try {
        if (properties.mode() == SigningProperties.Mode.PKCS11) {
          // the token's library and slot are named in the SunPKCS11 configuration file
          Provider provider = Security.getProvider("SunPKCS11").configure(properties.pkcs11Config());
          Security.addProvider(provider);
          store = KeyStore.getInstance("PKCS11", provider);
          store.load(null, chars(properties.pkcs11Pin()));
          tokenProvider = provider;
        } else {
          store = KeyStore.getInstance(properties.keystoreType());
          try (InputStream in = Files.newInputStream(Path.of(properties.keystorePath()))) {
            store.load(in, chars(properties.keystorePassword()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Kho khóa ký không đọc được (key store unreadable)", e);
      }
      configured = store;
      return store;
    }
  }

  private SigningKey demoKey(String signerId, String signerName) {
    Path file = properties.demoDirectory().resolve(fileName(signerId) + ".p12");
    char[] password = properties.demoPassword().toCharArray();
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(properties.demoDirectory());
        KeyStore created = createDemoStore(signerId, signerName, password);
        Path aside = Files.createTempFile(properties.demoDirectory(), fileName(signerId), ".tmp");
        try (OutputStream out = Files.newOutputStream(aside)) {
          created.store(out, password);
        }
        try {
          // a link fails when the file exists (a rename would replace it): of two nodes creating a
          // leader's first key at once, the second keeps and signs with the first one's
          Files.createLink(file, aside);
        } catch (FileAlreadyExistsException anotherNodeCreatedItFirst) {
          // the winner's key is read below
        } catch (UnsupportedOperationException noHardLinksHere) {
          Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(aside);
        }
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, password);
      }
      PrivateKey key = (PrivateKey) store.getKey("signer", password);
      X509Certificate certificate = (X509Certificate) store.getCertificate("signer");
      return new SigningKey(key, List.of(certificate), null, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được khóa ký thử nghiệm (demo key not created)", e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Không tạo được khóa ký thử nghiệm (demo key not created)", e);
    }
  }

  private KeyStore createDemoStore(String signerId, String signerName, char[] password)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    var subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.CN, signerName == null || signerName.isBlank() ? signerId : signerName)
            .addRDN(BCStyle.UID, signerId)
            .addRDN(BCStyle.OU, DEMO_UNIT)
            .addRDN(BCStyle.O, issuer.issuingBody())
            .addRDN(BCStyle.C, "VN")
            .build();
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(5 * 366))),
            subject,
            pair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    X509Certificate certificate =
        new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("signer", pair.getPrivate(), password, new Certificate[] {certificate});
    return store;
  }

  private static String fileName(String signerId) {
    return signerId.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static char[] chars(String s) {
    return s == null ? null : s.toCharArray();
  }
}
