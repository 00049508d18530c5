package accord.rules.control;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.flowable.dmn.model.Decision;
import org.flowable.dmn.model.DecisionRule;
import org.flowable.dmn.model.DecisionTable;
import org.flowable.dmn.model.DmnDefinition;
import org.flowable.dmn.model.InputClause;
import org.flowable.dmn.model.LiteralExpression;
import org.flowable.dmn.model.OutputClause;
import org.flowable.dmn.model.RuleInputClauseContainer;
import org.flowable.dmn.model.RuleOutputClauseContainer;
import org.flowable.dmn.model.UnaryTests;
import org.flowable.dmn.xml.converter.DmnXMLConverter;

/** Reads a decision table out of its DMN and writes edited rows back into it, with Flowable's own DMN model. */
public final class RuleTables {

    private RuleTables() {
    }

    public static DmnDefinition parse(byte[] dmn) {
        return new DmnXMLConverter().convertToDmnModel(() -> new ByteArrayInputStream(dmn), false, true);
    }

    public static byte[] xml(DmnDefinition definition) {
        return new DmnXMLConverter().convertToXML(definition);
    }

    /** The (first) decision table of the DMN as rows of cells. */
    public static RuleTable read(DmnDefinition definition) {
        Decision decision = definition.getDecisions().get(0);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<RuleTable.Column> inputs = table.getInputs().stream().map(i -> new RuleTable.Column(i.getId(), i.getLabel(),
                i.getInputExpression().getText(), Cell.type(i.getInputExpression().getTypeRef()))).toList();
        List<RuleTable.Column> outputs = table.getOutputs().stream()
                .map(o -> new RuleTable.Column(o.getId(), o.getLabel(), o.getName(), Cell.type(o.getTypeRef()))).toList();
        List<RuleTable.Row> rows = table.getRules().stream().map(r -> new RuleTable.Row(r.getId(),
                r.getInputEntries().stream().map(e -> e.getInputEntry().getText()).toList(),
                r.getOutputEntries().stream().map(e -> e.getOutputEntry().getText()).toList())).toList();
        return new RuleTable(decision.getId(), decision.getName(), table.getHitPolicy().getValue(), inputs, outputs, rows);
    }

    /** The DMN with the table's rows replaced by the edited ones (columns, names and hit policy as they were). */
    public static DmnDefinition write(DmnDefinition base, RuleTable edited) {
        DecisionTable table = (DecisionTable) base.getDecisions().get(0).getExpression();
        table.getRules().clear();
        int number = 1;
        for (RuleTable.Row row : edited.getRows()) {
            DecisionRule rule = new DecisionRule();
            rule.setId(row.getId());
            rule.setRuleNumber(number++);
            for (int i = 0; i < table.getInputs().size(); i++) {
                InputClause input = table.getInputs().get(i);
                UnaryTests test = new UnaryTests();
                test.setId(row.getId() + "_in" + i);
                test.setText(row.getConditions().get(i).strip());
                rule.addInputEntry(new RuleInputClauseContainer(input, test));
            }
            for (int o = 0; o < table.getOutputs().size(); o++) {
                OutputClause output = table.getOutputs().get(o);
                LiteralExpression value = new LiteralExpression();
                value.setId(row.getId() + "_out" + o);
                value.setText(row.getOutputs().get(o).strip());
                rule.addOutputEntry(new RuleOutputClauseContainer(output, value));
            }
            table.addRule(rule);
        }
        return base;
    }
}
