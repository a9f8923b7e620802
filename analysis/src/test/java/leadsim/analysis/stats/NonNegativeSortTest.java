package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort gives exactly {@link Arrays#sort(double[])}'s array, value for value and bit for bit. */
class NonNegativeSortTest {

    private static void sameAsArraysSort(double[] values) {
        double[] expected = values.clone();
        Arrays.sort(expected);
        double[] actual = values.clone();
        NonNegativeSort.sort(actual);
        long[] e = Arrays.stream(expected).mapToLong(Double::doubleToRawLongBits).toArray();
        long[] a = Arrays.stream(actual).mapToLong(Double::doubleToRawLongBits).toArray();
        assertArrayEquals(e, a);
    }

    @Test
    void latencyLikeValuesWithTiesZerosAndInfinity() {
        Random random = new Random(42);
        for (int n : new int[] {0, 1, 7, 511, 512, 513, 5000, 40000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (i % 9) {
                    case 0 -> 0.0;
                    case 1 -> Math.floor(random.nextDouble() * 30); // whole days: many ties
                    case 2 -> Double.POSITIVE_INFINITY;
                    case 3 -> Double.MIN_VALUE * random.nextInt(5); // subnormal
                    case 4 -> 1e300 * random.nextDouble();
                    default -> -Math.log(1 - random.nextDouble()) * 3;
                };
            }
            sameAsArraysSort(v);
        }
    }

    @Test
    void valuesOnlyInTheLowDigitsAndAllEqual() {
        double[] sameExponent = new double[2000];
        double[] allEqual = new double[2000];
        for (int i = 0; i < sameExponent.length; i++) {
            sameExponent[i] = 1.0 + (sameExponent.length - i) * Math.ulp(1.0);
            allEqual[i] = 2.5;
        }
        sameAsArraysSort(sameExponent);
        sameAsArraysSort(allEqual);
    }

    @Test
    void valuesPiledIntoOneBucketBesideFarOnes() {
        // a tight cluster, a zero and a few values far above: digits shared by most values, and long runs of ties in the high ones
        Random random = new Random(7);
        double[] v = new double[3003];
        for (int i = 0; i < 3000; i++) {
            v[i] = 1.0 + random.nextDouble() * 1e-9;
        }
        v[3000] = 1e10;
        v[3001] = 0.0;
        v[3002] = 5e9;
        sameAsArraysSort(v);
    }

    @Test
    void negativeMinusZeroAndNaNGoToTheComparisonSort() {
        for (double odd : new double[] {-1.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY}) {
            double[] v = new double[1000];
            for (int i = 0; i < v.length; i++) {
                v[i] = (v.length - i) * 0.25;
            }
            v[500] = odd;
            v[10] = 0.0;
            sameAsArraysSort(v);
        }
    }
}
