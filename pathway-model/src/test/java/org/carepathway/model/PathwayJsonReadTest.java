package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.model.Documents.VALID;
import static org.carepathway.model.Documents.with;
import static org.carepathway.model.Documents.without;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathwayJsonReadTest {

    private static List<InputError> errorsOf(String json) {
        ReadResult result = PathwayJson.read(json);
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return result.errors();
    }

    private static InputError onlyErrorOf(String json) {
        List<InputError> errors = errorsOf(json);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static Pathway accepted(String json) {
        ReadResult result = PathwayJson.read(json);
        assertThat(result.errors()).isEmpty();
        assertThat(result).isInstanceOf(ReadResult.Accepted.class);
        return ((ReadResult.Accepted) result).pathway();
    }

    @Nested
    class Valid_documents {
        @Test
        void should_accept_the_valid_document_with_every_member_read() {
            // given
            String json = VALID;

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.id()).isEqualTo("pw-1");
            assertThat(pathway.patient().nhsNumber()).isEqualTo("9434765919");
            assertThat(pathway.patient().birthDate()).isEqualTo(LocalDate.of(1950, 3, 1));
            assertThat(pathway.patient().needs()).containsExactly(Need.MENTAL_HEALTH);
            assertThat(pathway.patient().suicideRisk()).isTrue();
            assertThat(pathway.patient().lacksCapacity()).isFalse();
            assertThat(pathway.patient().consentToShare()).isEqualTo(ConsentToShare.GIVEN);
            assertThat(pathway.providers()).extracting(Provider::id).containsExactly("GP1", "MH1", "CH1");
            assertThat(pathway.providers().get(0).cqcRegistered()).isNull();
            assertThat(pathway.providers().get(2).cqcRegistered()).isFalse();
            assertThat(pathway.providers().get(2).openSafeguardingConcerns()).isEqualTo(1);
            assertThat(pathway.carePlans().get(0).sharedWith()).containsExactly("GP1");
            assertThat(pathway.transfers().get(1).at()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
            assertThat(pathway.contacts().get(0).id()).isNull();
            assertThat(pathway.communications().get(0).about()).isEqualTo("t2");
            assertThat(pathway.safeguardingConcerns().get(0).status()).isEqualTo(ConcernStatus.OPEN);
        }

        @Test
        void should_report_the_pathway_id_of_an_accepted_pathway() {
            // given
            String json = VALID;

            // when
            ReadResult result = PathwayJson.read(json);

            // then
            assertThat(result.pathwayId()).isEqualTo("pw-1");
        }

        @Test
        void should_ignore_unknown_members() {
            // given
            String json = with("/transfers/0/futureField", "{\"anything\": [1, 2, {\"x\": null}]}");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.transfers()).hasSize(2);
        }

        @Test
        void should_read_null_as_absent_for_optional_members_and_arrays() {
            // given
            String json = with("/contacts", "null").replace("\"reviewDue\":\"2027-01-01\"", "\"reviewDue\":null");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.contacts()).isEmpty();
            assertThat(pathway.carePlans().get(0).reviewDue()).isNull();
        }

        @Test
        void should_convert_an_offset_instant_to_utc() {
            // given
            String json = with("/transfers/1/at", "\"2026-11-20T11:00:00+01:00\"");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.transfers().get(1).at()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        }

        @ParameterizedTest
        @CsvSource({
            "2016-12-31T23:59:60Z, 2016-12-31T23:59:59Z",
            "2017-01-01T00:59:60.5+01:00, 2016-12-31T23:59:59.5Z"
        })
        void should_read_a_leap_second_as_the_second_before_it(String value, String expected) {
            // given
            String json = with("/transfers/1/at", "\"" + value + "\"");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.transfers().get(1).at()).isEqualTo(Instant.parse(expected));
        }

        @Test
        void should_keep_fractional_seconds_of_an_instant() {
            // given
            String json = with("/transfers/1/at", "\"2026-11-20T10:00:00.123456789Z\"");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.transfers().get(1).at()).isEqualTo(Instant.parse("2026-11-20T10:00:00.123456789Z"));
        }

        @Test
        void should_accept_an_nhs_number_with_a_wrong_check_digit() {
            // given
            String json = with("/patient/nhsNumber", "\"9434765918\"");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.patient().hasValidNhsNumber()).isFalse();
        }

        @Test
        void should_accept_contacts_without_ids() {
            // given
            String json = with("/contacts/1", "{\"provider\": \"GP1\", \"at\": \"2026-11-22T10:00:00Z\", \"kind\": \"REVIEW\"}");

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.contacts()).extracting(Contact::id).containsExactly(null, null);
        }

        @Test
        void should_ignore_a_byte_order_mark_at_the_start_of_a_string() {
            // given
            String json = "\uFEFF" + VALID;

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.id()).isEqualTo("pw-1");
        }

        @Test
        void should_read_utf8_bytes_from_a_stream() {
            // given
            String json = with("/providers/0/name", "\"Église Surgery £\"");
            ByteArrayInputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

            // when
            ReadResult result = PathwayJson.read(in);

            // then
            assertThat(result).isInstanceOf(ReadResult.Accepted.class);
            assertThat(((ReadResult.Accepted) result).pathway().providers().get(0).name()).isEqualTo("Église Surgery £");
        }
    }

    @Nested
    class Missing_members {
        @Test
        void should_report_pointer_of_missing_transfer_to() {
            // given
            String json = without("/transfers/1/to");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/1/to");
            assertThat(error.message()).contains("transfer.to", "missing");
        }

        @Test
        void should_report_a_required_member_given_as_null() {
            // given
            String json = with("/safeguardingConcerns/0/status", "null");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/safeguardingConcerns/0/status");
            assertThat(error.message()).contains("safeguardingConcern.status", "null", "OPEN, CLOSED");
        }

        @Test
        void should_report_missing_id_and_patient_of_the_pathway_without_a_pathway_id() {
            // given
            String json = "{}";

            // when
            ReadResult result = PathwayJson.read(json);

            // then
            assertThat(result.pathwayId()).isNull();
            assertThat(result.errors()).extracting(InputError::pointer).containsExactly("/id", "/patient");
        }

        @Test
        void should_report_every_missing_member_of_an_empty_transfer_in_member_order() {
            // given
            String json = with("/transfers/0", "{}");

            // when
            List<InputError> errors = errorsOf(json);

            // then
            assertThat(errors).extracting(InputError::pointer).containsExactly(
                    "/transfers/0/id", "/transfers/0/kind", "/transfers/0/from", "/transfers/0/to", "/transfers/0/at");
        }

        @Test
        void should_report_a_patient_with_neither_nhs_number_nor_local_id() {
            // given
            String json = without("/patient/nhsNumber");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/nhsNumber");
            assertThat(error.message()).contains("neither nhsNumber nor localId");
        }

        @Test
        void should_accept_a_patient_with_a_local_id_only() {
            // given
            String json = Documents.valid(root -> {
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("patient")).remove("nhsNumber");
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("patient")).put("localId", "L-1");
            });

            // when
            Pathway pathway = accepted(json);

            // then
            assertThat(pathway.patient().localId()).isEqualTo("L-1");
        }
    }

    @Nested
    class Json_types {
        @Test
        void should_report_a_boolean_written_as_a_string() {
            // given
            String json = with("/patient/suicideRisk", "\"true\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/suicideRisk");
            assertThat(error.message()).contains("patient.suicideRisk", "\"true\"", "without quotes");
        }

        @Test
        void should_report_an_enum_written_as_a_number() {
            // given
            String json = with("/transfers/0/kind", "1");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/kind");
            assertThat(error.message()).contains("the number 1", "ADMISSION, DISCHARGE, TRANSFER");
        }

        @Test
        void should_report_an_instant_written_as_an_epoch_number() {
            // given
            String json = with("/transfers/0/at", "1763632800");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/at");
            assertThat(error.message()).contains("1763632800", "RFC 3339");
        }

        @Test
        void should_report_a_count_written_with_a_fraction() {
            // given
            String json = with("/providers/2/openSafeguardingConcerns", "1.0");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/providers/2/openSafeguardingConcerns");
            assertThat(error.message()).contains("1.0", "whole number");
        }

        @Test
        void should_report_a_string_member_given_a_number() {
            // given
            String json = with("/contacts/0/id", "5");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/contacts/0/id");
            assertThat(error.message()).contains("contact.id", "the number 5");
        }

        @Test
        void should_report_an_object_member_given_a_string() {
            // given
            String json = with("/patient", "\"Jane\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient");
            assertThat(error.message()).contains("\"Jane\"", "object");
        }

        @Test
        void should_report_an_array_element_that_is_not_an_object() {
            // given
            String json = with("/contacts/0", "\"CH1\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/contacts/0");
            assertThat(error.message()).contains("pathway.contacts[0]", "\"CH1\"");
        }

        @Test
        void should_report_an_array_member_given_a_non_array() {
            // given
            String json = with("/patient/needs", "\"MENTAL_HEALTH\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/needs");
            assertThat(error.message()).contains("patient.needs", "array", "\"MENTAL_HEALTH\"");
        }

        @Test
        void should_report_null_inside_an_array() {
            // given
            String json = with("/transfers/0/items", "[\"MEDICATION\", null]");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/items/1");
            assertThat(error.message()).contains("transfer.items[1]", "null");
        }

        @Test
        void should_report_a_top_level_value_that_is_not_an_object() {
            // given
            String json = "[" + VALID + "]";

            // when
            ReadResult result = PathwayJson.read(json);

            // then
            assertThat(result.pathwayId()).isNull();
            assertThat(result.errors()).singleElement().satisfies(error -> {
                assertThat(error.pointer()).isEmpty();
                assertThat(error.message()).contains("JSON object", "an array");
            });
        }
    }

    @Nested
    class Values {
        @Test
        void should_report_an_unknown_enum_value_listing_the_allowed_values() {
            // given
            String json = with("/transfers/1/kind", "\"DISCHARGED\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/1/kind");
            assertThat(error.message()).contains("'DISCHARGED'", "ADMISSION, DISCHARGE, TRANSFER");
        }

        @Test
        void should_suggest_upper_case_for_an_enum_value_in_lower_case() {
            // given
            String json = with("/transfers/0/items/0", "\"medication\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/items/0");
            assertThat(error.message()).contains("'medication'", "write 'MEDICATION'");
        }

        @Test
        void should_report_an_instant_without_offset() {
            // given
            String json = with("/transfers/1/at", "\"2026-11-20T10:00:00\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error).isEqualTo(new InputError("/transfers/1/at", "transfer.at '2026-11-20T10:00:00' has no "
                    + "offset; write an RFC 3339 instant such as 2026-11-20T10:00:00Z."));
        }

        @ParameterizedTest
        @CsvSource({
            "2026-11-20, a date, not an instant",
            "2026-13-20T10:00:00Z, not a real date and time",
            "2026-11-20T10:00Z, not an RFC 3339 instant",
            "20/11/2026 10:00, not an RFC 3339 instant",
            "2026-11-20T10:00:00+01, not an RFC 3339 instant",
            "2026-11-20T10:00:00.1234567891Z, more than 9 fractional digits",
            "2026-11-20T10:00:60Z, only a leap second at 23:59:60 UTC"
        })
        void should_report_an_instant_that_is_not_rfc_3339(String value, String reason) {
            // given
            String json = with("/communications/0/sentAt", "\"" + value + "\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/communications/0/sentAt");
            assertThat(error.message()).contains("communication.sentAt", "'" + value + "'", reason);
        }

        @ParameterizedTest
        @CsvSource({
            "01/03/1950, not a date in the form YYYY-MM-DD",
            "1950-3-1, not a date in the form YYYY-MM-DD",
            "1950-03-01T00:00:00Z, not a date in the form YYYY-MM-DD",
            "1950-02-30, not a real date"
        })
        void should_report_a_bad_date(String value, String reason) {
            // given
            String json = with("/patient/birthDate", "\"" + value + "\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/birthDate");
            assertThat(error.message()).contains("patient.birthDate", "'" + value + "'", reason);
        }

        @Test
        void should_report_an_empty_string_id() {
            // given
            String json = with("/transfers/0/id", "\"\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/id");
            assertThat(error.message()).contains("transfer.id", "empty string");
        }

        @ParameterizedTest
        @CsvSource({"3", "003", "3a", "٠٣"})
        void should_report_a_legal_status_that_is_not_two_ascii_digits(String value) {
            // given
            String json = with("/patient/legalStatus", "\"" + value + "\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/legalStatus");
            assertThat(error.message()).contains("patient.legalStatus", "'" + value + "'", "two digits");
        }

        @Test
        void should_report_a_short_nhs_number_without_repeating_it() {
            // given
            String json = with("/patient/nhsNumber", "\"943476591\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/nhsNumber");
            assertThat(error.message()).contains("patient.nhsNumber", "malformed", "9 characters").doesNotContain("943");
        }

        @Test
        void should_report_an_nhs_number_with_spaces_without_repeating_it() {
            // given
            String json = with("/patient/nhsNumber", "\"943 476 5919\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/nhsNumber");
            assertThat(error.message()).contains("12 characters").doesNotContain("943").doesNotContain("5919");
        }

        @Test
        void should_report_an_nhs_number_with_a_non_digit_without_repeating_it() {
            // given
            String json = with("/patient/nhsNumber", "\"94347659I9\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/nhsNumber");
            assertThat(error.message()).contains("character 9 is not a digit").doesNotContain("9434");
        }

        @Test
        void should_report_an_nhs_number_given_as_a_number_without_repeating_it() {
            // given
            String json = with("/patient/nhsNumber", "9434765919");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/nhsNumber");
            assertThat(error.message()).contains("a number", "double quotes").doesNotContain("9434765919");
        }

        @Test
        void should_report_a_negative_count() {
            // given
            String json = with("/providers/2/openSafeguardingConcerns", "-1");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/providers/2/openSafeguardingConcerns");
            assertThat(error.message()).contains("provider.openSafeguardingConcerns", "-1", "negative");
        }

        @Test
        void should_report_a_count_too_large_for_an_int() {
            // given
            String json = with("/providers/2/openSafeguardingConcerns", "99999999999999999999");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/providers/2/openSafeguardingConcerns");
            assertThat(error.message()).contains("99999999999999999999", "too large");
        }

        @Test
        void should_report_a_plan_that_ends_when_it_was_created() {
            // given
            String json = with("/carePlans/0/ended", "\"2026-11-01T09:00:00Z\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/carePlans/0/ended");
            assertThat(error.message()).contains("carePlan.ended", "'2026-11-01T09:00:00Z'", "not after");
        }

        @Test
        void should_report_a_plan_that_ends_before_it_was_created_in_another_offset() {
            // given
            String json = with("/carePlans/0/ended", "\"2026-11-01T09:30:00+01:00\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/carePlans/0/ended");
            assertThat(error.message()).contains("'2026-11-01T09:30:00+01:00'", "'2026-11-01T09:00:00Z'");
        }

        @Test
        void should_report_a_transfer_from_and_to_the_same_provider() {
            // given
            String json = with("/transfers/0/to", "\"CH1\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/to");
            assertThat(error.message()).contains("transfer.to", "'CH1'", "same provider");
        }
    }

    @Nested
    class Cross_record_checks {
        @ParameterizedTest
        @CsvSource({
            "/patient/registeredGp, patient.registeredGp, providers",
            "/carePlans/0/owner, carePlan.owner, providers",
            "/carePlans/0/sharedWith/0, carePlan.sharedWith[0], providers",
            "/transfers/0/from, transfer.from, providers",
            "/transfers/0/to, transfer.to, providers",
            "/contacts/0/provider, contact.provider, providers",
            "/communications/0/from, communication.from, providers",
            "/communications/0/to, communication.to, providers",
            "/communications/0/about, communication.about, transfers",
            "/communications/0/carePlan, communication.carePlan, carePlans",
            "/safeguardingConcerns/0/raisedBy, safeguardingConcern.raisedBy, providers",
            "/safeguardingConcerns/0/about, safeguardingConcern.about, providers"
        })
        void should_report_a_reference_to_an_unlisted_id(String pointer, String field, String collection) {
            // given
            String json = with(pointer, "\"NOPE\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo(pointer);
            assertThat(error.message()).contains(field + " 'NOPE'", collection);
        }

        @ParameterizedTest
        @CsvSource({
            "/providers/3, '{\"id\": \"GP1\", \"type\": \"MENTAL_HEALTH_HOSPITAL\"}', provider.id 'GP1', /providers/0/id",
            "/carePlans/1, '{\"id\": \"cp1\", \"type\": \"OTHER\", \"status\": \"DRAFT\", \"owner\": \"GP1\", \"created\": \"2026-11-01T09:00:00Z\"}', carePlan.id 'cp1', /carePlans/0/id",
            "/transfers/2, '{\"id\": \"t1\", \"kind\": \"TRANSFER\", \"from\": \"GP1\", \"to\": \"MH1\", \"at\": \"2026-11-01T09:00:00Z\"}', transfer.id 't1', /transfers/0/id",
            "/communications/1, '{\"id\": \"c1\", \"type\": \"OTHER\", \"from\": \"GP1\", \"to\": \"MH1\", \"sentAt\": \"2026-11-01T09:00:00Z\"}', communication.id 'c1', /communications/0/id",
            "/safeguardingConcerns/1, '{\"id\": \"s1\", \"category\": \"PHYSICAL\", \"raisedBy\": \"GP1\", \"raisedAt\": \"2026-11-01T09:00:00Z\", \"status\": \"CLOSED\"}', safeguardingConcern.id 's1', /safeguardingConcerns/0/id"
        })
        void should_report_a_duplicate_id_pointing_at_the_second(String element, String json, String named,
                String first) {
            // given
            String document = with(element, json);

            // when
            InputError error = onlyErrorOf(document);

            // then
            assertThat(error.pointer()).isEqualTo(element + "/id");
            assertThat(error.message()).contains(named, first, "unique");
        }

        @Test
        void should_report_a_duplicate_contact_id() {
            // given
            String json = Documents.valid(root -> {
                var contacts = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("contacts");
                ((com.fasterxml.jackson.databind.node.ObjectNode) contacts.get(0)).put("id", "k1");
                contacts.addObject().put("id", "k1").put("provider", "GP1").put("at", "2026-11-22T10:00:00Z")
                        .put("kind", "REVIEW");
            });

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/contacts/1/id");
            assertThat(error.message()).contains("contact.id 'k1'");
        }

        @Test
        void should_report_a_registered_gp_that_is_not_a_gp_practice() {
            // given
            String json = with("/patient/registeredGp", "\"MH1\"");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/patient/registeredGp");
            assertThat(error.message()).contains("'MH1'", "MENTAL_HEALTH_HOSPITAL", "GP_PRACTICE");
        }

        @Test
        void should_report_references_even_when_the_referencing_record_has_other_errors() {
            // given
            String json = Documents.valid(root -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                    root.at("/transfers/0")).put("kind", "BOUNCE").put("to", "NOPE"));

            // when
            List<InputError> errors = errorsOf(json);

            // then
            assertThat(errors).extracting(InputError::pointer).containsExactly("/transfers/0/kind", "/transfers/0/to");
        }
    }

    @Nested
    class Document_order_and_syntax {
        @Test
        void should_list_several_problems_in_document_order() {
            // given: transfers come before providers in the text, so their reference errors come first
            String json = """
                    {
                      "transfers": [
                        {"id": "t1", "kind": "ADMISSION", "from": "X9", "to": "MH1", "at": "2026-11-10T10:00:00"},
                        {"kind": "DISCHARGE", "from": "MH1", "to": "GP1", "at": "2026-11-20T10:00:00Z", "items": [null]}
                      ],
                      "id": "pw-9",
                      "providers": [
                        {"id": "GP1", "type": "GP_PRACTICE"},
                        {"id": "MH1", "type": "HOSPITAL"},
                        {"id": "GP1", "type": "GP_PRACTICE", "openSafeguardingConcerns": -2}
                      ],
                      "patient": {"nhsNumber": "12345", "birthDate": "1950-03-01", "registeredGp": "MH1"}
                    }
                    """;

            // when
            ReadResult result = PathwayJson.read(json);

            // then
            assertThat(result.pathwayId()).isEqualTo("pw-9");
            assertThat(result.errors()).extracting(InputError::pointer).containsExactly(
                    "/transfers/0/from",
                    "/transfers/0/at",
                    "/transfers/1/id",
                    "/transfers/1/items/0",
                    "/providers/1/type",
                    "/providers/2/id",
                    "/providers/2/openSafeguardingConcerns",
                    "/patient/nhsNumber");
        }

        @Test
        void should_report_a_registered_gp_of_unknown_type_only_once() {
            // given: MH1's type is unreadable, so whether it is a GP practice is not judged
            String json = with("/providers/1/type", "\"HOSPITAL\"").replace("\"registeredGp\":\"GP1\"",
                    "\"registeredGp\":\"MH1\"");

            // when
            List<InputError> errors = errorsOf(json);

            // then
            assertThat(errors).extracting(InputError::pointer).containsExactly("/providers/1/type");
        }

        @Test
        void should_report_a_duplicate_member_name_at_its_second_occurrence() {
            // given
            String json = VALID.replace("\"to\": \"MH1\",", "\"to\": \"MH1\", \"to\": \"GP1\",");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/transfers/0/to");
            assertThat(error.message()).contains("'to'", "more than once");
        }

        @Test
        void should_report_a_duplicate_unknown_member_with_an_escaped_pointer() {
            // given
            String json = VALID.replaceFirst("\\{", "{\"a/b~c\": 1, \"a/b~c\": 2,");

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEqualTo("/a~1b~0c");
        }

        @Test
        void should_report_malformed_json_with_an_empty_pointer_and_line_and_column() {
            // given
            String json = "{\n  \"id\": \"pw-2\",\n  \"patient\": }\n";

            // when
            ReadResult result = PathwayJson.read(json);

            // then
            assertThat(result.pathwayId()).isEqualTo("pw-2");
            assertThat(result.errors()).singleElement().satisfies(error -> {
                assertThat(error.pointer()).isEmpty();
                assertThat(error.message()).contains("line 3, column 14");
            });
        }

        @Test
        void should_report_an_empty_document_as_malformed() {
            // given
            String json = "  ";

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("empty", "line 1");
        }

        @Test
        void should_report_content_after_the_pathway_object() {
            // given
            String json = VALID + "{}";

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("more after the end", "line");
        }

        @Test
        void should_not_repeat_an_nhs_number_from_malformed_json() {
            // given
            String json = "{\"patient\": {\"nhsNumber\": 9434765919abc}}";

            // when
            InputError error = onlyErrorOf(json);

            // then
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).doesNotContain("9434765919");
        }

        @Test
        void should_report_bytes_that_are_not_utf8_as_malformed() {
            // given
            byte[] bytes = "{\"id\": \"pw-\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

            // when
            ReadResult result = PathwayJson.read(new ByteArrayInputStream(bytes));

            // then
            assertThat(result.errors()).singleElement().satisfies(error -> {
                assertThat(error.pointer()).isEmpty();
                assertThat(error.message()).contains("line 1");
            });
        }
    }
}
