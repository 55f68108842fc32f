package cn.affairs.approval.web;

/** Which page of a list a client asks for: {@code page} from 0, at most {@value #MAX_SIZE} rows. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  /** The request, or a 400 naming {@code page} or {@code size}. */
  public static PageRequest of(int page, int size) {
    if (page < 0) {
      throw ApiException.invalid("page", "页码不能小于 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.invalid("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
    }
    return new PageRequest(page, size);
  }

  public int offset() {
    return page * size;
  }
}
