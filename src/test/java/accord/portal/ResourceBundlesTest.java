package accord.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import accord.organisation.entity.Role;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label exists in both languages, so no page shows a missing-key marker in either. */
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
    void everyRoleHasALabel() {
        for (Role role : Role.values()) {
            assertFalse(bundle(Locale.ENGLISH).getString("role." + role.name()).isBlank());
            assertFalse(bundle(Locale.SIMPLIFIED_CHINESE).getString("role." + role.name()).isBlank());
        }
    }
}
