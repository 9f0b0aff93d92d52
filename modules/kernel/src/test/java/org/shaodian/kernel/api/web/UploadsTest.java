package org.shaodian.kernel.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;

class UploadsTest {

  @Test
  void aBodyWithinTheLimitIsReadWhole() {
    byte[] body = new byte[100_000];
    body[99_999] = 7;
    assertThat(Uploads.readAtMost(body.length, new ByteArrayInputStream(body), 100_000))
        .isEqualTo(body);
    assertThat(Uploads.readAtMost(-1, new ByteArrayInputStream(body), 100_000)).isEqualTo(body);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
    Counting body = new Counting(10);
    Problem problem = catchThrowableOfType(Problem.class, () -> Uploads.readAtMost(101, body, 100));
    assertThat(problem.status()).isEqualTo(413);
    assertThat(body.read.get()).isZero();
  }

  @Test
  void anUndeclaredLengthIsRefusedOnceItPassesTheLimit() {
    Counting body = new Counting(10_000_000);
    Problem problem =
        catchThrowableOfType(Problem.class, () -> Uploads.readAtMost(-1, body, 200_000));
    assertThat(problem.status()).isEqualTo(413);
    assertThat(body.read.get()).isLessThan(200_000 + 64 * 1024 + 1);
  }

  @Test
  void aBodyLongerThanItsDeclaredLengthIsRefusedToo() {
    Problem problem =
        catchThrowableOfType(Problem.class, () -> Uploads.readAtMost(10, new Counting(1_000), 100));
    assertThat(problem.status()).isEqualTo(413);
  }

  /** A body of {@code size} bytes that counts how many were read. */
  private static final class Counting extends InputStream {
    final AtomicLong read = new AtomicLong();
    private final long size;

    Counting(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read.get() >= size) {
        return -1;
      }
      read.incrementAndGet();
      return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      long left = size - read.get();
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(left, length);
      read.addAndGet(n);
      return n;
    }
  }
}
