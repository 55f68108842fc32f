package cn.affairs.approval.org;

public record Government(String code, String name, Level level) implements java.io.Serializable {}
