package accord.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.workflow.control.WorkflowKeys;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of keys and the files in workflows/ name the same processes and decision tables. */
class WorkflowKeysTest {

    private static final Pattern KEY = Pattern.compile("<(?:process|decision) id=\"([^\"]+)\"");

    @Test
    void everyProcessAndDecisionInTheFilesIsInTheCatalogueAndNothingElse() throws IOException {
        Set<String> inFiles = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml") || f.toString().endsWith(".dmn")).toList()) {
                Matcher found = KEY.matcher(Files.readString(file));
                while (found.find()) {
                    inFiles.add(found.group(1));
                }
            }
        }
        Set<String> catalogued = new TreeSet<>();
        for (Field field : Arrays.stream(WorkflowKeys.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())).toList()) {
            catalogued.add((String) get(field));
        }
        assertEquals(inFiles, catalogued);
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
