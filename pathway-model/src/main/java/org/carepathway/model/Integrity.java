package org.carepathway.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cross-record checks of SPEC section 1 on a pathway built in code, with the pointers of its JSON form. */
final class Integrity {
    private Integrity() {
    }

    static List<InputError> check(Pathway pathway) {
        List<InputError> errors = new ArrayList<>();
        Map<String, ProviderType> providers = new HashMap<>();
        for (int i = 0; i < pathway.providers().size(); i++) {
            Provider p = pathway.providers().get(i);
            if (providers.putIfAbsent(p.id(), p.type()) != null) {
                errors.add(duplicate("/providers/" + i + "/id", "provider", p.id()));
            }
        }
        Patient patient = pathway.patient();
        if (patient.registeredGp() != null) {
            ProviderType gp = providers.get(patient.registeredGp());
            if (gp == null) {
                errors.add(unlisted("/patient/registeredGp", patient.registeredGp()));
            } else if (gp != ProviderType.GP_PRACTICE) {
                errors.add(new InputError("/patient/registeredGp", "registeredGp '" + patient.registeredGp()
                        + "' is a " + gp + ", not a GP_PRACTICE; reference the patient's GP practice."));
            }
        }
        Set<String> plans = new HashSet<>();
        for (int i = 0; i < pathway.carePlans().size(); i++) {
            CarePlan plan = pathway.carePlans().get(i);
            String at = "/carePlans/" + i;
            if (!plans.add(plan.id())) {
                errors.add(duplicate(at + "/id", "care plan", plan.id()));
            }
            reference(errors, providers, at + "/owner", plan.owner());
            for (int j = 0; j < plan.sharedWith().size(); j++) {
                reference(errors, providers, at + "/sharedWith/" + j, plan.sharedWith().get(j));
            }
        }
        Set<String> transfers = new HashSet<>();
        for (int i = 0; i < pathway.transfers().size(); i++) {
            Transfer t = pathway.transfers().get(i);
            String at = "/transfers/" + i;
            if (!transfers.add(t.id())) {
                errors.add(duplicate(at + "/id", "transfer", t.id()));
            }
            reference(errors, providers, at + "/from", t.from());
            reference(errors, providers, at + "/to", t.to());
        }
        Set<String> contacts = new HashSet<>();
        for (int i = 0; i < pathway.contacts().size(); i++) {
            Contact c = pathway.contacts().get(i);
            String at = "/contacts/" + i;
            if (c.id() != null && !contacts.add(c.id())) {
                errors.add(duplicate(at + "/id", "contact", c.id()));
            }
            reference(errors, providers, at + "/provider", c.provider());
        }
        Set<String> communications = new HashSet<>();
        for (int i = 0; i < pathway.communications().size(); i++) {
            Communication c = pathway.communications().get(i);
            String at = "/communications/" + i;
            if (c.id() != null && !communications.add(c.id())) {
                errors.add(duplicate(at + "/id", "communication", c.id()));
            }
            reference(errors, providers, at + "/from", c.from());
            reference(errors, providers, at + "/to", c.to());
            if (c.about() != null && !transfers.contains(c.about())) {
                errors.add(new InputError(at + "/about", "about '" + c.about() + "' is not the id of a listed transfer."));
            }
            if (c.carePlan() != null && !plans.contains(c.carePlan())) {
                errors.add(new InputError(at + "/carePlan", "carePlan '" + c.carePlan() + "' is not the id of a listed care plan."));
            }
        }
        Set<String> concerns = new HashSet<>();
        for (int i = 0; i < pathway.safeguardingConcerns().size(); i++) {
            SafeguardingConcern s = pathway.safeguardingConcerns().get(i);
            String at = "/safeguardingConcerns/" + i;
            if (!concerns.add(s.id())) {
                errors.add(duplicate(at + "/id", "safeguarding concern", s.id()));
            }
            reference(errors, providers, at + "/raisedBy", s.raisedBy());
            if (s.about() != null) {
                reference(errors, providers, at + "/about", s.about());
            }
        }
        return List.copyOf(errors);
    }

    private static void reference(List<InputError> errors, Map<String, ProviderType> providers, String pointer, String id) {
        if (!providers.containsKey(id)) {
            errors.add(unlisted(pointer, id));
        }
    }

    private static InputError unlisted(String pointer, String id) {
        return new InputError(pointer, "provider '" + id + "' is not listed in providers; add it there or correct the id.");
    }

    private static InputError duplicate(String pointer, String what, String id) {
        return new InputError(pointer, "duplicate " + what + " id '" + id + "'; ids must be unique within their collection.");
    }
}
