package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.casefile.control.DiagramNames;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The diagrams speak the person's language: every name drawn on every process of workflows/ comes
 * from the bundles, in Chinese without a Latin letter, and in English as the file says it.
 */
class DiagramNamesTest {

    @Test
    void everyNameOnEveryDiagramIsChineseInChinese() throws Exception {
        List<String> english = new ArrayList<>();
        for (Path file : workflows()) {
            String bpmn = Files.readString(file, StandardCharsets.UTF_8);
            for (String name : namesIn(DiagramNames.in(bpmn, Locale.SIMPLIFIED_CHINESE))) {
                if (name.matches(".*[A-Za-z].*")) {
                    english.add(file.getFileName() + ": " + name);
                }
            }
        }
        assertTrue(english.isEmpty(), "English on Chinese diagrams: " + english);
    }

    @Test
    void inEnglishTheNamesAreTheFilesOwn() throws Exception {
        for (Path file : workflows()) {
            String bpmn = Files.readString(file, StandardCharsets.UTF_8);
            List<String> localized = namesIn(DiagramNames.in(bpmn, Locale.ENGLISH));
            assertEquals(namesIn(bpmn).size(), localized.size(), file.toString());
            assertTrue(localized.stream().noneMatch(String::isBlank), file.toString());
        }
    }

    private static List<Path> workflows() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("workflows"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn20.xml")).sorted().toList();
        }
    }

    /** The names of the elements inside processes (what the diagram draws). */
    private static List<String> namesIn(String bpmn) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList processes = factory.newDocumentBuilder().parse(new InputSource(new StringReader(bpmn)))
                .getElementsByTagNameNS("*", "process");
        List<String> names = new ArrayList<>();
        for (int p = 0; p < processes.getLength(); p++) {
            NodeList elements = ((Element) processes.item(p)).getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("name") && !"message".equals(element.getLocalName())) {
                    names.add(element.getAttribute("name"));
                }
            }
        }
        return names;
    }
}
