/**
 * The sales measures of the source documents (002 §5.5; issue 20) per rep, team, region and company,
 * per month, quarter and year, beside the period before and the same period a year earlier:
 * attainment, growth, penetration, conversion, key-account retention and churn with loss reasons,
 * order cancellation, sales per visit, visits per day to existing and prospective customers,
 * customer satisfaction, complaints per key account and complaints resolved in time. Each is
 * computed from stored data ({@code MeasureFormulas} on {@code MeasureInputs}); a measure whose
 * inputs are missing says what is missing instead of a number.
 */
package accord.measure;
