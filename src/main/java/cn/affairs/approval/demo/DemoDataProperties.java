package cn.affairs.approval.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.demo-data}: whether the demo data set is loaded into an empty database, the files
 * it is read from, and the JSON Schema those files must satisfy.
 */
@ConfigurationProperties("affairs.demo-data")
@Validated
public record DemoDataProperties(
    @DefaultValue("false") boolean enabled,
    @NotBlank @DefaultValue("classpath*:config/demo/*.yml") String locations,
    @NotBlank @DefaultValue("classpath:config/demo/schema.json") String schema) {}
