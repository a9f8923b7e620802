package leadsim.model.decide;

import leadsim.model.Level;
import leadsim.model.Person;

/** Hears the final decision of one need: who decided ({@code decider} is null for a body) and how well. */
@FunctionalInterface
public interface NeedListener extends java.io.Serializable {
    void decided(Need need, Level level, Person decider, double quality, double now);
}
