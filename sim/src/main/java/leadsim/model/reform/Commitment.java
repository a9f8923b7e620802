package leadsim.model.reform;

/**
 * One day of the commitment dynamics for one staff member (MODEL.md section 6):
 * c' = c + up x (1 - c) - down x c, where up = champion (while in post) + peer x hill(m) +
 * ownership, m being the mean commitment of one's ties and hill(m) = m^n / (m^n + k^n) the
 * nonlinear peer term with its tipping point k (after Repenning 2002); down = decay +
 * competing initiatives. Pure arithmetic, kept apart so it can be read and tested alone.
 */
final class Commitment {
    private Commitment() {}

    static double hill(double m, double tipping, double steepness) {
        if (m <= 0) {
            return 0;
        }
        double a = Math.pow(m, steepness);
        return a / (a + Math.pow(tipping, steepness));
    }

    static double step(double c, double up, double down) {
        double next = c + up * (1 - c) - down * c;
        return Math.min(1, Math.max(0, next));
    }
}
