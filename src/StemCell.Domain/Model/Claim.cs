using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>Something a source states about a vocabulary term, in the source's own words.</summary>
/// <remarks>
/// Claims attribute the library's vocabulary to the evidence: an article that lists "Access and Cost" among the
/// challenges of stem cell therapy supports a claim about <see cref="Challenge.AccessAndCost"/> with that passage as
/// its quote. Any term of any vocabulary can be claimed (a benefit, a challenge, a disease, a cell type, a mechanism).
/// Equality: equal when the terms are the same term and the quotes are equal (ordinal comparison).
/// </remarks>
public sealed record Claim
{
    /// <summary>Initializes a new instance of the <see cref="Claim"/> class.</summary>
    /// <param name="term">The term the source states something about.</param>
    /// <param name="quote">What the source says about it, quoted exactly and kept short.</param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> or <paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is blank or padded.</exception>
    public Claim(IVocabularyTerm term, string quote)
        : this(term, quote, problems: null)
    {
    }

    private Claim(IVocabularyTerm term, string quote, ProblemCollector? problems)
    {
        Term = Preconditions.CheckNotNull(term, problems);
        Quote = Preconditions.CheckNotBlank(quote, problems);
    }

    /// <summary>Gets the term the source states something about.</summary>
    /// <value>A term of any vocabulary, such as <see cref="TherapeuticBenefit.Neuroprotection"/>.</value>
    public IVocabularyTerm Term { get; }

    /// <summary>Gets what the source says about the term.</summary>
    /// <value>A short exact quotation.</value>
    public string Quote { get; }

    /// <summary>Creates a claim, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The claim, or null when a problem was added.</returns>
    internal static Claim? Create(ProblemCollector problems, IVocabularyTerm term, string quote) =>
        problems.Keep(problems.Count, new Claim(term, quote, problems));

    /// <summary>Describes the claim.</summary>
    /// <returns>Text such as <c>challenge access-and-cost: "cost and accessibility are concerns"</c>.</returns>
    public override string ToString() => $"{Term.VocabularyName} {Term.Code}: \"{Quote}\"";
}
