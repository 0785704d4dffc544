using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StemCell.Domain.Model;

/// <summary>A confidence interval around an estimate: a lower and an upper bound at a confidence level, such as 0.02–0.24 at 95%.</summary>
/// <remarks>
/// <para>
/// Rules, checked by the constructor (which throws) and by <see cref="TryCreate"/> (which returns them): <c>lower</c>
/// not above <c>upper</c>; <c>level</c> strictly between 0 and 1 (0.95 for a 95% interval).
/// </para>
/// <para>Equality: equal when the bounds and the level are equal.</para>
/// </remarks>
public sealed record ConfidenceInterval
{
    /// <summary>The usual confidence level: 95%.</summary>
    public const decimal DefaultLevel = 0.95m;

    /// <summary>Initializes a new instance of the <see cref="ConfidenceInterval"/> class.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1; 0.95 unless given.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="lower"/> is above <paramref name="upper"/>, or <paramref name="level"/> is not strictly between 0 and 1.
    /// </exception>
    public ConfidenceInterval(decimal lower, decimal upper, decimal level = DefaultLevel)
        : this(lower, upper, level, problems: null)
    {
    }

    private ConfidenceInterval(decimal lower, decimal upper, decimal level, ProblemCollector? problems)
    {
        Preconditions.CheckRuleRange(BoundsProblem(lower, upper), problems, nameof(lower), lower);
        Preconditions.CheckRuleRange(LevelProblem(level), problems, nameof(level), level);
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Gets the lower bound.</summary>
    /// <value>A number not above <see cref="Upper"/>.</value>
    public decimal Lower { get; }

    /// <summary>Gets the upper bound.</summary>
    /// <value>A number not below <see cref="Lower"/>.</value>
    public decimal Upper { get; }

    /// <summary>Gets the confidence level.</summary>
    /// <value>A number strictly between 0 and 1, such as 0.95.</value>
    public decimal Level { get; }

    /// <summary>Tries to create a confidence interval, returning every problem instead of throwing.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="interval">The interval, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>lower</c> or <c>level</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a confidence interval.</returns>
    public static bool TryCreate(
        decimal lower, decimal upper, decimal level, [NotNullWhen(true)] out ConfidenceInterval? interval, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, lower, upper, level), out interval, out problems);

    /// <summary>Returns whether a value lies within the interval, bounds included.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(decimal value) => value >= Lower && value <= Upper;

    /// <summary>Formats the interval as it is usually written.</summary>
    /// <returns>Text such as <c>95% CI 0.02–0.24</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Level * 100m).ToString("0.##", CultureInfo.InvariantCulture)}% CI {Lower}\u2013{Upper}");

    /// <summary>Creates a confidence interval, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The interval, or null when a problem was added.</returns>
    internal static ConfidenceInterval? Create(ProblemCollector problems, decimal lower, decimal upper, decimal level = DefaultLevel) =>
        problems.Keep(problems.Count, new ConfidenceInterval(lower, upper, level, problems));

    private static string? BoundsProblem(decimal lower, decimal upper) =>
        lower <= upper ? null : string.Create(CultureInfo.InvariantCulture, $"The lower bound {lower} is above the upper bound {upper}.");

    private static string? LevelProblem(decimal level) =>
        level is > 0m and < 1m ? null : string.Create(CultureInfo.InvariantCulture, $"A confidence level must be strictly between 0 and 1 (0.95 for 95%); {level} is not.");
}
