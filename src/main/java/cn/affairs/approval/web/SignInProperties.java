package cn.affairs.approval.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.sign-in}: how wrong passwords slow sign-in down. Each key (an account from one
 * address, an address, an account from anywhere) gets {@code free-failures} wrong passwords, then
 * waits one second, doubling with each further failure up to its ceiling. The account's own ceiling
 * is short, so that nobody who merely knows a user name can keep its owner out; the address's is
 * long.
 */
@ConfigurationProperties("affairs.sign-in")
@Validated
public record SignInProperties(
    @Min(1) @DefaultValue("5") int freeFailures,
    @NotNull @DefaultValue("PT5M") Duration accountFromAddressMaxWait,
    @NotNull @DefaultValue("PT15M") Duration addressMaxWait,
    @Min(1) @DefaultValue("20") int addressFreeFailures,
    @NotNull @DefaultValue("PT5S") Duration accountMaxWait,
    @NotNull @DefaultValue("PT30M") Duration forgetAfter) {}
