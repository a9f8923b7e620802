package leadsim.model.people;

import leadsim.model.Person;

/** The quality of a teacher's classroom practice in [0,1] (expertise, raised or lowered by practices in use). */
@FunctionalInterface
public interface PracticeQuality {
    double of(Person teacher);
}
