package org.shaodian.kernel.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * Reads an uploaded request body (a region list, a device batch) within an operation's limit. A
 * body that says it is too large (Content-Length) is refused before a byte of it is read; one that
 * does not say (chunked) is refused as soon as it passes the limit, so a client cannot make the
 * server hold much more than the limit in memory. Both answers are 413.
 */
public final class Uploads {

  private static final int CHUNK = 64 * 1024;

  private Uploads() {}

  /**
   * A body as text in its character set, strictly: bytes that are not text in it are a 400 saying
   * {@code notText}, never characters guessed or replaced.
   */
  public static String text(byte[] body, Charset charset, Text notText) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw Problem.unreadable(notText);
    }
  }

  /**
   * The whole body into a file, at most {@code limit} bytes, without holding it in memory (a
   * spreadsheet to read as a stream); the same 413s as {@link #readAtMost}. The file is the
   * caller's to delete.
   */
  public static void copyAtMost(long declaredLength, InputStream body, Path file, long limit) {
    if (declaredLength > limit) {
      throw Problem.tooLarge(limit);
    }
    byte[] chunk = new byte[CHUNK];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n = body.read(chunk); n != -1; n = body.read(chunk)) {
        written += n;
        if (written > limit) {
          throw Problem.tooLarge(limit);
        }
        out.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole body, at most {@code limit} bytes.
   *
   * @param declaredLength the request's Content-Length, or -1 when it sent none
   */
  public static byte[] readAtMost(long declaredLength, InputStream body, long limit) {
    if (declaredLength > limit) {
      throw Problem.tooLarge(limit);
    }
    ByteArrayOutputStream read =
        new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, CHUNK), limit));
    byte[] chunk = new byte[CHUNK];
    try {
      for (int n = body.read(chunk); n != -1; n = body.read(chunk)) {
        if (read.size() + (long) n > limit) {
          throw Problem.tooLarge(limit);
        }
        read.write(chunk, 0, n);
      }
    } catch (IOException e) {
      // the client went away while sending: nobody is left to answer
      throw new UncheckedIOException(e);
    }
    return read.toByteArray();
  }
}
