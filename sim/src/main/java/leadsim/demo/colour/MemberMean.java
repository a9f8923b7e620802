package leadsim.demo.colour;

import java.util.function.ToDoubleFunction;
import leadsim.model.Body;
import leadsim.model.Person;

/** A body's shade in a colour mode: the mean of its members' values, NaN ones left out. */
final class MemberMean {
    private MemberMean() {}

    /** The mean over members with a value, or NaN when none has one. */
    static double of(Body body, ToDoubleFunction<Person> value) {
        double sum = 0;
        int n = 0;
        for (Person member : body.members()) {
            double v = value.applyAsDouble(member);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
