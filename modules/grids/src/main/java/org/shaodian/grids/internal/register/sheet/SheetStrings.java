package org.shaodian.grids.internal.register.sheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A sheet's shared strings — the text of its cells, each distinct text once — in temporary files
 * rather than on the heap. POI's {@code ReadOnlySharedStringsTable} keeps them all in a list, and
 * in a register nearly every name, ID number and phone number is a string of its own, so the heap
 * would grow with the sheet. Here they are written once, as the sheet is opened, and read back by
 * their position; the heap keeps only the last {@link #RECENT} read (buildings, relations and flags
 * recur row after row).
 *
 * <p>The text is personal data: it is encrypted (AES/CTR, which can be read from any position) with
 * a key that exists only in this object, so a file left behind by a crash cannot be read. The files
 * are deleted on {@link #close()}. Not for use by several threads at once (a sheet is parsed by
 * one).
 *
 * <p>Why not the poi-shared-strings library, which does the same in an H2 MVStore: its store keeps
 * a cache of up to 16 MiB on the heap that cannot be made smaller, about the size of all the
 * strings of a 50,000-row register, and it would bring H2 into the application.
 */
final class SheetStrings implements SharedStrings, Closeable {

  /** Strings kept on the heap, the most recently read. */
  static final int RECENT = 1024;

