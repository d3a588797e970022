package vn.police.grievance.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The leadership's figures for one period and one scope, as the dashboard and the reports show
 * them. Every count carries {@code drill}: the query of {@code GET /api/figures/items} that lists
 * the items or steps behind it, counted by the same rule.
 */
record Dashboard(
    LocalDate from,
    LocalDate to,
    OffsetDateTime asOf,
    String scope,
    Open open,
    List<StepLoad> steps,
    List<OnTime> onTime,
    TimeToAnswer timeToAnswer,
    Reopen reopen,
    Totals totals,
    Trend trend,
    List<ConferenceFigures> conferences) {

  /** One count with what it counts. */
  record Figure(String key, String label, long count, String drill) {}

  /** Items not closed, now. */
  record Open(Figure total, List<Figure> byStatus, List<Figure> byCategory, List<Figure> byUnit,
      List<Figure> byDepartment) {}

  /** Open steps of one kind with one responsible group: overdue now, and due soon (past follow-up). */
  record StepLoad(String step, String stepLabel, String responsible, String responsibleLabel, Figure overdue,
      Figure dueSoon) {}

  /** Steps done in the period and how many of them on time; rate in percent, one decimal. */
  record OnTime(String step, String stepLabel, Figure done, Figure late, Double rate) {}

  /** Working days from receipt to the first answer delivered, of the items answered in the period. */
  record AnswerTime(String key, String label, long count, Integer median, Integer p90, String drill) {}

  record TimeToAnswer(AnswerTime overall, List<AnswerTime> byRoute, List<AnswerTime> byCategory,
      List<AnswerTime> byDepartment) {}

  /** Of the items first answered in the period, those the unit reopened (at any time since). */
  record Reopen(Figure answered, Figure reopened, Double rate) {}

  /** The period's totals: received, answered, closed, and late steps (due in the period). */
  record Totals(Figure received, Figure answered, Figure closed, Figure late) {}

  record Bucket(LocalDate from, LocalDate to, String label, Figure received, Figure answered, Figure closed,
      Figure late) {}

  record Trend(List<Bucket> weeks, List<Bucket> months) {}

  /** One listening conference held in the period and its items' fate. */
  record ConferenceFigures(long id, String reference, String title, OffsetDateTime startsAt, Figure items,
      Figure answeredOnSpot, Figure assigned, Figure stillOpen, Figure overdue) {}
}
