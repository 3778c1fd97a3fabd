package dev.jpde.gp.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simplification rules, their exactness, and that they keep the spec's derivative trees small. */
class AlgebraTest {

    private static final Variables XY = Variables.of("x", "y");

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', value = {
        "x*1            | x",
        "1*x            | x",
        "x*0            | 0",
        "0*sin(x)       | 0",
        "x+0            | x",
        "0+x            | x",
        "x-0            | x",
        "0-x            | -x",
        "0/x            | 0",
        "x/1            | x",
        "x/-1           | -x",
        "x^1            | x",
        "x^0            | 1",
        "1^x            | 1",
        "0^2            | 0",
        "--x            | x",
        "-(-(-x))       | -x",
        "2*(3*x)        | 6*x",
        "(2*x)*3        | 6*x",
        "x*2            | 2*x",
        "(2*x)*(3*y)    | 6*(x*y)",
        "x*(4*y)        | 4*(x*y)",
        "-(2*x)         | -2*x",
        "(-x)*y         | -(x*y)",
        "x*-1           | -x",
        "(6*x)/3        | 2*x",
        "(6*x)/y        | 6*(x/y)",
        "6/(2*x)        | 3/x",
        "3*(2/x)        | 6/x",
        "x/x            | 1",
        "(x/y)*y        | x",
        "x-x            | 0",
        "sin(x)-sin(x)  | 0",
        "x+x            | 2*x",
        "2*x+3*x        | 5*x",
        "2*x-2*x        | 0",
        "x - 3*x        | -2*x",
        "-(x-y)         | y - x",
        "x + -y         | x - y",
        "x - -y         | x + y",
        "x + -3         | x - 3",
        "x + (-2)*y     | x - 2*y",
        "x - (-2)*y     | x + 2*y",
        "(x^2)^3        | x^6",
        "(x^0.5)^2      | (x^0.5)^2",
        "2+3*4          | 14",
        "2^3^2          | 512",
        "-2^2           | -4",
        "sin(0)         | 0",
        "exp(0)*x       | x",
        "2^0.5          | 1.4142135623730951",
        "log(0)         | log(0)",
        "1/0            | 1/0",
        "sqrt(-1)       | sqrt(-1)",
        "pi*2/2         | pi",
    })
    void rules(String text, String simplified) {
        assertEquals(simplified, ExpressionParser.parse(text, XY).simplify().toString());
    }

    @Test
    void simplificationIsIdempotentOnTheSpecSources() {
        for (SpecBenchmarks.Benchmark b : SpecBenchmarks.all()) {
            Expression f = ManufacturedSource.of(b.form(), b.exact(), b.vars()).source();
            assertEquals(f, f.simplify(), b.id());
        }
    }

    @Test
    void derivativeTreesOfTheSpecSolutionsStaySmall() {
        // u_xx of sin(6x) cos(100x): 6*(-6*(s c) - 100*(C S)) - 100*(6*(C S) + 100*(s c)), 51 nodes. The like
        // terms sit in different sums and are not merged (that would need distributing constants over sums);
        // what matters is that no factor 0 or 1, zero term or double negation survives.
        Expression f = ManufacturedSource.of(new PdeForm.Poisson(), "sin(6*x)*cos(100*x)", "x").source();
        assertTrue(size(f) <= 51, () -> size(f) + " nodes: " + f);
        assertEquals("-10000*sin(100*x)",
                ManufacturedSource.of(new PdeForm.Poisson(), "sin(100*x)", "x").source().toString());
        assertEquals("-250000*sin(500*x) - 4",
                ManufacturedSource.of(new PdeForm.Poisson(), "sin(500*x)-2*(x-0.5)^2", "x").source().toString());
        assertEquals("-40*sin(20*x) - sin(x) - 500*sin(100*x)", ManufacturedSource.of(new PdeForm.Poisson(),
                "sin(x)+0.1*sin(20*x)+0.05*sin(100*x)", "x").source().toString());
        for (SpecBenchmarks.Benchmark b : SpecBenchmarks.all()) {
            Expression source = ManufacturedSource.of(b.form(), b.exact(), b.vars()).source();
            assertNoTrivialNodes(source, b.id());
        }
    }

    /** No a*0, a*1, a*(-1), a+0, a-0, 0/a, a/1, a^0, a^1, --a, -c, and no constant-only subtree left unfolded. */
    private static void assertNoTrivialNodes(Expression e, String where) {
        String message = where + ": trivial node in " + e;
        if (e instanceof Negate n) {
            assertTrue(!(n.operand() instanceof Negate) && !(n.operand() instanceof Constant), message);
            assertNoTrivialNodes(n.operand(), where);
        } else if (e instanceof Add || e instanceof Subtract || e instanceof Multiply || e instanceof Divide
                || e instanceof Power) {
            Expression[] children = children(e);
            assertTrue(!(children[0] instanceof Constant && children[1] instanceof Constant), message);
            for (Expression child : children) {
                assertTrue(!(child instanceof Constant c) || (c.value() != 0 && (e instanceof Add
                        || e instanceof Subtract || c.value() != 1 && c.value() != -1)), message);
                assertNoTrivialNodes(child, where);
            }
        } else if (e instanceof Call c) {
            assertTrue(!(c.argument() instanceof Constant), message);
            assertNoTrivialNodes(c.argument(), where);
        }
    }

    private static Expression[] children(Expression e) {
        if (e instanceof Add x) {
            return new Expression[] {x.left(), x.right()};
        }
        if (e instanceof Subtract x) {
            return new Expression[] {x.left(), x.right()};
        }
        if (e instanceof Multiply x) {
            return new Expression[] {x.left(), x.right()};
        }
        if (e instanceof Divide x) {
            return new Expression[] {x.left(), x.right()};
        }
        Power x = (Power) e;
        return new Expression[] {x.base(), x.exponent()};
    }

    private static int size(Expression e) {
        if (e instanceof Negate n) {
            return 1 + size(n.operand());
        }
        if (e instanceof Add x) {
            return 1 + size(x.left()) + size(x.right());
        }
        if (e instanceof Subtract x) {
            return 1 + size(x.left()) + size(x.right());
        }
        if (e instanceof Multiply x) {
            return 1 + size(x.left()) + size(x.right());
        }
        if (e instanceof Divide x) {
            return 1 + size(x.left()) + size(x.right());
        }
        if (e instanceof Power x) {
            return 1 + size(x.base()) + size(x.exponent());
        }
        if (e instanceof Call c) {
            return 1 + size(c.argument());
        }
        return 1;
    }

    /**
     * Simplification only reassociates constants and cancels exactly, so on random trees of +, -, *, unary minus,
     * sin, cos and exp it changes values by a few roundings. The bound is 1e-12 M, with M the value of the
     * majorant tree (|constants|, |variables|, M(a)+M(b) for sums, M(a)M(b) for products, 1+M(a) for sin and cos,
     * e^a (1+M(a)) for exp) that bounds the propagated rounding of any evaluation order, ~n eps M for n operations.
     * Points where M overflows are skipped.
     */
    @Test
    void simplifiedRandomTreesKeepTheirValues() {
        Random random = new Random(7);
        double[][] points = {{0.3, -1.7}, {2.5, 0.25}, {-0.9, 1.1}};
        for (int n = 0; n < 3000; n++) {
            Expression e = randomTree(random, 4);
            Expression s = e.simplify();
            for (double[] p : points) {
                double bound = 1e-12 * majorant(e, p);
                double raw = e.evaluate(p);
                if (!Double.isFinite(bound)) {
                    continue; // overflow (exp of exp ...): no finite value to compare
                }
                double simple = s.evaluate(p);
                assertTrue(Math.abs(raw - simple) <= bound,
                        () -> e + " = " + raw + " but simplified " + s + " = " + simple);
            }
        }
    }

    private static double majorant(Expression e, double[] p) {
        if (e instanceof Negate n) {
            return majorant(n.operand(), p);
        }
        if (e instanceof Add x) {
            return majorant(x.left(), p) + majorant(x.right(), p);
        }
        if (e instanceof Subtract x) {
            return majorant(x.left(), p) + majorant(x.right(), p);
        }
        if (e instanceof Multiply x) {
            return majorant(x.left(), p) * majorant(x.right(), p);
        }
        if (e instanceof Call c) {
            double m = 1 + majorant(c.argument(), p);
            return c.function() == MathFunction.EXP ? Math.exp(c.argument().evaluate(p)) * m : m;
        }
        return Math.abs(e.evaluate(p));
    }

    private static Expression randomTree(Random random, int depth) {
        int pick = depth == 0 ? random.nextInt(2) : random.nextInt(8);
        double[] constants = {0, 1, -1, 2, -0.5, 0.1, 3, -7.25};
        return switch (pick) {
            case 0 -> random.nextBoolean() ? new Variable("x", 0) : new Variable("y", 1);
            case 1 -> new Constant(constants[random.nextInt(constants.length)]);
            case 2 -> new Negate(randomTree(random, depth - 1));
            case 3 -> new Add(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 4 -> new Subtract(randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 5, 6 -> new Multiply(randomTree(random, depth - 1), randomTree(random, depth - 1));
            default -> new Call(new MathFunction[] {MathFunction.SIN, MathFunction.COS, MathFunction.EXP}
                    [random.nextInt(3)], randomTree(random, depth - 1));
        };
    }
}