  private static final int BLOCK = 16;
  private static final String CIPHER = "AES/CTR/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path text;
  private final Path positions;
  private final SecretKey key;
  private final BigInteger firstCounter;
  private final Cipher cipher;
  private final Map<Integer, String> recent =
      new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
          return size() > RECENT;
        }
      };
  private final ByteBuffer position = ByteBuffer.allocate(2 * Long.BYTES);
  private FileChannel textChannel;
  private FileChannel positionChannel;
  private int unique;
  private int count;

  private SheetStrings() throws IOException {
    Path textFile = null;
    try {
      KeyGenerator keys = KeyGenerator.getInstance("AES");
      keys.init(256, RANDOM);
      key = keys.generateKey();
      byte[] iv = new byte[BLOCK];
      RANDOM.nextBytes(iv);
      firstCounter = new BigInteger(1, iv);
      cipher = Cipher.getInstance(CIPHER);
      // created readable and writable by the server's user only
      textFile = Files.createTempFile("shaodian-sheet-text-", ".bin");
      text = textFile;
      positions = Files.createTempFile("shaodian-sheet-positions-", ".bin");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR is not available in this Java runtime", e);
    } catch (IOException e) {
      if (textFile != null) {
        Files.deleteIfExists(textFile);
      }
      throw e;
    }
  }

  /**
   * The shared strings of a spreadsheet package, written to temporary files; none when it has no
   * shared-strings part (a sheet of numbers only).
   */
  static SheetStrings of(OPCPackage pkg) throws IOException, SAXException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return read(InputStream.nullInputStream());
    }
    try (InputStream in = parts.get(0).getInputStream()) {
      return read(in);
    }
  }

  /** The strings of a shared-strings part ({@code xl/sharedStrings.xml}); none if it is empty. */
  static SheetStrings read(InputStream sharedStrings) throws IOException, SAXException {
    SheetStrings strings = new SheetStrings();
    try {
      try (Writer writer = strings.new Writer()) {
        // an empty part (or none) holds no strings; anything else must be XML
        var in = new PushbackInputStream(sharedStrings, 1);
        int first = in.read();
        if (first >= 0) {
          in.unread(first);
          XMLReader xml = SAXHelper.newXMLReader();
          xml.setContentHandler(writer);
          xml.parse(new InputSource(in));
        }
      }
      strings.open();
      return strings;
    } catch (IOException | SAXException | RuntimeException e) {
      strings.close();
      throw e;
    } catch (ParserConfigurationException e) {
      strings.close();
      throw new IllegalStateException("no XML parser", e);
    }
  }

  /** The encrypted text's file, for tests that look at what is written to disk. */
  Path textFile() {
    return text;
  }

  private void open() throws IOException {
    textChannel = FileChannel.open(text, StandardOpenOption.READ);
    positionChannel = FileChannel.open(positions, StandardOpenOption.READ);
  }

  @Override
  public RichTextString getItemAt(int index) {
    return new PlainText(text(index));
  }

  /**
   * The text of the string at {@code index}, its escapes of characters XML cannot hold ({@code
   * _x000D_}) decoded, as POI's {@code XSSFRichTextString.getString()} gives it.
   */
  String text(int index) {
    if (index < 0 || index >= unique) {
      throw new POIXMLException(
          "shared string " + index + " does not exist (the sheet has " + unique + ")");
    }
    String known = recent.get(index);
    if (known != null) {
      return known;
    }
    try {
      position.clear();
      readFully(positionChannel, position, (long) index * Long.BYTES);
      long start = position.getLong(0);
      int length = Math.toIntExact(position.getLong(Long.BYTES) - start);
      long block = start / BLOCK;
      int skip = (int) (start % BLOCK);
      ByteBuffer sealed = ByteBuffer.allocate(skip + length);
      readFully(textChannel, sealed, block * BLOCK);
      cipher.init(Cipher.DECRYPT_MODE, key, counter(block));
      byte[] plain = cipher.doFinal(sealed.array());
      String value = new String(plain, skip, length, StandardCharsets.UTF_8);
      recent.put(index, value);
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
    long from = at;
    while (into.hasRemaining()) {
      int read = channel.read(into, from);
      if (read < 0) {
        throw new IOException("the sheet's strings file ends early");
      }
      from += read;
    }
  }

  /** The CTR counter of a block: the first counter plus the block's number, modulo 2^128. */
  private IvParameterSpec counter(long block) {
    byte[] value = firstCounter.add(BigInteger.valueOf(block)).toByteArray();
    byte[] counter = new byte[BLOCK];
    int length = Math.min(value.length, BLOCK);
    System.arraycopy(value, value.length - length, counter, BLOCK - length, length);
    return new IvParameterSpec(counter);
  }

  @Override
  public int getCount() {
    return count;
  }

  @Override
  public int getUniqueCount() {
    return unique;
  }

  @Override
  public void close() throws IOException {
    recent.clear();
    try {
      if (textChannel != null) {
        textChannel.close();
      }
      if (positionChannel != null) {
        positionChannel.close();
      }
    } finally {
      Files.deleteIfExists(text);
      Files.deleteIfExists(positions);
    }
  }

  private static final Pattern ESCAPE = Pattern.compile("_x(\\p{XDigit}{4})_");

  /**
   * Spreadsheet text with its escapes decoded: {@code _xHHHH_} is the character HHHH (an escaped
   * underscore, {@code _x005F_}, keeps what follows it as written), as POI decodes it.
   */
  static String decode(CharSequence written) {
    if (written.length() < 7 || written.toString().indexOf("_x") < 0) {
      return written.toString();
    }
    return ESCAPE
        .matcher(written)
        .replaceAll(
            m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  /**
   * A shared string as the sheet handler reads it (its {@code toString()}), without the XML object
   * behind POI's own {@code XSSFRichTextString}, which costs more than the rest of reading a cell.
   * It has no formatting, and cannot be given any.
   */
  private record PlainText(String text) implements RichTextString {

    @Override
    public String getString() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int run) {
      throw new IndexOutOfBoundsException(run);
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw readOnly();
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw readOnly();
    }

    @Override
    public void applyFont(Font font) {
      throw readOnly();
    }

    @Override
    public void applyFont(short fontIndex) {
      throw readOnly();
    }

    @Override
    public void clearFormatting() {
      throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
      return new UnsupportedOperationException("a sheet's shared strings are read only");
    }
  }

  /**
   * Reads the shared-strings part ({@code <sst><si><t>…</t></si>…}, or rich text as runs {@code
   * <r><t>…</t></r>}; phonetic guides {@code <rPh>} left out, as POI does) and writes each string
   * as it ends: its UTF-8 bytes, encrypted, to the text file, and where the next one starts to the
   * positions file (which starts with 0).
   */
  private final class Writer extends DefaultHandler implements Closeable {

    private final OutputStream out;
    private final DataOutputStream starts;
    private final StringBuilder current = new StringBuilder();
    private long written;
    private boolean inText;
    private int inPhonetic;

    Writer() throws IOException {
      try {
        Cipher encrypt = Cipher.getInstance(CIPHER);
        encrypt.init(Cipher.ENCRYPT_MODE, key, counter(0));
        out =
            new CipherOutputStream(
                new BufferedOutputStream(Files.newOutputStream(text), 64 * 1024), encrypt);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      starts = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(positions)));
      starts.writeLong(0);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
      switch (localName) {
        case "sst" -> {
          String total = attributes.getValue("count");
          if (total != null && total.matches("\\d{1,9}")) {
            count = Integer.parseInt(total);
          }
        }
        case "si" -> current.setLength(0);
        case "t" -> inText = inPhonetic == 0;
        case "rPh" -> inPhonetic++;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      switch (localName) {
        case "t" -> inText = false;
        case "rPh" -> inPhonetic--;
        case "si" -> add(decode(current));
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        current.append(ch, start, length);
      }
    }

    private void add(String value) throws SAXException {
      try {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        written += bytes.length;
        starts.writeLong(written);
        unique++;
      } catch (IOException e) {
        throw new SAXException(e);
      }
    }

    @Override
    public void close() throws IOException {
      try (out;
          starts) {
        if (count < unique) {
          count = unique;
        }
      }
    }
  }
}
