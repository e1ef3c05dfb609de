package org.carepathway.examples.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.carepathway.rules.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters: strict RFC 3339 instants, and names matched without regard to case. */
final class Converters {
    private Converters() {
    }

    /** An RFC 3339 date-time with an offset ({@code 2026-03-31T12:00:00Z}, {@code ...+01:00}). */
    static final class RfcInstant implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an RFC 3339 date-time with an offset,"
                        + " such as 2026-03-31T12:00:00Z or 2026-03-31T13:00:00+01:00");
            }
        }
    }

    /** {@code CRITICAL}, {@code HIGH}, {@code MEDIUM} or {@code LOW}. */
    static final class SeverityName implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return constant(Severity.class, value);
        }
    }

    /** {@code text}, {@code json}, {@code ndjson} or {@code fhir}. */
    static final class ValidateFormatName implements ITypeConverter<ValidateCommand.Format> {
        @Override
        public ValidateCommand.Format convert(String value) {
            return constant(ValidateCommand.Format.class, value);
        }
    }

    /** {@code text}, {@code json} or {@code markdown}. */
    static final class RulesFormatName implements ITypeConverter<RulesCommand.Format> {
        @Override
        public RulesCommand.Format convert(String value) {
            return constant(RulesCommand.Format.class, value);
        }
    }

    /** {@code auto}, {@code always} or {@code never}. */
    static final class ProgressModeName implements ITypeConverter<BatchOptions.ProgressMode> {
        @Override
        public BatchOptions.ProgressMode convert(String value) {
            return constant(BatchOptions.ProgressMode.class, value);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> type == Severity.class ? c.name() : c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }
}
