using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>How many cells one administration gives: an amount in a unit, such as 1.6 million cells per kilogram.</summary>
/// <remarks>Equality: equal when the amounts and the units are equal (2000000 equals 2.0E6 written either way).</remarks>
public sealed record Dose
{
    /// <summary>Initializes a new instance of the <see cref="Dose"/> class.</summary>
    /// <param name="amount">The amount, above 0.</param>
    /// <param name="unit">The unit, such as cells per kilogram.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not above 0.</exception>
    public Dose(decimal amount, DoseUnit unit)
        : this(amount, unit, problems: null)
    {
    }

    private Dose(decimal amount, DoseUnit unit, ProblemCollector? problems)
    {
        Preconditions.CheckRuleRange(AmountProblem(amount), problems, nameof(amount), amount);
        Amount = amount;
        Unit = Preconditions.CheckNotNull(unit, problems, "A unit is required.");
    }

    /// <summary>Gets the amount.</summary>
    /// <value>A number above 0, in <see cref="Unit"/>.</value>
    public decimal Amount { get; }

    /// <summary>Gets the unit of the amount.</summary>
    /// <value>Cells, or cells per kilogram of body weight.</value>
    public DoseUnit Unit { get; }

    /// <summary>Tries to create a dose, returning every problem instead of throwing.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="dose">The dose, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>amount</c> or <c>unit</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a dose.</returns>
    public static bool TryCreate(decimal amount, DoseUnit? unit, [NotNullWhen(true)] out Dose? dose, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, amount, unit!), out dose, out problems);

    /// <summary>Formats the dose with its unit's symbol.</summary>
    /// <returns>Text such as <c>1600000 cells/kg</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Unit.Symbol}");

    /// <summary>Creates a dose, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The dose, or null when a problem was added.</returns>
    internal static Dose? Create(ProblemCollector problems, decimal amount, DoseUnit unit) =>
        problems.Keep(problems.Count, new Dose(amount, unit, problems));

    private static string? AmountProblem(decimal amount) =>
        amount > 0m ? null : string.Create(CultureInfo.InvariantCulture, $"A dose must be above 0; {amount} is not.");
}
