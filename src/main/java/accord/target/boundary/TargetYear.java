package accord.target.boundary;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** The years the targets page offers, in the company's time zone: last year, this year and next. */
final class TargetYear {

    private TargetYear() {
    }

    static int of(Integer asked, ZoneId zone) {
        int now = Year.now(zone).getValue();
        return asked == null || asked < now - 1 || asked > now + 1 ? now : asked;
    }

    static List<Integer> offered(ZoneId zone) {
        int now = Year.now(zone).getValue();
        return List.of(now + 1, now, now - 1);
    }

    /** The page again, for the same year and measures, after a save. */
    static String page(int year, Object shares, Object team) {
        return "/targets/index?faces-redirect=true&year=" + year + "&shares=" + shares + "&team=" + team;
    }
}
