package vn.police.grievance.answer;

import vn.police.grievance.item.AnswerKind;
import java.time.OffsetDateTime;
import java.util.List;
import vn.police.grievance.regulation.Regulation;

public record Answer(
    Long id,
    long itemId,
    AnswerKind kind,
    String body,
    AnswerState state,
    String draftedBy,
    OffsetDateTime draftedAt,
    String decidedBy,
    OffsetDateTime decidedAt,
    OffsetDateTime deliveredAt,
    List<Regulation> regulations) {}
