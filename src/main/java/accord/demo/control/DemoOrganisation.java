package accord.demo.control;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.security.control.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo company: the departments of DOMAIN.md (Sales with two regional teams), 25 people
 * covering every role, and 40 customers in tiers A, B and C.
 */
@ApplicationScoped
public class DemoOrganisation {

    public static final String PASSWORD = "accord-demo";

    /** login, name, department, manager login, grade, roles (STAFF is implied). */
    record Person(String login, String name, String department, String manager, String grade, Role... roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("zhou.jianguo", "周建国", "SALES", null, "SALES_DIRECTOR", Role.SALES_DIRECTOR, Role.DEPT_HEAD),
            new Person("li.ming", "李明", "SALES_EAST", "zhou.jianguo", "SALES_MANAGER", Role.SALES_MANAGER, Role.DEPT_HEAD),
            new Person("wang.fang", "王芳", "SALES_EAST", "li.ming", "KEY_ACCOUNT_MANAGER"),
            new Person("zhang.wei", "张伟", "SALES_EAST", "li.ming", "SENIOR_SALES_REP"),
            new Person("liu.yang", "刘洋", "SALES_EAST", "li.ming", "SALES_REP"),
            new Person("chen.jing", "陈静", "SALES_EAST", "li.ming", "SALES_REP"),
            new Person("zhao.lei", "赵磊", "SALES_NORTH", "zhou.jianguo", "SALES_MANAGER", Role.SALES_MANAGER, Role.DEPT_HEAD),
            new Person("sun.li", "孙丽", "SALES_NORTH", "zhao.lei", "KEY_ACCOUNT_MANAGER"),
            new Person("huang.tao", "黄涛", "SALES_NORTH", "zhao.lei", "SENIOR_SALES_REP"),
            new Person("wu.xia", "吴霞", "SALES_NORTH", "zhao.lei", "SALES_REP"),
            new Person("xu.hui", "徐慧", "CUSTOMER_SERVICE", null, null, Role.DEPT_HEAD, Role.CUSTOMER_SERVICE),
            new Person("ma.lin", "马琳", "CUSTOMER_SERVICE", "xu.hui", null, Role.CUSTOMER_SERVICE),
            new Person("hu.yan", "胡燕", "CUSTOMER_SERVICE", "xu.hui", null, Role.CUSTOMER_SERVICE),
            new Person("guo.qiang", "郭强", "TECH_SUPPORT", null, null, Role.DEPT_HEAD),
            new Person("he.peng", "何鹏", "TECH_SUPPORT", "guo.qiang", null),
            new Person("lin.na", "林娜", "MARKETING", null, null, Role.DEPT_HEAD),
            new Person("luo.jie", "罗杰", "MARKETING", "lin.na", null),
            new Person("zheng.hao", "郑浩", "PRODUCT", null, null, Role.DEPT_HEAD),
            new Person("liang.yu", "梁雨", "PRODUCT", "zheng.hao", null),
            new Person("song.bo", "宋波", "AFTER_SALES", null, null, Role.DEPT_HEAD),
            new Person("tang.min", "唐敏", "AFTER_SALES", "song.bo", null),
            new Person("han.xue", "韩雪", "FINANCE", null, null, Role.DEPT_HEAD),
            new Person("feng.qing", "冯青", "HR", null, null, Role.DEPT_HEAD, Role.HR),
            new Person("cao.li", "曹丽", "HR", "feng.qing", null, Role.HR),
            new Person("admin", "系统管理员", "HR", null, null, Role.ADMIN));

    /** code, Chinese name, English name, parent code, head login. */
    record Unit(String code, String nameZh, String nameEn, String parent, String head) {
    }

    static final List<Unit> DEPARTMENTS = List.of(
            new Unit("SALES", "销售部", "Sales", null, "zhou.jianguo"),
            new Unit("SALES_EAST", "华东销售组", "Sales East", "SALES", "li.ming"),
            new Unit("SALES_NORTH", "华北销售组", "Sales North", "SALES", "zhao.lei"),
            new Unit("CUSTOMER_SERVICE", "客户服务部", "Customer Service", null, "xu.hui"),
            new Unit("TECH_SUPPORT", "技术支持部", "Technical Support", null, "guo.qiang"),
            new Unit("MARKETING", "市场部", "Marketing", null, "lin.na"),
            new Unit("PRODUCT", "产品部", "Product", null, "zheng.hao"),
            new Unit("AFTER_SALES", "售后服务部", "After-sales Service", null, "song.bo"),
            new Unit("FINANCE", "财务部", "Finance", null, "han.xue"),
            new Unit("HR", "人力资源部", "Human Resources", null, "feng.qing"));

