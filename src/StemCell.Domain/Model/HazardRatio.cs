using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StemCell.Domain.Model;

/// <summary>
/// A hazard ratio: the rate of an event (such as disease progression) in the treated group divided by its rate in
/// the comparison group, with its confidence interval when the source gives one.
/// </summary>
/// <remarks>
/// <para>
/// A hazard ratio below 1 means the event happened less often with the treatment: the MIST trial of autologous HSCT
/// in relapsing MS reported progression with a hazard ratio of 0.07 (95% CI 0.02–0.24) against disease-modifying
/// therapy (Burt et al., JAMA 2019;321(2):165-174).
/// </para>
/// <para>
/// Rules, checked by the constructor (which throws) and by <see cref="TryCreate"/> (which returns them):
/// <c>estimate</c> above 0; <c>confidenceInterval.lower</c> above 0 (a ratio of rates cannot be negative or zero);
/// <c>estimate</c> within the interval.
/// </para>
/// <para>Equality: equal when the estimates and the intervals are equal.</para>
/// </remarks>
public sealed record HazardRatio : QuantitativeResult
{
    /// <summary>Initializes a new instance of the <see cref="HazardRatio"/> class.</summary>
    /// <param name="estimate">The hazard ratio, above 0.</param>
    /// <param name="confidenceInterval">Its confidence interval, with a lower bound above 0, or null when the source gives none.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="estimate"/> is not above 0 or lies outside <paramref name="confidenceInterval"/>, or the interval's lower bound is not above 0.
    /// </exception>
    public HazardRatio(decimal estimate, ConfidenceInterval? confidenceInterval = null)
    {
        Preconditions.CheckRuleRange(EstimateProblem(estimate), nameof(estimate), estimate);
        Preconditions.CheckRuleRange(IntervalProblem(confidenceInterval), nameof(confidenceInterval), confidenceInterval);
        Preconditions.CheckRuleRange(ContainmentProblem(estimate, confidenceInterval), nameof(estimate), estimate);
        Estimate = estimate;
        ConfidenceInterval = confidenceInterval;
    }

    /// <summary>Gets the hazard ratio.</summary>
    /// <value>A number above 0; below 1 when the event was less frequent with the treatment.</value>
    public decimal Estimate { get; }

    /// <summary>Gets the confidence interval of the hazard ratio.</summary>
    /// <value>An interval containing <see cref="Estimate"/> with a lower bound above 0, or null when the source gives none.</value>
    public ConfidenceInterval? ConfidenceInterval { get; }

    /// <inheritdoc />
    internal override string Kind => "hazard-ratio";

    /// <summary>Tries to create a hazard ratio, returning every problem instead of throwing.</summary>
    /// <param name="estimate">The hazard ratio.</param>
    /// <param name="confidenceInterval">Its confidence interval, or null.</param>
    /// <param name="hazardRatio">The hazard ratio, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>estimate</c> or <c>confidenceInterval.lower</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a hazard ratio.</returns>
    public static bool TryCreate(
        decimal estimate,
        ConfidenceInterval? confidenceInterval,
        [NotNullWhen(true)] out HazardRatio? hazardRatio,
        out ImmutableArray<ValidationProblem> problems)
    {
        var collector = new ProblemCollector();
        collector.Add(nameof(estimate), EstimateProblem(estimate));
        collector.Add("confidenceInterval.lower", IntervalProblem(confidenceInterval));
        collector.Add(nameof(estimate), ContainmentProblem(estimate, confidenceInterval));
        problems = collector.ToImmutable();
        hazardRatio = problems.IsEmpty ? new HazardRatio(estimate, confidenceInterval) : null;
        return hazardRatio is not null;
    }

    /// <summary>Formats the hazard ratio as it is usually written.</summary>
    /// <returns>Text such as <c>HR 0.07 (95% CI 0.02–0.24)</c>.</returns>
    public override string ToString() =>
        ConfidenceInterval is null
            ? string.Create(CultureInfo.InvariantCulture, $"HR {Estimate}")
            : string.Create(CultureInfo.InvariantCulture, $"HR {Estimate} ({ConfidenceInterval})");

    private static string? EstimateProblem(decimal estimate) =>
        estimate > 0m ? null : string.Create(CultureInfo.InvariantCulture, $"A hazard ratio must be above 0; {estimate} is not.");

    private static string? IntervalProblem(ConfidenceInterval? interval) =>
        interval is null || interval.Lower > 0m
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The confidence interval of a hazard ratio must lie above 0; its lower bound is {interval.Lower}.");

    private static string? ContainmentProblem(decimal estimate, ConfidenceInterval? interval) =>
        interval is null || interval.Contains(estimate)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The estimate {estimate} lies outside its confidence interval {interval.Lower}\u2013{interval.Upper}.");

    internal static HazardRatio? Create(ProblemCollector problems, decimal estimate, ConfidenceInterval? confidenceInterval) => TemporaryFactory.Create(problems, () => new HazardRatio(estimate, confidenceInterval));
}
