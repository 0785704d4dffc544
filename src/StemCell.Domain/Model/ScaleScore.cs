using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A score on a clinical rating scale, such as an EDSS of 3.5 or an ALSFRS-R of 38.</summary>
/// <remarks>
/// <para>
/// The score must be one the scale can produce (<see cref="ClinicalScale.IsValidScore"/>): EDSS runs from 0 to 10
/// in steps of 0.5 (Kurtzke 1983); ALSFRS-R from 0 to 48 in whole points, twelve items of 0 to 4 (Cedarbaum et al.
/// 1999). Whether a higher score is better depends on the scale (<see cref="ClinicalScale.HigherIsBetter"/>).
/// </para>
/// <para>Equality: equal when the scale and the score are equal.</para>
/// </remarks>
public sealed record ScaleScore : QuantitativeResult
{
    /// <summary>Initializes a new instance of the <see cref="ScaleScore"/> class.</summary>
    /// <param name="scale">The scale the score is on.</param>
    /// <param name="score">The score.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not a score the scale can produce.</exception>
    public ScaleScore(ClinicalScale scale, decimal score)
        : this(scale, score, problems: null)
    {
    }

    private ScaleScore(ClinicalScale scale, decimal score, ProblemCollector? problems)
    {
        Scale = Preconditions.CheckNotNull(scale, problems, "A scale is required.");
        Preconditions.CheckRuleRange(scale is null ? null : ScoreProblem(scale, score), problems, nameof(score), score);
        Score = score;
    }

    /// <summary>Gets the scale the score is on.</summary>
    /// <value>A clinical scale, such as EDSS.</value>
    public ClinicalScale Scale { get; }

    /// <summary>Gets the score.</summary>
    /// <value>A score within the scale's range and on its steps.</value>
    public decimal Score { get; }

    /// <inheritdoc />
    internal override string Kind => "scale-score";

    /// <summary>Tries to create a score, returning every problem instead of throwing.</summary>
    /// <param name="scale">The scale the score is on.</param>
    /// <param name="score">The score.</param>
    /// <param name="result">The score, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>scale</c> or <c>score</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a score.</returns>
    public static bool TryCreate(ClinicalScale? scale, decimal score, [NotNullWhen(true)] out ScaleScore? result, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, scale!, score), out result, out problems);

    /// <summary>Formats the score with its scale.</summary>
    /// <returns>Text such as <c>edss 3.5</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scale.Code} {Score}");

    /// <summary>Creates a score, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The score, or null when a problem was added.</returns>
    internal static ScaleScore? Create(ProblemCollector problems, ClinicalScale scale, decimal score) =>
        problems.Keep(problems.Count, new ScaleScore(scale, score, problems));

    private static string? ScoreProblem(ClinicalScale scale, decimal score) =>
        scale.IsValidScore(score)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{score} is not a possible {scale.DisplayName} score: scores run {ScaleRanges.Describe(scale)}.");
}
