package dev.jpde.gp.expr;

/**
 * Prints expressions in the parser's syntax with the fewest parentheses that reproduce the tree exactly:
 * precedence sum 1, product 2, unary minus 3, power 4, atom 5. A left operand needs at least its operator's
 * precedence, a right operand strictly more (so a - (b - c) and a + (b + c) keep their parentheses, which
 * matters for floating-point evaluation order); a power's base must be an atom and its exponent at least a
 * unary (right associativity). Numbers print in a form {@link Double#parseDouble} reads back exactly.
 */
final class ExpressionPrinter {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private ExpressionPrinter() {
    }

    static String print(Expression e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    private static void write(Expression e, StringBuilder out) {
        if (e instanceof Constant c) {
            out.append(number(c.value()));
        } else if (e instanceof Variable v) {
            out.append(v.name());
        } else if (e instanceof Negate n) {
            out.append('-');
            int start = out.length();
            operand(n.operand(), UNARY, out);
            if (out.charAt(start) == '-') {
                out.insert(start, ' ');
            }
        } else if (e instanceof Add x) {
            binary(x.left(), " + ", x.right(), SUM, out);
        } else if (e instanceof Subtract x) {
            binary(x.left(), " - ", x.right(), SUM, out);
        } else if (e instanceof Multiply x) {
            binary(x.left(), "*", x.right(), PRODUCT, out);
        } else if (e instanceof Divide x) {
            binary(x.left(), "/", x.right(), PRODUCT, out);
        } else if (e instanceof Power x) {
            operand(x.base(), ATOM, out);
            out.append('^');
            operand(x.exponent(), UNARY, out);
        } else {
            Call c = (Call) e;
            out.append(c.function().symbol()).append('(');
            write(c.argument(), out);
            out.append(')');
        }
    }

    private static void binary(Expression left, String op, Expression right, int precedence, StringBuilder out) {
        operand(left, precedence, out);
        out.append(op);
        operand(right, precedence + 1, out);
    }

    private static void operand(Expression e, int minimum, StringBuilder out) {
        if (precedence(e) >= minimum) {
            write(e, out);
        } else {
            out.append('(');
            write(e, out);
            out.append(')');
        }
    }

    private static int precedence(Expression e) {
        if (e instanceof Add || e instanceof Subtract) {
            return SUM;
        }
        if (e instanceof Multiply || e instanceof Divide) {
            return PRODUCT;
        }
        if (e instanceof Negate) {
            return UNARY;
        }
        if (e instanceof Power) {
            return POWER;
        }
        if (e instanceof Constant c) {
            double v = c.value();
            return (v < 0 || (v == 0 && 1 / v < 0)) && v != Double.NEGATIVE_INFINITY ? UNARY : ATOM;
        }
        return ATOM;
    }

    /** pi and e by name, integers without a fraction, other values by {@link Double#toString}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "(0/0)";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "(1/0)" : "(-1/0)";
        }
        if (v < 0 || (v == 0 && 1 / v < 0)) {
            return "-" + number(-v);
        }
        if (v == Math.PI) {
            return "pi";
        }
        if (v == Math.E) {
            return "e";
        }
        if (v == Math.rint(v) && v < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
