package cn.affairs.approval.application;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Human business keys: a prefix per family, the year, a sequence (BG-2026-0001). The sequence row
 * stays locked until the starting transaction ends, so two starts never get the same key.
 */
@Service
class BusinessKeys {

  private final JdbcTemplate jdbc;

  BusinessKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(String prefix, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated =
          jdbc.update(
              "UPDATE business_key_sequence SET next_value = next_value + 1 WHERE prefix = ? AND key_year = ?",
              prefix,
              year);
      if (updated == 1) {
        Integer next =
            jdbc.queryForObject(
                "SELECT next_value FROM business_key_sequence WHERE prefix = ? AND key_year = ?",
                Integer.class,
                prefix,
                year);
        return format(prefix, year, next - 1);
      }
      try {
        jdbc.update(
            "INSERT INTO business_key_sequence (prefix, key_year, next_value) VALUES (?, ?, 2)",
            prefix,
            year);
        return format(prefix, year, 1);
      } catch (DuplicateKeyException raced) {
        // another start created the row first: take the next value from it
      }
    }
    throw new IllegalStateException("no business key for " + prefix + " " + year);
  }

  private static String format(String prefix, int year, int sequence) {
    return String.format("%s-%d-%04d", prefix, year, sequence);
  }
}
