package dev.jpde.gp.expr;

/**
 * Simplifying constructors for expression nodes, and {@link #simplify(Expression)}, which rebuilds a tree through
 * them. The rewrites are exact identities of real arithmetic; in floating point they change results by at most a
 * few roundings (e.g. c1*(c2*x) becomes (c1*c2)*x).
 *
 * <ul>
 *   <li>constant folding of every operation and function, kept only when the result is finite (so no NaN or
 *       infinite constant is ever created);</li>
 *   <li>a+0 = a, a-0 = a, 0-a = -a, a*1 = a, a*(-1) = -a, a*0 = 0, 0/a = 0, a/1 = a, a/a = 1, a-a = 0,
 *       a^1 = a, a^0 = 1, 1^a = 1, 0^c = 0 for c &gt; 0, (a^m)^n = a^(mn) for integers m, n,
 *       (p/q)*q = p;</li>
 *   <li>signs: --a = a, -(c*a) = (-c)*a, -(a-b) = b-a, a+(-b) = a-b, a-(-b) = a+b, (-a)*b = -(a*b),
 *       (-a)/b = -(a/b), a + (-c)*b = a - c*b, a - (-c)*b = a + c*b;</li>
 *   <li>numeric factors move to the front and combine: a*c = c*a, c1*(c2*a) = (c1 c2)*a, a*(c*b) = c*(a*b),
 *       (c1*a)/c2 = (c1/c2)*a;</li>
 *   <li>like terms of a binary sum combine: c1*t + c2*t = (c1+c2)*t (so beta*u_x + u_y can reach literal 0).</li>
 * </ul>
 * The rules that drop a factor (a*0 = 0, 0/a = 0, a/a = 1, a-a = 0, (p/q)*q = p) assume the dropped subexpression
 * is finite and, for division, non-zero: they are meant for smooth manufactured solutions.
 */
public final class Algebra {

    private Algebra() {
    }

    /** A constant, with -0 normalised to 0. */
    public static Constant constant(double value) {
        if (value == 0.0) {
            return Constant.ZERO;
        }
        return value == 1.0 ? Constant.ONE : new Constant(value);
    }

    /** -a, simplified. */
    public static Expression neg(Expression a) {
        if (a instanceof Constant c) {
            return constant(-c.value());
        }
        if (a instanceof Negate n) {
            return n.operand();
        }
        if (a instanceof Multiply m && m.left() instanceof Constant c) {
            return mul(constant(-c.value()), m.right());
        }
        if (a instanceof Divide d && d.left() instanceof Constant c) {
            return div(constant(-c.value()), d.right());
        }
        if (a instanceof Subtract s) {
            return sub(s.right(), s.left());
        }
        return new Negate(a);
    }

    /** a + b, simplified. */
    public static Expression add(Expression a, Expression b) {
        Expression folded = fold(a, b, a instanceof Constant x && b instanceof Constant y ? x.value() + y.value() : 0);
        if (folded != null) {
            return folded;
        }
        if (a instanceof Constant && b instanceof Constant) {
            return new Add(a, b);
        }
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (b instanceof Negate n) {
            return sub(a, n.operand());
        }
        if (a instanceof Negate n) {
            return sub(b, n.operand());
        }
        if (b instanceof Constant c && c.value() < 0) {
            return sub(a, constant(-c.value()));
        }
        if (hasNegativeFactor(b)) {
            return sub(a, neg(b));
        }
        Term ta = Term.of(a);
        Term tb = Term.of(b);
        if (ta.rest().equals(tb.rest())) {
            return mul(constant(ta.factor() + tb.factor()), ta.rest());
        }
        return new Add(a, b);
    }

    /** a - b, simplified. */
    public static Expression sub(Expression a, Expression b) {
        Expression folded = fold(a, b, a instanceof Constant x && b instanceof Constant y ? x.value() - y.value() : 0);
        if (folded != null) {
            return folded;
        }
        if (a instanceof Constant && b instanceof Constant) {
            return new Subtract(a, b);
        }
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (b instanceof Negate n) {
            return add(a, n.operand());
        }
        if (b instanceof Constant c && c.value() < 0) {
            return add(a, constant(-c.value()));
        }
        if (hasNegativeFactor(b)) {
            return add(a, neg(b));
        }
        Term ta = Term.of(a);
        Term tb = Term.of(b);
        if (ta.rest().equals(tb.rest())) {
            return mul(constant(ta.factor() - tb.factor()), ta.rest());
        }
        return new Subtract(a, b);
    }

    /** a * b, simplified; numeric factors are collected at the front. */
    public static Expression mul(Expression a, Expression b) {
        Expression folded = fold(a, b, a instanceof Constant x && b instanceof Constant y ? x.value() * y.value() : 0);
        if (folded != null) {
            return folded;
        }
        if (a instanceof Constant && b instanceof Constant) {
            return new Multiply(a, b);
        }
        if (isZero(a) || isZero(b)) {
            return Constant.ZERO;
        }
        if (isConstant(a, 1.0)) {
            return b;
        }
        if (isConstant(b, 1.0)) {
            return a;
        }
        if (isConstant(a, -1.0)) {
            return neg(b);
        }
        if (isConstant(b, -1.0)) {
            return neg(a);
        }
        if (b instanceof Constant) {
            return mul(b, a);
        }
        if (a instanceof Negate n) {
            return neg(mul(n.operand(), b));
        }
        if (b instanceof Negate n) {
            return neg(mul(a, n.operand()));
        }
        if (a instanceof Constant c) {
            if (b instanceof Multiply m && m.left() instanceof Constant d && finite(c.value() * d.value())) {
                return mul(constant(c.value() * d.value()), m.right());
            }
            if (b instanceof Divide q && q.left() instanceof Constant d && finite(c.value() * d.value())) {
                return div(constant(c.value() * d.value()), q.right());
            }
            return new Multiply(a, b);
        }
        if (a instanceof Divide q && q.right().equals(b)) {
            return q.left();
        }
        if (b instanceof Divide q && q.right().equals(a)) {
            return q.left();
        }
        if (a instanceof Multiply m && m.left() instanceof Constant c) {
            return mul(c, mul(m.right(), b));
        }
        if (b instanceof Multiply m && m.left() instanceof Constant c) {
            return mul(c, mul(a, m.right()));
        }
        return new Multiply(a, b);
    }

