using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>What the sources say about a study's safety: how well it was tolerated, the adverse events reported, and the risks they name.</summary>
/// <remarks>
/// <para>
/// Everything here is the sources' own account, in their words: "well-tolerated, with minimal side effects" is a
/// tolerability of <see cref="Tolerability.WellTolerated"/> and that quote, with no adverse event listed because none
/// is named; "HSCT is not without risks, particularly due to the chemotherapy involved" names a risk. A profile must
/// state something (a tolerability, an adverse event, a risk or a quote); a study whose sources say nothing about
/// safety has no profile. Validation requires the profile to cite a source the dataset holds.
/// </para>
/// <para>Equality: equal when every property is equal, lists compared element by element in order.</para>
/// </remarks>
public sealed record SafetyProfile
{
    /// <summary>Initializes a new instance of the <see cref="SafetyProfile"/> class.</summary>
    /// <param name="sourceIds">The ids of the dataset sources that report the safety information.</param>
    /// <param name="tolerability">How well the treatment was tolerated, as the sources characterise it, or null.</param>
    /// <param name="adverseEvents">The adverse events the sources report, in their words.</param>
    /// <param name="risks">The risks the sources name, in their words, such as "the chemotherapy involved".</param>
    /// <param name="quote">The sources' own words about safety, quoted exactly, or null.</param>
    /// <exception cref="ArgumentException">
    /// The profile states nothing; a list contains a null, blank or padded entry; <paramref name="quote"/> is blank or
    /// padded; or a source id is not a slug.
    /// </exception>
    public SafetyProfile(
        IEnumerable<string>? sourceIds,
        Tolerability? tolerability = null,
        IEnumerable<string>? adverseEvents = null,
        IEnumerable<string>? risks = null,
        string? quote = null)
        : this(sourceIds, tolerability, adverseEvents, risks, quote, problems: null)
    {
    }

    private SafetyProfile(
        IEnumerable<string>? sourceIds,
        Tolerability? tolerability,
        IEnumerable<string>? adverseEvents,
        IEnumerable<string>? risks,
        string? quote,
        ProblemCollector? problems)
    {
        SourceIds = Preconditions.CheckElementsAreSlugs(sourceIds, problems);
        Tolerability = tolerability;
        AdverseEvents = Preconditions.CheckElementsNotBlank(adverseEvents, problems);
        Risks = Preconditions.CheckElementsNotBlank(risks, problems);
        Quote = Preconditions.CheckNullOrNotBlank(quote, problems);
        Preconditions.CheckArgument(
            tolerability is not null || !AdverseEvents.IsEmpty || !Risks.IsEmpty || quote is not null,
            problems,
            nameof(tolerability),
            "A safety profile must state something: a tolerability, an adverse event, a risk or a quote. Leave a study's safety null when its sources say nothing about it.");
    }

    /// <summary>Gets the ids of the dataset sources that report the safety information.</summary>
    /// <value>Slugs of <see cref="Source.Id"/>s, in the order given; validation requires at least one.</value>
    public ImmutableArray<string> SourceIds { get; }

    /// <summary>Gets how well the treatment was tolerated, as the sources characterise it.</summary>
    /// <value>A tolerability, or null when the sources do not characterise it.</value>
    public Tolerability? Tolerability { get; }

    /// <summary>Gets the adverse events the sources report.</summary>
    /// <value>Events in the sources' words; empty when none is named.</value>
    public ImmutableArray<string> AdverseEvents { get; }

    /// <summary>Gets the risks the sources name.</summary>
    /// <value>Risks in the sources' words, such as "the chemotherapy involved"; empty when none is named.</value>
    public ImmutableArray<string> Risks { get; }

    /// <summary>Gets the sources' own words about safety.</summary>
    /// <value>A short exact quotation, or null.</value>
    public string? Quote { get; }

    /// <summary>Creates a safety profile, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The profile, or null when a problem was added.</returns>
    internal static SafetyProfile? Create(
        ProblemCollector problems,
        IEnumerable<string>? sourceIds,
        Tolerability? tolerability = null,
        IEnumerable<string>? adverseEvents = null,
        IEnumerable<string>? risks = null,
        string? quote = null) =>
        problems.Keep(problems.Count, new SafetyProfile(sourceIds, tolerability, adverseEvents, risks, quote, problems));

    /// <inheritdoc />
    public bool Equals(SafetyProfile? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && SequenceEquality.Equal(SourceIds, other.SourceIds)
            && Tolerability == other.Tolerability
            && SequenceEquality.Equal(AdverseEvents, other.AdverseEvents)
            && SequenceEquality.Equal(Risks, other.Risks)
            && Quote == other.Quote);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        SequenceEquality.AddTo(ref hash, SourceIds);
        hash.Add(Tolerability);
        SequenceEquality.AddTo(ref hash, AdverseEvents);
        SequenceEquality.AddTo(ref hash, Risks);
        hash.Add(Quote);
        return hash.ToHashCode();
    }

    /// <summary>Describes the profile in a few words.</summary>
    /// <returns>Text such as <c>well-tolerated; 0 adverse events; 1 risk</c>.</returns>
    public override string ToString() =>
        $"{Tolerability?.Code ?? "tolerability not stated"}; {AdverseEvents.Length} adverse event(s); {Risks.Length} risk(s)";

    /// <summary>Adds the problems that depend on the rest of the dataset: no source cited, or a source it does not hold.</summary>
    internal void Validate(ProblemCollector problems, IReadOnlySet<string>? knownSourceIds) =>
        SourceCitations.Validate(problems, "sourceIds", SourceIds, "A safety profile", knownSourceIds);
}
