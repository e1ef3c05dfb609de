package org.carepathway.benchmarks;

/**
 * A pack of generated custom rules, as a large integrator might keep: local red-bag policies per destination,
 * plan ownership checks, missing items by provider type and patient-level checks. Four kinds of rule in turn, each
 * with its own literal, so that no two rules are the same.
 */
final class CustomRulePack {
    private static final String[] ITEMS = {"PERSONAL_PROFILE", "TRANSFER_REASON", "MEDICATION_LIST", "MEDICATION",
        "BELONGINGS", "DISCHARGE_SUMMARY", "CARE_PLAN", "RISK_ASSESSMENT"};
    private static final String[] TYPES = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "CARE_HOME", "NURSING_HOME",
        "SUPPORTED_ACCOMMODATION", "HOSPICE", "COMMUNITY_HEALTH", "GP_PRACTICE"};

    private CustomRulePack() {
    }

    static String drl(int count) {
        StringBuilder drl = new StringBuilder(count * 600)
                .append("package com.example.local;\n\n")
                .append("import org.carepathway.model.*;\n")
                .append("import org.carepathway.rules.Finding;\n")
                .append("import org.carepathway.rules.Handover;\n\n");
        for (int i = 0; i < count; i++) {
            String id = String.format("LOCAL-%04d", i);
            String when = switch (i % 4) {
                case 0 -> "$h : Handover( to.id() == \"" + providerId(i) + "\", kind == TransferKind.ADMISSION )";
                case 1 -> "$h : Handover( from.type() == ProviderType." + TYPES[i % TYPES.length]
                        + ", !transfer.carries(TransferItem." + ITEMS[(i / 4) % ITEMS.length]
                        + "), at.toEpochMilli() > "
                        + (1_500_000_000_000L + i) + "L )";
                case 2 -> "$p : CarePlan( owner == \"" + providerId(i) + "\", status == CarePlanStatus.ACTIVE )";
                default -> "Patient( localId == \"L-" + i + "\" )\n    $h : Handover( kind == TransferKind.DISCHARGE )";
            };
            String subject = switch (i % 4) {
                case 2 -> ".about($p)";
                default -> ".about($h.transfer())";
            };
            drl.append("rule \"").append(id).append(" generated local policy\"\n")
                    .append("    @id(\"").append(id).append("\") @severity(\"LOW\") @category(\"HANDOVER\")\n")
                    .append("    @title(\"Local policy ").append(i).append("\")\n")
                    .append("    @description(\"Generated rule ").append(i).append(" of a benchmark rule pack.\")\n")
                    .append("    @guidance(\"Benchmark\")\n")
                    .append("when\n    ").append(when).append("\nthen\n")
                    .append("    insert(Finding.of(kcontext)").append(subject).append(".message(\"Local policy ")
                    .append(i).append("\"));\nend\n\n");
        }
        return drl.toString();
    }

    /** One in 25 rules names a provider of the realistic pathways, so some of them fire. */
    private static String providerId(int i) {
        return i % 100 == 0 ? "WARD" : i % 100 == 2 ? "HOME" : "PRV-" + i;
    }
}
