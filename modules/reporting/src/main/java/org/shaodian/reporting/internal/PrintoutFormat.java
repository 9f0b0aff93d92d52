package org.shaodian.reporting.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The file formats a printout comes in, chosen by the request's {@code Accept}: the first
 * acceptable one in the caller's order of preference, PDF when the caller takes anything.
 */
enum PrintoutFormat {
  PDF(new MediaType("application", "pdf"), "pdf"),
  XLSX(
      new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "xlsx");

  static final String PDF_TYPE = "application/pdf";
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final MediaType mediaType;
  private final String extension;

  PrintoutFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** As a Content-Type: {@link #PDF_TYPE} or {@link #XLSX_TYPE}. */
  String mediaType() {
    return mediaType.getType() + "/" + mediaType.getSubtype();
  }

  String extension() {
    return extension;
  }

  /**
   * The format for the acceptable media types ({@code HttpHeaders.getAcceptableMediaTypes()},
   * {@code *}{@code /*} when the request has no Accept): the one of the highest quality, each
   * taking the quality of the most specific range that matches it (RFC 9110 §12.5.1); on a tie the
   * more specific match, then the one listed first, then PDF. JAX-RS has already answered 406 when
   * neither is acceptable.
   */
  static PrintoutFormat negotiate(List<MediaType> acceptable) {
    PrintoutFormat best = PDF;
    Match bestMatch = null;
    for (PrintoutFormat format : values()) {
      Match match = format.match(acceptable);
      if (match != null && (bestMatch == null || match.beats(bestMatch))) {
        best = format;
        bestMatch = match;
      }
    }
    return best;
  }

  /** How a format matches an Accept header: quality, specificity (0–2), position of the range. */
  private record Match(double quality, int specificity, int position) {
    boolean beats(Match other) {
      if (quality != other.quality) {
        return quality > other.quality;
      }
      if (specificity != other.specificity) {
        return specificity > other.specificity;
      }
      return position < other.position;
    }
  }

  /** The most specific range matching this format, or null when none does or it has q=0. */
  private Match match(List<MediaType> acceptable) {
    Match found = null;
    for (int i = 0; i < acceptable.size(); i++) {
      MediaType range = acceptable.get(i);
      if (!range.isCompatible(mediaType)) {
        continue;
      }
      int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
      if (found == null || specificity > found.specificity()) {
        found = new Match(quality(range), specificity, i);
      }
    }
    return found == null || found.quality() <= 0 ? null : found;
  }

  private static double quality(MediaType range) {
    String q = range.getParameters().get("q");
    try {
      return q == null ? 1 : Double.parseDouble(q);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The one way a printout is sent: the whole file, of this format's type, as an attachment named
   * {@code <stem>.<extension>} (the stem in ASCII, without quotes or slashes, such as {@code
   * post-week-<id>-20261128}).
   */
  Response download(byte[] file, String stem) {
    return Response.ok(file, mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + fileName(stem) + "\"")
        .build();
  }

  /**
   * As {@link #download(byte[], String)}, with a name in the reader's words as well ({@code
   * filename*}, RFC 6266 / RFC 8187: UTF-8, percent-encoded), such as 寿昌镇每日简报-2026-11-28.pdf;
   * clients that do not read it keep the ASCII name.
   */
  Response download(byte[] file, String stem, String displayStem) {
    String encoded =
        URLEncoder.encode(fileName(displayStem), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file, mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fileName(stem) + "\"; filename*=UTF-8''" + encoded)
        .build();
  }

  /**
   * The format a {@code format} query parameter names (pdf or xlsx; 400 otherwise), or without one
   * the format the Accept header prefers ({@link #negotiate}).
   */
  static PrintoutFormat chosen(String format, List<MediaType> acceptable) {
    return format == null ? negotiate(acceptable) : named(format);
  }

  private static PrintoutFormat named(String format) {
    if (format.equals("pdf")) {
      return PDF;
    }
    if (format.equals("xlsx")) {
      return XLSX;
    }
    throw Problem.invalid("format", Text.of("格式须为 pdf 或 xlsx", "must be pdf or xlsx"));
  }

  String fileName(String stem) {
    return stem + "." + extension;
  }
}
