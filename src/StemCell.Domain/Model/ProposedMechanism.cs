using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A way a study's sources say its therapy may work, in their own words.</summary>
/// <remarks>
/// Sources often say how a therapy is thought to act without showing it: for the Johns Hopkins study of neural stem
/// cells in ALS, researchers "believe that NSCs help by creating a supportive environment for surviving neurons,
/// providing neurotrophic factors that promote cell survival, and potentially replacing damaged motor neurons" —
/// three proposed mechanisms. A proposed mechanism is a hypothesis the study's sources report, not a finding.
/// Equality: equal when the mechanisms are the same term and the quotes are equal (ordinal comparison).
/// </remarks>
public sealed record ProposedMechanism
{
    /// <summary>Initializes a new instance of the <see cref="ProposedMechanism"/> class.</summary>
    /// <param name="mechanism">The mechanism proposed.</param>
    /// <param name="quote">The sources' words for it, quoted exactly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> or <paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is blank or padded.</exception>
    public ProposedMechanism(Mechanism mechanism, string quote)
        : this(mechanism, quote, problems: null)
    {
    }

    private ProposedMechanism(Mechanism mechanism, string quote, ProblemCollector? problems)
    {
        Mechanism = Preconditions.CheckNotNull(mechanism, problems);
        Quote = Preconditions.CheckNotBlank(quote, problems);
    }

    /// <summary>Gets the mechanism proposed.</summary>
    /// <value>A mechanism, such as neurotrophic support.</value>
    public Mechanism Mechanism { get; }

    /// <summary>Gets the sources' words for the mechanism.</summary>
    /// <value>A short exact quotation.</value>
    public string Quote { get; }

    /// <summary>Creates a proposed mechanism, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The proposed mechanism, or null when a problem was added.</returns>
    internal static ProposedMechanism? Create(ProblemCollector problems, Mechanism mechanism, string quote) =>
        problems.Keep(problems.Count, new ProposedMechanism(mechanism, quote, problems));

    /// <summary>Describes the proposed mechanism.</summary>
    /// <returns>Text such as <c>neurotrophic-support: "providing neurotrophic factors that promote cell survival"</c>.</returns>
    public override string ToString() => $"{Mechanism.Code}: \"{Quote}\"";
}
