package org.shaodian.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API of all modules, under {@code /api/v1}. Resources live in the modules' jars and are
 * found by scanning; each module has one OpenAPI tag.
 */
@ApplicationPath("api/v1")
@DeclareRoles({"admin", "commander", "official", "supervisor", "grid-worker", "checkpoint-staff"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shaodian 哨点 API",
            version = "1",
            description =
                "Grassroots epidemic-prevention operations: rosters, checkpoints, grids and"
                    + " briefings. Errors are application/problem+json (RFC 9457). Personal data"
                    + " is masked in every response. Chinese by default; English with lang=en or"
                    + " Accept-Language."),
    tags = {
      @Tag(name = "kernel", description = "区域、权限、审计 — regions, access and audit"),
      @Tag(name = "rosters", description = "值守力量与排班 — people who serve, teams, posts, shifts"),
      @Tag(name = "grids", description = "网格 — grids and their staff, the residents register"),
      @Tag(name = "checkpoints", description = "卡口 — checkpoints, lanes, screening, inspections"),
      @Tag(name = "reporting", description = "简报与打印 — briefings and printouts")
    },
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "jwt")})
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "basic",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "Accounts of the server's registry (demo accounts in README)"),
  @SecurityScheme(
      securitySchemeName = "jwt",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description =
          "MicroProfile JWT for integrations: upn, groups (roles) and jurisdiction (region code)")
})
public class ShaodianApplication extends Application {}