    /** a / b, simplified. */
    public static Expression div(Expression a, Expression b) {
        Expression folded = fold(a, b, a instanceof Constant x && b instanceof Constant y ? x.value() / y.value() : 0);
        if (folded != null) {
            return folded;
        }
        if (a instanceof Constant && b instanceof Constant) {
            return new Divide(a, b);
        }
        if (isZero(a)) {
            return Constant.ZERO;
        }
        if (isConstant(b, 1.0)) {
            return a;
        }
        if (isConstant(b, -1.0)) {
            return neg(a);
        }
        if (a instanceof Negate n) {
            return neg(div(n.operand(), b));
        }
        if (b instanceof Negate n) {
            return neg(div(a, n.operand()));
        }
        if (a.equals(b)) {
            return Constant.ONE;
        }
        if (a instanceof Multiply m && m.left() instanceof Constant c) {
            if (b instanceof Constant d && finite(c.value() / d.value())) {
                return mul(constant(c.value() / d.value()), m.right());
            }
            if (!(b instanceof Constant)) {
                return mul(c, div(m.right(), b));
            }
        }
        if (a instanceof Constant c && b instanceof Multiply m && m.left() instanceof Constant d
                && finite(c.value() / d.value())) {
            return div(constant(c.value() / d.value()), m.right());
        }
        return new Divide(a, b);
    }

    /** a ^ b, simplified. */
    public static Expression pow(Expression a, Expression b) {
        Expression folded = fold(a, b,
                a instanceof Constant x && b instanceof Constant y ? Power.pow(x.value(), y.value()) : 0);
        if (folded != null) {
            return folded;
        }
        if (a instanceof Constant && b instanceof Constant) {
            return new Power(a, b);
        }
        if (isZero(b) || isConstant(a, 1.0)) {
            return Constant.ONE;
        }
        if (isConstant(b, 1.0)) {
            return a;
        }
        if (isZero(a) && b instanceof Constant c && c.value() > 0) {
            return Constant.ZERO;
        }
        if (a instanceof Power p && isInteger(p.exponent()) && isInteger(b)) {
            double product = ((Constant) p.exponent()).value() * ((Constant) b).value();
            if (finite(product)) {
                return pow(p.base(), constant(product));
            }
        }
        return new Power(a, b);
    }

    /** f(a), folded to a constant when a is a constant and f(a) is finite. */
    public static Expression call(MathFunction f, Expression a) {
        if (a instanceof Constant c && finite(f.apply(c.value()))) {
            return constant(f.apply(c.value()));
        }
        return new Call(f, a);
    }

    /** The tree rebuilt bottom-up through the simplifying constructors. */
    public static Expression simplify(Expression e) {
        if (e instanceof Constant c) {
            return constant(c.value());
        }
        if (e instanceof Variable) {
            return e;
        }
        if (e instanceof Negate n) {
            return neg(simplify(n.operand()));
        }
        if (e instanceof Add x) {
            return add(simplify(x.left()), simplify(x.right()));
        }
        if (e instanceof Subtract x) {
            return sub(simplify(x.left()), simplify(x.right()));
        }
        if (e instanceof Multiply x) {
            return mul(simplify(x.left()), simplify(x.right()));
        }
        if (e instanceof Divide x) {
            return div(simplify(x.left()), simplify(x.right()));
        }
        if (e instanceof Power x) {
            return pow(simplify(x.base()), simplify(x.exponent()));
        }
        Call c = (Call) e;
        return call(c.function(), simplify(c.argument()));
    }

    private static Expression fold(Expression a, Expression b, double value) {
        return a instanceof Constant && b instanceof Constant && finite(value) ? constant(value) : null;
    }

    static boolean isZero(Expression e) {
        return e instanceof Constant c && c.value() == 0.0;
    }

    private static boolean isConstant(Expression e, double value) {
        return e instanceof Constant c && c.value() == value;
    }

    /** Whether e is c*r or c/r with a numeric factor c &lt; 0, so that -e is simpler than e. */
    private static boolean hasNegativeFactor(Expression e) {
        return (e instanceof Multiply m && m.left() instanceof Constant c && c.value() < 0)
                || (e instanceof Divide d && d.left() instanceof Constant c2 && c2.value() < 0);
    }

    private static boolean isInteger(Expression e) {
        return e instanceof Constant c && c.value() == Math.rint(c.value()) && Double.isFinite(c.value());
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }

    /** An expression seen as factor * rest, for collecting like terms. */
    private record Term(double factor, Expression rest) {
        static Term of(Expression e) {
            if (e instanceof Multiply m && m.left() instanceof Constant c) {
                return new Term(c.value(), m.right());
            }
            if (e instanceof Negate n) {
                return new Term(-1.0, n.operand());
            }
            return new Term(1.0, e);
        }
    }
}
