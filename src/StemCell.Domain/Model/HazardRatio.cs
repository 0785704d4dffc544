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
        : this(estimate, confidenceInterval, problems: null)
    {
    }

    private HazardRatio(decimal estimate, ConfidenceInterval? confidenceInterval, ProblemCollector? problems)
    {
        Preconditions.CheckRuleRange(EstimateProblem(estimate), problems, nameof(estimate), estimate);

        // The bound at fault is the interval's lower one, so a collected problem names it.
        Preconditions.CheckRuleRange(IntervalProblem(confidenceInterval), problems, nameof(confidenceInterval), confidenceInterval, "confidenceInterval.lower");
        // An estimate that is not a hazard ratio at all is not also reported as outside its interval.
        Preconditions.CheckRuleRange(EstimateProblem(estimate) is null ? ContainmentProblem(estimate, confidenceInterval) : null, problems, nameof(estimate), estimate);
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
        => ProblemCollector.TryCreate(c => Create(c, estimate, confidenceInterval), out hazardRatio, out problems);

    /// <summary>Formats the hazard ratio as it is usually written.</summary>
    /// <returns>Text such as <c>HR 0.07 (95% CI 0.02–0.24)</c>.</returns>
    public override string ToString() =>
        ConfidenceInterval is null
            ? string.Create(CultureInfo.InvariantCulture, $"HR {Estimate}")
            : string.Create(CultureInfo.InvariantCulture, $"HR {Estimate} ({ConfidenceInterval})");

    /// <summary>Creates a hazard ratio, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The hazard ratio, or null when a problem was added.</returns>
    internal static HazardRatio? Create(ProblemCollector problems, decimal estimate, ConfidenceInterval? confidenceInterval = null) =>
        problems.Keep(problems.Count, new HazardRatio(estimate, confidenceInterval, problems));

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
}
