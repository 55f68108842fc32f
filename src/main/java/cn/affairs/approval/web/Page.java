package cn.affairs.approval.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as every list endpoint answers it: the rows, how many there are in all, which
 * page.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(List.copyOf(items), total, request.page(), request.size());
  }

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(items.stream().map(mapping).toList(), total, page, size);
  }
}
