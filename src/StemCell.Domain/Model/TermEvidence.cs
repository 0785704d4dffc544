using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>
/// Why a study has one of its values: the value <see cref="Term"/> rests on the exact phrase <see cref="Quote"/>,
/// found in <see cref="Field"/> of the source <see cref="SourceId"/>.
/// </summary>
/// <remarks>
/// <para>
/// A value derived from a source's words, such as the route "intrathecal" read from a registry record's intervention
/// description, keeps the words it was read from, so a reader can check the reading. <see cref="Field"/> is the place
/// in the source: for a registry record a field path such as
/// <c>protocolSection.armsInterventionsModule.interventions[0].description</c>.
/// </para>
/// <para>
/// Validation: <see cref="Study.Validate()"/> reports evidence for a term that is not one of the study's values, or that
/// cites a source the study does not cite (<c>evidence[i].code</c>, <c>evidence[i].sourceId</c>);
/// <see cref="EvidenceDataset.Validate"/> also reports a source the dataset does not hold.
/// </para>
/// <para>Equality: equal when the terms are the same term and the field, quote and source id are equal (ordinal comparison).</para>
/// </remarks>
public sealed record TermEvidence
{
    /// <summary>Initializes a new instance of the <see cref="TermEvidence"/> class.</summary>
    /// <param name="term">The study's value that the phrase supports, a term of any vocabulary.</param>
    /// <param name="field">Where in the source the phrase is, such as a registry record's field path.</param>
    /// <param name="quote">The phrase, exactly as the source has it.</param>
    /// <param name="sourceId">The id of the dataset source the phrase is in: a slug.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="field"/> or <paramref name="quote"/> is blank or padded, or <paramref name="sourceId"/> is not a slug.
    /// </exception>
    public TermEvidence(IVocabularyTerm term, string field, string quote, string sourceId)
        : this(term, field, quote, sourceId, problems: null)
    {
    }

    private TermEvidence(IVocabularyTerm term, string field, string quote, string sourceId, ProblemCollector? problems)
    {
        Term = Preconditions.CheckNotNull(term, problems);
        Field = Preconditions.CheckNotBlank(field, problems);
        Quote = Preconditions.CheckNotBlank(quote, problems);
        SourceId = Preconditions.CheckSlug(sourceId, problems);
    }

    /// <summary>Gets the study's value that the phrase supports.</summary>
    /// <value>A term of any vocabulary, such as <see cref="DeliveryRoute.Intrathecal"/>.</value>
    public IVocabularyTerm Term { get; }

    /// <summary>Gets where in the source the phrase is.</summary>
    /// <value>A place in the source, such as <c>protocolSection.conditionsModule.conditions[0]</c>.</value>
    public string Field { get; }

    /// <summary>Gets the phrase the value rests on.</summary>
    /// <value>The source's exact words, not blank and not padded.</value>
    public string Quote { get; }

    /// <summary>Gets the id of the dataset source the phrase is in.</summary>
    /// <value>A slug of a <see cref="Source.Id"/>, one of the study's <see cref="Study.SourceIds"/>.</value>
    public string SourceId { get; }

    /// <summary>Creates term evidence, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The evidence, or null when a problem was added.</returns>
    internal static TermEvidence? Create(ProblemCollector problems, IVocabularyTerm term, string field, string quote, string sourceId) =>
        problems.Keep(problems.Count, new TermEvidence(term, field, quote, sourceId, problems));

    /// <summary>Describes the evidence.</summary>
    /// <returns>Text such as <c>delivery-route intrathecal: "given intrathecally" (ctgov-nct01234567, protocolSection.armsInterventionsModule.interventions[0].description)</c>.</returns>
    public override string ToString() => $"{Term.VocabularyName} {Term.Code}: \"{Quote}\" ({SourceId}, {Field})";
}
