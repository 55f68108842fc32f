package cn.affairs.approval.standards;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.standards}: the file the standards catalogue is read from (its content is bound
 * and validated as a {@link StandardsFile}).
 */
@ConfigurationProperties("affairs.standards")
@Validated
public record StandardsProperties(
    @NotNull @DefaultValue("classpath:config/standards.yml") Resource location) {}
