using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A change in score on a clinical rating scale over a finding's time frame, such as an EDSS change of −1.0.</summary>
/// <remarks>
/// <para>
/// The change is the later score minus the earlier one, so its sign is the scale's: on EDSS (higher is worse) a
/// negative change is an improvement; on ALSFRS-R (higher is better) a negative change is a decline. The change must
/// be one the scale can produce (<see cref="ClinicalScale.IsValidChange"/>): no larger than the scale's range, and
/// on its steps (0.5 for EDSS, whole points for ALSFRS-R).
/// </para>
/// <para>Equality: equal when the scale and the change are equal.</para>
/// </remarks>
public sealed record ScaleChange : QuantitativeResult
{
    /// <summary>Initializes a new instance of the <see cref="ScaleChange"/> class.</summary>
    /// <param name="scale">The scale the change is on.</param>
    /// <param name="change">The later score minus the earlier one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="change"/> is not a change the scale can produce.</exception>
    public ScaleChange(ClinicalScale scale, decimal change)
        : this(scale, change, problems: null)
    {
    }

    private ScaleChange(ClinicalScale scale, decimal change, ProblemCollector? problems)
    {
        Scale = Preconditions.CheckNotNull(scale, problems, "A scale is required.");
        Preconditions.CheckRuleRange(scale is null ? null : ChangeProblem(scale, change), problems, nameof(change), change);
        Change = change;
    }

    /// <summary>Gets the scale the change is on.</summary>
    /// <value>A clinical scale, such as ALSFRS-R.</value>
    public ClinicalScale Scale { get; }

    /// <summary>Gets the change: the later score minus the earlier one.</summary>
    /// <value>A change no larger than the scale's range and on its steps; its sign follows the scale.</value>
    public decimal Change { get; }

    /// <inheritdoc />
    internal override string Kind => "scale-change";

    /// <summary>Tries to create a change in score, returning every problem instead of throwing.</summary>
    /// <param name="scale">The scale the change is on.</param>
    /// <param name="change">The later score minus the earlier one.</param>
    /// <param name="result">The change, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>scale</c> or <c>change</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a change in score.</returns>
    public static bool TryCreate(ClinicalScale? scale, decimal change, [NotNullWhen(true)] out ScaleChange? result, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, scale!, change), out result, out problems);

    /// <summary>Formats the change with its sign and scale.</summary>
    /// <returns>Text such as <c>edss -1.0</c> or <c>alsfrs-r +2</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scale.Code} {(Change > 0 ? "+" : string.Empty)}{Change}");

    /// <summary>Creates a change in score, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The change, or null when a problem was added.</returns>
    internal static ScaleChange? Create(ProblemCollector problems, ClinicalScale scale, decimal change) =>
        problems.Keep(problems.Count, new ScaleChange(scale, change, problems));

    private static string? ChangeProblem(ClinicalScale scale, decimal change) =>
        scale.IsValidChange(change)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{change} is not a possible change in {scale.DisplayName}: scores run {ScaleRanges.Describe(scale)}.");
}
