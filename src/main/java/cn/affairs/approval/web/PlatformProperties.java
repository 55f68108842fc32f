package cn.affairs.approval.web;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.zone}: the bureau's time zone, in which business time runs whatever the server's
 * zone is.
 */
@ConfigurationProperties("affairs")
@Validated
public record PlatformProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {}
