package accord.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A step of the grade ladder and what reaching it asks: months in the current grade, attainment
 * over the last four quarters (percent) and, if set, the average satisfaction of the person's
 * customers (1–5). The code is what an employee's grade names.
 */
@Entity
@Table(name = "grade")
public class Grade implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "grade_level", nullable = false, unique = true)
    private int level;

    @Column(name = "months_in_grade", nullable = false)
    private int monthsInGrade;

    @Column(name = "min_attainment", nullable = false, precision = 5, scale = 1)
    private BigDecimal minAttainment;

    @Column(name = "min_satisfaction", precision = 2, scale = 1)
    private BigDecimal minSatisfaction;

    @Version
    private long version;

    protected Grade() {
        // for JPA
    }

    public Grade(String code, String nameZh, String nameEn, int level) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.level = level;
        this.minAttainment = BigDecimal.ZERO;
    }

    /** The requirements; checked by GradeLadder before they get here. */
    public void require(int monthsInGrade, BigDecimal minAttainment, BigDecimal minSatisfaction) {
        this.monthsInGrade = monthsInGrade;
        this.minAttainment = minAttainment;
        this.minSatisfaction = minSatisfaction;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getLevel() {
        return level;
    }

    public int getMonthsInGrade() {
        return monthsInGrade;
    }

    public BigDecimal getMinAttainment() {
        return minAttainment;
    }

    public BigDecimal getMinSatisfaction() {
        return minSatisfaction;
    }

    public long getVersion() {
        return version;
    }
}
