package vn.police.grievance.item;

import java.util.List;
import java.util.function.Function;

public record Page<T>(List<T> content, int page, int size, long totalElements) {

  public long totalPages() {
    return size == 0 ? 0 : (totalElements + size - 1) / size;
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(content.stream().map(f).toList(), page, size, totalElements);
  }
}
