package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;

/** The map's PNG reads back pixel for pixel, about the size ImageIO's own writer makes. */
class PngWriterTest {

  @Test
  void theMapReadsBackPixelForPixel() throws Exception {
    BufferedImage map = drawn(1200);
    byte[] png = PngWriter.write(map);

    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(back.getWidth()).isEqualTo(1200);
    assertThat(back.getHeight()).isEqualTo(900);
    for (int y = 0; y < map.getHeight(); y++) {
      for (int x = 0; x < map.getWidth(); x++) {
        if ((back.getRGB(x, y) & 0xffffff) != (map.getRGB(x, y) & 0xffffff)) {
          throw new AssertionError("pixel " + x + "," + y + " differs");
        }
      }
    }
    ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
    ImageIO.write(map, "png", imageIo);
    assertThat(png.length).isLessThan(imageIo.size() * 3 / 2);
  }

  @Test
  void anOddSizedBitmapToo() throws Exception {
    BufferedImage dot = new BufferedImage(3, 1, BufferedImage.TYPE_INT_RGB);
    dot.setRGB(0, 0, 0xE53935);
    dot.setRGB(2, 0, 0x123456);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngWriter.write(dot)));
    assertThat(back.getRGB(0, 0) & 0xffffff).isEqualTo(0xE53935);
    assertThat(back.getRGB(1, 0) & 0xffffff).isZero();
    assertThat(back.getRGB(2, 0) & 0xffffff).isEqualTo(0x123456);
  }

  @Test
  void onlyAnRgbBitmap() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngWriter.write(argb)).isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage drawn(int width) {
    BufferedImage image =
        new BufferedImage(width, MapDrawing.heightFor(width), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      new MapDrawing(YanganMap.content(), Language.ZH, width).draw(g);
    } finally {
      g.dispose();
    }
    return image;
  }
}
