package org.ehcflow.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.NewCase;

/**
 * The children of a simulated council, each with a name no other child has (the same names and date of birth are one
 * child to the service): a given name, a family name and, past their combinations, a second family name.
 */
final class SimulatedFamilies {

    private static final List<String> GIVEN = List.of("Amara", "Oliver", "Aisha", "Jack", "Zainab", "Harry", "Mia",
            "Mohammed", "Olivia", "Noah", "Isla", "Yusuf", "Ava", "Leo", "Fatima", "George", "Lily", "Ibrahim", "Grace",
            "Theo", "Hafsa", "Arthur", "Ella", "Kai", "Sofia", "Oscar", "Maryam", "Freddie", "Evie", "Jayden", "Chloe",
            "Reuben", "Nia", "Alfie", "Ruby", "Tomasz", "Zofia", "Kwame", "Siobhan", "Dylan");
    private static final List<String> FAMILY = List.of("Okafor", "Smith", "Khan", "Jones", "Begum", "Williams", "Ali",
            "Brown", "Hussain", "Taylor", "Patel", "Davies", "Ahmed", "Evans", "Nowak", "Thomas", "Mensah", "Johnson",
            "Roberts", "O'Connor", "Walker", "Singh", "Wright", "Robinson", "Chen", "Thompson", "Murphy", "White",
            "Kowalski", "Hughes", "Edwards", "Green", "Mahmood", "Hall", "Clarke", "Lewis", "Mohamud", "Wood",
            "Harris", "Martin", "Jackson", "Clark", "Turner", "Bibi", "Scott");
    private static final List<String> SCHOOLS = List.of("Oakfield Primary School", "Riverside Academy",
            "St Anne's Church of England Primary School", "Hillcrest Secondary School", "Moor Lane Nursery",
            "Greenway Special School", "Kingsmead College", "Brookvale Junior School");

    private final Random random;
    private int next;

    SimulatedFamilies(Random random) {
        this.random = random;
    }

    record Child(String givenName, String familyName, LocalDate dateOfBirth, String parentName, String parentEmail,
                 String school, String schoolUrn, String schoolEmail) {
    }

    /** A child aged from {@code youngest} to {@code oldest} years on {@code on}. */
    Child child(LocalDate on, int youngest, int oldest) {
        int n = next++;
        String given = GIVEN.get(n % GIVEN.size());
        int combination = n / GIVEN.size();
        String family = FAMILY.get(combination % FAMILY.size());
        if (combination >= FAMILY.size()) {
            family = family + "-" + FAMILY.get((combination / FAMILY.size() - 1) % FAMILY.size())
                    + (combination >= FAMILY.size() * (FAMILY.size() + 1) ? " " + (combination / (FAMILY.size() * FAMILY.size())) : "");
        }
        int ageDays = youngest * 365 + random.nextInt((oldest - youngest) * 365 + 1);
        int school = random.nextInt(SCHOOLS.size());
        String mail = "family" + n + "@simulation.invalid";
        return new Child(given, family, on.minusDays(ageDays), "Parent of " + given + " " + family, mail,
                SCHOOLS.get(school), String.valueOf(100001 + school), "senco" + school + "@simulation.invalid");
    }

    NewCase request(LocalDate received) {
        Child child = child(received, 2, 15);
        return new NewCase(new NewCase.Child(child.givenName(), child.familyName(), child.dateOfBirth(), null), received,
                CaseRecord.Requester.PARENT, new NewCase.Parent(child.parentName(), child.parentEmail(), null),
                new NewCase.School(child.school(), child.schoolUrn(), child.schoolEmail()));
    }

    /**
     * The plans held on {@code firstDay}: each reviewed last a year before a day drawn evenly over the year, so every
     * plan falls due for review once in it, issued one to six years before that, held by the officers in turn.
     */
    String plansCsv(int count, LocalDate firstDay, IntFunction<String> officer) {
        StringBuilder csv = new StringBuilder("child_given_name,child_family_name,child_date_of_birth,parent_name,"
                + "parent_email,school_name,school_urn,school_email,plan_issued,last_review_meeting,case_officer\n");
        for (int i = 0; i < count; i++) {
            LocalDate due = firstDay.plusDays(random.nextInt(365));
            LocalDate lastReview = due.minusYears(1);
            Child child = child(firstDay, 6, 17);
            LocalDate issued = lastReview.minusYears(1 + random.nextInt(6));
            if (issued.isBefore(child.dateOfBirth().plusYears(3))) {
                issued = child.dateOfBirth().plusYears(3);
            }
            if (!issued.isBefore(lastReview)) {
                issued = lastReview.minusMonths(12);
            }
            csv.append(String.join(",", child.givenName(), quoted(child.familyName()), child.dateOfBirth().toString(),
                    quoted(child.parentName()), child.parentEmail(), quoted(child.school()), child.schoolUrn(),
                    child.schoolEmail(), issued.toString(), lastReview.toString(), officer.apply(i))).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
