package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The customer list: filtered by tier, account manager, region, industry and text, paged in the database. */
@Named
@ViewScoped
public class CustomerListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A customer as the list shows it. */
    public record Row(long id, String code, String name, Tier tier, String accountManager, String region, String industry,
            Integer since) implements Serializable {
        static Row of(Customer c) {
            return new Row(c.id(), c.code(), c.name(), c.tier(), c.accountManager() == null ? "" : c.accountManager().displayName(),
                    c.region(), c.industry(), c.customerSince());
        }
    }

    /** An account manager to filter by. */
    public record Manager(String login, String name) implements Serializable {
    }

    @Inject
    CustomerDirectory directory;

    private final CustomerDirectory.Filter filter = new CustomerDirectory.Filter();
    private final Rows rows = new Rows(filter);

    /** Each page is a query of its own; the model keeps only the filter. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final CustomerDirectory.Filter filter;

        Rows(CustomerDirectory.Filter filter) {
            this.filter = filter;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory().count(filter);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String sort = null;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = meta.getField();
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            return directory().page(filter, sort, ascending, first, pageSize).stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        private static CustomerDirectory directory() {
            return CDI.current().select(CustomerDirectory.class).get();
        }
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public List<String> getRegions() {
        return directory.regions();
    }

    public List<String> getIndustries() {
        return directory.industries();
    }

    public List<Manager> getManagers() {
        return directory.accountManagers().stream().map(m -> new Manager((String) m[0], (String) m[1])).toList();
    }

    public CustomerDirectory.Filter getFilter() {
        return filter;
    }

    public Rows getRows() {
        return rows;
    }
}
