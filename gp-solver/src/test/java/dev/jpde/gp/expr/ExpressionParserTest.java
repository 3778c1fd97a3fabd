package dev.jpde.gp.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser: values exactly as a reader computes them, and one-line errors at the right column. */
class ExpressionParserTest {

    private static double value(String text) {
        return ExpressionParser.parse(text).evaluate();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "2^3^2; 512",          // right-associative
        "2**3**2; 512",
        "(2^3)^2; 64",
        "-2^2; -4",            // unary minus binds looser than ^
        "(-2)^2; 4",
        "2^-1; 0.5",           // the exponent may carry a sign
        "2*3+4; 10",
        "2+3*4; 14",
        "(1+2)*3; 9",
        "10-4-3; 3",           // left-associative
        "8/4/2; 1",
        "2*-3; -6",
        "--2; 2",
        "+2; 2",
        "-3*-2; 6",
        "1 - -1; 2",
        "6/2*3; 9",
        "2^2*3; 12",
        "-2^-2; -0.25",
    })
    void precedenceAndAssociativity(String text, double expected) {
        assertEquals(expected, value(text));
    }

    @Test
    void numbersAndConstants() {
        assertEquals(Math.PI, value("pi"));
        assertEquals(Math.E, value("e"));
        assertEquals(2 * Math.PI, value("2*pi"));
        assertEquals(1e-3, value("1e-3"));
        assertEquals(1e-3, value("1E-3"));
        assertEquals(250.0, value("2.5e+2"));
        assertEquals(2.5, value("2.5"));
        assertEquals(0.5, value(".5"));
        assertEquals(5.0, value("5."));
        assertEquals(0.1, value("0.1"));
        assertEquals(1.5e-300, value("1.5e-300"));
        assertEquals(Math.pow(Math.E, 2), value("e^2"));
    }

    @Test
    void whitespaceIsIgnored() {
        assertEquals(value("2*3+4"), value(" \t2 *\n3 +   4  "));
        Expression spaced = ExpressionParser.parse("  sin ( 6 * x ) * cos( 100*x )", "x");
        Expression tight = ExpressionParser.parse("sin(6*x)*cos(100*x)", "x");
        assertEquals(tight, spaced);
    }

    @Test
    void variablesReadTheirOwnSlotOfThePoint() {
        Expression e = ExpressionParser.parse("x - 10*y + 100*t", "x", "y", "t");
        assertEquals(1 - 20 + 300, e.evaluate(1, 2, 3));
        assertEquals(new Variable("t", 2), ExpressionParser.parse("t", "x", "y", "t"));
    }

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("sin", (java.util.function.DoubleUnaryOperator) Math::sin),
                Arguments.of("cos", (java.util.function.DoubleUnaryOperator) Math::cos),
                Arguments.of("tan", (java.util.function.DoubleUnaryOperator) Math::tan),
                Arguments.of("exp", (java.util.function.DoubleUnaryOperator) Math::exp),
                Arguments.of("log", (java.util.function.DoubleUnaryOperator) Math::log),
                Arguments.of("sqrt", (java.util.function.DoubleUnaryOperator) Math::sqrt),
                Arguments.of("sinh", (java.util.function.DoubleUnaryOperator) Math::sinh),
                Arguments.of("cosh", (java.util.function.DoubleUnaryOperator) Math::cosh),
                Arguments.of("tanh", (java.util.function.DoubleUnaryOperator) Math::tanh),
                Arguments.of("sech", (java.util.function.DoubleUnaryOperator) a -> 1 / Math.cosh(a)),
                Arguments.of("abs", (java.util.function.DoubleUnaryOperator) Math::abs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyFunctionMatchesJavaLangMath(String name, java.util.function.DoubleUnaryOperator reference) {
        Expression e = ExpressionParser.parse(name + "(x)", "x");
        CompiledExpression c = e.compile();
        for (double x : new double[] {-7.25, -1, -0.3, 0, 1e-9, 0.5, 1, 2.75, 40, 628.3}) {
            double expected = reference.applyAsDouble(x);
            assertEquals(expected, e.evaluate(x), name + "(" + x + ")");
            assertEquals(expected, c.at(new double[] {x}), "compiled " + name + "(" + x + ")");
        }
        assertEquals(MathFunction.valueOf(name.toUpperCase(java.util.Locale.ROOT)), ((Call) e).function());
    }

    @Test
    void everyFunctionIsCovered() {
        assertEquals(MathFunction.values().length, functions().count());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> column {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                | 1 | empty expression",
        "`   `             | 1 | empty expression",
        "sinn(x)           | 1 | unknown function \"sinn\" (did you mean \"sin\"?)",
        "1 + 2 * sinn(x)   | 9 | unknown function \"sinn\" (did you mean \"sin\"?)",
        "Cos(x)            | 1 | unknown function \"Cos\" (did you mean \"cos\"?)",
        "tanhh(x)          | 1 | unknown function \"tanhh\" (did you mean \"tanh\"?)",
        "foo(x)            | 1 | unknown function \"foo\" (known: sin, cos, tan, exp, log, sqrt, sinh, cosh, tanh, sech, abs)",
        "(1+2              | 5 | expected ')'",
        "sin(x             | 6 | expected ')'",
        "(x*(y+1)          | 9 | expected ')'",
        "1 + * 2           | 5 | expected an operand, found '*'",
        "2*                | 3 | expected an operand, found end of input",
        "2^                | 3 | expected an operand, found end of input",
        "2 ** * 3          | 6 | expected an operand, found '*'",
        "sin()             | 5 | expected an operand, found ')'",
        "z + 1             | 1 | unknown variable \"z\" (allowed: x, y)",
        "x + t             | 5 | unknown variable \"t\" (allowed: x, y)",
        "1 2               | 3 | unexpected number \"2\" (missing operator?)",
        "x y               | 3 | unexpected identifier \"y\" (missing operator?)",
        "2 (x)             | 3 | unexpected '(' (missing operator?)",
        "(1+2))            | 6 | unmatched ')'",
        "sin x             | 5 | expected '(' after function \"sin\", found identifier \"x\"",
        "x(2)              | 1 | \"x\" is a variable, not a function",
        "pi(2)             | 1 | \"pi\" is a constant, not a function",
        "1e+ 3             | 1 | malformed number \"1e+\": exponent has no digits",
        "x*2ex             | 3 | malformed number \"2ex\": exponent has no digits",
        "1..2              | 1 | malformed number \"1..2\": more than one decimal point",
        ". + 1             | 1 | malformed number \".\": no digits",
        "1e999             | 1 | number \"1e999\" is out of range",
        "3 # 4             | 3 | unexpected character '#'",
        "x = 1             | 3 | unexpected character '='",
    })
    void malformedInputIsReportedAtItsColumn(String text, int column, String detail) {
        ExpressionException ex = assertThrows(ExpressionException.class,
                () -> ExpressionParser.parse(text, "x", "y"));
        assertEquals(column, ex.column());
        assertEquals(detail, ex.detail());
        assertEquals("column " + column + ": " + detail, ex.getMessage());
    }

    @Test
    void variableNamesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Variables.of("x", "x"));
        assertThrows(IllegalArgumentException.class, () -> Variables.of("sin"));
        assertThrows(IllegalArgumentException.class, () -> Variables.of("pi"));
        assertThrows(IllegalArgumentException.class, () -> Variables.of("e"));
        assertThrows(IllegalArgumentException.class, () -> Variables.of("2x"));
        assertThrows(IllegalArgumentException.class, () -> Variables.of("x y"));
        assertEquals(1, Variables.of("x", "y_1").indexOf("y_1"));
    }

    @Test
    void noVariablesDeclaredSaysSo() {
        ExpressionException ex = assertThrows(ExpressionException.class, () -> ExpressionParser.parse("2*x"));
        assertEquals("column 3: unknown variable \"x\" (allowed: none)", ex.getMessage());
    }
}
