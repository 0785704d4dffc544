using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A study's identifier in a trial registry, such as ClinicalTrials.gov's <c>NCT04047628</c>.</summary>
/// <remarks>
/// <para>
/// The value must have the registry's shape (<see cref="Registry.IsValidIdentifier"/>): an NCT id is <c>NCT</c>
/// followed by eight digits. The constructor rejects any other value; <see cref="TryCreate"/> returns the problem
/// instead. Record only identifiers a source states: a source that names no registry id gets none.
/// </para>
/// <para>Equality: equal when the registries and values are equal (ordinal comparison).</para>
/// </remarks>
public sealed record RegistryIdentifier
{
    /// <summary>Initializes a new instance of the <see cref="RegistryIdentifier"/> class.</summary>
    /// <param name="registry">The registry that issued the identifier.</param>
    /// <param name="value">The identifier, exactly as the registry writes it, such as <c>NCT04047628</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the registry's shape.</exception>
    public RegistryIdentifier(Registry registry, string value)
        : this(registry, value, problems: null)
    {
    }

    private RegistryIdentifier(Registry registry, string value, ProblemCollector? problems)
    {
        Registry = Preconditions.CheckNotNull(registry, problems, "A registry is required.");
        Value = Preconditions.CheckNotNull(value, problems, "An identifier is required.");
        Preconditions.CheckRule(registry is null || value is null ? null : ValueProblem(registry, value), problems, nameof(value));
    }

    /// <summary>Gets the registry that issued the identifier.</summary>
    /// <value>A registry, such as ClinicalTrials.gov.</value>
    public Registry Registry { get; }

    /// <summary>Gets the identifier.</summary>
    /// <value>Text with the registry's shape, such as <c>NCT04047628</c>.</value>
    public string Value { get; }

    /// <summary>Creates a ClinicalTrials.gov identifier.</summary>
    /// <param name="nctId">The NCT number: <c>NCT</c> followed by eight digits.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nctId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nctId"/> is not <c>NCT</c> followed by eight digits.</exception>
    public static RegistryIdentifier FromNctId(string nctId)
    {
        Preconditions.CheckNotNull(nctId);
        Preconditions.CheckRule(ValueProblem(Registry.ClinicalTrialsGov, nctId), nameof(nctId));
        return new(Registry.ClinicalTrialsGov, nctId);
    }

    /// <summary>Tries to create a registry identifier, returning every problem instead of throwing.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="value">The identifier.</param>
    /// <param name="identifier">The registry identifier, or null when there are problems.</param>
    /// <param name="problems">Every rule broken, with the path <c>registry</c> or <c>value</c>; empty on success.</param>
    /// <returns><see langword="true"/> when the values make a registry identifier.</returns>
    public static bool TryCreate(
        Registry? registry, string? value, [NotNullWhen(true)] out RegistryIdentifier? identifier, out ImmutableArray<ValidationProblem> problems)
        => ProblemCollector.TryCreate(c => Create(c, registry!, value!), out identifier, out problems);

    /// <summary>Returns the identifier.</summary>
    /// <returns><see cref="Value"/>, such as <c>NCT04047628</c>.</returns>
    public override string ToString() => Value;

    /// <summary>Creates a registry identifier, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The identifier, or null when a problem was added.</returns>
    internal static RegistryIdentifier? Create(ProblemCollector problems, Registry registry, string value) =>
        problems.Keep(problems.Count, new RegistryIdentifier(registry, value, problems));

    private static string? ValueProblem(Registry registry, string value) =>
        registry.IsValidIdentifier(value) ? null : $"'{value}' is not a {registry.DisplayName} identifier: expected {registry.IdentifierFormat}.";
}
