/**
 * What every case has, whatever its workflow: its number series, the variables every case starts
 * with (subject, customer), the entity its process variable points at (locked while a step runs),
 * its history, files, and diagram with step names in the reader's language, and the rules a
 * workflow adds to who may see a case ({@code CaseVisibility}). The inbox shows them.
 */
package accord.casefile;