    /** name, tier, account manager, region, industry, customer since. */
    record Account(String name, Tier tier, String manager, String region, String industry, int since) {
    }

    static final List<Account> CUSTOMERS = List.of(
            new Account("上海恒通精密机械有限公司", Tier.A, "wang.fang", "上海", "制造", 2012),
            new Account("杭州联创电子科技股份有限公司", Tier.A, "wang.fang", "杭州", "电子", 2015),
            new Account("南京华信医疗器械有限公司", Tier.A, "zhang.wei", "南京", "医疗", 2016),
            new Account("苏州金桥物流集团", Tier.A, "wang.fang", "苏州", "物流", 2010),
            new Account("北京中科能源装备有限公司", Tier.A, "sun.li", "北京", "能源", 2011),
            new Account("天津滨海港务集团", Tier.A, "sun.li", "天津", "物流", 2014),
            new Account("北京博远教育科技有限公司", Tier.A, "huang.tao", "北京", "教育", 2017),
            new Account("石家庄冀丰建材集团", Tier.A, "sun.li", "石家庄", "建筑", 2013),
            new Account("上海瑞丰零售连锁有限公司", Tier.B, "zhang.wei", "上海", "零售", 2018),
            new Account("宁波东海包装材料有限公司", Tier.B, "liu.yang", "宁波", "制造", 2019),
            new Account("无锡新纪元纺织有限公司", Tier.B, "chen.jing", "无锡", "制造", 2020),
            new Account("杭州绿源食品有限公司", Tier.B, "liu.yang", "杭州", "食品", 2018),
            new Account("上海汇金融资租赁有限公司", Tier.B, "zhang.wei", "上海", "金融", 2019),
            new Account("南京天润化工有限公司", Tier.B, "chen.jing", "南京", "化工", 2017),
            new Account("常州精工汽车零部件有限公司", Tier.B, "wang.fang", "常州", "汽车", 2016),
            new Account("北京京华百货有限公司", Tier.B, "huang.tao", "北京", "零售", 2018),
            new Account("天津宏达钢铁贸易有限公司", Tier.B, "wu.xia", "天津", "贸易", 2020),
            new Account("北京安康连锁药房", Tier.B, "huang.tao", "北京", "医疗", 2019),
            new Account("保定长城农机有限公司", Tier.B, "wu.xia", "保定", "农业", 2017),
            new Account("唐山北方重工有限公司", Tier.B, "sun.li", "唐山", "制造", 2015),
            new Account("廊坊智慧物业服务有限公司", Tier.B, "wu.xia", "廊坊", "服务", 2021),
            new Account("天津海河电气有限公司", Tier.B, "huang.tao", "天津", "电子", 2018),
            new Account("上海青禾文化传媒有限公司", Tier.C, "chen.jing", "上海", "传媒", 2023),
            new Account("杭州云启软件有限公司", Tier.C, "liu.yang", "杭州", "软件", 2024),
            new Account("嘉兴湖畔酒店管理有限公司", Tier.C, "chen.jing", "嘉兴", "酒店", 2022),
            new Account("苏州小鹿母婴用品有限公司", Tier.C, "liu.yang", "苏州", "零售", 2024),
            new Account("南通海韵家具有限公司", Tier.C, "zhang.wei", "南通", "制造", 2023),
            new Account("合肥星辰光电有限公司", Tier.C, "chen.jing", "合肥", "电子", 2025),
            new Account("温州鸿运鞋业有限公司", Tier.C, "liu.yang", "温州", "制造", 2022),
            new Account("绍兴古越酿酒有限公司", Tier.C, "zhang.wei", "绍兴", "食品", 2021),
            new Account("扬州运河文旅发展有限公司", Tier.C, "chen.jing", "扬州", "旅游", 2025),
            new Account("北京知行咨询有限公司", Tier.C, "wu.xia", "北京", "咨询", 2024),
            new Account("天津津门餐饮管理有限公司", Tier.C, "wu.xia", "天津", "餐饮", 2023),
            new Account("北京未来智造科技有限公司", Tier.C, "huang.tao", "北京", "软件", 2025),
            new Account("沧州渤海管件有限公司", Tier.C, "wu.xia", "沧州", "制造", 2022),
            new Account("秦皇岛蓝海旅游有限公司", Tier.C, "huang.tao", "秦皇岛", "旅游", 2024),
            new Account("邯郸丰泽农业科技有限公司", Tier.C, "sun.li", "邯郸", "农业", 2023),
            new Account("张家口风电运维服务有限公司", Tier.C, "huang.tao", "张家口", "能源", 2025),
            new Account("太原晋商物流有限公司", Tier.C, "wu.xia", "太原", "物流", 2021),
            new Account("呼和浩特草原乳业有限公司", Tier.C, "sun.li", "呼和浩特", "食品", 2024));

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /**
     * Creates the demo organisation. Off the embedded demo database its shared password is known to
     * anyone who read the README, so there each person must choose their own at first sign-in.
     */
    public void create(boolean sharedPasswordMustChange) {
        Map<String, Department> departments = new HashMap<>();
        for (Unit unit : DEPARTMENTS) {
            Department department = new Department(unit.code(), unit.nameZh(), unit.nameEn(),
                    departments.get(unit.parent()));
            em.persist(department);
            departments.put(unit.code(), department);
        }
        // Departments and employees refer to each other (head, department): write the departments
        // first, their heads once the people exist.
        em.flush();
        Map<String, Employee> people = new HashMap<>();
        for (Person person : PEOPLE) {
            Employee employee = new Employee(person.login(), person.name(), person.login() + "@accord.example",
                    departments.get(person.department()), passwords.hash(PASSWORD.toCharArray()));
            if (sharedPasswordMustChange) {
                employee.resetPasswordHash(employee.passwordHash());
            }
            employee.grade(person.grade());
            for (Role role : person.roles()) {
                employee.grant(role);
            }
            if (person.manager() != null) {
                employee.reportTo(people.get(person.manager()));
            }
            em.persist(employee);
            people.put(person.login(), employee);
        }
        em.flush();
        for (Unit unit : DEPARTMENTS) {
            departments.get(unit.code()).appointHead(people.get(unit.head()));
        }
        int number = 1;
        for (Account account : CUSTOMERS) {
            em.persist(new Customer("C%04d".formatted(number++), account.name(), account.tier(),
                    people.get(account.manager()), account.region(), account.industry(), account.since()));
        }
    }

