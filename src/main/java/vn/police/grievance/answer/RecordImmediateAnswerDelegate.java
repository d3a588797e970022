package vn.police.grievance.answer;

import vn.police.grievance.item.AnswerKind;
import static vn.police.grievance.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.police.grievance.process.Actors;
import vn.police.grievance.process.Variables;

/** Saves the reception office's immediate answer, which must cite the catalogue. */
@Component
public class RecordImmediateAnswerDelegate implements JavaDelegate {

  private final AnswerService answers;

  public RecordImmediateAnswerDelegate(AnswerService answers) {
    this.answers = answers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    answers.draft(
        Variables.longValue(execution, GRIEVANCE_ID),
        AnswerKind.IMMEDIATE,
        ANSWER_TEXT,
        Variables.string(execution, ANSWER_TEXT),
        answers.citableRegulations(REGULATION_CODES, Variables.strings(execution, REGULATION_CODES), true),
        Actors.current(execution));
  }
}
