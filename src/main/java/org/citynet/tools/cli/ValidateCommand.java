package org.citynet.tools.cli;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.load.ValidationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate [--root DIR]}: parses and SHACL-validates the project's files, changing nothing. */
@Command(name = "validate", description = "Parse and SHACL-validate ontology/ and data/ under DIR: every syntax"
        + " error (file:line:column) and every SHACL violation on stderr, a summary on stdout.")
final class ValidateCommand extends CliCommand {

    @Mixin
    private ProjectRoot root;

    @Override
    public Integer call() {
        KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
        KnowledgeGraphFiles files = KnowledgeGraphFiles.fromRoot(root.path());
        StagedKnowledgeGraph staged = loader.parse(files);
        ValidationOutcome outcome = loader.validate(staged);
        outcome.problems().forEach(problem -> err().println(problem.describe()));
        out().printf("%d ontology, %d shapes, %d data files: %d graphs, %d triples; %d violations, %d warnings%n",
                files.ontology().size(), files.shapes().size(), files.data().size(), staged.graphNames().size(),
                staged.tripleCount(), outcome.refusals().size(), outcome.warnings().size());
        return outcome.conforms() ? CitynetCli.OK : CitynetCli.REFUSED;
    }
}
