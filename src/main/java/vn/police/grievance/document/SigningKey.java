package vn.police.grievance.document;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's private key and certificate chain (the signer's certificate first).
 *
 * @param provider the provider that holds the key (a PKCS#11 token's), or null for the default ones
 * @param demo whether the certificate is a demo certificate created by the application
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider, boolean demo) {

  public SigningKey {
    chain = List.copyOf(chain);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }
}
