package org.shaodian.rosters.internal.duty;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.internal.posts.PostRegister;

/**
 * A seat's address in a request's path, {@code posts/{post}/seats/{date}/{shift}/{role}/{seat}},
 * documented once: take it as {@code @BeanParam SeatPath seat}.
 */
public class SeatPath {

  /** The path template of a seat below {@code posts/{post}/seats}. */
  static final String TEMPLATE = "{date}/{shift}/{role}/{seat}";

  @PathParam("post")
  @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
  String post;

  @PathParam("date")
  @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
  String date;

  @PathParam("shift")
  @Parameter(
      description = "the shift's number in the post's pattern",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
  String shift;

  @PathParam("role")
  @Parameter(schema = @Schema(implementation = DutyRole.class))
  String role;

  @PathParam("seat")
  @Parameter(
      description = "the seat's number within its duty",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
  String seat;

  /** The post: a malformed id names no post (404). */
  UUID post() {
    return PathIds.uuid(post, PostRegister.POST);
  }

  /** The seat within the post: a 400 naming the part that is malformed. */
  SeatAddress address() {
    return SeatAddress.parse(date, shift, role, seat);
  }
}
