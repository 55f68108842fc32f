package cn.affairs.approval.application;

public enum FieldType {
  TEXT,
  TEXTAREA,
  NUMBER,
  INTEGER,
  BOOLEAN,
  DATE,
  ENUM,
  MULTI_ENUM,
  TEXT_LIST,
  /** A list of objects, each described by {@link FormField#fields()}. */
  LIST
}
