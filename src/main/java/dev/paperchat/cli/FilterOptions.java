package dev.paperchat.cli;

import dev.paperchat.index.Filters;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --from}, {@code --to} and {@code --org}, as {@code search} and {@code ask} take them. */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY[-MM[-DD]]", converter = FirstDay.class,
            description = "Only papers dated on or after this day (a year or month: its first day).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY[-MM[-DD]]", converter = LastDay.class,
            description = "Only papers dated on or before this day (a year or month: its last day).")
    LocalDate to;

    @Option(names = "--org", description = "Only papers from this organisation.")
    String org;

    Filters filters() {
        return new Filters(from, to, org);
    }

    /** "--from 2022" is 2022-01-01. */
    static final class FirstDay implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return bound(value, false);
        }
    }

    /** "--to 2022" is 2022-12-31. */
    static final class LastDay implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return bound(value, true);
        }
    }

    private static LocalDate bound(String value, boolean last) {
        try {
            return Filters.day(value, last);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
