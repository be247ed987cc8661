package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.socialplaybook.roles.Problem.CellRef;
import org.socialplaybook.roles.Problem.Kind;

/** Every rule of the matrix, flagged when broken and silent when kept. */
public class RaciRulesTest {

    /** A matrix that keeps every rule: the baseline each test breaks in one way. */
    private static MatrixBuilder healthy() {
        return new MatrixBuilder().roles("Community manager", "Content lead")
                .activity("Plan the calendar", "C", "A/R")
                .activity("Reply to comments", "A/R", "I")
                .holds("liam", "Community manager").holds("marco", "Content lead");
    }

    private static List<Problem> problems(MatrixBuilder m, Kind kind) {
        return RaciRules.check(m.build(), null).stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    public void aMatrixThatKeepsEveryRuleHasNoProblems() {
        assertEquals(List.of(), RaciRules.check(healthy().build(3), 3));
    }

    @Test
    public void anActivityWithNoAccountableIsFlagged() {
        MatrixBuilder m = healthy().activity("Run the Q&A", "R", "C");

        List<Problem> found = problems(m, Kind.NO_ACCOUNTABLE);

        assertEquals(1, found.size());
        assertEquals(List.of(m.activity("Run the Q&A")), found.get(0).activityIds());
    }

    @Test
    public void anActivityWithTwoAccountablesIsFlaggedWithBothCells() {
        MatrixBuilder m = healthy().activity("Launch campaigns", "A", "A/R");

        List<Problem> found = problems(m, Kind.MANY_ACCOUNTABLE);

        assertEquals(1, found.size());
        assertEquals(2, found.get(0).count());
        int a = m.activity("Launch campaigns");
        assertEquals(List.of(new CellRef(m.role("Community manager"), a), new CellRef(m.role("Content lead"), a)),
                found.get(0).cells());
        assertTrue(problems(m, Kind.NO_ACCOUNTABLE).isEmpty());
    }

    @Test
    public void anActivityWithNoResponsibleIsFlaggedAndOneWithAnRIsNot() {
        MatrixBuilder m = healthy().activity("Answer a legal complaint", "A", "C");

        assertEquals(List.of(m.activity("Answer a legal complaint")), problems(m, Kind.NO_RESPONSIBLE).get(0).activityIds());
        assertEquals(1, problems(m, Kind.NO_RESPONSIBLE).size());
    }

    @Test
    public void theSameActivityTwiceIgnoringCaseAccentsAndSpacingIsADuplicatedTask() {
        MatrixBuilder m = healthy().activity("Réply to  Comments", "A/R", "");

        List<Problem> found = problems(m, Kind.DUPLICATE_ACTIVITY);

        assertEquals(1, found.size());
        assertEquals(2, found.get(0).count());
        assertEquals(List.of(m.activities().get(1).id(), m.activities().get(2).id()), found.get(0).activityIds());
    }

    @Test
    public void differentActivitiesAreNotDuplicates() {
        MatrixBuilder m = healthy().activity("Reply to comments quickly", "A/R", "");

        assertTrue(problems(m, Kind.DUPLICATE_ACTIVITY).isEmpty());
    }

    @Test
    public void aRoleWithNoLetterAnywhereIsFlaggedAndAUsedOneIsNot() {
        MatrixBuilder m = new MatrixBuilder().roles("Community manager", "Agency partner")
                .activity("Reply", "A/R", "").holds("liam", "Community manager").holds("ana", "Agency partner");

        List<Problem> found = problems(m, Kind.ROLE_UNUSED);

        assertEquals(1, found.size());
        assertEquals(List.of(m.role("Agency partner")), found.get(0).roleIds());
    }

    @Test
    public void aRoleNobodyHoldsIsFlaggedEvenWithADeputy() {
        MatrixBuilder m = healthy().roles("Legal reviewer").activity("Check claims", "A", "", "R")
                .deputy("nora", "Legal reviewer");

        List<Problem> found = problems(m, Kind.ROLE_WITHOUT_PEOPLE);

        assertEquals(1, found.size());
        assertEquals(List.of(m.role("Legal reviewer")), found.get(0).roleIds());
    }

    @Test
    public void aPersonAccountableForMoreActivitiesThanTheThresholdIsFlagged() {
        MatrixBuilder m = healthy().activity("Approve concepts", "R", "A").activity("Report results", "R", "A");

        List<Problem> found = RaciRules.check(m.build(2), 2).stream().filter(p -> p.kind() == Kind.PERSON_OVERLOADED).toList();

        assertEquals(1, found.size());
        assertEquals("marco", found.get(0).userKey());
        assertEquals(3, found.get(0).count());
        assertEquals(3, found.get(0).cells().size());
    }

    @Test
    public void nobodyIsOverloadedAtTheThresholdOrWhenThereIsNone() {
        MatrixBuilder m = healthy().activity("Approve concepts", "R", "A");

        assertTrue(RaciRules.check(m.build(2), 2).stream().noneMatch(p -> p.kind() == Kind.PERSON_OVERLOADED));
        assertTrue(RaciRules.check(m.build(), null).stream().noneMatch(p -> p.kind() == Kind.PERSON_OVERLOADED));
    }

    @Test
    public void aDeputyIsNotCountedAsAccountable() {
        MatrixBuilder m = healthy().activity("Approve concepts", "R", "A").deputy("liam", "Content lead");

        assertTrue(RaciRules.check(m.build(1), 1).stream()
                .noneMatch(p -> p.kind() == Kind.PERSON_OVERLOADED && "liam".equals(p.userKey())));
    }

    @Test
    public void aPersonResponsibleForOneActivityThroughTwoOfTheirRolesIsFlagged() {
        MatrixBuilder m = new MatrixBuilder().roles("Care agent", "Listening analyst", "Community manager")
                .activity("Monitor mentions", "R", "R", "A")
                .holds("nora", "Care agent", "Listening analyst").holds("liam", "Community manager");

        List<Problem> found = problems(m, Kind.RESPONSIBLE_COLLISION);

        assertEquals(1, found.size());
        assertEquals("nora", found.get(0).userKey());
        assertEquals(List.of(m.role("Care agent"), m.role("Listening analyst")), found.get(0).roleIds());
    }

    @Test
    public void twoDifferentPeopleResponsibleForTheSameActivityIsFine() {
        MatrixBuilder m = new MatrixBuilder().roles("Care agent", "Listening analyst", "Community manager")
                .activity("Monitor mentions", "R", "R", "A")
                .holds("nora", "Care agent").holds("ana", "Listening analyst").holds("liam", "Community manager");

        assertTrue(problems(m, Kind.RESPONSIBLE_COLLISION).isEmpty());
    }

    @Test
    public void problemsComeInTheOrderOfTheRulesAndActivitiesWithProblemsAreCounted() {
        MatrixBuilder m = healthy().activity("No owner", "R", "").activity("No doer", "", "A");

        List<Problem> found = RaciRules.check(m.build(), null);

        assertEquals(List.of(Kind.NO_ACCOUNTABLE, Kind.NO_RESPONSIBLE), found.stream().map(Problem::kind).toList());
        assertEquals(2, RaciRules.activitiesWithProblems(found).size());
    }

    @Test
    public void checkingALargeMatrixStaysLinear() {
        MatrixBuilder m = new MatrixBuilder();
        String[] names = new String[100];
        for (int i = 0; i < 100; i++) {
            names[i] = "Role " + i;
        }
        m.roles(names);
        String[] letters = new String[100];
        for (int i = 0; i < 100; i++) {
            letters[i] = i == 0 ? "A" : i % 3 == 0 ? "R" : "I";
        }
        for (int a = 0; a < 300; a++) {
            m.activity("Activity " + a, letters);
        }
        for (int i = 0; i < 100; i++) {
            m.holds("user" + (i % 40), names[i]);
        }

        List<Problem> found = RaciRules.check(m.build(400), 400);

        assertEquals(List.of(), found);
    }
}
