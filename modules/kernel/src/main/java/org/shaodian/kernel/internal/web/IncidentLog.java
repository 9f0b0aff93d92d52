package org.shaodian.kernel.internal.web;

import java.sql.SQLException;

/**
 * How an unexpected failure is written to the log: the exception classes, SQLSTATEs and stack
 * frames, but no messages. Messages carry what the failing code was given — a database error
 * repeats the values it refused, a parser the text it could not read — and those may be personal
 * data (PIPL: none in any log line). The frames say where it went wrong; the incident id lets
 * support find the request.
 */
final class IncidentLog {

  private static final int FRAMES_PER_CAUSE = 25;

  private IncidentLog() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause()) {
      text.append(depth == 0 ? "" : "\n caused by ").append(cause.getClass().getName());
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        text.append(" (SQLSTATE ").append(sql.getSQLState()).append(')');
      }
      StackTraceElement[] frames = cause.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
        text.append("\n  at ").append(frames[i]);
      }
      depth++;
    }
    return text.toString();
  }
}
