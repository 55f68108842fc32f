package cn.affairs.approval.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Every error the API answers: a code for programs, a Chinese message for people, and for a wrong
 * input the message of each field it concerns ({@code changes[1].itemId} → message).
 */
public record ErrorBody(
    String error,
    String message,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> fields) {}
