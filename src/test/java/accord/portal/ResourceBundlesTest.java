package accord.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import accord.organisation.entity.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label exists in both languages, once, so no page shows a missing-key marker or an English name in either. */
class ResourceBundlesTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("accord.i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(bundle(Locale.SIMPLIFIED_CHINESE).keySet());
        Set<String> en = new TreeSet<>(bundle(Locale.ENGLISH).keySet());
        assertEquals(zh, en);
    }

    @Test
    void noLabelIsEmptyAndChineseIsChinese() {
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        for (String key : zh.keySet()) {
            assertFalse(zh.getString(key).isBlank(), key);
            assertFalse(bundle(Locale.ENGLISH).getString(key).isBlank(), key);
        }
        assertEquals("退出登录", zh.getString("nav.signOut"));
    }

    @Test
    void noKeyIsDefinedTwice() throws Exception {
        for (String file : List.of("messages_en.properties", "messages_zh_CN.properties")) {
            Map<String, Integer> seen = new HashMap<>();
            List<String> twice = new ArrayList<>();
            List<String> lines = Files.readAllLines(Path.of("src/main/resources/accord/i18n", file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                Integer earlier = seen.put(key, i + 1);
                if (earlier != null) {
                    twice.add(key + " (lines " + earlier + " and " + (i + 1) + ")");
                }
            }
            assertEquals(List.of(), twice, file + ": the later definition would silently win");
        }
    }

    /** The inbox, the history and "who acts next" name processes and steps from the bundles, never the BPMN's English. */
    @Test
    void everyProcessAndUserTaskHasNamesInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(Path.of("workflows"))) {
            for (Path bpmn : files.filter(f -> f.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(bpmn.toFile());
                NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
                for (int p = 0; p < processes.getLength(); p++) {
                    Element process = (Element) processes.item(p);
                    String key = process.getAttribute("id");
                    List<String> keys = new ArrayList<>(List.of("process." + key));
                    NodeList tasks = process.getElementsByTagNameNS(BPMN, "userTask");
                    for (int t = 0; t < tasks.getLength(); t++) {
                        keys.add("step." + key + "." + ((Element) tasks.item(t)).getAttribute("id"));
                    }
                    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                        keys.stream().filter(k -> !bundle(locale).containsKey(k)).forEach(k -> missing.add(locale + ": " + k));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    @Test
    void everyRoleHasALabel() {
        for (Role role : Role.values()) {
            assertFalse(bundle(Locale.ENGLISH).getString("role." + role.name()).isBlank());
            assertFalse(bundle(Locale.SIMPLIFIED_CHINESE).getString("role." + role.name()).isBlank());
        }
    }

    /** Labels the pages build from an enum's names ({@code msg['outbox.state.'.concat(s)]}): every value has one in both languages. */
    @Test
    void everyEnumShownByNameHasALabel() {
        java.util.Map<String, Enum<?>[]> shown = java.util.Map.of("outbox.state.", accord.mail.entity.MailState.values(),
                "mail.delivery.", accord.mail.entity.Delivery.values(), "proposal.status.", accord.proposal.entity.ProposalStatus.values(),
                "mail.kind.", accord.mail.entity.MailKind.choosable().toArray(new Enum<?>[0]));
        List<String> missing = new java.util.ArrayList<>();
        shown.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    if (!bundle(locale).containsKey(prefix + value.name())) {
                        missing.add(locale + " " + prefix + value.name());
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
    }
}
