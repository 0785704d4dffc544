
namespace StemCell.Domain.Model;

/// <summary>A number a source reports for a finding: a proportion, a score or change on a clinical scale, or a hazard ratio.</summary>
/// <remarks>
/// <para>
/// The kinds of result are a closed set: <see cref="Proportion"/>, <see cref="ScaleScore"/>, <see cref="ScaleChange"/>
/// and <see cref="HazardRatio"/>, all defined here, so code that handles results (validation, serialization) can
/// handle every one. Each is an immutable value object that rejects impossible values when created and has a
/// <c>TryCreate</c> method that returns the problems instead of throwing.
/// </para>
/// <para>Equality: results are equal when they are of the same kind and their values are equal.</para>
/// </remarks>
public abstract record QuantitativeResult
{
    private protected QuantitativeResult()
    {
    }

    /// <summary>Gets the name of the kind of result, used as its discriminator on the wire.</summary>
    /// <remarks>Internal and abstract, which also keeps other assemblies from deriving new kinds.</remarks>
    internal abstract string Kind { get; }
}
