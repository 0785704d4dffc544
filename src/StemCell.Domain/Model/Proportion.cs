using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StemCell.Domain.Model;

/// <summary>
/// The share of a finding's population in whom the finding held, from 0 to 1, with the counts behind it when the
/// source gives them: "80% of participants" is 0.8 with no counts; "40 of 50 participants" is 0.8 with 40/50.
/// </summary>
/// <remarks>
/// <para>
/// A proportion never invents counts: a source that gives a percentage alone gives a <see cref="Value"/> and no
/// <see cref="Numerator"/> or <see cref="Denominator"/>. When both counts are given, they must agree with the value
/// to within half a percentage point (|value − numerator/denominator| ≤ 0.005), because sources round proportions
/// to whole percentages; <see cref="FromCounts"/> computes the value from the counts.
/// </para>
/// <para>
/// Rules, each checked by the constructor (which throws) and by <see cref="TryCreate"/> (which returns them, with
/// the path of the offending property): <c>value</c> from 0 to 1; <c>numerator</c> zero or more; <c>denominator</c>
/// one or more; <c>numerator</c> not above the denominator; <c>value</c> agreeing with the counts.
/// </para>
/// <para>Equality: equal when the value, numerator and denominator are equal (0.8 equals 0.80).</para>
/// </remarks>
public sealed record Proportion : QuantitativeResult
{
    /// <summary>How far a value may be from numerator/denominator and still agree: half a percentage point.</summary>
    public const decimal AgreementTolerance = 0.005m;

    /// <summary>Initializes a new instance of the <see cref="Proportion"/> class.</summary>
    /// <param name="value">The proportion, from 0 to 1 (0.8 for 80%).</param>
    /// <param name="numerator">The number of participants in whom the finding held, when the source gives it.</param>
    /// <param name="denominator">The number of participants assessed, when the source gives it.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> is outside 0 to 1, <paramref name="numerator"/> is negative or above
    /// <paramref name="denominator"/>, or <paramref name="denominator"/> is below 1.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not agree with the counts.</exception>
    public Proportion(decimal value, int? numerator = null, int? denominator = null)
        : this(value, numerator, denominator, problems: null)
    {
    }

    private Proportion(decimal value, int? numerator, int? denominator, ProblemCollector? problems)
    {
        Preconditions.CheckRuleRange(ValueProblem(value), problems, nameof(value), value);
        CheckCounts(numerator, denominator, problems);
        Preconditions.CheckRule(AgreementProblem(value, numerator, denominator), problems, nameof(value));
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the proportion.</summary>
    /// <value>A number from 0 to 1.</value>
    public decimal Value { get; }

    /// <summary>Gets the number of participants in whom the finding held.</summary>
    /// <value>A count from 0 to <see cref="Denominator"/>, or null when the source does not give it.</value>
    public int? Numerator { get; }

    /// <summary>Gets the number of participants assessed.</summary>
    /// <value>A count of 1 or more, or null when the source does not give it.</value>
    public int? Denominator { get; }

    /// <summary>Gets the proportion as a percentage.</summary>
    /// <value><see cref="Value"/> times 100, from 0 to 100.</value>
    public decimal Percent => Value * 100m;

    /// <inheritdoc />
    internal override string Kind => "proportion";

    /// <summary>Creates a proportion from a percentage, as sources usually state one.</summary>
    /// <param name="percent">The percentage, from 0 to 100 (80 for 80%).</param>
    /// <returns>The proportion <paramref name="percent"/>/100, with no counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0 to 100.</exception>
    public static Proportion FromPercent(decimal percent)
    {
        Preconditions.CheckArgumentRange(percent is >= 0m and <= 100m, nameof(percent), percent, "A percentage must be from 0 to 100.");
        return new(percent / 100m);
    }

    /// <summary>Creates a proportion from its counts.</summary>
    /// <param name="numerator">The number of participants in whom the finding held.</param>
    /// <param name="denominator">The number of participants assessed.</param>
    /// <returns>The proportion numerator/denominator, with both counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="numerator"/> is negative or above <paramref name="denominator"/>, or <paramref name="denominator"/> is below 1.
    /// </exception>
    public static Proportion FromCounts(int numerator, int denominator)
    {
        CheckCounts(numerator, denominator, problems: null);
        return new((decimal)numerator / denominator, numerator, denominator);
    }

    /// <summary>Tries to create a proportion, returning every problem instead of throwing.</summary>
    /// <param name="value">The proportion, from 0 to 1.</param>
    /// <param name="numerator">The number of participants in whom the finding held, or null.</param>
    /// <param name="denominator">The number of participants assessed, or null.</param>
    /// <param name="proportion">The proportion, or null when there are problems.</param>
    /// <param name="problems">
    /// Every rule broken, each with the path of the offending property relative to the proportion
    /// (<c>value</c>, <c>numerator</c> or <c>denominator</c>); empty on success.
    /// </param>
    /// <returns><see langword="true"/> when the values make a proportion.</returns>
    public static bool TryCreate(
        decimal value, int? numerator, int? denominator, [NotNullWhen(true)] out Proportion? proportion, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, value, numerator, denominator), out proportion, out problems);

