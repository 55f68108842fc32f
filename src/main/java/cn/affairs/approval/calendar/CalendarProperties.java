package cn.affairs.approval.calendar;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.calendar}: the file the working-day calendar is read from (its content is bound
 * and validated as a {@link CalendarFile}).
 */
@ConfigurationProperties("affairs.calendar")
@Validated
public record CalendarProperties(
    @NotNull @DefaultValue("classpath:config/calendar.yml") Resource location) {}
