package org.shaodian.bench.floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;

/** The floor application's one resource. */
@Path("/notes")
public class NotesResource {

  @Inject Notes notes;

  @GET
  @Path("{id}")
  public String text(@PathParam("id") long id) {
    return notes.text(id);
  }

  @ApplicationPath("/api")
  public static class Api extends Application {}
}
