package org.citynet.tools.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.citynet.kernel.bulk.BulkMethod;
import org.citynet.tools.generator.OutputFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the option values citynet reads its own way. A {@link TypeConversionException}'s
 * message continues the option's name ({@code --cities} "must be a whole number, not 'many'"); a domain
 * parser's {@link IllegalArgumentException} already reads as a sentence and is shown as it is (see
 * {@link UsageErrors}).
 */
final class Values {

    private Values() {
    }

    /** A whole number; {@code 100_000} reads as {@code 100000} (picocli's own Long converter refuses that). */
    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, not '" + value + "'");
            }
        }
    }

    /** An ISO 8601 calendar date. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("needs a date as YYYY-MM-DD, not " + value);
            }
        }
    }

    /** One of Jena's bulk loaders, by name ({@link BulkMethod#of}). */
    static final class Loader implements ITypeConverter<BulkMethod> {
        @Override
        public BulkMethod convert(String value) {
            return BulkMethod.of(value);
        }
    }

    /** A file name the generator knows the format of ({@link OutputFormat#of}). */
    static final class GeneratedFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            OutputFormat.of(file);
            return file;
        }
    }
}
