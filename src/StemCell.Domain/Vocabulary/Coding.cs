using NodaTime;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// A cross-reference from a vocabulary term to a code in a standard terminology, with how sure we are of it
/// and where it was seen.
/// </summary>
/// <remarks>
/// Only codes seen next to their label in a source ship (<see cref="CodingConfidence.Verified"/> or
/// <see cref="CodingConfidence.SecondarySource"/>); a code that was never seen is left out rather than guessed.
/// Some codes apply only for a period (ICD-10-CM's multiple sclerosis codes changed on 2025-10-01): those carry
/// <see cref="EffectiveFrom"/> and <see cref="EffectiveUntil"/>. Equality compares every property.
/// </remarks>
public sealed record Coding
{
    /// <summary>Initializes a new coding.</summary>
    /// <param name="system">The terminology the code belongs to.</param>
    /// <param name="code">The code exactly as the terminology writes it, such as <c>24700007</c> or <c>MONDO:0005301</c>.</param>
    /// <param name="display">The label the code was seen with, or the concept's name where the source gave none.</param>
    /// <param name="confidence">How the code was verified.</param>
    /// <param name="source">Where the code was seen.</param>
    /// <param name="effectiveFrom">The first day the code applies, if it has one.</param>
    /// <param name="effectiveUntil">The last day the code applies, if it has one.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is blank, or <paramref name="effectiveUntil"/> is before <paramref name="effectiveFrom"/>.</exception>
    public Coding(
        CodeSystem system,
        string code,
        string display,
        CodingConfidence confidence,
        string source,
        LocalDate? effectiveFrom = null,
        LocalDate? effectiveUntil = null)
    {
        System = Preconditions.CheckNotNull(system);
        Code = Preconditions.CheckNotBlank(code);
        Display = Preconditions.CheckNotBlank(display);
        Confidence = Preconditions.CheckNotNull(confidence);
        Source = Preconditions.CheckNotBlank(source);
        Preconditions.CheckArgument(
            effectiveFrom is null || effectiveUntil is null || effectiveFrom <= effectiveUntil,
            nameof(effectiveUntil),
            "The last effective day must not be before the first.");
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the terminology the code belongs to.</summary>
    /// <value>A code system such as <see cref="CodeSystem.SnomedCt"/>.</value>
    public CodeSystem System { get; }

    /// <summary>Gets the code.</summary>
    /// <value>The code exactly as the terminology writes it.</value>
    public string Code { get; }

    /// <summary>Gets the label the code was seen with.</summary>
    /// <value>The terminology's label, or the concept's name where the source gave none.</value>
    public string Display { get; }

    /// <summary>Gets how the code was verified.</summary>
    /// <value>Verified in a primary source, or only in a secondary one.</value>
    public CodingConfidence Confidence { get; }

    /// <summary>Gets where the code was seen.</summary>
    /// <value>A short citation of the source (file, release or page).</value>
    public string Source { get; }

    /// <summary>Gets the first day the code applies.</summary>
    /// <value>The first day, or null when the code has no start date.</value>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the last day the code applies.</summary>
    /// <value>The last day, or null when the code has not been retired.</value>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Tells whether the code applies on a given day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within the effective period.</returns>
    public bool IsEffectiveOn(LocalDate date) =>
        (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveUntil is null || date <= EffectiveUntil);

    /// <summary>Tells whether another coding has the same system, code, display, confidence, source and effective dates.</summary>
    /// <param name="other">The other coding.</param>
    /// <returns><see langword="true"/> when every value is equal (texts ordinally).</returns>
    /// <remarks>
    /// Written out rather than synthesized: the record's own would compare the dates through
    /// <c>EqualityComparer&lt;LocalDate?&gt;.Default</c>, which boxes a <see cref="LocalDate"/> and so keeps all of
    /// NodaTime's text patterns and time zone data in a NativeAOT image.
    /// </remarks>
    public bool Equals(Coding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && System == other.System
            && Code == other.Code
            && Display == other.Display
            && Confidence == other.Confidence
            && Source == other.Source
            && EffectiveFrom == other.EffectiveFrom
            && EffectiveUntil == other.EffectiveUntil);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(System, Code, Display, Confidence, Source, DayHash(EffectiveFrom), DayHash(EffectiveUntil));

    private static int DayHash(LocalDate? day) => day is { } value ? value.GetHashCode() : 0;

    /// <summary>Returns the coding as <c>system|code</c>, the FHIR token form.</summary>
    /// <returns>The system URI and the code separated by a vertical bar.</returns>
    public override string ToString() => $"{System.Uri}|{Code}";
}
