package leadsim.model.innovate;

import java.util.List;
import java.util.Map;
import leadsim.model.people.Staff;

/**
 * Autonomy and central vision, measured at the end of a run of two or more schools with
 * innovation on (sim/ODD.md section 13): which invented or mandated practices are in use in
 * which school. Per school: practices in use and the share of its staff using at least one.
 * Across schools: the spread (population standard deviation) of both, and the share of the
 * practices in use anywhere that are in use in more than one school.
 */
final class Coherence {
    private Coherence() {}

    /** [school][practice k] -> users of practice k in that school (seeded practices left out). */
    static int[][] usersBySchool(List<Practice> practices, Staff staff, int schools) {
        int[][] users = new int[schools][practices.size()];
        for (int k = 0; k < practices.size(); k++) {
            Practice practice = practices.get(k);
            if (practice.seeded || practice.users == 0) {
                continue;
            }
            for (int i = 0; i < staff.size(); i++) {
                int school = staff.member(i).school();
                if (school >= 0 && practice.state[i] == Practice.USER) {
                    users[school][k]++;
                }
            }
        }
        return users;
    }

    static int inUse(int[] row) {
        int n = 0;
        for (int u : row) {
            if (u > 0) {
                n++;
            }
        }
        return n;
    }

    /** Share of a school's staff who use at least one practice. */
    static double adoptionShare(List<Practice> practices, Staff staff, int school) {
        int members = 0;
        int using = 0;
        for (int i = 0; i < staff.size(); i++) {
            if (staff.member(i).school() != school) {
                continue;
            }
            members++;
            for (Practice practice : practices) {
                if (!practice.seeded && practice.state[i] == Practice.USER) {
                    using++;
                    break;
                }
            }
        }
        return members == 0 ? Double.NaN : using / (double) members;
    }

    static void addDistrict(Map<String, Object> m, List<Practice> practices, Staff staff, int schools) {
        int[][] users = usersBySchool(practices, staff, schools);
        double[] inUse = new double[schools];
        double[] adoption = new double[schools];
        for (int s = 0; s < schools; s++) {
            inUse[s] = inUse(users[s]);
            adoption[s] = adoptionShare(practices, staff, s);
        }
        int anywhere = 0;
        int shared = 0;
        for (int k = 0; k < practices.size(); k++) {
            int where = 0;
            for (int s = 0; s < schools; s++) {
                if (users[s][k] > 0) {
                    where++;
                }
            }
            if (where > 0) {
                anywhere++;
            }
            if (where > 1) {
                shared++;
            }
        }
        m.put("practices_in_use_spread", spread(inUse));
        m.put("adoption_spread", spread(adoption));
        m.put("practices_shared_share", anywhere == 0 ? Double.NaN : shared / (double) anywhere);
    }

    /** Population standard deviation: the schools of the run are the whole population. */
    static double spread(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / values.length);
    }
}
