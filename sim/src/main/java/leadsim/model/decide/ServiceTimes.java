package leadsim.model.decide;

import ec.util.MersenneTwisterFast;
import leadsim.scenario.Scenario.Service;

/** Hours of decision work for one need of size 1, from the scenario's named distribution. */
final class ServiceTimes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int kind;
    private final double mean;
    private final double logMean;
    private final double logSd;

    ServiceTimes(Service service) {
        this.mean = service.meanHours();
        this.kind = switch (service.distribution()) {
            case "deterministic" -> 0;
            case "exponential" -> 1;
            default -> 2;
        };
        // lognormal with the given mean and coefficient of variation
        double variance = Math.log(1 + service.cv() * service.cv());
        this.logSd = Math.sqrt(variance);
        this.logMean = Math.log(mean) - variance / 2;
    }

    double drawHours(MersenneTwisterFast random) {
        return switch (kind) {
            case 0 -> mean;
            case 1 -> -mean * Math.log(1.0 - random.nextDouble());
            default -> Math.exp(logMean + logSd * random.nextGaussian());
        };
    }
}
