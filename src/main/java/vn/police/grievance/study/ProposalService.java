package vn.police.grievance.study;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.police.grievance.document.DocumentRegister;
import vn.police.grievance.item.HigherAuthority;
import vn.police.grievance.letter.OutgoingLetters;
import vn.police.grievance.system.InvalidInputException;

/**
 * The department's proposal to a higher authority, once the leadership approved it: issued as a
 * letter under the next number of the register and linked to the study it came from, so that the
 * authority's reply is recorded against its number and date.
 */
@Service
public class ProposalService {

  private final StudyRepository studies;
  private final OutgoingLetters letters;

  ProposalService(StudyRepository studies, OutgoingLetters letters) {
    this.studies = studies;
    this.letters = letters;
  }

  @Transactional
  public DocumentRegister.Issued issue(long itemId, String signerId) {
    StudyRepository.Proposal proposal =
        studies.latestProposal(itemId)
            .orElseThrow(() -> new InvalidInputException("study", "Chưa có đề xuất cấp có thẩm quyền (no proposal)"));
    DocumentRegister.Issued issued =
        letters.issueProposal(
            itemId, HigherAuthority.valueOf(proposal.higherAuthority()), proposal.departmentId(), proposal.study(),
            proposal.proposal(), signerId);
    studies.linkProposal(proposal.studyId(), issued.id());
    return issued;
  }
}
