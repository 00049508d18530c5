package accord.inbox.control;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flowable.common.engine.api.query.NativeQuery;

/** Lists of values as named parameters of the engine's native queries, which take no collections. */
final class NativeSql {

    private NativeSql() {
    }

    /** "#{p0}, #{p1}, …": one named parameter per value, for inside an IN (…). */
    static String parameters(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> "#{" + prefix + i + "}").collect(Collectors.joining(", "));
    }

    /** Binds the values to the parameters {@link #parameters} named, in the same order. */
    static <Q extends NativeQuery<Q, ?>> Q bind(Q query, String prefix, Collection<String> values) {
        int i = 0;
        for (String value : values) {
            query.parameter(prefix + i++, value);
        }
        return query;
    }
}
