package org.carbonlab.core.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carbonlab.core.inference.Inference;

/**
 * One fitted model: coefficients, scalar statistics, tests, (optionally) the coefficient
 * covariance, and the {@link Inference} behind the coefficients' p-values and intervals. A {@link Result} is one of
 * these plus everything about the run.
 */
public class ModelResult {
    private String name;
    private final List<Coefficient> coefficients = new ArrayList<>();
    private final Map<String, Object> statistics = new LinkedHashMap<>();
    private final List<TestResult> tests = new ArrayList<>();
    private List<String> vcovTerms;
    private double[][] vcov;
    private Inference inference;

    public ModelResult() {
    }

    public ModelResult(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public ModelResult name(String newName) {
        this.name = newName;
        return this;
    }

    public List<Coefficient> coefficients() {
        return coefficients;
    }

    public Optional<Coefficient> coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst();
    }

    public ModelResult addCoefficient(Coefficient c) {
        coefficients.add(c);
        return this;
    }

    /** Scalar statistics in insertion order: numbers, text or booleans. */
    public Map<String, Object> statistics() {
        return statistics;
    }

    public ModelResult statistic(String key, Object value) {
        statistics.put(key, value);
        return this;
    }

    public Object statistic(String key) {
        return statistics.get(key);
    }

    public double number(String key) {
        Object v = statistics.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("no numeric statistic '" + key + "'");
        }
        return n.doubleValue();
    }

    public List<TestResult> tests() {
        return tests;
    }

    public Optional<TestResult> test(String testName) {
        return tests.stream().filter(t -> t.name().equals(testName)).findFirst();
    }

    public ModelResult addTest(TestResult t) {
        tests.add(t);
        return this;
    }

    public ModelResult vcov(List<String> terms, double[][] matrix) {
        this.vcovTerms = List.copyOf(terms);
        this.vcov = matrix;
        return this;
    }

    public List<String> vcovTerms() {
        return vcovTerms;
    }

    public double[][] vcov() {
        return vcov;
    }

    /**
     * How the coefficients' statistics were referred to a distribution (t with its df, or normal), the covariance
     * behind them and the level; null for a model without coefficient inference.
     */
    public Inference inference() {
        return inference;
    }

    public ModelResult inference(Inference value) {
        this.inference = value;
        return this;
    }
}