    public static List<String> people() {
        return PEOPLE.stream().map(Person::login).toList();
    }

    public static List<String> departmentCodes() {
        return DEPARTMENTS.stream().map(Unit::code).toList();
    }

    public static List<Tier> customerTiers() {
        return CUSTOMERS.stream().map(Account::tier).toList();
    }

    /** Every head is a member of the department they head, and every manager exists. */
    public static boolean departmentsHeadedByTheirMembers() {
        Map<String, Person> byLogin = new HashMap<>();
        PEOPLE.forEach(person -> byLogin.put(person.login(), person));
        boolean headsBelong = DEPARTMENTS.stream()
                .allMatch(unit -> byLogin.containsKey(unit.head()) && byLogin.get(unit.head()).department().equals(unit.code()));
        boolean managersExist = PEOPLE.stream().allMatch(p -> p.manager() == null || byLogin.containsKey(p.manager()));
        boolean accountManagersExist = CUSTOMERS.stream().allMatch(c -> byLogin.containsKey(c.manager()));
        return headsBelong && managersExist && accountManagersExist;
    }

    public static String loginsBanner() {
        StringBuilder banner = new StringBuilder("\n\n=== Accord demo portal: http://localhost:8080/ ===\n")
                .append("Every demo login has the password: ").append(PASSWORD).append('\n');
        for (Person person : PEOPLE) {
            banner.append(String.format("  %-14s %-6s %-17s %s%n", person.login(), person.name(), person.department(),
                    person.roles().length == 0 ? "STAFF" : List.of(person.roles())));
        }
        return banner.toString();
    }
}
