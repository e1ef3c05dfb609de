package org.carepathway.fhir.internal;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import org.carepathway.model.InputError;

/**
 * Collects what HAPI's parser finds wrong with values, as input errors, instead of logging it (HAPI's own lenient
 * handler logs values, which may identify a patient) or throwing at the first one (its strict handler). Unknown
 * elements are ignored, as Pathway JSON ignores unknown members; values that cannot be read are errors. One
 * instance per parse.
 */
public final class ParseProblems implements IParserErrorHandler {
    private static final int MAX_SHOWN = 60;

    private final List<InputError> errors = new ArrayList<>();

    /** What was found, in the order found. */
    public List<InputError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        errors.add(new InputError("Bundle", "The element '" + element(location) + "' holds an invalid value '"
                + shown(value) + "' (" + withoutHapiCode(error) + "); correct it."));
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String elementName, BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.ScalarType foundScalar) {
        errors.add(new InputError("Bundle", "The element '" + elementName + "' has the wrong JSON type: expected "
                + describe(expected, expectedScalar) + ", found " + describe(found, foundScalar) + "."));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        errors.add(new InputError("Bundle", "The element '" + elementName + "' repeats, but FHIR R4 allows it once;"
                + " keep one."));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        // nothing can reference it, so nothing of ours reads it
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        // the mapping reports what it needs, with its location
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        // forward compatibility, as for unknown members of Pathway JSON
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        // forward compatibility, as for unknown members of Pathway JSON
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        // references are resolved by the mapping, which reports those it needs
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        // references are resolved by the mapping, which reports those it needs
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        // the value is read; nested extensions of ours never carry one
    }

    private static String element(IParseLocation location) {
        return location == null || location.getParentElementName() == null ? "?" : location.getParentElementName();
    }

    private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
        return scalar != null ? scalar.name().toLowerCase(java.util.Locale.ROOT)
                : String.valueOf(type).toLowerCase(java.util.Locale.ROOT);
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "...";
    }

    /** HAPI prefixes its messages with a code ("HAPI-1821: "); the sentence is what a person needs. */
    static String withoutHapiCode(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("HAPI-[0-9]+: ", "");
    }
}
