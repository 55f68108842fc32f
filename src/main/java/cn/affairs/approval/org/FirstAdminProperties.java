package cn.affairs.approval.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code affairs.first-admin}: the account {@link FirstAdmin} creates in a database without any
 * admin (a system started without the demo data), and the government and bureau it belongs to.
 * {@code password} is read from the environment ({@code AFFAIRS_ADMIN_PASSWORD}); when it is empty
 * a password is generated and written to the log once.
 */
@ConfigurationProperties("affairs.first-admin")
@Validated
public record FirstAdminProperties(
    @NotBlank @DefaultValue("admin") String id,
    @NotBlank @DefaultValue("系统管理员") String name,
    @DefaultValue("") String password,
    @NotBlank @DefaultValue("sx") String governmentCode,
    @NotBlank @DefaultValue("山西省") String governmentName,
    @NotNull @DefaultValue("PROVINCE") Level governmentLevel,
    @NotBlank @DefaultValue("sx-jgsw") String unitCode,
    @NotBlank @DefaultValue("山西省机关事务管理局") String unitName) {}
