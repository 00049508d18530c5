package accord.casefile.control;

import accord.platform.control.Text;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A process diagram in the person's language: the BPMN files name their elements in English, and
 * the diagram draws those names. Each named element of a process is renamed from the bundle: a
 * user task by its step name ({@code step.<process>.<id>}, as the inbox shows it), anything else
 * (gateways, events, flows, automatic steps) by {@code bpmn.<process>.<id>}. A name without a key
 * stays as it is; {@code ResourceBundlesTest} sees to it that there is none.
 */
public final class DiagramNames {

    private DiagramNames() {
    }

    public static String in(String bpmnXml, Locale locale) {
        ResourceBundle names = ResourceBundle.getBundle(Text.BUNDLE, locale);
        try {
            Document bpmn = parse(bpmnXml);
            NodeList elements = bpmn.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String processKey = processOf(element);
                if (processKey != null && element.hasAttribute("id") && element.hasAttribute("name")) {
                    String key = keyOf(names, processKey, element.getAttribute("id"));
                    if (key != null) {
                        element.setAttribute("name", names.getString(key));
                    }
                }
            }
            return write(bpmn);
        } catch (Exception e) {
            // The diagram still draws, in the file's words.
            return bpmnXml;
        }
    }

    /** The key that names this element, if the bundle has one. */
    static String keyOf(ResourceBundle names, String processKey, String elementId) {
        for (String key : new String[] {"step." + processKey + "." + elementId, "bpmn." + processKey + "." + elementId}) {
            if (names.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    /** The id of the process an element belongs to; null outside a process (the diagram's layout part). */
    static String processOf(Element element) {
        for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if ("process".equals(parent.getLocalName())) {
                return parent.getAttribute("id");
            }
        }
        return null;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String write(Document document) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}
