package accord.security.control;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/** The time zones a person can pick, named in their language. */
public final class ZoneNames {

    /** Where a sales organisation based in China has people; the business zone first. */
    public static final List<String> OFFERED = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei",
            "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul", "Asia/Bangkok", "Asia/Kolkata", "Asia/Dubai", "Europe/Moscow",
            "Europe/Berlin", "Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles",
            "Australia/Sydney", "UTC");

    /** One zone offered to a person: its id and its name in their language. */
    public record Choice(String id, String name) {
    }

    private ZoneNames() {
    }

    /** The company's zone ({@code accord.business.zone}): every person's until they choose another. */
    public static ZoneId business() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("accord.business.zone", String.class)
                .orElse("Asia/Shanghai"));
    }

    public static String name(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    public static List<Choice> offered(Locale locale) {
        return OFFERED.stream().map(id -> new Choice(id, name(ZoneId.of(id), locale) + " · " + city(id, locale))).toList();
    }

    /** Is this one of the zones offered (so that nothing else is stored)? */
    public static boolean isOffered(String id) {
        return id != null && OFFERED.contains(id);
    }

    // Several zones share a display name ("China Time" for Shanghai and Taipei in some locales): the city tells them apart.
    private static String city(String id, Locale locale) {
        return CITY.getOrDefault(id + "|" + locale.getLanguage(), id.substring(id.indexOf('/') + 1).replace('_', ' '));
    }

    private static final java.util.Map<String, String> CITY = java.util.Map.ofEntries(
            java.util.Map.entry("Asia/Shanghai|zh", "上海"), java.util.Map.entry("Asia/Hong_Kong|zh", "香港"),
            java.util.Map.entry("Asia/Taipei|zh", "台北"), java.util.Map.entry("Asia/Singapore|zh", "新加坡"),
            java.util.Map.entry("Asia/Tokyo|zh", "东京"), java.util.Map.entry("Asia/Seoul|zh", "首尔"),
            java.util.Map.entry("Asia/Bangkok|zh", "曼谷"), java.util.Map.entry("Asia/Kolkata|zh", "加尔各答"),
            java.util.Map.entry("Asia/Dubai|zh", "迪拜"), java.util.Map.entry("Europe/Moscow|zh", "莫斯科"),
            java.util.Map.entry("Europe/Berlin|zh", "柏林"), java.util.Map.entry("Europe/London|zh", "伦敦"),
            java.util.Map.entry("America/New_York|zh", "纽约"), java.util.Map.entry("America/Chicago|zh", "芝加哥"),
            java.util.Map.entry("America/Los_Angeles|zh", "洛杉矶"), java.util.Map.entry("Australia/Sydney|zh", "悉尼"),
            java.util.Map.entry("UTC|zh", "世界标准时间"), java.util.Map.entry("UTC|en", "UTC"));
}
