package org.shaodian.kernel.internal.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's name and password, as the console's sign-in page sends them. */
@Schema(
    name = "SignInForm",
    description = "控制台登录 — a registry user's credentials",
    requiredProperties = {"username", "password"})
public record SignInForm(
    @Schema(maxLength = AccountResource.MAX_PRINCIPAL, examples = "shouchang-official")
        @NotBlank
        @Size(max = AccountResource.MAX_PRINCIPAL)
        String username,
    @Schema(maxLength = SignInForm.MAX_PASSWORD, format = "password")
        @NotBlank
        @Size(max = MAX_PASSWORD)
        String password) {

  static final int MAX_PASSWORD = 200;

  @Override
  public String toString() {
    return "SignInForm[username=" + username + ", password=****]";
  }
}
