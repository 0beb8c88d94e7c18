package org.citynet.tools.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How citynet's usage help looks, through picocli's extension points: option values written as the README
 * writes them ({@code --store LOCATION}; the parser takes {@code --store=LOCATION} as well), and
 * {@code citynet --help} listing each subcommand with its synopsis, as a reminder of every option.
 */
final class CliHelp implements IHelpFactory {

    private static final int DESCRIPTION_INDENT = 6;

    @Override
    public Help create(CommandSpec command, ColorScheme colors) {
        return new SpacedHelp(command, colors);
    }

    /** The command list of the top-level help: each subcommand's synopsis, its description indented below. */
    static String commandList(Help help) {
        StringBuilder text = new StringBuilder();
        for (CommandLine sub : help.commandSpec().subcommands().values()) {
            SpacedHelp subHelp = (SpacedHelp) sub.getHelp();
            TextTable description = TextTable.forColumns(help.colorScheme(),
                    new Column(subHelp.width(), DESCRIPTION_INDENT, Column.Overflow.WRAP));
            description.indentWrappedLines = 0;
            // Description lines are format strings (picocli's own help command has %n in them).
            String words = String.format(String.join(" ", sub.getCommandSpec().usageMessage().description()));
            description.addRowValues(words.replaceAll("\\s+", " ").strip());
            text.append(subHelp.brief()).append(description);
        }
        return text.toString();
    }

    /** picocli's help with {@link SpacedLabels}, and a brief synopsis for the command list. */
    private static final class SpacedHelp extends Help {

        private final IParamLabelRenderer labels;

        SpacedHelp(CommandSpec command, ColorScheme colors) {
            super(command, colors);
            this.labels = new SpacedLabels(super.parameterLabelRenderer());
        }

        @Override
        public IParamLabelRenderer parameterLabelRenderer() {
            return labels;
        }

        int width() {
            return commandSpec().usageMessage().width();
        }

        /** {@code  citynet load --store LOCATION [--root DIR]}: the synopsis without -h and -V, indented. */
        String brief() {
            Set<ArgSpec> standard = new HashSet<>();
            commandSpec().options().stream().filter(o -> o.usageHelp() || o.versionHelp()).forEach(standard::add);
            Text details = createDetailedSynopsisOptionsText(standard, null, false)
                    .concat(createDetailedSynopsisPositionalsText(standard));
            return "  " + insertSynopsisCommandName(2, details);
        }
    }

    /** picocli's labels with a space instead of {@code =} between an option and its value. */
    private record SpacedLabels(IParamLabelRenderer picocli) implements IParamLabelRenderer {

        @Override
        public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
            Text label = picocli.renderParameterLabel(arg, ansi, styles);
            String separator = picocli.separator();
            return arg instanceof OptionSpec && label.plainString().startsWith(separator)
                    ? ansi.text(" ").concat(label.substring(separator.length())) : label;
        }

        @Override
        public String separator() {
            return " ";
        }
    }
}
