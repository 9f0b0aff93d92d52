package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The map drawn, from Yang'an's demo map: a PNG of the asked size with the features' colours in it,
 * and an SVG whose text (title, legend, names) is Chinese text in Noto Sans SC. The drawings are
 * written to {@code target/map/} to look at.
 */
class MapImagesTest {

  @Test
  void thePngIsTheAskedSizeAndShowsTheFourColours() throws Exception {
    byte[] png = MapImages.png(YanganMap.content(), Language.ZH, 1600);
    Files.createDirectories(Path.of("target", "map"));
    Files.write(Path.of("target", "map", "yangan.png"), png);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(1200);
    for (java.awt.Color colour : List.of(MapDrawing.RED, MapDrawing.YELLOW, MapDrawing.GREEN)) {
      assertThat(contains(image, colour.getRGB())).as("the map shows %s", colour).isTrue();
    }
  }

  @Test
  void theSvgHasTheChineseLegendAsTextInNotoSansSc() throws Exception {
    String svg = MapImages.svg(YanganMap.content(), Language.ZH, 1200);
    Files.createDirectories(Path.of("target", "map"));
    Files.writeString(Path.of("target", "map", "yangan.svg"), svg);

    Document document = xml(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(1200);
    assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(900);
    List<String> texts = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
      assertThat(((Element) nodes.item(i)).getAttribute("style"))
          .contains("font-family: \"Noto Sans SC\"");
    }
    assertThat(texts)
        .contains("洋溪街道 四色网格图", "图例", "红", "黄", "绿", "白", "网格边界")
        .contains("临时物资配送点(3)", "临时卡口(3)", "核酸检测点(3)", "临时管控通道(2)")
        .contains("第一网格", "第十五网格", "社区服务中心核酸采样点", "200 米", "北");
  }

  /** The SVG as XML: well-formed, its DTD not fetched. */
  static Document xml(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void inEnglishTheLegendIsEnglish() {
    String svg = MapImages.svg(YanganMap.content(), Language.EN, 1200);
    assertThat(svg)
        .contains("Legend", "temporary supply distribution point", "Yang&apos;an Grid 1")
        .doesNotContain("图例");
  }

  @Test
  void anEmptyMapSaysSo() throws Exception {
    MapContent empty =
        new MapContent(YanganMap.TOWN, List.of(), List.of(), YanganMap.places(), YanganMap.NOW);
    assertThat(MapImages.svg(empty, Language.ZH, 800)).contains("该区域还没有网格边界和要素");
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(MapImages.png(empty, Language.ZH, 800)));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  private static boolean contains(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
          return true;
        }
      }
    }
    return false;
  }
}
