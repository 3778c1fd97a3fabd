package dev.jpde.gp.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parse(e.toString())} evaluates bit-for-bit like e (assertEquals on doubles compares bit patterns, so
 * NaN = NaN), and printing is a fixed point: the reparsed tree prints the same text. (Non-finite constants, which
 * the parser cannot produce, print as (0/0), (1/0) or (-1/0): their values round-trip, their text need not.)
 */
class RoundTripTest {

    private static final Variables XY = Variables.of("x", "y");
    private static final double[][] POINTS = {
        {0.3, 0.7}, {1.1, -0.4}, {-2.5, 3.25}, {6.2, 0.001}, {0, 1}, {1e-3, 5e2},
    };

    private static void assertRoundTrip(Expression e) {
        assertValueRoundTrip(e);
        assertEquals(e.toString(), ExpressionParser.parse(e.toString(), XY).toString());
    }

    private static void assertValueRoundTrip(Expression e) {
        String text = e.toString();
        Expression again = ExpressionParser.parse(text, XY);
        for (double[] p : POINTS) {
            assertEquals(e.evaluate(p), again.evaluate(p), () -> text + " at " + java.util.Arrays.toString(p));
        }
    }

    static Stream<String> texts() {
        Stream<String> spec = SpecBenchmarks.all().stream().map(SpecBenchmarks.Benchmark::exact);
        Stream<String> tricky = Stream.of(
                "x - (y - 1)", "x + (y + 0.1)", "x/(y*3)", "x/(y/3)", "x*(y*3)", "-(x*y)", "-x*y", "-x^2",
                "(-x)^2", "2^-x", "2^3^x", "(2^3)^x", "(-3)^x", "x^-y^-2", "- -x", "--x", "x - -y", "x*-y", "x/-y",
                "1e-300*x", "1.5e300*y", "0.1*x + 0.2*y", "pi*x", "e^x", "1/3", "sqrt(2)*x", "sech(x)*abs(y)",
                "((x))", "-(x - y)", "x + -0.5", "5.", ".25*y");
        return Stream.concat(spec, tricky);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void parsedExpressionsAndTheirDerivativesRoundTrip(String text) {
        Expression e = ExpressionParser.parse(text, XY);
        assertRoundTrip(e);
        assertRoundTrip(e.simplify());
        assertRoundTrip(e.derivative("x"));
        assertRoundTrip(e.derivative("x").derivative("y"));
        assertRoundTrip(e.derivative("y").derivative("y"));
    }

    @Test
    void constructedTreesWithNegativeConstantsRoundTrip() {
        Variable x = new Variable("x", 0);
        Constant minusThree = new Constant(-3);
        assertRoundTrip(new Power(minusThree, x));
        assertRoundTrip(new Multiply(x, minusThree));
        assertRoundTrip(new Subtract(x, minusThree));
        assertRoundTrip(new Negate(minusThree));
        assertRoundTrip(new Power(x, minusThree));
        assertRoundTrip(new Multiply(new Constant(-0.0), x));
        assertRoundTrip(new Add(new Constant(Double.MIN_VALUE), new Constant(Double.MAX_VALUE)));
        assertValueRoundTrip(new Divide(x, new Constant(Double.POSITIVE_INFINITY)));
        assertValueRoundTrip(new Add(x, new Constant(Double.NaN)));
        assertValueRoundTrip(new Multiply(new Constant(Double.NEGATIVE_INFINITY), x));
        assertRoundTrip(new Constant(1e15));
        assertRoundTrip(new Constant(123456789012345.0));
    }

    @Test
    void randomTreesRoundTripAndCompileToTheSameValues() {
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            Expression e = randomTree(random, 5);
            assertRoundTrip(e);
            CompiledExpression compiled = e.compile();
            for (double[] p : POINTS) {
                assertEquals(e.evaluate(p), compiled.at(p), e::toString);
            }
        }
    }

    private static Expression randomTree(Random random, int depth) {
        int pick = depth == 0 ? random.nextInt(3) : random.nextInt(10);
        switch (pick) {
            case 0:
                return random.nextBoolean() ? new Variable("x", 0) : new Variable("y", 1);
            case 1: {
                List<Double> values = new ArrayList<>(List.of(0.0, 1.0, -1.0, 2.0, -3.0, 0.1, -0.25, Math.PI,
                        1e-7, -2.5e8, 1.0 / 3));
                return new Constant(values.get(random.nextInt(values.size())));
            }
            case 2:
                return new Constant(random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
            case 3:
                return new Negate(randomTree(random, depth - 1));
            case 4:
                return new Add(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 5:
                return new Subtract(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 6:
                return new Multiply(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 7:
                return new Divide(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 8:
                return new Power(randomTree(random, depth - 1), randomTree(random, depth - 1));
            default: {
                MathFunction[] functions = MathFunction.values();
                return new Call(functions[random.nextInt(functions.length)], randomTree(random, depth - 1));
            }
        }
    }
}
