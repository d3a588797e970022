package vn.police.grievance.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs an issued PDF as PAdES (baseline B: a detached CMS signature, sub-filter
 * ETSI.CAdES.detached, with the signer's certificate bound by signing-certificate-v2 and the
 * signing time in the signature dictionary) and verifies such a signature: the CMS signature over
 * the signed byte ranges, and that those ranges cover the whole file but the signature itself, so
 * that any changed or appended byte is reported. Whether the certificate is the one the register
 * recorded is the caller's check ({@link Verification#certificateSha256()}).
 */
@Component
public class PdfSignatures {

  /** A signed PDF's signature, as found. */
  public record Verification(
      boolean signed,
      boolean valid,
      String signerSubject,
      String certificateSha256,
      OffsetDateTime signedAt,
      boolean demo,
      String problem) {

    static Verification invalid(String problem) {
      return new Verification(false, false, null, null, null, false, problem);
    }

    /** What a reader is told, in Vietnamese. */
    public String describe() {
      if (!valid) {
        return "Chữ ký số không hợp lệ: " + problem;
      }
      return "Chữ ký số hợp lệ, toàn vẹn; người ký: " + signerSubject + (demo ? " (chứng thư thử nghiệm DEMO)" : "");
    }
  }

  /** The PDF with the signer's signature added as an incremental update. */
  public byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, String location, OffsetDateTime at) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signerName);
      signature.setReason(reason);
      signature.setLocation(location);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone(at.getOffset()));
      when.setTimeInMillis(at.toInstant().toEpochMilli());
      signature.setSignDate(when);
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
        document.addSignature(signature, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
        ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
        external.setSignature(cms(external.getContent(), key));
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không ký được văn bản (signing failed)", e);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IllegalStateException("Không ký được văn bản (signing failed)", e);
    }
  }

  private static byte[] cms(InputStream content, SigningKey key)
      throws IOException, GeneralSecurityException, OperatorCreationException, CMSException {
    X509Certificate certificate = key.certificate();
    JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(algorithmOf(key));
    if (key.provider() != null) {
      signerBuilder.setProvider(key.provider());
    }
    ContentSigner signer = signerBuilder.build(key.privateKey());
    ESSCertIDv2 certId =
        new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), sha256(certificate.getEncoded()));
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(
        new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                  @Override
                  @SuppressWarnings("rawtypes")
                  public AttributeTable getAttributes(Map parameters) {
                    // PAdES keeps the signing time in the signature dictionary, not in the CMS
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                  }
                })
            .build(signer, certificate));
    generator.addCertificates(new JcaCertStore(key.chain()));
    CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
    return signed.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
  }

  private static String algorithmOf(SigningKey key) {
    return "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }

  /** Verifies the PDF's last signature and that it covers the whole file. */
  public Verification verify(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Verification.invalid("tệp không có chữ ký số (not signed)");
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length
          || range[1] >= range[2] || pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
        return Verification.invalid("chữ ký không bao trùm toàn bộ tệp, tệp đã bị thêm hoặc sửa sau khi ký (not the whole file)");
      }
      byte[] contents = signature.getContents();
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signatureBlock(contents));
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return Verification.invalid("chữ ký có " + signers.size() + " người ký (expected one signer)");
      }
      SignerInformation signer = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        return Verification.invalid("chữ ký không kèm chứng thư người ký (no signer certificate)");
      }
      X509CertificateHolder certificate = matches.iterator().next();
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        return Verification.invalid("nội dung đã bị thay đổi sau khi ký (the signed bytes changed)");
      }
      String subject = certificate.getSubject().toString();
      Instant when = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
      return new Verification(
          true,
          true,
          subject,
          DocumentRegister.sha256(certificate.getEncoded()),
          when == null ? null : when.atOffset(java.time.ZoneOffset.ofHours(7)),
          subject.contains("DEMO"),
          null);
    } catch (CMSException e) {
      return Verification.invalid("nội dung đã bị thay đổi sau khi ký (" + e.getMessage() + ")");
    } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
      return Verification.invalid("tệp không đọc được như một PDF đã ký (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The CMS structure in /Contents, without the zeros that pad the space reserved for it. */
  static org.bouncycastle.asn1.cms.ContentInfo signatureBlock(byte[] contents) throws IOException {
    try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
    }
  }

  private static byte[] sha256(byte[] content) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256").digest(content);
  }
}
