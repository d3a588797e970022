package vn.police.grievance.item;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. A text search that matches more than {@link CappedSearch#TOTAL_CAP}
 * items is not counted to the end (ADR 0009): its {@code totalElements} is the cap and
 * {@code totalCapped} says that more items match.
 */
public record Page<T>(
    List<T> content,
    int page,
    int size,
    @Schema(description = "How many items match; when totalCapped, a lower bound: more than this match") long totalElements,
    @Schema(description = "True when more items match than totalElements: the count stopped at the cap (a text search over many items)")
        boolean totalCapped) {

  public Page(List<T> content, int page, int size, long totalElements) {
    this(content, page, size, totalElements, false);
  }

  public long totalPages() {
    return size == 0 ? 0 : (totalElements + size - 1) / size;
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(content.stream().map(f).toList(), page, size, totalElements, totalCapped);
  }
}