    /// <summary>Formats the proportion as a percentage, with its counts when known.</summary>
    /// <returns>Text such as <c>80%</c> or <c>80% (40/50)</c>.</returns>
    public override string ToString()
    {
        var percent = Percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
        return (Numerator, Denominator) switch
        {
            (int n, int d) => string.Create(CultureInfo.InvariantCulture, $"{percent} ({n}/{d})"),
            (int n, null) => string.Create(CultureInfo.InvariantCulture, $"{percent} ({n} participants)"),
            (null, int d) => string.Create(CultureInfo.InvariantCulture, $"{percent} of {d}"),
            _ => percent,
        };
    }

    /// <summary>Creates a proportion, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The proportion, or null when a problem was added.</returns>
    internal static Proportion? Create(ProblemCollector problems, decimal value, int? numerator = null, int? denominator = null) =>
        problems.Keep(problems.Count, new Proportion(value, numerator, denominator, problems));

    private static void CheckCounts(int? numerator, int? denominator, ProblemCollector? problems)
    {
        Preconditions.CheckRuleRange(NumeratorProblem(numerator), problems, nameof(numerator), numerator);
        Preconditions.CheckRuleRange(DenominatorProblem(denominator), problems, nameof(denominator), denominator);
        Preconditions.CheckRuleRange(CountsProblem(numerator, denominator), problems, nameof(numerator), numerator);
    }

    private static string? ValueProblem(decimal value) =>
        value is >= 0m and <= 1m ? null : string.Create(CultureInfo.InvariantCulture, $"A proportion must be from 0 to 1 (0.8 for 80%); {value} is not.");

    private static string? NumeratorProblem(int? numerator) =>
        numerator is null or >= 0 ? null : string.Create(CultureInfo.InvariantCulture, $"A numerator must be zero or more; {numerator} is not.");

    private static string? DenominatorProblem(int? denominator) =>
        denominator is null or >= 1 ? null : string.Create(CultureInfo.InvariantCulture, $"A denominator must be one or more; {denominator} is not.");

    private static string? CountsProblem(int? numerator, int? denominator) =>
        numerator is int n && denominator is int d && n > d
            ? string.Create(CultureInfo.InvariantCulture, $"The numerator {n} is above the denominator {d}.")
            : null;

    private static string? AgreementProblem(decimal value, int? numerator, int? denominator)
    {
        if (numerator is not int n || denominator is not int d || d < 1 || n < 0 || n > d || value is < 0m or > 1m)
        {
            // Only consistent counts and an in-range value can be compared; the other rules report the rest.
            return null;
        }

        var exact = (decimal)n / d;
        return Math.Abs(value - exact) <= AgreementTolerance
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The value {value} does not agree with {n}/{d} = {Math.Round(exact, 4)}: they must agree to within half a percentage point.");
    }
}
