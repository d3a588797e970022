package vn.police.grievance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issued PDF's signature: made with a demo key or a configured key store, verified by our
 * code and independently (PDFBox reads the signature, Bouncy Castle checks it, none of our classes
 * involved), and a changed or appended byte refused.
 */
class PdfSignaturesTest {

  static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneOffset.ofHours(7));
  static final DocumentProperties ISSUER = new DocumentProperties("BỘ CÔNG AN", "CÔNG AN TỈNH TÂY NINH", "CAT", "Tây Ninh");

  @TempDir Path keys;

  final PdfSignatures signatures = new PdfSignatures();
  final AdministrativeDocuments documents = new AdministrativeDocuments();

  private SigningKeys demoKeys() {
    return new SigningKeys(new SigningProperties(null, keys, null, null, null, null, null, null, null, null), ISSUER);
  }

  private byte[] signedByDemoLeader() {
    SigningKey key = demoKeys().of("lanhdao", "Nguyễn Văn A");
    return signatures.sign(documents.pdf(SampleDocuments.notice(3, false)), key, "Nguyễn Văn A", "Ký ban hành", "Tây Ninh", AT);
  }

  @Test
  void aDemoKeyIsCreatedOncePerLeaderUnderTheConfiguredDirectoryAndMarkedAsDemo() throws Exception {
    SigningKey first = demoKeys().of("lanhdao", "Nguyễn Văn A");
    // another node (another SigningKeys) reads the same key rather than creating a second one
    SigningKey again = demoKeys().of("lanhdao", "Nguyễn Văn A");
    assertThat(again.certificate()).isEqualTo(first.certificate());
    assertThat(Files.exists(keys.resolve("lanhdao.p12"))).isTrue();
    assertThat(first.demo()).isTrue();
    assertThat(first.certificate().getSubjectX500Principal().getName()).contains("DEMO").contains("CN=Nguyễn Văn A");
    assertThat(demoKeys().of("lanhdao2", "Trần Thị B").certificate()).isNotEqualTo(first.certificate());
  }

  @Test
  void ourVerificationAcceptsTheSignedFileAndNamesTheSigner() {
    PdfSignatures.Verification v = signatures.verify(signedByDemoLeader());
    assertThat(v.valid()).as(v.describe()).isTrue();
    assertThat(v.signerSubject()).contains("Nguyễn Văn A");
    assertThat(v.demo()).isTrue();
    assertThat(v.signedAt()).isEqualTo(AT);
    assertThat(v.describe()).startsWith("Chữ ký số hợp lệ");
  }

  @Test
  void theSignatureVerifiesIndependentlyAsPadesWithPdfBoxAndBouncyCastle() throws Exception {
    byte[] pdf = signedByDemoLeader();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> found = document.getSignatureDictionaries();
      assertThat(found).hasSize(1);
      PDSignature signature = found.get(0);
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      assertThat((long) range[2] + range[3]).isEqualTo(pdf.length);
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), block(signature.getContents()));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
      X509CertificateHolder certificate = certificates.iterator().next();
      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
      assertThat(certificate.getSubject().toString()).contains("Nguyễn Văn A");
      // PAdES baseline: the certificate bound by signing-certificate-v2, no signing time inside the CMS
      assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
      assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
    }
  }

  @Test
  void aChangedByteInTheSignedContentIsRefusedByUsAndByAnIndependentCheck() throws Exception {
    byte[] pdf = signedByDemoLeader();
    byte[] tampered = pdf.clone();
    // change one byte of the document's text stream area (inside the first signed range)
    int at = indexOf(tampered, "stream".getBytes(StandardCharsets.US_ASCII)) + 20;
    tampered[at] = (byte) (tampered[at] ^ 0x01);

    PdfSignatures.Verification v = signatures.verify(tampered);
    assertThat(v.valid()).isFalse();
    assertThat(v.describe()).startsWith("Chữ ký số không hợp lệ");

    try (PDDocument document = Loader.loadPDF(tampered)) {
      PDSignature signature = document.getSignatureDictionaries().get(0);
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(tampered)), block(signature.getContents()));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate =
          ((Collection<X509CertificateHolder>) cms.getCertificates().getMatches(signer.getSID())).iterator().next();
      assertThatThrownBy(() -> signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
          .hasMessageContaining("message-digest attribute value does not match calculated value");
    }
  }

  @Test
  void bytesAppendedAfterSigningAreReported() {
    byte[] pdf = signedByDemoLeader();
    byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 9);
    System.arraycopy("%%comment".getBytes(StandardCharsets.US_ASCII), 0, appended, pdf.length, 9);
    PdfSignatures.Verification v = signatures.verify(appended);
    assertThat(v.valid()).isFalse();
    assertThat(v.problem()).contains("không bao trùm toàn bộ tệp");
  }

  @Test
  void anUnsignedPdfIsNotValid() {
    assertThat(signatures.verify(documents.pdf(SampleDocuments.notice(1, false))).problem()).contains("không có chữ ký số");
    assertThat(signatures.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)).valid()).isFalse();
  }

  @Test
  void inProductionTheLeadersKeyComesFromTheConfiguredKeyStoreUnderItsAlias() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name subject = new X500Name("CN=Trần Văn Giám Đốc, O=CÔNG AN TỈNH TÂY NINH, C=VN");
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, new Date(), new Date(System.currentTimeMillis() + 86_400_000L),
            subject, pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("giam-doc-2026", pair.getPrivate(), "secret".toCharArray(), new Certificate[] {certificate});
    Path file = keys.resolve("leaders.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, "secret".toCharArray());
    }
    SigningKeys configured = new SigningKeys(
        new SigningProperties(SigningProperties.Mode.KEYSTORE, keys, null, file.toString(), "PKCS12", "secret", null, null,
            Map.of("gd", "giam-doc-2026"), Map.of("gd", "GIÁM ĐỐC")),
        ISSUER);

    SigningKey key = configured.of("gd", "Trần Văn Giám Đốc");
    assertThat(key.demo()).isFalse();
    assertThat(key.certificate()).isEqualTo(certificate);
    byte[] signed = signatures.sign(documents.pdf(SampleDocuments.notice(1, false)), key, "Trần Văn Giám Đốc", "Ký", "Tây Ninh", AT);
    PdfSignatures.Verification v = signatures.verify(signed);
    assertThat(v.valid()).isTrue();
    assertThat(v.demo()).isFalse();
    assertThat(v.certificateSha256()).isEqualTo(DocumentRegister.sha256(certificate.getEncoded()));
    // a signer without a key in the store is told so, not signed for by someone else
    assertThatThrownBy(() -> configured.of("other", "Người khác")).hasMessageContaining("Không có khóa ký");
  }

  /** The CMS structure in /Contents without its zero padding, read by Bouncy Castle. */
  private static org.bouncycastle.asn1.cms.ContentInfo block(byte[] contents) throws Exception {
    try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("pattern not found");
  }
}
